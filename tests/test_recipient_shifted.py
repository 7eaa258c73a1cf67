"""The object an "as" phrase is set before is the act's object, read as any object is: its
owner, whom it concerns or the party it names is the recipient; the adjective the "as" phrase
calls it is no part of the recipient's words (table-driven, one sentence per construction)."""

from __future__ import annotations

import pytest

# (sentence, trigger, (event type, the recipient's words, its country))
SHIFTED = [
    # a predicate noun, the object set beside it: its owner
    ("Norway denounced as a grave crime Sweden's arrest of the fishermen.", "denounced",
     ("ACCUSE", "Sweden's arrest", "SWE")),
    # a predicate adjective before the object's possessor
    ("Chile condemned as reckless Peru's naval exercise.", "condemned",
     ("ACCUSE", "Peru's naval exercise", "PER")),
    # a predicate adjective before the object's determiner: whom the thing is on
    ("Germany rejected as unfair the sanctions imposed on Austria.", "rejected",
     ("REJECT", "Austria", "AUT")),
    # the object a party
    ("The army branded as traitors the striking miners.", "branded",
     (None, "the striking miners", None)),
]


@pytest.mark.parametrize("text, trigger, expected", SHIFTED)
def test_recipient_shifted_object(event_on, text, trigger, expected):
    event = event_on(text, trigger)
    kind, words, country = expected
    assert event.target is not None
    assert event.target.text == words
    assert kind is None or event.event_type == kind
    assert country is None or event.target.country == country


# (sentence, trigger): an "as" phrase with no object after it names none
NO_OBJECT = [
    ("The minister resigned as head of the party.", "resigned"),
]


@pytest.mark.parametrize("text, trigger", NO_OBJECT)
def test_recipient_shifted_none_without_object(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None
