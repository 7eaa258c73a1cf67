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
    ("Karim Haddad joined the PKK in 2015. Turkish troops killed Haddad in March.", "killed",
     ("TUR", "REB")),
    # volunteering with a group, said of the name in another sentence
    ("Sara Lindqvist volunteered with the YPJ in 2017. Turkish jets killed Lindqvist last week.",
     "killed", ("SYR", "REB")),
    # a member's noun as a title, carried to the surname
    ("Police arrested YPG fighter Jon Halver in Kobani. Halver was released on Friday.",
     "released", ("SYR", "REB")),
]

# (text, trigger, a sector the recipient must not have)
NOT_FIGHTERS = [
    # fighting against a group is no membership of it
    ("Jon Halver, who fought against the YPG, was killed by Turkish soldiers.", "killed", "REB"),
    # a former member keeps it only as history
    ("Jon Halver was a former member of the PKK. Turkish police arrested Halver on Monday.",
     "arrested", "REB"),
    # a fighter's kin is no fighter
    ("Lena Borg, the wife of an Isis fighter, was arrested by Kurdish police in Hasakah.",
     "arrested", "REB"),
    # one who left the group: a past side
    ("Dana Moor, who fled the PKK last year, was arrested by Turkish police in Van.",
     "arrested", "REB"),
    # a namesake of a fighter is not one: the father of a volunteer
    ("Anna Morland, who fought with the YPJ, was killed in March. Police arrested her father, "
     "Dirk Morland, in London on Monday.", "arrested", "REB"),
    # one who never joined
    ("Karim Haddad never joined the PKK. Turkish police arrested Haddad in March.", "arrested",
     "REB"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FIGHTERS)
def test_fighters_members_take_their_party(event_on, text, trigger, expected):
    target = event_on(text, trigger, PUBDATE).target
    assert target is not None
    assert (target.country, target.sector) == expected


@pytest.mark.parametrize(("text", "trigger", "sector"), NOT_FIGHTERS)
def test_fighters_members_not_of_a_party(event_on, text, trigger, sector):
    target = event_on(text, trigger, PUBDATE).target
    assert target is None or target.sector != sector
