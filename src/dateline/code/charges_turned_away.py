"""A charge named only as what is turned away: "rejected Britain's accusation that it had
poisoned the spy", "dismissed the allegations of torture", "rejecting an accusation by the
defence ministry".

Turning away what was said is a statement about what happened (CAMEO 016, docs/event_types.md),
no event; and the charge it names is no new act either: not the rejecter's, whom the parse
would make its maker. A charge whose maker the sentence names, another party than the rejecter
("Britain's accusation", "the accusations by Norland", "accusations made by Vestia last week"),
is that maker's act, done: it stays, actual. The act the charge names stays, with its own status
("that it had poisoned the spy": alleged).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..sentences import first_conjunct
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["charges_turned_away"]

#: verbs that turn away what was said (reject, deny, dismiss, dispute, refute ...)
_TURNING_AWAY = word_class("rebuttal_verbs")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_NOUNS = ("NOUN", "PROPN")


def _turned_away(noun: Token) -> bool:
    """Whether ``noun``, or the noun it is joined to ("the accusations and threats"), is the
    object of a verb that turns away what was said."""
    noun = first_conjunct(noun, _NOUNS)
    return noun.dep_ in _OBJECT_DEPS and noun.head.lemma_.lower() in _TURNING_AWAY


def _rebutter(noun: Token) -> Token | None:
    """The subject of the verb that turns ``noun`` away (the agent of a passive one)."""
    noun = first_conjunct(noun, _NOUNS)
    verb = noun.head
    deps = ("nsubj",) if noun.dep_ == "dobj" else ("agent",)
    for c in verb.children:
        if c.dep_ in deps:
            return next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" \
                else c
    return None


def _maker(noun: Token) -> Token | None:
    """The party the charge ``noun`` names as its maker: "Britain's accusation", "the
    accusations by Norland", "accusations made by Vestia"; for one joined to another noun ("the
    accusations and threats by Norland"), the maker named on either."""
    nouns = [noun]
    while nouns[-1].dep_ == "conj" and nouns[-1].head.pos_ in _NOUNS:
        nouns.append(nouns[-1].head)
    nouns += [c for c in noun.children if c.dep_ == "conj"]
    for n in nouns:
        for c in n.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                return c
            by = c if c.dep_ == "prep" and c.lower_ == "by" else next(
                (g for g in c.children if g.dep_ == "agent"), None) if c.dep_ == "acl" else None
            if by is not None and (obj := next(
                    (g for g in by.children if g.dep_ == "pobj"), None)) is not None:
                return obj
    return None


def _own_charge(noun: Token) -> bool:
    """Whether the sentence names the maker of the charge ``noun``, another than its rebutter."""
    maker = _maker(noun)
    if maker is None:
        return False
    rebutter = _rebutter(noun)
    return rebutter is None or rebutter.lower_ != maker.lower_


def charges_turned_away(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the charges (ACCUSE told by a noun) that a rebuttal turns away; a
    charge whose maker is named stays, made."""
    out = []
    for m in mentions:
        noun = doc[m.trigger]
        if m.sense.event_type == "ACCUSE" and noun.pos_ == "NOUN" and _turned_away(noun):
            if not _own_charge(noun):
                continue
            m = replace(m, status="actual")
        out.append(m)
    return out
