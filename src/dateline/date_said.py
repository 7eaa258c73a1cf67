"""Stage ``date``, in reported words: a bare weekday the speaker names is counted from the day
they spoke, not from the report.

"The minister said on Thursday that rebels attacked the base on Monday", in a report of the
Tuesday after: the attack was on the Monday before that Thursday, not the day before the report.
What a saying tells as done lies on or before the day it was said, so a bare weekday ("on
Monday", "Monday night") in the words a saying reports (its reported clause, or quotation marks
in its sentence), told as done, that resolves, counted from the report, to a day after the
saying's own day-precise time is moved back to the last such weekday on or before that day.
The saying's time is a day told on the reporting verb itself, before the report.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from .aspect import clause_of, tense_of
from .date_calendar import WEEKDAYS, weekday_date
from .date_clauses import SAYING
from .date_weekday import BARE_WEEKDAY
from .sentences import in_quotation
from .tokens import parse_text, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .timex import TimeExpression

__all__ = ["said_weekdays"]

#: Clauses of the words a reporting verb reports.
_REPORTED = frozenset({"ccomp", "parataxis"})
#: Links from a time's word up to the verb it is said of.
_TIME_LINKS = frozenset({"prep", "pobj", "npadvmod", "nummod", "compound", "amod", "det",
                         "advmod", "tmod", "obl", "nmod"})


def said_weekdays(exprs: list[TimeExpression], doc: Doc, pub: str | None
                  ) -> list[TimeExpression]:
    """``exprs`` (in text order) with the bare weekdays of reported words counted from the day
    they were said (see the module's text)."""
    if pub is None or not any(t.kind == "weekday" for t in exprs):
        return exprs
    starts = words(doc).starts
    text = parse_text(doc)  # (doc.text joins a Token of every word)

    def token_at(char: int) -> Token:
        return doc[max(0, bisect_right(starts, char) - 1)]

    moved: dict[int, TimeExpression] = {}
    for said in exprs:
        if said.precision != "day" or not said.date or said.date > pub:
            continue
        verb = _saying_of(token_at(said.start))
        if verb is None:
            continue
        reported = {t.i for c in verb.children if c.dep_ in _REPORTED for t in c.subtree}
        for t in exprs:
            if t.kind != "weekday" or not t.date or t.date <= said.date or (
                    m := BARE_WEEKDAY.match(t.text)) is None:
                continue
            at = token_at(t.start)
            if at.sent.start != verb.sent.start or tense_of(clause_of(at)) != "past" or not (
                    at.i in reported or in_quotation(text, t.start)):
                continue
            day = weekday_date(dt.date.fromisoformat(said.date),
                               WEEKDAYS.index(m.group("wd").lower()), "", "past")
            moved[t.start] = replace(t, date=day.isoformat())
    return [moved.get(t.start, t) for t in exprs] if moved else exprs


def _saying_of(word: Token) -> Token | None:
    """The reporting verb told in the past whose own time ``word`` (a time's first word) tells:
    "said on Thursday", "told reporters on 3 May"."""
    verb = word
    for _ in range(4):  # "on" → said; "15" → March → on → said
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _TIME_LINKS:
            break
        verb = verb.head
    return verb if verb.lemma_.lower() in SAYING and tense_of(verb) == "past" else None
