"""The country of an armed group of no state whose own words name none: where it fights.

Rebels, militias and gunmen fight in their own land, as civilians live in theirs: "rebels
shelled a village in Idlib" are Syrian rebels, and so are "Turkish-backed rebels" (the demonym
names the sponsor, not the fighters); "a bomber blew himself up in the cultural centre", told
just after a blast in Kabul, is an Afghan bomber even in a report mostly about Syria. Only a
place told as where the act is done counts ("in", "near", "outside" it; :func:`fought_in`), not
one the act strikes or a group goes to: this rule does not make rebels who "fired a missile
at Riyadh" or "fled into Lebanon" Saudi or Lebanese (a later fallback, the country the report
or its sentence names most, still may). A state's army, police or government may act abroad and
take the report's country instead, and a party called foreign ("foreign fighters") or of a
people of no state ("Kurdish forces") is given its country before this rule is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_places import owner_of_act, said_place_country
from .code.words import PLACE_NOUNS
from .sectors import family_sectors, sectors_with
from .sentences import sentence_ents, sentence_of
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from .records import Actor

__all__ = ["fighters_home", "fought_in"]

#: Armed sectors of one country's own people: rebels, insurgents, separatists, militias,
#: unidentified gunmen, criminals (not international militarised groups).
_HOME_FIGHTERS = family_sectors("armed") & sectors_with("domestic")
#: "in Idlib", "near Mandalay": prepositions of the place an act is done in.
_FOUGHT = word_class("where_preps_fought")
#: Links from a name to the words it belongs to: "Idlib province", "the capital, Kabul",
#: "in Aleppo and Idlib", "Syria's north".
_PART_OF = frozenset({"compound", "appos", "conj", "poss"})


def fighters_home(actor: Actor | None, place: str | None, place_told: bool,
                  recipient: bool = False,
                  fought_there: Callable[[str], bool] | None = None) -> str | None:
    """The country of the place told by the text (``place``, ``place_told``) where a doer of an
    armed sector with no country of its own acts; ``None`` for any other party, for a
    recipient, for a place the text does not tell (the document's focus or dateline), and for
    one ``fought_there`` (asked with the place's country) says the act is not done in."""
    if actor is None or recipient or actor.country is not None or not place_told or \
            place in (None, "IGO") or actor.sector not in _HOME_FIGHTERS:
        return None
    return place if fought_there is None or fought_there(place) else None


def fought_in(doc: Doc, at: int | None, place: str,
              country_of: Callable[[Span], str | None]) -> bool:
    """Whether the sentence of token ``at`` tells a place of country ``place`` (each entity's
    read by ``country_of``) as where its act is done: "in the town of Afrin", "a village near
    Mandalay"; not when it names it only as what is struck or gone to ("shelled Afrin", "fired
    at Riyadh", "fled into Lebanon"). A sentence that names no place of the country (its place
    carried from the sentence before) leaves it told."""
    if at is None:
        return True
    sent = sentence_of(doc, at)
    named = [e.root for e in sentence_ents(doc, sent.start, sent.end)
             if e.label_ in ("GPE", "LOC") and country_of(e) == place]
    named += [t for t in sent if t.dep_ == "pobj" and t.ent_type_ not in ("GPE", "LOC") and
              said_place_country(t) == place]  # "in Baghuz", tagged no place
    return not named or any(_done_in(t) for t in named)


def _done_in(name: Token) -> bool:
    """Whether a place's name is the object of a preposition of where an act is done, itself or
    through the words it belongs to ("in Idlib province", "in the town of Afrin")."""
    while name.dep_ in _PART_OF and not (name.dep_ == "poss" and owner_of_act(name)):
        name = name.head  # (a state owning an act, "Turkey's offensive", is no place)
    prep = name.head
    if name.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
        return _done_in(prep.head)
    return prep.lower_ in _FOUGHT
