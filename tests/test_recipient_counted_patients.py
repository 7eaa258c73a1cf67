"""Whom an act named by a noun befell, told by a count or a quantifier in its "of" phrase
(table-driven, one illustrative sentence per construction)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
COUNTED = [
    # a count noun
    ("The militia announced the capture of hundreds of enemy fighters near the river.",
     "capture", "fighters"),
    # a quantifier of a named group
    ("Officials confirmed the capture of dozens of Isis fighters in the desert.", "capture",
     "Isis fighters"),
    # a number keeps its own words
    ("The army reported the capture of three of the rebel commanders.", "capture",
     "three of the rebel commanders"),
]


@pytest.mark.parametrize("text, trigger, recipient", COUNTED)
def test_recipient_counted_patients(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and recipient in (event.target.text or ""), event.target


# a count of things names no one the act befell
THINGS = [
    ("The police announced the seizure of hundreds of rifles at the port.", "seizure"),
]


@pytest.mark.parametrize("text, trigger", THINGS)
def test_recipient_counted_things_are_no_party(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or "rifles" not in (event.target.text or ""), event.target
