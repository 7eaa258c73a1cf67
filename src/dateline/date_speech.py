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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of
from .date_reach import dates_a_point
from .sentences import QUOTE_MARKS, in_quotation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .timex import TimeExpression

__all__ = ["in_speech", "speech_frame", "according_time", "quotation_opened"]

#: Times counted from the moment of speaking.
_COUNTED = frozenset({"deictic", "ago"})
#: Times that may tell when the words were spoken.
_SPOKEN_AT = frozenset({"weekday", "dmy", "mdy", "iso", "deictic"})


def in_speech(exprs: list[TimeExpression], text: str, bounds: Iterable[tuple[int, int]],
              pub: str | None) -> list[TimeExpression]:
    """``exprs`` (in text order, resolved against the report's date ``pub``) with the times
    counted in quoted words moved to the time they were spoken (see the module's text)."""
    if pub is None or not any(q in text for q in QUOTE_MARKS):
        return exprs
    report = dt.date.fromisoformat(pub)
    moved: dict[int, TimeExpression] = {}
    for start, end in bounds:
        here = [t for t in exprs if start <= t.start < end]
        if not any(t.kind in _COUNTED for t in here):
            continue
        inside = {t.start: in_quotation(text, t.start) for t in here}
        if not any(inside.values()):
            continue
        spoken = {t.date for t in here if t.kind in _SPOKEN_AT and t.precision == "day"
                  and t.date and t.date <= pub and not inside[t.start]}
        if len(spoken) != 1:
            continue
        days = (report - dt.date.fromisoformat(spoken.pop() or pub)).days
        if days <= 0:
            continue
        for t in here:
            if t.kind in _COUNTED and t.date and inside[t.start]:
                when = dt.date.fromisoformat(t.date) - dt.timedelta(days=days)
                moved[t.start] = replace(t, date=when.isoformat())
    return [moved.get(t.start, t) for t in exprs] if moved else exprs


def speech_frame(verb: Token) -> Token:
    """The head of the words whose time is a reporting verb's: its own clause, or, for a
    saying told by a participle hung on a clause or a noun, what it is hung on ("in July,
    reports emerged claiming …", "a statement on Friday saying …": July and Friday are the
    claim's and the statement's)."""
    return verb.head if verb.dep_ in ("advcl", "acl", "xcomp") and verb.tag_ == "VBG" else verb


def according_time(tok: Token, here: Iterable[TimeExpression],
                   covers: Callable[[TimeExpression, set[int]], bool], pub: str | None
                   ) -> tuple[str, str | None, str] | None:
    """The time of the source ``tok``'s act is told "according to", as a ``sentence`` date: the
    latest the act can be ("According to a report released on Monday, troops had killed 12
    militants"); ``None`` when the source has none, or one after the report."""
    for c in clause_of(tok).children:
        if c.dep_ == "prep" and c.lower_ == "according":
            words = {w.i for w in c.subtree}
            told = next((t for t in here if t.date and dates_a_point(t) and covers(t, words)),
                        None)
            if told is not None and told.date and not (pub and told.date > pub):
                return told.date, told.precision, "sentence"
    return None


def quotation_opened(text: str, starts: Sequence[int], k: int) -> int:
    """The sentence (of those starting at ``starts``) where the quotation still open at the
    start of sentence ``k`` was opened; ``k`` when none is open there: "“We ask Congress to act.
    And we will win,” he said" opens in the sentence of "We ask", so a saying that goes on with
    the speech told before the quotation looks before that sentence."""
    while k > 0 and in_quotation(text, starts[k]):
        k -= 1
    return k
