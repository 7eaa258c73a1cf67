"""Words of a person's name that the gazetteer also knows as places (part of stage ``locate``).

Many family names are towns ("Ana Lima", "Maria Hama") and many given names are villages
somewhere ("Ana", 'Anah in Iraq); the small model labels such a name a place as often as a
person. A place name found inside a person's name is no toponym, where the name is shown a
person's by its grammar:

* a given name (``actors/given_names.tsv``) or a courtesy or office title opens the run of
  capitalised words it is in ("Ana Lima", "Dr Lima", "Mayor Hama");
* the model labels the run a person, and the place name is not its first word ("Leila Aleppo");
* an apposition of a noun for a person follows the run ("Lima, a teacher, ...") or a relative
  clause on a person ("Lima, who ...");
* it is a given name alone that is no country, region or large town ("rebels killed Ana").

A place word before the run ("in Lima", "near Ana") makes it a place all the same.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from .actor_whereabouts import given_names
from .code.person_nouns import a_person_noun
from .full_names import capitalised
from .sentences import doc_ents
from .tokens import tags, words
from .toponym_words import NAME_HEADS, PERSON_LOCATIVE
from .wordclasses import word_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from .gazetteer import Entry

    _M = TypeVar("_M", bound="_Found")


class _Found(Protocol):
    start: int
    end: int
    key: str
    cands: tuple[Entry, ...]

__all__ = ["NAME_TITLES", "person_name_at", "without_people"]

#: Titles that open a person's name ("Dr Lima", "Senator Paris"); titles that also open place
#: names ("Sheikh Jarrah", "General Santos", "Prince George", "King's Lynn") are left out.
NAME_TITLES = (word_class("courtesy_titles") | word_class("title_words")) - NAME_HEADS - frozenset(
    {"general", "gen.", "king", "queen", "prince", "sheikh", "emir", "justice", "chief", "leader"})

#: A lone given name is a place where the gazetteer's reading is at least this large a town.
_LARGE_TOWN = 100_000

#: Words that may come between an apposition's comma and its noun: "a", "the", "34-year-old".
_APPOS_OPENERS = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return word_class("person_heads") | word_class("private_persons")


def without_people(doc: Doc, found: Sequence[_M]) -> list[_M]:
    """The place names ``found`` that are no word of a person's name (:func:`person_name_at`),
    nor the family name of such a person named again alone ("Lima said" after "Ana Lima")
    with no place word before it."""
    lowers = words(doc).lowers
    family: set[str] = set()
    out: list[_M] = []
    for m in found:
        if person_name_at(doc, m.start, m.end, m.cands):
            family.add(m.key)
        elif not (m.key in family and m.end - m.start == 1 and not _placed(lowers, m.start)):
            out.append(m)
    return out


def person_name_at(doc: Doc, start: int, end: int, cands: Sequence[Entry] = ()) -> bool:
    """Whether the place name at tokens ``start:end`` of ``doc`` is a word of a person's name
    (see the module's doc); ``cands`` are its gazetteer readings."""
    lowers, texts = words(doc).lowers, words(doc).texts
    first, last = start, end
    while first > 0 and _name_word(texts[first - 1]):
        first -= 1
    while last < len(doc) and _name_word(texts[last]):
        last += 1
    if _placed(lowers, first):
        return False
    opener = lowers[first]
    if first < start and (opener in given_names() or opener in NAME_TITLES):
        return True  # "Ana Lima", "Dr Lima": the family name
    if first == start and last > end and end - start == 1 and opener in given_names():
        return True  # "Maria" of "Maria Hama"
    if _in_person(doc, start, end) or _described_person(doc, first, last):
        return True
    return (first, last) == (start, end) and end - start == 1 and opener in given_names() \
        and not any(c.kind != "city" or c.population >= _LARGE_TOWN for c in cands)


def _name_word(text: str) -> bool:
    """A capitalised word, not in capitals (an abbreviation) and not a possessive ending."""
    return capitalised(text) and text.isalpha() and not text.isupper()


def _placed(lowers: Sequence[str], first: int) -> bool:
    """Whether a place word comes before the name: "in Lima", "near the Hama"."""
    j = first - 1
    if j >= 0 and lowers[j] == "the":
        j -= 1
    return j >= 0 and lowers[j] in PERSON_LOCATIVE


def _in_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON entity of capitalised words holds the name after its first word."""
    return any(e.label_ == "PERSON" and e.start < start and end <= e.end
               for e in doc_ents(doc))


def _described_person(doc: Doc, first: int, last: int) -> bool:
    """Whether an apposition of a person noun ("Lima, a teacher,") or a relative clause on a
    person ("Lima, who ...") follows the name ``first:last``."""
    lowers, lemmas, pos = words(doc).lowers, tags(doc).lemmas, tags(doc).pos
    n = len(doc)
    if last + 1 >= n or lowers[last] != ",":
        return False
    j = last + 1
    if lowers[j] == "who":
        return True
    if doc[j].like_num and j + 2 < n and lowers[j + 1] == ",":
        j += 2  # "Lima, 34, a teacher"
    if lowers[j] not in _APPOS_OPENERS:
        return False
    for k in range(j + 1, min(n, j + 6)):
        tok = doc[k]
        if tok.dep_ == "appos" and first <= tok.head.i < last and pos[k] == "NOUN":
            return a_person_noun(lemmas[k]) or lemmas[k] in _person_words()
    return False
