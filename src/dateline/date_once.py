"""Stage ``date``, across a document's events: a happening the text dates once, long before the
report, keeps that date where the text tells it again with no time of its own.

An event's date is when its act happened. "The 2014 beheadings of aid workers shocked the world.
… Prosecutors say the two men beheaded the hostages": the beheading told in the second sentence is
the one the first dates; a reader gives it 2014, not the article's date. A happening is dated
once when a time written with its year, month or day is said of its word: the year of a deed
noun ("the 2014 beheadings", "Russia's 2015 intervention") or a time phrase on a deed noun or
verb ("since his capture in 2017", "kidnapped by gunmen in November 2013"). A later telling with
no time of its own (``date_source`` ``publication`` or ``before publication``), or only the time
of the report's days its sentence tells ("his lawyer said on Monday that police arrested him":
the saying's), is of that happening when it is told by a word of the same happening
(:func:`date_story.happening_word`: "captured" and "capture", "murdered" and "murders") and

* the dated telling is a deed noun, whose time the text gives it as a name ("the 2014
  beheadings"), and every dated telling of that word agrees on its time; or
* the dated telling is a verb, and the two share a party done to or a doer named by the same
  name, pronoun or possessed noun ("detained her husband" after "her husband was kidnapped in
  2013" shares "husband"; not "the students arrested in Chittagong" after "detained three
  students in Dhaka in July": other students may be meant).

Only times more than :data:`date_episode.NEWS_DAYS` days before the report are taken: a happening
of the report's days told again may well be a new one ("Police arrested two men on Monday. …
Police arrested a third man"). The event takes the time at its precision, ``date_source``
``story``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_episode import NEWS_DAYS
from .date_reach import DURATIVE, PRECISIONS, dates_a_point
from .date_story import happening_word
from .sentences import chars_span, event_token
from .timex import time_expressions
from .tokens import parse_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .records import Event
    from .timex import TimeExpression

__all__ = ["dated_once", "dated_deed"]

#: Sources of an event with no time of its own.
_UNDATED = ("publication", "before publication")
#: Prepositions of a time that is not the act's own: "since 2014", "until 2017" bound a span.
_SPAN_PREPS = frozenset({"since", "until", "till", "through", "throughout", "by", "from"})
#: Prepositions that tie a time to the word they hang on: "in 2014", "on 3 May", "during 2015".
_TIME_PREPS = frozenset({"in", "on", "during", "at", "of"})
#: Dependents naming the party an act is done to, or its doer.
_PARTY_DEPS = frozenset({"dobj", "nsubjpass", "poss", "nsubj", "agent"})
#: Pronouns of one party, by person: "he" and "his" are one party.
_PRONOUN_PARTY = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she",
                  "they": "they", "them": "they", "their": "they"}
_day = dt.date.fromisoformat


def dated_deed(doc: Doc, start: int, end: int, kind: str) -> Token | None:
    """The deed noun or verb a time expression at ``start``–``end`` dates: the noun a year
    names ("the 2014 beheadings") or the word a time phrase hangs on ("captured in 2017", "his
    capture in 2017"); ``None`` for a span's bound ("since 2014") or any other word."""
    span = chars_span(doc, start, end)
    if span is None:
        return None
    inside = {t.i for t in span}
    if kind == "thing_year":
        year = next((t for t in span if t.like_num), None)
        if year is None or year.head.i in inside or year.head.pos_ != "NOUN":
            return None
        return year.head
    root = span.root
    head = root.head
    if head.i in inside or head.i == root.i:
        return None
    prep = root if root.pos_ == "ADP" else head if head.pos_ == "ADP" else None
    if prep is not None:  # "in 2014", "(in) November 2013"
        if prep.lower_ not in _TIME_PREPS:
            return None  # "since 2014", "until May": a span's bound
        head = prep.head
    elif root.dep_ not in ("npadvmod", "tmod"):
        return None
    return head if head.pos_ in ("NOUN", "VERB") else None


def _parties(tok: Token) -> set[str]:
    """The words naming the parties of a telling: the heads of its objects, passive subjects,
    possessors and doers ("her husband" → "husband"; "their capture" → "they")."""
    found: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            found |= {_party(o) for o in c.children if o.dep_ == "pobj"}
        elif c.dep_ in _PARTY_DEPS:
            found.add(_party(c))
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        found.add(_party(tok.head))  # "a surgeon kidnapped by gunmen": the surgeon
    return found - {""}


def _party(tok: Token) -> str:
    """The word naming one party: a name, a pronoun, or a noun said whose it is ("her
    husband"); a bare noun ("the students") may name other people of the same kind."""
    if tok.pos_ == "PRON":
        return _PRONOUN_PARTY.get(tok.lower_, "")
    if tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tok.children):
        return tok.lemma_.lower()
    return ""


def dated_once(doc: Doc, events: Sequence[Event], pubdate: str | None,
               exprs: Sequence[TimeExpression] | None = None) -> list[Event]:
    """``events`` with an act the text gives no time of, told again of a happening the text
    dates long before the report, dated so (see the module's text); ``exprs``: the text's time
    expressions, when already found."""
    undated = {id(e) for e in events if e.date_source in _UNDATED and e.date_precision is None
               or e.date_source == "sentence" and pubdate is not None and e.date is not None
               and (_day(pubdate) - _day(e.date)).days <= NEWS_DAYS}
    if not undated or pubdate is None:
        return list(events)
    pub = _day(pubdate)
    tellings: dict[str, list[tuple[Token, str, str]]] = defaultdict(list)
    for t in time_expressions(parse_text(doc), pubdate, doc) if exprs is None else exprs:
        if not t.date or t.precision not in PRECISIONS or DURATIVE.match(t.text) or not (
                dates_a_point(t) or t.kind == "thing_year"):
            continue
        if (pub - _day(t.date)).days <= NEWS_DAYS:
            continue
        deed = dated_deed(doc, t.start, t.end, t.kind)
        if deed is not None:
            tellings[happening_word(deed)].append((deed, t.date, t.precision))
    if not tellings:
        return list(events)
    out: list[Event] = []
    for e in events:
        tok = event_token(doc, e) if id(e) in undated else None
        told = tellings.get(happening_word(tok), []) if tok is not None else []
        before = [(d, date, p) for d, date, p in told if d.i < tok.i] if tok is not None else []
        when = _when(tok, before, told) if before else None
        if when is not None:
            e = replace(e, date=when[0], date_precision=when[1], date_source="story")
        out.append(e)
    return out


def _when(tok: Token, before: list[tuple[Token, str, str]], told: list[tuple[Token, str, str]]
          ) -> tuple[str, str] | None:
    """The time of the happening ``tok`` tells again: of the latest earlier dated telling that
    is the same happening (see the module's text)."""
    mine = _parties(tok)
    for deed, date, precision in reversed(before):
        if deed.pos_ == "VERB" and mine & _parties(deed):
            return date, precision
        if deed.pos_ == "NOUN" and len({(d, p) for _, d, p in told}) == 1:
            return date, precision
    return None
