"""Habits and long activities told in the past: "the militia used to kidnap travellers on that
road" says what was done as a rule over a stretch of time, no one occasion (unlike "the police
used tear gas to disperse them", where "used" has an object and the infinitive its purpose);
"the rebels have been fighting the army for six years" tells a war going on for years, no
battle (unlike "have been fighting in the suburbs since Tuesday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .occasions import auxes

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["used_to", "going_on_for_years", "perfect", "PERFECT"]

_ACTIVITIES = word_class("long_activities")
_LONG_SPANS = word_class("long_spans")
#: the auxiliaries of the perfect ("has", "had", "'ve")
PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def perfect(verb: Token) -> bool:
    """Whether ``verb`` is told in the perfect, present or past ("have carried out", "had
    launched", "has been fighting")."""
    return any(a in PERFECT for a in auxes(verb))


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


def going_on_for_years(verbs: list[Token]) -> bool:
    """Whether the trigger (the first of ``verbs``) is a long activity ("fight", "battle") in
    the perfect progressive over years, decades or a war ("for years", "throughout the war")."""
    for t in verbs[:1]:
        if t.tag_ != "VBG" or t.lemma_.lower() not in _ACTIVITIES or "been" not in auxes(t) \
                or not perfect(t):
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "over", "throughout") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _LONG_SPANS
                    and (g.tag_ == "NNS" or c.lower_ == "throughout") for g in c.children):
                return True
    return False
