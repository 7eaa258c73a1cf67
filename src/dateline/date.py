"""Stage ``date``: the event's date and its precision from the publication date and the text.

Once per document, :func:`time_expressions` finds the time expressions of the text with regular
expressions (cheap; no date parser call per sentence) and resolves them against the publication
date:

* deictic words: "today", "yesterday", "last night", "tomorrow";
* weekdays, with the tense of their verb: "on Friday" in a report published on a Monday is the
  Friday before when the verb is past, the Friday after when it is future, the nearer one in the
  present tense; a report's own weekday is the publication day unless "last" says otherwise;
* counted spans: "two months ago", "more than a week ago", "last week", "earlier this month";
* anchored shifts: "one day after a similar raid" (the raid is a day before the sentence's time),
  "about one week before the attack", "a day earlier";
* explicit dates: "March 3, 2009", "3 March", "in March", "in 2008", ISO dates; decades ("in
  the 1930s") and seasons ("last autumn", "in the summer of 2016");
* holidays by calendar (``data/holidays/holidays.tsv``): "on the eve of Eid al-Adha",
  "during Passover", "on Christmas Day" — Islamic dates with ``hijridate``, Jewish ones with
  ``convertdate.hebrew``, Easter with ``dateutil``.

Each event takes the expression of its own clause, else of its sentence (governing clauses first,
never another clause's reported content), else — when the sentence carries on the story of the one
before — that sentence's, else the publication date; ``date_source`` says which (``clause``,
``sentence``, ``carried``, ``publication``). "Since 2002" and "until March" bound spans and date no
event, nor any event outside them. An event in the past perfect with no time of its own stays
unknown; what only would, could or is threatened to happen (:mod:`dateline.aspect`) takes no
time but its own clause's. Background history
keeps its own time: "in 1980" (year), "during the 1930s" (decade), "last autumn" (year).
Precision is ``day``, ``week``, ``month``, ``year`` or ``decade``. Without a publication date,
relative expressions give ``None`` — never today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import holidays
from .aspect import bounds_a_span, clause_of, irrealis, past_perfect, tense_at
from .date_patterns import NEEDS, PATTERNS, may_occur, needle_text
from .holidays import holiday_date
from .numbers import number_words
from .sentences import (
    Sentences,
    aside,
    clause_tokens,
    continues_story,
    governing_clauses,
    is_caseless,
    same_section,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .records import Article

__all__ = ["dater", "time_expressions", "TimeExpression", "holiday_date", "Dated", "DATE_SOURCES",
           "needs_pubdate", "left_undated", "RULESET"]

#: Provenance name of the rules in this module.
RULESET = "dateline.date.v2"

DateResult = tuple[str | None, str | None]
#: (date, date_precision, date_source); date_source is one of DATE_SOURCES, None for no date.
Dated = tuple[str | None, str | None, str | None]
DATE_SOURCES = ("clause", "sentence", "carried", "publication")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
#: number words of relative dates ("three days ago", "several weeks ago"), from data/numbers.tsv
_NUMBERS = {w: n for kind in ("number", "vague") for w, n in number_words(kind).items()
            if n is not None}
_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}

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

def _month_num(text: str) -> int:
    return _MONTH_ABBR[text.lower().rstrip(".")[:4] if text.lower().startswith("sept")
                       else text.lower().rstrip(".")[:3]]


def _count(text: str) -> int:
    t = " ".join(text.lower().split())
    return int(t) if t.isdigit() else _NUMBERS.get(t, 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _minus(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d - dt.timedelta(days=n)
    if unit == "week":
        return d - dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, -n)
    return _add_months(d, -12 * n)


def _infer_year(month: int, day: int | None, pub: dt.date | None, tense: str) -> int | None:
    """Year of a date given without one: the publication year, or the one before when the date
    would otherwise lie in the future of a past-tense report (and vice versa); in the present
    tense, the year that puts it nearest the report."""
    if pub is None:
        return None
    cand = dt.date(pub.year, month, min(day or 1, calendar.monthrange(pub.year, month)[1]))
    if tense == "present":  # "once Democrats take the House in January": the nearest one
        return min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: abs(
            (dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1])) - pub).days))
    if tense != "future" and (cand - pub).days > 31:
        return pub.year - 1
    if tense == "future" and (pub - cand).days > 31 + (0 if day else 31):
        return pub.year + 1
    return pub.year


def _weekday(pub: dt.date, wd: int, mod: str, tense: str) -> dt.date:
    delta_back = (pub.weekday() - wd) % 7
    delta_fwd = (wd - pub.weekday()) % 7
    if mod == "last":
        return pub - dt.timedelta(days=delta_back or 7)
    if mod == "next":
        return pub + dt.timedelta(days=delta_fwd or 7)
    if delta_back == 0:
        return pub
    if tense == "present" and not mod.startswith(("since", "from")):
        # "the congress, meeting on Monday, is being boycotted": the Monday nearest the report
        return pub + dt.timedelta(days=delta_fwd) if delta_fwd < delta_back else (
            pub - dt.timedelta(days=delta_back))
    if tense == "future" or (mod in ("until", "by") and tense != "past"):
        return pub + dt.timedelta(days=delta_fwd)  # "by Wednesday night" in a past tense: before
    return pub - dt.timedelta(days=delta_back)


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, tense: str
             ) -> tuple[dt.date | None, str | None, int, str]:
    """(date, precision, shift in days or units, unit) of one match."""
    g = m.groupdict()
    if kind == "iso":
        try:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])), "day", 0, "day"
        except ValueError:
            return None, None, 0, "day"
    if kind in ("mdy", "dmy"):
        month, day = _month_num(g["mon"]), int(g["d"])
        if not 1 <= day <= 31:
            return None, None, 0, "day"
        year = int(g["y"]) if g.get("y") else _infer_year(month, day, pub, tense)
        if year is None:
            return None, None, 0, "day"
        try:
            return dt.date(year, month, day), "day", 0, "day"
        except ValueError:
            return None, None, 0, "day"
    if kind in ("month", "month_year"):
        month = _month_num(g["mon"])
        year = int(g["y"]) if g.get("y") else _infer_year(month, None, pub, tense)
        return (dt.date(year, month, 1), "month", 0, "month") if year else (None, None, 0, "month")
    if kind == "year":
        return dt.date(int(g["y"]), 1, 1), "year", 0, "year"
    if kind == "decade":
        return dt.date(int(g["dec"]), 1, 1), "decade", 0, "year"
    if kind == "season":
        return _season(g, pub, tense)
    if kind == "ago":
        if pub is None:
            return None, None, 0, "day"
        n, unit = _count(g["n"]), g["unit"].lower()
        precision = _UNIT_PRECISION[unit]
        vague = " ".join(g["n"].lower().split()) in ("a few", "few", "several", "a couple of",
                                                      "couple of")
        if vague:  # "a few days ago", "several weeks ago": one step coarser
            precision = {"day": "week", "week": "month", "month": "year"}.get(unit, "year")
        return _minus(pub, n, unit), precision, 0, unit
    if kind == "shift":
        n, unit = _count(g["n"]), g["unit"].lower()
        sign = -1 if g["dir"].lower() in ("after", "later") else 1
        return None, _UNIT_PRECISION[unit], sign * n, unit
    if kind == "the_day":
        unit = g["unit"].lower()
        return None, _UNIT_PRECISION[unit], (1 if g.get("prev") else -1), unit
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
        if unit == "week":
            return pub - dt.timedelta(weeks=back), "week", 0, "week"
        if unit == "month":
            d = _add_months(pub, -back)
            return dt.date(d.year, d.month, 1), "month", 0, "month"
        return dt.date(pub.year - back, 1, 1), "year", 0, "year"
    if kind == "weekend":
        # the weekend before the report (the report's own, if it is published on one)
        back = (pub.weekday() - 5) % 7
        if (g.get("mod") or "").lower() == "last" and back < 2:
            back += 7
        return pub - dt.timedelta(days=back), "week", 0, "week"
    if kind == "weekday":
        mod = (g.get("mod") or "").lower()
        return _weekday(pub, _WEEKDAYS.index(g["wd"].lower()), mod, tense), "day", 0, "day"
    return None, None, 0, "day"


_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(g: dict[str, str | None], pub: dt.date | None, tense: str
            ) -> tuple[dt.date | None, str | None, int, str]:
    """"last autumn", "in the summer of 2016": the season's first month, at year precision (a
    season is no calendar month)."""
    month = _SEASON_MONTH[(g["season"] or "").lower()]
    if g.get("y"):
        return dt.date(int(g["y"] or 0), month, 1), "year", 0, "year"
    if pub is None:
        return None, None, 0, "year"
    rel = (g.get("rel") or "").lower()
    year = pub.year
    start = dt.date(year, month, 1)
    if rel in ("last", "past") or (not rel and tense != "future"):
        if start > pub or (rel == "last" and (pub - start).days < 92):
            year -= 1  # the season before the report's own
    elif rel == "next" or tense == "future":
        if start < pub:
            year += 1
    return dt.date(year, month, 1), "year", 0, "year"


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

    _, hol_pattern, by_name = holidays.table()
    for m in hol_pattern.finditer(text) if holidays.may_name(folded) else ():
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
    for kind, pattern in PATTERNS:
        if not may_occur(NEEDS.get(kind, ()), folded):
            continue  # no word the pattern needs: not scanned
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            mon = m.groupdict().get("mon")
            if mon is not None and not mon[0].isupper() and not (
                    caseless and mon.lower() != "may"):
                continue  # months are capitalised: "may" is the verb
            if kind == "weekday" and m.group("mod") is None and not (
                    caseless or m.group("wd")[0].isupper()):
                continue
            try:
                when, precision, shift, unit = _resolve(kind, m, pub, tense_at(doc, m.start()))
            except (ValueError, OverflowError):  # "3,000 years ago": outside the calendar
                when, precision, shift, unit = None, None, 0, "day"
            take(m.start(), m.end())
            if kind == "the_day" or (kind == "shift" and m.group("dir").lower() in ("earlier",
                                                                                   "later")):
                kind = "relshift"  # "a day earlier", "the next day": from the text's last time
            out.append(TimeExpression(m.start(), m.end(), m.group(0), kind,
                                      when.isoformat() if when else None,
                                      precision if (when or shift) else None, shift, unit))
    out.sort(key=lambda t: t.start)
    return out


def _shifted(base: str, shift: int, unit: str) -> str | None:
    try:
        return _minus(dt.date.fromisoformat(base), shift, unit).isoformat()
    except (ValueError, OverflowError):
        return None


_DURATIVE = re.compile(r"(?:since|until|through)\b", re.I)
_SPAN_END = re.compile(r"\b(?:into|through|throughout|until|till)\s+(?:the\s+)?$", re.I)


def _dates_a_point(t: TimeExpression) -> bool:
    """Plain expressions date events; "since 2002", "until March" bound a span, and shifts
    ("a day after the raid") move another time."""
    return t.kind not in ("shift", "relshift") and not _DURATIVE.match(t.text)


def _anchored(doc: Doc, shift: TimeExpression, trig: Token) -> bool:
    """Whether ``trig`` is the event a shift is anchored to: "one day after a similar raid"
    (the raid), "three days after the two leaders spoke by phone" (the call), not the event
    of the clause the shift modifies."""
    span = doc.char_span(shift.start, shift.end, alignment_mode="expand")
    word = next((t for t in reversed(span or ()) if t.lower_ in ("after", "before", "prior")),
                None)
    if word is None:
        return trig.idx >= shift.end
    anchor = word.head if word.dep_ == "mark" else word
    return trig.i != anchor.head.i and any(t.i == trig.i for t in anchor.subtree)


def dater(doc: Doc, article: Article, sents: Sentences | None = None
          ) -> Callable[[Mention], Dated]:
    """A function giving each mention of ``doc`` its ``(date, date_precision, date_source)``.

    The date is that of a time expression in the event's own ``clause``; else in its
    ``sentence`` (the clauses governing it first, never another clause's reported content or
    relative clause); else, when the sentence carries on the story of the one before, that
    sentence's (``carried``); else the ``publication`` date — except for an event told in the
    past perfect ("had been seized"), which lies before the text's time by an unknown span and
    stays unknown. Anchored shifts ("one day after a similar raid", "a day earlier") move the
    time they are anchored to.
    """

    sents = sents or Sentences.of(doc)
    text = sents.text
    # "into the New Year", "through March": the end of a span, no time of an event
    exprs = [t for t in time_expressions(text, article.pubdate, doc)
             if not _SPAN_END.search(text, max(0, t.start - 16), t.start)]
    pub = article.pubdate
    paragraph_breaks = [m.end() for m in re.finditer(r"\n", text)]
    token_starts = [t.idx for t in doc]
    expr_starts = [t.start for t in exprs]  # in text order: a sentence's are found by bisection

    def paragraph(char: int) -> int:
        return bisect_right(paragraph_breaks, char)

    def starting_in(a: int, b: int) -> list[TimeExpression]:
        """The expressions that start between two offsets, in text order."""
        return exprs[bisect_left(expr_starts, a):bisect_left(expr_starts, b)]

    def token_at(char: int) -> int:
        return max(0, bisect_right(token_starts, char) - 1)

    def covers(t: TimeExpression, tokens: set[int]) -> bool:
        return any(t.start <= doc[i].idx < t.end for i in tokens)

    def base_before(char: int) -> DateResult:
        """Time of the text before ``char`` in its paragraph; the publication date otherwise."""
        para = paragraph(char)
        for t in reversed(starting_in(0, char)):
            if paragraph(t.start) < para:
                break
            if t.end <= char and _dates_a_point(t) and t.date:
                return t.date, t.precision
        return (pub, "day") if pub else (None, None)

    def in_sentence(tok: Token, bounded: bool = True
                    ) -> tuple[TimeExpression | None, str | None]:
        _, _, s_char, s_end_char = sents.bounds(tok.i)
        # the bound of a span dates only the events inside it: "has threatened to push deeper
        # since sending troops into Afrin in February" is not February's threat
        inside_bound = bounds_a_span(tok)
        plains = [t for t in starting_in(s_char, s_end_char) if _dates_a_point(t)
                  and (not bounded or inside_bound == bounds_a_span(doc[token_at(t.start)]))]
        if not plains:
            return None, None
        own = [t for t in plains if covers(t, clause_tokens(tok))]
        if own:
            return min(own, key=lambda t: abs(t.start - tok.idx)), "clause"
        for tokens in governing_clauses(doc, tok):
            up = [t for t in plains if covers(t, tokens)]
            if up:
                return min(up, key=lambda t: abs(t.start - tok.idx)), "sentence"
        # never another clause's reported content, the background of a past perfect, or the
        # bound of a span ("since the war broke out in 2011")
        rest = [t for t in plains if not aside(doc, tok, token_at(t.start))
                and not past_perfect(doc[token_at(t.start)])]
        if rest:
            return min(rest, key=lambda t: abs(t.start - tok.idx)), "sentence"
        return None, None

    def carried(k: int) -> TimeExpression | None:
        if k == 0 or not continues_story(sents.spans[k].text):
            return None
        if not same_section(text, sents.start_chars[k - 1], sents.start_chars[k]):
            return None
        return in_sentence(sents.spans[k - 1].root)[0]

    def event_date(mention: Mention) -> Dated:
        trig = doc[mention.trigger]
        k = sents.index(mention.trigger)
        _, _, s_char, s_end_char = sents.bounds(mention.trigger)
        here = starting_in(s_char, s_end_char)
        anchors = [t for t in here if t.kind in ("shift", "relshift")]
        # a shift anchored to the event ("three days after the leaders spoke") moves the time
        # of the clause it bounds
        pick, source = in_sentence(trig, bounded=not anchors)
        if not anchors:
            if past_perfect(trig) and source != "clause":
                return None, None, None  # before the time around it, by an unknown span
            head = clause_of(trig)
            if head.dep_ == "relcl" and any(c.lower_ == "when" for c in head.children):
                # "killed on 23 October when a suicide belt exploded": the time it describes
                described_noun = {t.i for t in head.head.subtree} - {t.i for t in head.subtree}
                when = next((t for t in here if _dates_a_point(t) and covers(t, described_noun)),
                            None)
                if when is not None and when.date:
                    return when.date, when.precision, "sentence"
            first = head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "whose dispute has jeopardised … and poisoned …"
            described = first.dep_ in ("relcl", "acl")
            # "a volunteer killed in Syria" is not of the time of the sentence; what "would" or
            # is "threatened to" happen is not of the time it is said or threatened
            wanted = irrealis(trig)
            if (described or wanted) and source == "sentence":
                pick = None
            if pick is not None:
                return pick.date, pick.precision if pick.date else None, source
            before = None if described or wanted else carried(k)
            if before is not None and before.date:
                return before.date, before.precision, "carried"
            return (pub, "day", "publication") if pub else (None, None, None)
        plains = any(_dates_a_point(t) for t in here)
        base: DateResult = (pick.date, pick.precision) if pick is not None else base_before(
            s_char)
        base_source = source if pick is not None else "carried"
        for a in anchors:
            if a.kind == "relshift":
                ref = base_before(s_char)[0] if not plains else base[0]
                if ref is None:
                    return None, None, None
                when = _shifted(ref, a.shift, a.unit)
                if when is None:
                    return None, None, None
                # a report does not tell of days after its own publication
                return (min(when, pub) if pub else when), a.precision, "sentence"
            if base[0] is None:
                return None, None, None
            inside = _anchored(doc, a, trig)  # the event the shift is anchored to: "after a raid"
            if plains:
                # "Yesterday …, one day after a similar raid": the raid is a day before yesterday
                moved = _shifted(base[0], -a.shift, a.unit) if inside else None
            else:
                # "… met about one week before the attack": the meeting is a week before it
                moved = None if inside else _shifted(base[0], a.shift, a.unit)
            if (plains and not inside) or (inside and not plains):
                return base[0], base[1], base_source
            return (moved, a.precision, "sentence") if moved else (None, None, None)
        return base[0], base[1], base_source

    return event_date


def needs_pubdate(text: str) -> list[str]:
    """The time expressions of ``text`` that only a publication date can place ("yesterday",
    "on Friday", "two months ago", "in March"), in text order: what is left undated in a
    document that has none. Shifts anchored to another event ("one day after the raid") are
    left out: the text itself may date them."""
    return [t.text for t in time_expressions(text, None) if t.date is None and t.kind != "shift"]


def left_undated(article: Article, events: Sequence[Any]) -> str | None:
    """For a document without a publication date some of whose events have no date: the first
    expression that a publication date would have placed ("yesterday"); ``None`` otherwise."""
    if article.pubdate is not None or all(e.date is not None for e in events):
        return None
    found = needs_pubdate(article.text)
    return found[0] if found else None
