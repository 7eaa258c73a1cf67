"""Winning a contest is no beating: "beat" or "thrash" a rival in a final, a match, a race or
an election, with no armed party or weapon in the clause, names no act of force; beating people
stays an assault wherever it happens (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

CONTESTS = [
    ("The young champion beat her old rival in the final on Sunday.", "beat"),
    ("The mayor beat the sitting senator in the primary.", "beat"),
    ("The visitors thrashed the home side in the cup on Saturday.", "thrashed"),
]

ASSAULTS = [
    ("Police beat the marchers in the square on Friday.", "beat"),
    ("Militiamen beat two voters at a polling station during the election.", "beat"),
]


@pytest.mark.parametrize("text, trigger", CONTESTS)
def test_senses_a_contest_won_is_no_beating(events_in_unfiltered, text, trigger):
    events = events_in_unfiltered(text, PUBDATE)
    assert not [e for e in events if e.trigger.lower() == trigger], \
        [(e.event_type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", ASSAULTS)
def test_senses_beating_people_stays_an_assault(events_in_unfiltered, text, trigger):
    events = events_in_unfiltered(text, PUBDATE)
    assert [e.event_type for e in events if e.trigger.lower() == trigger] == ["ASSAULT"], \
        [(e.event_type, e.trigger) for e in events]
