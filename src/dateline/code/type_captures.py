"""People taken, not ground: a noun of taking ("capture", "seizure") whose patient is a person.

PLOVER's COERCE mode ``seize`` is the taking of things and ground ("execute search, confiscate
property, raid"); people taken into custody are COERCE ``arrest`` ("arrest, detain"), and
combatants captured in war ASSAULT ``abduct``, which the ACLED table makes of a taking by a
force with no power to arrest (:func:`~dateline.code.type_doers.taken_captive`). The verb's
rows tell the two apart by the object ("captured the town", "captured two men"); a noun's
patient is its "of"-object or, with none, its owner ("the capture of the two men", "their
capture", "Kotey's capture"), so a noun of taking whose patient is a person is an arrest.
The owner is read as the patient only where it is a person's pronoun or name (a proper name of no
place and no known group): "its capture" is a place's, and "the rebels' capture" may tell the
takers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .arguments import fighter
from .phrases import known_group
from .words import PERSON_NOUNS, PLACE_NOUNS, of_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon, Sense

__all__ = ["persons_taken"]

#: owners that are people (not "its", a place's or a thing's)
_PERSON_OWNERS = frozenset({"his", "her", "their"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: the nouns of taking (not "search", "raid": done to places)
_TAKING = word_class("taking_nouns")
#: people held or sought, whom a taking takes into custody
_CAPTIVES = word_class("captive_nouns")
#: the fewest people of a town the gazetteer knows whose name is a place's, not a person's
_TOWN = 10_000


def _person(tok: Token) -> bool:
    """A person or people: a name, a person's noun ("the suspects", "the hostages"), a fighter
    ("militants") or a personal pronoun; not a place."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in _PLACE_ENTS or lemma in PLACE_NOUNS or _town(tok):
        return False
    return tok.ent_type_ == "PERSON" or lemma in PERSON_NOUNS or lemma in _CAPTIVES \
        or fighter(tok) or tok.lower_ in ("him", "her", "them")


def _town(tok: Token) -> bool:
    """A name the gazetteer knows as a town of some size ("the capture of Avdiivka"), whatever
    the parser tags it."""
    if tok.pos_ != "PROPN":
        return False
    from ..gazetteer import load

    start = min((c.i for c in tok.lefts if c.dep_ == "compound"), default=tok.i)
    return any(e.population >= _TOWN for e in load().lookup(tok.doc[start:tok.i + 1].text))


def _patient(noun: Token) -> Token | None:
    """Who or what the noun's act is done to: its "of"-object, or with none a person's owner."""
    obj = of_object(noun)
    if obj is not None:
        return obj
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in _PERSON_OWNERS or owner.ent_type_ == "PERSON" or (
            owner.pos_ == "PROPN" and owner.ent_type_ not in _PLACE_ENTS and not _town(owner)
            and not known_group(owner)):
        return owner  # ("Kotey's capture", not "Bakhmut's capture", "Hamas's capture")
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
