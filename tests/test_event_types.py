"""Event types by the trigger's sense and one event per happening: a toll told by a participle
is its attack's, a word's sense follows its doer and object. Sentences written for the
project."""

from __future__ import annotations

import pytest

from dateline import Article

# (sentence, the event types it gives, in text order)
ONE_HAPPENING = [
    # a participle clause naming another target of the same attack
    ("Jets renewed their bombardment of the province, attacking the city of Idlib.",
     ["ASSAULT"]),
    # a toll after a light verb's noun
    ("Government troops launched an attack on the town, killing five civilians.", ["ASSAULT"]),
    # a toll after an attack claimed
    ("The group claimed responsibility for a shooting at a church, killing twelve people.",
     ["ASSAULT"]),
    # a toll reported, in a clause of the attack that caused it
    ("Nine villagers were reportedly killed when shells hit a housing block.",
     ["ASSAULT"]),
    # distinct acts stay apart
    ("Police arrested ten men and killed two others.", ["COERCE", "ASSAULT"]),
    # a toll set beside another by "while" is a happening of its own
    ("Five people were killed in a bombing on Monday, while ten were killed two days later.",
     ["ASSAULT", "ASSAULT"]),
    # an attack told in a "while" clause is the toll's own
    ("Three soldiers were killed while militants attacked their convoy near Kandahar.",
     ["ASSAULT"]),
]


def test_event_types_a_toll_joins_its_attack(pipeline):
    text = "Government troops launched an attack on the town, killing five civilians."
    (event,) = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert event.trigger == "attack" and event.fatalities == 5


# (sentence, the event types it gives, in text order)
SENSES = [
    # support given in arms or logistics is aid, not a declaration
    ("France is providing air support to the Kurdish forces.", ["AID"]),
    # control of a chamber is won in votes
    ("The Democrats will take control of the House next month.", []),
    # ground taken by force is seized (PLOVER COERCE seize, CAMEO 192), not an assault
    ("The rebels took control of the town.", ["COERCE"]),
    # forces called into action are mobilised
    ("The fighters were called into action by their backers.", ["MOBILIZE"]),
    # information given is no offer
    ("The minister offered no clue about the plan.", []),
    ("Iran offered aid to the flooded provinces.", ["AID"]),  # aid to come (proposed)
    # a decision regretted is disapproved of
    ("The ministry regretted the decision of the court.", ["ACCUSE"]),
    # a loss regretted is sorrow, no disapproval
    ("The ministry regretted the loss of life in the attack.", []),
    # a participle telling what attacks were is no second attack
    ("It was one of several attacks targeting churches in the country.", []),
    ("Gunmen targeted a bus carrying pilgrims.", ["ASSAULT"]),
    # an operation is an armed one unless its modifier says otherwise
    ("The army launched a military operation in the north.", ["ASSAULT"]),
    ("The firm resumed normal operations after the storm.", []),
]


@pytest.mark.parametrize("text, types", ONE_HAPPENING + SENSES)
def test_event_types_per_happening_and_sense(pipeline, text, types):
    events = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert [e.event_type for e in events] == types


def test_event_types_a_ground_raid_is_no_air_strike(pipeline):
    text = "Soldiers carried out a raid on the village on Monday."
    (event,) = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert event.event_type == "ASSAULT" and event.mode != "aerial"
    assert event.acled_sub_event_type != "Air/drone strike"


# (sentence, the toll of its one attack)
TOLLS = [
    # a number written in words with a hyphen, parsed as three words
    ("Sixty-two people were killed in an air strike on the market.", 62),
    # a group counted by what it is "of"
    ("A family of seven was killed when a shell hit their house.", 7),
    ("A group of five soldiers was killed in an ambush near the border.", 5),
]


@pytest.mark.parametrize("text, toll", TOLLS)
def test_event_types_toll_counted(pipeline, text, toll):
    (event,) = pipeline.extract(Article(doc_id="t", text=text, pubdate="2024-03-16"))
    assert event.fatalities == toll
