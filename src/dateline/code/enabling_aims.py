"""Letting be as the aim of another act: "cleared the road to allow the refugees to leave",
"opened the crossing to let the convoys through".

Allowing is a concession (CONCEDE) where a party that could forbid an act gives way. Told as
the purpose of another act, it is what that act was done for, the way it opens for others,
no permission granted: the act it serves is the event (coded on its own verb), and the aim
is no second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["enabling_aims"]

_ENABLING = word_class("enabling_verbs")


def _aim_of_act(verb: Token) -> bool:
    """``verb`` is an infinitive of purpose on another verb ("cleared mines to allow", "in
    order to allow")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return True
    return verb.dep_ in ("acl", "xcomp") and head.lower_ == "order" and head.head.lower_ == "in"


def enabling_aims(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the allowing told as another act's purpose."""
    return [m for m in mentions if not (
        m.sense.event_type == "CONCEDE" and doc[m.trigger].lemma_.lower() in _ENABLING
        and _aim_of_act(doc[m.trigger]))]
