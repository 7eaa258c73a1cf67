"""Stage ``date``, in quoted words: a time counted from "now" by the one who speaks counts from
when they spoke, not from the report.

"“Yesterday our forces destroyed three positions,” the minister said on Monday": yesterday is
the Sunday before that Monday, whatever day the report came out. A deictic word or a span
counted back ("yesterday", "today", "two days ago") inside quotation marks is moved by as many
days as the one day-precise time the sentence tells outside them (the speaking's: "on Monday",
"on 3 March") lies before the report; with no such time, or with several, it stays counted
from the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .timex import TimeExpression

__all__ = ["in_speech"]

#: Times counted from the moment of speaking.
_COUNTED = frozenset({"deictic", "ago"})
#: Times that may tell when the words were spoken.
_SPOKEN_AT = frozenset({"weekday", "dmy", "mdy", "iso", "deictic"})
_OPEN, _CLOSE, _STRAIGHT = "\u201c", "\u201d", '"'


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` (a sentence) inside quotation marks; a sentence
    that closes a quotation without opening it began inside it, and one that opens a quotation
    without closing it ends inside it."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, end):
        c = text[i]
        if c == _OPEN or (c == _STRAIGHT and opened is None and not _closes(text, i, start, end)):
            opened = i
        elif c == _CLOSE or c == _STRAIGHT:
            out.append((start if opened is None else opened, i + 1))
            opened = None
    if opened is not None:
        out.append((opened, end))
    return out


def _closes(text: str, i: int, start: int, end: int) -> bool:
    """A straight quotation mark at ``i`` with no quotation opened before it in its sentence
    closes one when it is shaped so: after a word or its punctuation, before a space, a mark or
    the sentence's end ('destroyed them yesterday," the minister said')."""
    return i > start and not text[i - 1].isspace() and (
        i + 1 >= end or not text[i + 1].isalnum())


def in_speech(exprs: list[TimeExpression], text: str, bounds: Iterable[tuple[int, int]],
              pub: str | None) -> list[TimeExpression]:
    """``exprs`` (in text order, resolved against the report's date ``pub``) with the times
    counted in quoted words moved to the time they were spoken (see the module's text)."""
    if pub is None or not any(q in text for q in (_OPEN, _CLOSE, _STRAIGHT)):
        return exprs
    report = dt.date.fromisoformat(pub)
    moved: dict[int, TimeExpression] = {}
    for start, end in bounds:
        here = [t for t in exprs if start <= t.start < end]
        if not any(t.kind in _COUNTED for t in here):
            continue
        quoted = _quoted(text, start, end)
        if not quoted:
            continue

        def inside(t: TimeExpression, quoted: list[tuple[int, int]] = quoted) -> bool:
            return any(a <= t.start < b for a, b in quoted)

        spoken = {t.date for t in here if t.kind in _SPOKEN_AT and t.precision == "day"
                  and t.date and t.date <= pub and not inside(t)}
        if len(spoken) != 1:
            continue
        days = (report - dt.date.fromisoformat(spoken.pop() or pub)).days
        if days <= 0:
            continue
        for t in here:
            if t.kind in _COUNTED and t.date and inside(t):
                when = dt.date.fromisoformat(t.date) - dt.timedelta(days=days)
                moved[t.start] = replace(t, date=when.isoformat())
    return [moved.get(t.start, t) for t in exprs] if moved else exprs
