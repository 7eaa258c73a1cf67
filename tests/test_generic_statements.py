"""Generic, habitual and cumulative statements: a record of many acts, a tie held or a statistic
is no event, beside a specific happening of the same form that stays (sentences written for the
project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"


# (sentence, trigger that must give no event)
RECORDS = [
    # a tie held, in the present passive or over a span of years
    ("The militia is backed by Turkey.", "backed"),
    ("The front is a legal party and is supported in its campaign by the northern states.",
     "supported"),
    ("The western allies have supported the rebels since 2014.", "supported"),
    ("The rebels, whom the kingdom has funded since 2013, withdrew.", "funded"),
    # a past perfect of repeated acts
    ("The council had repeatedly vetoed calls for an inquiry.", "vetoed"),
    ("The two envoys had regularly met in the capital.", "met"),
    # a statistic of a share of a kind
    ("The majority of the strikes have hit areas under rebel control.", "hit"),
    ("Only 10% of returning fighters have been prosecuted.", "prosecuted"),
    # a perfect whose object is a kind, counted by no one
    ("The regime has killed civilians and destroyed towns.", "killed"),
    ("The regime has killed civilians and destroyed towns.", "destroyed"),
    # a participle that tells more of a record
    ("The group has carried out 95 attacks since 2012, killing at least 700 people.",
     "killing"),
]


# (sentence, trigger of an event that must stay)
OCCASIONS = [
    ("Turkey backed the rebels' offensive on Monday.", "backed"),
    ("The envoys met in the capital on Tuesday.", "met"),
    ("The council vetoed the resolution on Friday.", "vetoed"),
    ("Half of the 40 detainees were released on Monday.", "released"),
    ("Police have arrested 20 protesters.", "arrested"),
    ("Police have arrested protesters on Friday.", "arrested"),
    ("Militants attacked a checkpoint on Monday, killing three soldiers.", "attacked"),
    ("The army had shelled the town on Tuesday before the truce.", "shelled"),
]


@pytest.mark.parametrize("text, trigger", RECORDS)
def test_generic_statements_are_no_events(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


@pytest.mark.parametrize("text, trigger", OCCASIONS)
def test_generic_statements_occasions_stay(events_in, text, trigger):
    events = events_in(text, PUBDATE)
    found = [e for e in events if e.trigger.lower() == trigger or
             trigger in e.trigger.lower().split()]
    assert found and found[0].status == "actual", \
        [(e.event_type, e.trigger, e.status) for e in events]
