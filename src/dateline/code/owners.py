"""Whose thing an attack or a raid struck, when a pronoun names the owner: "her position was
struck", "militants attacked their homes", "police raided his house". The act is done to the
one the pronoun stands for (a thing named with a party's name, "the army's positions", is
already read as that party's by the actor stage); "its" is left alone, as it often stands for
the attacker's own ("the army withdrew to its positions").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["struck_owner"]

#: Possessive pronouns that stand for people, whose thing struck makes them the recipient.
_OWNERS = word_class("struck_owner_pronouns")
#: Event types of acts that strike a thing and hurt its owner.
_STRIKING = frozenset({"ASSAULT", "COERCE"})


def struck_owner(obj: Token, event_type: str) -> Token | None:
    """The possessive pronoun on a thing an attack or a raid struck, if the act is one and the
    pronoun stands for people."""
    if event_type not in _STRIKING:
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
