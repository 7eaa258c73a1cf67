"""When a frame verb was said or done is no part of what it frames.

"Before invading the town, the army told the villagers to leave", "the senator told reporters
after meeting the vice president": a gerund under a preposition of time that hangs on the
frame verb itself ("told", "urged", "tried") dates that verb; the act the gerund names is told
as done, not as demanded or attempted with the frame's complement. A gerund of time on the
framed act ("threatened to shell the city after withdrawing") stays under the frame: there the
preposition hangs on the act, not on the frame verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .frames import load_frames

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dated_frame"]

_TIME_PREPS = word_class("background_preps")
_EFFORT = word_class("effort_verbs")


def dated_frame(cur: Token, head: Token, below: Token) -> bool:
    """Whether ``cur``, passed on the way up from a gerund (``below``), is a preposition of
    time on ``head`` that heads a frame: the gerund tells the frame's time, not its content."""
    return cur.dep_ == "prep" and below.dep_ == "pcomp" and cur.lower_ in _TIME_PREPS and \
        (head.lemma_.lower() in load_frames().verbs or head.lemma_.lower() in _EFFORT)
