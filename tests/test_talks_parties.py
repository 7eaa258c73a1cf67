"""Talks with a party: who talks to whom, and where they talk is no party's home (sentences
written for these tests)."""

from __future__ import annotations

import pytest

# (sentence, trigger, source words, target words, the country neither side takes)
TALKS = [
    # speaking with a party is a consultation with it (CAMEO 04)
    ("President Ortega spoke with King Hamad of Bahrain on Tuesday about the border.", "spoke",
     "President Ortega", "King Hamad of Bahrain", None),
    ("The foreign minister spoke with his Turkish counterpart on Sunday.", "spoke",
     "The foreign minister", "his Turkish counterpart", None),
    # a verb done with a party, hung by the parse on the noun root: the noun is its doer
    ("The rebels negotiated with the government in Doha.", "negotiated", "The rebels",
     "the government", "QAT"),
    # where they talk is the venue, not the country of either side
    ("The rebels talked with government negotiators in Doha.", "talked", "The rebels",
     "government negotiators", "QAT"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target", "venue"), TALKS)
def test_own_talks_parties(event_on, text, trigger, source, target, venue):
    event = event_on(text, trigger)
    assert (event.event_type, event.source.text, event.target.text) == (
        "CONSULT", source, target)
    if venue is not None:
        assert venue not in (event.source.country, event.target.country), event


# speaking or talking to or with the press is how a statement is made, no consultation
PRESS = [
    ("The minister spoke with reporters after the meeting.", "spoke"),
    ("She talked with journalists outside the court.", "talked"),
    ("The general spoke to the newspaper by phone.", "spoke"),
    ("The president spoke with Reuters on Sunday.", "spoke"),
]


@pytest.mark.parametrize(("text", "trigger"), PRESS)
def test_own_talks_with_the_press_are_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger)
