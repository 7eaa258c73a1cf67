"""Words of the calendar, and the town names the small model takes into a date (part of stage
``locate``).

The small model now and then draws a town's name into a DATE or TIME entity beside it ("seized
Mayadeen on Saturday", "Starting in Manbij, we will …"). A capitalised word of such an entity that
is no word of the calendar — a month, a weekday, a season, a holiday's name — is left to the
toponym finder, which still asks the usual place context of it; the calendar's words stay dates.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .date_calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, SEASONS, WEEKDAYS
from .holidays import table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["calendar_words", "undated_name"]

#: Words of eras and parts of the day written with a capital.
_OTHERS = ("ad", "bc", "bce", "ce", "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst")


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Lower-case words that name a time of the calendar: the months (and their abbreviations),
    the weekdays, the seasons and every word of a holiday's names ("Eid", "Christmas", "Day")."""
    holidays = {w.lower() for h in table()[0] for name in h.names
                for w in name.replace("-", " ").replace("'", " ").split()}
    return frozenset({*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAYS, *SEASONS, *_OTHERS,
                      *holidays})


def undated_name(tok: Token) -> bool:
    """A capitalised word of a DATE or TIME entity that is no word of the calendar: a name the
    model drew into the date ("Mayadeen" of "seized Mayadeen on Saturday")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.like_num \
        and tok.lower_ not in calendar_words()
