"""Event types and modes by the definitions: ground taken by force is seized, a halt to fighting
ordered is a ceasefire declared, the weapon words decide the mode, an arrest needs a doer with
the power to arrest, forces put on the move take their mode from who they are. Sentences
written for the project."""

from __future__ import annotations

import pytest

from dateline.code.type_doers import mobilized_by
from dateline.records import Actor

# (sentence, trigger, PLOVER type, mode, ACLED sub-event type)
TYPED = [
    # territory taken by force: COERCE seize (CAMEO 192), ACLED by the taker's kind
    ("Rebels took control of the city on Sunday.", "took", "COERCE", "seize",
     "Non-state actor overtakes territory"),
    ("The army recaptured the town from the rebels.", "recaptured", "COERCE", "seize",
     "Government regains territory"),
    ("Government forces wrested back control of the port.", "wrested", "COERCE", "seize",
     "Government regains territory"),
    ("Islamic State seized control of the city in 2014.", "seized", "COERCE", "seize",
     "Non-state actor overtakes territory"),
    ("Rebels seized two bases near the border.", "seized", "COERCE", "seize",
     "Non-state actor overtakes territory"),
    # the same named by a noun
    ("The army announced the recapture of the city from the rebels.", "recapture", "COERCE",
     "seize", "Government regains territory"),
    ("The rebels' capture of the town last week shocked the government.", "capture", "COERCE",
     "seize", "Non-state actor overtakes territory"),
    # goods seized are no territory
    ("Police seized weapons and drugs in the raid.", "seized", "COERCE", "seize",
     "Disrupted weapons use"),
    # a pause in the fighting ordered by those who fight: a ceasefire declared, not a demand
    ("The governor has ordered a nightly six-hour humanitarian pause in the valley.",
     "ordered", "CONCEDE", "ceasefire", None),
    ("The president ordered a ceasefire in the north.", "ceasefire", "CONCEDE", "ceasefire",
     "Agreement"),
    # a demand made of others stays a demand: to de-escalate, a demand to yield (CAMEO 1056)
    ("The council demanded an immediate ceasefire.", "demanded", "REQUEST", "yield", None),
    # missiles are conventional though the sentence names a chemical attack elsewhere
    ("The navy fired 40 missiles at the airbase in response to the chemical attack.", "fired",
     "ASSAULT", "heavy-weapons", "Shelling/artillery/missile attack"),
    # a chemical named as the weapon used is unconventional; tear gas is crowd control
    ("Government troops used chlorine gas against the town.", "used", "ASSAULT",
     "unconventional", "Chemical weapon"),
    ("Helicopters dropped barrel bombs filled with chlorine on the town.", "dropped", "ASSAULT",
     "aerial", "Chemical weapon"),
    # "tracked down" by the police is an arrest (CAMEO 173)
    ("Police tracked down the suspects in the city.", "tracked", "COERCE", "arrest", "Arrests"),
    # people seized by an armed group are abducted; by the police, arrested
    ("The rebels captured ten soldiers during the battle.", "captured", "ASSAULT", "abduct",
     "Abduction/forced disappearance"),
    ("Police arrested two militants in the city.", "arrested", "COERCE", "arrest", "Arrests"),
    # forces on the move: the mode follows who they are
    ("Fighter jets circled above the city.", "circled", "MOBILIZE", "troops", "Other"),
    ("Turkish troops patrolled the border.", "patrolled", "MOBILIZE", "troops", "Other"),
    ("Riot police patrolled the streets of the capital.", "patrolled", "MOBILIZE", "police",
     "Other"),
]


@pytest.mark.parametrize("text, trigger, etype, mode, sub", TYPED)
def test_type_modes_by_definition(event_on, text, trigger, etype, mode, sub):
    e = event_on(text, trigger)
    assert (e.event_type, e.mode, e.acled_sub_event_type) == (etype, mode, sub)


# (doer's sector, the trigger's mode, the mode): forces on the move take their mode from who
# they are; an armed group's are militia
MOBILIZED = [
    ("UAF", "troops", "militia"),
    ("REB", "troops", "militia"),
    ("REB", "police", "militia"),
    ("COP", "troops", "police"),
    ("MIL", "militia", "troops"),
    # a doer of no force keeps the trigger's mode
    ("CVL", "troops", "troops"),
]


@pytest.mark.parametrize("sector, mode, expected", MOBILIZED)
def test_type_modes_mobilized_by_who_moves(sector, mode, expected):
    doer = Actor(text="the fighters", sector=sector)
    assert mobilized_by("MOBILIZE", mode, doer) == expected
    assert mobilized_by("ASSAULT", mode, doer) == mode  # only a mobilisation


# found or caught by someone with no power to arrest: no arrest
NO_ARREST = [
    "A reporter tracked down the former commander in a village near the border.",
    "The newspaper's journalists tracked him down in a hotel.",
]


@pytest.mark.parametrize("text", NO_ARREST)
def test_type_modes_no_arrest_without_power(events_in, text):
    assert [e for e in events_in(text) if e.mode == "arrest"] == []
