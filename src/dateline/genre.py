"""The kind of a document: news reporting, or opinion, letters, a review, an obituary.

A report tells what happened and who says so; a column, an editorial or a reader's letter argues,
and most of what it says (what ought to be, what one fears, what always happens) is no event at
all. The kind is told from the text alone, so that it holds for any reader of any outlet:

* marks at the document's edges: a letters page's closing call, an obituary's "has died aged", a
  review's stars, and the author's line that closes a column ("• <Name> is a columnist");
* the voice outside quotation marks (quoted speech is the sources', not the author's): first
  person singular and plural, the second person, questions, "I think", calls to act and words of
  judgement, against the reporting words ("said", "according to") that carry news.

In any kind but news, only the events the text reports as specific happenings (attributed to
someone, or dated in the text) are kept, and not the history the argument recalls by its year
(:func:`by_genre`); in every kind, news too, what the text dates to a time over months before
it was written is background, no event (:func:`long_before`). The cue words are the table
``data/genre/cues.tsv``; this module holds the mechanism.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from .date_calendar import period_end as _period_end
from .datafiles import per_overlay, table_rows
from .errors import DataFileError
from .records import Event

__all__ = ["GENRES", "NEWS", "OPINION", "LETTER", "REVIEW", "OBITUARY", "SPEAKER_PRONOUNS", "Voice",
           "genre_of", "voice_of", "reported", "history", "long_before", "by_genre"]

NEWS, OPINION, LETTER, REVIEW, OBITUARY = "news", "opinion", "letter", "review", "obituary"
GENRES = (NEWS, OPINION, LETTER, REVIEW, OBITUARY)
_KINDS = (LETTER, OBITUARY, REVIEW, "role", "report", "personal", "stance")

#: How much of the text counts as its opening and its closing (characters).
EDGE_CHARS = 600
#: Fewer words than this tell too little to judge (a wire sentence): the text is taken as news.
MIN_WORDS = 120
#: The opinion score from which a document reads as argument rather than report.
OPINION_SCORE = 1.0

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_TAGLINE = re.compile(  # "• Jane Doe is a writer …": a name, then what the author is
    r"(?:^|[•\n])\s*(?:[A-Z][\w’'.-]+\s){1,3}(?:is|was|studied)\b([^•\n]*)$")
_COUNTRY_US = re.compile(r"\bU\.?S\b\.?")
_FIRST = frozenset({"i", "me", "my", "mine", "myself"})
_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_YOU = frozenset({"you", "your", "yours", "yourself", "yourselves"})
#: The pronouns of the one who speaks or writes and of the one addressed.
SPEAKER_PRONOUNS = _FIRST | _WE | _YOU


@per_overlay
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    for where, (kind, words) in table_rows("genre/cues.tsv", ("kind", "words")):
        if kind not in out:
            raise DataFileError(f"{where}: kind must be one of {', '.join(_KINDS)}")
        phrases = [w.strip().lower() for w in words.split(",") if w.strip()]
        if not phrases:
            raise DataFileError(f"{where}: expected comma-separated words")
        out[kind].extend(phrases)
    return {k: tuple(v) for k, v in out.items()}


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w@/])(?:" + "|".join(alts) + r")(?![\w@])" if alts else r"(?!)")


@per_overlay
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: _pattern(v) for k, v in _cues().items()}


@dataclass(frozen=True, slots=True)
class Voice:
    """How a document speaks: rates per thousand words of the author's own text (outside
    quotation marks), except ``report`` (per thousand words of the whole text: reporting words
    stand outside the quotes they introduce); ``questions`` is the share of the author's
    sentences that ask."""

    words: int
    first: float
    we: float
    you: float
    personal: float
    stance: float
    report: float
    questions: float

    @property
    def opinion_score(self) -> float:
        """Above :data:`OPINION_SCORE`, the document argues rather than reports: the author's
        own voice and judgement weigh for argument, reporting words against it."""
        own = (self.first / 6 + self.we / 12 + self.you / 4 + self.personal / 1.5
               + self.stance / 5 + self.questions * 8)
        return own - self.report / 4 + 0.5


def voice_of(text: str) -> Voice:
    """The measures of :class:`Voice` for ``text``."""
    pats = _patterns()
    low = _COUNTRY_US.sub("usa", text).lower()  # "US", the country, is not "us"
    own = _QUOTED.sub(" ", low)
    words = _WORD.findall(own)
    n = max(len(words), 1)
    unquoted = _QUOTED.sub(" ", text)
    sentences = [s for s in _SENTENCE_END.split(unquoted) if _WORD.search(s.lower())]
    asks = unquoted.count("?")
    counts = Counter(words)  # counted once: the pronoun classes are read from the counts

    def rate(k: int, per: int = n) -> float:
        return 1000 * k / per

    return Voice(
        words=len(words),
        first=rate(sum(counts[w] for w in _FIRST)),
        we=rate(sum(counts[w] for w in _WE)),
        you=rate(sum(counts[w] for w in _YOU)),
        personal=rate(len(pats["personal"].findall(own))),
        stance=rate(len(pats["stance"].findall(own))),
        report=rate(len(pats["report"].findall(low)), max(len(_WORD.findall(low)), 1)),
        questions=min(asks, len(sentences)) / max(len(sentences), 1),
    )


def _edges(text: str) -> str:
    body = text.strip()
    return (body[:EDGE_CHARS] + "\n" + body[-EDGE_CHARS:]).lower()


def _signed_column(text: str) -> bool:
    """The text closes with its author's line: "• <Name> is a <role> …"."""
    tail = text.strip()[-300:]
    m = _TAGLINE.search(tail)
    return bool(m) and bool(_patterns()["role"].search(m.group(1).lower()))


def genre_of(text: str) -> str:
    """One of :data:`GENRES` for the document ``text`` (news for a text too short to tell)."""
    words = islice(_WORD.finditer(text.lower()), MIN_WORDS)  # counted as far as it matters
    if sum(1 for _ in words) < MIN_WORDS:
        return NEWS
    edges = _edges(text)
    pats = _patterns()
    for kind in (LETTER, OBITUARY, REVIEW):
        if pats[kind].search(edges):
            return kind
    if _signed_column(text):
        return OPINION
    voice = voice_of(text)
    if voice.opinion_score >= OPINION_SCORE:
        return OPINION
    return NEWS


#: Where an event's date comes from when the text itself dates it (not the publication date).
_DATED_IN_TEXT = frozenset({"clause", "sentence", "carried", "story"})


#: How many calendar years before its writing a date sets what a column tells in history.
HISTORY_YEARS = 2


def history(e: Event, pubdate: str | None) -> bool:
    """Whether the text dates ``e`` only by its year (or month, or decade), years before it
    was written ("liberated Kuwait in 1991", "pulled out in 2011" in a column of 2017): history
    the argument calls on, no news (unlike "on 3 March 2021 troops shelled the town", a
    happening told to the day)."""
    if not (pubdate and e.date and e.date_source in _DATED_IN_TEXT) or \
            e.date_precision in ("day", None):
        return False
    try:
        return int(pubdate[:4]) - int(e.date[:4]) >= HISTORY_YEARS
    except ValueError:
        return False


def reported(e: Event, pubdate: str | None = None) -> bool:
    """Whether ``e`` reads as a report of a specific happening: someone is said to tell of it,
    or the text dates it, and not years before the text was written (with ``pubdate``). What a
    column argues, wishes or says always happens has neither; the history it recalls is old."""
    return (bool(e.attribution) or e.date_source in _DATED_IN_TEXT) and not history(e, pubdate)


#: Where the text itself dates an event to its own time: its clause, its sentence, or the story
#: it belongs to (not a date carried over from the sentence before, which is only a guess).
_OWN_DATE = _DATED_IN_TEXT - {"carried"}
#: How many months before the report the time of an act must have ended for the act to be
#: background the report recalls rather than its news.
BACKGROUND_MONTHS = 6


def long_before(e: Event, pubdate: str | None) -> bool:
    """Whether the text dates ``e`` to a time that was over more than ``BACKGROUND_MONTHS``
    before it was written ("seized the city in early 2014", "was killed in a 2015 airstrike",
    "last August" in a report of the next spring): the history a report recalls as
    background, no news of its own (unlike "last year" in a report of January, "in March" in
    one of April, or "on 3 March 2021 troops shelled the town", a happening its own clause
    tells to the day)."""
    if not (pubdate and e.date and e.date_source in _OWN_DATE) or \
            e.date_precision == "day" and e.date_source == "clause":
        return False
    end = _period_end(e.date, e.date_precision)
    try:
        written = dt.date.fromisoformat(pubdate[:10])
    except ValueError:
        return False
    if end is None:
        return False
    months = (written.year - end.year) * 12 + written.month - end.month
    return months > BACKGROUND_MONTHS or months == BACKGROUND_MONTHS and written.day > end.day


def by_genre(events: list[Event], genre: str | None, pubdate: str | None = None, *,
             background: bool = True) -> list[Event]:
    """The events a document of ``genre`` (written on ``pubdate``) reports: of any kind of
    document, none the text dates long before it was written (:func:`long_before`; with
    ``background`` false, as for a text of one sentence, which tells no story for its history
    to be the background of, these stay); all the others of a news report's; of an opinion
    column, a letter, a review or an obituary, only those :func:`reported` (the author's
    argument, advocacy, background and history are no events)."""
    if background:
        events = [e for e in events if not long_before(e, pubdate)]
    if genre in (None, NEWS):
        return events
    return [e for e in events if reported(e, pubdate)]
