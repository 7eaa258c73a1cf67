"""Whom backing or judging an act is done to, when a participle tells it of the act's noun: "a
Kurdish assault, backed by US airstrikes" (the Kurds), "the regime's offensive, supported by
Russian jets" (the regime), "an offensive by the army, condemned by the UN" (the army). The
act's doer, named before it or by "by", is the party; an act whose doer goes unnamed leaves the
rules' other readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects
from ..wordclasses import word_class
from .phrases import named_doer
from .words import APPRAISALS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["backed_doer"]

_ACTS = word_class("attack_nouns")
#: backing with arms or air power is AID (military); the backed act's doer is still its recipient
_BACKINGS = APPRAISALS | {"AID"}


def backed_doer(participle: Token, event_type: str) -> Token | None:
    """The doer of the act a passive participle that backs or judges it hangs from, or
    ``None``."""
    act = participle.head
    if event_type not in _BACKINGS or participle.dep_ != "acl" or \
            act.lemma_.lower() not in _ACTS:
        return None
    owner = next((c for c in act.children if c.dep_ == "poss"), None) or next(
        prep_objects(act, "by"), None)
    if owner is not None:
        return owner
    named = named_doer(act)
    return named[0] if named is not None else None
