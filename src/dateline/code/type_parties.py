"""A party rejected is disapproved of; a proposal rejected is refused.

PLOVER's REJECT is the refusal of what is put to one: a proposal, a demand, an offer, a request
("rejected the ceasefire proposal", "opposed a plan to close the border"). A party rejected or
opposed ("rejected the militants", "opposed the junta") is nothing one could accept or refuse:
it is disapproved of, PLOVER ACCUSE (disapprove; CAMEO 11). The party must be the verb's own
object, not the possessor the parse may take for it ("rejected the envoy's calls"), and no
pronoun, which may stand for a proposal as well as for a party.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .senses import actor, direct_object, of_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["disowned_parties"]

_DISOWNING = word_class("disowning_verbs")


def _party_object(verb: Token) -> bool:
    """The verb's object as its senses read it ("the militants were rejected") is a party."""
    obj = direct_object(verb)
    if obj is None:
        return False
    obj = of_head(obj)
    return obj.pos_ != "PRON" and actor(obj) and not any(
        c.dep_ == "case" for c in obj.children)  # "the envoy's calls": a possessor


def disowned_parties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each REJECT whose verb's object is a party read as disapproval."""
    out = []
    for m in mentions:
        tok = doc[m.trigger]
        if m.sense.event_type == "REJECT" and tok.lemma_.lower() in _DISOWNING \
                and _party_object(tok):
            m = replace(m, sense=replace(m.sense.with_type("ACCUSE", "11"), mode="disapprove"))
        out.append(m)
    return out
