"""The party a preposition left without its object stands for, in a relative clause.

"the coastal states that we met with", "It was the coastal states that we spoke with", "the
groups the council has declined to bargain with": the preposition's object is the noun the
relative clause describes (the parse hangs the clause on it and leaves the preposition bare);
that noun is the recipient, as "we met with the coastal states" would make it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import RELATIVE_PRONOUNS, is_when

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

__all__ = ["bare", "stranded_party"]

#: How a verb hangs inside the relative clause it belongs to ("refused to negotiate with").
_INSIDE = frozenset({"xcomp", "conj"})
#: Links of a preposition to an object or a clause of its own.
_OBJECTS = frozenset({"pobj", "pcomp"})


def _clause_noun(verb: Token) -> Token | None:
    """The noun the relative clause holding ``verb`` describes; ``None`` when ``verb`` is in
    none."""
    for _ in range(3):
        if verb.dep_ == "relcl":
            head = verb.head
            return head if head.pos_ in ("NOUN", "PROPN") else None
        if verb.dep_ not in _INSIDE or verb.head.i > verb.i:
            return None
        verb = verb.head
    return None


def bare(prep: Token) -> bool:
    """Whether a preposition has no object of its own: none at all ("met with"), or a relative
    pronoun ("that we met with", "against which they fought") standing for the noun its
    clause describes."""
    objects = [g for g in prep.children if g.dep_ in _OBJECTS]
    return not objects or all(g.lower_ in RELATIVE_PRONOUNS for g in objects)


def stranded_party(verb: Token, preps: Collection[str]) -> Token | None:
    """The noun a bare preposition of ``preps`` on ``verb`` stands for, when ``verb`` is in
    a relative clause on that noun ("the states that we met with": the states)."""
    if not any(c.dep_ == "prep" and c.lower_ in preps and bare(c) for c in verb.children):
        return None
    noun = _clause_noun(verb)
    return None if noun is None or is_when(noun) else noun
