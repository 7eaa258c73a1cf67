"""Standing acts, descriptions of people, warnings about others' acts and refusals to speak:
clauses told as acts that are no act by a party at a time.

An event is a particular act at a particular time by a party to another. Four forms the rules
read as acts tell something else:

* an act of force, coercion or posture told in the simple present, active or passive, with no
  time of its own: "they target schools", "the coalition bombs whatever moves", "before more
  children are killed", "US troops are stationed in the north", "troops are deployed along
  the border": what a party does as a rule, or how its forces stand, not one happening (a
  passive of force that names its doer or its ground, "are beaten by guards", "are held for
  the killing", is news told in the present; the progressive, "are shelling the town", "are
  being deployed", is an act under way; "on Tuesday" gives the clause a time of its own; a
  story's first sentence, its headline or lead, tells its news in the present, and so does an
  act of force or coercion with a named place, a count of those it touches or a named doer,
  "jets bomb positions in Afrin", "two guards are shot"); so
  is a force's standing duty told in the present progressive, "his forces are guarding 900
  prisoners" (a verb of keeping, :data:`_KEEPING`, not of going or striking);
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

from .code.occasions import auxes, own_time, present
from .realness_reading import PARTIES, bare_plural, placed
from .realness_totals import ground_total
from .wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .records import Event

__all__ = ["no_act", "standing", "describes_kind", "warning_against", "refusal_to_speak"]

#: acts of force, coercion and posture, which a simple present tells as a habit or a state
_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: acts (not postures) that a place, a count or a named doer makes news in the present
_ACTS = frozenset({"ASSAULT", "COERCE"})
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
#: the auxiliaries of the present progressive
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
#: the prepositions of why one is held or struck ("for the killing", "over the riot")
_GROUNDS = frozenset({"for", "over"})
#: verbs of a force's standing duty ("guarding", "patrolling")
_KEEPING = word_class("keeping_verbs")
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
    """An act of force, coercion or posture (:data:`_MATERIAL`) in the simple present with no
    time of its own (a passive of force naming no doer nor ground), or a force's duty
    (:data:`_KEEPING`) in the present progressive; never in a story's first sentence, nor an
    act told as a particular one (:func:`_particular`)."""
    if e.event_type not in _MATERIAL or tok.pos_ not in ("VERB", "AUX") or own_time(tok) \
            or tok.sent.start == 0 or e.event_type in _ACTS and _particular(tok):
        return False
    helpers = auxes(tok)
    if present(tok):  # a passive of force that names its doer or its ground is news
        return not helpers or e.event_type == "MOBILIZE" or not any(
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _GROUNDS for c in tok.children)
    return e.event_type == "MOBILIZE" and tok.tag_ == "VBG" and tok.lemma_.lower() in _KEEPING \
        and any(a.lower() in _PRESENT_BE for a in helpers) and len(helpers) == 1


def _particular(verb: Token) -> bool:
    """An act told of particulars: a named place on it or on its parties ("in Kandahar"), a
    count of its doers or its targets ("20 protesters"), or a doer named as a party ("Turkish
    jets")."""
    if placed(verb, arguments=True):
        return True
    for c in verb.children:
        if c.dep_ in _PARTICIPANTS and any(d.dep_ == "nummod" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(
                t.ent_type_ in PARTIES for t in (c, *(d for d in c.children
                                                       if d.dep_ in ("amod", "compound")))):
            return True
    return False


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
