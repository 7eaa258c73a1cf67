"""A state named by a possessive pronoun and "country" ("his country", "his own country") is the
state of the one the pronoun stands for, as "his government" is; a "nation" or a "homeland" may
be a stateless people and names no state's government (table-driven, sentences written for the
project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, trigger, country", [
    ("The Iranian president said his country would never recognise Israel.", "recognise", "IRN"),
    ("The Kenyan envoy said her country had expelled two Somali diplomats.", "expelled", "KEN"),
    ("Nigerian officials said their country would send troops to Mali.", "send", "NGA"),
    # "own", "native" between the pronoun and the noun
    ("The Iranian president said his own country would never recognise Israel.", "recognise",
     "IRN"),
    ("The Iranian president said his native country would never recognise Israel.", "recognise",
     "IRN"),
])
def test_wire_homeland_possessed_country_is_the_possessors_state(event_on, sentence, trigger,
                                                                 country):
    event = event_on(sentence, trigger, "2019-03-01")
    assert event.source is not None, sentence
    assert event.source.country == country, event.source


@pytest.mark.parametrize("sentence, trigger", [
    ("The minister said his country would sign the treaty.", "treaty"),
    # a people's nation is no state: not the government of the state it lives in
    ("The Kurdish leader said his nation would never accept rule from Baghdad.", "accept"),
])
def test_wire_homeland_possessor_of_no_known_state_gives_none(event_on, sentence, trigger):
    event = event_on(sentence, trigger, "2019-03-01")
    assert event.source is not None and event.source.country is None, event.source
