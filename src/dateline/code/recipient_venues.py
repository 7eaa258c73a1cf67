"""Where a deal was made is no party to it.

The recipient of an act is the party it is done to or with, never where it was done. A place a
deal is signed or reached in is where it was made, as a meeting's is where it is held ("signed
an agreement in Paris", "a peace deal reached in Jeddah": no party in Paris or Jeddah). A truce
or a ceasefire "in" a place holds there, and a curfew "in Bangkok" binds its people: those are
not deals made at a venue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["deal_made"]

#: Deals made between parties at a place.
_MADE_DEALS = word_class("deal_nouns")


def deal_made(word: Token) -> bool:
    """Whether ``word`` is a deal made between parties, or a verb whose object is one ("signed
    an agreement"): a place it is in is where it was made, no party."""
    return word.lemma_.lower() in _MADE_DEALS or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _MADE_DEALS for c in word.children)
