"""Offers, proposals, suggestions and invitations: what is put forward, not yet done.

The lexicon reads "offered", "proposed", "suggested" and "invited" as AGREE, the PLOVER type of
willingness to cooperate; what they put forward is still to be taken up, so the event is
proposed, not an agreement reached. The object decides the type: an offer of money, shelter or
other material help is aid to come (AID, CAMEO 033: "offered $5m to the families", "offered
them asylum"); an invitation is a meeting to come (CONSULT, CAMEO 036: "invited the rebel
leaders to Paris to discuss a truce"), one happening with the talks it names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["offers"]

_OFFERING = word_class("offering_verbs")
_MATERIAL = word_class("material_help")
#: CAMEO root of an intent to cooperate (033 material aid, 036 a meeting)
_INTENT = "03"
#: types of a thing put forward that is still to be taken up: a meeting, aid (an offer of
#: aid the lexicon may read as AGREE already); not an apology or condolences, given as said
_MEETING_OR_HELP = frozenset({"CONSULT", "AID", "AGREE"})


def _material(verb: Token) -> bool:
    """Whether ``verb`` offers material help: its object is help of that kind ("offered
    asylum", "offered the families compensation") or a sum of money ("offered $5m")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in objects for g in c.conjuncts]
    return any(o.lemma_.lower() in _MATERIAL or o.ent_type_ == "MONEY" for o in objects)


def _talks(verb: Token, mentions: list[Mention]) -> set[int]:
    """Indexes in ``mentions`` of the meeting an invitation names as its purpose ("invited
    them to Paris to discuss the truce"): the invitation's own content, no second event."""
    purposes = {c.i for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"}
    doc = verb.doc  # the purpose's verb ("to discuss") or its object ("to join the talks")
    return {k for k, m in enumerate(mentions) if m.sense.event_type == "CONSULT" and (
        m.trigger in purposes or doc[m.trigger].head.i in purposes)}


def _put_forward(noun: Token) -> bool:
    """Whether ``noun`` is what a verb of offering puts forward ("offered aid", "proposed
    talks", "offered them asylum")."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and \
        noun.head.lemma_.lower() in _OFFERING and not _refused(noun.head)


def _refused(verb: Token) -> bool:
    """"did not offer aid", "never proposed talks": nothing is put forward."""
    return any(c.dep_ == "neg" for c in verb.children)


def offers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the AGREE of a verb of offering told as proposed, retyped by what is
    offered: AID for material help (named by the verb's object or as the event's own noun),
    CONSULT for an invitation."""
    out = list(mentions)
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        verb = doc[m.trigger]
        lemma = verb.lemma_.lower()
        if _put_forward(verb) and m.sense.event_type in _MEETING_OR_HELP and \
                m.status in ("actual", "proposed"):  # (not "did not offer aid")
            help_ = m.sense.event_type == "AGREE" and lemma in _MATERIAL
            if help_ or m.sense.event_type != "AGREE":  # (talks, a meeting, aid itself)
                kind = "AID" if help_ else m.sense.event_type
                out[k] = replace(m, sense=m.sense.with_type(kind, _INTENT), status="proposed")
            continue
        if m.sense.event_type != "AGREE" or m.status != "actual" or lemma not in _OFFERING \
                or _refused(verb):
            continue
        sense = m.sense
        if lemma == "invite":
            sense = sense.with_type("CONSULT", _INTENT)
            gone |= _talks(verb, mentions)
        elif lemma == "offer" and _material(verb):
            sense = sense.with_type("AID", _INTENT)
        out[k] = replace(m, sense=sense, status="proposed")
    return [m for k, m in enumerate(out) if k not in gone]
