"""What a clause tells as not done, beside :mod:`.status`: an act one is not let do, and an
act whose doers or undergoers are counted as few.

An act one is not let do ("will not allow the troops to leave") is not done, and is no failure
of its doers either: it is dropped, even where a force's acts not done are kept; so is an act
one is asked not to do ("urged the army not to attack"), one named only as what one does not
call for ("is not advocating any military action"), and what a force is told to do by a verb that
tells no act ("the police watched").

A party counted by a negative quantifier ("few of the demands have been met", "few detainees
were freed") is, by the quantifier's meaning, one of which the act is mostly denied: the
sentence tells what was not done, not a deed (PLOVER: negated events are not coded as done).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import children, tags, words
from ..wordclasses import word_class
from .lexicon import load_lexicon
from .unacted import question_put

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["few_done", "unlet"]

_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: words that make "few" a positive count ("a few", "quite a few")
_SOME = frozenset({"a", "quite"})
#: words that may stand before a "few" that opens its noun phrase ("very few", "too few")
_INTENS = frozenset({"very", "too", "so"})


def _opens(doc: Doc, np: int, few: int) -> bool:
    """Whether "few" at ``few`` opens the noun phrase headed at ``np``, alone or after "very",
    "too", "so": after a determiner or possessive ("the few", "his few remaining supporters")
    it names a small group, whose act is done."""
    left = doc[np].left_edge.i
    return left == few or left == few - 1 and doc[left].lower_ in _INTENS


def few_done(tok: Token) -> bool:
    """"few of the demands have been met", "few prisoners were freed": the subject or object
    of ``tok`` is counted by "few" (not "a few", "quite a few")."""
    doc = tok.doc
    kids, deps, lowers = children(doc), tags(doc).deps, words(doc).lowers
    for c in kids[tok.i]:
        if deps[c] not in _PARTIES:
            continue
        if lowers[c] == "few" and _opens(doc, c, c) and \
                not any(lowers[g] in _SOME for g in kids[c]):
            return True  # "few of the demands", "few were freed"
        if any(lowers[g] == "few" and deps[g] in ("amod", "det") and _opens(doc, c, g) and
               not any(lowers[h] in _SOME for h in kids[g]) and
               not (g > 0 and lowers[g - 1] in _SOME) and
               not any(deps[h] in ("det", "poss") and h != g for h in kids[c])
               for g in kids[c]):
            return True  # "few prisoners were freed"
    return False


_PERMISSION = word_class("permission_verbs")
_ASKING = word_class("asking_verbs")
_NOT = frozenset({"not", "n't", "never"})


_UNACTING = word_class("unacting_verbs")


def _unacting(tok: Token) -> bool:
    """A force's generic act told by a verb that tells no act ("fifty policemen watched", "did
    not let them pass"): the verb, or the one its subject word stands on."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return verb.lemma_.lower() in _UNACTING


def unlet(doc: Doc, m: Mention) -> bool:
    """"will not allow the troops to leave", "did not let them go": a negated act that its doers
    are not let do is neither done nor a failure of theirs; it is no event, even of a force
    whose task the act is. An act named by a noun after a light verb ("to carry out raids",
    "make arrests") is the verb's. What is coded is the withholding of leave, where the coder
    reads one as a refusal ("will not permit"); often it reads none, and nothing is coded.
    So is an act one is asked not to do ("urged the army not to attack": the asking is the
    event) and an act named only as the object of a verb negated that does not tell it ("is
    not advocating military action"; "did not make arrests", a light verb's, stays). Nor is a
    force's act outside the lexicon told by a verb of no act (word class ``unacting_verbs``:
    "cannot afford attacks", "revised the death toll")."""
    if m.construction == "generic_security_act" and _unacting(doc[m.trigger]):
        return True
    if m.status != "negated":
        return False
    tok = doc[m.trigger]
    if m.construction == "generic_security_act" and tok.lemma_.lower() in _PERMISSION:
        return True  # "did not let the marchers pass": leave withheld, no act of the force
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        if _negated(tok.head) and tok.head.lemma_.lower() not in load_lexicon().light_verbs:
            return True  # "is not advocating any military action": named, not done or failed
        tok = tok.head  # "to carry out raids", "make arrests"
    if _negated(tok) and tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i and \
            tok.head.lemma_.lower() in _ASKING and not question_put(tok.head):
        return True  # "urged the army not to attack": what is asked, no failure of the army
    for _ in range(2):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _PERMISSION and _negated(tok):
            return True
    return False


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _NOT
               for c in verb.children)
