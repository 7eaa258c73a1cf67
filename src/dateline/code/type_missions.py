"""Forces sent on a peace mission, and exercises held jointly: cooperation, not a show of force.

CAMEO's 15 (PLOVER MOBILIZE) is a party's show or posture of force. Troops deployed, sent or
arriving to keep the peace ("sent a platoon to a peacekeeping mission", "peacekeeping troops
arrived in the capital") provide military protection or peacekeeping (CAMEO 074, PLOVER AID);
exercises held jointly with another party ("joint military exercises") are military
cooperation (CAMEO 062, PLOVER COOPERATE). Both are material cooperation, whatever the verb.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["missions_of_peace"]

_PEACE = word_class("peace_mission_words")
_DRILLS = word_class("military_drills")


#: Prepositions whose phrases say what forces are sent as or for ("to a peacekeeping mission",
#: "on a peace mission", "as peacekeepers", "the deployment of peacekeepers"); a phrase of where
#: they go or stand ("around the UN peacekeeping base") says nothing of their task.
_TASK_PREPS = frozenset({"to", "on", "as", "for", "of"})


def _task_words(tok: Token) -> list[Token]:
    """``tok`` and the words of its phrase but for phrases of place, however deep."""
    words = [tok]
    for c in tok.children:
        if not (c.dep_ == "prep" and c.lower_ not in _TASK_PREPS):
            words += _task_words(c)
    return words


def _peace_words(tok: Token) -> bool:
    """A word of a peace mission in the trigger's phrase, or in the purpose phrases of the verb
    that carries a noun trigger ("announced the deployment of troops on a peacekeeping
    mission"); never in a phrase of place ("deployed troops around the peacekeepers' base")."""
    words = _task_words(tok)
    if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        words += [w for c in tok.head.children if c.dep_ == "prep" and c.lower_ in _TASK_PREPS
                  for w in _task_words(c)]
    return any(w.lemma_.lower() in _PEACE or w.lower_ in _PEACE for w in words)


def _joint(tok: Token) -> bool:
    """"joint exercises", "exercises with the Jordanian army": drills shared with another."""
    return tok.lemma_.lower() in _DRILLS and any(
        c.dep_ == "amod" and c.lower_ in ("joint", "combined", "bilateral", "multinational")
        or c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def missions_of_peace(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """MOBILIZE mentions of peace missions as AID, of joint exercises as COOPERATE."""
    out = []
    for m in mentions:
        if m.sense.event_type == "MOBILIZE":
            tok = doc[m.trigger]
            if _joint(tok):
                m = replace(m, sense=replace(m.sense, event_type="COOPERATE", mode=None,
                                             cameo_root="06", cameo_code="062",
                                             acled_event_type=None, acled_sub_event_type=None))
            elif _peace_words(tok):
                m = replace(m, sense=replace(m.sense, event_type="AID", mode=None,
                                             cameo_root="07", cameo_code="074",
                                             acled_event_type=None, acled_sub_event_type=None))
        out.append(m)
    return out
