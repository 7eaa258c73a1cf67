"""What a clause tells as only meant or as not done, beside :mod:`.status`: the act a journey
or an invitation is for, and an act whose doers or undergoers are counted as few or none.

A purpose clause tells an intention. Where its means is a going somewhere, or having someone
come ("made their way to Sochi to attend a conference", "flew to Moscow to hold talks",
"invited the leaders to Paris to discuss"), the act it names lies ahead at the journey's end:
it is intended (the status the codebase calls proposed), not begun, so not attempted. Where the
means is itself the first step of the act ("fired tear gas to disperse the crowd"), the act is
attempted, as before.

An act one is not let do ("will not allow the troops to leave") is not done, and is no failure
of its doers either: it is dropped, even where a force's acts not done are kept.

A party counted by a negative quantifier ("few of the demands have been met", "few detainees
were freed") is, by the quantifier's meaning, one of which the act is mostly denied: the
sentence tells what was not done, not a deed (PLOVER: negated events are not coded as done).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..tokens import children, tags, words
from ..wordclasses import word_class
from .modality import purpose

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .mention import Mention

__all__ = ["journey_purpose", "purpose_status", "few_done", "unlet"]

_GOING = word_class("going_verbs") | word_class("arriving") | word_class("trip_verbs") | \
    word_class("setting_out")
#: verbs of having someone come to a place (their "to" clause tells what the guest is to do)
_INVITING = frozenset({"invite", "summon"})
#: prepositions and adverbs of where a journey goes or comes from
_WHERE_TO = frozenset({"to", "for", "into", "toward", "towards", "in", "at", "from"})
_WHITHER = frozenset({"there", "here", "home", "abroad", "back", "away"})
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: words that make "few" a positive count ("a few", "quite a few")
_SOME = frozenset({"a", "quite"})


def _journey(verb: Token) -> bool:
    """"flew to Moscow", "arrived in Sochi", "went there", "made their way", "invited them": a
    going told with where it goes or comes from, or a having come (not "went on Twitter to
    denounce them", a turning to a medium, no journey)."""
    lemma = verb.lemma_.lower()
    if lemma in _INVITING:
        return True
    if lemma in _GOING:
        return any(c.dep_ == "prep" and c.lower_ in _WHERE_TO or
                   c.dep_ == "advmod" and c.lower_ in _WHITHER for c in verb.children)
    return lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "way" for c in verb.children)


def journey_purpose(verb: Token) -> bool:
    """"flew to Moscow to hold talks": ``verb`` is the purpose of a journey or an invitation,
    which CAMEO codes as the meeting or act the visit is for, not as an intent to it."""
    return purpose(verb) and _journey(verb.head)


def purpose_status(tok: Token, means: str) -> str:
    """The status of the purpose clause ``tok`` whose means has status ``means``: an intended
    act at a journey's end is proposed; an act a deed is done for is attempted by it; a purpose
    of means not done shares their status."""
    if means != "actual":
        return means
    return "proposed" if _journey(tok.head) else "attempted"


def few_done(tok: Token) -> bool:
    """"few of the demands have been met", "few prisoners were freed": the subject or object
    of ``tok`` is counted by "few" (not "a few", "quite a few")."""
    doc = tok.doc
    kids, deps, lowers = children(doc), tags(doc).deps, words(doc).lowers
    for c in kids[tok.i]:
        if deps[c] not in _PARTIES:
            continue
        if lowers[c] == "few" and not any(lowers[g] in _SOME for g in kids[c]):
            return True  # "few of the demands", "few were freed"
        if any(lowers[g] == "few" and deps[g] in ("amod", "det") and
               not any(lowers[h] in _SOME for h in kids[g]) and
               not (g > 0 and lowers[g - 1] in _SOME) for g in kids[c]):
            return True  # "few prisoners were freed"
    return False


_PERMISSION = word_class("permission_verbs")
_NOT = frozenset({"not", "n't", "never"})


def unlet(doc: Doc, m: Mention) -> bool:
    """"will not allow the troops to leave", "did not let them go": a negated act that its doers
    are not let do is neither done nor a failure of theirs (the one who withholds leave has
    acted, and is coded for it); it is no event, even of a force whose task the act is."""
    if m.status != "negated":
        return False
    tok = doc[m.trigger]
    for _ in range(2):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in _PERMISSION and any(
                c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _NOT for c in tok.children):
            return True
    return False
