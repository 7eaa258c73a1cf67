"""Whom a relative "who" speaks of when the parse hangs it on a place after the person.

"Officials in the province who criticised the governor were detained": "who" speaks of a
person, but the parse hangs the relative clause on the nearest noun, the place of the
person's own phrase ("in the province"). A place or a thing is no "who": the clause speaks of
the word that phrase is set on ("officials"), when that word names someone, or of the people a
group's "of" phrase names ("a circle of monitors in the region who …").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["person_past_place"]

#: Prepositions of a phrase that says where a person is or what they belong to.
_WHERE = frozenset({"in", "on", "at", "from", "inside", "near", "across", "throughout"})


def person_past_place(clause: Token, someone: Callable[[Token], bool]) -> Token | None:
    """The person word the place ``clause``'s "who" is hung on is set on (see the module's
    words), or ``None``; ``someone`` tells whether a word names a person or a party."""
    if not any(c.lower_ in ("who", "whom") for c in clause.children):
        return None
    place = clause.head
    if someone(place) or place.dep_ != "pobj" or place.head.lower_ not in _WHERE:
        return None
    owner = place.head.head
    if owner.pos_ not in ("NOUN", "PROPN"):
        return None
    if someone(owner):
        return owner
    # "a circle of monitors in the region who …": the people the group's phrase names
    return next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.i < place.i for g in c.children
                 if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and someone(g)), None)
