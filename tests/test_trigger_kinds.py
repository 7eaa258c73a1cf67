"""A trigger's type by the kind of its object or subject, and an act ended by someone who did
not do it. Sentences written for the project."""

from __future__ import annotations

import pytest

from dateline import Article

# (sentence, the event types it gives, in text order)
KINDS = [
    # restraint falls on people and their gatherings; harm prevented is an aim, no act
    ("Police prevented the rally in the square.", ["COERCE"]),
    ("The new wall has prevented further damage to the old town.", []),
    # a place freed from a force is taken by arms; people freed are released
    ("Kurdish forces freed Manbij from the militants last summer.", ["COERCE"]),
    ("Rebels freed three hostages on Monday.", ["RETREAT"]),
    # control wrested from a force is territory taken (PLOVER COERCE seize)
    ("Army units wrested back control of the city from the rebels.", ["COERCE"]),
    # a party flying to a place visits it
    ("The minister flew to Brussels on Monday.", ["CONSULT"]),
    # a war is prosecuted by waging it, not in court
    ("The rebels were eager to prosecute the battle against the army.", []),
    # a repeated offer or call is told by its noun alone, an offer typed by what it offers
    ("The envoy repeated his offer to mediate between the two sides.", ["CONSULT"]),
    ("The minister reiterated his call for a ceasefire.", ["REQUEST"]),
]

# (sentence, the event types it gives, in text order)
ENDED = [
    # another's act stopped is restrained
    ("Police stopped the march near the square.", ["COERCE"]),
    ("The army tried to stop the looting in the market.", ["COERCE"]),
    # a threat others pose, ended, is an aim: the vow alone
    ("The government vowed to end the threat from the militants.", ["AGREE"]),
    # one's own act ended is given up
    ("The union called off its strike on Monday.", ["CONCEDE"]),
    ("The army halted its offensive near the river.", ["RETREAT"]),
]


@pytest.mark.parametrize("text, types", KINDS + ENDED)
def test_trigger_kinds_decide_the_type(pipeline, text, types):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert [e.event_type for e in events] == types

