"""Stage ``date``, across a document: acts the text tells as its history, not as the day's news,
have no date.

A report tells the day's news and, further down, the history behind it: "The group seized the
city in 2014. Its fighters imposed their rule and executed dozens." The second sentence gives no
time of its own, so its acts would take the report's day. An act the publication date alone
dates is undated (``before publication``) when it is told in the simple past, past the article's
opening sentences (:data:`LEAD_SENTENCES`: the lead tells the day's news, "Five people were
killed when a bomb exploded in the market", and its past keeps the report's day), and

* it goes on telling a stretch of history that one of the few sentences before it dates
  (:func:`history_sentences`): that sentence's main clause tells an act in the past at a time
  older than the news (:data:`dateline.date_episode.NEWS_DAYS`), no sentence between them
  tells what is now or a time of the news, and the act's own sentence is told in the past
  ("Police say they arrested two men" is the day's news): "Her brother was seized in May
  2012. Police refused to confirm his arrest", not "… poorer than it was in 2010. Russia
  hosted the leaders" (a state, or the time of a thing in a statement of now, tells no
  history), nor "… Ana Diaz, who founded the movement in 2019. Police fired tear gas" (a time
  in a relative clause dates an aside about a party, not the story the text tells);
* or it is told in a document that dates more of its acts to times older than the news than to
  the news itself (an account of a history, a profile, an analysis: :func:`tells_history`),
  the lead tells no act of its kind (an act of the lead told again keeps the lead's day), it is
  a deed, not words (:data:`WORDS`: what a profile or an analysis quotes its people saying is
  most often said for the occasion: "the minister vowed to press on", "the envoy urged the
  council to act"; a promise or a deal, though, is as often one of the history told), and no
  sentence near it gives a time of the news (:data:`NEWS_REACH`), nor its own sentence a time
  against another act ("came hours before the vote": the text times it).

Only acts dated by the publication date alone are changed: what the text dates keeps its date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .aspect import clause_of, governing_verb, past_perfect, simple_past, tense_at
from .date_clauses import SPOKEN_ACTS, told_in_present
from .date_episode import NEWS_DAYS
from .date_reach import dates_a_point
from .sentences import event_token
from .timex import TimeExpression, time_expressions
from .tokens import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["HISTORY_REACH", "LEAD_SENTENCES", "NEWS_REACH", "WORDS", "history_sentences",
           "tells_history", "told_in_history"]

#: How many sentences back a dated stretch of history reaches.
HISTORY_REACH = 3
#: How many sentences either side of an act a time of the news ties it to the news.
NEWS_REACH = 3
#: The article's opening sentences: the day's news, whatever their tense.
LEAD_SENTENCES = 3
#: Event types told in words (a demand, an accusation, a refusal, a threat, a show of support):
#: in a document that tells a history they are still most often the day's words. Of the acts
#: done by saying so, a promise or a deal (AGREE) is left out: in such a document it is as often
#: a deed of the history ("the state promised to train them").
WORDS = SPOKEN_ACTS - {"AGREE"}
#: Verbs of a state, not an act: "than it was in 2010", "had a council in 2014".
_STATES = frozenset({"be", "have", "remain", "seem", "stay"})
#: A time against another act, with no count: "hours before the vote", "shortly after".
_TIMED_AGAINST = re.compile(
    r"\b(?:minutes|hours|days|weeks|moments|shortly|soon|just|immediately)\s+(?:before|after)\b",
    re.I)


def told_in_history(doc: Doc, events: Sequence[Any]) -> frozenset[int]:
    """The positions in ``events`` of the acts dated by the publication date alone that the
    text tells as its history (see the module's text)."""
    pubdate = next((e.date for e in events if e.date_source == "publication" and e.date), None)
    if pubdate is None:
        return frozenset()
    sents = list(doc.sents)
    times = _sentence_times(doc, sents, pubdate)
    pub = dt.date.fromisoformat(pubdate)
    history = history_sentences(doc, sents, times, pub)
    ages = [_age(t, pub) for told in times for t in told if t.date and dates_a_point(t)]
    past = tells_history(ages)
    sentence_of = {s.start: k for k, s in enumerate(sents)}
    lead_types: set[str] = set()
    out: set[int] = set()
    for e in events:
        tok = event_token(doc, e)
        if tok is not None and sentence_of[tok.sent.start] < LEAD_SENTENCES:
            lead_types.add(e.event_type)
    for n, e in enumerate(events):
        if e.date_source != "publication" or e.date_precision is not None:
            continue
        tok = event_token(doc, e)
        if tok is None or not simple_past(clause_of(tok)):
            continue
        k = sentence_of[tok.sent.start]
        if k in history or (
                past and k >= LEAD_SENTENCES and e.event_type not in lead_types
                and e.event_type not in WORDS and not times[k]
                and not _news_near(times, k, pub) and not _TIMED_AGAINST.search(tok.sent.text)):
            out.add(n)
    return frozenset(out)


def tells_history(ages: Sequence[int]) -> bool:
    """A document whose times (their ages in days before the report) date more acts before
    the news than in it: it tells a history, not the day's news."""
    return sum(a > NEWS_DAYS for a in ages) > sum(0 <= a <= NEWS_DAYS for a in ages)


def history_sentences(doc: Doc, sents: Sequence[Span], times: Sequence[Sequence[TimeExpression]],
                      pub: dt.date) -> frozenset[int]:
    """The numbers of the sentences past the lead, told in the past with no time of their own,
    that go on telling a stretch of history a sentence before them dates (``times``: each
    sentence's times)."""
    out: set[int] = set()
    for k in range(LEAD_SENTENCES, len(sents)):
        if times[k] or not _told_in_past(sents[k]):
            continue
        for j in range(k - 1, max(-1, k - 1 - HISTORY_REACH), -1):
            if times[j]:
                if _dates_history(doc, times[j], pub):
                    out.add(k)
                break
            if not _told_in_past(sents[j]):
                break
    return frozenset(out)


def _sentence_times(doc: Doc, sents: Sequence[Span], pubdate: str
                    ) -> list[list[TimeExpression]]:
    """The time expressions of each sentence, by the sentence they start in."""
    times: list[list[TimeExpression]] = [[] for _ in sents]
    starts = [s.start_char for s in sents]
    k = 0
    for t in time_expressions(doc_text(doc), pubdate, doc):
        while k + 1 < len(sents) and starts[k + 1] <= t.start:
            k += 1
        times[k].append(t)
    return times


def _age(t: TimeExpression, pub: dt.date) -> int:
    return (pub - dt.date.fromisoformat(t.date or pub.isoformat())).days


def _news_near(times: Sequence[Sequence[TimeExpression]], k: int, pub: dt.date) -> bool:
    """A sentence near sentence ``k`` gives a time of the news."""
    near = times[max(0, k - NEWS_REACH):k + NEWS_REACH + 1]
    return any(t.date and 0 <= _age(t, pub) <= NEWS_DAYS for told in near for t in told)


def _dates_history(doc: Doc, times: Sequence[TimeExpression], pub: dt.date) -> bool:
    """A sentence's times date an act its main clause tells in the past to a time older than the
    news, and none is of the news: "Her brother was seized in May 2012", "In 2015 the number of
    refugees rose"; not "Ana Diaz, who founded the movement in 2019" (a relative clause)."""
    old = False
    for t in times:
        if t.date is None:
            return False
        if not dates_a_point(t):
            continue  # "since 2011" runs up to now; a shift moves another time
        if _age(t, pub) <= NEWS_DAYS:
            return False
        if (tense_at(doc, t.start) == "past" and _an_act(doc, t.start)
                and _dates_main_clause(doc, t.start)):
            old = True
    return old


def _dates_main_clause(doc: Doc, char: int) -> bool:
    """The text at ``char`` hangs on its sentence's main clause, or a clause joined to it ("joined
    the party in 2006 and worked for the minister in 2012"); not on a relative, adverbial or
    reported clause."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = clause_of(span[0])
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = clause_of(verb.head)
    return verb.i == span[0].sent.root.i


def _an_act(doc: Doc, char: int) -> bool:
    """The verb the text at ``char`` hangs on tells an act, not a state: "was seized in May
    2012", not "poorer than it was in 2010"."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = governing_verb(span[0])
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _STATES


def _told_in_past(sent: Span) -> bool:
    """The sentence's main clause is told in the simple past or the past perfect: it carries
    a story on; what is told in the present (perfect) is of now, and ends it."""
    root = sent.root
    return not told_in_present(root) and (simple_past(root) or past_perfect(root))
