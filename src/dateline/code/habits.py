"""Habits told in the past: "the militia used to kidnap travellers on that road" says what was
done as a rule over a stretch of time, no one occasion (unlike "the police used tear gas to
disperse them", where "used" has an object and the infinitive its purpose)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .occasions import auxes

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["used_to"]


def used_to(verbs: list[Token]) -> bool:
    """Whether one of ``verbs`` (a trigger's clause heads, from the trigger up) is the
    infinitive of a past "used to" that has no object of its own."""
    for t in verbs:
        head = t.head
        if t.dep_ == "xcomp" and head.i != t.i and "to" in auxes(t) \
                and head.lemma_.lower() == "use" and head.tag_ == "VBD" \
                and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in head.children):
            return True
    return False
