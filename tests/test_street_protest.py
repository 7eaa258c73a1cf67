"""A crowd taking to the streets demonstrates (PLOVER PROTEST, ACLED protests); armed forces in
the streets do not (table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, the protest's ACLED sub-type)
STREETS = [
    ("Protesters took to the streets of Khartoum on Friday.", "Peaceful protest"),
    ("Thousands of people took to the streets in Lima to demand new elections.",
     "Peaceful protest"),
    ("Opposition supporters took to the streets again on Saturday, burning tyres and throwing "
     "stones at police.", "Violent demonstration"),
]


@pytest.mark.parametrize("text, subtype", STREETS)
def test_taking_to_the_streets_is_a_protest(event_on, text, subtype):
    event = event_on(text, "took")
    assert (event.event_type, event.acled_sub_event_type) == ("PROTEST", subtype)


@pytest.mark.parametrize("text", [
    "Soldiers took to the streets of the capital after the coup.",
    "Residents were told not to take to the streets.",
    # men said to be armed, and militiamen, are fighters shown in the streets
    "Armed men took to the streets of the port city on Friday.",
    "Pro-government militiamen took to the streets of the capital overnight.",
    # a crowd out to celebrate or cheer demonstrates nothing
    "Thousands of fans took to the streets to celebrate the title.",
    "Crowds took to the streets of the capital to cheer the returning team.",
])
def test_no_protest_of_troops_or_of_what_is_not_done(events_in, text):
    assert not [e for e in events_in(text) if e.event_type == "PROTEST" and e.status == "actual"]


@pytest.mark.parametrize("text", [
    "Soldiers took to the streets of the capital after the coup.",
    "Heavily armed men took to the streets of the capital after the vote.",
])
def test_troops_taking_to_the_streets_are_deployed(event_on, text):
    assert event_on(text, "took").event_type == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "Thousands took to the streets of Lima to protest the verdict.",
    # a crowd out to celebrate and to demand demands; villagers who are armed are villagers
    "Supporters took to the streets of Harare to celebrate and to demand the release of their "
    "leader.",
    "Armed villagers took to the streets to protest the killing.",
])
def test_a_crowd_out_to_protest_protests(event_on, text):
    assert event_on(text, "took").event_type == "PROTEST"


@pytest.mark.parametrize("text, trigger, etype", [
    # taking people somewhere is no crowd taking to the streets
    ("The gunmen took five hostages to a street near the port in Lagos.", "took", "ASSAULT"),
])
def test_taking_something_to_a_street_is_not_a_protest(event_on, text, trigger, etype):
    assert event_on(text, trigger).event_type == etype


def test_carrying_food_to_the_streets_is_no_protest(events_in):
    events = events_in("Volunteers took food to the streets for the homeless in Athens.")
    assert not [e for e in events if e.event_type == "PROTEST"]
