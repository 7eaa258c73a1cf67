"""The regular expressions of time expressions (see :mod:`dateline.date`), each with the words
that any of its matches contains, so that a text without them is not scanned by it: most of the
patterns are tried at every position of a text, and most texts have no match for most of them."""

from __future__ import annotations

import re

__all__ = ["PATTERNS", "NEEDS", "may_occur", "needle_text"]

_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NUM_RE = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|a\s+few|few|several|a\s+couple\s+of|couple\s+of)")
_HEDGE_RE = (r"(?:(?:more\s+than|less\s+than|about|around|nearly|almost|some|roughly|over|"
             r"just\s+over|just\s+under|approximately|at\s+least)\s+)?")
_UNIT_RE = r"(?P<unit>day|week|month|year)s?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                       r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})"
                       r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|since|until|by|last|early|late|mid|earlier\s+in|"
                         rf"later\s+in|in\s+early|in\s+late|in\s+mid)[\s-]+(?P<mon>{_MONTH_RE})"
                         r"(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("month_year", re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("year", re.compile(r"\b(?:in|during|since|until|by|early|late|mid|of)[\s-]+"
                        r"(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("decade", re.compile(r"\b(?:(?:in|during|since|until|through|throughout|of|by)\s+)?"
                          r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)s\b",
                          re.I)),
    ("season", re.compile(r"\b(?:(?P<rel>last|this|next|past)\s+|(?:in|during|over|by)\s+"
                          r"(?:the\s+)?)(?P<season>spring|summer|autumn|fall|winter)"
                          r"(?:\s+of\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("ago", re.compile(rf"\b{_HEDGE_RE}(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+ago\b", re.I)),
    ("shift", re.compile(rf"\b{_HEDGE_RE}(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+"
                         r"(?P<dir>before|after|earlier|later|prior\s+to)\b", re.I)),
    ("the_day", re.compile(r"\bthe\s+(?:(?P<prev>previous|preceding)|(?P<next>next|following))"
                           r"\s+(?P<unit>day|week|month|year)\b", re.I)),
    ("this", re.compile(r"\b(?P<rel>last|this|past|previous|earlier\s+this|later\s+this|"
                        r"early\s+this|late\s+this|earlier\s+in\s+the|next)\s+"
                        r"(?P<unit>week|month|year)(?:end)?\b", re.I)),
    ("deictic", re.compile(r"\b(?P<w>the\s+day\s+before\s+yesterday|yesterday|last\s+night|"
                           r"overnight|today|tonight|this\s+(?:morning|afternoon|evening)|"
                           r"earlier\s+today|tomorrow)\b", re.I)),
    ("weekend", re.compile(r"\b(?P<mod>over|at|during|on|last|this|past)\s+(?:the\s+)?weekend\b",
                           re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|this|next|on|early|late|since|by|until|from)\s+)?"
                           r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)),
]

_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("day", "week", "month", "year")

#: kind → groups of words: a match of the kind's pattern contains a word of each group (as
#: lower-cased by :func:`needle_text`); a kind not here is always scanned for
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "mdy": (_MONTH_WORDS,),
    "dmy": (_MONTH_WORDS,),
    "month": (_MONTH_WORDS,),
    "month_year": (_MONTH_WORDS,),
    "year": (("19", "20"),),
    "decade": (("0s",),),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "ago": (("ago",), _UNIT_WORDS),
    "shift": (_UNIT_WORDS, ("before", "after", "earlier", "later", "prior")),
    "the_day": (("previous", "preceding", "next", "following"), _UNIT_WORDS),
    "this": (("last", "this", "past", "previous", "earlier", "next"), ("week", "month", "year")),
    "deictic": (("yesterday", "night", "today", "tonight", "morning", "afternoon", "evening",
                 "tomorrow"),),
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
