"""Tests on a verb's arguments that a sense may set: whether it takes an act as its complement,
whether a clash is a quarrel in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import prep_objects, subject
from ..wordclasses import word_class
from .forces import armed

if TYPE_CHECKING:
    from spacy.tokens import Token


def act_complement(verb: Token) -> bool:
    """"helped create jobs", "helped to make", "helped in rebuilding": the verb takes an act, a
    verb with no subject of its own, as its complement ("helped him escape" has a subject)."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and subject(c) is None:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False


# Office holders and bodies that quarrel in words: "the minister clashed with the president".
OFFICES = word_class("offices")
_CROWDS = word_class("crowds")


def fighter(tok: Token) -> bool:
    return armed(tok) or tok.lemma_.lower() in _CROWDS


def verbal(verb: Token) -> bool:
    """A quarrel, not a fight: the subject is a named person or an office holder and neither
    side is armed or a crowd ("the minister clashed with the president over the budget")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or fighter(subj):
        return False
    if not person_or_office(subj):
        return False
    others = list(prep_objects(verb, "with"))
    return not any(fighter(o) for o in others)


def person_or_office(tok: Token) -> bool:
    """A named person or an office holder ("the minister"): one who can quarrel in words."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in OFFICES
