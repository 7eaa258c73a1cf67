"""Acts of wire reporting told by a light verb and a noun, or by a verb's phrase; the party of
a double-object verb, and the one a request held in a noun asks. Sentences written for the
project."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"

# (sentence, trigger, event type, the recipient's words or None)
ACTS = [
    # a visit paid is a visit (CAMEO 042)
    ("The ambassador paid a courtesy visit to the speaker of the senate.", "visit", "CONSULT",
     "the speaker of the senate"),
    # a plea to someone is an appeal (CAMEO 020)
    ("The president issued a fresh plea to the rebels to lay down their arms.", "plea",
     "REQUEST", "the rebels"),
    # people held or used as human shields are hostages of an attack (CAMEO 184)
    ("The militants held dozens of villagers as human shields in the town.", "held", "ASSAULT",
     "dozens of villagers"),
    ("The gunmen used the hostages as human shields.", "used", "ASSAULT", "the hostages"),
    # a deadline set for others is an ultimatum (CAMEO 139); whom it is set for, in the
    # infinitive clause of "for", is not read yet
    ("The governor set a deadline for the strikers to return to work.", "set", "THREATEN",
     None),
    # a hearing opened into something is an inquiry (CAMEO 09)
    ("The supreme court opened a hearing into the deaths of the prisoners.", "hearing",
     "ACCUSE", None),
    # a mission received is a visit hosted
    ("The prime minister received a mission of observers from the union.", "received",
     "CONSULT", "a mission of observers from the union"),
    # the first object of a double-object verb is whom the act is for; the thing promised is
    # the event's object
    ("The president promised the strikers a pay rise.", "promised", "AGREE", "the strikers"),
    # a request held in a noun asks the subject of the noun's clause
    ("The rebels insisted on their demand that the government grant more rights.", "insisted",
     "REQUEST", "the government"),
    ("The rebels insisted on their demand for autonomy.", "insisted", "REQUEST", None),
    # fire set to something is aimed at it, as a munition fired at it
    ("Settlers set fire to the offices of the village council.", "set", "ASSAULT",
     "the offices of the village council"),
    # ... but a munition fired "to" a side of a place is not aimed at the place
    ("Rebels fired a rocket to the south of the city.", "fired", "ASSAULT", None),
]


@pytest.mark.parametrize("text, trigger, etype, words", ACTS)
def test_trigger_wire_acts_type_and_recipient(some_events_in, text, trigger, etype, words):
    event = next((e for e in some_events_in(text, PUBDATE) if e.trigger == trigger), None)
    assert event is not None, f"no {trigger!r} event"
    assert event.event_type == etype, event
    assert (event.target.text if event.target else None) == words, event


# no act: a plea of guilt answers a charge; a hearing attended is no inquiry
NONE = [
    "The defendant entered a plea of guilty on Monday.",
    "The minister attended a hearing in parliament.",
]


@pytest.mark.parametrize("text", NONE)
def test_trigger_wire_acts_none(events_in, text):
    assert events_in(text, PUBDATE) == [], text


# (sentence, trigger, status): what one is told or directed to do is not yet done
DIRECTED = [
    ("The minister told the rebels to lay down their arms.", "lay", "demanded"),
    ("The president directed the army to withdraw from the border.", "withdraw", "demanded"),
    ("The minister told reporters that the army had withdrawn.", "withdrawn", "actual"),
]


@pytest.mark.parametrize("text, trigger, status", DIRECTED)
def test_trigger_wire_acts_directed_status(some_events_in, text, trigger, status):
    event = next((e for e in some_events_in(text, PUBDATE) if e.trigger == trigger), None)
    assert event is not None, f"no {trigger!r} event"
    assert event.status == status, event
