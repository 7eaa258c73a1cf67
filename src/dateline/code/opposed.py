"""Acts opposed are not done: an act told by a verb that is the object of "against" ("warned
Iran against attacking shipping", "urged Serbia against using force", "voted against imposing
sanctions", "campaigned against deporting them") is what someone wants left undone. The warning,
appeal, vote or campaign is the event; the act opposed is none (a noun opposed, "warned against
an assault", is already read as the warning's object)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention

__all__ = ["opposed_acts"]


def opposed_acts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those of verbs that "against" governs."""
    return [m for m in mentions if not _opposed(doc, m.trigger)]


def _opposed(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        tok = tok.head  # "voted against imposing sanctions": the act its light verb does
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "against arming and training them"
        tok = tok.head
    return tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "against"
