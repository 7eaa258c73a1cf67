"""Standing acts, descriptions of people, warnings about others' acts and refusals to speak:
clauses told as acts that are no act by a party at a time.

An event is a particular act at a particular time by a party to another. Four forms the rules
read as acts tell something else:

* a habit or a standing state told in the present: "they target schools", "troops are
  stationed in the north", "his forces are guarding 900 prisoners" (one test for every stage,
  :func:`dateline.code.standing.standing`, asked here with the event's type);
* a stance or a deed of words in a clause that says who a kind of people are: "those who
  refused to surrender", "foreign fighters who refused to leave", "activists who have visited
  the prisons": a restrictive relative clause (no comma before it) on a bare plural or on
  "those", "anyone", ..., with no time of its own, describes the people it names
  (:data:`_WORDS_AND_STANCES`: not force, coercion or protest, which stay acts whoever does
  them);
* a warning against an act, "warned the rebels against an attack", with no clause saying what
  the speaker will do: advice against another's act threatens nothing of the speaker's ("...,
  saying it would respond" is a threat, and keeps its event);
* a refusal to speak, "declined to comment", "refused to give details": a no-comment is no act
  to anyone (a refusal to meet, to leave or to hand over is one).

:func:`no_act` also asks :mod:`dateline.realness_totals` (ground won or lost over a campaign).
Only stories of more than one sentence are read so, as the other background forms of
:mod:`dateline.realness_generic` (which calls :func:`no_act`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .code.occasions import own_time
from .code.particulars import bare_plural
from .code.standing import standing as habit_or_state
from .realness_totals import ground_total
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Event

__all__ = ["no_act", "standing", "describes_kind", "warning_against", "refusal_to_speak"]

#: stances and deeds of words, which a clause describing people tells of them
_WORDS_AND_STANCES = frozenset({"REJECT", "SUPPORT", "CONSULT", "AGREE", "REQUEST", "ACCUSE",
                                "COOPERATE", "CONCEDE"})
#: pronouns that name a kind of people ("those who refused")
_KIND_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "all",
                            "people", "whoever"})
#: verbs of warning, and the clauses that say what the speaker will do
_WARNINGS = frozenset({"warn", "caution"})
_OWN_ACT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})
_REFUSALS = frozenset({"decline", "refuse"})
#: speaking, and the things one tells ("give details")
_SPEAKING, _TOLD = word_class("speech_refusals"), word_class("told_things")


def standing(tok: Token, e: Event) -> bool:
    """A habit or a standing state told in the present (:func:`dateline.code.standing.standing`,
    asked with the event's type)."""
    return habit_or_state(tok, e.event_type) is not None


def describes_kind(tok: Token, e: Event) -> bool:
    """A stance or deed of words (:data:`_WORDS_AND_STANCES`) in a restrictive relative clause
    on a kind of people, with no time of its own."""
    if e.event_type not in _WORDS_AND_STANCES or tok.dep_ != "relcl" or \
            own_time(tok, clause=True):
        return False
    head, first = tok.head, tok.left_edge
    if first.i > 0 and tok.doc[first.i - 1].is_punct:
        return False  # ", who ...": a clause adding what one did, not saying who one is
    return head.lower_ in _KIND_PRONOUNS or bare_plural(head)


def warning_against(tok: Token, e: Event) -> bool:
    """A threat read from "warned (them) against an act" that says nothing of the speaker's
    own act."""
    if e.event_type != "THREATEN" or tok.lemma_.lower() not in _WARNINGS:
        return False
    kids = list(tok.children)
    against = any(c.dep_ == "prep" and c.lower_ == "against" for w in (tok, *(
        c for c in kids if c.dep_ == "dobj")) for c in w.children)
    return against and not any(c.dep_ in _OWN_ACT_DEPS for c in kids)


def refusal_to_speak(tok: Token, e: Event) -> bool:
    """A refusal read from "declined to comment", "refused to give details"."""
    if e.event_type != "REJECT" or tok.lemma_.lower() not in _REFUSALS:
        return False
    for c in tok.children:
        if c.dep_ != "xcomp":
            continue
        verb = c.lemma_.lower()
        if verb in _SPEAKING or verb == "give" and any(
                d.dep_ == "dobj" and d.lemma_.lower() in _TOLD for d in c.children):
            return True
    return False


def no_act(tok: Token, e: Event) -> bool:
    """Whether ``e`` (told as done, its trigger ``tok``) is a standing act, a description of a
    kind of people, a warning against another's act, a refusal to speak, or ground won or lost
    over a campaign (:func:`~dateline.realness_totals.ground_total`)."""
    return standing(tok, e) or describes_kind(tok, e) or warning_against(tok, e) or \
        refusal_to_speak(tok, e) or ground_total(tok, e)
