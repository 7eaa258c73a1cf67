"""A vow, pledge, promise or oath to win or prevail is rhetoric about an outcome, no offer of
cooperation (AGREE) and no threat (THREATEN); a vow to do a thing to or with a party stays one,
and a vow to win or prevail over a party, to win back a place or to carry on a fight is a
threat (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# (sentence, the (trigger, type) of its events)
CASES = [
    ("The president is vowing to win the next vote.", []),
    ("The leader pledged to prevail whatever the cost.", []),
    ("The minister promised to win the next election.", []),
    ("The commander swore to succeed whatever the hardship.", []),
    ("The rebels vowed to persevere until the end.", []),
    # what is vowed is an act: a promise, or a threat where it harms
    ("Austria pledged to put its captured militants on trial.", [("pledged", "AGREE")]),
    ("The rebels vowed to crush the army.", [("vowed", "THREATEN")]),
    # an outcome won over a party, a place won back, a fight carried on: a threat
    ("The rebels vowed to win back the city.", [("vowed", "THREATEN")]),
    ("The rebels swore to win back the valley.", [("swore", "THREATEN")]),
    ("The army vowed to overcome the rebels.", [("vowed", "THREATEN")]),
    ("The army vowed to persist with its offensive against the rebels.", [("vowed", "THREATEN")]),
    ("The rebels vowed to win the war against the government.", [("vowed", "THREATEN")]),
    ("The president vowed to prevail over the insurgents.", [("vowed", "THREATEN")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_nonevent_outcome_vows(events_in, sentence, expected):
    events = events_in(sentence, PUBDATE)
    assert [(e.trigger, e.event_type) for e in events] == expected
