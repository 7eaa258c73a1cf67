"""Time expressions of a text, found with regular expressions and resolved against the
publication date (part of stage ``date``).

Deictic words ("yesterday", "last night"); weekdays with the tense of their verb; counted spans
("two months ago", "last week", "earlier this month"); shifts anchored to another event or to the
text's last time ("one day after a similar raid", "ten days earlier", "the same month");
explicit dates ("March 3, 2009", "Saturday 31 August 2013", "in October last year"), years,
decades and seasons; holidays by their calendars. A month word that names a person ("Theresa
May", "Mrs May", "May's cabinet") is no time (:func:`dateline.date_patterns.names_a_person`). A
date given without its year takes the year of the story it is told in when the text has just said
one ("It was 31 August 2013 … two days earlier, on 29 August"), else the year that fits the tense
of its verb.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import holidays
from .aspect import done_on, tense_at
from .date_calendar import (WEEKDAYS, add_months, count, decade_start, in_weeks, infer_year, minus,
                            month_number, relative_year, season, weekday_date, with_year)
from .toponym_relation import DISTANCE_UNITS
from .date_patterns import (
    NEEDS,
    NOT_IN_HEDGE,
    OWNER_WORDS,
    Layout,
    matches,
    month_surnames,
    names_a_person,
    needle_text,
)
from .doc_once import per_doc_text
from .sentences import is_caseless

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TimeExpression", "time_expressions", "shifted"]

#: "in recent days" lies this many days before the report, to the week.
_RECENT_DAYS = 2
_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}
#: Counts that do not say how many: "several months earlier" gives no month.
_VAGUE_COUNTS = frozenset({"a few", "few", "several", "a couple of", "couple of", "some"})
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NUM_RE = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|a\s+few|few|several|a\s+couple\s+of|couple\s+of)")
_HEDGE_WORDS = (r"more\s+than|less\s+than|about|around|nearly|almost|some|roughly|over|"
                r"just\s+over|just\s+under|approximately|at\s+least")
_HEDGE_RE = rf"(?:(?:{_HEDGE_WORDS})\s+)?"
#: ... and of the start of a span: "since at least 2013", "since as far back as March 2014"
_SINCE_HEDGE = rf"(?:{_HEDGE_WORDS}|as\s+early\s+as|as\s+far\s+back\s+as)"
_UNIT_RE = r"(?P<unit>day|week|fortnight|month|year)s?"
#: ... and counted back from the report: "two decades ago" (never a shift of another time:
#: "the brigades of eight decades earlier" are not the act's); "days ago" counts a few of them
_AGO_UNIT_RE = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
#: "Saturday 31 August 2013": the weekday is part of the date it opens
_WEEKDAY_LEAD = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
                 r"(?:the\s+)?)?")
#: a day of a month, never a count it begins ("on 16 and 17 July 36 civilians": no "July 36")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
#: "on 16 and 17 July", "3-4 May": a span of days, told by its first
_DAY_SPAN = rf"(?:\s*(?:-|\u2013|and|to|or)\s*{_DAY}(?:st|nd|rd|th)?)?"
#: "in October last year", "4 July this year": the year said relative to the report's
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?P<ry>last|this|next)\s+year\b)?"
#: "in the last", "over the past": a span that ends with the report, unless it is the end of
#: another time ("in the last days of the war")
_UP_TO_REPORT = r"\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:recent|past|last)\s+"
_NOT_OF = r"(?!\s+(?:of|before|after)\b)"

#: Nouns a number before them counts ("the 2000 people"): no year of a thing.
_COUNTED = (r"people|persons|men|women|children|kids|troops|soldiers|fighters|militants|"
            r"civilians|refugees|residents|families|members|officers|police|policemen|"
            r"workers|students|protesters|prisoners|delegates|others|more|of|or|to|and|"
            r"homes|houses|buildings|dollars|pounds|euros|tonnes|tons|acres|hectares|"
            + "|".join(DISTANCE_UNITS))
#: A year after a month, set off by a comma only where it is no count ("In May, 2000 protesters
#: marched" counts protesters; "in November, 2015" is a year).
_MONTHS_YEAR = rf"(?P<comma>,)?\s+(?P<y>(?:19|20)\d\d)(?(comma)(?!\s+(?:{_COUNTED})\b))"
#: Right after an owner: "the army's", "the rebels'" or a possessive pronoun (``OWNER_WORDS``).
_AFTER_OWNER = r"(?:(?<=['’]s\s)|(?<=s['’]\s)" + "".join(
    rf"|(?<=\b{w}\s)" for w in OWNER_WORDS) + ")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_WEEKDAY_LEAD}(?P<mon>{_MONTH_RE})\s+(?P<d>{_DAY})"
                       r"(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b" + _REL_YEAR, re.I)),
    ("dmy", re.compile(rf"\b{_WEEKDAY_LEAD}(?P<d>{_DAY})(?:st|nd|rd|th)?{_DAY_SPAN}\s+(?:of\s+)?"
                       rf"(?P<mon>{_MONTH_RE})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b" + _REL_YEAR,
                       re.I)),
    ("month", re.compile(rf"\b(?:in|during|since|until|by|last|early|late|mid|earlier\s+in|"
                         rf"later\s+in|in\s+early|in\s+late|in\s+mid|(?:beginning|start|end|"
                         rf"middle|week)\s+of)[\s-]+(?P<mon>{_MONTH_RE})"
                         rf"(?:{_MONTHS_YEAR})?\b" + _REL_YEAR, re.I)),
    # "an October attack", "the March elections": a month naming the time of a thing
    ("month", re.compile(rf"\b(?:an?|the|this|last)\s+(?P<mon>{_MONTH_RE})(?P<y>)(?P<ry>)"
                         r"(?=\s+[a-z])", re.I)),
    # ... after an owner: "Trump's December announcement", "their September deal"
    ("month", re.compile(rf"{_AFTER_OWNER}(?P<mon>{_MONTH_RE})(?P<y>)(?P<ry>)(?=\s+[a-z])",
                         re.I)),
    # "December's decision", "last April's attack": a month naming the time of a thing
    ("month", re.compile(r"\b(?:(?:last|this|that|early|late|mid|earlier|later)\s+)?"
                         r"(?P<mon>january|february|march|april|may|june|july|august|september|"
                         r"october|november|december)(?=['’]s\s+[a-z])(?P<y>)(?P<ry>)",
                         re.I)),
    # "that May": a month of the story told, in the year it was last told in
    ("that_month", re.compile(rf"\bthat\s+(?P<mon>{_MONTH_RE})(?P<y>)(?P<ry>)\b", re.I)),
    ("month_year", re.compile(rf"\b(?P<mon>{_MONTH_RE}){_MONTHS_YEAR}\b", re.I)),
    # "since at least 2013", "since as early as 2013": a span begun by that year, or before
    ("year", re.compile(rf"\b(?:in|during|since(?:\s+{_SINCE_HEDGE})?|until|by|"
                        r"early|late|mid|of)[\s-]+(?P<y>(?:19|20)\d\d)\b", re.I)),
    # "between 2014 and 2016", "from 2014 to 2016": a span of years, begun in its first
    # (not a count: "between 1900 and 2050 strikers")
    ("year", re.compile(r"\b(?:between\s+(?P<y>(?:19|20)\d\d)(?=\s+and\s+(?:19|20)\d\d\b"
                        r"(?!\s+(?:people|men|women|children|[a-z]+s)\b))|"
                        r"from\s+(?P<fy>(?:19|20)\d\d)(?=\s*(?:to|until|till|through|-|\u2013)"
                        r"\s*(?:19|20)?\d\d\b))", re.I)),
    # "a 2015 airstrike", "Russia's 2014 offensive": a year naming the time of a thing (not a
    # count: "the 2000 people")
    ("thing_year", re.compile(r"\b(?:an?|the|its|his|her|their|\w+['’]s)\s+"
                              r"(?P<y>(?:19|20)\d\d)(?=\s+(?!(?:" + _COUNTED + r")\b)[a-z])",
                              re.I)),
    ("decade", re.compile(r"\b(?:(?:in|during|since|until|through|throughout|of|by)\s+)?"
                          r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)s\b",
                          re.I)),
    # "the mid-90s", "the late nineties": a decade of the last century begun by the report
    ("decade", re.compile(r"\b(?:(?:in|during|since|until|through|throughout|of|by)\s+)?"
                          r"the\s+(?:(?:early|mid|late)[\s-]+)?(?:['\u2019]?(?P<dd>[1-9]0)s|"
                          r"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                          r"nineties))\b", re.I)),
    # "at the turn of the millennium", "since the turn of the century": the year 2000 (the
    # last turn of a century before the report)
    ("turn", re.compile(r"(?<!before\s)(?<!after\s)\b(?:(?:at|around|by|since|until|"
                        r"through)\s+)?the\s+turn\s+of\s+the\s+(?P<what>millennium|century)\b",
                        re.I)),
    ("season", re.compile(r"\b(?:(?P<rel>last|this|next|past)\s+|(?:in|during|over|by)\s+"
                          r"(?:the\s+)?)(?P<season>spring|summer|autumn|fall|winter)"
                          r"(?:\s+of\s+(?:(?P<y>(?:19|20)\d\d)|(?P<ry>last|this|next)\s+year))?\b",
                          re.I)),
    ("ago", re.compile(rf"\b{_HEDGE_RE}(?:(?P<n>{_NUM_RE})\s+|(?=(?:day|week|month)s\s))"
                       rf"{_AGO_UNIT_RE}\s+ago\b(?P<today>\s+today\b)?", re.I)),
    # "it is six weeks since she surrendered", "in the four years since she left": the time of
    # what the "since" tells, counted back from the report like "ago"
    ("elapsed", re.compile(rf"\b{_HEDGE_RE}(?P<n>{_NUM_RE})\s+{_AGO_UNIT_RE}\s+since\b",
                           re.I)),
    # "after six days of questioning": so long after the time told last, when the sentence
    # tells no time of its own (:func:`_lasting_alone`)
    ("lasting", re.compile(rf"\bafter\s+{_HEDGE_RE}(?P<n>{_NUM_RE})\s+(?:long\s+)?{_UNIT_RE}\s+"
                           r"of\b", re.I)),
    # "three months earlier than officials believed", "for (about) five weeks before": no shift
    ("shift", re.compile(rf"{NOT_IN_HEDGE}\b{_HEDGE_RE}(?P<n>{_NUM_RE}|the)\s+{_UNIT_RE}\s+"
                         r"(?P<dir>before|after|earlier|later|prior\s+to)\b(?!\s+than\b)", re.I)),
    ("the_day", re.compile(r"\bthe\s+(?:(?P<prev>previous|preceding)|(?P<next>next|following))"
                           r"\s+(?:(?P<unit>day|week|month|year)|morning|afternoon|evening|"
                           r"night)\b", re.I)),
    ("same", re.compile(r"\b(?:(?:later|earlier)\s+)?(?:the\s+same|that)\s+(?:(?P<unit>day|"
                        r"week|month|year)|night|evening|morning|afternoon)\b", re.I)),
    # "hours later", "shortly afterwards": the day told last (not "hours after the blast",
    # a shift anchored to an act)
    ("soon", re.compile(r"\b(?:(?:(?:a\s+few|a\s+couple\s+of|several|two|three|four|five|six|"
                        r"\d+)\s+)?(?:hours|minutes|moments)\s+later|(?:shortly|soon|moments|"
                        r"minutes|hours)\s+(?:afterwards?|later|after(?=\s*[,.;]))|"
                        r"(?:an|one)\s+hour\s+later)\b", re.I)),
    ("edge", re.compile(r"\b(?:at\s+)?the\s+(?P<edge>beginning|start|end|turn)\s+of\s+"
                        r"(?:the\s+|this\s+|(?P<rel>last|next)\s+)?(?P<unit>month|year)\b", re.I)),
    ("this", re.compile(r"\b(?P<rel>last|this|past|previous|earlier\s+this|later\s+this|"
                        r"early\s+this|late\s+this|earlier\s+in\s+the|next)\s+"
                        r"(?P<unit>week|month|year)\b(?!\s+of\b)", re.I)),
    ("deictic", re.compile(r"\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|last\s+night|"
                           r"overnight|today|tonight|this\s+(?:morning|afternoon|evening)|"
                           r"earlier\s+today|tomorrow)\b", re.I)),
    # "in recent days", "over the past few days", "for the past two nights", "in the last 48
    # hours": the days (hours) up to the report ("in recent weeks" tells of acts spread over a
    # span, none of which it dates)
    ("recent", re.compile(rf"{_UP_TO_REPORT}(?:(?:few|couple\s+of|two|three|several)\s+)?"
                          rf"(?:days|nights)\b{_NOT_OF}", re.I)),
    ("hours", re.compile(rf"{_UP_TO_REPORT}(?:(?P<n>\d+|a\s+few|(?:a\s+)?couple\s+of|"
                         rf"[a-z]+(?:-[a-z]+)?)\s+)?hours?\b{_NOT_OF}", re.I)),
    ("weekend", re.compile(r"\b(?P<mod>over|at|during|on|last|this|past)\s+(?:the\s+)?weekend\b",
                           re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|this|next|on|early|late|since|by|until|from)\s+)?"
                           r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A resolved time expression; ``date`` is ISO or ``None`` when it cannot be placed.

    ``shift``: for anchored shifts ("one day after the raid") the signed number of days between
    the sentence's time and the anchored event's (``0`` for plain expressions).
    """

    start: int
    end: int
    text: str
    kind: str
    date: str | None
    precision: str | None
    shift: int = 0
    unit: str = "day"


# --- resolving
def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, tense: str, done: bool = False
             ) -> tuple[dt.date | None, str | None, int, str]:
    """(date, precision, shift in days or units, unit) of one match (``done``: the day of an
    act told as done, :func:`aspect.done_on`)."""
    g = m.groupdict()
    if kind == "iso":
        try:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])), "day", 0, "day"
        except ValueError:
            return None, None, 0, "day"
    if kind in ("mdy", "dmy"):
        month, day = month_number(g["mon"]), int(g["d"])
        if not 1 <= day <= 31:
            return None, None, 0, "day"
        year = int(g["y"]) if g.get("y") else relative_year(g, pub) or infer_year(
            month, day, pub, tense, done)
        if year is None:
            return None, None, 0, "day"
        try:
            return dt.date(year, month, day), "day", 0, "day"
        except ValueError:
            return None, None, 0, "day"
    if kind in ("month", "month_year", "that_month"):
        month = month_number(g["mon"])
        year = int(g["y"]) if g.get("y") else relative_year(g, pub) or infer_year(
            month, None, pub, tense)
        return (dt.date(year, month, 1), "month", 0, "month") if year else (None, None, 0, "month")
    if kind in ("year", "thing_year"):
        return dt.date(int(g["y"] or g.get("fy")), 1, 1), "year", 0, "year"
    if kind == "decade":
        return dt.date(decade_start(g, pub), 1, 1), "decade", 0, "year"
    if kind == "turn":
        year = 2000 if g["what"].lower() == "millennium" or pub is None else pub.year // 100 * 100
        return dt.date(year, 1, 1), "year", 0, "year"
    if kind == "season":
        return season(g, pub, tense)
    if kind in ("ago", "elapsed"):
        if pub is None:
            return None, None, 0, "day"
        said = " ".join((g["n"] or "a few").lower().split())  # "days ago": a few days ago
        n, unit = in_weeks(count(said), g["unit"].lower())
        precision = _counted_precision(said, unit)
        if g["unit"].lower() == "decade":
            precision = "decade"  # "two decades ago": to the decade, not the year
        return minus(pub, n, unit), "day" if g.get("today") else precision, 0, unit
    if kind in ("shift", "lasting"):
        n, unit = in_weeks(count(g["n"]), g["unit"].lower())
        sign = -1 if kind == "lasting" or g["dir"].lower() in ("after", "later") else 1
        return None, _counted_precision(" ".join(g["n"].lower().split()), unit), sign * n, unit
    if kind == "the_day":
        unit = (g["unit"] or "day").lower()  # "the next morning": the next day
        return None, _UNIT_PRECISION[unit], (1 if g.get("prev") else -1), unit
    if kind in ("same", "soon"):  # "the same month", "later that day", "that night", "hours
        # later": the time told last
        unit = (g.get("unit") or "day").lower()
        return None, _UNIT_PRECISION[unit], 0, unit
    if pub is None:
        return None, None, 0, "day"
    if kind == "deictic":
        w = " ".join(g["w"].lower().split())
        if w == "the day before yesterday":
            return pub - dt.timedelta(days=2), "day", 0, "day"
        if w in ("yesterday", "last night", "overnight"):
            return pub - dt.timedelta(days=1), "day", 0, "day"
        if w == "tomorrow":
            return pub + dt.timedelta(days=1), "day", 0, "day"
        return pub, "day", 0, "day"
    if kind == "this":
        rel, unit = " ".join(g["rel"].lower().split()), g["unit"].lower()
        if rel == "last" and m.string[max(0, m.start() - 4):m.start()].lower() == "the ":
            rel = "past"  # "in the last month": the month up to the report, not the one before
        if rel == "past":  # "in the past week": the span that ends with the report
            half = {"week": 3, "month": 15, "year": 182}[unit]
            return pub - dt.timedelta(days=half), _UNIT_PRECISION[unit], 0, unit
        back = 1 if rel in ("last", "past", "previous") else (-1 if rel == "next" else 0)
        if unit == "week" and rel in ("this", "earlier this", "earlier in the"):
            # the days of the report's week up to it (before it): the middle of them
            done = pub.weekday() + (0 if rel == "this" else 1)
            return pub - dt.timedelta(days=done // 2), "week", 0, "week"
        if unit == "week":
            return pub - dt.timedelta(weeks=back), "week", 0, "week"
        if unit == "month":
            d = add_months(pub, -back)
            return dt.date(d.year, d.month, 1), "month", 0, "month"
        return dt.date(pub.year - back, 1, 1), "year", 0, "year"
    if kind == "recent":  # a few days up to the report: the middle of them, to the week
        return pub - dt.timedelta(days=_RECENT_DAYS), "week", 0, "day"
    if kind == "hours":  # a day's hours up to the report: its day; more: their middle, to the week
        days = count(g["n"]) // 24 if g.get("n") else 0
        if days <= 1:
            return pub, "day", 0, "day"
        return pub - dt.timedelta(days=days // 2), "week", 0, "day"
    if kind == "edge":  # "at the end of last year": the year (month), not its first day
        unit = g["unit"].lower()
        back = {"last": 1, "next": -1}.get((g.get("rel") or "").lower(), 0)
        if unit == "year":
            return dt.date(pub.year - back, 1, 1), "year", 0, "year"
        d = add_months(pub, -back)
        return dt.date(d.year, d.month, 1), "month", 0, "month"
    if kind == "weekend":
        # the weekend before the report (the report's own, if it is published on one)
        back = (pub.weekday() - 5) % 7
        if (g.get("mod") or "").lower() == "last" and back < 2:
            back += 7
        return pub - dt.timedelta(days=back), "week", 0, "week"
    if kind == "weekday":
        mod = (g.get("mod") or "").lower()
        return weekday_date(pub, WEEKDAYS.index(g["wd"].lower()), mod, tense), "day", 0, "day"
    return None, None, 0, "day"


@per_doc_text  # asked by the dates and by the story's frame: found once a document
def time_expressions(text: str, pubdate: str | None, doc: Doc | None = None
                     ) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``pubdate``; in text order."""
    pub = dt.date.fromisoformat(pubdate) if pubdate else None
    folded = needle_text(text)
    caseless = is_caseless(text)
    # the text taken so far, as disjoint spans in text order (overlapping ones merged), so that
    # the spans meeting [a, b) are found by bisection: those from the first that ends after a
    # to the last that starts before b
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    out: list[TimeExpression] = []

    def meeting(a: int, b: int) -> tuple[int, int]:
        return bisect_right(taken_ends, a), bisect_left(taken_starts, b)

    def free(a: int, b: int) -> bool:
        lo, hi = meeting(a, b)
        return lo >= hi

    def take(a: int, b: int) -> None:
        lo, hi = meeting(a, b)
        if lo < hi:
            a, b = min(a, taken_starts[lo]), max(b, taken_ends[hi - 1])
        taken_starts[lo:hi] = [a]
        taken_ends[lo:hi] = [b]

    by_name, hol_pattern = holidays.table()[2], holidays.pattern_in(folded)
    for m in hol_pattern.finditer(text) if hol_pattern is not None else ():
        h = by_name.get(" ".join(m.group("name").lower().replace("-", " ").split()))
        if h is None:
            h = next((v for k, v in by_name.items()
                      if holidays.fold_name(k) == holidays.fold_name(m.group("name"))), None)
        if h is None:
            continue
        lead = text[max(0, m.start() - 40):m.start()]
        b = holidays.BEFORE.search(lead)
        prep = ((b.group("prep") if b else None) or "").lower()
        eve = bool(b and b.group("eve"))
        start = m.start() - (len(lead) - b.start()) if b and (prep or eve) else m.start()
        take(start, m.end())
        if pub is None:
            out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday", None, None))
            continue
        first = holidays.near(h, pub, tense_at(doc, m.start()))
        if first is None:
            out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday", None, None))
            continue
        if eve:
            when, precision = first - dt.timedelta(days=1), "day"
        elif h.days >= 28:
            when, precision = first, "month"
        elif prep in ("during", "over", "throughout") and h.days > 1:
            when, precision = first, "week"
        elif prep.startswith(("before", "ahead", "after", "since", "until")):
            when, precision = first, "month"  # "before Christmas": some day around it
        else:
            when, precision = first, "day"
        out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday",
                                  when.isoformat(), precision))
    inferred: set[int] = set()
    told: set[int] = set()
    lasting: set[int] = set()  # where "after six days of questioning" starts
    layout = Layout(text, folded)
    surnames: list[frozenset[str]] = []  # the months used as surnames, read at the first month
    for kind, pattern in _PATTERNS:
        if not layout.may_occur(NEEDS.get(kind, ())):
            continue  # no word the pattern needs: not scanned
        for m in matches(kind, pattern, layout):
            if not free(m.start(), m.end()):
                continue
            mon = m.groupdict().get("mon")
            if mon is not None and not mon[0].isupper() and not (
                    caseless and mon.lower() != "may"):
                continue  # months are capitalised: "may" is the verb
            if mon is not None and not surnames:
                surnames.append(month_surnames(text))
            if mon is not None and names_a_person(
                    text, m.start("mon"), m.start("mon") + len(mon.rstrip(".")),
                    any(m.groupdict().get(k) for k in ("d", "y", "ry")),
                    surnames[0], _tag_after(doc, m.end("mon"))):
                continue  # "Theresa May", "criticised by May": a person, no month
            if kind == "weekday" and m.group("mod") is None and not (
                    caseless or m.group("wd")[0].isupper()):
                continue
            if kind == "weekday" and _any_weekday(m):
                take(m.start(), m.end())  # "on a Wednesday", "on Fridays": no day of the story
                continue
            try:
                tense = tense_at(doc, m.start())
                when, precision, shift, unit = _resolve(kind, m, pub, tense, tense == "past" and (
                    kind in ("dmy", "mdy") and done_on(doc, m.start())))
            except (ValueError, OverflowError):  # "3,000 years ago": outside the calendar
                when, precision, shift, unit = None, None, 0, "day"
            take(m.start(), m.end())
            if kind in _YEARLESS and not (m.group("y") or m.group("ry")):
                inferred.add(m.start())
            elif kind in _YEARLESS or kind == "month_year" or kind == "iso":
                told.add(m.start())  # a date with its year: the time a story is told in
            elif kind == "lasting":
                lasting.add(m.start())
            found = kind
            if kind in ("the_day", "same", "soon", "lasting") or (kind == "shift" and (
                    m.group("dir").lower() in ("earlier", "later")
                    or _CLAUSE_END.match(text, m.end()))):
                # "a day earlier", "the next day", "the day before.": from the text's last time
                found = "relshift"
            start = m.start()
            since = _SINCE.search(text, max(0, start - _SINCE_BACK), start)
            if since is not None and found != "relshift" and (
                    since.group("hedge") or _SPAN_EDGE.match(m.group(0))):
                start = since.start()  # "since late 2011", "since at least March 2014"
            out.append(TimeExpression(start, m.end(), text[start:m.end()], found,
                                      when.isoformat() if when else None,
                                      precision if (when or shift or found == "relshift")
                                      else None, shift, unit))
    out.sort(key=lambda t: t.start)
    out = [t for t in out if not _cited(text, t)]
    if lasting:
        out = _lasting_alone(text, out, lasting)
    return _in_story_year(_in_told_year(out, told), inferred, told, pub)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_CLOSES = re.compile(r"\s*\)")


def _counted_precision(said: str, unit: str) -> str:
    """The precision a span of ``unit`` counted as ``said`` gives: its unit for a number ("three
    months earlier": the month), one step coarser for a count it does not give ("several months
    earlier", "a few weeks ago": the year, the month)."""
    if said in _VAGUE_COUNTS:
        return {"day": "week", "week": "month", "month": "year"}.get(unit, "decade")
    return _UNIT_PRECISION[unit]


def _cited(text: str, t: TimeExpression) -> bool:
    """``t`` is the day of a piece cited by its title, closing a parenthesis after a comma, as
    a letters page cites what it answers: "(Opinion, 4 January)", "(Trump's withdrawal is a
    gift to Isis, 22 December)". It dates the piece, no event."""
    if t.kind not in ("dmy", "mdy") or not _CLOSES.match(text, t.end):
        return False
    before = text[max(0, t.start - 200):t.start]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and before.rstrip().endswith(",")


def _lasting_alone(text: str, found: list[TimeExpression], lasting: set[int]
                   ) -> list[TimeExpression]:
    """"After six days of questioning" (the expressions starting at ``lasting``) moves the time
    told last only in a sentence that tells no other time: "On Monday, after three days of
    fighting, rebels took the town" is Monday."""
    def sentence(i: int) -> tuple[int, int]:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, i - 600), i)]
        after = _SENTENCE_END.search(text, i)
        return (ends[-1] if ends else 0), (after.start() if after else len(text))

    out = []
    for t in found:
        if t.start in lasting:
            a, b = sentence(t.start)
            if any(o is not t and a <= o.start < b for o in found):
                continue
        out.append(t)
    return out


#: Kinds of dates whose year may go unsaid: "on 29 August", "in March".
_YEARLESS = frozenset({"mdy", "dmy", "month", "that_month"})
#: How far (in characters) a date with its year sets the year of the dates that follow it.
_STORY_REACH = 1500


def _in_story_year(found: list[TimeExpression], inferred: set[int], told: set[int],
                   pub: dt.date | None) -> list[TimeExpression]:
    """A date without its year in a story told in another year ("It was Saturday 31 August
    2013 … a vote two days earlier, on 29 August") is of the story's year, not the report's:
    the year that puts it nearest the last full date said with its year (a day: "the war began
    in March 2011" sets no story's time), unless a time counted from the report ("last week",
    "on Friday") came in between."""
    out: list[TimeExpression] = []
    anchor: TimeExpression | None = None
    for t in found:
        key = t.start
        if t.kind in ("relshift", "shift"):
            out.append(t)
            continue
        if any(t.start <= k < t.end for k in told) and t.date and t.precision == "day":
            anchor = t
        elif any(t.start <= k < t.end for k in inferred) and t.date and anchor is not None \
                and anchor.date and pub is not None and t.start - anchor.end <= _STORY_REACH:
            a, d = dt.date.fromisoformat(anchor.date), dt.date.fromisoformat(t.date)
            if a.year != pub.year:
                best = min((a.year - 1, a.year, a.year + 1), key=lambda y: abs(
                    (with_year(d, y) - a).days))
                t = TimeExpression(t.start, t.end, t.text, t.kind, with_year(d, best).isoformat(),
                                   t.precision, t.shift, t.unit)
        elif t.kind not in ("year", "thing_year", "decade", "turn") or key in inferred:
            anchor = None  # a time counted from the report: the story is back in its own time
        out.append(t)
    return out


def _in_told_year(found: list[TimeExpression], told: set[int]) -> list[TimeExpression]:
    """"In August 2016 … killed in an airstrike that May": "that May" is of the year the text
    told last (kept as its own kind until then, it is a month)."""
    out: list[TimeExpression] = []
    year: int | None = None
    for t in found:
        if t.kind == "that_month":
            when = with_year(dt.date.fromisoformat(t.date), year) if (
                t.date and year is not None) else None
            t = TimeExpression(t.start, t.end, t.text, "month",
                               when.isoformat() if when else t.date, t.precision, t.shift, t.unit)
        elif t.date and (any(t.start <= k < t.end for k in told) or t.kind == "year"):
            year = int(t.date[:4])
        out.append(t)
    return out


#: "on a Wednesday morning", "one Friday", "every Monday": some day of that name, not one the
#: text can date
_SOME_DAY = re.compile(r"\b(?:a|an|one|every|each|any|some)\s+$", re.I)


def _any_weekday(m: re.Match[str]) -> bool:
    """A weekday told as any of its kind ("one Friday", "every Monday") or as a habit ("on
    Fridays"), not as a day: it dates nothing."""
    plural = m.string[m.end("wd"):m.end("wd") + 1].lower() == "s"
    return plural or (m.group("mod") is None and _SOME_DAY.search(
        m.string, max(0, m.start() - 8), m.start()) is not None)


def _tag_after(doc: Doc | None, char: int) -> str | None:
    """The part-of-speech tag of the word after ``char``, if the text has been parsed."""
    if doc is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    nxt = tok if tok.idx >= char else (tok.nbor() if tok.i + 1 < len(doc) else None)
    return nxt.tag_ if nxt is not None else None


def shifted(base: str, shift: int, unit: str) -> str | None:
    try:
        return minus(dt.date.fromisoformat(base), shift, unit).isoformat()
    except (ValueError, OverflowError):
        return None


#: "since late 2011", "since mid-2016", and with a hedge a time of any kind, "since at least
#: March 2014", "since as far back as the 1990s": the start of a span ("since last April's
#: attack" names the attack's time, and "since 2011" is read as a span already)
_SINCE = re.compile(rf"\bsince\s+(?P<hedge>{_SINCE_HEDGE}\s+)?$", re.I)
#: how far before a time its "since" may be: "since as far back as "
_SINCE_BACK = 30
_SPAN_EDGE = re.compile(r"(?:early|late|mid)\b", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\u2013\u2014]|$)")
