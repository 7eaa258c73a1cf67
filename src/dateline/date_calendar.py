"""Calendar reckoning for the time expressions of :mod:`dateline.timex` (part of stage
``date``): counting back from the report by days, weeks, months and years, the year of a date
said without one, the day a weekday names, the first year of a decade and the month a season
opens with.
"""

from __future__ import annotations

import calendar
import datetime as dt

from .numbers import number_words

__all__ = ["MONTH_ABBREVIATIONS", "MONTH_NAMES", "SEASONS", "WEEKDAYS", "add_months", "count",
           "decade_start", "in_weeks", "infer_year", "minus", "month_number", "period_end",
           "relative_year", "season", "weekday_date", "with_year"]

#: the months' names in calendar order, lower case
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
#: the weekdays' names from Monday (``datetime.weekday`` order), lower case
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)} | {"sept": 9}
#: the months' abbreviations ("jan", "sept"), lower case
MONTH_ABBREVIATIONS = frozenset(_MONTH_ABBR)
#: number words of relative dates ("three days ago", "several weeks ago"), from data/numbers.tsv
_NUMBERS = {w: n for kind in ("number", "vague") for w, n in number_words(kind).items()
            if n is not None}
_DECADE_WORDS = {w: 10 * (i + 2) for i, w in enumerate((
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"))}


def decade_start(g: dict[str, str | None], pub: dt.date | None) -> int:
    """The first year of a decade: "the 1990s", or "the nineties" and "the '20s" as the last
    such decade begun by the report (of the last century without a report's date)."""
    if g.get("dec"):
        return int(g["dec"] or 0)
    tens = int(g["dd"]) if g.get("dd") else _DECADE_WORDS[(g.get("dw") or "").lower()]
    now = pub.year if pub else 1999
    year = now // 100 * 100 + tens
    return year if year <= now else year - 100


def month_number(text: str) -> int:
    return _MONTH_ABBR[text.lower().rstrip(".")[:4] if text.lower().startswith("sept")
                       else text.lower().rstrip(".")[:3]]


def count(text: str) -> int:
    """A number said in figures or words ("three", "a few", "twenty-four"); 1 when unknown."""
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    parts = t.split("-")
    if len(parts) == 2 and all(p in _NUMBERS for p in parts):
        return _NUMBERS[parts[0]] + _NUMBERS[parts[1]]  # "forty-eight"
    return _NUMBERS.get(t, 1)


def in_weeks(n: int, unit: str) -> tuple[int, str]:
    """"a fortnight ago" is two weeks ago, "a decade ago" ten years ago."""
    return {"fortnight": (2 * n, "week"), "decade": (10 * n, "year")}.get(unit, (n, unit))


def add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def minus(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d - dt.timedelta(days=n)
    if unit == "week":
        return d - dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, -n)
    return add_months(d, -12 * n)


#: Days a date told as done may lie after the report's date before it is taken as last year's
#: (a report's date may be a day or two behind the news it tells).
_DAY_SLACK = 7


def infer_year(month: int, day: int | None, pub: dt.date | None, tense: str,
               done: bool = False) -> int | None:
    """Year of a date given without one: the publication year, or the one before when the date
    would otherwise lie in the future of a past-tense report (and vice versa: "met in March" in
    February is last March; a day so, when it is the ``done`` act's own, :func:`aspect.done_on`,
    more than a week after the report); in the present tense, the year nearest the report."""
    if pub is None:
        return None
    cand = dt.date(pub.year, month, min(day or 1, calendar.monthrange(pub.year, month)[1]))
    if tense == "present":  # "once Democrats take the House in January": the nearest one
        return min((y for y in (pub.year - 1, pub.year, pub.year + 1) if _has_day(y, month, day)
                    or y == pub.year), key=lambda y: abs(
            (dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1])) - pub).days))
    # (a month not begun by the report, told as done, is last year's; so is a day more than a
    # week after it: "launched on 20 January" in a report of 10 January)
    # (only to a year that has the day: no 29 February in a year not a leap year)
    if ((tense != "future" and (cand - pub).days > 31) or (
            tense == "past" and (not day or done) and (cand - pub).days > (
                _DAY_SLACK if day else 0))) and _has_day(pub.year - 1, month, day):
        return pub.year - 1
    if tense == "future" and (pub - cand).days > 31 + (0 if day else 31) and \
            _has_day(pub.year + 1, month, day):
        return pub.year + 1
    return pub.year


def _has_day(year: int, month: int, day: int | None) -> bool:
    """Whether the month of ``year`` has the day (any month has a day not given)."""
    return not day or day <= calendar.monthrange(year, month)[1]


def relative_year(g: dict[str, str | None], pub: dt.date | None) -> int | None:
    """The year of "in October last year", "4 July this year"; ``None`` when not said so."""
    rel = (g.get("ry") or "").lower()
    if not rel or pub is None:
        return None
    return pub.year + {"last": -1, "this": 0, "next": 1}[rel]


def weekday_date(pub: dt.date, wd: int, mod: str, tense: str) -> dt.date:
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


_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: the seasons' names, lower case
SEASONS = frozenset(_SEASON_MONTH)


def season(g: dict[str, str | None], pub: dt.date | None, tense: str
            ) -> tuple[dt.date | None, str | None, int, str]:
    """"last autumn", "in the summer of 2016", "in the spring of last year": the season's first
    month, at year precision (a season is no calendar month)."""
    month = _SEASON_MONTH[(g["season"] or "").lower()]
    if g.get("y"):
        return dt.date(int(g["y"] or 0), month, 1), "year", 0, "year"
    if pub is None:
        return None, None, 0, "year"
    if ry := (g.get("ry") or "").lower():
        return dt.date(pub.year + {"last": -1, "next": 1}.get(ry, 0), month, 1), "year", 0, "year"
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


def with_year(d: dt.date, year: int) -> dt.date:
    return dt.date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


def period_end(date: str, precision: str | None) -> dt.date | None:
    """The last day of the time a date of ``precision`` names ("2015" at year precision: the
    last day of 2015; "2017-03" at month precision: 31 March 2017)."""
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if precision == "week":
        return day + dt.timedelta(days=6)
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "decade":
        return dt.date(day.year - day.year % 10 + 9, 12, 31)
    return day
