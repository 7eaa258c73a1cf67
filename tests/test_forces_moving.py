"""Forces that go, come, head or travel somewhere are moved there (PLOVER MOBILIZE), not on a
visit (CONSULT, a party's call on another); heading for a state of affairs is no journey at all
(table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, trigger, event type)
MOVES = [
    ("Troops headed to the border on Monday.", "headed", "MOBILIZE"),
    ("Soldiers went to the village after the attack.", "went", "MOBILIZE"),
    ("Rebel fighters headed for the capital overnight.", "headed", "MOBILIZE"),
    ("Reinforcements arrived in the city on Monday.", "arrived", "MOBILIZE"),
    # an envoy on a journey still visits; troops coming to a side's aid still aid it
    ("The envoy headed for Kabul on Monday.", "headed", "CONSULT"),
    ("Turkish troops came to the aid of the rebels.", "came", "AID"),
    # an armed group's envoys going to talks visit; heading to talks is still a journey
    ("Houthi rebels arrived in Stockholm for peace talks on Thursday.", "arrived", "CONSULT"),
    ("The envoy is heading to talks with the rebels in Addis Ababa.", "heading", "CONSULT"),
]


@pytest.mark.parametrize("text, trigger, etype", MOVES)
def test_forces_on_the_move(event_on, text, trigger, etype):
    assert event_on(text, trigger).event_type == etype


@pytest.mark.parametrize("text", [
    "The economy is heading for a recession.",
    "The opposition leader warned that the country was heading towards civil war.",
])
def test_heading_for_a_state_of_affairs_is_no_visit(events_in, text):
    assert not [e for e in events_in(text) if e.event_type == "CONSULT"]


def test_forces_going_home_are_no_deployment(events_in):
    assert not [e for e in events_in("Troops headed for home after the exercise.")
                if e.event_type == "MOBILIZE"]
