"""The status of the act a journey or an invitation is for (intended: proposed, not attempted),
and of an act whose doers or undergoers are counted as few (not done)."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"

PURPOSES = [
    # what one goes somewhere to do lies ahead at the journey's end: intended
    ("The ministers travelled to Geneva to attend the peace conference.", "attend", "proposed"),
    ("The envoy flew to Cairo to hold talks with the president.", "talks", "proposed"),
    ("The delegates made their way to the capital to attend the summit.", "attend", "proposed"),
    ("The president invited the rebel leaders to the capital to discuss a ceasefire.", "discuss",
     "proposed"),
    # ... but a deed done for an act is a try at it
    ("Police fired tear gas to disperse the protesters.", "disperse", "attempted"),
]


@pytest.mark.parametrize("text, trigger, status", PURPOSES)
def test_the_purpose_of_a_journey_is_intended(events_in, text, trigger, status):
    events = events_in(text, PUBDATE)
    found = [e for e in events if trigger in e.trigger.lower()]
    assert found, [(e.event_type, e.trigger, e.status) for e in events]
    assert found[0].status == status


FEW = [
    ("Few of the prisoners were released by the guards.", "released", False),
    ("Few of the demands of the strikers have been met by the company.", "met", False),
    ("A few of the prisoners were released by the guards.", "released", True),
]


@pytest.mark.parametrize("text, trigger, done", FEW)
def test_an_act_counted_by_few_is_not_told_as_done(events_in, text, trigger, done):
    events = events_in(text, PUBDATE)
    actual = [e for e in events if trigger in e.trigger.lower() and e.status == "actual"]
    assert bool(actual) == done, [(e.event_type, e.trigger, e.status) for e in events]


UNLET = [
    # what one is not let do is no act, nor a failure of a force to do it
    ("The president said he will not allow the troops to leave the region.", "leave"),
    ("The government will not permit the soldiers to withdraw from the border.", "withdraw"),
]


@pytest.mark.parametrize("text, trigger", UNLET)
def test_an_act_not_let_is_no_event(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    assert not [e for e in events if trigger in e.trigger.lower()], \
        [(e.event_type, e.trigger, e.status) for e in events]
