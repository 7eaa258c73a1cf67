"""A reduced passive the parse reads as active: "the first woman killed fighting alongside the
militia", "a medic wounded helping the injured". The participle of a killing or a wounding
whose only object is a gerund (what the victim was doing) tells of someone killed, not of a
killer: its parsed subject is the victim, and no doer is named.

A past participle the tagger reads as a past tense: "Tom Hale, the reporter taken hostage by the
militia" is parsed as a clause whose subject is "the reporter" and whose verb is "taken" in the
past tense. English past tenses never end in "-n" or "-ne" unless the verb's own stem does
("ran", "began", "won"); "taken", "given", "shown", "withdrawn" are participles. Such a verb with
no auxiliary is a passive set on the noun it follows: that noun is whom it befell, and its "by"
phrase, if one names a party, who did it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import thing
from .roles import agent_of
from .words import INJURE, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare_participle_patient", "killed_doing", "misread_participle"]

#: How a verb's own subject, auxiliary or second subject hangs on it.
_OWN = frozenset({"aux", "auxpass", "nsubjpass", "csubj", "expl"})
#: Endings only a past participle has when the verb's stem does not end so.
_ENDS = ("n", "ne")


def killed_doing(verb: Token) -> Token | None:
    """The one ``verb`` (a killing or wounding, read as active with a gerund for its object)
    befell, or ``None`` when the verb is no such participle."""
    if verb.tag_ not in ("VBD", "VBN") or not (is_kill(verb) or verb.lemma_.lower() in INJURE):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].tag_ != "VBG" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in objects[0].children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def bare_participle_patient(verb: Token, mode: str | None) -> Token | None:
    """"the others arrested while travelling in cars included two MPs": the participle (tagged
    VBN) of an act that always has a patient (an arrest, a killing, a wounding) with a subject
    and neither an auxiliary nor an object is no active verb but a reduced passive the parse
    took for the main verb: its parsed subject is the one the act befell, and no doer is
    named. (Acts that can be told without a patient, "workers protested", keep their
    subject.)"""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj") or not (
            mode == "arrest" or is_kill(verb) or verb.lemma_.lower() in INJURE):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "agent", "prt", "ccomp",
                      "xcomp", "attr", "acomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON") and \
        subject.lower_ not in ("who", "that", "which") else None


def _participle_form(verb: Token) -> bool:
    """Whether ``verb``, tagged as a past tense, has a form only a past participle has."""
    lower, lemma = verb.lower_, verb.lemma_.lower()
    return verb.tag_ == "VBD" and lower != lemma and lower.endswith(_ENDS) and \
        not lemma.endswith(_ENDS)


def misread_participle(verb: Token) -> tuple[Token | None, Token] | None:
    """The doer (``None`` when no "by" phrase names one) and the undergoer of a participle the
    parse reads as a past tense with its own subject (see the module's words), or ``None``."""
    if not _participle_form(verb) or any(c.dep_ in _OWN for c in verb.children):
        return None
    undergoer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if undergoer is None or undergoer.pos_ not in ("NOUN", "PROPN"):
        return None
    doer = agent_of(verb)
    return (doer if doer is not None and not thing(doer) else None), undergoer
