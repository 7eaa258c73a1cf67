"""The hashed columns of a sentence's word features, looked up by the words themselves.

The learned models read a sentence's words, the lemmas that differ from them and each pair of
neighbouring words as the features ``w:<word>``, ``l:<lemma>`` and ``b:<word> <word>``, each
hashed to a column (CRC-32 of the UTF-8 text, modulo the width: :func:`hashed`), both
defined here once for training (:func:`word_feature_strings`) and for the live models. Built
as strings, every feature of every sentence is a new string hashed anew for the look-up of its
column; the words themselves are the document's shared strings, whose hashes are kept, so
each feature's column is kept here under its word, its lemma or its pair of words: the same
columns, without the strings.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .sentence_runs import token_indices
from .tokens import tags
from .tokens import words as doc_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["hashed", "word_columns", "word_feature_strings", "word_forms"]

#: Width → (word → column of ``w:word``, lemma → column of ``l:lemma``, (word, word) → column
#: of ``b:word word``, feature → its column as :func:`hashed` found it); emptied when they
#: grow past :data:`_MAX_KEYS` together, so that a long run over new words keeps no more.
_TABLES: dict[int, tuple[dict[str, int], dict[str, int], dict[tuple[str, str], int],
                         dict[str, int]]] = {}
_MAX_KEYS = 300_000

_WORD, _LEMMA = "w:", "l:"


def _pair(a: str, b: str) -> str:
    return f"b:{a} {b}"


def _pairs(words: Sequence[str]) -> zip[tuple[str, str]]:
    """Each pair of neighbouring words, the sentence's bounds ``<s>`` and ``</s>`` included."""
    return zip(["<s>", *words], [*words, "</s>"], strict=True)


def word_feature_strings(words: Sequence[str], lemmas: Sequence[str]) -> set[str]:
    """The word features that the models are trained on: ``w:`` of each word, ``l:`` of each
    lemma that differs from its word and ``b:`` of each pair of neighbouring words (their
    columns: :func:`word_columns`)."""
    # (built by comprehensions, not generators: the same set, a step less per word)
    feats = {_WORD + w for w in words}
    feats.update([_LEMMA + lemma for lemma in lemmas])
    feats.update([_pair(a, b) for a, b in _pairs(words)])
    return feats


def _tables(n_features: int) -> tuple[dict[str, int], dict[str, int],
                                      dict[tuple[str, str], int], dict[str, int]]:
    tables = _TABLES.get(n_features)
    if tables is None or sum(map(len, tables)) > _MAX_KEYS:
        tables = _TABLES[n_features] = ({}, {}, {}, {})
    return tables


def _column(feature: str, n_features: int) -> int:
    """A feature's column: CRC-32 of its UTF-8 text, modulo the width."""
    return zlib.crc32(feature.encode("utf-8")) % n_features


def hashed(feats: Iterable[str], n_features: int) -> np.ndarray:
    """Column indices of features, sorted and each once; a feature's column is worked out once
    (the same words and rule features come back in every text)."""
    columns = _tables(n_features)[3]
    feats = list(feats)
    out = set(map(columns.get, feats))  # most are known: looked up without a Python loop
    if None in out:
        out.discard(None)
        for f in feats:
            if f not in columns:
                columns[f] = _column(f, n_features)
                out.add(columns[f])
    # sorted and each once, as np.unique gives them (the sums over them add in this order)
    return np.array(sorted(out), dtype=np.int64)


def word_forms(tokens: Sequence[Token]) -> tuple[list[str], list[str]]:
    """The words of ``tokens`` as the models read them (lower case, every number one word "0",
    no spaces or punctuation) and the lemmas that differ from their word, from the forms read
    once for the document."""
    words: list[str] = []
    lemmas: list[str] = []
    if tokens:
        doc = tokens[0].doc
        lemma_of, _, _, blank = tags(doc)
        lowers = doc_words(doc).lowers
        for i in token_indices(tokens):
            if blank[i]:
                continue
            lower = lowers[i]
            words.append("0" if lower[:1].isdigit() else lower)
            if (lemma := lemma_of[i]) != lower:
                lemmas.append(lemma)
    return words, lemmas


def word_columns(words: Sequence[str], lemmas: Sequence[str], n_features: int) -> set[int]:
    """The columns of :func:`word_feature_strings` of ``words`` and ``lemmas``, each looked up
    by its word, its lemma or its pair of words."""
    by_word, by_lemma, by_pair, _ = _tables(n_features)
    pairs = list(_pairs(words))
    out = set(map(by_word.get, words))  # most are known: looked up without a Python loop
    out.update(map(by_lemma.get, lemmas))
    out.update(map(by_pair.get, pairs))
    if None in out:
        out.discard(None)
        for w in words:
            if w not in by_word:
                by_word[w] = _column(_WORD + w, n_features)
            out.add(by_word[w])
        for lemma in lemmas:
            if lemma not in by_lemma:
                by_lemma[lemma] = _column(_LEMMA + lemma, n_features)
            out.add(by_lemma[lemma])
        for a, b in pairs:
            if (a, b) not in by_pair:
                by_pair[a, b] = _column(_pair(a, b), n_features)
            out.add(by_pair[a, b])
    return out  # type: ignore[return-value]
