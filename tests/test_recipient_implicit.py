"""Recipients one illustrative sentence per construction (table-driven): when an act names a
place and no party, the party is the side holding the place, wherever the text says so; talks
that name no party are held with the party of their "with" phrase."""

from __future__ import annotations

import pytest

# (text, trigger, recipient's name, sector, antecedent or None): an act of force on a place is
# done to the side the text says holds it; the place's words stay the recipient's words
HELD = [
    ("Syrian jets bombed Raqqa, which is held by Isis.", "bombed", "Islamic State", "REB",
     None),
    ("Afrin is under the control of the YPG. Turkish jets bombed Afrin on Sunday.", "bombed",
     "People's Protection Units", "REB", "the YPG"),
    ("Manbij, a YPG stronghold, lies east of the river. Jets bombed Manbij at dawn.", "bombed",
     "People's Protection Units", "REB", "YPG"),
    ("The army pounded rebel positions in Idlib.", "pounded", "rebels", "REB", None),
    # a town a side runs is held by it
    ("Syrian jets bombed Raqqa, which is run by Isis.", "bombed", "Islamic State", "REB",
     None),
    ("Nigeria bombed militant camps in Maiduguri.", "bombed", "rebels", "REB", None),
    ("In rebel-held Douma, the clinic was closed before the area was shelled by the army.",
     "shelled", "rebels", "REB", None),
    ("Kurdish militias of the YPG have held the town for years. Turkey launched an offensive "
     "on the Kurdish enclave of Afrin.", "offensive", "People's Protection Units", "REB",
     "Kurdish militias of the YPG"),
    ("Kurdish militias of the YPG have held Afrin for years. Rebels attacked the Kurdish city "
     "of Afrin.", "attacked", "People's Protection Units", "REB", "Kurdish militias of the YPG"),
    # a side's refuge or stronghold named by an "of" phrase, as by a possessor
    ("Jets pounded the village of Korvath, the final refuge of Isis.", "pounded",
     "Islamic State", "REB", None),
]


@pytest.mark.parametrize("text, trigger, name, sector, antecedent", HELD)
def test_recipient_implicit_holder_of_place_struck(event_on, text, trigger, name, sector,
                                                   antecedent):
    event = event_on(text, trigger)
    target = event.target
    assert target is not None and target.name == name and target.sector == sector, target
    assert target.antecedent == antecedent, target
    assert event.rule.endswith("+held_place"), event.rule


# (text, trigger): no holder is said, or the sides said took the place from each other
NOT_HELD = [
    ("Jets bombed the hospital on Monday.", "bombed"),
    ("The journalist, held by Isis since 2012, was freed. Jets later bombed the town.",
     "bombed"),
    # a state's adjective on a town names its country, not a side holding it
    ("Government jets bombed the Syrian city of Aleppo.", "bombed"),
    # an institution a government runs is no ground a side holds
    ("Russian jets bombed a government-run hospital in Daraa.", "bombed"),
    # an "of" phrase naming a place names the ground, not its holder
    ("Jets bombed the stronghold of Douma.", "bombed"),
]


@pytest.mark.parametrize("text, trigger", NOT_HELD)
def test_recipient_implicit_no_holder(event_on, text, trigger):
    event = event_on(text, trigger)
    assert "+held_place" not in event.rule, event.target


# (text, trigger, recipient words): talks held in a place "with" a party are held with it
COUNTERPART = [
    ("The opposition held talks in Geneva with the UN envoy on Monday.", "talks",
     "the UN envoy"),
]


@pytest.mark.parametrize("text, trigger, recipient", COUNTERPART)
def test_recipient_implicit_counterpart_of_talks(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


def test_recipient_implicit_counterpart_of_talks_told_again(events_in):
    """"The talks" told again in the next sentence are held with the party named before."""
    events = [e for e in events_in("The opposition held talks with the UN envoy in Geneva on "
                                   "Monday. The talks ended without a deal.")
              if e.trigger == "talks" and e.char_start > 60]
    assert events and events[0].target is not None, events
    assert events[0].target.name == "United Nations envoy", events[0].target
    assert events[0].target.antecedent is not None, events[0].target


# (text, trigger, recipient's name, antecedent or None): judging a thing is aimed at the party
# that made it: the subject of a clause on the thing, or the maker an earlier mention names
MADE = [
    ("Russia rejected five names that the envoy Staffan de Mistura wanted to add.", "rejected",
     "Staffan de Mistura", None),
    ("Donald Trump's decision to withdraw troops shocked allies. Senators criticized the "
     "withdrawal decision.", "criticized", "Donald Trump", "Donald Trump"),
    ("Washington announced a pullout from the region. Moscow welcomed the pullout.",
     "welcomed", "United States", "Washington"),
]


@pytest.mark.parametrize("text, trigger, name, antecedent", MADE)
def test_recipient_implicit_maker_of_thing_judged(event_on, text, trigger, name, antecedent):
    event = event_on(text, trigger)
    target = event.target
    assert target is not None and name in (target.name, target.text), target
    assert target.antecedent == antecedent, target


# (text, trigger): a claim's content names no maker of the claim
@pytest.mark.parametrize("text, trigger", [
    ("Moscow rejected the proposal that Britain send the weapons.", "rejected"),
])
def test_recipient_implicit_no_maker_in_a_claims_content(event_on, text, trigger):
    event = event_on(text, trigger)
    assert event.target is None or event.target.country != "GBR", event.target


# (text, trigger, recipient words or None): what talks are about is no party to them; the
# party is whom they are held with, if the sentence names one
TOPIC = [
    ("The ministers of Iran and Iraq met in Baghdad to discuss Syria.", "met", None),
    ("The two leaders held talks on Syria with the Turkish president.", "talks",
     "the Turkish president"),
]


@pytest.mark.parametrize("text, trigger, recipient", TOPIC)
def test_recipient_implicit_topic_of_talks_is_no_party(event_on, text, trigger, recipient):
    event = event_on(text, trigger)
    got = event.target.text if event.target is not None else None
    assert got == recipient, event.target
