"""A visitor is at the place visited: "the minister, visiting Baghdad, condemned …", "Lavrov,
who was visiting Ankara, said …". Read by :func:`dateline.place_roles.spoken_from` (the
clause's own place) and :func:`dateline.place_anaphora.speaker_venues` (where a named speaker
is for the words the story gives them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VISITING", "visit_of"]

#: Verbs of being somewhere on a visit.
VISITING = frozenset({"visit", "tour"})


def visit_of(place: Token) -> Token | None:
    """The verb of visiting whose object is ``place`` ("visiting Baghdad"), if any."""
    verb = place.head
    if place.dep_ == "dobj" and verb.lemma_.lower() in VISITING:
        return verb
    return None
