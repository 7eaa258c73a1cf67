""""The government" after the sentence that told of one state's acts is that state's, though the
report is about another country (illustrative sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBDATE = "2018-03-14"

_UK = ("Theresa May met ministers in London on Monday. The British prime minister spoke to MPs "
       "in Westminster about Brexit. ")

# (text, trigger, the actor's country)
MEANT = [
    # a state named as the doer of the sentence before
    (_UK + "Turkey launched an offensive in Afrin on Saturday. The government accused Kurdish "
     "fighters of firing rockets.", "accused", "TUR"),
    # its forces
    (_UK + "Turkish troops entered Afrin on Saturday. The government accused Kurdish fighters "
     "of firing rockets.", "accused", "TUR"),
    # its head of state, and "the ministry"
    (_UK + "The Turkish president, Recep Tayyip Erdogan, spoke in Ankara. The foreign ministry "
     "accused Kurdish fighters of firing rockets.", "accused", "TUR"),
    # a state named only as a place: the report's own government
    (_UK + "A British teenager fled to Turkey in 2015. The government accused her of joining "
     "a terrorist group.", "accused", "GBR"),
    # a description of another government than the one in office
    (_UK + "Turkish troops entered Afrin on Saturday. The former government accused Kurdish "
     "fighters of firing rockets.", "accused", "GBR"),
    # its own sentence naming another country: that country's
    (_UK + "Turkish troops entered Afrin on Saturday. In Damascus, the government accused "
     "Ankara of breaking the ceasefire.", "accused", "SYR"),
    # a party of another state acting before it in its own sentence: not the one before's
    (_UK + "Turkish troops entered Afrin on Saturday. Britain protested, and the government "
     "accused Ankara of breaking the ceasefire.", "accused", "GBR"),
]


@pytest.mark.parametrize("text, trigger, country", MEANT)
def test_actor_coref_state_the_government_is_the_state_just_told_of(event_on_unfiltered, text,
                                                                    trigger, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.country == country, source
