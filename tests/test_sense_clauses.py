"""Senses set by the verb's clause: a call for something to be done is a request, a naming
call no act, a side's course insisted on no demand, a
search no request; beside the same verbs where they keep their readings (sentences written for
the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"


# (sentence, trigger that must give no event)
NON_EVENTS = [
    ("The opposition leader called the general a coward.", "called"),
    ("The mayor called the raid a disgrace.", "raid"),
    ("The envoy insisted that his country would not join the coalition.", "insisted"),
    ("The gang sought out the witnesses in the old quarter.", "sought"),
    ("The young nurse fled the last stronghold of the sect in May.", "fled"),
]

# (sentence, trigger, event type) where the same verbs are events
EVENTS = [
    ("The aid group called for the planned offensive to be called off.", "called", "REQUEST"),
    ("The bishops appealed for the prisoners to be freed.", "appealed", "REQUEST"),
    ("The senator called for an inquiry into the shooting.", "called", "REQUEST"),
    ("The prime minister called the king on Sunday.", "called", "CONSULT"),
    ("The minister insisted that the troops withdraw from the valley.", "insisted", "REQUEST"),
    ("The council sought help from the neighbouring states.", "sought", "REQUEST"),
    ("The president vowed to crush the insurgents.", "vowed", "THREATEN"),
    # an oath to do harm is a threat as a vow is; an oath of any other course a promise
    ("The commander swore to wipe out the bandits in the hills.", "swore", "THREATEN"),
    ("The new mayor swore to serve the town honestly.", "swore", "AGREE"),
    ("The jihadists swore revenge against the government.", "swore", "THREATEN"),
    ("The premier pledged to work with the new government in Dakar.", "pledged", "AGREE"),
    ("The two envoys promised to resume the border talks.", "promised", "AGREE"),
    ("The minister promised to set up a joint commission with Ghana.", "promised", "AGREE"),
    # a pledge of one's own course is an intent told (CAMEO 03): the hand verdicts hold such
    # pledges as real AGREE events
    ("The governor vowed to press ahead with the new port.", "vowed", "AGREE"),
    ("The mayor pledged to rebuild the covered market by the spring.", "pledged", "AGREE"),
    ("The rebel fighters fled their last stronghold after the shelling.", "fled", "RETREAT"),
]


@pytest.mark.parametrize("text, trigger", NON_EVENTS)
def test_sense_clauses_naming_insisting_vowing_or_searching_is_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


@pytest.mark.parametrize("text, trigger, etype", EVENTS)
def test_sense_clauses_requests_calls_demands_and_pledges_stay(types_on, text, trigger, etype):
    assert types_on(text, trigger, PUBDATE) == [etype]
