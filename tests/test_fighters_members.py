"""A person the report says fights for an armed party is of that party, not a civilian
(:mod:`dateline.actor_fighters`): the party's sector, and its country unless the person's own is
said; any mention of the name may say it. Sentences written for the project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, the recipient's expected (country, sector))
FIGHTERS = [
    # a relative clause of fighting with a group
    ("Mara Quist, who fought with the YPJ, was killed by a Turkish airstrike.", "killed",
     ("SYR", "REB")),
    # a participle the parse made a noun: the person's own demonym keeps their country
    ("A Danish volunteer fighting alongside the YPG militia was killed in a Turkish airstrike.",
     "killed", ("DNK", "REB")),
    # joining a group, said before the surname is used
    ("Karim Dastani joined the PKK in 2015. Turkish troops killed Dastani in March.", "killed",
     ("TUR", "REB")),
    # volunteering with a group, said of the name in another sentence
    ("Sara Lindqvist volunteered with the YPJ in 2017. Turkish jets killed Lindqvist last week.",
     "killed", ("SYR", "REB")),
    # a member's noun said by a copula, carried to the surname
    ("Jon Halver was a YPG fighter. Police arrested Halver in Kobani on Monday.", "arrested",
     ("SYR", "REB")),
    # years served with a group are service in it, not a term in prison
    ("Omar Dastani served three years with the Taliban. Afghan police arrested Dastani in March.",
     "arrested", ("AFG", "REB")),
    # joining the ranks of a group is joining the group
    ("Karim Dastani joined the ranks of the PKK in 2015. Turkish troops killed Dastani in March.",
     "killed", ("TUR", "REB")),
]

# (text, trigger, the recipient's expected (country, sector): none taken from the party)
NOT_FIGHTERS = [
    # fighting against a group is no membership of it
    ("Jon Halver, who fought against the YPG, was killed by Turkish soldiers.", "killed",
     (None, None)),
    # a former member keeps it only as history
    ("Jon Halver was a former member of the PKK. Turkish police arrested Halver on Monday.",
     "arrested", (None, None)),
    # one who joined and then left the group: a past side
    ("Dana Moor joined the PKK in 2015 but fled the group last year. Turkish police arrested "
     "Moor in Van.", "arrested", (None, None)),
    # a namesake of a fighter is not one: the father of a volunteer
    ("Anna Schmidt was killed in March. Schmidt had fought with the YPJ for two years. Police "
     "arrested Dirk Schmidt in London on Monday.", "arrested", (None, None)),
    # one who never joined
    ("Karim Dastani never joined the PKK. Turkish police arrested Dastani in March.", "arrested",
     (None, None)),
]

# (text, trigger, a sector the recipient must not have): a fighter's kin is no fighter. This
# rule leaves her as her own words make her; the party named inside her phrase ("the wife of
# a YPG fighter") is read by the description of the phrase, not here
NOT_KIN = [
    ("Lena Borg, the wife of a YPG fighter, was arrested by Turkish police in Van.", "arrested",
     "REB"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FIGHTERS)
def test_fighters_members_take_their_party(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), NOT_FIGHTERS)
def test_fighters_members_not_of_a_party(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger", "sector"), NOT_KIN)
def test_fighters_members_kin_not_of_a_party(event_on, text, trigger, sector):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert target.sector != sector
