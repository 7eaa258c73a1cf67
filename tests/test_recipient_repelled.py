"""Whom a verb of repelling repelled, after an "off" the parse makes a preposition ("fought off
the rebels"); an "off" of place after other verbs names no one (table-driven, one illustrative
sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-03-02"

# (text, trigger, the recipient's words; None: none)
REPELLED = [
    ("Government troops fought off the rebels.", "fought", "the rebels"),
    ("Police shot at a boat off the coast.", "shot", None),
]


@pytest.mark.parametrize(("text", "trigger", "words"), REPELLED)
def test_recipient_repelled_off_object(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, trigger
    targets = [e.target.text if e.target is not None else None for e in events]
    assert words in targets, targets
