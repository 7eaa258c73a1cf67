"""Recipients of constructions where the parse hangs the party's phrase oddly, one illustrative
sentence each: the charge of an accusing verb hung on its object, and the party an attack with
no object of its own came near."""

from __future__ import annotations

import pytest

PUBDATE = "2021-06-01"

# (sentence, trigger, the recipients' words): the charge is no part of the accused's name
CHARGES = [
    ("The ministry accused the activists of rioting outside parliament.", "accused",
     {"the activists"}),
    ("Prosecutors accused the leaders of corruption.", "accused", {"the leaders"}),
    ("The opposition accused hundreds of officials of fraud.", "accused",
     {"hundreds of officials"}),
    ("The junta accused the members of the union of plotting a strike.", "accused",
     {"the members of the union"}),
    ("A military court convicted the fighters of war crimes.", "convicted", {"the fighters"}),
]


@pytest.mark.parametrize("text, trigger, words", CHARGES)
def test_roles_charge_is_no_part_of_the_accused(some_events_in, text, trigger, words):
    events = [e for e in some_events_in(text, PUBDATE) if e.trigger == trigger]
    assert events, f"no {trigger!r} event"
    assert {e.target.text for e in events if e.target} == words, events


# (sentence, trigger, the recipient's words or None): a party an attack came near is whom it
# struck; a place it came near is where it happened
NEAR = [
    ("A roadside bomb exploded near him as he left the office.", "exploded", "him"),
    ("The bomb exploded near the soldiers at the checkpoint.", "exploded", "the soldiers"),
    ("A car bomb exploded near the embassy on Monday.", "exploded", None),
]


# (sentence, trigger, the recipient's words): a thing acted on that is about the movement, the
# safety or the fate of people concerns those people
STATES = [
    ("The authorities eased restrictions on the movement of aid workers.", "eased",
     "aid workers"),
    ("The envoy demanded guarantees for the safety of journalists.", "demanded", "journalists"),
]


@pytest.mark.parametrize("text, trigger, words", NEAR + STATES)
def test_roles_recipient_words(some_events_in, text, trigger, words):
    event = next((e for e in some_events_in(text, PUBDATE) if e.trigger == trigger), None)
    assert event is not None, f"no {trigger!r} event"
    assert (event.target.text if event.target else None) == words, event


# (sentence, trigger, the recipient's name): the owner a pronoun names of a thing an attack or
# a raid struck is whom it was done to; "its" is left to the actor stage
OWNERS = [
    ("Maria Lopez, a Spanish nurse, was hurt when her clinic was shelled by the militia.",
     "shelled", "Maria Lopez"),
    ("The rebels said the army had bombed their positions overnight.", "bombed", "rebels"),
]


@pytest.mark.parametrize("text, trigger, name", OWNERS)
def test_roles_owner_of_the_thing_struck_is_the_recipient(some_events_in, text, trigger, name):
    event = next((e for e in some_events_in(text, PUBDATE) if e.trigger == trigger), None)
    assert event is not None, f"no {trigger!r} event"
    assert event.target is not None and event.target.name == name, event


def test_roles_its_thing_struck_stays_the_object(some_events_in):
    event = next(e for e in some_events_in("The army shelled its positions overnight.", PUBDATE)
                 if e.trigger == "shelled")
    assert event.target is None and event.object == "its positions", event


def test_roles_what_a_demand_noun_asks_is_no_part_of_the_asker(some_events_in):
    text = "The government rejected demands by the rebels for talks in the capital."
    event = next(e for e in some_events_in(text, PUBDATE) if e.trigger == "rejected")
    assert event.target is not None and event.target.text == "the rebels", event



# (sentence, trigger): an "it" a verb asks, orders or urges to act with no named state or body
# before it to stand for (a body named by no name, the asker's own side, a thing) is no party:
# the coder names none rather than the asker's own side or the wrong body
ASKED_IT = [
    ("The council has been meeting in Doha. Turkey had been urging it to attend.", "urging"),
    ("The government closed the newspaper. Officials ordered it to stop publishing.",
     "ordered"),
    ("The newspaper criticised the government. Officials ordered it to stop publishing.",
     "ordered"),
    ("Qatar hosted the council in Doha. Turkey had been urging it to attend the talks.",
     "urging"),
    ("The bill was passed in March. Critics urged it to go further.", "urged"),
    ("The plan was rejected. Critics urged it to be withdrawn.", "urged"),
]


@pytest.mark.parametrize("text, trigger", ASKED_IT)
def test_roles_it_asked_to_act_is_no_party(event_on_unfiltered, text, trigger):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is None, target


# (sentence, trigger, name): an "it" a verb asks, orders or urges to act, with a named state or
# body before it to stand for, is that party
ASKED_IT_NAMED = [
    ("Aid groups wrote to the British government on Monday. They urged it to fund the camps.",
     "urged", "United Kingdom government"),
    ("The UN criticised Israel on Monday. It asked it to allow aid convoys into Gaza.", "asked",
     "Israel"),
    ("The UN criticised Israel on Monday. It urged it not to block aid convoys.", "urged",
     "Israel"),
]


@pytest.mark.parametrize("text, trigger, name", ASKED_IT_NAMED)
def test_roles_it_asked_to_act_is_the_party_named_before(event_on_unfiltered, text, trigger,
                                                         name):
    target = event_on_unfiltered(text, trigger, PUBDATE).target
    assert target is not None and target.name == name, target
