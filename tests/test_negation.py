"""Acts that did not happen: negated, failed or denied acts, and what a thing yet to come says
or does. One illustrative sentence per construction, written for these tests."""

from __future__ import annotations

import pytest

PUBDATE = "2024-03-16"

# What a party failed to do is no event, as what it did not do is not; a failure to cooperate
# is a rejection (below)
NOT_DONE = [
    ("The mediators failed to persuade the rebels to agree to a ceasefire.", "AGREE"),
    ("The two sides failed to reach an agreement on Tuesday.", "AGREE"),
    ("The council failed to halt the fighting in the north.", "RETREAT"),
]


@pytest.mark.parametrize("text, etype", NOT_DONE)
def test_negation_an_act_not_done_is_no_event(events_in, text, etype):
    events = events_in(text, PUBDATE)
    assert not [e for e in events if e.event_type == etype], \
        [(e.event_type, e.trigger, e.status) for e in events]


# ... but a force's failure to act stays, which is its failure; a failure to agree is a
# rejection by the parties; and an act denied stays with the status "denied": someone holds
# that it happened (the denial itself is a statement, no event)
KEPT = [
    ("The ministry denied that the army had shelled the village.", "ASSAULT", "shelled",
     "denied"),
    ("Police failed to stop the mob.", "COERCE", "stop", "failed"),
    ("The two sides failed to reach an agreement on Tuesday.", "REJECT", "agreement", "actual"),
    ("The police did not stop the mob.", "COERCE", "stop", "negated"),
]


@pytest.mark.parametrize("text, etype, trigger, status", KEPT)
def test_negation_what_an_act_not_done_tells(events_in, text, etype, trigger, status):
    events = events_in(text, PUBDATE)
    found = [e for e in events if e.event_type == etype and e.trigger == trigger]
    assert found, [(e.event_type, e.trigger, e.status) for e in events]
    assert found[0].status == status


# A participle describing the object of a verb shares that verb's modality: what a letter yet
# to be handed in urges is not yet urged
@pytest.mark.parametrize("text, status", [
    ("On Friday the campaigners will hand in a letter urging the minister to halt the strikes.",
     "proposed"),
    ("On Friday the campaigners handed in a letter urging the minister to halt the strikes.",
     "actual"),
])
def test_negation_a_participle_of_an_object_shares_its_verb(events_in, text, status):
    events = events_in(text, PUBDATE)
    found = [e for e in events if e.event_type == "REQUEST" and e.trigger == "urging"]
    assert found, [(e.event_type, e.trigger, e.status) for e in events]
    assert found[0].status == status
