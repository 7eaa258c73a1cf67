"""Conditions told by inversion: "had the police arrested him, …", "were the rebels to attack
the capital, …", "should the talks fail, …".

A clause that opens with its auxiliary before its subject, and no subordinator, is a
condition as an "if" clause is (the status frames' ``mark`` rows): what it tells is supposed,
not reported, and no event (a counterfactual "had they arrested him" says it was not done).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["inverted_conditions", "supposed"]

#: auxiliaries that open an inverted condition
_INVERTING = frozenset({"had", "were", "should"})


def _inverted(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _INVERTING and first.pos_ == "AUX" and first.i <= clause.i and not any(
        c.dep_ == "mark" for c in clause.children) and any(
        c.dep_.startswith("nsubj") and c.i > first.i for c in clause.children)


def supposed(tok: Token) -> bool:
    """``tok`` lies in an inverted conditional clause."""
    for _ in range(6):
        if tok.dep_ == "advcl" and _inverted(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def inverted_conditions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the acts of an inverted condition."""
    return [m for m in mentions if not supposed(doc[m.trigger])]
