"""Acts carried by their object noun, one sentence each (table-driven): an act directed or
orchestrated is that act, a call to do something is an appeal and a call with a leader a talk."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"


def _one(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


# directing, orchestrating or masterminding an act takes part in it: no accusation
DIRECTED = [
    "The rebel commander directed the attack on the army base.",
    "Prosecutors say the general masterminded the assault on the town.",
]


@pytest.mark.parametrize("text", DIRECTED)
def test_code_directed_act_is_no_accusation(events_in, text):
    events = events_in(text, PUBDATE)
    assert not [e for e in events if e.event_type == "ACCUSE"]
    _one(events, "ASSAULT")


# a call to do something is an appeal; a call made to or held with a leader is a phone call
CALLS = [
    ("The senator's call to lift the blockade was welcomed in the region.", "REQUEST"),
    ("The president made a call to the Turkish leader on Sunday.", "CONSULT"),
    ("The prime minister held a call with the Irish taoiseach.", "CONSULT"),
]


@pytest.mark.parametrize("text, etype", CALLS)
def test_code_call_noun_appeal_or_phone(events_in, text, etype):
    calls = [e for e in events_in(text, PUBDATE) if e.trigger.lower().startswith("call")]
    assert calls and calls[0].event_type == etype
