"""Holidays by calendar, for dates such as "on the eve of Eid al-Adha" (part of stage ``date``).

The holidays are data (``data/holidays/holidays.tsv``, validated on load): Islamic dates with
``hijridate``, Jewish ones with ``convertdate.hebrew``, Easter with ``dateutil``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .datafiles import data_files, describe, per_overlay
from .date_patterns import needle_text
from .errors import DataFileError

_SEPARATORS = re.compile(r"[\s-]+")

__all__ = ["Holiday", "table", "holiday_date", "near", "fold_name", "pattern_in", "BEFORE"]


@dataclass(frozen=True, slots=True)
class Holiday:
    name: str
    names: tuple[str, ...]
    calendar: str
    month: int
    day: int
    offset: int
    days: int


@per_overlay
def table() -> tuple[tuple[Holiday, ...], re.Pattern[str], dict[str, Holiday],
                     tuple[tuple[str, str], ...]]:
    """The holidays; one pattern of all their names; each name (lower case, apostrophes
    straight) → its holiday; and the names, the longest first as the pattern tries them,
    each with its form joined as :func:`pattern_in` looks for it in a text."""
    out: list[Holiday] = []
    by_name: dict[str, Holiday] = {}
    for path in reversed(data_files("holidays/holidays.tsv")):  # the user's rows last: they win
        _read(path, out, by_name)
    names = tuple(sorted(by_name, key=len, reverse=True))
    joined = tuple((name, _SEPARATORS.sub("", needle_text(name))) for name in names)
    return tuple(out), _pattern(names), by_name, joined


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of ``names`` (the longest first), each allowed its spaces and hyphens
    varied or dropped; ``(?P<name>...)`` the name found."""
    # (a name's apostrophe may be written curly: "New Year’s Eve")
    alt = "|".join(re.escape(x).replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]?").replace(
        "'", "['\u2019]") for x in names)
    return re.compile(rf"\b(?P<name>{alt})\b", re.I)


def _read(path: Path, out: list[Holiday], by_name: dict[str, Holiday]) -> None:
    rows = [(n, ln) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            if ln.strip() and not ln.startswith("#")]
    if not rows:
        return
    header = rows[0][1].split("\t")
    where = describe(path)
    for n, line in rows[1:]:
        cells = dict(zip(header, line.split("\t"), strict=False))
        try:
            h = Holiday(
                name=cells["name"],
                names=tuple(x for x in [cells["name"], *cells.get("aliases", "").split("|")] if x),
                calendar=cells["calendar"], month=int(cells.get("month") or 0),
                day=int(cells.get("day") or 0), offset=int(cells.get("offset") or 0),
                days=int(cells.get("days") or 1),
            )
        except (KeyError, ValueError) as err:
            raise DataFileError(f"{where} line {n}: malformed ({err}); columns are "
                                f"{', '.join(header)}") from err
        if h.calendar not in ("hijri", "hebrew", "gregorian", "easter", "orthodox_easter"):
            raise DataFileError(f"{where} line {n}: unknown calendar {h.calendar!r}")
        out.append(h)
        for name in h.names:  # "Saint Patrick’s Day" typed curly is the pattern's straight name
            by_name[name.replace("\u2019", "'").lower()] = h


def _joined(folded: str) -> str:
    return "".join(folded.replace("-", " ").replace("\u2019", "'").split())  # (split: faster)


def pattern_in(folded: str) -> re.Pattern[str] | None:
    """:func:`table`'s pattern cut to the names that may be in a text lower-cased by
    :func:`~dateline.date_patterns.needle_text` (``None`` for none): a name may be there when
    its form without spaces and hyphens, which the pattern lets vary or drop, is in the text
    without its own. The same matches, from an alternation of a few names rather than of
    every one, which the regular expression engine tries at each word."""
    joined = _joined(folded)
    names = tuple(name for name, own in table()[3] if own in joined)
    return _pattern(names) if names else None


BEFORE = re.compile(
    r"(?:\b(?P<prep>on|during|before|after|ahead\s+of|since|for|over|at|throughout|until)\s+)?"
    r"(?:the\s+)?(?P<eve>eve\s+of\s+(?:the\s+)?)?(?:first\s+day\s+of\s+)?(?:the\s+)?$", re.I)


def holiday_date(name: str, year: int) -> dt.date | None:
    """First day of holiday ``name`` in the Gregorian year ``year`` (``None`` if unknown)."""
    h = table()[2].get(name.replace("\u2019", "'").lower())
    if h is None:
        return None
    found = [d for d in _occurrences(h, year) if d.year == year]
    return found[0] if found else None


def _occurrences(h: Holiday, year: int) -> Iterator[dt.date]:
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


def near(h: Holiday, pub: dt.date, tense: str) -> dt.date | None:
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


def fold_name(text: str) -> str:
    """Holiday names compared without case, hyphens, extra spaces or curly apostrophes."""
    return " ".join(text.lower().replace("-", " ").replace("\u2019", "'").split())
