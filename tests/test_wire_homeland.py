"""A state named by a possessive pronoun ("his country", "their nation") is the state of the
one the pronoun stands for, as "his government" is (table-driven, sentences written for the
project)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, trigger, country", [
    ("The Iranian president said his country would never recognise Israel.", "recognise", "IRN"),
    ("The Kenyan envoy said her country had expelled two Somali diplomats.", "expelled", "KEN"),
    ("Nigerian officials said their country would send troops to Mali.", "send", "NGA"),
    ("Turkey said its nation would not accept the plan.", "accept", "TUR"),
    ("The Chilean minister said his homeland would sign the treaty.", "treaty", "CHL"),
])
def test_wire_homeland_possessed_country_is_the_possessors_state(event_on, sentence, trigger,
                                                                 country):
    event = event_on(sentence, trigger, "2019-03-01")
    assert event.source is not None, sentence
    assert event.source.country == country, event.source


@pytest.mark.parametrize("sentence, trigger", [
    ("The minister said his country would sign the treaty.", "treaty"),
])
def test_wire_homeland_possessor_of_no_known_state_gives_none(event_on, sentence, trigger):
    event = event_on(sentence, trigger, "2019-03-01")
    assert event.source is not None and event.source.country is None, event.source
