"""Habits and standing states told in the present: one test for every stage that asks.

An event is a particular act at a particular time by a party to another. A clause in the simple
present ("kills", "are killed") with no time of its own tells no such act but what is so or done
as a rule, when nothing else in it makes it one occasion. :func:`standing` says by which form:

* ``held``: the clause hangs on another as what is so: a restrictive relative clause ("a ruler
  who starves his people", "prisoners who are beaten") or what one knows or believes ("we know
  that the group fights from homes"), or a conjunct of one;
* ``kind``: a passive whose subject is a kind, a bare plural naming no party ("women who refuse
  are beaten", "prisoners are taken to the camp");
* ``habit``: an act of force or coercion ("they target schools", "before more children are
  killed"), or a posture ("troops are stationed in the north": how forces stand);
* ``duty``: a force's standing duty in the present progressive, or in the past progressive of
  a relative clause that describes the thing kept or the keepers, a verb of keeping ("his forces
  are guarding 900 prisoners", "the building they were guarding", "the soldiers who were
  guarding the gate"), not of going or striking: a description of the scene or of a party, not
  an act in the story ("police were patrolling the area when ..." tells what the police did that
  day, and stays; so does the act done to or by the keepers).

What makes a present clause one occasion: a time in the clause ("on Tuesday"), an adverb of
habit ("routinely": the rules of records weigh it), a verb of saying or a status frame ("denies
it": the speaker's act now), and, for a clause that stands alone, the story's first sentence (a
headline or lead tells its news in the present) and, for an act (not a posture), its
particulars: a named place on it or on its parties, a count of its doers or targets, a doer
named as a party, a passive's doer or ground ("are beaten by guards", "are held for the
killing"). The progressive ("are shelling") is an act under way. The code stage asks without an
event type (the ``held`` and ``kind`` forms, which need none); the real-event filter with one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordclasses import word_class
from .frames import load_frames
from .occasions import as_a_rule, auxes, own_time, present
from .particulars import ARGUMENTS, PARTIES, bare_plural, placed
from .speakers import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["standing", "POSTURES"]

#: acts of force and coercion, which a simple present tells as a habit, and postures (how forces
#: stand), which it tells as a state
_ACTS = frozenset({"ASSAULT", "COERCE"})
POSTURES = frozenset({"MOBILIZE"})
#: the auxiliaries of the progressive, present and past
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_BE = _PRESENT_BE | {"was", "were"}
#: the prepositions of why one is held or struck ("for the killing", "over the riot")
_GROUNDS = frozenset({"for", "over"})
#: verbs of a force's standing duty ("guarding", "patrolling")
_KEEPING = word_class("keeping_verbs")
#: verbs of knowing and believing: what they hold in the present is so
_KNOWING = frozenset({"know", "believe", "think", "understand", "realise", "realize", "feel",
                      "suppose", "assume", "reckon"})


def standing(tok: Token, event_type: str | None = None) -> str | None:
    """The form (``held``, ``kind``, ``habit``, ``duty``) by which the clause of the verb
    ``tok`` tells a habit or a standing state, or ``None`` for an act; ``event_type`` is the
    event's PLOVER type (the ``habit`` and ``duty`` forms need it)."""
    if tok.pos_ not in ("VERB", "AUX") or own_time(tok, clause=True) or as_a_rule(tok):
        return None
    frames = load_frames()
    lemma = tok.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in frames.verbs or lemma in frames.claims:
        return None
    if present(tok):
        if not auxes(tok) and _held(tok):
            return "held"
        if tok.sent.start == 0:
            return None
        if event_type not in POSTURES and _particular(tok):
            return None
        if auxes(tok) and any(c.dep_ == "nsubjpass" and c.ent_type_ not in PARTIES
                              and bare_plural(c) for c in tok.children):
            return "kind"
        return "habit" if event_type in _ACTS | POSTURES else None
    if event_type in POSTURES and tok.tag_ == "VBG" and lemma in _KEEPING \
            and tok.sent.start != 0:
        helpers = auxes(tok)
        if len(helpers) == 1 and (helpers[0].lower() in _PRESENT_BE or
                                  helpers[0].lower() in _BE and tok.dep_ == "relcl"):
            return "duty"  # (a past one only as what describes the thing or the keepers)
    return None


def _held(verb: Token) -> bool:
    """A clause hung on another as what is so: a relative clause, what one knows or believes,
    or a conjunct of one."""
    head = verb.head
    if verb.dep_ == "conj":
        return head.i != verb.i and standing(head) == "held"
    if verb.dep_ == "ccomp":
        return head.lemma_.lower() in _KNOWING
    return verb.dep_ == "relcl"


def _particular(verb: Token) -> bool:
    """An act told of particulars: a named place on it or on its parties ("in Kandahar"), a
    count of its doers or its targets ("20 protesters"), a doer named as a party ("Turkish
    jets"), or a passive's doer or ground ("by guards", "for the killing")."""
    if placed(verb, arguments=True):
        return True
    for c in verb.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _GROUNDS and auxes(verb):
            return True
        if c.dep_ in ARGUMENTS and any(d.dep_ == "nummod" for d in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(
                t.ent_type_ in PARTIES for t in (c, *(d for d in c.children
                                                       if d.dep_ in ("amod", "compound")))):
            return True
    return False
