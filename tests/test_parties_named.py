"""Parties an event's own sentence names, one illustrative sentence per construction
(table-driven): a participle the tagger reads as a past tense ("the reporter taken hostage by
the militia"), a vehicle's riders ("fired on the convoy carrying the governor"), a gerund
"between" two sides ("fighting between A and B"), the owner of an act
done to a person ("the governor's assassination"), who is no doer of it."""

from __future__ import annotations

import pytest

# (sentence, trigger, the actor's words or None, the recipient's words or None)
NAMED = [
    # a reduced passive read as a clause of its own: the "by" phrase does it, the noun undergoes
    ("They asked about Tom Hale, the reporter taken hostage by the militia.", "taken",
     "the militia", "the reporter"),
    # ... with no "by" phrase, no one is named as its doer
    ("They asked about Tom Hale, the reporter taken hostage last year.", "taken", None,
     "the reporter"),
    # a past tense whose stem ends in "n" is no participle: an active clause
    ("Rebels overran the army near the town.", "overran", "Rebels", "the army"),
    # a gerund "between" two sides: the first acts, with the second
    ("Fighting between government forces and rebels continued.", "Fighting",
     "government forces", "rebels"),
    ("Ten people were killed in heavy fighting between Norlandian troops and Vestan rebels.",
     "fighting", "Norlandian troops", "Vestan rebels"),
    # the owner of an act done to a person is whom it befell, not its doer
    ("The governor's assassination shocked the city.", "assassination", None, "The governor"),
    ("The minister's arrest angered his supporters.", "arrest", None, "The minister"),
    ("The journalist's release was welcomed by the union.", "release", None, "The journalist"),
    # an act of force on a vehicle is done to those its own clause says it carries
    ("Soldiers fired on the convoy carrying the governor.", "fired", "Soldiers", "the governor"),
    ("Rebels ambushed the bus that was transporting the workers.", "ambushed", "Rebels",
     "the workers"),
    ("Gunmen launched an attack on the convoy carrying the governor.", "attack", "Gunmen",
     "the governor"),
    # ... and a vehicle carrying things carries no party
    ("Gunmen attacked a truck carrying weapons.", "attacked", "Gunmen", None),
    # a body's act, with whom it is done to in its "of" phrase, stays the body's
    ("The army's killing of protesters was condemned.", "killing", "The army", "protesters"),
]


def _text(actor):
    return None if actor is None or not actor.text else actor.text


@pytest.mark.parametrize("text, trigger, actor, recipient", NAMED)
def test_parties_named_in_own_sentence(event_on_unfiltered, text, trigger, actor, recipient):
    event = event_on_unfiltered(text, trigger)
    assert _text(event.source) == actor, event.source
    assert _text(event.target) == recipient, event.target
