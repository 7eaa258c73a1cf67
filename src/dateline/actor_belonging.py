"""An apposition that names a body an actor belongs to or deals with is not who the actor is:
"Turkey, a Nato member, shelled Afrin" is Turkey's act, "Jordan, a member of the Arab League"
speaks for Jordan, "the militia, an ally of Iran" is not Iran. The actor is described from the
words before such an apposition; an apposition that says whom a person acts for ("Kenzo
Oshima, the UN relief coordinator") is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["belonging", "without_belonging"]

#: Heads of an apposition naming a body the actor belongs to, not one it acts for.
_BELONGING = word_class("belonging_nouns")


def belonging(appos: Token) -> bool:
    """Whether an apposition's head names a membership or a relation ("a Nato member", "part
    of the alliance", "a US ally")."""
    return appos.dep_ == "appos" and appos.lemma_.lower() in _BELONGING


def without_belonging(core: Span) -> Span:
    """``core`` up to an apposition to its head that names a body the actor belongs to or deals
    with, without the comma before it; the name in apposition to a head that is such a noun
    ("a Nato member, Turkey"); ``core`` itself when it has neither."""
    root = core.root
    if root.lemma_.lower() in _BELONGING:
        name = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.right_edge.i < core.end), None)
        if name is not None:
            return core.doc[name.left_edge.i:name.right_edge.i + 1]
    appos = next((c for c in root.rights if c.i < core.end and belonging(c)), None)
    if appos is None or appos.left_edge.i <= core.start:
        return core
    end = appos.left_edge.i
    while end > core.start + 1 and core.doc[end - 1].is_punct:
        end -= 1
    return core.doc[core.start:end]
