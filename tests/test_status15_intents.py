"""An act whose doers or undergoers are counted as few, and an act one is not let do: not told
as done."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"

FEW = [
    ("Few of the prisoners were released by the guards.", "released", False),
    ("Few of the demands of the strikers have been met by the company.", "met", False),
    ("A few of the prisoners were released by the guards.", "released", True),
    # after a determiner, "few" names a small group, whose act is done
    ("The few remaining hostages were released by the gunmen.", "released", True),
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
    # an act named by a noun after a light verb
    ("The council will not allow the soldiers to carry out raids in the valley.", "raids"),
    # nor is it added by the learned police pass
    ("The mayor will not let the marchers be attacked by police.", "attacked"),
]


@pytest.mark.parametrize("text, trigger", UNLET)
def test_an_act_not_let_is_no_event(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    assert not [e for e in events if trigger in e.trigger.lower()], \
        [(e.event_type, e.trigger, e.status) for e in events]
