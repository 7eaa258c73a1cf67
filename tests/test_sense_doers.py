"""Senses set by the verb's doer and by whom an issue is raised with: a thing no one wields
names no attack, a thing that goes away no visit, an issue raised with no one no consultation;
beside the same verbs where they do name an event (sentences written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"


# (sentence, trigger that must give no event)
NON_EVENTS = [
    ("The shock wave shot past the windows of the school.", "shot"),
    ("The heavy lorry hit a lamp post on the bridge.", "hit"),
    ("Many careers were destroyed by the long trial.", "destroyed"),
    ("The temptation to cut corners is not going to go away.", "go"),
    ("The plan raised concerns about the safety of the dam.", "raised"),
    ("It is a memory that nearly destroyed their lives.", "destroyed"),
    ("The files were destroyed before the inquiry began.", "destroyed"),
]

# (sentence, trigger, event type) where the same verbs stay events
EVENTS = [
    ("Soldiers shot past the checkpoint at the fleeing car.", "shot", "ASSAULT"),
    ("Rebel gunmen hit the school in the north on Monday.", "hit", "ASSAULT"),
    ("The militia destroyed three shops in the market.", "destroyed", "ASSAULT"),
    ("The minister went to Moscow for talks on the pipeline.", "went", "CONSULT"),
    ("The envoy raised concerns with the Chinese foreign minister.", "raised", "CONSULT"),
    ("The president raised concerns about the border in a phone call with the king.",
     "raised", "CONSULT"),
    ("The rebels destroyed the bridge over the river.", "destroyed", "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger", NON_EVENTS)
def test_a_thing_as_doer_or_an_issue_raised_with_no_one_is_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger, PUBDATE)


@pytest.mark.parametrize("text, trigger, etype", EVENTS)
def test_the_same_verbs_with_a_doer_or_a_party_stay_events(types_on, text, trigger, etype):
    assert types_on(text, trigger, PUBDATE) == [etype]
