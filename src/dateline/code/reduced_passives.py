"""A reduced passive the parse reads as active: "the first woman killed fighting alongside the
militia", "a medic wounded helping the injured". The participle of a killing or a wounding
whose only object is a gerund (what the victim was doing) tells of someone killed, not of a
killer: its parsed subject is the victim, and no doer is named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .words import INJURE, is_kill

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["killed_doing"]


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
