"""An act typed by what it is for, not by its verb.

A journey made to investigate is the investigation done in the field: "a UN team visited the
camp to investigate the reports". PLOVER's CONSULT `visit` is travel to meet another party; a
visit to a place whose purpose is an investigation meets no one, it is the ACCUSE
`investigate` (CAMEO 09) of its purpose clause, done as the visit was; so is a visit to a place
(a site, a camp: no party met) by investigators or told with the evidence it found ("experts
visited the site and found no trace of the gas").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .words import PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["field_investigations"]

_INVESTIGATORS = word_class("investigating_doers")
_FINDING = word_class("site_finding_verbs")
_EVIDENCE = word_class("site_evidence_nouns")
_SITES = PLACE_NOUNS | {"scene"}
_OBJECTS = frozenset({"dobj", "obj"})


def field_investigations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the CONSULT visit whose purpose clause is an investigation, the
    investigation taking the visit's status and its doer where it names none; a visit to a
    site by investigators or told with what it found typed the investigation itself."""
    at = {m.trigger: k for k, m in enumerate(mentions)}
    out = list(mentions)
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        if m.sense.event_type != "CONSULT" or m.sense.mode != "visit":
            continue
        for c in doc[m.trigger].children:
            j = at.get(c.i) if c.dep_ in ("advcl", "xcomp") else None
            act = mentions[j] if j is not None else None
            if act is not None and act.sense.event_type == "ACCUSE" and \
                    act.sense.mode == "investigate":
                out[j] = replace(act, status=m.status, source=act.source or m.source)
                gone.add(k)
                break
        else:
            if _site_examined(doc, m):
                out[k] = replace(m, sense=replace(
                    m.sense.with_type("ACCUSE", "09"), mode="investigate"))
    return [m for k, m in enumerate(out) if k not in gone]


def _site_examined(doc: Doc, visit: Mention) -> bool:
    """The visit is to a place, not a party, by investigators or told with the evidence it
    found ("found no trace of the gas", "collected samples"); a leader who inspected the damage
    there made a visit."""
    verb = doc[visit.trigger]
    place = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if place is None or place.lemma_.lower() not in _SITES:
        return False
    doers = doc[visit.source[0]:visit.source[1]] if visit.source else ()
    return any(w.lemma_.lower() in _INVESTIGATORS for w in doers) or any(
        c.dep_ == "conj" and c.lemma_.lower() in _FINDING and _evidence(c)
        for c in verb.children)


def _evidence(found: Token) -> bool:
    """The verb of finding has evidence for its object ("no trace of the gas", "samples")."""
    return any(o.dep_ in _OBJECTS and o.lemma_.lower() in _EVIDENCE for o in found.children)
