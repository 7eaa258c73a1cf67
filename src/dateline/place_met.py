"""Parties met "with": where they are is where the meeting is (part of stage ``locate``).

"held talks with officials in Baghdad", "met with tribal leaders in Erbil", "a meeting with
the rebels in Idlib": a party met face to face, or in talks, shares the meeting's scene, as
one met without "with" does ("met officials in Baghdad", :mod:`dateline.place_roles`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["met_with"]

#: Verbs whose party is met face to face, and nouns of gatherings and talks.
_FACE_TO_FACE = word_class("face_to_face_verbs")
_GATHERINGS = word_class("venues")


def met_with(prep: Token, up: Token) -> bool:
    """Whether the preposition ``prep`` is "with" joining a party to ``up``, a verb of meeting
    face to face or a noun of talks or a gathering ("talks with officials", "met with
    leaders")."""
    if prep.lower_ != "with":
        return False
    lemma = up.lemma_.lower()
    return lemma in _FACE_TO_FACE or lemma in _GATHERINGS or up.lower_ in _GATHERINGS
