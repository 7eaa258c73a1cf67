"""Words the tagger gave the wrong part of speech, read as what their phrase shows them to be.

- A noun taken for a verb: "disputed the White House readout", "rejected the ministry
  statement": a word with a determiner or a name compounded on it that is a verb's object is
  a noun (a verb has no determiner); its phrase may name a party, or a thing whose maker is one.
- A participle taken for a past tense in a series of passives: "three journalists were run
  over and killed", "were beaten and killed": a verb of force or of killing coordinated with a
  passive, with no subject, auxiliary or object of its own, is passive too; the series'
  subject is whom it was done to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load_lexicon
from .words import DIE, INJURE, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_read", "not_a_noun", "passive_in_series"]

#: How a noun's own words hang on it: a determiner, a name or noun compounded on it, an owner.
_NOUN_WORDS = frozenset({"det", "compound", "poss"})
#: How a verb's object hangs on it.
_OBJECTS = frozenset({"dobj", "obj", "pobj", "nsubjpass"})
#: Event types of acts done to someone, which a passive series goes on with.
_DONE_TO = frozenset({"ASSAULT", "COERCE"})
#: What a verb with its own doer, auxiliary or object has.
_OWN = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "obj"})


def noun_read(tok: Token) -> bool:
    """Whether a word the tagger marked as a verb is a noun: one that is an object and has a
    determiner, or a name compounded on it ("the White House readout")."""
    return tok.pos_ == "VERB" and tok.dep_ in _OBJECTS and tok.tag_ in ("VB", "VBP", "NN") and \
        any(c.dep_ in _NOUN_WORDS and c.i < tok.i for c in tok.children)


def not_a_noun(tok: Token) -> bool:
    """Whether a word is a verb, an auxiliary, a number or an adverb, and so names no party
    (a number counts people, which the caller reads itself); not a noun taken for a verb."""
    return tok.pos_ in ("VERB", "AUX", "NUM", "ADV") and not noun_read(tok)


def passive_in_series(verb: Token) -> bool:
    """Whether ``verb``, tagged as a past tense, goes on a series of passives: coordinated
    with a passive participle ("were run over and killed"), with nothing of its own that an
    active verb has, and an act of force, of coercion or of killing."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.i == verb.i or head.tag_ != "VBN" or \
            any(c.dep_ in _OWN for c in verb.children):
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in DIE or lemma in INJURE or is_kill(verb) or any(
        s.event_type in _DONE_TO for s in load_lexicon().verbs.get(lemma, ()))
