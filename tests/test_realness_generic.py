"""Causes and stances told as acts (dateline.realness_generic): sentences written for
the project."""

from __future__ import annotations

import pytest

from dateline.realness_generic import generic

# (sentence, trigger, the form that makes it no happening, or None for a happening)
CASES = [
    ("She fought for the people of the valley.", "fought", "cause"),
    ("Dozens of Britons are fighting for the militia.", "fighting", "cause"),
    ("The sergeant fought to protect our freedoms.", "fought", "cause"),
    ("The sergeant fought to protect British values.", "fought", "cause"),
    ("Critics accuse the governor of neglect.", "accuse", "charge"),
    ("They accuse the guards of abusing prisoners.", "accuse", "charge"),
    ("They accuse the guards of abusing prisoners.", "abusing", "charge"),
    ("Critics accuse the guards of beating and torturing prisoners.", "torturing", "charge"),
    # happenings
    ("Homes are being burnt in the north.", "burnt", None),
    ("Strikers are beaten by guards in Varna.", "beaten", None),
    ("Strikers are beaten in Varna.", "beaten", None),
    ("The prisoners were beaten by the guards.", "beaten", None),
    ("The rebels fought for control of the bridge.", "fought", None),
    ("The rebels fought to defeat the Taliban.", "fought", None),
    ("The militia, fighting to defeat the president, Hassan Diallo, took the port.", "fighting",
     None),
    ("The rebels fought to retake the airport.", "fought", None),
    ("The militia fought the army near the border.", "fought", None),
    ("The rebels fought against the army for the town.", "fought", None),
    ("The senator accuses the governor of neglect.", "accuses", None),
    ("We condemn the attack on the market.", "condemn", None),
    ("Gunmen fought for the Free Legion in Kessa.", "fought", None),
    ("Volunteers fought for the militia at the dam.", "fought", None),
    ("In the hills, volunteers fought for the militia.", "fought", None),
    ("Insurgents blame the police for the raid on Lomar.", "blame", None),
    ("Norland and Vestia met in Oslo on Friday. They condemn the raid on the port.", "condemn",
     None),
    ("Critics accused the governor of neglect on Monday.", "accused", None),
]


@pytest.mark.parametrize(("sentence", "trigger", "form"), CASES)
def test_generic_forms(nlp, sentence, trigger, form):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert generic(tok) == form


def test_generic_kept_in_a_one_sentence_text(events_in):
    assert [e.trigger for e in events_in("She fought for the people of the valley.")] \
        == ["fought"]


def test_generic_dropped_from_a_story(events_in):
    text = ("Police arrested three men in the capital on Tuesday. She fought for the people "
            "of the valley.")
    assert "fought" not in [e.trigger for e in events_in(text)]


def test_generic_passive_with_a_doer_kept_in_a_story(events_in):
    text = "Strikers are beaten by guards in Varna. Onlookers described the scene."
    assert "beaten" in [e.trigger for e in events_in(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Insurgents blame the police for the raid on Lomar. The ministry denied it.", "blame"),
    ("Norland and Vestia met in Oslo on Friday. They condemn the raid on the port in Lomar.",
     "condemn"),
    ("Gunmen fought for the Free Legion in Kessa. The air force bombed them.", "fought"),
])
def test_generic_acts_of_parties_and_places_kept_in_a_story(events_in, text, trigger):
    assert trigger in [e.trigger for e in events_in(text)]


def test_generic_charge_content_dropped_from_a_story(events_in):
    text = ("Police arrested three men in the capital on Tuesday. Critics accuse the guards of "
            "beating and torturing prisoners.")
    assert [e.trigger for e in events_in(text)] == ["arrested"]
