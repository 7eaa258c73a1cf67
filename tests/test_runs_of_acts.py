"""A run of like acts done by a light verb ("launched a wave of attacks", "carried out a string
of raids") is the acts themselves, done by the light verb's subject, with no second event on the
light verb; and an attack on a post a force holds ("attacks on army posts") is an armed attack,
not a criticism of a text (table-driven, on sentences written for the project)."""

from __future__ import annotations

import pytest

# (sentence, trigger of the acts, their type, the doer's words)
RUNS = [
    ("The Taliban launched a wave of attacks on checkpoints in Ghazni on Monday.", "attacks",
     "ASSAULT", "The Taliban"),
    ("Rebels carried out a string of raids on villages near the border.", "raids", "ASSAULT",
     "Rebels"),
    ("The militia staged a series of attacks on army bases last week.", "attacks", "ASSAULT",
     "The militia"),
    ("The air force carried out a spate of strikes on rebel positions.", "strikes", "ASSAULT",
     "The air force"),
]


@pytest.mark.parametrize("text, trigger, etype, doer", RUNS)
def test_a_run_of_acts_is_the_acts_of_the_light_verbs_subject(events_in, text, trigger, etype,
                                                              doer):
    events = events_in(text)
    acts = [e for e in events if e.trigger == trigger]
    assert acts and acts[0].event_type == etype, [(e.event_type, e.trigger) for e in events]
    assert acts[0].source is not None and acts[0].source.text == doer, acts[0].source
    light = text.split()[text.split().index(doer.split()[-1]) + 1]  # the light verb
    assert not [e for e in events if e.trigger == light], [(e.event_type, e.trigger)
                                                           for e in events]


# (sentence, trigger): an attack on a post a force holds is an armed attack
HELD_POSTS = [
    ("Rebels launched attacks on army posts in the north.", "attacks"),
    ("Insurgents mounted an attack on a police post outside the town.", "attack"),
]


@pytest.mark.parametrize("text, trigger", HELD_POSTS)
def test_an_attack_on_a_held_post_is_armed(event_on, text, trigger):
    assert event_on(text, trigger).event_type == "ASSAULT"


# (sentence, trigger): an attack on words stays a criticism
ON_WORDS = [
    ("The senator launched an attack on the budget.", "attack"),
    ("She launched a fierce attack on his latest post.", "attack"),
]


@pytest.mark.parametrize("text, trigger", ON_WORDS)
def test_an_attack_on_words_stays_a_criticism(event_on, text, trigger):
    assert event_on(text, trigger).event_type == "ACCUSE"


def test_police_firing_still_acts(event_on):
    """A police word on an act noun in a plain "in" phrase is still the doer."""
    event = event_on("Two protesters were killed in police firing on the crowd.", "firing")
    assert event.source is not None and event.source.sector == "COP"


def test_a_run_of_acts_in_the_passive(event_on):
    event = event_on("A wave of attacks was launched by the insurgents on Tuesday.", "attacks")
    assert event.event_type == "ASSAULT" and event.source is not None \
        and event.source.text == "the insurgents", event.source


def test_a_run_of_acts_threatened_is_one_threat(events_in):
    events = events_in("The militants threatened a series of bombings in Lagos.")
    assert [e.event_type for e in events] == ["THREATEN"], [(e.event_type, e.trigger)
                                                            for e in events]


def test_an_attack_on_a_blog_post_stays_a_criticism(event_on):
    text = "The senator launched a fierce attack on a blog post by the minister."
    assert event_on(text, "attack").event_type == "ACCUSE"
