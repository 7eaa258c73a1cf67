"""Purposes: how an act told only as an aim ("to disperse", "in order to attack", "sought to
seize") is told, for the real-event model (:mod:`dateline.realness`).

An aim is attempted, not reported done, but how much of it the text tells depends on what
carries it. A purpose hung on a deed reported done ("police fired tear gas to disperse the
crowd", "experts travelled to Syria to investigate") tells an act undertaken there and then;
a purpose hung on a verb of bare striving ("moved to block", "worked to rescue"), on a deed
not done, or on a thing ("funds to help", "the campaign to retake", "an attempt to kill")
tells what someone wants or plans, seldom a happening. A verb of trying tells an attempt made
when it is told as done in the past ("tried to kill him"), a wish or a habit when not.

:func:`aim_kind` names the carrier's kind; :func:`means_relation` says how the events told of
the carrier (its verb or its object: "fired tear gas") stand to the aim's: none, the same type
(a second reading of one happening), both force (:data:`FORCE`: an act of force done to force
an outcome, the aim's force is the deed's) or another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..aspect import tense_of
from ..wordclasses import word_class
from .frames import load_frames
from .modality import purpose
from .status import status_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FORCE", "aim_kind", "means_of", "means_relation", "kept_with_means"]

#: the types of an act of force, done to someone or something there and then
FORCE = frozenset({"ASSAULT", "COERCE"})
#: verbs of bare striving, whose purpose is all they tell ("moved to block the bill")
_EFFORT = word_class("effort_verbs")
_GOING = word_class("going_verbs") | word_class("trip_verbs")
_ATTEMPT_NOUNS = word_class("attempts")
_CAMPAIGNS = word_class("campaign_nouns")


def aim_kind(tok: Token) -> str | None:
    """What carries the aim ``tok`` (an event's trigger), ``None`` when it is no aim:
    ``done_past`` (a deed reported done in the past: "fired to disperse"), ``done_now`` (done,
    told in the present: a habit or a plan as often as a deed), ``journey`` (a going, done:
    "travelled to Syria to investigate"), ``effort`` (a verb of striving, with a purpose or a
    complement: "moved to block"), ``undone`` (a deed not reported done), ``thing`` (a noun:
    "funds to help"), ``attempt`` (a noun of trying: "an attempt to kill"), ``campaign`` ("the
    push to oust"),
    ``tried_past`` / ``tried`` (a verb of trying, told in the past or not)."""
    head = tok.head
    if head.i == tok.i:
        return None
    lemma = head.lemma_.lower()
    if purpose(tok):
        if head.pos_ not in ("VERB", "AUX"):
            return "thing"
        # a going somewhere ("moved to the border to block them") before a bare striving
        went = lemma in _GOING and any(c.dep_ in ("prep", "advmod") for c in head.children)
        if lemma in _EFFORT and not went:
            return "effort"
        if status_of(head) != "actual":
            return "undone"
        if went:
            return "journey"
        return "done_past" if tense_of(head) == "past" else "done_now"
    if tok.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return ("attempt" if lemma in _ATTEMPT_NOUNS else "campaign" if lemma in _CAMPAIGNS
                else "thing")
    if tok.dep_ == "xcomp" and head.pos_ == "VERB":
        if load_frames().verbs.get(lemma, ("",))[0] == "attempted":
            return "tried_past" if tense_of(head) == "past" else "tried"
        if lemma in _EFFORT:
            return "effort"  # "moved to block the bill": the striving told, not the act
    return None


def means_of(tok: Token) -> list[int]:
    """The words that carry the deed a purpose ``tok`` serves: its head verb and that verb's
    object ("fired tear gas to disperse"); none when ``tok`` is no purpose."""
    if not purpose(tok):
        return []
    head = tok.head
    return [head.i] + [c.i for c in head.children if c.dep_ in ("dobj", "obj")]


def means_relation(aim_type: str, means_types: list[str]) -> str:
    """How the events told of the means (their types, ``means_types``) stand to the aim's
    type: ``none``, ``same`` (one happening read twice), ``force`` (both acts of force: the
    deed is the attempt), ``other``."""
    if not means_types:
        return "none"
    if aim_type in means_types:
        return "same"
    if aim_type in FORCE and any(t in FORCE for t in means_types):
        return "force"
    return "other"


def kept_with_means(kind: str | None, relation: str) -> bool:
    """An aim of force pursued by a deed of force reported done ("police fired tear gas to
    disperse the crowd", "troops stormed the building to free the hostages"): the deed is the
    attempt, told as much as the deed, so it is left to its status as the deed is not judged
    apart from it."""
    return kind in ("done_past", "done_now") and relation == "force"
