"""Whom an act done by contacting someone is addressed to: "phoned the Egyptian president to
apologise" (to the president), "summoned the ambassador to protest against the arrests", "rang
his counterpart to thank him". The act is the purpose of the contact, a clause with no subject
of its own; when it names no one it is done to (nothing, a thing it is about: "to apologise for
the incident", or a pronoun that stands for the one contacted), its recipient is the one
phoned, summoned or met."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..wordclasses import word_class
from .concerns import party_word
from .phrases import thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["contacted"]

_CONTACTING = word_class("contact_verbs")
#: Pronouns that stand for the one contacted ("rang the president to thank him").
_PERSONAL = frozenset({"him", "her", "them"})


def contacted(verb: Token, found: Token | None) -> Token | None:
    """The recipient of ``verb`` given the one its own clause names (``found``): the party
    contacted when ``verb`` is the purpose of contacting them and ``found`` is nothing, a
    thing or a pronoun; else ``found``."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i or \
            verb.head.lemma_.lower() not in _CONTACTING:  # checked first: most verbs fail
        return found
    if found is not None and found.lower_ not in _PERSONAL and not thing(found):
        return found
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
            subject(verb) is not None:
        return found
    obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
    return obj if obj is not None and party_word(obj) else found
