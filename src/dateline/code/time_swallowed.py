"""A noun that the entity recogniser's date span runs over without being a time.

"surrendered to the Kurds weeks ago", "met the president weeks before": the recogniser often
tags the noun phrase before a bare "weeks ago" as part of the date. A word names a time when
the date's time words are the word itself, hang under it ("the 2014 war") or are what it hangs
on ("the first day of Ramadan"); a noun whose date span has its time words only beside it, in
a phrase of their own, names a party or a thing, not when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..full_names import entity_of
from ..wordclasses import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["outside_its_date"]

#: Words that by themselves name a time or a stretch of it.
_TIME_WORDS = word_class("time_words")
_DATE_LABELS = ("DATE", "TIME")


def _time_word(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in _TIME_WORDS or tok.lemma_.lower() in _TIME_WORDS


def outside_its_date(tok: Token) -> bool:
    """Whether ``tok`` is tagged a date or time only because the span runs over it: the span
    has time words, and none is the token, under it or above it."""
    if tok.ent_type_ not in _DATE_LABELS or _time_word(tok):
        return False
    ent = entity_of(tok)
    times = [t for t in ent if _time_word(t)]
    if not times:
        return False  # a holiday's name ("Eid al-Adha") is a time of its own
    near = {t.i for t in tok.subtree} | {a.i for a in tok.ancestors}
    return not any(t.i in near for t in times)
