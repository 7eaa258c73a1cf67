"""The words that every match of a time-expression pattern (see :mod:`dateline.timex`) contains,
so that a text without them is not scanned by it: most of the patterns are tried at every position
of a text, and most texts have no match for most of them. A pattern whose kind is not listed is
always scanned."""

from __future__ import annotations

__all__ = ["NEEDS", "may_occur", "needle_text"]

_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("day", "week", "fortnight", "month", "year")

#: kind → groups of words: a match of the kind's pattern contains a word of each group (as
#: lower-cased by :func:`needle_text`); a kind not here is always scanned for
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "mdy": (_MONTH_WORDS,),
    "dmy": (_MONTH_WORDS,),
    "month": (_MONTH_WORDS,),
    "month_year": (_MONTH_WORDS,),
    "that_month": (("that",), _MONTH_WORDS),
    "year": (("19", "20"),),
    "decade": (("0s",),),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "ago": (("ago",), _UNIT_WORDS),
    "shift": (_UNIT_WORDS, ("before", "after", "earlier", "later", "prior")),
    "the_day": (("previous", "preceding", "next", "following"), _UNIT_WORDS),
    "this": (("last", "this", "past", "previous", "earlier", "next"), ("week", "month", "year")),
    "deictic": (("yesterday", "night", "today", "tonight", "morning", "afternoon", "evening",
                 "tomorrow"),),
    "recent": (("recent", "past", "last"), ("days",)),
    "weekend": (("weekend",),),
    "weekday": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),),
}

# the only characters that match an ASCII letter under re.IGNORECASE and do not lower-case to
# it (dotted and dotless i, long s, the Kelvin sign)
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def needle_text(text: str) -> str:
    """The text as :func:`may_occur` looks at it: each character that a case-blind pattern
    takes for an ASCII letter is that letter, in lower case."""
    return text.translate(_CASE_FOLDS).lower()


def may_occur(groups: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether the text (:func:`needle_text`) has a word of each group."""
    return all(any(w in folded for w in group) for group in groups)
