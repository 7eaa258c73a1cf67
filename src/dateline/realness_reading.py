"""How an event's trigger is read in its clause, for the real-event model
(:mod:`dateline.realness`).

A word names an act in one sense and something else in another: one charges a person, not a
phone; an attack is on a party or a place, not on an idea. The kind of the trigger's object (a
named party, a pronoun, a bare plural, a count, a definite or indefinite description, none) read
with the event's type, and the CAMEO root the coder gave it, tell the model which sense it
meets. A trigger that modifies a noun ("the attack plans", "troops deployed in the fight", "a
town that was shelled") names the act as a description, more often background than news. A
sentence that asks a question or holds a conditional ("if", "unless", from the status frames)
reports less of what it names. An act told only as an aim is read by what carries it
(:mod:`dateline.code.purposes`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.frames import load_frames
from .code.particulars import PARTIES, bare_plural
from .code.purposes import aim_kind, kept_with_means, means_of, means_relation
from .code.words import DEFINITE
from .tokens import span_text, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .records import Event

__all__ = ["sense_feats", "mood_feats", "aim_feats", "AIM_KEPT"]

_INDEFINITE = frozenset({"a", "an", "some", "any"})
#: the dependencies by which a trigger describes a noun rather than tells an act
_NOUN_MODIFIER = frozenset({"acl", "relcl", "amod", "compound", "nmod", "poss"})


def party_kind(noun: Token | None) -> str:
    """What kind of phrase ``noun`` heads: ``named`` (a named party in it), ``pron``,
    ``bareplural`` (a kind: "rebels"), ``count``, ``definite``, ``indef``, ``other``; ``none``
    when there is none."""
    if noun is None:
        return "none"
    if noun.tag_ == "PRP":
        return "pron"
    if any(t.ent_type_ in PARTIES for t in noun.subtree):
        return "named"
    deps = {c.dep_: c.lower_ for c in noun.children}
    if bare_plural(noun):
        return "bareplural"
    if "nummod" in deps:
        return "count"
    det = deps.get("det")
    return ("definite" if det in DEFINITE else "indef" if det in _INDEFINITE else "other")


def sense_feats(tok: Token, e: Event) -> set[str]:
    """The trigger's sense as its clause shows it: its object's kind (alone and with the
    event's type), the event's CAMEO root, and a trigger that describes a noun."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    kind = party_kind(obj)
    feats = {f"objk:{kind}", f"objk:{e.event_type}/{kind}", f"cameo:{e.cameo_root or '-'}"}
    if tok.dep_ in _NOUN_MODIFIER or (tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN"):
        feats.add(f"nounmod:{tok.dep_}/{tok.tag_}")
    return feats


def mood_feats(sent: Span) -> set[str]:
    """A sentence's mood: a question (``question``), a conditional word in it (``sent_if``)."""
    text = span_text(sent.doc, sent.start, sent.end).strip()
    feats = set()
    if text.rstrip("\u201d\u2019\"' )").endswith("?"):
        feats.add("question")
    marks, lowers = load_frames().marks, words(sent.doc).lowers
    if any(marks.get(lowers[j]) == "conditional" for j in range(sent.start, sent.end)):
        feats.add("sent_if")
    return feats


#: the feature of an aim :func:`~dateline.code.purposes.kept_with_means` leaves to its status
AIM_KEPT = "aim:kept"


def aim_feats(tok: Token, e: Event, acts: dict[int, list[str]]) -> set[str]:
    """An act told as an aim: what carries it (:func:`~dateline.code.purposes.aim_kind`),
    alone and with the event's type, and how the events told of its means (``acts``: the types
    of the events told as done, by trigger word) stand to it; :data:`AIM_KEPT` for an aim of
    force pursued by a deed of force done."""
    kind = aim_kind(tok)
    if kind is None:
        return set()
    rel = means_relation(e.event_type, [t for i in means_of(tok) for t in acts.get(i, ())])
    feats = {f"aim:{kind}", f"aimt:{kind}/{e.event_type}", f"aimrel:{kind}/{rel}"}
    if e.status == "attempted" and kept_with_means(kind, rel):
        feats.add(AIM_KEPT)
    return feats
