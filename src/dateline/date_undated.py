"""Documents without a publication date: what in their text only a publication date could place,
so that a reader is told why some of their events are left undated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, printable
from .timex import time_expressions

if TYPE_CHECKING:
    from .records import Article

__all__ = ["checked_pubdate", "left_undated", "needs_pubdate"]


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


def checked_pubdate(pubdate: str | None) -> str | None:
    """``pubdate`` when it is a calendar date ``YYYY-MM-DD`` (or none is given); otherwise a
    :class:`~dateline.errors.ConfigError` saying so, before any work is done with it (an empty
    one is none)."""
    if not pubdate:
        return None
    try:
        if len(pubdate) == 10:
            return dt.date.fromisoformat(pubdate).isoformat()
    except (TypeError, ValueError):
        pass
    raise ConfigError(f"publication date must be a date YYYY-MM-DD, such as 2018-03-31 "
                      f"(got {printable(repr(pubdate))})")
