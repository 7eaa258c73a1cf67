"""Acts the text tells as not done though no frame verb governs them: an act that came close to
its end ("nearly killed the governor", "was almost captured") was begun and did not reach it, so
it is attempted; an act in the subjunctive clause of a verb of demanding ("insisted that Turkey
withdraw its troops", "demanded that he be freed") is what is asked for, demanded.

A verb of saying whose clause is told in the indicative reports it ("insisted that the army had
withdrawn"), and an adverb of nearness on a number measures it ("killed nearly 200 people"):
neither is read here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import bare_subjunctive
from ..wordclasses import word_class
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["nearly_done", "demanded_clause"]

_NEAR = word_class("near_adverbs")
_MEASURING = word_class("measuring_verbs")
_DEMANDING = word_class("demanding_verbs")
_ASKING = word_class("asking_verbs")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def nearly_done(verb: Token) -> bool:
    """Whether an adverb of nearness before the verb ``verb`` tells its act came close to its
    end without reaching it: "the rebels nearly killed the governor", "was almost killed". An
    act named by the verb's subject was done, only its outcome was not reached ("the shelling
    nearly destroyed the hospital"); on a verb of amount it measures ("nearly doubled its
    raids")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _MEASURING or not any(
            c.dep_ == "advmod" and c.i < verb.i and c.lower_ in _NEAR for c in verb.children):
        return False
    nouns = load_lexicon().noun_ends
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in verb.children)


def demanded_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause in the subjunctive, with a subject of its own, under a
    verb of demanding: "insisted that Turkey withdraw its troops", "demanded that the prisoners
    be released". A plain present under the past of a verb that only asks is the subjunctive
    too ("recommended that the troops leave"); under "insist", which also tells what is so, it
    is a report ("insisted that the forces target clinics")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in _DEMANDING or \
            not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    asking = head.lemma_.lower() in _ASKING
    if bare_subjunctive(verb, plain=asking):
        return True
    return asking and verb.tag_ == "VBP" and head.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" for c in verb.children)
