"""The weapon an act is done with: the words tied to its trigger, not any in its sentence.

An assault's mode names its means (PLOVER: aerial, drone, heavy-weapons, explosives, crowd
control, ...). A weapon named elsewhere in the sentence belongs to another act or to the thing
struck: "rebels shot down a jet" is no aerial attack (the jet is the target and the missile is
fired from the ground), "soldiers shot deserters who fled after a helicopter was hit" names the
helicopter in another clause, "forces backed by air support have been fighting" names the air
power of someone else. The words tied to the trigger are its own phrase (its modifiers, its
doer, the instrument it is done "with", "by", "in" or "using"), without what it is done to
(its object, a passive subject, a target after "at", "on" or "against") and without the other
clauses of the sentence; a noun trigger carried by a light verb ("carried out a raid") and a
participle on its doer ("airstrikes killing dozens") share the doer's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..deps import subject
from ..tokens import tags
from ..wordclasses import word_class
from .words import WHEN_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["WEAPON_CUES", "tied_lemmas"]

#: the cue sets of the ACLED table (acled/cues.tsv) that name a means of violence: the mode
#: they give must be named by the act's own words
WEAPON_CUES = frozenset({"chemical", "chemical_fill", "suicide", "drone", "air", "shelling",
                         "grenade", "explosive", "crowd", "crowd_munitions"})
# dependents of the trigger that are what it is done to, or other acts
_NOT_MEANS = frozenset({"dobj", "obj", "nsubjpass", "attr", "dative", "conj", "cc", "ccomp",
                        "parataxis", "advcl", "xcomp", "appos", "punct", "oprd", "acomp"})
# dependents of a verb trigger that are clauses of their own (a noun's are its description)
_CLAUSES = frozenset({"relcl", "acl"})
# prepositions that name whom or what an act is aimed at, not what it is done with
_TARGET_PREPS = word_class("target_preps")
# verbs whose clause names the instrument ("using a shoulder-held missile")
_INSTRUMENT_VERBS = word_class("instrument_verbs")
# verbs whose object is the weapon ("fired tear gas"), not the target
_PROJECTILE_VERBS = word_class("projectile_verbs")
_DOERS = frozenset({"nsubj", "agent", "csubj"})
# "surface-to-air", "anti-aircraft": the word after names the target; "air defences" fire up
_AIMED_AT_MARKS = frozenset({"to", "anti", "counter"})
_DEFENCES = frozenset({"defence", "defense", "defences", "defenses"})
_SKYWARD = frozenset({"in", "into", "towards", "toward", "skyward"})


def _own(tok: Token, out: set[int], top: bool = False) -> None:
    """``tok`` and the words of its phrase that tell its means (``top``: the trigger or the
    weapon it fires, whose clauses describe it when it is a noun: "shells filled with mustard
    gas"; another noun's clauses tell acts of their own: "forces backed by air support")."""
    if _aimed_at(tok):
        return  # "a surface-to-air missile", "anti-aircraft guns": what they are aimed at
    out.add(tok.i)
    verbal = tok.pos_ in ("VERB", "AUX")
    fired = verbal and tok.lemma_.lower() in _PROJECTILE_VERBS
    for c in tok.children:
        if fired and c.dep_ in ("dobj", "obj", "nsubjpass"):
            _own(c, out, top=True)  # "fired tear gas", "barrel bombs were dropped"
        elif c.dep_ in _NOT_MEANS or ((verbal or not top) and c.dep_ in _CLAUSES):
            if c.lemma_.lower() in _INSTRUMENT_VERBS:
                _own(c, out)  # "shot down the jet using a missile"
            elif c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in WHEN_MARKS
                                           for g in c.children):
                _doers(c, out)  # "killed when airstrikes hit the area"
        elif c.dep_ != "prep" or c.lemma_.lower() not in _TARGET_PREPS:
            _own(c, out)


def _aimed_at(tok: Token) -> bool:
    """Whether ``tok`` names what a weapon is aimed at: "(surface-to-)air", "anti-aircraft",
    "air defences", or where a shot goes: "fired in the air"."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _AIMED_AT_MARKS:
        return True
    if tok.lower_.startswith(("anti-", "to-")):
        return True
    if tok.lower_ == "air" and tok.dep_ == "pobj" and tok.head.lower_ in _SKYWARD:
        return True  # "fired in the air", "shots into the air": where the shots go (a warning),
        # no aircraft
    return i + 1 < len(doc) and doc[i + 1].lemma_.lower() in _DEFENCES


def _doers(tok: Token, out: set[int]) -> None:
    """The doer and the instrument of the verb ``tok``: its subject, its "by" and "with"."""
    for c in tok.children:
        if c.dep_ in _DOERS or (c.dep_ == "prep" and c.lemma_.lower() not in _TARGET_PREPS):
            _own(c, out)


def _other_doer(clause: Token, head: Token) -> bool:
    """Whether the main verb ``head`` of a clause opened by "while" or "after" is done by
    another than the clause's doer: the main verb is passive (its doer is not its subject) or
    the clause names a subject of its own other than the main verb's."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return True
    own = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    main = subject(head)  # (its first subject is its "nsubj": a passive one returned above)
    return own is not None and (main is None or own.lower_ != main.lower_)


def tied_lemmas(trigger: Token, doer: Span | None = None) -> frozenset[str]:
    """The lemmas (and two-lemma phrases) of the words tied to an act's trigger, with those
    of the words ``doer`` that name who did it (found by the roles where the parse hangs the
    act elsewhere: "suicide bombers linked to the group killed 57")."""
    out: set[int] = set() if doer is None else set(range(doer.start, doer.end))
    _own(trigger, out, top=True)
    head = trigger.head
    if head.i != trigger.i:
        if trigger.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
            _doers(head, out)  # "jets carried out a raid"
        elif trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not (
                any(c.dep_ == "mark" for c in trigger.children) and _other_doer(trigger, head)):
            _own(head, out, top=True)  # "tossed a grenade at a market, wounding five"
            # (a clause opened by "while", "after", "before" tells another act going on
            # at the time, with its own means when another did the main act: "killed by a
            # roadside bomb while fighting the rebels"; not when the same doer did both:
            # "detonated a car bomb while attacking the gate")
        elif trigger.dep_ == "conj" and not any(c.dep_ in _DOERS for c in trigger.children):
            _doers(head, out)  # "jets bombed and destroyed the bridge"
        elif trigger.dep_ in ("acl", "relcl") and trigger.tag_ != "VBN" and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
            out.add(head.i)  # "airstrikes killing dozens", "a drone that struck"
            out.update(c.i for c in head.children if c.dep_ in ("compound", "amod"))
    lemmas = tags(trigger.doc).lemmas
    ordered = sorted(out)
    return frozenset(lemmas[i] for i in ordered) | frozenset(
        f"{lemmas[a]} {lemmas[b]}" for a, b in zip(ordered, ordered[1:], strict=False)
        if b == a + 1)
