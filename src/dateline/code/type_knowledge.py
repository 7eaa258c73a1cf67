"""What is given decides the act: goods, money and help are aid; what is known is shared.

PLOVER AID is material: money, goods, shelter, services, help (CAMEO 07). Giving what is known
(intelligence, information, a briefing, evidence) is sharing information, which PLOVER counts
as COOPERATE (CAMEO 064, "share intelligence or information"): "the prisoners supplied
intelligence to their interrogators", "the opposition leader was granted a security briefing".
The verbs of giving ("provide", "supply", "give", "grant", "hand over") are the same for both;
the kind of their object tells the two acts apart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .senses import direct_object, of_head
from .words import of_object
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["KNOWLEDGE", "shared_knowledge"]

#: things known and told: what is shared, not supplied as aid
KNOWLEDGE = word_class("knowledge_nouns")


def _given(tok: Token) -> Token | None:
    """What an act of giving gives: its object as the verb's senses read it (a passive's subject,
    the second of two objects, what a measure counts: "a trove of data"), or a noun's "of" ("the
    provision of data")."""
    given = of_object(tok) if tok.pos_ in ("NOUN", "PROPN") else direct_object(tok)
    return None if given is None else of_head(given)


def shared_knowledge(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each AID whose things given are all knowledge read as COOPERATE."""
    out = []
    for m in mentions:
        if m.sense.event_type == "AID":
            given = _given(doc[m.trigger])  # "intelligence and weapons": aid still
            if given is not None and all(of_head(g).lemma_.lower() in KNOWLEDGE
                                         for g in (given, *given.conjuncts)):
                sense = replace(m.sense.with_type("COOPERATE", "06"), mode=None)
                m = replace(m, sense=sense)
        out.append(m)
    return out
