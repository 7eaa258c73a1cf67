"""Verbs of effort read by their complement: "the army moved to seize the airport", "the envoys
worked to free the hostages". With an infinitive, such a verb tells an attempt at what the
infinitive names (that act is the event, attempted), not a movement or a labour of its own;
with no infinitive ("the troops moved to the border") it keeps its own senses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["effort"]

_EFFORT = word_class("effort_verbs")


def effort(verb: Token) -> bool:
    """Whether ``verb`` is a verb of bare striving (word class ``effort_verbs``) that takes an
    infinitive complement and no object."""
    if verb.lemma_.lower() not in _EFFORT:
        return False
    kids = list(verb.children)
    return not any(c.dep_ in ("dobj", "obj") for c in kids) and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids)
