"""Negated futures that refuse nothing asked: terms set, and force held back.

"will not release the prisoners" is a refusal (REJECT, :mod:`.refusals`). Told with the terms on
which the act would be done ("will not provide aid until it has assurances", "would not
negotiate under blackmail", "will not allow the troops to leave in a way that endangers the
allies"), the sentence states a condition, a stance on what others should do first, and turns
down no demand or offer: no event (the terms are the news once someone meets or refuses them).
Force said not to be used ("announced the army would not attack the regime") refuses no one
either: it is restraint declared, no REJECT, and no assault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .words import WILL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["unrefused"]

#: words that open a clause of the terms an act waits on ("until", "unless", "if")
_TERMS = word_class("condition_marks")
#: pressure under which one will not act ("under blackmail", "under duress")
_DURESS = word_class("duress_nouns")
#: nouns of the manner an act would be done in ("in a way that endangers the allies")
_MANNER = word_class("manner_nouns")


def _on_terms(verb: Token) -> bool:
    """Whether ``verb``'s clause, or its infinitive's ("will not allow them to leave in a way
    that ..."), sets the terms on which its act would be done."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                 for g in c.children) and _on_terms(c):
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _TERMS
                                     for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in _TERMS:  # "until then", "until its assurances"
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and (
                c.lower_ == "under" and g.lemma_.lower() in _DURESS
                or c.lower_ == "in" and g.lemma_.lower() in _MANNER
                and any(r.dep_ == "relcl" for r in g.children)) for g in c.children):
            return True
    return False


def _negated_future(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)


def unrefused(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the negated futures that are terms or restraint, not refusals
    (run before :func:`.refusals.refusals`, which reads the rest as rejections)."""
    out = []
    for m in mentions:
        verb = doc[m.trigger]
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":  # "will not end the strike"
            verb = verb.head
        if m.status == "negated" and verb.pos_ in ("VERB", "AUX") and _negated_future(verb) \
                and (_on_terms(verb) or m.sense.event_type == "ASSAULT"):
            continue
        out.append(m)
    return out
