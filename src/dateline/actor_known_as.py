"""The name a party is said to be known by: "a militia known as the Syrian Democratic Forces", "a
group calling itself the Islamic Army", "a faction called Jaish al-Fatah". The phrase describes
the party, and the name it gives says who the party is, as an apposition would."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .full_names import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["known_as"]

#: Participles that give the name a party goes by ("known as", "called", "calling itself").
_NAMING = frozenset({"know", "call", "name", "dub"})


def known_as(noun: Token) -> Span | None:
    """The named entity a participle of naming hung on ``noun`` gives it ("known as the Syrian
    Democratic Forces"), or ``None``."""
    for c in noun.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in _NAMING:
            continue
        for g in c.children:
            names = [p for p in g.children if p.dep_ == "pobj"] if g.dep_ == "prep" and \
                g.lower_ == "as" else [g] if g.dep_ in ("oprd", "dobj", "attr") else []
            for n in names:
                if n.ent_type_ in ("ORG", "PERSON", "NORP") and n.lower_ not in ("itself",):
                    return entity_of(n)
    return None
