"""Recipients of force named outside the act's own phrases, one illustrative sentence per
construction (table-driven): the party a mobilization, a threat or an attack is aimed at,
named by the object of its purpose clause of conflict, and the party that withstands an
attack or an arrest (who repels, fends off or survives it)."""

from __future__ import annotations

import pytest

# (sentence, trigger, the recipient's words)
AIMED = [
    # a purpose clause on the verb of sending forces
    ("The government sent troops to the valley to expel the bandit gangs.", "sent",
     "the bandit gangs"),
    # ... on a threatened offensive
    ("The defence minister threatened a large offensive to crush the insurgents.",
     "threatened", "the insurgents"),
    # ... on a noun of attempt
    ("Artillery units shelled the hills in a bid to drive out the militants.", "shelled",
     "the militants"),
    # a place aimed at: the side said to hold it
    ("The army massed tanks outside Homs to retake the city, which is held by the rebels.",
     "massed", "the rebels"),
    # force on a crowd, named by the purpose of crowd control
    ("Police fired shots in the air to disperse the angry crowd.", "fired", "the angry crowd"),
    # the country the act is done in is its scene: the party it is aimed at is the recipient
    ("The alliance carried out raids in Somalia to defeat al-Shabaab.", "raids", "al-Shabaab"),
    # "in order to"
    ("The navy moved warships to the coast in order to drive out the pirates.", "moved",
     "the pirates"),
    # the country forces are sent to is the scene of a mobilization
    ("The Chadian army sent units to Cameroon to hunt the jihadists.", "sent", "the jihadists"),
]


@pytest.mark.parametrize("text, trigger, recipient", AIMED)
def test_recip_aimed_by_purpose(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and recipient in (event.target.text or
                                                      event.target.antecedent or ""), event.target


WITHSTOOD = [
    ("The villagers repelled an attack by the gunmen on Sunday.", "attack", "The villagers"),
    ("The governor survived an assassination attempt by insurgents last year.",
     "assassination attempt", "The governor"),
    # a participle set on the party
    ("Reinforcements reached the militiamen fending off the army's offensive in the hills.",
     "offensive", "the militiamen"),
    # a passive
    ("The raid by the gunmen was beaten back by the soldiers.", "raid",
     "the soldiers"),
    # the doer and the party withstanding bear the same generic name (both rebels)
    ("Tribal fighters warded off an attack by the insurgents.", "attack", "Tribal fighters"),
    # "hold off", "beat back": the attackers' act, not a light verb's nor a beating
    ("The garrison held off an attack by the gunmen.", "attack", "The garrison"),
    ("The garrison beat back a rebel assault on the fort.", "assault", "The garrison"),
    # a subject pronoun, for the party named before
    ("The activist was detained at the rally. She resisted arrest, witnesses said.", "arrest",
     "She"),
]


@pytest.mark.parametrize("text, trigger, recipient", WITHSTOOD)
def test_recip_withstanding_party(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


# a thing or a place aimed at or withstanding names no party; the doer is not its recipient
NO_PARTY = [
    ("Police were deployed to the square to clear the barricades.", "deployed", "barricades"),
    ("The old fort withstood the attack by the army.", "attack", "fort"),
    ("The army sent troops to retake the hills.", "sent", "hills"),
    # a stay told as over names no occupants
    ("Police searched the house where the singer had lived as a boy.", "searched", "singer"),
]


@pytest.mark.parametrize("text, trigger, word", NO_PARTY)
def test_recip_purpose_no_party(event_on_unfiltered, text, trigger, word):
    event = event_on_unfiltered(text, trigger)
    assert event.target is None or word not in (event.target.text or ""), event.target


# premises struck: the party a relative clause of staying in them names
OCCUPANTS = [
    ("Police raided the guesthouse where the smugglers were staying.", "raided",
     "the smugglers"),
    ("Soldiers stormed the farmhouse in which the kidnappers were hiding.", "stormed",
     "the kidnappers"),
    ("Soldiers stormed the cabin that the gunmen had been hiding in.", "stormed", "the gunmen"),
]


@pytest.mark.parametrize("text, trigger, recipient", OCCUPANTS)
def test_recip_occupants_of_premises(event_on_unfiltered, text, trigger, recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.target is not None and event.target.text == recipient, event.target


def test_recip_those_held_are_no_occupants(event_on_unfiltered):
    event = event_on_unfiltered("Commandos raided the warehouse where the hostages were held.",
                                "raided")
    assert event.target is None or "hostages" not in event.target.text, event.target


# an installation stands for the organisation that holds it, not for a state ("State")
def test_recip_organisation_positions(event_on_unfiltered):
    event = event_on_unfiltered("Warplanes bombed Islamic State bases near the river.", "bombed")
    assert event.target is not None and event.target.sector == "REB", event.target
