"""An act told as the time of another: "after meeting the vice president, the senator told
reporters …", "before storming the valley, the general told the allies to stand aside".

A gerund that a preposition of time hangs on a verb is when that verb's act came, not what it
asks, threatens or denies: a frame verb ("told X to", "warned", "denied") reaches the acts in
its complement, but not the act that dates it. The gerund takes the status of the verb it
dates ("told": actual; "will tell": proposed) in place of the frame's ("demanded").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .frame_times import frame_of
from .status import status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["timed_acts"]

_TIME_PREPS = word_class("time_preps")


def timed_acts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each act told as a frame verb's time given that verb's own status."""
    out = []
    for m in mentions:
        tok = doc[m.trigger]
        prep, verb = tok.head, tok.head.head
        if tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in _TIME_PREPS and \
                verb.pos_ == "VERB" and frame_of(verb.lemma_.lower()) is not None:
            own = status_of(verb)
            if own != m.status and own in ("actual", "proposed", "alleged"):
                m = replace(m, status=own)
        out.append(m)
    return out
