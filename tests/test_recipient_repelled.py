"""Whom a verb of repelling repelled, after an "off" the parse makes a preposition ("fought off
the rebels"); an "off" of place names no one ("fought off the coast")."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the recipient's words; None: none)
REPELLED = [
    ("Government troops fought off the rebels.", "fought", "the rebels"),
    ("The rebels fought off the coast of Yemen.", "fought", None),
]


@pytest.mark.parametrize(("text", "trigger", "words"), REPELLED)
def test_recipient_repelled_off_object(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    targets = [e.target.text if e.target is not None else None for e in events]
    assert words in targets, targets
