"""Figures of conflict and states (``code/figures.py``, ``code/unacted.py``): a battle fought in
court or in words is no armed attack, an attack on a policy is a criticism, and a state that
changes by itself is no act; real fighting stays."""

from __future__ import annotations

import pytest


FIGURES = [  # (text, trigger): no ASSAULT on the trigger
    ("The company launched a legal battle against the ministry.", "battle"),
    ("The families began a court battle against the army over the killings.", "battle"),
    ("The president launched a charm offensive in Europe.", "offensive"),
    ("The two leaders waged a war of words over the border.", "waged"),
    ("The opposition is fighting an uphill battle against the ruling party.", "fighting"),
    ("The two candidates fought a bitter political battle for the nomination.", "fought"),
    ("The government is waging a propaganda war against the rebels.", "waging"),
]

CRITICISMS = [  # (text, trigger): an attack in words on a policy, read as a criticism
    ("The party mounted a fierce attack on the budget in parliament.", "attack"),
    ("The senator launched a blistering attack on the new immigration policy.", "attack"),
]

STATES = [  # (text, trigger): a state or mood that changes by itself: no event
    ("Tensions rose between the two countries after the vote.", "rose"),
    ("Tensions eased after the two leaders met in Geneva.", "eased"),
]

FIGHTING = [  # (text, trigger, type): armed conflict told as done
    ("The army launched an offensive against the rebels in the north.", "offensive", "ASSAULT"),
    ("Rebels fought a fierce battle with troops near the town.", "fought", "ASSAULT"),
    ("Gunmen launched an attack on the police station in the night.", "attack", "ASSAULT"),
]


def _shown(events):
    return [(e.event_type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", FIGURES)
def test_figures_battles_in_court_or_words_are_no_assault(events_in, text, trigger):
    events = events_in(text)
    assert not [e for e in events if e.trigger == trigger and e.event_type == "ASSAULT"], \
        _shown(events)


@pytest.mark.parametrize("text, trigger", CRITICISMS)
def test_figures_an_attack_on_a_policy_is_a_criticism(events_in, text, trigger):
    events = events_in(text)
    # (the trigger may keep its telling adjective: "blistering attack")
    assert [e.event_type for e in events if e.trigger.split()[-1] == trigger] == ["ACCUSE"], \
        _shown(events)


@pytest.mark.parametrize("text, trigger", STATES)
def test_unacted_a_state_changing_by_itself_is_no_event(events_in, text, trigger):
    events = events_in(text)
    assert not [e for e in events if e.trigger == trigger], _shown(events)


@pytest.mark.parametrize("text, trigger, etype", FIGHTING)
def test_figures_armed_fighting_stays(events_in, text, trigger, etype):
    events = events_in(text)
    found = [e.event_type for e in events if e.trigger == trigger and e.status == "actual"]
    assert found[:1] == [etype], _shown(events)
