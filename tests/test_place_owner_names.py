"""A country's name that says whose a party is ("US troops", "the US-led coalition") weighs in
reading the report's place names as a demonym does: it does not make a small town of another
country a misreading (sentences written for these tests)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the place's country)
OWNED = [
    ("US aircraft struck a command post near Baghouz.", "struck", "SYR"),
    ("The US-led coalition said its jets bombed a depot near Hajin.", "bombed", "SYR"),
    ("US troops raided a house in Baghouz on Monday.", "raided", "SYR"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), OWNED)
def test_owner_names_leave_small_towns_abroad(event_on, text, trigger, country):
    event = event_on(text, trigger)
    assert event.location is not None and event.location.country == country, event.location
