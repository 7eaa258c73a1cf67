"""The words that every match of a time-expression pattern (see :mod:`dateline.timex`) contains,
so that a text without them is not scanned by it: most of the patterns are tried at every position
of a text, and most texts have no match for most of them. A pattern whose kind is not listed is
always scanned.

Some patterns are not scanned at every position either, only where a match can start: near
the words it needs (:func:`matches`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

__all__ = ["NEEDS", "NOT_IN_HEDGE", "OWNER_WORDS", "REACH", "Layout", "matches", "may_occur",
           "month_surnames", "names_a_person", "needle_text"]

#: where a shift ("five weeks before") may start: not after "for" (a span: "for five weeks before
#: working") and not inside a hedge, so that "for about five weeks before" is no shift either
NOT_IN_HEDGE = r"(?<!for\s)(?<!for\s\s)" + "".join(rf"(?<!\b{w}\s)" for w in (
    "more less than about around nearly almost some roughly over just under approximately at "
    "least").split())
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_WORDS = ("day", "week", "fortnight", "month", "year", "decade")

#: kind → groups of words: a match of the kind's pattern contains a word of each group (as
#: lower-cased by :func:`needle_text`); a kind not here is always scanned for
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "mdy": (_MONTH_WORDS,),
    "dmy": (_MONTH_WORDS,),
    "month": (_MONTH_WORDS,),
    "month_year": (_MONTH_WORDS,),
    "that_month": (("that",), _MONTH_WORDS),
    "iso": (("19", "20"),),
    "year": (("19", "20"),),
    "thing_year": (("19", "20"),),
    "decade": (("0s", "ties"),),
    "turn": (("turn",), ("millennium", "century")),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "ago": (("ago",), _UNIT_WORDS),
    "elapsed": (("since",), _UNIT_WORDS),
    "shift": (_UNIT_WORDS, ("before", "after", "earlier", "later", "prior")),
    "lasting": (("after",), _UNIT_WORDS),
    "the_day": (("previous", "preceding", "next", "following"), _UNIT_WORDS + (
        "morning", "afternoon", "evening", "night")),
    "same": (("same", "that"), ("day", "week", "month", "year", "night", "evening", "morning",
                                "afternoon")),
    "soon": (("hour", "minute", "moment", "shortly", "soon"), ("later", "after")),
    "edge": (("beginning", "start", "end", "turn"), ("month", "year")),
    "this": (("last", "this", "past", "previous", "earlier", "next"), ("week", "month", "year")),
    "deictic": (("yesterday", "night", "today", "tonight", "morning", "afternoon", "evening",
                 "tomorrow"),),
    "recent": (("recent", "past", "last"), ("days", "nights")),
    "hours": (("recent", "past", "last"), ("hour",)),
    "weekend": (("weekend",),),
    "weekday": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),),
}

#: kind → how many runs of spaces and hyphens a match may have before the word of the kind's
#: first group of NEEDS: "Saturday, the 31st of August" has four before "aug", "more than a
#: couple of days after" five before "day"; a kind not here is scanned at every position
REACH: dict[str, int] = {
    "mdy": 2,
    "dmy": 4,
    "month": 2,
    "that_month": 0,
    "month_year": 0,
    "shift": 5,
    "weekday": 1,
    "iso": 0,
    "year": 5,  # "since as far back as 2013"
    "thing_year": 1,
    "same": 2,
    "edge": 2,
    "this": 1,
    "decade": 3,  # "during the mid-1990s", "in the late '90s"
    "ago": 6,  # "more than a couple of days ago"
    "elapsed": 6,  # "more than a couple of years since"
    "deictic": 3,  # "the day before yesterday"
    "weekend": 2,
    "recent": 2,
    "hours": 2,
    "season": 2,
    "the_day": 1,
    "turn": 2,
    "soon": 3,  # "a couple of hours later"
}

# the only characters that match an ASCII letter under re.IGNORECASE and do not lower-case to
# it (dotted and dotless i, long s, the Kelvin sign)
_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def needle_text(text: str) -> str:
    """The text as :func:`may_occur` looks at it: each character that a case-blind pattern
    takes for an ASCII letter is that letter, in lower case."""
    # (most texts have none of them: four searches cost less than a translation)
    if any(c in text for c in "\u0130\u0131\u017f\u212a"):
        return text.translate(_CASE_FOLDS).lower()
    return text.lower()


def may_occur(groups: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether the text (:func:`needle_text`) has a word of each group."""
    return all(any(w in folded for w in group) for group in groups)


_WORD = re.compile(r"\w+")
_GAP = re.compile(r"[\s-]+")


class Layout:
    """Where a text's words start and its runs of spaces and hyphens lie, worked out when first
    asked for."""

    def __init__(self, text: str, folded: str) -> None:
        self.text, self.folded = text, folded
        self._words: list[int] | None = None
        self._gap_ends: list[int] = []
        self._gap_starts: list[int] = []
        # where each needle word is in the folded text, and whether it is: several kinds
        # need the same words (the months, the units of time), found once for them all
        self._places: dict[str, list[int]] = {}
        self._has: dict[str, bool] = {}

    def may_occur(self, groups: tuple[tuple[str, ...], ...]) -> bool:
        """:func:`may_occur` for the layout's text."""
        has = self._has
        for group in groups:
            for w in group:
                found = has.get(w)
                if found is None:
                    found = has[w] = w in self.folded
                if found:
                    break
            else:
                return False
        return True

    def _places_of(self, w: str) -> list[int]:
        found = self._places.get(w)
        if found is None:
            found = self._places[w] = []
            at = self.folded.find(w)
            while at >= 0:
                found.append(at)
                at = self.folded.find(w, at + 1)
        return found

    def _scan(self) -> list[int]:
        if self._words is None:
            self._words = [m.start() for m in _WORD.finditer(self.text)]
            gaps = [m.span() for m in _GAP.finditer(self.text)]
            self._gap_starts = [a for a, _ in gaps]
            self._gap_ends = [b for _, b in gaps]
        return self._words

    def starts(self, words: tuple[str, ...], reach: int) -> list[int]:
        """Where a match may start that has one of ``words`` after at most ``reach`` runs of
        spaces and hyphens: the word starts from that far back up to each place of a word."""
        word_starts = self._scan()
        out: set[int] = set()
        for w in words:
            for at in self._places_of(w):
                back = bisect_left(self._gap_starts, at) - 1 - reach  # the run before the reach
                lo = self._gap_ends[back] if back >= 0 else 0
                out.update(word_starts[bisect_left(word_starts, lo):bisect_right(word_starts, at)])
        return sorted(out)


def matches(kind: str, pattern: re.Pattern[str], layout: Layout) -> Iterator[re.Match[str]]:
    """The matches of the kind's ``pattern`` in the layout's text, as ``pattern.finditer`` gives
    them; for a kind with a REACH, the pattern is tried only where a match can start (every
    pattern opens with a word boundary and a word character)."""
    reach = REACH.get(kind)
    if reach is None or len(layout.folded) != len(layout.text):
        yield from pattern.finditer(layout.text)
        return
    end = 0
    for start in layout.starts(NEEDS[kind][0], reach):
        if start < end:
            continue
        m = pattern.match(layout.text, start)
        if m is not None:
            end = m.end()
            yield m


# --- months that are people: "Theresa May", "Mrs May", "May's government"

#: Words that stand before a month in a date ("In May", "Saturday 5 May"), never a first name
#: or a title.
_BEFORE_MONTH = frozenset({
    "in", "during", "since", "until", "till", "by", "last", "early", "late", "mid", "earlier",
    "later", "the", "a", "an", "this", "that", "next", "of", "on", "from", "to", "through",
    "throughout", "before", "after", "around", "about", "between", "and", "or", "each", "every",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december"})
#: Words before a month that only name a person with it when the text names such a person: "by
#: May", "with May", "the May government".
_PERSON_ONLY_BY_NAME = frozenset({"by", "with", "since", "until", "the", "a", "to", "and", "for",
                                  "from", "between", "told"})
#: Words that make a month before a possessive a time: "last April's attack".
_TIME_LEAD = frozenset({"last", "this", "next", "that", "early", "late", "mid", "earlier",
                        "later", "each", "every"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s\b")
#: Possessive pronouns that name an owner: "their September deal" (a time, no surname).
OWNER_WORDS = ("his", "her", "its", "our", "their")
_SURNAME = re.compile(r"\b([A-Z][\w.'’-]*)[ \t]+(" + "|".join(
    m.capitalize() for m in ("january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december")) + r")\b")
#: Tags of a finite verb: "May said", "since May took office".
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def month_surnames(text: str) -> frozenset[str]:
    """The months the text uses as someone's surname ("Theresa May", "Mrs May"), lower-cased."""
    return frozenset(m.group(2).lower() for m in _SURNAME.finditer(text)
                     if m.group(1).lower() not in _BEFORE_MONTH and not _owner(m.group(1)))


def _owner(word: str) -> bool:
    """``word`` names an owner ("Trump's", "their"), never a first name or a title."""
    return word.lower().endswith(("'s", "’s", "s'", "s’")) or word.lower() in OWNER_WORDS


def names_a_person(text: str, start: int, end: int, dated: bool, surnames: frozenset[str],
                   next_tag: str | None) -> bool:
    """The month word at ``text[start:end]`` names a person: after a first name or title
    ("Theresa May", "Mrs May"), before a possessive ("May's cabinet"), or, with no day or year
    (``dated``) in a text that names such a person, as the one who acts ("criticised by May",
    "since May took office", "the May government")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1).lower().rstrip(".") if before else ""
    month = text[start:end].lower()
    # an owner ("Trump's December announcement") is no first name, unless the word is a name
    owner = _owner(word) and month != "may" and month not in surnames
    if before and before.group(1)[0].isupper() and word not in _BEFORE_MONTH and not owner:
        return True
    if _POSSESSIVE.match(text, end) and word not in _TIME_LEAD and (
            month == "may" or month in surnames):
        return True  # ... but "last April's attack" and "December's decision" are of a month
    if dated or month not in surnames:
        return False
    return next_tag in _FINITE or word in _PERSON_ONLY_BY_NAME or not word
