"""Types, modes and non-events by the definitions: a bombardment by aircraft is aerial;
a clause opened by "while" keeps its own means; a sentence-opening "insisting" of what is so is
a statement; harm or restraint of tens of thousands told as a sum to date is a tally.
Sentences written for the project."""

from __future__ import annotations

import pytest

# (sentence, trigger, expected (type, mode))
TYPED = [
    # a bombardment names no means: aircraft make it aerial, guns heavy-weapons
    ("Government warplanes resumed their bombardment of the northern villages.", "bombardment",
     ("ASSAULT", "aerial")),
    ("Artillery bombardment of the port killed three dockers.", "bombardment",
     ("ASSAULT", "heavy-weapons")),
    ("Government troops renewed their bombardment of the port.", "bombardment",
     ("ASSAULT", "heavy-weapons")),
    # the doer of a bombardment is its own "by" object, or the light verb's subject; drones fly
    ("A bombardment by government jets hit the market.", "bombardment", ("ASSAULT", "aerial")),
    ("Army drones kept up their bombardment of the valley.", "bombardment",
     ("ASSAULT", "aerial")),
    # the subject of a verb that carries out no act is not the bombardment's doer
    ("Two air force jets parked at the base survived the rebel bombardment.", "bombardment",
     ("ASSAULT", "heavy-weapons")),
    # the same doer sets off the bomb and attacks: the clause shares the main verb's means
    ("Militants detonated a truck bomb at the checkpoint while attacking the barracks.",
     "attacking", ("ASSAULT", "explosives")),
]


@pytest.mark.parametrize("text, trigger, want", TYPED)
def test_types12_type_by_definition(events_in_unfiltered, text, trigger, want):
    events = events_in_unfiltered(text)
    found = [(e.event_type, e.mode) for e in events if e.trigger == trigger]
    assert found == [want], [(e.event_type, e.mode, e.trigger) for e in events]


# (sentence, trigger, mode the event must not take)
NOT_MODE = [
    # the bomb that killed him is the mode of the attack on him, not of his own fighting
    ("A soldier who was killed by a roadside bomb while fighting the rebels was named today.",
     "fighting", "explosives"),
]


@pytest.mark.parametrize("text, trigger, mode", NOT_MODE)
def test_types12_while_clause_keeps_its_means(events_in_unfiltered, text, trigger, mode):
    events = events_in_unfiltered(text)
    assert all(e.mode != mode for e in events if e.trigger == trigger), \
        [(e.event_type, e.mode, e.trigger) for e in events]


# (sentence, trigger with no event)
NO_EVENT = [
    # "Insisting" of what is so, which the parse hangs on the clause's subject: a statement
    ("Insisting Norway is a loyal ally and had never armed the rebels, he said the talks "
     "would go on.", "insisting"),
    # harm or restraint of tens of thousands in the perfect with no time: a sum to date
    ("The coastguards had turned back some 30,000 asylum seekers.", "turned"),
    ("More than 25,000 conscripts are said to have been killed by the rebels.", "killed"),
    # a verb joined to the first shares its perfect and whom it harms
    ("The regime has arrested and deported more than 30,000 refugees.", "deported"),
    # things destroyed in the tens of thousands are a sum to date as well
    ("The militias have destroyed more than 15,000 houses.", "destroyed"),
    ("The security services have detained tens of thousands of people.", "detained"),
]


@pytest.mark.parametrize("text, trigger", NO_EVENT)
def test_types12_no_event(no_event_on, text, trigger):
    no_event_on(text, trigger)


def test_types12_mass_count_on_a_day_is_an_event(event_on):
    event = event_on("The police have arrested 20,000 protesters since Tuesday.", "arrested")
    assert event.event_type == "COERCE"
    event = event_on("Border police have detained 11,000 migrants since Sunday.", "detained")
    assert event.event_type == "COERCE"


def test_types12_acts_named_as_doer_of_a_mass_toll_keep_their_event(event_on):
    event = event_on("The army's heavy attacks on the rebel-held valley have displaced 200,000 "
                     "people since May.", "attacks")
    assert event.event_type == "ASSAULT"


def test_types12_fighters_going_to_a_front_make_no_visit(no_event_on):
    no_event_on("The recruits were assigned to an infantry unit of foreign fighters. They went "
                "first to the eastern city of Mayadin, then to the border.", "went")


def test_types12_a_group_going_for_talks_keeps_its_visit(event_on):
    event = event_on("The rebel leaders met in Istanbul on Monday. They went to Geneva for talks "
                     "with the UN envoy.", "went")
    assert event.event_type == "CONSULT"


def test_types12_officers_of_a_fighting_side_keep_their_visit(event_on):
    event = event_on("Senior army generals met their allies in Rome on Monday. They then flew "
                     "to Paris on Tuesday.", "flew")
    assert event.event_type == "CONSULT"
