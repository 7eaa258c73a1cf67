"""Whom an attack with no object of its own struck by coming near them: "a bomb exploded near
him", "shells landed beside the soldiers". A party the blast or the fire came near is the one
it was aimed at or hurt; a place it came near ("near the border", "beside the mosque") is where
it happened, never to whom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .concerns import party_word
from .phrases import a_place
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["struck_near"]

#: Prepositions of nearness: the party an attack came near.
_NEAR = word_class("near_preps")
#: Personal pronouns in the object case, which stand for people.
_PERSONS = frozenset({"him", "her", "them", "us", "me"})


def struck_near(verb: Token) -> Token | None:
    """The party an attack verb with no object came near, if its phrase names one."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _NEAR:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and not is_when(pobj) and not a_place(pobj) and (
                    pobj.lower_ in _PERSONS or party_word(pobj)):
                return pobj
    return None
