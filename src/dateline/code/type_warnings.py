"""Warnings of what a happening will bring: no threat.

PLOVER's THREATEN is a threat or a coercive warning of what the warner's side will do. A
warning whose that-clause foretells what an act will bring about ("warned that an assault on
the town would lead to a catastrophe", "warned that the offensive could kill thousands") is a
view of consequences (CAMEO 012, a pessimistic comment): the clause's subject names a happening,
not a party that could be the warner's own side. A happening that will follow or come ("warned
that a military response would follow") may be the warner's own act and stays a threat, as does
one the warner owns ("our response").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..wordclasses import word_class

__all__ = ["foretold_happening"]

#: the modal auxiliaries of what will or may be
_FORESEEN = frozenset({"will", "would", "wo", "'ll", "could", "may", "might", "can", "ca"})
_COMING = word_class("happening_coming")


def foretold_happening(subj: Token, clause: Token) -> bool:
    """Whether ``clause`` (a that-clause of a warning) foretells what the happening ``subj``
    names will or may bring about."""
    from .lexicon import load_lexicon  # (the lexicon's senses read warnings: no cycle)

    lex = load_lexicon()
    if subj.lemma_.lower() not in lex.nouns or subj.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" for c in subj.children) or clause.lemma_.lower() in _COMING:
        return False  # "our response would be swift", "a response would follow"
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FORESEEN for c in clause.children)
