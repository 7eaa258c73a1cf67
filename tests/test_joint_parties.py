"""The topics of joint and communicative acts, one illustrative sentence per construction
(table-driven): what talks, a meeting or a deal are about is no recipient; a "with" phrase, or
the one brought to the talks, names the counterpart; a coordinated subject of a joint act is a
reciprocal event (each member, no recipient)."""

from __future__ import annotations

import pytest

# (sentence, the actor's words, the recipient's words or None)
JOINT = [
    # "A and B held talks on X": reciprocal, the topic no party
    ("Norway and Chile held talks on Peru on Monday.", "Norway", None),
    # "discussed X with B"
    ("The Norwegian prime minister discussed Peru with the Chilean president.",
     "The Norwegian prime minister", "the Chilean president"),
    # "a summit on X": the topic, no party
    ("Leaders attended a summit on Peru in Geneva.", "Leaders", None),
    # the talks a phrase of the act names: "in a phone call with B"
    ("The Bolivian president discussed the border in a phone call with the Chilean president.",
     "The Bolivian president", "the Chilean president"),
    # a party in the clause of what is discussed is its topic; the invited are the counterpart
    ("Solberg invited two rebel leaders to Oslo to discuss how to protect the Kurds.",
     "Solberg", "two rebel leaders"),
    # "met with B to discuss X": the meeting's party
    ("Norway met with Chile to discuss Peru.", "Norway", "Chile"),
    # "A and B discussed X": reciprocal, the object of discussing no party
    ("Norway and Chile discussed Peru.", "Norway", None),
    # "clashed with B over X": the with-phrase party, not the matter
    ("Norway clashed with Chile over Peru.", "Norway", "Chile"),
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


# "ministers from A and B met to discuss X": each member's country, no recipient, not the topic
def test_joint_parties_members_reciprocal(events_in):
    events = events_in("Foreign ministers from Norway and Chile met in Oslo on Friday to "
                       "discuss Peru.")
    met = [e for e in events if e.trigger == "met"]
    assert sorted(e.source.country for e in met if e.source) == ["CHL", "NOR"]
    assert all(e.target is None for e in met), [e.target for e in met]


# agents "from" two towns (not states or bodies) are one side: one event, not one a town
def test_joint_parties_members_not_towns(events_in):
    events = events_in("Gunmen from Homs and Hama clashed near the border.")
    clashed = [e for e in events if e.trigger == "clashed"]
    assert len(clashed) == 1, [(e.source, e.target) for e in clashed]
    source = clashed[0].source
    assert source is not None and source.text == "Gunmen from Homs and Hama", source


# the topic words of other acts stay parties: sanctions "on" a state, a call "on" a state
KEPT = [
    ("Britain imposed sanctions on Norway.", "Norway"),
    ("The government called on Chile to withdraw.", "Chile"),
]


@pytest.mark.parametrize("text, recipient", KEPT)
def test_joint_parties_other_acts_keep_party(events_in, text, recipient):
    targets = [e.target.text for e in events_in(text) if e.target is not None]
    assert recipient in targets, targets
