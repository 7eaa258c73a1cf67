"""Those who lead, speak or serve for an armed group named by its possessor are of the group
(:mod:`dateline.actor_person_groups`). Sentences written for the project."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, "source" or "target", expected (name, sector))
OFFICES = [
    # "the group" standing for the armed group named before: its commanders are the group's
    ("Isis fighters attacked a Syrian army base on Monday. The group's commanders fled the town "
     "of Kafr Laha.", "fled", "source", ("Islamic State commanders", "REB")),
    # an office a state would hold, under the group's possessor: the group's, not intelligence
    ("Isis fighters attacked a Syrian army base on Monday. The group's intelligence chief was "
     "killed by an airstrike.", "killed", "target", ("Islamic State intelligence chief", "REB")),
    # the group named in the same sentence
    ("The Taliban said the group's commanders attacked an Afghan police post.", "attacked",
     "source", ("Taliban commanders", "REB")),
    # a group known by its kind alone: its leader is of that kind
    ("The jihadists' leader threatened the Syrian army.", "threatened", "source",
     (None, "REB")),
    ("The jihadist group's spokesman criticised the Syrian government.", "criticised", "source",
     (None, "REB")),
    # guard: a state's possessor keeps the state's commanders
    ("The Syrian army said its commanders attacked the rebels near Kafr Laha.", "attacked",
     "source", (None, "MIL")),
    # guard: a past office is of the group no more (an office held no more: a civilian)
    ("Isis fighters attacked a Syrian army base. The group's former commander was arrested by "
     "Syrian police.", "arrested", "target", (None, "CVL")),
    # every noun of a group's member, as under the group's name ("Isis recruits")
    ("Isis fighters seized the town. The group's recruits attacked a Syrian army post.",
     "attacked", "source", ("Islamic State recruits", "REB")),
    # "their" standing for the armed group named before
    ("Hamas fighters attacked Israeli soldiers near Gaza. Their commanders vowed to continue the "
     "fight.", "vowed", "source", ("Hamas commanders", "REB")),
    # a name in apposition to the group's office: of the group's kind, as the office is
    ("Isis fighters seized the town. The group's judge, Omar Haddad, sentenced a farmer to "
     "death.", "sentenced", "source", ("Omar Haddad", "REB")),
    ("Isis fighters seized the town. The group's spokesman, Omar Haddad, threatened the Iraqi "
     "government.", "threatened", "source", ("Omar Haddad", "REB")),
    # guard: those who deal with the group from outside are not its members
    ("Isis fighters seized the town. The group's lawyers appealed the verdict.", "appealed",
     "source", (None, "JUD")),
]

# (text, trigger, the recipient's expected country): a country the words name is the member's
COUNTRIES = [
    ("Isis fighters seized the town. The group's British fighters were captured by Kurdish "
     "forces.", "captured", "GBR"),
    ("Isis fighters seized the town. The group's commanders were captured by Kurdish forces.",
     "captured", "IRQ"),
]

# (text, trigger): an act done to the group's own member is not lent the group as its doer
NO_DOER = [
    ("Isis fighters attacked the town on Monday. The group's commander was killed in an "
     "airstrike.", "killed"),
    ("Isis fighters attacked the town on Monday. Their commander was killed in an airstrike.",
     "killed"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRIES)
def test_person_groups_country(event_on, text, trigger, expected):
    party = event_on(text, trigger, PUBDATE).target
    assert party is not None
    assert party.country == expected, party


@pytest.mark.parametrize(("text", "trigger"), NO_DOER)
def test_person_groups_no_self_doer(event_on, text, trigger):
    assert event_on(text, trigger, PUBDATE).source is None


@pytest.mark.parametrize(("text", "trigger", "role", "expected"), OFFICES)
def test_person_groups_office(event_on, text, trigger, role, expected):
    party = getattr(event_on(text, trigger, PUBDATE), role)
    assert party is not None
    name, sector = expected
    assert party.sector == sector, party
    if name is not None:
        assert party.name == name, party
