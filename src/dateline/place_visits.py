"""A visitor is at the place visited: "the minister, visiting Baghdad, condemned …", "Lavrov,
who was visiting Ankara, said …", while the visit is under way or done; one to come ("who
will be visiting Ankara next month", "due to be visiting") does not put them there yet. Read
by :func:`dateline.place_roles.spoken_from` (the clause's own place) and
:func:`dateline.place_anaphora.speaker_venues` (where a named speaker is for the words the
story gives them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VISITING", "under_way", "visit_of"]

#: Verbs of being somewhere on a visit.
VISITING = frozenset({"visit", "tour"})


def visit_of(place: Token) -> Token | None:
    """The verb of visiting whose object is ``place`` ("visiting Baghdad"), if the visit is
    under way or done (:func:`under_way`)."""
    verb = place.head
    if place.dep_ == "dobj" and verb.lemma_.lower() in VISITING and under_way(verb):
        return verb
    return None


def under_way(verb: Token) -> bool:
    """Whether ``verb`` tells of something going on or done ("is visiting", "was visiting",
    "has been visiting", a bare participle "visiting Ankara, he said"), not of something
    to come or only wished: no modal ("will", "would", "may"), no "to" ("plans to", "is due
    to", "is to be visiting"), no bare "be" ("will be visiting"), no "had" (a visit that was
    over before)."""
    return verb.dep_ != "xcomp" and not any(
        c.tag_ in ("MD", "TO") or c.lower_ == "had" or (c.lemma_ == "be" and c.tag_ == "VB")
        for c in verb.children if c.dep_ in ("aux", "auxpass"))
