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

A place word before the run ("in Lima", "near Ana"; for a lone given name also "to Dana", "the
town of Dana", "shelled Dana") makes it a place all the same, and so does an apposition of a
place noun after a lone name ("Ana, a village in Togo"). The test of place words is the
caller's (:func:`dateline.toponyms._locative_before`). A country is never read as a person
from its apposition ("Qatar, a key mediator").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from .actor_whereabouts import given_names
from .code.person_nouns import a_person_noun
from .full_names import capitalised
from .sentences import doc_ents
from .tokens import entity_holding, tags, words
from .toponym_words import NAME_HEADS
from .wordclasses import word_class

__all__ = ["NAME_TITLES", "person_name_at", "place_apposition", "without_people"]

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from spacy.tokens import Doc

    from .gazetteer import Entry

    _M = TypeVar("_M", bound="_Found")
    #: Whether place words before the run of name words at a token make a place of the name
    #: ``m``: (``m``, the run's first token, the end of the place name before, lone name).
    Placed = Callable[["_Found", int, int, bool], bool]


class _Found(Protocol):
    start: int
    end: int
    key: str
    cands: tuple[Entry, ...]


#: Titles that open a person's name ("Dr Lima", "Senator Paris"); titles that also open place
#: names ("Sheikh Jarrah", "General Santos", "Prince George", "King's Lynn") are left out.
NAME_TITLES = (word_class("courtesy_titles") | word_class("title_words")) - NAME_HEADS - frozenset(
    {"general", "gen.", "king", "queen", "prince", "sheikh", "emir", "justice", "chief", "leader"})

#: A lone given name is a place where the gazetteer's reading is at least this large a town.
_LARGE_TOWN = 100_000

#: Kinds of place no apposition makes a person of ("Qatar, a key mediator").
_STATES = frozenset({"country"})
#: Nouns of an apposition that make a place of the name before it ("Ana, a village in Togo").
_PLACE_NOUNS = frozenset({"village", "town", "city", "camp", "port", "settlement", "hamlet",
                          "district", "province", "region", "suburb", "neighbourhood",
                          "neighborhood", "capital", "stronghold", "enclave", "island", "area"})

#: Words that may come between an apposition's comma and its noun: "a", "the", "34-year-old".
_APPOS_OPENERS = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return word_class("person_heads") | word_class("private_persons")


def without_people(doc: Doc, found: Sequence[_M], placed: Placed
                   ) -> tuple[list[_M], set[str]]:
    """The place names ``found`` that are no word of a person's name (:func:`person_name_at`),
    and the keys of those that are: a family name named again alone is the caller's to weigh
    against the place words before it elsewhere in the report."""
    out: list[_M] = []
    family: set[str] = set()
    prev_end = -10
    for m in found:
        if person_name_at(doc, m, placed, prev_end):
            family.add(m.key)
        else:
            out.append(m)
        prev_end = m.end
    return out, family


def person_name_at(doc: Doc, m: _Found, placed: Placed, prev_end: int = -10) -> bool:
    """Whether the place name ``m`` of ``doc`` is a word of a person's name (see the module's
    doc); ``prev_end`` is where the place name before it ends ("Sarmada and Dana")."""
    texts = words(doc).texts
    start, end, cands = m.start, m.end, m.cands
    first, last = start, end
    while first > 0 and _name_word(texts[first - 1]):
        first -= 1
    while last < len(doc) and _name_word(texts[last]):
        last += 1
    lone = (first, last) == (start, end)
    if placed(m, first, prev_end, lone) or (lone and place_apposition(doc, first, last)):
        return False
    opener = words(doc).lowers[first]
    if first < start and (opener in given_names() or opener in NAME_TITLES):
        return True  # "Ana Lima", "Dr Lima": the family name
    if first == start and last > end and end - start == 1 and opener in given_names():
        return True  # "Maria" of "Maria Hama"
    if _in_person(doc, start, end) or (
            not any(c.kind in _STATES for c in cands) and _described_person(doc, first, last)):
        return True
    return lone and end - start == 1 and opener in given_names() \
        and not any(c.kind != "city" or c.population >= _LARGE_TOWN for c in cands)


def _name_word(text: str) -> bool:
    """A capitalised word, not in capitals (an abbreviation) and not a possessive ending."""
    return capitalised(text) and text.isalpha() and not text.isupper()


def place_apposition(doc: Doc, first: int, last: int) -> bool:
    """Whether an apposition of a place noun follows the name ``first:last``: "Ana, a village
    in Togo", "Keshma, a village near Baghouz", "Ismail, a Danube port"."""
    return any(lemma in _PLACE_NOUNS for lemma in _apposition_nouns(doc, first, last))


def _in_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON entity of capitalised words holds the name after its first word (not
    "al Keshma": an article opens place names)."""
    texts = words(doc).texts
    if end <= start:  # (no name: any entity that starts before it and ends after ``end``)
        return any(e.label_ == "PERSON" and e.start < start and end <= e.end
                   and all(_name_word(texts[k]) for k in range(e.start, start))
                   for e in doc_ents(doc))
    # the entities do not overlap: only the one that holds the name's first word can
    held = entity_holding(doc, start)
    if held is None:
        return False
    e_start, e_end, label = held[:3]
    return e_start < start and end <= e_end and doc.vocab.strings[label] == "PERSON" and \
        all(_name_word(texts[i]) for i in range(e_start, start))


def _described_person(doc: Doc, first: int, last: int) -> bool:
    """Whether an apposition of a person noun ("Lima, a teacher,") or a relative clause on a
    person ("Lima, who ...") follows the name ``first:last``."""
    lowers = words(doc).lowers
    if last + 1 < len(doc) and lowers[last] == "," and lowers[last + 1] == "who":
        return True
    return any(a_person_noun(lemma) or lemma in _person_words()
               for lemma in _apposition_nouns(doc, first, last))


def _apposition_nouns(doc: Doc, first: int, last: int) -> list[str]:
    """The lemma of the noun of the apposition that follows the name ``first:last`` ("Lima, a
    teacher", "Lima, 34, a teacher"), if any; none where the apposition introduces the name
    after it ("Manbij, a Dutch woman, Lotte Vos, ...": the woman is Lotte Vos)."""
    lowers, texts = words(doc).lowers, words(doc).texts
    lemmas, pos = tags(doc).lemmas, tags(doc).pos
    n = len(doc)
    if last + 1 >= n or lowers[last] != ",":
        return []
    j = last + 1
    if doc[j].like_num and j + 2 < n and lowers[j + 1] == ",":
        j += 2  # "Lima, 34, a teacher"
    if lowers[j] not in _APPOS_OPENERS:
        return []
    for k in range(j + 1, min(n, j + 6)):
        tok = doc[k]
        if tok.dep_ == "appos" and first <= tok.head.i < last and pos[k] == "NOUN":
            if k + 2 < n and lowers[k + 1] == "," and _name_word(texts[k + 2]):
                return []
            return [lemmas[k]]
    return []
