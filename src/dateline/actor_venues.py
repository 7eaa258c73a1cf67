"""Places that are only where parties meet or are, not whose the parties are: "a summit in
Sochi", "talks in Geneva", "the opposition at Geneva"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .code.words import person_word
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["venue"]

#: Meetings and speeches: where one is held is no party's home ("a summit in Sochi"); not
#: "venues", which holds the rallies, vigils and funerals the place's own people hold.
_VENUES = word_class("meeting_venues")


def venue(place: Token) -> bool:
    """Whether a place names where a meeting is held ("a summit in Sochi", "talks in Geneva"),
    or where a party is at ("the opposition at Geneva")."""
    prep = place.head
    return place.dep_ == "pobj" and prep.dep_ == "prep" and (
        prep.head.lemma_.lower() in _VENUES or prep.lower_ == "at" and _party_word(prep.head))


def _party_word(tok: Token) -> bool:
    """A person's or a party's word ("the opposition", "delegates")."""
    return person_word(tok) or tok.lemma_.lower() in load_dictionary().agents
