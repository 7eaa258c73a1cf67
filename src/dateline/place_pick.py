"""Which of several places a clause names is its event's: the one hung on the event's own
word, and for a border named by a pair of countries, the side the story is on.

:mod:`dateline.locate` asks these questions when an event's clause names more than one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .toponyms import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["border_pairs", "hangs_on"]

_VERBAL = frozenset({"VERB", "AUX"})
_HYPHENS = frozenset({"-", "–"})


def _governor(tok: Token) -> Token:
    """``tok`` when it is a verb, else the nearest verb it hangs on ("action" in "take military
    action"): the word whose phrases tell where a noun's event happened."""
    node = tok
    while node.pos_ not in _VERBAL and node.head.i != node.i:
        node = node.head
    return node


def hangs_on(doc: Doc, t: Toponym, tok: Token) -> bool:
    """Whether the place phrase of ``t`` hangs on the event's word ``tok`` itself, or on the verb
    that governs it, with no other verb between: "not to take military action in Syria" (not
    the "letter signed … to Downing Street" the same clause names), "killed by an airstrike on a
    mosque in Al-Jinah"."""
    node = doc[t.start:t.end].root.head
    while node.i != tok.i and node.pos_ not in _VERBAL and node.head.i != node.i:
        node = node.head
    return node.i == tok.i or node.i == _governor(tok).i


def border_pairs(doc: Doc, places: Sequence[Toponym]) -> dict[int, Toponym]:
    """For each of two places joined by a hyphen ("the Syria-Iraq border", "the Turkey-Syria
    frontier"), the other one (by start token): the pair names a line between them, and an event
    near it is on one side."""
    out: dict[int, Toponym] = {}
    ordered = sorted(places, key=lambda p: p.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if second.start == first.end + 1 and doc[first.end].text in _HYPHENS \
                and not doc[first.end - 1].whitespace_ and not doc[first.end].whitespace_:
            out[first.start], out[second.start] = second, first
    return out
