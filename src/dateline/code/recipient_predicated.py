"""A recipient said to be someone by a copula is the one named as its subject.

The recipient of an act done to persons (tried, prosecuted, detained, seized) is the person it
is done to. When the words of the recipient are a predicate noun ("James Holt is thought to be
the first person prosecuted under the law", "Ana Ruiz was the last journalist detained"), they
say what the subject of "be" is: the person acted upon is that subject, named there, not the
description ("the first person"). Only a named subject (a person, a body or a state) is taken;
"it", "this" and other words that name no one leave the description as it is, and so does a
denial ("Sara Klein was not the activist detained", "was never the man detained"): the
subject is then no one acted upon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..sentences import chars_span
from .phrases import np_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor

__all__ = ["predicated_subject"]

#: Entity kinds of a subject that names a party.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Verbs "be" may be the complement of with the same subject ("is thought to be", "seems to
#: be", "was believed to be").
_RAISING = frozenset({"xcomp"})


def _subject(copula: Token) -> Token | None:
    """The subject of the copula ``copula``, or of the verb it is the complement of."""
    subj = subject(copula)
    if subj is None and copula.dep_ in _RAISING:
        subj = subject(copula.head)
    return subj


def _denied(copula: Token) -> bool:
    """Whether the copula, or the verb it is the complement of, is denied ("was not",
    "was never", "is not thought to be")."""
    verbs = (copula, copula.head) if copula.dep_ in _RAISING else (copula,)
    return any(c.dep_ == "neg" for verb in verbs for c in verb.children)


def predicated_subject(doc: Doc, target: Actor | None) -> tuple[int, int] | None:
    """The words of the named subject the recipient ``target`` is said to be by a copula
    (see the module), or ``None``."""
    if target is None or not target.text or target.char_start is None or \
            target.char_end is None or target.antecedent:
        return None
    words = chars_span(doc, target.char_start, target.char_end)
    if words is None:
        return None
    root = words.root
    if root.dep_ != "attr" or root.head.lemma_.lower() != "be" or root.ent_type_ in _NAMED:
        return None
    if _denied(root.head):
        return None
    subj = _subject(root.head)
    if subj is None or subj.ent_type_ not in _NAMED or subj.pos_ != "PROPN":
        return None
    return np_span(subj, with_conj=False)
