"""Private people: the writer, the reader, and someone's kin or friends, who are no party to
politics. The one test of the code stage's :func:`~dateline.code.parties.political` (talk and
help among them is private life) and of the real-event judge's
:func:`~dateline.realness_private.private_exchange` (words or dealings among them are no
event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["private_person"]

_AUTHOR_READER = word_class("author_reader")
_KIN_FRIENDS = word_class("private_persons")


def private_person(tok: Token) -> bool:
    """The writer or reader ("I", "my request"), or someone's kin or friend ("their dad",
    "Anna's sisters"; "children" alone are civilians); never a named entity."""
    if tok.lower_ in _AUTHOR_READER:
        return True
    if tok.ent_type_:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if tok.lemma_.lower() in _KIN_FRIENDS and owners:
        return True
    # "my request", "your letter": a thing of the writer's or reader's
    return any(c.lower_ in _AUTHOR_READER for c in owners)
