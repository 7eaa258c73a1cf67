"""The hashed columns of a sentence's word features, looked up by the words themselves.

The learned models read a sentence's words, the lemmas that differ from them and each pair of
neighbouring words as the features ``w:<word>``, ``l:<lemma>`` and ``b:<word> <word>``, each
hashed to a column (CRC-32 of the UTF-8 text, modulo the width: ``learned.hashed``). Built
as strings, every feature of every sentence is a new string hashed anew for the look-up of its
column; the words themselves are the document's shared strings, whose hashes are kept, so
each feature's column is kept here under its word, its lemma or its pair of words: the same
columns, without the strings.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .sentence_runs import token_indices
from .tokens import tags
from .tokens import words as doc_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["word_columns", "word_forms"]

#: Width → (word → column of ``w:word``, lemma → column of ``l:lemma``, (word, word) → column
#: of ``b:word word``); emptied when they grow past :data:`_MAX_KEYS`, so that a long run
#: over new words keeps no more than that.
_TABLES: dict[int, tuple[dict[str, int], dict[str, int], dict[tuple[str, str], int]]] = {}
_MAX_KEYS = 300_000


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


def _column(feature: str, n_features: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % n_features


def word_columns(words: Sequence[str], lemmas: Sequence[str], n_features: int) -> set[int]:
    """The columns of the features ``w:`` of ``words``, ``l:`` of ``lemmas`` and ``b:`` of
    each pair of neighbouring words, the sentence's bounds ``<s>`` and ``</s>`` included."""
    tables = _TABLES.get(n_features)
    if tables is None or sum(map(len, tables)) > _MAX_KEYS:
        tables = _TABLES[n_features] = ({}, {}, {})
    by_word, by_lemma, by_pair = tables
    pairs = list(zip(["<s>", *words], [*words, "</s>"], strict=True))
    out = set(map(by_word.get, words))  # most are known: looked up without a Python loop
    out.update(map(by_lemma.get, lemmas))
    out.update(map(by_pair.get, pairs))
    if None in out:
        out.discard(None)
        for w in words:
            if w not in by_word:
                by_word[w] = _column("w:" + w, n_features)
            out.add(by_word[w])
        for lemma in lemmas:
            if lemma not in by_lemma:
                by_lemma[lemma] = _column(f"l:{lemma}", n_features)
            out.add(by_lemma[lemma])
        for a, b in pairs:
            if (a, b) not in by_pair:
                by_pair[a, b] = _column(f"b:{a} {b}", n_features)
            out.add(by_pair[a, b])
    return out  # type: ignore[return-value]
