"""A charge named only as what is turned away: "rejected Britain's accusation that it had
poisoned the spy", "dismissed the allegations of torture", "rejecting an accusation by the
defence ministry".

Turning away what was said is a statement about what happened (CAMEO 016, docs/event_types.md),
no event; and the charge it names is no new act either: not the rejecter's, whom the parse
would make its maker, nor one its maker is told here to have made (the accusation came
before, and is told as the thing answered). The act the charge names stays, with its own
status ("that it had poisoned the spy": alleged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["charges_turned_away"]

#: verbs that turn away what was said (reject, deny, dismiss, dispute, refute ...)
_TURNING_AWAY = word_class("rebuttal_verbs")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _turned_away(noun: Token) -> bool:
    """Whether ``noun``, or the noun it is joined to ("the accusations and threats"), is the
    object of a verb that turns away what was said."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun.dep_ in _OBJECT_DEPS and noun.head.lemma_.lower() in _TURNING_AWAY


def charges_turned_away(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the charges (ACCUSE told by a noun) that a rebuttal turns away."""
    return [m for m in mentions if not (
        m.sense.event_type == "ACCUSE" and doc[m.trigger].pos_ == "NOUN"
        and _turned_away(doc[m.trigger]))]
