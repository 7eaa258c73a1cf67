"""Two components of the spaCy pipeline done on the document's arrays, with the same results.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of all its patterns at every word, calling a
Python predicate for each ``IN`` list it meets: some 27 µs a word, a tenth of the whole parse
of ``en_core_web_sm``. Its patterns are one or two words of plain attribute tests, which an
array comparison over the document answers for all words at once. :class:`ArrayAttributeRuler`
finds the very matches the ``Matcher`` finds (the same list, in the same order after the
ruler's sort) and sets their attributes as spaCy does, with fewer objects made; a pattern
beyond what it reads (operators, other attributes) sends the whole document to the
``Matcher`` as before.

The English rule lemmatizer makes a ``Token`` of every word to look its lemma up in a cache
keyed by the word's form, part of speech and features; :class:`ArrayLemmatizer` reads those
keys as arrays and asks the lemmatizer itself only for the keys its cache lacks. The
lemmatizer caches only the lemmas its suffix rules make, not those of words it keeps as they
are (a singular noun, a base verb, a proper noun, a determiner: three words in five), which
depend on nothing but the same key: those are cached too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ArrayAttributeRuler", "ArrayLemmatizer"]

#: Attributes a pattern may test by string (compared as hashes, as the ``Matcher`` does).
_STRING_ATTRS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP,
                 "LEMMA": LEMMA}
#: Flags a pattern may test with ``True`` or ``False``.
_FLAG_ATTRS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT}
_COLUMNS = [*_STRING_ATTRS.values(), *_FLAG_ATTRS.values()]
_COLUMN = {attr: k for k, attr in enumerate(_COLUMNS)}

#: A regular expression's answer for each string hash it was tried on, kept up to
#: :data:`_MAX_SEARCHED` strings per expression.
_SEARCHED: dict[re.Pattern[str], dict[int, bool]] = {}
_MAX_SEARCHED = 200_000

#: One word of a pattern: (column, kind, values) tests, kind "==", "in", "not in" or "re".
_Word = list[tuple[int, str, Any]]


class ArrayAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose matches are found on arrays (see the module's note)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plan: list[tuple[int, int, int, list[_Word]]] | None = None
        self._planned = -1  # how many rules the plan was made for

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        plan = self._read_patterns()
        if plan is None or not len(doc):
            return super().match(doc)  # type: ignore[no-any-return]
        table = doc.to_array(_COLUMNS)
        n = len(doc)
        at: dict[tuple[int, int], np.ndarray] = {}  # (column, hash) → the words that have it
        found: set[tuple[int, int, int, int]] = set()
        for attr_id, key, length, words in plan:
            if length > n:
                continue
            # the words one test picks (the first word's first test), then the rest checked
            (column, kind, value), offset = words[0][0], 0
            if kind == "==":
                if (column, value) not in at:
                    at[column, value] = np.flatnonzero(table[:, column] == value)
                starts = at[column, value]
            else:
                starts = np.flatnonzero(_passes(doc, table[:, column], kind, value))
            starts = starts[starts <= n - length]
            for offset, word in enumerate(words):
                for column, kind, value in word if offset else word[1:]:
                    if not len(starts):
                        break
                    starts = starts[_passes(doc, table[starts + offset, column], kind, value)]
            found.update((attr_id, key, s, s + length) for s in starts.tolist())
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The rules' attributes set on their matches' words, in order, as spaCy sets them but
        with one ``Token`` a match (spaCy makes a ``Span`` and two ``Token`` objects of each,
        and the rules of a tag map match every word); a match whose word lies outside it is
        left to spaCy, which tells the error."""
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                super().set_annotations(doc, matches)
                return
            set_token_attrs(doc[at], self.attrs[attr_id])

    def _read_patterns(self) -> list[tuple[int, int, int, list[_Word]]] | None:
        """Each rule's patterns as array tests, in the order of the rules; ``None`` when one of
        them is beyond this reading. Read again once rules were added."""
        if self._planned == len(self.attrs):
            return self._plan
        plan: list[tuple[int, int, int, list[_Word]]] | None = []
        for attr_id in range(len(self.attrs)):
            key = self.vocab.strings[str(attr_id)]
            for pattern in self.matcher.get(key)[1]:
                words = [_word_tests(spec) for spec in pattern]
                if not words or any(w is None for w in words):
                    plan = None
                    break
                plan.append((attr_id, key, len(words), words))  # type: ignore[arg-type]
            if plan is None:
                break
        self._plan, self._planned = plan, len(self.attrs)
        return plan


class ArrayLemmatizer(EnglishLemmatizer):
    """An English rule lemmatizer that reads each word's cache key from arrays (see the
    module's note)."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)  # type: ignore[no-any-return]
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            table = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = table[:, 3].copy()
            cache, strings = self.cache, self.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
                if self.overwrite or lemma == 0:
                    # the lemmatizer's own cache, under its own key; the word itself when new
                    forms = cache.get((orth, pos, morph))
                    if forms is None:
                        forms = self.lemmatize(doc[i])
                        if pos:  # (a word with no part of speech warns on every ask)
                            cache[orth, pos, morph] = forms
                    lemmas[i] = strings.add(forms[0])
            if len(doc):
                doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:  # spaCy's own handling of a component's error
            return error_handler(self.name, self, [doc], e)  # type: ignore[no-any-return]


def _passes(doc: Doc, values: np.ndarray, kind: str, value: Any) -> np.ndarray:
    """Which of ``values`` (hashes or flags of one attribute) pass one test."""
    if kind == "==":
        return values == value  # type: ignore[no-any-return]
    if kind == "in":
        return np.isin(values, value)
    if kind == "not in":
        return ~np.isin(values, value)  # type: ignore[no-any-return]
    # a regular expression, tried once on each string (the same words come back in every text)
    seen = _SEARCHED.setdefault(value, {})
    if len(seen) > _MAX_SEARCHED:
        seen.clear()
    passed = []
    for h in np.unique(values).tolist():
        hit = seen.get(h)
        if hit is None:
            hit = seen[h] = value.search(doc.vocab.strings[h]) is not None
        if hit:
            passed.append(h)
    return np.isin(values, passed)


def _word_tests(spec: dict[str, Any]) -> _Word | None:
    """The tests of one word of a pattern; ``None`` for one this reading does not cover."""
    from spacy.strings import get_string_id

    tests: _Word = []
    for name, value in spec.items():
        if name in _FLAG_ATTRS and isinstance(value, bool):
            tests.append((_COLUMN[_FLAG_ATTRS[name]], "==", int(value)))
        elif name in _STRING_ATTRS and isinstance(value, str):
            tests.append((_COLUMN[_STRING_ATTRS[name]], "==", get_string_id(value)))
        elif name in _STRING_ATTRS and isinstance(value, dict) and len(value) == 1 and \
                next(iter(value)) in ("IN", "NOT_IN") and \
                all(isinstance(v, str) for v in next(iter(value.values()))):
            (predicate, words), = value.items()
            hashes = np.array([get_string_id(w) for w in words], dtype=np.uint64)
            tests.append((_COLUMN[_STRING_ATTRS[name]], "in" if predicate == "IN" else "not in",
                          hashes))
        elif name in _STRING_ATTRS and isinstance(value, dict) and len(value) == 1 and \
                isinstance(value.get("REGEX"), str):
            tests.append((_COLUMN[_STRING_ATTRS[name]], "re", re.compile(value["REGEX"])))
        else:
            return None
    return tests
