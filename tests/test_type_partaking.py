"""Event types by what is taken part in, answered for or met: taking part in an act is doing
it (the act's type, its doer the participant), so is being responsible for an act of force,
and meeting a demand or a condition is yielding to it, no meeting. Sentences written for the
project."""

from __future__ import annotations

import pytest

# (sentence, trigger, PLOVER type, the source's words)
PARTAKEN = [
    ("The militia participated in the massacre of villagers.", "massacre", "ASSAULT",
     "The militia"),
    ("Two brigades took part in the assault on the city.", "assault", "ASSAULT", "Two brigades"),
    ("Several unions participated in the protests against the reform.", "protests", "PROTEST",
     "Several unions"),
    ("Hundreds of students took part in a demonstration outside parliament.", "demonstration",
     "PROTEST", "Hundreds of students"),
    ("The two sides engaged in talks on Monday.", "talks", "CONSULT",
     "The two sides"),
    # the one responsible for an act of force did it
    ("The militia has been responsible for mass killings in the north.", "killings", "ASSAULT",
     "The militia"),
    ("The cartel is responsible for the bombing of the market.", "bombing", "ASSAULT",
     "The cartel"),
]


@pytest.mark.parametrize("text, trigger, etype, source", PARTAKEN)
def test_type_partaking_is_the_act(event_on, events_in, text, trigger, etype, source):
    e = event_on(text, trigger)
    assert (e.event_type, e.source and e.source.text) == (etype, source)
    # one event: the act, not a cooperation beside it
    assert [x.event_type for x in events_in(text) if x.event_type == "COOPERATE"] == []


# saying one will not take part in an act is refusing it (REJECT), one event
REFUSED = [
    "The Velmoran bloc will not participate in further negotiations with the council.",
    "The opposition will not take part in the talks.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_type_partaking_refused_is_rejection(events_in, text):
    assert [e.event_type for e in events_in(text)] == ["REJECT"]


# the refusal sits on the word of taking part; a refused act with a noun object keeps the noun
REFUSED_ON = [
    ("The opposition will not take part in the talks.", "take"),
    ("The council will not hold talks with the miners' union.", "talks"),
]


@pytest.mark.parametrize(("text", "trigger"), REFUSED_ON)
def test_type_partaking_refusal_trigger(events_in, text, trigger):
    assert [(e.event_type, e.trigger) for e in events_in(text)] == [("REJECT", trigger)]


# one who names no one, or asks who, as responsible tells of no act
NO_ONE_RESPONSIBLE = [
    "No faction said it was responsible for the raid on the granary at Velmora.",
    "Nobody was responsible for the bombing of the depot.",
    "Which militia was responsible for the ambush on the road?",
]


@pytest.mark.parametrize("text", NO_ONE_RESPONSIBLE)
def test_type_partaking_no_one_responsible_no_event(events_in, text):
    assert events_in(text) == []


# one in charge of talks does not hold them by being responsible for them
def test_type_partaking_responsible_for_talks_no_event(events_in):
    assert events_in("The minister is responsible for the talks with the unions.") == []


# what is taken part in that is no act of a type keeps the verb's reading
def test_type_partaking_other_things_keep_the_verb(event_on):
    e = event_on("The two armies participated in a joint programme of training.",
                 "participated")
    assert e.event_type == "COOPERATE"


# (sentence, trigger, PLOVER type or None for no event at the trigger)
MET = [
    ("The government met the demands of the striking workers.", "met", "CONCEDE"),
    ("The conditions set by the council have been met by the government.", "met", "CONCEDE"),
    ("The rebels met all the conditions of the truce.", "met", "CONCEDE"),
    ("The ministry met the deadline for the report.", "met", None),
    ("The agency has met its targets for the year.", "met", None),
    ("The president met the rebel leaders in the capital.", "met", "CONSULT"),
]


@pytest.mark.parametrize("text, trigger, etype", MET)
def test_type_partaking_met_demands_yield(events_in, text, trigger, etype):
    types = [e.event_type for e in events_in(text) if e.trigger == trigger]
    assert types == ([etype] if etype else [])
