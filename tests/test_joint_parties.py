"""The parties of joint and communicative acts, one illustrative sentence per construction
(table-driven): what talks, a meeting or a deal are about is no recipient; a coordinated
subject of a joint act is its actor and its counterpart; a "with" phrase names the counterpart."""

from __future__ import annotations

import pytest

# (sentence, the actor's words, the recipient's words or None)
JOINT = [
    # the object of "discuss" in a purpose clause; "ministers from A and B"
    ("Foreign ministers from Norway and Chile met in Oslo on Friday to discuss Peru.",
     "Foreign ministers from Norway", "Chile"),
    # "A and B held talks on X"
    ("Norway and Chile held talks on Peru on Monday.", "Norway", "Chile"),
    # "A and B agreed on X"
    ("Norway and Chile agreed on a ceasefire in Peru.", "Norway", "Chile"),
    # "discussed X with B"
    ("The Norwegian prime minister discussed Peru with the Chilean president.",
     "The Norwegian prime minister", "the Chilean president"),
    # "a summit on X": the topic, no party
    ("Leaders attended a summit on Peru in Geneva.", "Leaders", None),
    # "A and B clashed"
    ("Rebels and soldiers clashed in the capital.", "Rebels", "soldiers"),
]


@pytest.mark.parametrize("text, actor, recipient", JOINT)
def test_joint_parties_counterpart_not_topic(events_in, text, actor, recipient):
    events = [e for e in events_in(text) if e.event_type in ("CONSULT", "AGREE", "ASSAULT")]
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.text == actor, event.source
    if recipient is None:
        assert event.target is None, event.target
    else:
        assert event.target is not None and event.target.text == recipient, event.target


# three members: the first with each of the others
def test_joint_parties_three_members(events_in):
    events = events_in("Norway, Chile and Peru met in Lima.")
    pairs = sorted((e.source.text, e.target.text) for e in events if e.source and e.target)
    assert pairs == [("Norway", "Chile"), ("Norway", "Peru")]


# the topic words of other acts stay parties: sanctions "on" a state, a call "on" a state
KEPT = [
    ("Britain imposed sanctions on Norway.", "Norway"),
    ("The government called on Chile to withdraw.", "Chile"),
]


@pytest.mark.parametrize("text, recipient", KEPT)
def test_joint_parties_other_acts_keep_party(events_in, text, recipient):
    targets = [e.target.text for e in events_in(text) if e.target is not None]
    assert recipient in targets, targets
