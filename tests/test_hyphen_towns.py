"""A town whose name binds small words with hyphens ("Port-au-Prince", "Aix-en-Provence",
"Stratford-upon-Avon") is found whole, not cut at its first hyphen or read as its last word
(table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the place's name, its country)
TOWNS = [
    ("Armed men abducted a priest in Port-au-Prince on Monday.", "abducted", "Port-au-Prince",
     "HTI"),
    ("Police arrested two men in Aix-en-Provence after the march.", "arrested",
     "Aix-en-Provence", "FRA"),
    ("Police arrested a man in Stratford-upon-Avon on Friday.", "arrested",
     "Stratford-upon-Avon", "GBR"),
    ("Soldiers arrested a man in Guinea-Bissau.", "arrested", "Guinea-Bissau", "GNB"),
]


@pytest.mark.parametrize("text, trigger, name, country", TOWNS)
def test_a_hyphened_town_is_found_whole(event_on, text, trigger, name, country):
    place = event_on(text, trigger).location
    assert place is not None and (place.name, place.country) == (name, country), place
