"""Parties an event's own sentence names, one illustrative sentence per construction
(table-driven): a participle the tagger reads as a past tense ("the reporter taken hostage by
the militia"), a vehicle's riders ("fired on the convoy carrying the governor"), a gerund
"between" two sides ("fighting between A and B"), the owner of an act done to a person ("the
governor's assassination"), who is no doer of it, and an attacker who owns the act, who is."""

from __future__ import annotations

import pytest

# (sentence, trigger, event type, the actor's words or None, the recipient's words or None)
NAMED = [
    # a reduced passive read as a clause of its own: the "by" phrase does it, the noun undergoes
    ("They asked about Tom Hale, the reporter taken hostage by the militia.", "taken",
     "ASSAULT", "the militia", "the reporter"),
    ("They asked about Tom Hale, the reporter taken hostage by insurgents.", "taken",
     "ASSAULT", "insurgents", "the reporter"),
    ("They asked about Tom Hale, the reporter taken hostage by armed men.", "taken",
     "ASSAULT", "armed men", "the reporter"),
    # ... with no "by" phrase, no one is named as its doer
    ("They asked about Tom Hale, the reporter taken hostage last year.", "taken", "ASSAULT",
     None, "the reporter"),
    # a past tense whose stem ends in "n" is no participle: an active clause
    ("Rebels overran the army near the town.", "overran", "COERCE", "Rebels", "the army"),
    # a gerund "between" two sides: the first acts, with the second; one plural side is both
    ("Fighting between government forces and rebels continued.", "Fighting", "ASSAULT",
     "government forces", "rebels"),
    ("Fighting between rival militias continued.", "Fighting", "ASSAULT", "rival militias",
     None),
    # ... but two times are when it went on, not sides: the victims stay
    ("Fighting between Monday and Wednesday killed 40 people.", "Fighting", "ASSAULT", None,
     "40 people"),
    # a noun (tagged so after "heavy") "between" two sides, read by the noun's own rules
    ("Ten people were killed in heavy fighting between Norlandian troops and Vestan rebels.",
     "fighting", "ASSAULT", "Norlandian troops", "Vestan rebels"),
    # the owner of an act done to a person is whom it befell, not its doer
    ("The governor's assassination shocked the city.", "assassination", "ASSAULT", None,
     "The governor"),
    ("The minister's arrest angered his supporters.", "arrest", "COERCE", None, "The minister"),
    ("The journalist's detention was condemned by the union.", "detention", "COERCE", None,
     "The journalist"),
    ("The soldier's killing shocked the town.", "killing", "ASSAULT", None, "The soldier"),
    # ... armed and plural, the owner does an act of force; but undergoes one always undergone
    ("The militants' killings shocked the town.", "killings", "ASSAULT", "The militants", None),
    ("The fighters' detention was part of the prisoner swap.", "detention", "COERCE", None,
     "The fighters"),
    # ... but an attacker owns the act as its doer, and a clause that names the victims names
    # whom it befell
    ("The gunman's shooting left ten people dead.", "shooting", "ASSAULT", "The gunman",
     "ten people"),
    ("The sniper's shooting killed two civilians.", "shooting", "ASSAULT", "The sniper",
     "two civilians"),
    ("The soldier's shooting killed two civilians.", "shooting", "ASSAULT", "The soldier",
     "two civilians"),
    # an act of force on a vehicle is done to those its own clause says it carries
    ("Soldiers fired on the convoy carrying the governor.", "fired", "ASSAULT", "Soldiers",
     "the governor"),
    ("Gunmen ambushed a convoy carrying the governor and his deputy.", "ambushed", "ASSAULT",
     "Gunmen", "the governor and his deputy"),
    ("Rebels ambushed the bus that was transporting the workers.", "ambushed", "ASSAULT",
     "Rebels", "the workers"),
    ("Gunmen launched an attack on the convoy carrying the governor.", "attack", "ASSAULT",
     "Gunmen", "the governor"),
    ("Rebels shot down a helicopter carrying the governor.", "shot", "ASSAULT", "Rebels",
     "the governor"),
    ("Rebels shot down a plane carrying 50 passengers.", "shot", "ASSAULT", "Rebels",
     "50 passengers"),
    ("The bus he was travelling on was struck by a shell.", "struck", "ASSAULT", None,
     "he"),
    ("Lena Hollis died when the convoy she was travelling aboard was hit by a Kelish airstrike.",
     "hit", "ASSAULT", "Kelish", "Lena Hollis"),
    ("Police seized a truck carrying forty migrants.", "seized", "COERCE", "Police",
     "forty migrants"),
    # ... not a thing it carries, a road travelled along, a ride that is over, nor the doer
    ("Gunmen attacked a truck carrying weapons.", "attacked", "ASSAULT", "Gunmen", None),
    ("Rebels shelled the route the mayor had travelled along a day earlier.", "shelled",
     "ASSAULT", "Rebels", None),
    ("Gunmen torched the car the minister had travelled in during the campaign.", "torched",
     "ASSAULT", "Gunmen", None),
    ("The rebels set fire to the truck they were travelling in before fleeing.", "set",
     "ASSAULT", "The rebels", None),
    # a body's act, with whom it is done to in its "of" phrase, stays the body's
    ("The army's killing of protesters was condemned.", "killing", "ASSAULT", "The army",
     "protesters"),
    # ... and a modifier naming a kind of party does it when an "of" phrase names whom
    ("Police said the rebel capture of 20 soldiers took place on Monday.", "capture", "ASSAULT",
     "rebel", "20 soldiers"),
]

# (sentence, trigger, event type): a "between" phrase that names no doer, of a mediator's act
# (the sides it brings together) or of two places (where the fighting went on)
NO_DOER = [
    ("Mediating between Norland and the Vestan Front has long been Ardenia's role.",
     "Mediating", "CONSULT"),
    ("Fighting between the two villages continued on Tuesday.", "Fighting", "ASSAULT"),
]


def _text(actor):
    return None if actor is None or not actor.text else actor.text


@pytest.mark.parametrize("text, trigger, event_type, actor, recipient", NAMED)
def test_parties_named_in_own_sentence(event_on_unfiltered, text, trigger, event_type, actor,
                                       recipient):
    event = event_on_unfiltered(text, trigger)
    assert event.event_type == event_type
    assert _text(event.source) == actor, event.source
    assert _text(event.target) == recipient, event.target


@pytest.mark.parametrize("text, trigger, event_type", NO_DOER)
def test_parties_named_between_no_doer(event_on_unfiltered, text, trigger, event_type):
    event = event_on_unfiltered(text, trigger)
    assert event.event_type == event_type
    assert _text(event.source) is None, event.source
