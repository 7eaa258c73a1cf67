"""What a time expression of a sentence reaches: whether it dates a point or bounds a span, the
event it is the time of ("the 2003 invasion", "a call on Friday"), a thing named beside the
event ("the coup of July 2016"), or the event a shift is anchored to ("one day after a similar
raid"). The date stage (:mod:`dateline.date`) asks these of each expression and event word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aspect import bounds_a_span, clause_of, simple_past
from .deps import subject, subjects
from .sentences import aside, chars_span
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

__all__ = ["PRECISIONS", "SPAN_END", "anchored", "anchoring_verb", "applies", "bounded_with",
           "coarser_precision", "covers_any", "dates_a_point", "in_bounding_phrase", "modifies",
           "names_time_of", "of_a_thing", "of_a_topic", "of_another_act", "of_the_verb",
           "sets_the_scene", "since_told", "time_of_noun", "told_for_its_act"]

#: The precisions of a date, finest first.
PRECISIONS = ("day", "week", "month", "year", "decade")

DURATIVE = re.compile(r"(?:since|until|through)\b", re.I)
#: The end of a span ("into the New Year", "through March"): no time of an event.
SPAN_END = re.compile(r"\b(?:into|through|throughout|until|till)\s+(?:the\s+)?$", re.I)


def applies(doc: Doc, shift: TimeExpression, trig: Token) -> bool:
    """A shift ("six months earlier", "the next day") moves the time of the clause it is in
    and of the clauses under it, not of the clauses that govern that clause: "they accuse the
    militia of seizing a road six months earlier" is not an accusation of six months ago."""
    span = chars_span(doc, shift.start, shift.end)
    if span is None:
        return True
    verb = next((a for a in [span.root, *span.root.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == trig.i or any(a.i == verb.i for a in trig.ancestors):
        return True
    return anchored(doc, shift, trig)


def covers_any(t: TimeExpression, starts: Iterable[int]) -> bool:
    """Whether ``t`` covers any of the character offsets ``starts`` (of words): the time is
    told in those words."""
    return any(t.start <= i < t.end for i in starts)


def dates_a_point(t: TimeExpression) -> bool:
    """Plain expressions date events; "since 2002", "until March" bound a span, shifts ("a day
    after the raid") move another time, and the year of a thing ("a 2015 airstrike") dates
    only the thing (:func:`names_time_of`)."""
    return t.kind not in ("shift", "relshift", "thing_year", "elapsed") and not DURATIVE.match(
        t.text)


def since_told(doc: Doc, t: TimeExpression, tok: Token) -> bool:
    """``tok`` is what an elapsed span ``t`` counts from: "it is six weeks since she
    surrendered" (the surrender), "in the four years since the invasion" (the invasion), "four
    years since Russia annexed Crimea and helped foment a rebellion" (both acts)."""
    span = chars_span(doc, t.start, t.end)
    since = next((s for s in reversed(span or ()) if s.lower_ == "since"), None)
    if since is None:
        return False
    if since.dep_ != "mark":
        return tok.head.i == since.i and tok.dep_ == "pobj"
    verb = clause_of(tok)
    while verb.dep_ == "conj" and subject(verb) is None:
        verb = verb.head  # a conjunct sharing the subject of the clause "since" opens
    return since.head.i == verb.i


#: Prepositions whose object is the act itself or its occasion: "killed in a 2015 airstrike",
#: "hurt during the 2011 uprising" (not "pulled out of the 2015 deal").
OCCASION_PREPOSITIONS = frozenset({"in", "during", "by", "at"})


def names_time_of(doc: Doc, t: TimeExpression, tok: Token) -> bool:
    """The year of a thing ``t`` ("a 2015 airstrike") is the time of the event ``tok``: the
    thing is the event ("the 2003 invasion"), the act or occasion the event happened in
    ("was killed in a 2015 airstrike"), or what did the event, told in the simple past ("the
    2015 attacks killed 130 people", "the 2011 uprising, which called for reform"; not "the
    2015 deal allows", nor what was done to it: "pulled out of the 2015 deal")."""
    span = chars_span(doc, t.start, t.end)
    if span is None:
        return False
    thing = span[-1].head
    if thing.i == tok.i:
        return True
    if tok.pos_ == "VERB" and simple_past(tok) and tok.tag_ == "VBD" and (
            (doer := subject(tok)) is not None) and (doer.i == thing.i or (
            tok.dep_ == "relcl" and tok.head.i == thing.i and doer.tag_ in ("WDT", "WP"))):
        return True
    return (thing.dep_ == "pobj" and thing.head.lower_ in OCCASION_PREPOSITIONS
            and thing.head.head.i == tok.i)


#: Prepositions naming what an act is about, for or against: "claimed responsibility for
#: Monday's bombing", "arrested a man over Saturday's attack", "marched against the March 2017
#: decision" (not "of": "at the end of Sunday's talks, they agreed" is of Sunday).
TOPIC_PREPOSITIONS = frozenset({"for", "over", "about", "into", "against", "regarding",
                                "concerning"})
#: Verbs of a stance taken on a happening after it: "condemned Monday's bombing".
REACTIONS = word_class("reaction_verbs")
#: Words placing an act before a thing: "rejected the plan ahead of Monday's vote", "before
#: Sunday's election", "in the run-up to the March poll" (done before, not at, its time).
BEFORE_WORDS = frozenset({"before", "ahead", "prior", "run-up", "eve"})


def of_a_topic(doc: Doc, t: TimeExpression, tok: Token) -> bool:
    """``t`` names the time of a thing before it ("Monday's bombing", "the January attack")
    that the event ``tok`` is about, for, against or before, or takes a stance on
    (:data:`REACTIONS`): the thing's time, not the event's ("the group claimed responsibility
    for Monday's bombing" was not claimed on Monday, nor "condemned last year's invasion" last
    year); what happened in or at it keeps it ("fired tear gas at Saturday's rally")."""
    span = chars_span(doc, t.start, t.end)
    if span is None or tok.i in {s.i for s in span}:
        return False
    thing = span.root.head
    if thing.i <= span[-1].i or thing.pos_ not in ("NOUN", "PROPN"):
        return False  # not a time before the noun it describes
    for word in [thing, *thing.ancestors]:
        if word.dep_ == "dobj" and word.head.i == tok.i and tok.lemma_.lower() in REACTIONS:
            return True  # "condemned Monday's bombing" was not condemned on Monday
        if word.i == tok.i or word.pos_ in ("VERB", "AUX"):
            return False
        if word.dep_ == "pobj" and word.head.lower_ in TOPIC_PREPOSITIONS:
            return True
        if word.dep_ == "pobj" and (word.head.lower_ in BEFORE_WORDS or (
                word.head.lower_ in ("of", "to") and word.head.head.lower_ in BEFORE_WORDS)):
            return True
    return False


def of_a_thing(doc: Doc, t: TimeExpression, tok: Token) -> bool:
    """``t`` tells the time of a thing named in ``tok``'s clause ("the coup of July 2016", "an
    October attack"), not of the event ``tok`` itself."""
    span = chars_span(doc, t.start, t.end)
    if span is None or tok.i in {s.i for s in span}:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and head.i not in {s.i for s in span}:
        head = head.head  # "the coup of July 2016"
    return head.i != tok.i and head.pos_ in ("NOUN", "PROPN") and span.root.i != head.i


def time_of_noun(doc: Doc, t: TimeExpression, noun: Token) -> bool:
    """``t`` is the time of ``noun`` itself: "a call on Friday", "the day, Friday", or the noun
    is in it ("on Friday where …")."""
    span = chars_span(doc, t.start, t.end)
    if span is None:
        return False
    if noun.i in {s.i for s in span}:
        return True
    head = span.root.head
    return head.i == noun.i or (head.dep_ == "prep" and head.head.i == noun.i)


def bounded_with(tok: Token) -> bool:
    """``tok`` is in a clause bounding a span of time (:func:`bounds_a_span`), also through a
    purpose it goes on to ("until Moscow sent its jets to bomb the rebels in 2015": the
    sending and the bombing are the bound, and 2015 is their time)."""
    verb = clause_of(tok)
    while verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head
    return bounds_a_span(tok) or bounds_a_span(verb)


def in_bounding_phrase(tok: Token) -> bool:
    """``tok`` is in a clause or phrase bounding a span of time (:func:`bounds_a_span`), also
    one whose object is a thing: "since Moscow's armed intervention in 2015"."""
    return bounds_a_span(tok) or any(a.dep_ == "prep" and a.lower_ in ("since", "until", "till")
                                     for a in tok.ancestors)


def _anchor(doc: Doc, shift: TimeExpression) -> Token | None:
    """The head of the phrase or clause a shift is anchored to ("after" a similar raid, "after"
    the city was liberated), if the shift names one."""
    span = chars_span(doc, shift.start, shift.end)
    word = next((t for t in reversed(span or ()) if t.lower_ in ("after", "before", "prior")),
                None)
    if word is None:
        return None
    return word.head if word.dep_ == "mark" else word


def anchoring_verb(doc: Doc, shift: TimeExpression) -> Token | None:
    """The verb whose time a shift counts from: "killed" in "has been killed a week after the
    city was liberated"."""
    anchor = _anchor(doc, shift)
    return None if anchor is None else next(
        (a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)


def anchored(doc: Doc, shift: TimeExpression, trig: Token) -> bool:
    """Whether ``trig`` is the event a shift is anchored to: "one day after a similar raid"
    (the raid), "three days after the two leaders spoke by phone" (the call), not the event
    of the clause the shift modifies."""
    anchor = _anchor(doc, shift)
    if anchor is None:
        return trig.idx >= shift.end
    return trig.i != anchor.head.i and any(t.i == trig.i for t in anchor.subtree)


def coarser_precision(a: str | None, b: str | None) -> str | None:
    """The coarser of two precisions: "the day after an October attack" is of October."""
    known = [p for p in (a, b) if p in PRECISIONS]
    return max(known, key=PRECISIONS.index) if known else None


def sets_the_scene(doc: Doc, t: TimeExpression | None, verb: Token) -> bool:
    """A time opening the sentence, before its subject, at a month's precision or coarser, sets
    the time of what the sentence tells as done in the simple past, what a relative clause
    tells of its doers included: "In 2015, rebels who attacked the town killed ten people" (the
    attack is of 2015); a day's does not ("On Monday a court jailed a man who beat his wife":
    the beating was before), nor does any time reach a clause on what the sentence's act is
    done to ("In March, a court convicted the soldiers who killed a protester": the killing
    came first)."""
    span = None if t is None else chars_span(doc, t.start, t.end)
    if t is None or span is None or t.precision not in PRECISIONS[2:] or not simple_past(verb):
        return False
    root = span.root.sent.root
    opener = next((a for a in [span.root, *span.root.ancestors] if a.head.i == root.i), None)
    subject = min((c.left_edge.i for c in subjects(root)), default=root.i)
    if verb.dep_ == "relcl" and _done_to(verb.head, root):
        return False  # a clause on what the act is done to tells of before it
    return opener is not None and opener.dep_ in ("prep", "npadvmod") and (
        opener.right_edge.i < subject) and opener.left_edge.i == span.root.sent.start


def _done_to(noun: Token, root: Token) -> bool:
    """Whether ``noun`` is what the act at ``root`` is done to: its object, or the object of
    "against" on it or on its object ("convicted the soldiers", "an offensive against rebels")."""
    if noun.dep_ in ("dobj", "obj") and noun.head.i == root.i:
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "against" and (
        prep.head.i == root.i or prep.head.head.i == root.i and prep.head.dep_ in ("dobj", "obj"))


def modifies(doc: Doc, word: Token, tok: Token) -> bool:
    """``word`` (a preposition) modifies the event ``tok``, the verb it is the object of, or a
    verb that governs it in the same telling ("has been a backer since 2011, arming rebels")."""
    head = word.head
    if head.i == tok.i or (tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.i == tok.head.i):
        return True
    return head.pos_ in ("VERB", "AUX") and any(a.i == head.i for a in tok.ancestors) and not (
        aside(doc, tok, word.i))


#: words opening a clause of what happened just before or after the act told
_SEQUEL_OPENERS = frozenset({"after", "before", "once", "following"})


def of_another_act(tok: Token) -> bool:
    """``tok`` (a time's word) lies under a clause telling what happened just before or after
    the act of its sentence's main clause ("begged to be sent to the front after the army
    launched an offensive to oust the rebels in January"): the time of that other act, which
    the main act only follows or precedes, so no time of the story the next sentences go on
    telling."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "ROOT":
            return False
        if any(c.dep_ == "mark" and c.lower_ in _SEQUEL_OPENERS for c in a.children) or (
                a.dep_ == "pcomp" and a.head.lower_ in _SEQUEL_OPENERS):
            return True
    return False


def told_for_its_act(tok: Token) -> bool:
    """``tok`` (a time's word) tells the time of the act its sentence tells, which the next
    sentences may go on with: not the bound of a span ("since the intervention in 2015",
    :func:`in_bounding_phrase`), nor the time of an act just before or after it ("after the
    army launched an offensive in May", :func:`of_another_act`)."""
    return not (in_bounding_phrase(tok) or of_another_act(tok))


#: Clauses that describe a noun: "announced in December", "which was tweeted on Sunday".
_DESCRIBING = frozenset({"acl", "relcl"})


def of_the_verb(tok: Token, times: list[TimeExpression],
                token_at: Callable[[int], int]) -> list[TimeExpression]:
    """``times`` of the clause of the event ``tok``, without those told in a clause describing
    its verb's subject, unless all are: "The withdrawal, announced in December, was criticised
    on Tuesday" (Tuesday's; December is the announcing's). Such a clause stays in its verb's
    clause, for it may tell where the subject was when it acted ("diplomats gathered in Munich
    on Friday warned"), so its time dates the verb only when the verb's other words tell none
    (``token_at``: the word at a character)."""
    verb = clause_of(tok)
    if verb.i != tok.i or len(times) < 2:
        return times
    inner = {d.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
             for c in s.children if c.dep_ in _DESCRIBING for d in c.subtree}
    return [t for t in times if token_at(t.start) not in inner] or times

