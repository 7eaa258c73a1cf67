"""An act told as the time of a frame verb's ("after meeting the envoy, the minister told
them to …") takes that verb's own status, not the frame's (dateline.code.status_times); acts in
the frame's complement keep the frame's (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, the (trigger, type, status) of its events, in order)
CASES = [
    ("After meeting the king, the envoy told the rebels to disarm.",
     [("meeting", "CONSULT", "actual"), ("disarm", "RETREAT", "demanded")]),
    ("Before invading the town last month, the president told the neighbours to stay away.",
     [("invading", "ASSAULT", "actual")]),
    ("The councillor told reporters after meeting with the governor that the budget would "
     "pass.", [("meeting", "CONSULT", "actual")]),
    ("After meeting the king, the envoy will urge the rebels to disarm.",
     [("meeting", "CONSULT", "proposed"), ("urge", "REQUEST", "proposed")]),
    # a gerund the frame's own complement is timed by stays under the frame
    ("The army threatened to shell the city after withdrawing.",
     [("threatened", "THREATEN", "actual"), ("withdrawing", "RETREAT", "threatened")]),
    # a gerund a frame takes as its content keeps the frame's status
    ("The army denied attacking the town.", [("attacking", "ASSAULT", "denied")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_status_times_dating_act_is_the_verbs(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type, e.status) for e in events] == expected
