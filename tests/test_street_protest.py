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
])
def test_no_protest_of_troops_or_of_what_is_not_done(events_in, text):
    assert not [e for e in events_in(text) if e.event_type == "PROTEST" and e.status == "actual"]
