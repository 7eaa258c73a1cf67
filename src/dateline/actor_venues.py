"""Places that are only where parties meet or are, not whose the parties are: "a summit in
Sochi", "talks in Geneva", "the opposition at Geneva"; and states that are the other party to
a deal, not the nationality of the one who made it ("the rebels left under a deal with
Russia")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_dictionary import load_dictionary
from .code.words import person_word
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["deal_party", "not_home", "venue"]

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


#: Agreements and the talks that make them: a state "with" one is the other party to it.
_DEALS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "pact", "settlement",
                    "talks", "negotiation", "understanding", "arrangement", "treaty"})
#: Verbs whose "by" names a third party to a deal ("a deal brokered by Turkey").
_BROKERING = frozenset({"broker", "mediate", "sponsor", "guarantee", "negotiate"})


def deal_party(name: Token) -> bool:
    """Whether a state's name is the other party to a deal ("under a deal with Russia") or a
    broker of it ("a truce brokered by Turkey"): no one else's country."""
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return False
    return prep.lower_ == "with" and prep.head.lemma_.lower() in _DEALS or \
        prep.lower_ == "by" and prep.head.lemma_.lower() in _BROKERING and \
        prep.head.head.lemma_.lower() in _DEALS


def not_home(place: Token) -> bool:
    """Whether a place named in a sentence tells no party's country there: a venue or the
    other party to a deal (:func:`venue`, :func:`deal_party`)."""
    return venue(place) or deal_party(place)
