"""A group that holds ground in several states acts, in one of them, as its branch there
(``actors/group_branches.tsv``); elsewhere it keeps the country it is filed under."""

from __future__ import annotations

import pytest

from dateline.actor_branches import in_branch
from dateline.records import Actor

PUBDATE = "2017-06-01"

# (text, trigger, the source's country)
BRANCHES = [
    # fighting in Syria: the Syrian branch
    ("Islamic State fighters attacked a Kurdish checkpoint near Raqqa on Monday.", "attacked",
     "SYR"),
    # in Iraq: the Iraqi one
    ("Islamic State fighters attacked an army checkpoint near Mosul on Monday.", "attacked",
     "IRQ"),
    # the group's own words name its state, in a report about another of its states
    ("Jordanian police detained 15 people in Zarqa on Monday. Jordan's interior minister said "
     "the unrest had been planned abroad. Egypt's Muslim Brotherhood condemned the arrests.",
     "condemned", "EGY"),
    # an attack abroad, in a report about one of its states: the country it is filed under
    ("Syrian troops shelled Idlib on Monday, and Syrian officials in Damascus said the army "
     "would push on. Islamic State gunmen attacked a theatre in Antwerp.", "attacked", "IRQ"),
]


@pytest.mark.parametrize("text, trigger, country", BRANCHES)
def test_actor_branches_group_acts_as_its_branch_where_it_holds_ground(event_on, text, trigger,
                                                                       country):
    event = event_on(text, trigger, PUBDATE)
    assert event.source is not None and event.source.country == country, event.source


# (the actor's name and country, the event place's country, the country it gets)
PLACES = [
    ("Islamic State", "IRQ", "SYR", "SYR"),
    ("Islamic State fighters", "IRQ", "SYR", "SYR"),
    # a state the group holds no ground in: the country it is filed under
    ("Islamic State", "IRQ", "GBR", "IRQ"),
    # no place: unchanged
    ("Islamic State", "IRQ", None, "IRQ"),
    # another group
    ("Hezbollah", "LBN", "SYR", "LBN"),
    # a name that only begins like a group's
    ("Islamic Statesmen Society", None, "SYR", None),
]


@pytest.mark.parametrize("name, country, place, expected", PLACES)
def test_actor_branches_country_for_the_place(name, country, place, expected):
    actor = Actor(text=name, name=name, country=country, sector="REB")
    assert in_branch(actor, place).country == expected


# (the actor's name and country, the event place's country, the report's country, the
# country it gets)
FOCUSED = [
    # no place: the state the report is about, when the group holds ground there
    ("Islamic State", "IRQ", None, "SYR", "SYR"),
    # a place outside its states (an attack abroad) is a place all the same: not the report's
    ("Islamic State", "IRQ", "BEL", "SYR", "IRQ"),
    # a place in one of its states wins over the report's
    ("Islamic State", "IRQ", "IRQ", "SYR", "IRQ"),
    # a report about a state it holds no ground in: the country it is filed under
    ("Islamic State", "IRQ", None, "FRA", "IRQ"),
    # a member of the group from a state of their own keeps it ("a British Isis member")
    ("Islamic State member", "GBR", None, "SYR", "GBR"),
    # a group of one state
    ("Hezbollah", "LBN", None, "SYR", "LBN"),
]


@pytest.mark.parametrize("name, country, place, focus, expected", FOCUSED)
def test_actor_branches_country_for_the_report_where_no_place_says(name, country, place,
                                                                   focus, expected):
    actor = Actor(text=name, name=name, country=country, sector="REB")
    assert in_branch(actor, place, focus).country == expected

