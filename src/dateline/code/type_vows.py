"""A vow or a warning that one's own side will not let a thing be: one threat.

"warned it would not allow a terror state on its border", "vowed that Turkey would never
allow a corridor": the refusal told in the clause is what is threatened (PLOVER THREATEN: a
warning of what the actor will do if the other side acts), not a REJECT of its own beside the
warning, nor a promise to cooperate (AGREE) where the vowing verb reads as one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["vowed_refusals"]

#: verbs that tell what their speaker's side will do, said as a warning or an oath
_VOWING = word_class("vowing_verbs")
_TAKES_IT_ON = frozenset({"THREATEN", "AGREE"})


def vowed_refusals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each REJECT told in the clause of a vow or warning folded into it:
    the vow a threat, with the refusal's recipient where it names none."""
    by_trigger = {m.trigger: k for k, m in enumerate(mentions)}
    out = list(mentions)
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        tok = doc[m.trigger]
        if m.sense.event_type != "REJECT" or m.status != "actual" or tok.dep_ != "ccomp":
            continue
        host = by_trigger.get(tok.head.i)
        if host is None or tok.head.lemma_.lower() not in _VOWING:
            continue
        vow = out[host]
        if vow.sense.event_type not in _TAKES_IT_ON:
            continue
        sense = vow.sense if vow.sense.event_type == "THREATEN" else \
            vow.sense.with_type("THREATEN", "13")
        out[host] = replace(vow, sense=sense, target=vow.target or m.target)
        gone.add(k)
    return [m for k, m in enumerate(out) if k not in gone]
