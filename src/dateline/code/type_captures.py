"""People taken, not ground: a noun of taking ("capture", "seizure") whose patient is a person.

PLOVER's COERCE mode ``seize`` is the taking of things and ground ("execute search, confiscate
property, raid"); people taken into custody are COERCE ``arrest`` ("arrest, detain"), and
combatants captured in war ASSAULT ``abduct``, which the ACLED table makes of a taking by a
force with no power to arrest (:func:`~dateline.code.type_doers.taken_captive`). The verb's
rows tell the two apart by the object ("captured the town", "captured two men"); a noun's
patient is its "of"-object or, with none, its owner ("the capture of the two men", "their
capture", "Kotey's capture"), so a noun of taking whose patient is a person is an arrest.
The owner is read as the patient only where it is a person's pronoun or name: "its capture" is
a place's, and "the rebels' capture" may tell the takers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .arguments import fighter
from .words import PERSON_NOUNS, PLACE_NOUNS, of_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon, Sense

__all__ = ["persons_taken"]

#: owners that are people (not "its", a place's or a thing's)
_PERSON_OWNERS = frozenset({"his", "her", "their"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: the nouns of taking (not "search", "raid": done to places)
_TAKING = frozenset({"capture", "recapture", "seizure"})


def _person(tok: Token) -> bool:
    """A person or people: a name, a person's noun ("the suspects"), a fighter ("militants")
    or a personal pronoun; not a place."""
    if tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in PLACE_NOUNS:
        return False
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS or fighter(tok) \
        or tok.lower_ in ("him", "her", "them")


def _patient(noun: Token) -> Token | None:
    """Who or what the noun's act is done to: its "of"-object, or with none a person's owner."""
    obj = of_object(noun)
    if obj is not None:
        return obj
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in _PERSON_OWNERS or owner.ent_type_ == "PERSON":
        return owner
    return None


def persons_taken(lex: Lexicon, sense: Sense, noun: Token) -> Sense:
    """The noun's sense, an arrest where a taking of ground is read of a person taken."""
    if sense.mode != "seize" or noun.lemma_.lower() not in _TAKING:
        return sense
    patient = _patient(noun)
    if patient is None or not (patient.dep_ == "poss" or _person(patient)):
        return sense
    arrest = next((s for s in lex.nouns.get("arrest", ()) if s.mode == "arrest"), None)
    return sense if arrest is None else replace(arrest, lemma=sense.lemma)
