"""What makes a clause tell one occasion or a kind: a party named, a place named, a bare plural.
Read by the habit test (:mod:`dateline.code.standing`) and the real-event filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..toponym_words import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ARGUMENTS", "PARTIES", "PLACE_PREPS", "bare_plural", "placed"]

#: named-entity kinds that name a party (also read by :mod:`dateline.habits` and
#: :mod:`dateline.realness_generic`)
PARTIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: the prepositions that put an act in a place ("in Tehran", "near the border")
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
#: the arguments whose own place phrase places the act ("positions in Afrin")
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def bare_plural(noun: Token, also: tuple[str, ...] = ()) -> bool:
    """A plural noun without article, possessive or number (nor any of the dependencies
    ``also`` on it): a kind, not a group ("rebels", "women who refuse")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") or c.dep_ in also for c in noun.children)


def placed(verb: Token, arguments: bool = False) -> bool:
    """The verb names its place: "in Tehran", "near the border town of Kessa" (with
    ``arguments``, also a place phrase on its subject or object: "bomb positions in Afrin")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ARGUMENTS)) if arguments else (verb,)
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(
        t.ent_type_ in PLACE_LABELS for t in c.subtree) for h in heads for c in h.children)
