"""Clauses that tell of no act of their own, though their verb names one: what a party can
do ("is able to strike"), what an amount of doing is for ("did little to stop it"), and what is
so or done as a rule, told in the simple present in a clause hung on another ("as the group
retreats into the desert"); a question put with a verb of asking ("asked whether ..."), and a
participle of standing used as a noun ("the accused"), a state that changes by itself
("tensions rose"), and the plot of a work of fiction ("in the film, a soldier kills his
commander"). Read from the parse and the status-frame table; part
of :func:`~dateline.code.modality.unreal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import lemma_set
from ..wordclasses import word_class
from .frames import load_frames
from .occasions import auxes
from .standing import standing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ability", "done_so_much", "fiction", "named_by_standing", "question_put",
           "standing_present", "state_change"]


# What a doing amounts to: "has done the most to support them", "did little to stop it"
_AMOUNTS = frozenset({"more", "most", "enough", "little", "less", "least", "nothing",
                      "everything", "anything", "something", "much", "all"})


def done_so_much(verbs: list[Token]) -> bool:
    """"has done the most to support the opposition", "press them to do more to hand over the
    exiles", "did little to stop the killing": an infinitive that says what an amount of doing
    was or would be for tells of no act of its own."""
    for t in verbs:
        if "to" not in auxes(t) or t.head.i == t.i:
            continue
        head = t.head
        if t.dep_ in ("relcl", "acl") and head.lower_ in _AMOUNTS and \
                head.head.lemma_.lower() == "do":
            return True
        if t.dep_ == "advcl" and head.lemma_.lower() == "do" and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in _AMOUNTS for c in head.children):
            return True
    return False


_ABLE = frozenset({"able", "capable"})


def ability(verbs: list[Token]) -> bool:
    """"the army is able to strike anywhere", "talk of aircraft being able to use the bases",
    "an army capable of resuming the battle": what a party can do now or could do, no act (not
    "was able to escape", a past ability used)."""
    for t in verbs:
        head = t.head
        if t.dep_ == "pcomp" and head.i != t.i and head.head.i != head.i:
            head = head.head  # "capable of resuming"
        elif t.dep_ != "xcomp" or "to" not in auxes(t):
            continue
        if head.i == t.i or head.lemma_.lower() not in _ABLE:
            continue
        if head.dep_ not in ("acomp", "xcomp") or head.head.i == head.i:
            return True  # "an army capable of resuming the battle"
        be = head.head
        if be.tag_ in ("VBZ", "VBP", "VBG", "VB") or load_frames().moods(auxes(be)):
            return True
    return False


def standing_present(verbs: list[Token], tok: Token) -> bool:
    """"a principle on which we all agree", "we know that the group fights from homes", "women
    who refuse are beaten": the verb trigger's clause tells a habit or a standing state
    (:func:`dateline.code.standing.standing`, asked without an event type)."""
    return bool(verbs) and verbs[0].i == tok.i and standing(tok) is not None


# Verbs of asking, and what opens a question put with them
_ASKING = frozenset({"ask", "inquire", "enquire"})
_WHETHER = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def question_put(tok: Token) -> bool:
    """"asked whether Labour would back intervention", "asked the minister why the army had
    withdrawn", "asked about the raid": an asking whose complement is a question puts the
    question, no appeal for anything (not "asked them to withdraw", "asked for a briefing",
    "asked that the troops leave")."""
    if tok.lemma_.lower() not in _ASKING or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in ("ccomp", "advcl") and c.i > tok.i:
            first = c.left_edge  # (an adverbial "if" or "when" clause is a condition or a time:
            if first.lower_ == "whether" or c.dep_ == "ccomp" and (  # "asked Britain's help
                    first.lower_ in _WHETHER or first.tag_ in _WH_TAGS):  # if it spreads")
                return True
    # the parse may hang the "whether" clause elsewhere ("asked on the radio programme
    # whether ..."): the first word after the verb that opens what is asked tells it, within
    # the verb's own clause ("asked Britain's help, but it was unclear whether ...": another)
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + _REACH)]:
        if t.lower_ == "whether":
            return True
        if t.is_sent_start or t.lower_ in _OPENERS or t.pos_ in _CLAUSE_WORDS:
            return False
    return False


# How far after a verb of asking its question or appeal opens, the words that open an appeal,
# and those that open another clause
_REACH = 12
_OPENERS = frozenset({"to", "for", "that"})
_CLAUSE_WORDS = frozenset({"VERB", "AUX", "CCONJ", "SCONJ"})


_STANDING = word_class("standing_participles")
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def named_by_standing(tok: Token) -> bool:
    """"the accused were granted bail", "of the six accused", "four other accused": a
    participle of standing used as a noun names people by what is held against them, no act
    (not "accused the army of torture", "two men accused of the killing")."""
    if tok.tag_ != "VBN" or tok.lower_ not in _STANDING or any(
            c.dep_ in ("agent", "dobj", "obj", "aux", "auxpass", "nsubj", "nsubjpass")
            or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if any(c.dep_ in ("det", "predet", "nummod", "poss") for c in tok.children):
        return True
    if tok.dep_ in _NOMINAL:
        return True
    return tok.dep_ == "acl" and tok.head.i != tok.i and tok.head.pos_ not in ("NOUN", "PROPN")


_FICTION = word_class("fiction_works")
_OWNED = frozenset({"det", "poss"})
_DEPICTING = frozenset({"relcl", "acl"})


def _a_work(noun: Token) -> bool:
    """A particular work of fiction: "the film", "his novel", "a thriller" (not "in play")."""
    return noun.lemma_.lower() in _FICTION and any(c.dep_ in _OWNED for c in noun.children)


def fiction(tok: Token) -> bool:
    """"In the film, a soldier kills his commander", "a novel in which rebels seize the
    capital", "the film follows a sniper who shoots ...": an act of a work's plot, told within
    the work (a prepositional "in" on the trigger or a word above it, a relative clause on the
    work or on what it is about, or the work as the subject of a verb above it), is no
    happening."""
    if _FICTION.isdisjoint(lemma_set(tok.doc)):
        return False  # no word of a work in the whole text: most texts
    node = tok
    for _ in range(10):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    o.dep_ == "pobj" and _a_work(o) for o in c.children):
                return True
            if c.dep_ == "nsubj" and node.i != tok.i and _a_work(c):
                return True
        if node.dep_ in _DEPICTING and node.head.i != node.i and _a_work(node.head):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "about" and _a_work(node.head.head):
            return True  # "a novel about rebels who seize the capital"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_STATES = word_class("state_nouns")
_DONE_TO = frozenset({"dobj", "obj", "agent", "nsubjpass", "dative"})


def state_change(tok: Token) -> bool:
    """"tensions rose", "relations soured", "fears have grown": a verb whose subject is a state
    or a mood and which does nothing to anyone (no object, no agent) tells how things stand,
    not an act (not "the row raised tensions", whose doer is named)."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in _DONE_TO for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and not subj.ent_type_ and subj.lemma_.lower() in _STATES
