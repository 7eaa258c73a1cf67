"""Verbs of effort read by their complement: "the army moved to seize the airport", "the envoys
worked to free the hostages". With an infinitive, such a verb tells an attempt at what the
infinitive names (that act is the event, attempted), not a movement or a labour of its own;
with no infinitive ("the troops moved to the border") it keeps its own senses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import to_infinitive
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["effort"]

_EFFORT = word_class("effort_verbs")
_GOING = word_class("going_verbs") | word_class("trip_verbs")


def effort(verb: Token) -> bool:
    """Whether ``verb`` is a verb of bare striving (word class ``effort_verbs``) that takes an
    infinitive, as its complement ("moved to seize") or its purpose ("struggled for years to
    win"), and no object; a going somewhere ("moved into the town to arrest them") is a
    journey, not bare striving."""
    if verb.lemma_.lower() not in _EFFORT:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return False
    went = verb.lemma_.lower() in _GOING and any(c.dep_ in ("prep", "advmod") for c in kids)
    return any((c.dep_ == "xcomp" or c.dep_ == "advcl" and not went)
               and c.pos_ in ("VERB", "AUX") and to_infinitive(c) for c in kids)
