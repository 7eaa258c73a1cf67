"""A spokesman speaks for the body a "for" phrase names: "a spokesman for the Russian defence
ministry said", "a spokeswoman for the SDF denied": the words are the body's, and so is the
act they say it does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.words import agent_words
from .deps import prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spoken_for"]

#: Words for one who speaks for a body ("spokesman", "spokesperson").
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                           "spokeswomen", "spokespeople"})


def spoken_for(head: Token) -> Token | None:
    """The body a spokesperson's "for" phrase names (a name, a country or a body word), or
    ``None``; not a cause or a matter ("a spokesman for peace")."""
    if head.lower_ not in _SPOKESPEOPLE and head.lemma_.lower() not in _SPOKESPEOPLE:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            body = prep_object(child)
            if body is not None and (body.ent_type_ in ("ORG", "GPE", "NORP") or
                                     agent_words().get(body.lemma_.lower()) not in (None, "CVL")):
                return body
    return None
