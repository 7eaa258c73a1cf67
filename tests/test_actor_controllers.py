"""The doer of a gerund with no subject of its own, one sentence written for these tests per
construction: the one an adjective, a describing participle or a noun of punishment or reward
speaks of, wherever the parse hangs the gerund's phrase."""

from __future__ import annotations

import pytest

# (text, the gerund, the doer's text, the doer's country or None)
DOERS = [
    # an adjective said of the clause's subject
    ("The two Danish men are allegedly responsible for murdering several hostages in Mali.",
     "murdering", "The two Danish men", "DNK"),
    ("A Kenyan commander was found guilty of shelling a village near the border.",
     "shelling", "A Kenyan commander", "KEN"),
    # a participle that describes a noun, which a copula says of its subject
    ("The Dutch nurse is the first person prosecuted for assisting a banned group.",
     "assisting", "The Dutch nurse", "NLD"),
    # a reduced passive of a killing whose object is what the victim was doing
    ("She is the first Canadian woman killed fighting alongside Kurdish units in Syria, and "
     "the first to die there.", "fighting", "the first Canadian woman", "CAN"),
    # a noun of punishment the subject faces, with the reason hung on a nearer noun
    ("A former Danish soldier was in court on Monday facing a prosecution under terrorism laws "
     "for fighting against the rebels in Mali.", "fighting", "A former Danish soldier", "DNK"),
    ("A Polish man faces a prison sentence for attacking a police officer in Warsaw.",
     "attacking", "A Polish man", "POL"),
    # a verb's "for" phrase: the party it acts on, passive or active, through "going to"
    ("Two Danish volunteers were fined by a court for going to fight the militia.",
     "fight", "Two Danish volunteers", "DNK"),
    ("Police arrested two Kenyan men for throwing stones at the convoy.", "throwing",
     "two Kenyan men", "KEN"),
    # an amount a verb acts on is no party: the spender does what it pays for
    ("The Norwegian ministry spent billions for training the coastguard's recruits.",
     "training", "The Norwegian ministry", "NOR"),
    # only "for" tells the act of whom a verb acts on: "after" keeps the clause's subject
    ("A Danish senator told reporters after meeting with the president.", "meeting",
     "A Danish senator", "DNK"),
    # a noun of punishment whose "of" phrase names who is punished
    ("The court condemned the arrest of a Turkish lawyer for defending the protesters.",
     "defending", "a Turkish lawyer", "TUR"),
]


@pytest.mark.parametrize(("text", "trigger", "doer", "country"), DOERS)
def test_actor_controllers_gerund_doer(events_in_unfiltered, text, trigger, doer, country):
    events = [e for e in events_in_unfiltered(text) if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    source = events[0].source
    assert source is not None and source.text == doer, source
    assert source.country == country


# (text, the gerund): the phrase names no one who does the act
NO_DOER = [
    # a call or a plan: its "for" phrase is no act of the caller's
    ("The envoy's call for ending the siege was ignored.", "ending"),
    # a thing's "of" phrase names no doer
    ("The use of force for dispersing the crowd was condemned.", "dispersing"),
    # a thing a verb acts on: the user acts
    ("The army used helicopters for carrying troops to the front.", "carrying"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_DOER)
def test_actor_controllers_no_doer(events_in_unfiltered, text, trigger):
    for event in events_in_unfiltered(text):
        if event.trigger == trigger:
            assert event.source is None or event.source.text not in (
                "The envoy", "The envoy's call", "The use", "force", "helicopters"), event.source
