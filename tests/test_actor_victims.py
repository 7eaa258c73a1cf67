"""People struck in a place the text names are of that place's country, not of the country the
report is mostly about; where the text names no place, the report's country stands (table-driven,
one illustrative sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-01-02"

_MALI = ("The rebels have lost most of their towns in Mali, driven out by Malian and French "
         "soldiers. Their fighters have abandoned Gao and Timbuktu. ")

# (text, the victims' words, their country)
VICTIMS = [
    # the attack's place is told in the sentence before: its country's people
    (_MALI + "On Sunday, a car bomb struck a bus station in Niamey. Twelve people were killed.",
     "Twelve people", "NER"),
    # no place told: the report's country
    (_MALI + "On Sunday, twelve people were killed.", "twelve people", "MLI"),
    # the sentence's one country is the attacker's own word: the place struck is another's
    ("Russian forces shelled Kharkiv on Sunday, killing two civilians.", "two civilians", "UKR"),
    # a party of no country word, struck in a place of another country than the doer's
    ("Israeli troops raided Jenin at dawn, arresting four militants.", "four militants", "PSE"),
    # the place struck is the doer's own country: the party stays of it
    ("Syrian troops raided Idlib at dawn, arresting four militants.", "four militants", "SYR"),
]


@pytest.mark.parametrize(("text", "words", "country"), VICTIMS)
def test_actor_victims_are_of_the_place_struck(some_events_in, text, words, country):
    targets = [e.target for e in some_events_in(text, PUBDATE) if e.target is not None]
    assert any(t.text == words and t.country == country for t in targets), targets
