"""Acts against states and kinds: people taken are arrested, not seized like ground; a party's
part in something told in the present, a kind of acts said to rise or take a toll, and a charge
held with no one charging are no acts (sentences written for these tests)."""

from __future__ import annotations

import pytest

TAKEN = [
    # a noun of taking whose patient is a person: an arrest, not a seizure of ground
    ("Their capture on Monday was a blow to the militia.", "capture", "COERCE", "arrest"),
    ("Officials welcomed the capture of the wanted commander by police on Monday.", "capture",
     "COERCE", "arrest"),
    # ground stays ground
    ("The army announced the capture of the town on Sunday.", "capture", "COERCE", "seize"),
    ("The capture of the airport by the rebels was confirmed on Friday.", "capture", "COERCE",
     "seize"),
    # a town's name the parser tags as a person's is still ground
    ("The militia confirmed the capture of Avdiivka on Friday.", "capture", "COERCE", "seize"),
    # people held or sought, and a proper name of no place, are people taken
    ("Police welcomed the capture of three fugitives on Friday.", "capture", "COERCE", "arrest"),
    ("Officials hailed Kotey's capture in Syria in January.", "capture", "COERCE", "arrest"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type", "mode"), TAKEN)
def test_types14_person_or_ground_taken(event_on, text, trigger, event_type, mode):
    event = event_on(text, trigger)
    assert (event.event_type, event.mode) == (event_type, mode)


NO_ACT = [
    # a party's part in something, told in the present or the present perfect
    ("The mayor spoke on Monday. Both powers are involved in a long struggle for influence in "
     "the region.", "involved"),
    ("The mayor spoke on Monday. The militia has been involved in the fighting in the east "
     "for years.", "involved"),
    ("Both powers are involved in a long struggle for influence in the region.", "involved"),
    # a kind of acts said to rise or to take a toll
    ("The mayor spoke on Monday. Bomb attacks have taken their toll on the small town.",
     "attacks"),
    ("The mayor spoke on Monday. Kidnappings are rising across the province.", "Kidnappings"),
    # a fight told as what one killed was doing then: the death is the news
    ("The mayor spoke on Monday. A volunteer who was killed by a mine while fighting against "
     "the militia in Syria was named on Friday.", "fighting"),
    ("The mayor spoke on Monday. She was the first nurse killed fighting alongside the rebels.",
     "fighting"),
    ("The mayor spoke on Monday. Six fighters were killed fighting government forces in Idlib.",
     "fighting"),
    # a charge held, with no one charging
    ("The mayor spoke on Monday. The shortages, for which the new border policy has been "
     "blamed, have hurt the town.", "blamed"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_ACT)
def test_types14_states_and_kinds_are_no_acts(events_in, text, trigger):
    events = events_in(text)
    assert not [e for e in events if e.trigger == trigger], [
        (e.event_type, e.trigger) for e in events]


ACTS = [
    # the same words at a time, or with a doer or a place named, stay acts
    ("Rebels were involved in heavy fighting with the army near the airport on Monday.",
     "involved", "ASSAULT"),
    ("The mayor spoke on Monday. Two soldiers died fighting the rebels near the airport.",
     "fighting", "ASSAULT"),
    ("Air strikes killed twelve people in the market on Monday.", "Air strikes", "ASSAULT"),
    ("The general was blamed by the inquiry for the massacre on Tuesday.", "blamed", "ACCUSE"),
    # what a charge names is reported as alleged, whoever charges
    ("The mayor spoke on Monday. The army has been accused of killing civilians in the village.",
     "killing", "ASSAULT"),
    ("Prosecutors said two men have been charged with the murder.", "charged", "ACCUSE"),
    # a fight by the killers, or for a place, stays a battle
    ("The mayor spoke on Monday. Government forces killed nine rebels while fighting for "
     "control of the bridge.", "fighting", "ASSAULT"),
    ("The mayor spoke on Monday. Two soldiers were killed while fighting to retake the village "
     "of Amra.", "fighting", "ASSAULT"),
    # acts with a doer or sides named are no kind; "continue" is said of acts going on
    ("Israeli air strikes have taken a heavy toll on the coastal town.", "air strikes",
     "ASSAULT"),
    ("The mayor spoke on Monday. Clashes between police and dock workers have escalated in "
     "Chittagong.", "Clashes", "ASSAULT"),
    ("The mayor spoke on Monday. Protests have continued in Nantes despite the ban.", "Protests",
     "PROTEST"),
    # a part in an act the noun names is the act told
    ("Two soldiers are involved in the shooting of a boy in Nablus.", "involved", "ASSAULT"),
    # a charge on a person or a party described is a statement made
    ("The mayor spoke on Monday. Police detained a man who is accused of starting the fire.",
     "accused", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), ACTS)
def test_types14_acts_at_a_time_stay(event_on, text, trigger, event_type):
    assert event_on(text, trigger).event_type == event_type


KINDS = [
    # said of a kind's number or frequency, and not of acts with a side named
    ("Kidnappings have soared across the province.", "Kidnappings", True),
    ("Kidnappings have become common in the province.", "Kidnappings", True),
    ("Protests have become violent in the city.", "Protests", False),
    ("Clashes with the army have intensified in the north.", "Clashes", False),
]


@pytest.mark.parametrize(("text", "word", "kind"), KINDS)
def test_types14_kinds_told(nlp, text, word, kind):
    from dateline.code.kinds_told import kind_told

    tok = next(t for t in nlp(text) if t.text == word)
    assert kind_told([tok.head], tok) is kind


@pytest.mark.parametrize(("text", "part"), [
    ("They\u2019ve been involved in a long struggle for influence.", True),
    ("They\u2019re involved in a long struggle for influence.", True),
    ("They\u2019re involved in the shooting of a boy.", False),
])
def test_types14_taking_part(nlp, text, part):
    from dateline.code.taking_part import taking_part

    tok = next(t for t in nlp(text) if t.text == "involved")
    assert taking_part(tok) is part
