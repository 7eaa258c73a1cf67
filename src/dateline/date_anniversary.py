"""Stage ``date``, for a happening named by its anniversary: "Protesters on Monday marked the
first anniversary of the massacre" dates the massacre a year before that Monday, not on it.

The ordinal of the anniversary ("first", "tenth", "25th") says how many years lie between the
anniversary's time (its own clause's, its sentence's or the time carried to it) and the
happening's, which keeps that time's precision; with no time told, the happening lies that many
years before the report (year precision). An anniversary of no ordinal ("the anniversary of the
massacre") tells no year: the happening has the report's date, marked as such. A time the story
gives the happening itself (``story``) stays.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .date_story import Dated

__all__ = ["anniversary_years", "anniversary_time"]

_ORDINALS = {w: n for n, w in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split(), start=1)} | {"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                        "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}
_NTH = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.I)
#: Nouns of a day that returns each year for a happening.
_ANNIVERSARIES = frozenset({"anniversary", "anniversaries"})
#: Sources of a time the anniversary itself is told at.
_ANNIVERSARY_TIMES = ("clause", "sentence", "carried")


def anniversary_years(tok: Token) -> int | None:
    """How many years before its anniversary the happening ``tok`` lies ("the tenth anniversary
    of the war": 10); 0 for an anniversary of no ordinal; ``None`` when ``tok`` is no
    happening an anniversary is of."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _ANNIVERSARIES:
        return None
    for mark in prep.head.children:
        if mark.dep_ in ("amod", "nummod", "compound"):
            word = mark.lower_
            if word in _ORDINALS:
                return _ORDINALS[word]
            if (nth := _NTH.fullmatch(word)) is not None:
                return int(nth.group(1))
    return 0


def _years_before(iso: str, years: int) -> str:
    day = dt.date.fromisoformat(iso)
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28).isoformat()


def anniversary_time(tok: Token, when: Dated, pub: str | None) -> Dated:
    """``when``, the time found for ``tok``, moved to the happening an anniversary names (see
    the module's text)."""
    years = anniversary_years(tok)
    if years is None or when[2] == "story":
        return when
    if not years:
        return (pub, None, "publication") if pub else (None, None, None)
    date, precision, source = when
    if source in _ANNIVERSARY_TIMES and date:
        return _years_before(date, years), precision, source
    if pub is None:
        return None, None, None
    return _years_before(pub, years)[:4] + "-01-01", "year", "clause"
