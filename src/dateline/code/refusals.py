"""Refusals: "will not release the prisoners" is a REJECT (CAMEO 12) by the same actor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import Sense
from .mention import RULESET
from .words import WILL

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .mention import Mention


_REFUSAL = Sense("refuse", "REJECT", None, "12", None, None)


def refusals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"will not release the prisoners", "won't lift the ban": saying so is a refusal (REJECT,
    CAMEO 12) by the same actor, and that refusal is the one event the trigger gives; the act it
    refuses is not done, and told again as a negated twin it would be a second event of one
    word."""
    out = []
    for m in mentions:
        out.append(m)
        if m.status != "negated":
            continue
        tok = doc[m.trigger]
        verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
        if any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
            out[-1] = replace(m, sense=replace(_REFUSAL, lemma=m.sense.lemma), status="actual",
                              fatalities=None, injuries=None, rule=f"{RULESET}:refusal",
                              construction="refusal", confidence=min(m.confidence, 0.8))
    return out
