"""Refusals: "will not release the prisoners" is a REJECT (CAMEO 12) by the same actor; what a
rejection turns down ("rejected Iraq's proposal to hold talks") is no event beside it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..deps import object_verb
from ..wordclasses import word_class
from .lexicon import Sense
from .mention import RULESET
from .modality import purpose
from .nouns import partaken
from .words import UNDONE, WILL

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
        taking_part = partaken(tok)  # "will not take part in the talks"
        verb = taking_part or object_verb(tok)
        if any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
            out[-1] = replace(m, sense=replace(_REFUSAL, lemma=m.sense.lemma), status="actual",
                              fatalities=None, injuries=None, rule=f"{RULESET}:refusal",
                              construction="refusal", confidence=min(m.confidence, 0.8))
            if taking_part is not None and taking_part.i != tok.i:
                # the refusal is the word of taking part; "will not hold talks" keeps 'talks'
                out[-1] = replace(out[-1], trigger=verb.i, trigger_span=(verb.i, verb.i + 1))
    return out


_DECISIONS = word_class("decision_nouns")
# what a rejection's object can be as words: a proposal, an offer, a call, a demand, a
# criticism; a deed done ("defied the curfew imposed by the army", "rejected the sanctions
# the US imposed") stays an event of its own
_TURNED_DOWN = frozenset({"REQUEST", "AGREE", "CONSULT", "THREATEN", "ACCUSE", "SUPPORT",
                          "REJECT", "COOPERATE"})


def rejected_content(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"rejected Iraq's proposal for a ceasefire", "rejected a request to interrogate the
    detainees", "would not meet their demands to release prisoners": the proposal, demand or
    offer turned down is what the rejection is about (CAMEO codes the rejection alone), and the
    act it asks for is not done; neither is a second event. Acts told as done inside the
    rejected object stay ("rejected criticism of the killing of protesters"), and so does what
    its maker decided ("opposed the decision to withdraw the troops"): opposing it undoes
    nothing."""
    turned_down: set[int] = set()
    heads: set[int] = set()
    for m in mentions:
        if m.sense.event_type != "REJECT" or m.status == "negated":
            continue
        tok = doc[m.trigger]
        verb = tok.head if m.construction == "refusal" and tok.dep_ == "dobj" else tok
        for obj in verb.children:
            if obj.dep_ in ("dobj", "nsubjpass") and obj.i != m.trigger:
                heads.add(obj.i)
                if obj.lemma_.lower() not in _DECISIONS:
                    turned_down.update(t.i for t in obj.subtree)
            elif purpose(obj):
                # a rejection serves no purpose: "rejected calls by the union to halt the
                # sale" is read at times with the infinitive on the verb; it is the call's
                turned_down.update(t.i for t in obj.subtree)
    if not (heads or turned_down):
        return mentions
    return [m for m in mentions if not (m.trigger in heads and (
        m.sense.event_type in _TURNED_DOWN or m.status in UNDONE)) and not (
        m.trigger in turned_down and m.status in UNDONE)]
