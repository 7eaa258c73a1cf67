"""The party of a double-object verb: "promised the strikers a pay rise", "offered the
inspectors full access". The first object is whom the act is for; the second, a thing, is what
is given, shown or promised (the event's object), so the recipient is the first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .concerns import party_word
from .words import is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dative_party"]


def dative_party(verb: Token) -> Token | None:
    """The indirect object of ``verb`` when it names a party (a noun, not "to"/"for": those
    are prepositional phrases the recipient rules read on their own)."""
    return next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")
                 and not is_when(c) and (party_word(c) or c.ent_type_ in ("GPE", "NORP", "ORG"))),
                None)
