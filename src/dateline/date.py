"""Stage ``date``: the event's date and its precision from the publication date and the text.

Once per document, :func:`time_expressions` finds the time expressions of the text with regular
expressions (cheap; no date parser call per sentence) and resolves them against the publication
date:

* deictic words: "today", "yesterday", "last night", "tomorrow";
* weekdays, with the tense of their verb: "on Friday" in a report published on a Monday is the
  Friday before when the verb is past, the Friday after when it is future; a report's own weekday
  is the publication day unless "last" says otherwise;
* counted spans: "two months ago", "more than a week ago", "last week", "earlier this month";
* anchored shifts: "one day after a similar raid" (the raid is a day before the sentence's time),
  "about one week before the attack", "a day earlier";
* explicit dates: "March 3, 2009", "3 March", "in March", "in 2008", ISO dates;
* holidays by calendar (``data/holidays/holidays.tsv``): "on the eve of Eid al-Adha",
  "during Passover", "on Christmas Day" — Islamic dates with ``hijridate``, Jewish ones with
  ``convertdate.hebrew``, Easter with ``dateutil``.

Each event takes the expression of its clause, else the nearest one in its sentence, else the
last one earlier in its paragraph, else the publication date itself. Precision is ``day``,
``week``, ``month`` or ``year``. Without a publication date, relative expressions give ``None``
— never today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataFileError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .code import Mention
    from .sentences import Sentences
    from .records import Article

__all__ = ["dater", "time_expressions", "TimeExpression", "holiday_date", "RULESET"]

#: Provenance name of the rules in this module.
RULESET = "dateline.date.v1"

DateResult = tuple[str | None, str | None]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a few": 3, "few": 3, "several": 4, "a couple of": 2, "couple of": 2,
}
_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}

_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NUM_RE = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|a\s+few|few|several|a\s+couple\s+of|couple\s+of)")
_HEDGE_RE = (r"(?:(?:more\s+than|less\s+than|about|around|nearly|almost|some|roughly|over|"
             r"just\s+over|just\s+under|approximately|at\s+least)\s+)?")
_UNIT_RE = r"(?P<unit>day|week|month|year)s?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                       r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})"
                       r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|since|until|by|last|early|late|mid|earlier\s+in|"
                         rf"later\s+in|in\s+early|in\s+late|in\s+mid)[\s-]+(?P<mon>{_MONTH_RE})"
                         r"(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("month_year", re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|during|since|until|early|late|mid)[\s-]+(?P<y>(?:19|20)\d\d)\b",
                        re.I)),
    ("ago", re.compile(rf"\b{_HEDGE_RE}(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+ago\b", re.I)),
    ("shift", re.compile(rf"\b{_HEDGE_RE}(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+"
                         r"(?P<dir>before|after|earlier|later|prior\s+to)\b", re.I)),
    ("the_day", re.compile(r"\bthe\s+(?:(?P<prev>previous|preceding)|(?P<next>next|following))"
                           r"\s+(?P<unit>day|week|month|year)\b", re.I)),
    ("this", re.compile(r"\b(?P<rel>last|this|past|previous|earlier\s+this|later\s+this|"
                        r"early\s+this|late\s+this|earlier\s+in\s+the|next)\s+"
                        r"(?P<unit>week|month|year)(?:end)?\b", re.I)),
    ("deictic", re.compile(r"\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|last\s+night|"
                           r"overnight|today|tonight|this\s+(?:morning|afternoon|evening)|"
                           r"earlier\s+today|tomorrow)\b", re.I)),
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


# --- holidays

@dataclass(frozen=True, slots=True)
class _Holiday:
    name: str
    names: tuple[str, ...]
    calendar: str
    month: int
    day: int
    offset: int
    days: int


def _holidays_path() -> Path:
    return Path(str(resources.files("dateline") / "data" / "holidays" / "holidays.tsv"))


@lru_cache(maxsize=1)
def _holidays() -> tuple[tuple[_Holiday, ...], re.Pattern[str], dict[str, _Holiday]]:
    path = _holidays_path()
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    header = rows[0].split("\t")
    out: list[_Holiday] = []
    by_name: dict[str, _Holiday] = {}
    for n, line in enumerate(rows[1:], start=2):
        cells = dict(zip(header, line.split("\t"), strict=False))
        try:
            h = _Holiday(
                name=cells["name"],
                names=tuple(x for x in [cells["name"], *cells.get("aliases", "").split("|")] if x),
                calendar=cells["calendar"], month=int(cells.get("month") or 0),
                day=int(cells.get("day") or 0), offset=int(cells.get("offset") or 0),
                days=int(cells.get("days") or 1),
            )
        except (KeyError, ValueError) as err:
            raise DataFileError(f"{path}: row {n} is malformed ({err}); columns are "
                                f"{', '.join(header)}") from err
        if h.calendar not in ("hijri", "hebrew", "gregorian", "easter", "orthodox_easter"):
            raise DataFileError(f"{path}: row {n}: unknown calendar {h.calendar!r}")
        out.append(h)
        for name in h.names:
            by_name[name.lower()] = h
    names = sorted(by_name, key=len, reverse=True)
    alt = "|".join(re.escape(x).replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]?") for x in names)
    pattern = re.compile(rf"\b(?P<name>{alt})\b", re.I)
    return tuple(out), pattern, by_name


_HOLIDAY_BEFORE = re.compile(
    r"(?:\b(?P<prep>on|during|before|after|ahead\s+of|since|for|over|at|throughout|until)\s+)?"
    r"(?:the\s+)?(?P<eve>eve\s+of\s+(?:the\s+)?)?(?:first\s+day\s+of\s+)?(?:the\s+)?$", re.I)


def holiday_date(name: str, year: int) -> dt.date | None:
    """First day of holiday ``name`` in the Gregorian year ``year`` (``None`` if unknown)."""
    _, _, by_name = _holidays()
    h = by_name.get(name.lower())
    if h is None:
        return None
    found = [d for d in _occurrences(h, year) if d.year == year]
    return found[0] if found else None


def _occurrences(h: _Holiday, year: int) -> Iterator[dt.date]:
    """Occurrences of a holiday around the Gregorian ``year`` (that year and its neighbours)."""
    if h.calendar == "gregorian":
        for y in (year - 1, year, year + 1):
            yield dt.date(y, h.month, h.day)
    elif h.calendar in ("easter", "orthodox_easter"):
        from dateutil import easter

        orthodox = h.calendar == "orthodox_easter"
        method = easter.EASTER_ORTHODOX if orthodox else easter.EASTER_WESTERN
        for y in (year - 1, year, year + 1):
            yield easter.easter(y, method) + dt.timedelta(days=h.offset)
    elif h.calendar == "hijri":
        from hijridate import Gregorian, Hijri

        try:
            hy = Gregorian(year, 6, 30).to_hijri().year
        except (OverflowError, ValueError):
            return  # outside the Umm al-Qura tables (1343-1500 AH)
        for y in (hy - 1, hy, hy + 1):
            try:
                yield Hijri(y, h.month, h.day).to_gregorian()
            except (OverflowError, ValueError):
                continue
    else:
        from convertdate import hebrew

        hy = hebrew.from_gregorian(year, 6, 30)[0]
        for y in (hy - 1, hy, hy + 1):
            month = 13 if h.month == 12 and hebrew.leap(y) and h.name == "Purim" else h.month
            g = hebrew.to_gregorian(y, month, h.day)
            yield dt.date(*g)


def _holiday_near(h: _Holiday, pub: dt.date, tense: str) -> dt.date | None:
    """The occurrence of a holiday that a report published on ``pub`` speaks of (``None``
    outside the calendar's tables)."""
    dates = sorted(set(_occurrences(h, pub.year)))
    if not dates:
        return None
    if tense == "past":
        # a holiday still going on at publication counts as the current one
        past = [d for d in dates if d <= pub]
        if past:
            return past[-1]
    if tense == "future":
        future = [d for d in dates if d + dt.timedelta(days=h.days - 1) >= pub]
        if future:
            return future[0]
    return min(dates, key=lambda d: (abs((d - pub).days), d))


# --- resolving

def fold_name(text: str) -> str:
    """Holiday names compared without case, hyphens or extra spaces."""
    return " ".join(text.lower().replace("-", " ").split())


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
    would otherwise lie in the future of a past-tense report (and vice versa)."""
    if pub is None:
        return None
    cand = dt.date(pub.year, month, min(day or 1, calendar.monthrange(pub.year, month)[1]))
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
    if tense == "future" or mod in ("until", "by"):
        return pub + dt.timedelta(days=delta_fwd)
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


def _tense_at(doc: Doc | None, char: int) -> str:
    """"past", "future" or "present" for the verb that governs the text at ``char``."""
    if doc is None:
        return "past"
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return "past"
    tok: Token | None = span[0]
    while tok is not None:
        if tok.pos_ in ("VERB", "AUX"):
            return _tense_of(tok)
        tok = tok.head if tok.head.i != tok.i else None
    return "past"


def _tense_of(verb: Token) -> str:
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall", "wo"):
            return "future"
        if c.dep_ in ("aux",) and c.lower_ in ("going",):
            return "future"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    if verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "am") for c in verb.children):
        return "future" if any(c.lower_ == "to" for c in verb.rights) else "present"
    return "present" if verb.tag_ in ("VBZ", "VBP") else "past"


def time_expressions(text: str, pubdate: str | None, doc: Doc | None = None
                     ) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``pubdate``; in text order."""
    from .sentences import is_caseless

    pub = dt.date.fromisoformat(pubdate) if pubdate else None
    caseless = is_caseless(text)
    taken: list[tuple[int, int]] = []
    out: list[TimeExpression] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    _, hol_pattern, by_name = _holidays()
    for m in hol_pattern.finditer(text):
        h = by_name.get(" ".join(m.group("name").lower().replace("-", " ").split()))
        if h is None:
            h = next((v for k, v in by_name.items()
                      if fold_name(k) == fold_name(m.group("name"))), None)
        if h is None:
            continue
        lead = text[max(0, m.start() - 40):m.start()]
        b = _HOLIDAY_BEFORE.search(lead)
        prep = ((b.group("prep") if b else None) or "").lower()
        eve = bool(b and b.group("eve"))
        start = m.start() - (len(lead) - b.start()) if b and (prep or eve) else m.start()
        taken.append((start, m.end()))
        if pub is None:
            out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday", None, None))
            continue
        first = _holiday_near(h, pub, _tense_at(doc, m.start()))
        if first is None:
            out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday", None, None))
            continue
        if eve:
            when, precision = first - dt.timedelta(days=1), "day"
        elif h.days >= 28:
            when, precision = first, "month"
        elif prep in ("during", "over", "throughout") and h.days > 1:
            when, precision = first, "week"
        else:
            when, precision = first, "day"
        out.append(TimeExpression(start, m.end(), text[start:m.end()], "holiday",
                                  when.isoformat(), precision))
    low = text.lower()
    for kind, pattern in _PATTERNS:
        if kind == "ago" and "ago" not in low:
            continue  # the costliest pattern, rarely of use
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
                when, precision, shift, unit = _resolve(kind, m, pub, _tense_at(doc, m.start()))
            except (ValueError, OverflowError):  # "3,000 years ago": outside the calendar
                when, precision, shift, unit = None, None, 0, "day"
            taken.append((m.start(), m.end()))
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


def dater(doc: Doc, article: Article, sents: Sentences | None = None
          ) -> Callable[[Mention], DateResult]:
    """A function giving each mention of ``doc`` its ``(date, date_precision)``."""
    from .sentences import Sentences, clause_tokens

    sents = sents or Sentences.of(doc)
    text = sents.text
    exprs = time_expressions(text, article.pubdate, doc)
    pub = article.pubdate
    paragraph_breaks = [m.end() for m in re.finditer(r"\n", text)]

    def paragraph(char: int) -> int:
        return sum(1 for b in paragraph_breaks if b <= char)

    def plain(t: TimeExpression) -> bool:
        return t.kind not in ("shift", "relshift")

    def base_before(char: int) -> DateResult:
        """Time of the text before ``char`` in its paragraph; the publication date otherwise."""
        para = paragraph(char)
        for t in reversed(exprs):
            if t.end <= char and plain(t) and t.date and paragraph(t.start) == para:
                return t.date, t.precision
        return (pub, "day") if pub else (None, None)

    def event_date(mention: Mention) -> DateResult:
        trig = doc[mention.trigger]
        _, _, s_char, s_end_char = sents.bounds(mention.trigger)
        here = [t for t in exprs if s_char <= t.start < s_end_char]
        anchors = [t for t in here if not plain(t)]
        plains = [t for t in here if plain(t)]
        if plains:
            clause = clause_tokens(trig)
            starts = {doc[i].idx for i in clause}
            own = [t for t in plains if any(t.start <= s < t.end for s in starts)]
            pick = own[0] if own else min(plains, key=lambda t: abs(t.start - trig.idx))
            base: DateResult = (pick.date, pick.precision)
        else:
            base = base_before(s_char)
        for a in anchors:
            if a.kind == "relshift":
                ref = base_before(s_char)[0] if not plains else base[0]
                if ref is None:
                    return None, None
                when = _shifted(ref, a.shift, a.unit)
                if when is None:
                    return None, None
                # a report does not tell of days after its own publication
                return (min(when, pub), a.precision) if pub else (when, a.precision)
            if base[0] is None:
                return None, None
            inside = trig.idx >= a.end  # the event the shift is anchored to: "after a raid"
            if plains:
                # "Yesterday …, one day after a similar raid": the raid is a day before yesterday
                moved = _shifted(base[0], -a.shift, a.unit) if inside else None
            else:
                # "… met about one week before the attack": the meeting is a week before it
                moved = None if inside else _shifted(base[0], a.shift, a.unit)
            if (plains and not inside) or (inside and not plains):
                return base
            return (moved, a.precision) if moved else (None, None)
        return base

    return event_date
