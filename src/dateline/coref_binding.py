"""Who a pronoun cannot stand for because of where it stands: the subject of a relative clause
is not the noun the clause describes ("the men they are accused of killing": "they" are the
killers, not the men; "the town it shelled": "it" is not the town)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["described_by_own_clause"]

#: Links from a clause's verb up to the clause that holds it ("are alleged to have killed").
_UP = frozenset({"xcomp", "ccomp", "aux", "auxpass", "pcomp", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def described_by_own_clause(doc: Doc, at: int) -> range | None:
    """The words of the noun phrase that the relative clause whose subject is the pronoun at
    ``at`` describes (from the phrase's first word to its head), or ``None``."""
    tok = doc[at]
    if tok.dep_ not in _SUBJECTS:
        return None
    verb = tok.head
    for _ in range(6):
        if verb.dep_ in ("relcl", "acl") and verb.head.i < tok.i and \
                verb.head.pos_ in ("NOUN", "PROPN"):
            noun = verb.head
            return range(noun.left_edge.i, noun.i + 1)
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
