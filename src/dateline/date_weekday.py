"""Stage ``date``: a weekday a report names again is the day it named first.

A weekday is resolved against the publication date: told as done, it is the last such day up
to the report; told as to come, the next one. A report names one day by one weekday, so once
it has set a weekday as a day after its publication date ("a pause ordered to begin on
Tuesday", a report dated Monday), a later "on Tuesday" told as done is that same Tuesday, not
the one a week before: the report was written, or brought up to date, after that day had
begun ("rockets hit Douma on Tuesday morning"). What the report's own words date so is not
"after the report" (:func:`dateline.date_clauses.done_before`); the later weekday keeps the
day the story set.

Only bare weekdays count ("on Tuesday", "Tuesday morning"), never "last Tuesday", "next
Tuesday", "since Tuesday" or "by Tuesday", which say which week they mean.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .timex import TimeExpression

__all__ = ["set_weekdays", "BARE_WEEKDAY"]

#: A bare weekday: "on Tuesday", "Tuesday morning" (not "last Tuesday").
BARE_WEEKDAY = re.compile(r"^(?:on\s+|early\s+|late\s+)?(?P<wd>monday|tuesday|wednesday|thursday|"
                   r"friday|saturday|sunday)\b", re.I)
#: The longest a day the story sets after its publication date may lie after it.
_AHEAD = 6


def set_weekdays(exprs: list[TimeExpression], pub: str | None
                 ) -> tuple[list[TimeExpression], frozenset[str]]:
    """``exprs`` (in text order) with a bare weekday resolved to the week before a day the
    text set for that weekday earlier, after the publication date, moved to that day; and the
    days so moved to (which lie after the publication date)."""
    if pub is None:
        return exprs, frozenset()
    report = dt.date.fromisoformat(pub)
    ahead: dict[str, str] = {}  # weekday word → the day after the report the text set for it
    moved: dict[int, TimeExpression] = {}
    for t in exprs:
        if t.kind != "weekday" or not t.date or (m := BARE_WEEKDAY.match(t.text)) is None:
            continue
        wd, day = m.group("wd").lower(), dt.date.fromisoformat(t.date)
        if 0 < (day - report).days <= _AHEAD:
            ahead.setdefault(wd, t.date)
        elif wd in ahead and (dt.date.fromisoformat(ahead[wd]) - day).days == 7:
            moved[t.start] = replace(t, date=ahead[wd])
    if not moved:
        return exprs, frozenset()
    return [moved.get(t.start, t) for t in exprs], frozenset(t.date for t in moved.values()
                                                             if t.date)
