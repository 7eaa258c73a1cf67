"""The plot of a work of fiction is no happening (``code/unacted.py``: :func:`fiction`); acts
done to or around a work are."""

from __future__ import annotations

import pytest


PLOTS = [  # (text, trigger): no event of the trigger
    ("In the film, a soldier kills his commander and flees across the border.", "kills"),
    ("The novel tells of rebels who seize the capital and execute the president.", "seize"),
    ("The film follows a sniper who shoots a general in Kabul.", "shoots"),
    ("The director made a film about soldiers who torture prisoners.", "torture"),
    ("In her latest novel, the army arrests a journalist and bans the newspaper.", "arrests"),
]

DONE = [  # (text, trigger): an act told as done, the work only near it
    ("Rebels seized the town in a series of raids on Monday.", "seized"),
    ("Police arrested the director of the film in Tehran on Monday.", "arrested"),
    ("Soldiers attacked the cinema during the film festival in Kabul on Monday.", "attacked"),
    ("The censors banned the novel in Iran last week.", "banned"),
]


@pytest.mark.parametrize("text, trigger", PLOTS)
def test_unacted_fiction_plots_are_no_events(events_in, text, trigger):
    events = events_in(text)
    assert not [e for e in events if e.trigger == trigger and e.status == "actual"], \
        [(e.event_type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", DONE)
def test_unacted_acts_around_a_work_stay(events_in, text, trigger):
    events = events_in(text)
    assert [e.status for e in events if e.trigger == trigger][:1] == ["actual"], \
        [(e.event_type, e.trigger, e.status) for e in events]
