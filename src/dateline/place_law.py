"""The country or town whose law an act is done under ("indicted under the Fraud Act in the UK",
"arrested under the Public Order Act in Scotland"): the jurisdiction is the act's own place, even
for words such as a charge, which are otherwise placed only where the clause says they were said
(part of stage ``locate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import span_root

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .toponyms import Toponym

__all__ = ["jurisdiction"]

#: Nouns of a law that a place after "in" names the jurisdiction of.
_LAWS = frozenset({"act", "law", "legislation", "statute", "code", "rules", "powers"})


def jurisdiction(doc: Doc, t: Toponym, tok: Token) -> bool:
    """Place ``t`` is where the law that event word ``tok`` is done under holds: "under the
    Terrorism Act in the UK" hung on ``tok``."""
    root = span_root(doc, t.start, t.end)
    while root.dep_ in ("appos", "conj", "compound") and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    law = prep.head
    if law.dep_ != "pobj" or not (law.lemma_.lower() in _LAWS or law.ent_type_ == "LAW"):
        return False
    under = law.head
    return under.lower_ == "under" and under.head.i == tok.i
