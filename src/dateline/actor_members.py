"""A person of one country who serves a body of another ("a British volunteer with the YPG",
"an American fighter in the Kurdish militia"): the person's own country, which a demonym before
the person's noun says, with the body's sector and the body as parent; not the body itself,
whose name sits in a phrase after the person's noun."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .code.words import person_word

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["member_head"]

#: Prepositions that join a person to the body they serve.
_WITH = frozenset({"with", "in", "of", "for"})


def member_head(toks: Sequence[Token], country_end: int, org_start: int) -> Token | None:
    """The person's noun of ``toks`` (a phrase without its article) when a country's word ends
    at ``country_end`` before it and the body's name at ``org_start`` is in a phrase after it
    joined by "with", "in", "of" or "for"; ``None`` otherwise."""
    if not 0 < country_end < org_start or org_start >= len(toks):
        return None
    head = toks[country_end] if country_end < len(toks) else None
    if head is None or head.pos_ != "NOUN" or not person_word(head):
        return None
    joins = [t for t in toks[country_end + 1:org_start] if t.lower_ in _WITH]
    return head if joins and joins[0].head == head else None
