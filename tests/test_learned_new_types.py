"""The learned heads keep the rules' newer readings: taking ground is a seizure (COERCE seize),
people seized by an armed group an abduction (ASSAULT abduct), an ordered ceasefire a
concession (CONCEDE); the class the pentacode head reads for such a sentence does not veto
them (the heads read the rules' type and mode among their features)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event_type, mode", [
    ("Government forces took control of three checkpoints near the airport.", "COERCE", "seize"),
    ("Rebels took control of two army posts near the border.", "COERCE", "seize"),
    ("The militants captured the northern city after a week of fighting.", "COERCE", "seize"),
    ("Government troops recaptured the village from the insurgents.", "COERCE", "seize"),
    ("Gunmen abducted two aid workers near the border on Sunday.", "ASSAULT", "abduct"),
    ("The president ordered a ceasefire in the eastern provinces.", "CONCEDE", "ceasefire"),
])
def test_learned_heads_keep_the_rules_newer_types(pipeline, text, event_type, mode):
    events = [e for e in pipeline.extract(text) if e.status == "actual"]
    assert any(e.event_type == event_type and e.mode == mode for e in events), \
        [(e.event_type, e.mode) for e in events]
