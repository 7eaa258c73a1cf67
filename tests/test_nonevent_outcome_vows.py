"""A vow, pledge, promise or oath to win, prevail or hold out is rhetoric about an outcome, no
offer of cooperation (AGREE) and no threat (THREATEN); a vow to do a thing to or with a party
stays one (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, the (trigger, type) of its events)
CASES = [
    ("The president is vowing to win on the issue someday.", []),
    ("The leader pledged to prevail whatever the cost.", []),
    ("The minister promised to win the next election.", []),
    ("The commander swore to succeed whatever the hardship.", []),
    ("The rebels vowed to persevere until the end.", []),
    # what is vowed is an act: a promise, or a threat where it harms
    ("Germany pledged to put its foreign fighters on trial.", [("pledged", "AGREE")]),
    ("The rebels vowed to crush the army.", [("vowed", "THREATEN")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_nonevent_outcome_vows(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type) for e in events] == expected
