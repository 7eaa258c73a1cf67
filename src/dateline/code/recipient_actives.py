"""A participle the parse hangs on a noun that acts on people of its own.

"gunmen tied to the faction shot at least 12 farmers": the parse may read "shot" as a
participle describing "the faction" ("the faction shot …" as "the faction [that was] shot"),
but a participle with people as its direct object is active: it does the act to them, and the
noun is no one it was done to. A thing as the object keeps the passive reading
("refugees denied entry", "a man given a medal").

"The attack led the militia to plead with the US": a verb that makes its object act (word
class ``object_control``) with an infinitive right after the object's phrase, which the parse
hangs on the verb as a clause of purpose rather than as its complement; the object does what
the infinitive says, as it does when the parse reads a complement ("urged Turkey to halt").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .phrases import thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["acts_on_people", "controlled"]

#: Verbs whose object does what their infinitive says ("led the militia to plead").
_OBJECT_CONTROL = word_class("object_control")


def acts_on_people(child: Token) -> bool:
    """Whether ``child`` is a direct object naming people (not a thing, a count of people
    too), which makes the participle it hangs on active."""
    return child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN") and \
        not thing(child)


def controlled(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive the parse hangs on a verb of ``object_control`` as a
    clause of purpose right after that verb's object ("led the militia to plead"): then the
    object is its doer, as for a complement."""
    head = verb.head
    if verb.dep_ != "advcl" or head.lemma_.lower() not in _OBJECT_CONTROL or \
            not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1
                    for c in verb.children):
        return False
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and obj.right_edge.i == verb.i - 2
