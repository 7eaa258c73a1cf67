"""Letting be as the aim of another act: "cleared the road to allow the refugees to leave",
"opened the crossing to let the convoys through".

Allowing is a concession (CONCEDE) where a party that could forbid an act gives way. Told as
the purpose of another act, it is what that act was done for, the way it opens for others,
no permission granted: where the act it serves is an event of the sentence (coded on its own
verb), the aim is no second one. Where that act is none ("opened the crossing to allow aid
in"), the allowing is the sentence's one event, and stays, done as the act it is the aim of
was done ("opened": actual), not only tried.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import to_infinitive
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["enabling_aims"]

_ENABLING = word_class("enabling_verbs")


def _served(verb: Token) -> Token | None:
    """The verb whose purpose the infinitive ``verb`` tells ("cleared mines to allow", "lifted
    it in order to allow"), or none."""
    if not to_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ in ("acl", "xcomp") and head.lower_ == "order" and head.head.lower_ == "in" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None


def _aim_of_event(verb: Token, triggers: set[int]) -> bool:
    """``verb`` tells the purpose of a verb that is itself an event's trigger, or whose object
    is ("lifted the blockade to allow")."""
    served = _served(verb)
    return served is not None and (served.i in triggers or any(
        c.dep_ == "dobj" and c.i in triggers for c in served.children))


def enabling_aims(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the allowing told as the purpose of another of their acts."""
    triggers = {m.trigger for m in mentions}
    out = []
    for m in mentions:
        verb = doc[m.trigger]
        if m.sense.event_type == "CONCEDE" and verb.lemma_.lower() in _ENABLING:
            if _aim_of_event(verb, triggers):
                continue
            if (served := _served(verb)) is not None and _done(served) and \
                    m.status in ("attempted", "demanded"):
                m = replace(m, status="actual")  # "opened the crossing to allow aid in"
        out.append(m)
    return out


def _done(verb: Token) -> bool:
    """``verb`` tells a past act, not negated nor under a modal ("opened")."""
    return verb.tag_ == "VBD" and not any(
        c.dep_ in ("neg", "aux", "auxpass") for c in verb.children)
