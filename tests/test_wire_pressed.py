"""Pressing a party is demanding of them (the CAMEO verb dictionary codes PRESS a demand, 10):
one illustrative sentence per row, written for the project; a press that is no party's
("pressed charges", "pressed forward") asks nothing. (Pressuring keeps the reading that makes
the act pressed for demanded: tests/test_modality.py.)"""

from __future__ import annotations

import pytest

# (sentence, trigger, actor words, recipient words)
PRESSED = [
    ("Washington pressed Cairo to release the activists.", "pressed", "Washington", "Cairo"),
    ("The EU is pressing Hungary to drop the law.", "pressing", "The EU", "Hungary"),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", PRESSED)
def test_wire_pressed_is_a_demand(event_on, text, trigger, actor, recipient):
    event = event_on(text, trigger)
    assert (event.event_type, event.cameo_root) == ("REQUEST", "10"), event
    assert event.source is not None and event.source.text == actor, event.source
    assert event.target is not None and event.target.text == recipient, event.target


@pytest.mark.parametrize("text", ["The lawyers pressed charges against the officers.",
                                  "The crowd pressed forward towards the gates.",
                                  # forces pushing a party on the ground demand nothing
                                  "Troops pressed the rebels back towards the river.",
                                  "The army pressed the militants out of the town on Sunday."])
def test_wire_pressed_no_party_no_demand(events_in, text):
    assert not [e for e in events_in(text) if e.trigger == "pressed"]
