"""Harm summed over a period is no event: acts named in the plural, or harm to a counted many,
over a period of weeks or longer reaching up to the news ("in recent weeks", "over the past
three years", "in the last 18 months") are a total of that period, no act at a time; one
occasion's harm, told by a day, or over a single past week, or at a date ("last year") below
a tally's count, stays an event. One illustrative sentence per construction, written for
these tests."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

#: (sentence, trigger): no event of the trigger
SUMS = [
    # acts in the plural as the doer, the period on the acts or on the verb
    ("Airstrikes over recent weeks have killed 40 civilians in the valley.", "airstrikes"),
    ("Airstrikes over recent weeks have killed 40 civilians in the valley.", "killed"),
    ("In the last few weeks, air raids by government jets have killed more than 600 villagers"
     " in Karsa.", "killed"),
    # ... or as the agent of a passive
    ("Farmers have been killed by airstrikes in recent months, the charity said.", "killed"),
    # ... or as the antecedent of a relative clause
    ("The charity cited reports of air raids that have killed scores of herders over recent"
     " weeks.", "killed"),
    # harm to a counted many, or a vague many, over a period
    ("The coalition has killed more than 6,000 fighters in the past three years.", "killed"),
    ("Millions have been displaced by the fighting in the last 18 months.", "displaced"),
]

#: (sentence, trigger, event type): one occasion's harm stays
ACTS = [
    ("Airstrikes killed 40 civilians in the valley on Tuesday.", "airstrikes", "ASSAULT"),
    # a single week is the news of its days
    ("Troops have killed two militants in the past week.", "killed", "ASSAULT"),
    # a date, not a period, below a tally's count
    ("Police arrested 12 protesters in the capital last year.", "arrested", "COERCE"),
    # a day named beside the period
    ("Airstrikes over recent weeks killed 40 civilians, including 12 on Tuesday.",
     "airstrikes", "ASSAULT"),
]


CASES = [(text, trigger, None) for text, trigger in SUMS] + ACTS


@pytest.mark.parametrize("text, trigger, etype", CASES)
def test_realness_periods_sums_go_and_occasions_stay(events_in_unfiltered, text, trigger, etype):
    found = [(e.event_type, e.status) for e in events_in_unfiltered(text, PUBDATE)
             if e.trigger.lower() == trigger]
    assert found == ([] if etype is None else [(etype, "actual")]), found
