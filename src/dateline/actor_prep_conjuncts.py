"""The subject of a verb the parse coordinates with a preposition of another verb's clause.

Coordinated verbs share their clause's subject: in "the group is marching in the capital, in
solidarity with the strikers and demanding talks", "demanding" is done by the marchers. The
parse often hangs the second verb on the last preposition before it ("in ... and demanding"),
so the verb seems to have no subject. Such a verb, of the same form as the verb its
prepositional phrases hang from (both participles, both past tense), takes that verb's active
subject, with the subject's conjuncts ("the community and its allies"). A verb that has a
subject of its own, or that the parse coordinates with a noun ("the march and protest"), is
left as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.phrases import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .code.mention import Mention

__all__ = ["prep_conjunct_subject"]

#: How many steps up the parse (a preposition, its object: two a phrase) may lie between the
#: coordinated verb and the verb the phrases hang from.
_DEPTH = 4
#: Words that may be a subject.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def prep_conjunct_subject(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The words of the subject ``m``'s verb shares with the verb whose preposition the parse
    coordinated it with (see the module), or ``None``."""
    trig = doc[m.trigger]
    if m.source is not None or m.construction != "verb" or trig.dep_ != "conj" or \
            trig.head.pos_ != "ADP" or any(c.dep_ in ("nsubj", "nsubjpass")
                                           for c in trig.children):
        return None
    node = trig.head
    for _ in range(_DEPTH):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        if node.pos_ != "ADP" and node.dep_ != "pobj":
            return None  # a phrase of another kind between them
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.tag_ != trig.tag_ or any(
            t.pos_ == "VERB" and t.tag_ == trig.tag_ for t in doc[node.i + 1:trig.i]):
        return None  # (another verb of its form between them may be the one it goes with)
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in _NOMINAL:
        return None
    return np_span(subj)
