"""Stage ``date``, across a document's events: the story's time frame, set by a past time told in
the main clause of a sentence just before, dates what the next sentences tell in the past with no
time of their own, before the publication date does.

An event's date is when its act happened. "Islamic State captured Raqqa in early 2014. … A number
of westerners imprisoned by the group were held there before being killed": the killing is told
in the frame of early 2014 the text set two sentences before, not on the day of the report. The
frame is the last time of the :data:`FRAME_SENTENCES` sentences before the event's, when

* it lies more than :data:`date_episode.NEWS_DAYS` days before the report (a frame of the last
  days is carried by :mod:`dateline.date` on its own terms);
* it is the time of its sentence's main clause or opens that sentence ("Baghdadi fled to the
  desert around 7 January", "In late 2015, bombers attacked Paris"), not of a clause describing
  something in it ("the cousins seized from her three years ago"), nor the bound of a span ("since
  the intervention in 2015", "between 2001 and 2011");
* no other time is told after it, nor in the event's own sentence.

The event is told in the past on the sentence's main line (simple past, or a clause or
participle under a main clause told so: "held there before being killed", "there were many people
killed"), not in a clause describing someone ("the mother of a soldier killed in Kandahar"), with
no word putting it before the report at no time given ("previously", "in the past":
:mod:`dateline.date_before`). A past perfect lies before the frame ("The group had seized power
…") and what is told as "later" after it: they take the frame's time at a coarser precision (a
day's or week's frame gives the month, a month's the year), and none when the frame is a year or
coarser. The event's ``date_source`` is ``carried``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, past_perfect, simple_past, tense_of
from .date_before import told_before_report
from .date_episode import NEWS_DAYS
from .date_lead import lead_act_again
from .date_once import dated_deed, dated_once
from .date_reach import DURATIVE, PRECISIONS, dates_a_point, in_bounding_phrase
from .doc_once import parsed_text
from .sentences import event_token, sentence_spans
from .timex import time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Event
    from .timex import TimeExpression

__all__ = ["FRAME_SENTENCES", "dated_in_story", "framed"]

#: How many sentences before the event's a frame is looked for.
FRAME_SENTENCES = 2
#: Sources of an event with no time of its own.
_UNDATED = ("publication",)
#: Clause links along which a time is still of the main clause's story (not a clause
#: describing someone: "the cousins seized from her three years ago").
_ALONG_MAIN = frozenset({"conj", "advcl", "xcomp", "ccomp"})
#: A span's start or bound written before the time: "between 2001 and 2011", "from mid-2013".
_SPAN_BEFORE = re.compile(r"\b(?:between|from|since|until|till|by|after|before)\s+(?:the\s+)?"
                          r"(?:(?:early|mid|late|end|start|beginning)[\s-]+(?:of\s+)?)?$", re.I)
#: The coarser precision a past perfect takes, before a frame of each precision.
_BEFORE_FRAME = {"day": "month", "week": "month", "month": "year"}
#: Adverbs putting an act after the frame by a span not said.
_AFTER_FRAME = frozenset({"later", "subsequently", "eventually", "afterwards", "afterward"})
_day = dt.date.fromisoformat


def dated_in_story(doc: Doc, events: Sequence[Event], pubdate: str | None) -> list[Event]:
    """``events`` with acts of no time of their own dated by the happening the text dates once
    (:func:`date_once.dated_once`), then by the story's time frame (:func:`framed`), the text's
    time expressions found once for both; last, an act of the lead told again takes the lead's
    time (:func:`date_lead.lead_act_again`)."""
    exprs = time_expressions(parsed_text(doc), pubdate, doc) if pubdate else None
    return lead_act_again(doc, framed(doc, dated_once(doc, events, pubdate, exprs), pubdate, exprs),
                          pubdate)


def framed(doc: Doc, events: Sequence[Event], pubdate: str | None,
           exprs: Sequence[TimeExpression] | None = None) -> list[Event]:
    """``events`` with an act told in the past with no time of its own dated by the story's
    time frame (see the module's text); ``exprs``: the text's time expressions, when already
    found."""
    if pubdate is None or not any(e.date_source in _UNDATED and e.date_precision is None
                                  for e in events):
        return list(events)
    exprs = list(time_expressions(parsed_text(doc), pubdate, doc) if exprs is None else exprs)
    starts = [t.start for t in exprs]
    sents = list(sentence_spans(doc))  # (made once a document)
    sent_starts = [s.start_char for s in sents]
    pub = _day(pubdate)
    out: list[Event] = []
    for e in events:
        tok = event_token(doc, e) if e.date_source in _UNDATED and (
            e.date_precision is None) else None
        when = _frame(doc, tok, exprs, starts, sents, sent_starts, pub) if tok is not None else None
        if when is not None:
            e = replace(e, date=when[0], date_precision=when[1], date_source="carried")
        out.append(e)
    return out


def _frame(doc: Doc, tok: Token, exprs: list[TimeExpression], starts: list[int],
           sents: list[Span], sent_starts: list[int], pub: dt.date) -> tuple[str, str] | None:
    """The date and precision the story's frame gives the act of ``tok``, if any."""
    k = max(0, bisect_left(sent_starts, tok.idx + 1) - 1)
    sent = sents[k]
    if k == 0 or bisect_left(starts, sent.start_char) != bisect_left(starts, sent.end_char):
        return None  # the opening sentence, or one with a time of its own
    lo = bisect_left(starts, sents[max(0, k - FRAME_SENTENCES)].start_char)
    hi = bisect_left(starts, sent.start_char)
    if lo == hi:
        return None
    frame = exprs[hi - 1]
    if not frame.date or frame.precision not in PRECISIONS or not dates_a_point(frame) or (
            DURATIVE.match(frame.text)) or _SPAN_BEFORE.search(
                parsed_text(doc), max(0, frame.start - 24), frame.start):
        return None
    age = (pub - _day(frame.date)).days
    if age <= NEWS_DAYS or not _main_time(doc, frame, sents[bisect_left(
            sent_starts, frame.start + 1) - 1]):
        return None
    perfect = past_perfect(tok) or _later(tok)
    if not perfect and (not _told_in_past(tok, sent.root) or told_before_report(tok)):
        return None
    if perfect:
        coarser = _BEFORE_FRAME.get(frame.precision)
        return (frame.date, coarser) if coarser else None
    return frame.date, frame.precision


def _later(tok: Token) -> bool:
    """The act is told as coming after the frame by a span not said: "was later reported to
    have been killed", "was subsequently freed"."""
    return any(c.dep_ == "advmod" and c.lower_ in _AFTER_FRAME
               for v in (tok, clause_of(tok), *clause_of(tok).ancestors) for c in v.children)


def _main_time(doc: Doc, frame: TimeExpression, sent: Span) -> bool:
    """``frame`` is the time of its sentence's main clause ("Baghdadi fled around 7 January",
    not "the intervention in 2015 changed the war"), or opens the sentence."""
    at = next((t for t in sent if t.idx + len(t.text) > frame.start), None)
    if at is None or in_bounding_phrase(at):
        return False
    if not parsed_text(doc)[sent.start_char:frame.start].strip(" \u201c\"'"):
        return True  # "In late 2015, bombers attacked Paris"
    verb = dated_deed(doc, frame.start, frame.end, frame.kind)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _on_main_line(verb)


def _on_main_line(verb: Token, described: bool = False) -> bool:
    """``verb`` is its sentence's main verb, or reached from it through clauses of the same
    line of telling ("… and in September they tried", "…, before returning in November", what
    a saying reports), not through one describing someone ("the students arrested in
    Chittagong were beaten", "the mother of a soldier killed in Kandahar"); with
    ``described``, a participle on what the clause has or finds counts ("there were many people
    killed")."""
    while verb.head.i != verb.i:
        if verb.dep_ in _ALONG_MAIN:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif described and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in (
                "attr", "dobj"):
            verb = clause_of(verb.head)
            if verb.dep_ == "acl":
                return False
        else:
            break
    return verb.dep_ == "ROOT"


def _told_in_past(tok: Token, root: Token) -> bool:
    """The act is told in the simple past, or under a main clause told so ("held there before
    being killed"), not in the present, a perfect or what would be."""
    if tense_of(root) != "past" or not simple_past(root):
        return False
    verb = clause_of(tok)
    if not _on_main_line(verb, described=True):
        return False
    if simple_past(verb):
        return True
    # a participle or a gerund with no tense of its own, under the past main clause
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("being", "been") for c in verb.children)
