"""Recipients the parse hides, one illustrative sentence per construction (table-driven): the
one a verb of permitting lets (or does not let) act, whom the parse makes the subject of a
"to" clause; the party a place is taken from, when the place's name is tagged as nothing;
whom a demand named by a noun asks to act; the victim of a reduced passive read as active;
no state for the place a fight is fought in; no party in the medium a word goes out on."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
LET_ACT = [
    # negated permission: a refusal of the ones not let act
    ("The junta will not allow opposition leaders to travel abroad.", "allow",
     "opposition leaders"),
    # permission given
    ("Border guards allowed the stranded families to cross on Tuesday.", "allowed",
     "the stranded families"),
    # inside a reported clause
    ("The ministry insisted it would not allow rebel commanders to attend the talks.", "allow",
     "rebel commanders"),
    # "us" not let act is named; only "let us" is a speaker's proposal
    ("The council will not allow us to visit the camp, the envoy said.", "allow", "us"),
]


@pytest.mark.parametrize("text, trigger, recipient", LET_ACT)
def test_recip_one_let_act_is_recipient(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, the party the place was taken from, the place's name)
TAKEN_FROM = [
    ("Militia fighters are pressing on with the push to free Raqqa from Isis.", "free", "Isis",
     "Raqqa"),
]


@pytest.mark.parametrize("text, trigger, party, place", TAKEN_FROM)
def test_recip_place_taken_from_a_party(event_on_unfiltered, text, trigger, party, place):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == party, event.target
    assert place not in event.target.text, event.target


# (sentence, trigger, the recipient's words): whom a demand named by a noun asks, as the
# subject of its "for … to" clause
ASKED_BY_NOUN = [
    ("The council renewed its call for the governor to step down.", "call", "the governor"),
]


@pytest.mark.parametrize("text, trigger, recipient", ASKED_BY_NOUN)
def test_recip_noun_demand_for_someone_to_act(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# (sentence, trigger, the victim's words): a killing's participle with a gerund for its object
# is a reduced passive: its parsed subject was killed, and is no doer
KILLED_DOING = [
    ("He was the second volunteer killed fighting alongside the militia this year.", "killed",
     "the second volunteer"),
]


@pytest.mark.parametrize("text, trigger, victim", KILLED_DOING)
def test_recip_reduced_passive_victim(event_on_unfiltered, text, trigger, victim):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == victim, event.target
    assert event.source is None or event.source.text != victim, event.source


# (sentence, trigger): a fight with no object is fought between sides; the place it is fought
# in stands for neither, so its state is no recipient
FOUGHT_IN = [
    ("The volunteer spent her first months fighting in Deir ez-Zor.", "fighting"),
]


@pytest.mark.parametrize("text, trigger", FOUGHT_IN)
def test_recip_fight_place_is_no_side(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or event.target.country_from != "place struck", event.target


# (sentence, trigger): a medium a word goes out on is the channel, no party
CHANNELS = [
    ("Opposition pundits criticised the budget deal on television.", "criticised"),
]


@pytest.mark.parametrize("text, trigger", CHANNELS)
def test_recip_channel_is_no_party(event_on_unfiltered, text, trigger):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or "television" not in event.target.text, event.target
