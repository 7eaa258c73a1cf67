"""Prepositions on the way up from an event to a frame: background, or the frame's own time.

"Threatened sanctions after the killing", "in the wake of the shelling": a preposition of
background starts what the clause above stands on, and a frame over that clause does not reach
the event (nor does one over an inquiry reach what it is into: "an inquiry into the shooting").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .frames import load_frames

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["background", "frame_of"]

_BACKGROUND_PREPS = word_class("background_preps")
_BACKGROUND_NOUNS = word_class("background_nouns")
_INQUIRY_PREPS = word_class("inquiry_preps")
# A verb of bare striving frames its infinitive as attempted ("moved to block the bill",
# "worked to free them"), not its other complements ("moved to Paris")
_EFFORT_FRAME = ("attempted", "infinitive")
_EFFORT = word_class("effort_verbs")


def frame_of(lemma: str) -> tuple[str, str] | None:
    """The (status, reach) a verb lemma frames its complement with, or None."""
    return load_frames().verbs.get(lemma) or (_EFFORT_FRAME if lemma in _EFFORT else None)


def background(cur: Token, head: Token, below: Token) -> bool:
    """Whether ``cur``, passed on the way up from an event (``below`` the token before it),
    starts the background of the clause above ("after the killing", "in the wake of the
    shelling") or is what an inquiry is into ("an inquiry into the shooting"): a frame over that
    clause does not reach the event. A gerund the preposition takes is not background: it is the
    framed act's own time, under the frame as it is ("threatened to shell the city after
    withdrawing")."""
    if cur.dep_ == "prep":
        if below.dep_ == "pcomp":
            return False
        return cur.lower_ in _BACKGROUND_PREPS or (
            cur.lower_ in _INQUIRY_PREPS and head.pos_ in ("NOUN", "PROPN"))
    return cur.dep_ == "pobj" and cur.lemma_.lower() in _BACKGROUND_NOUNS

