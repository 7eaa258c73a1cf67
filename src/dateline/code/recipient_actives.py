"""A participle the parse hangs on a noun that acts on people of its own.

"suicide bombers linked to the group killed at least 57 worshippers": the parse may read
"killed" as a participle describing "the group" ("the group killed …" as "the group [that
was] killed"), but a participle with people as its direct object is active: it does the act to
them, and the noun is no one it was done to. A thing as the object keeps the passive reading
("refugees denied entry", "a man given a medal").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["acts_on_people"]


def acts_on_people(child: Token) -> bool:
    """Whether ``child`` is a direct object naming people (not a thing, a count of people
    too), which makes the participle it hangs on active."""
    return child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN") and \
        not thing(child)
