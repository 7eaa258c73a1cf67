"""Venues that host events: the town of a court, the place a gathering is held.

A court named with its town ("Westminster magistrates court", "Leeds crown court", "a court in
Manchester") is where the case it hears goes on: a later act of the same case in the article
("He was granted bail", "the hearing was adjourned", "he was charged with fraud") that the text
places nowhere else is near that town (``carried``), as long as no other town, and no place of
another act of a case ("was extradited to Spain"), is named between the court and the act; a
country told of in passing ("the charges concern her stay in Syria") leaves the case where it
was.

A place named as where a gathering (talks, a summit, a conference) is held, opens, resumes or
ends is the gathering's venue: it hosts the gathering noun, the verbs telling that it is held,
and what the gathering is for ("talks to find a political solution … resume in Geneva"), not
the country the story is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .deps import prep_objects, subjects
from .gazetteer import REGION_KINDS
from .tokens import span_root
from .toponym_words import court_follows
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Place
    from .toponyms import Toponym

__all__ = ["court_towns", "case_act", "case_venue", "held_at"]

_COURTS = word_class("court_nouns")
_CASE = word_class("case_words")
_GATHERINGS = word_class("venues")
_HELD = word_class("held_verbs")
#: Links a "held" verb may hang on by: "is due to resume", "are expected to open".
_CHAIN = ("xcomp", "ccomp", "acomp")


def _names_court(doc: Doc, t: Toponym) -> bool:
    """``t`` names the town of a court: "Leeds crown court", "a court in Manchester"."""
    if court_follows(doc, t.end):
        return True
    prep = doc[t.start - 1] if t.start > 0 else None
    return prep is not None and prep.lower_ in ("in", "at") and prep.head.lower_ in _COURTS \
        and prep.head.i < prep.i


def court_towns(doc: Doc, places: Sequence[Toponym]) -> list[Toponym]:
    """The towns the document names as a court's, in text order (never a country or a region:
    "the supreme court in Britain" says no town)."""
    return sorted((t for t in places if t.kind != "country" and t.kind not in REGION_KINDS
                   and _names_court(doc, t)), key=lambda t: t.start)


def case_act(tok: Token) -> bool:
    """The event word tells of a case in court: the word itself ("sentenced", "hearing") or a
    word it governs ("granted bail", "appeared in court")."""
    if tok.lemma_.lower() in _CASE or tok.lower_ in _CASE:
        return True
    near = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep", "attr", "oprd")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _CASE for c in near)


def case_venue(tok: Token, courts: Sequence[Toponym], places: Sequence[Toponym]
               ) -> Place | None:
    """The town of the last court named before the sentence of the act ``tok`` of a case (or,
    before any court, of all the courts named after it when they are one town: "A man has been
    jailed … Leeds crown court heard"), when no other town nor place of a case is named between
    them; else None (a court its own sentence names is the clause's or the doer's place, which
    the steps before and after read)."""
    if not case_act(tok):
        return None
    before = [t for t in courts if t.end <= tok.sent.start]
    if before:
        court, span = before[-1], (before[-1].end, tok.i)
    elif courts and tok.i < courts[0].start and all(t.place == courts[0].place for t in courts):
        court, span = courts[0], (tok.i, courts[0].start)
    else:
        return None
    between = [t for t in places if span[0] <= t.start < span[1] and t.place != court.place
               and (t.kind not in REGION_KINDS or _of_a_case(t.start, tok.doc))]
    return None if between else court.place


def _of_a_case(i: int, doc: Doc) -> bool:
    """The place named at token ``i`` is that of an act of a case: "extradited to Spain"."""
    return any(case_act(a) for a in doc[i].ancestors)


def held_at(doc: Doc, t: Toponym) -> set[int]:
    """For a place where a gathering is held ("the summit will be held in Sochi"), the tokens
    of what happens there: the gathering noun, the verbs holding it and the words that tell
    what it is for; empty for any other place."""
    root = span_root(doc, t.start, t.end)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.dep_ != "prep":
        return set()
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HELD:
        return set()
    chain = [verb]
    while chain[-1].dep_ in _CHAIN and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    nouns = [n for v in chain for c in subjects(v) for n in _gathering(c)]
    if not nouns:
        return set()
    purpose = {c.i for n in nouns for c in n.children if c.dep_ in ("acl", "relcl")}
    return {n.i for n in nouns} | {v.i for v in chain} | purpose


def _gathering(noun: Token) -> list[Token]:
    """The gathering a subject names: itself ("the talks"), or a part of one and the gathering
    ("a sixth round of talks")."""
    if noun.lower_ in _GATHERINGS:
        return [noun]
    held = [g for g in prep_objects(noun, "of") if g.lower_ in _GATHERINGS]
    return [noun, *held] if held else []
