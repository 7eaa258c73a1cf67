"""Stage ``date``, in a timeline: the month or day heading a section of a year-in-review or
timeline article dates what the section tells with no time of its own.

"… the year ended. January: Protesters filled the capital. Police arrested 40 of them. February:
The army took power": a reader dates the arrests January and the coup February, not the day the
review was published. A heading is a month ("January", "March 2018") or a day ("12 March",
"March 12") that opens a sentence or a line, then a colon, a dash, a line break or a capitalised
word. Headings count only where the text is a timeline — at least :data:`TIMELINE_HEADINGS`
of them in the order of the calendar — or where one stands on a line of its own, so that a
sentence opening on "May" ("May God help them") heads nothing. A section runs to the next
heading, for at most :data:`SECTION_SENTENCES` sentences. Months without a year take the year
that keeps the timeline in order and ends it by the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from .date_calendar import MONTH_NAMES, month_number

__all__ = ["section_times", "TIMELINE_HEADINGS", "SECTION_SENTENCES"]

#: How many headings in calendar order make a text a timeline.
TIMELINE_HEADINGS = 3
#: How many sentences a heading's section runs to at most.
SECTION_SENTENCES = 12

_MONTHS = f"(?:{'|'.join(m.capitalize() for m in MONTH_NAMES)})"
_HEADING = re.compile(
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+)?(?P<mon>{_MONTHS})"
    r"(?:\s+(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d))?"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    r"(?P<sep>[ \t]*(?::|\u2013|\u2014|\s-)\s*|[ \t]*\n\s*|\s+(?=[A-Z\u201c\u2018\"']))")

#: (start of the heading, month, day or None, year or None, on a line of its own)
_Heading = tuple[int, int, int | None, int | None, bool]
Dated = tuple[str, str, str]


def _headings(text: str, starts: Sequence[int]) -> list[_Heading]:
    # sentences as parsed, lines, and what follows a full stop (a heading run into the sentence
    # after it may be parsed as part of the one before)
    opens = sorted({*starts, *(m.end() for m in re.finditer(r"\n\s*|[.!?\u201d\"]\s+", text))})
    found: list[_Heading] = []
    for at in opens:
        m = _HEADING.match(text, at)
        if m is None:
            continue
        day, sep = m.group("d") or m.group("d2"), m.group("sep")
        # on a line of its own, or opening a paragraph before a colon or a dash
        own_line = "\n" in sep or (at == 0 or text[at - 1] == "\n") and bool(sep.strip())
        found.append((at, month_number(m.group("mon")), int(day) if day else None,
                      int(m.group("y")) if m.group("y") else None, own_line))
    return found


def _in_order(found: list[_Heading]) -> bool:
    """At least :data:`TIMELINE_HEADINGS` headings, each no earlier in the year than the one
    before it (a timeline may pass into a new year once)."""
    wraps = sum(1 for a, b in zip(found, found[1:], strict=False) if (b[1], b[2] or 0) < (
        a[1], a[2] or 0) and b[3] is None)
    return len(found) >= TIMELINE_HEADINGS and wraps <= 1


def _years(found: list[_Heading], pub: dt.date) -> list[int]:
    """The year of each heading: its own, else the one that keeps the timeline in order and
    ends it by the publication date."""
    years: list[int] = []
    nxt: tuple[int, int] | None = None  # (year, month) of the heading after
    for _, month, _, year, _ in reversed(found):
        if year is None:
            if nxt is None:
                year = pub.year if month <= pub.month else pub.year - 1
            else:
                year = nxt[0] if month <= nxt[1] else nxt[0] - 1
        years.append(year)
        nxt = (year, month)
    return years[::-1]


def section_times(text: str, starts: Sequence[int], pub: str | None
                  ) -> Callable[[int], Dated | None]:
    """A function giving the sentence that starts at a character offset the time of the heading
    of its section, ``(date, precision, "carried")``, or ``None`` outside any section."""
    found = _headings(text, starts) if pub else []
    if not _in_order(found):
        found = [h for h in found if h[4]]  # headings on lines of their own
    if not found or pub is None:
        return lambda char: None
    years = _years(found, dt.date.fromisoformat(pub))
    heads = [h[0] for h in found]
    sorted_starts = sorted(starts)

    def time_at(char: int) -> Dated | None:
        n = bisect_right(heads, char) - 1
        if n < 0:
            return None
        at, month, day, _, _ = found[n]
        ends = heads[n + 1] if n + 1 < len(heads) else len(text)
        if char >= ends or bisect_right(sorted_starts, char) - bisect_right(
                sorted_starts, at) >= SECTION_SENTENCES:
            return None
        try:
            when = dt.date(years[n], month, day or 1)
        except ValueError:
            return None
        if when.isoformat() > pub:
            return None
        return when.isoformat(), "day" if day else "month", "carried"

    return time_at
