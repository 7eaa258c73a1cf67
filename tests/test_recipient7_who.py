"""A "who" clause the parse hangs on a thing in a phrase that follows a verb's object describes
the object, a person (table-driven): that person is the recipient, the thing is no party."""

from __future__ import annotations

import pytest

# (sentence, trigger, recipient words)
WHO = [
    # the parse hangs "with" on the noun: the noun's phrase
    ("She married a British fighter with Somali roots, who was killed in an airstrike.",
     "killed", "a British fighter"),
    # the parse hangs "with" on the verb: the verb's object before the phrase
    ("They met a British volunteer with Somali heritage, who was killed later in an airstrike.",
     "killed", "a British volunteer"),
]


@pytest.mark.parametrize("text, trigger, recipient", WHO)
def test_recipient7_who_clause_on_a_thing_after_an_object(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target
