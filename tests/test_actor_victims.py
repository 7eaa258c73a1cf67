"""People struck in a place the text names are of that place's country, not of the country the
report is mostly about; where the text names no place, the report's country stands (table-driven,
one illustrative sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-01-02"

_SYRIA = ("Islamic State has lost its caliphate in Syria, crushed by Syrian and Russian "
          "warplanes. Its fighters have fled Raqqa and Deir ez-Zor. ")

# (text, the victims' words, their country)
VICTIMS = [
    # the attack's place is told in the sentence before: its country's people
    (_SYRIA + "Last Thursday, a suicide attack hit a cultural centre in Kabul. At least 41 "
     "people were killed.", "At least 41 people", "AFG"),
    # no place told: the report's country
    (_SYRIA + "Last Thursday, at least 41 people were killed.", "at least 41 people", "SYR"),
]


@pytest.mark.parametrize(("text", "words", "country"), VICTIMS)
def test_actor_victims_are_of_the_place_struck(some_events_in, text, words, country):
    targets = [e.target for e in some_events_in(text, PUBDATE) if e.target is not None]
    assert any(t.text == words and t.country == country for t in targets), targets
