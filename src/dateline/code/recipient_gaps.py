"""The dead or the hurt the parse hung on a phrase before the verb, not as its subject.

"said between four and 30 villagers died", "near the town 21 guards were killed": the parse
reads the count's phrase as the object of the preposition before it and leaves the verb of
dying or of being killed or wounded without a subject; the phrase that ends right before the
verb (over its auxiliaries and adverbs only) and names people is whom the verb says died or
was hurt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .casualties import is_casualty
from .phrases import names_people

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["missed_subject"]

#: What may stand between the phrase and the verb: auxiliaries, adverbs, a negation.
_BETWEEN = frozenset({"aux", "auxpass", "advmod", "neg"})
#: What the verb has when the parse found whom it struck, or its doer as a subject.
_FOUND = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "csubj", "csubjpass", "expl"})


def missed_subject(verb: Token) -> Token | None:
    """The head of the phrase naming people that ends right before a verb of dying, killing or
    wounding which has no subject and no object, when the parse hung that phrase on a
    preposition; ``None`` otherwise."""
    if not is_casualty(verb) or any(c.dep_ in _FOUND for c in verb.children):
        return None
    start = verb.sent.start  # the phrase is in the verb's own sentence
    i = verb.i - 1
    while i >= start and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in _BETWEEN:
        i -= 1
    if i < start:
        return None
    last = verb.doc[i]
    head = next((t for t in (last, *last.ancestors) if t.right_edge.i == i and
                 t.dep_ == "pobj"), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not names_people(head):
        return None
    return head
