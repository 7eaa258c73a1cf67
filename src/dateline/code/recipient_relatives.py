"""Whom an act in a relative clause's complement is done to: the noun the clause hangs on.

"the villages the army tried to destroy", "the activists the police wanted to arrest", "the
men they are said to have killed", "the hostages the group is accused of beheading": the act
is a complement of the relative clause's verb (after "to", or after "of"), it has no object of
its own, and the clause has no relative word: the gap the act leaves is the noun the clause
describes, which is whom the act struck, seized or asked. A clause with a relative word or an
object of its own ("the town where they tried to fight", "the men who wanted to kill him")
leaves no such gap, nor one on a noun of time or one standing for a dropped "why" or "how"
("the day they tried to attack", "the reason the army decided to attack").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .phrases import WH
from .words import RELATIVE_PRONOUNS, is_when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare_relative", "complement_gap", "nearest_subject"]

#: What a verb has when it holds its own object, or a clause or phrase in its place.
_OWN = frozenset({"dobj", "obj", "dative", "ccomp", "acomp", "oprd", "nsubjpass", "csubjpass",
                  "mark", "attr"})
#: Nouns standing for a dropped "why" or "how": "the reason the army attacked".
_ADVERBIAL_HEADS = word_class("adverbial_relative_heads")
#: Prepositions that join an act to the verb it complements ("accused of beheading").
_JOINING = frozenset({"of"})


def complement_gap(verb: Token) -> Token | None:
    """The noun a relative clause with no relative word hangs on, when ``verb`` is an active
    complement of that clause's verb, directly or through other complements, with no object of
    its own (see the module's docstring); ``None`` otherwise."""
    if verb.pos_ != "VERB" or _holds(verb):
        return None
    clause = verb
    while True:
        if clause.dep_ == "xcomp":
            clause = clause.head
        elif clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and \
                clause.head.lower_ in _JOINING:
            clause = clause.head.head
        else:
            break
        if clause.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("dobj", "obj", "dative") for c in clause.children):
            return None
    if clause is verb or not bare_relative(clause, ("nsubj", "nsubjpass"), ("NOUN", "PROPN")):
        return None
    return clause.head


def bare_relative(clause: Token, subjects: tuple[str, ...], nouns: tuple[str, ...]) -> bool:
    """Whether ``clause`` is a relative clause with a subject (of the ``subjects`` relations)
    and no relative word, no WH word and no "that", on a word of the ``nouns`` parts of speech
    that is neither a time ("the day they attacked") nor a noun standing for a dropped "why" or
    "how" ("the reason they attacked", "the way they fought"): what its gap can be is that
    word."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in nouns or is_when(noun) or (
            noun.lemma_.lower() in _ADVERBIAL_HEADS):
        return False
    return any(c.dep_ in subjects for c in clause.children) and not any(
        c.lower_ in RELATIVE_PRONOUNS or c.tag_ in WH or c.dep_ == "mark"
        or any(g.lower_ in RELATIVE_PRONOUNS for g in c.children)
        for c in clause.children)


def _holds(verb: Token) -> bool:
    """Whether the verb has an object, or a clause or phrase in its place, is passive, or ends
    on a bare preposition ("the cause they wanted to fight for": whom it is done for)."""
    return any(c.dep_ in _OWN or c.dep_ == "auxpass" or c.dep_ == "prep" and (
        c.lower_ == "by" or not any(g.dep_ in ("pobj", "pcomp") for g in c.children))
        for c in verb.children)


def nearest_subject(verb: Token, relations: frozenset[str]) -> Token | None:
    """The verb's subject (of the ``relations``); of two the parse gives it ("In the valley,
    scene of an earlier attack, 20 guards were killed"), the one nearest before it: the other is
    a phrase set off before that."""
    return min((c for c in verb.children if c.dep_ in relations), default=None,
               key=lambda tok: (tok.i > verb.i, -tok.i))
