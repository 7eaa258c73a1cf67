"""A place's name that is also a run of ordinary words ("the valley", of The Valley in Anguilla)
names a country only where it is written as a name (sentences written for these tests)."""

from __future__ import annotations

import pytest

VALLEYS = [
    ("Militants attacked villagers in the valley.", "attacked"),
    ("Officials met tribal elders in the valley.", "met"),
]


@pytest.mark.parametrize(("text", "trigger"), VALLEYS)
def test_ordinary_words_name_no_country(event_on, text, trigger):
    event = event_on(text, trigger)
    assert "AIA" not in (event.source.country, event.target and event.target.country), event
