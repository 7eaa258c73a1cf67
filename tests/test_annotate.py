"""Sentence caps of the annotate stage: a run of words with no full stop is cut every
MAX_SENTENCE_TOKENS words."""

from __future__ import annotations

import pytest

from dateline.annotate import MAX_SENTENCE_TOKENS, cap_sentences, sentence_cuts

N = MAX_SENTENCE_TOKENS


@pytest.mark.parametrize("text, cuts", [
    ("word " * N, []),  # no longer than a cap
    ("word " * (N + 1), [N]),
    ("word " * (2 * N + 1), [N, 2 * N]),
    (("word " * (N - 1) + ". ") * 3, []),  # each run ends in time
    ("Troops withdrew. " + "word " * (N + 1), [3 + N]),  # counted from the full stop
    ("word \n" * 3 * N, []),  # line breaks end runs too
])
def test_annotate_cap_sentences_cuts_long_runs(nlp, text, cuts):
    doc = cap_sentences(nlp.make_doc(text))
    assert [t.i for t in doc if t.is_sent_start and t.i] == cuts
    assert (sentence_cuts(doc) is None) == (not cuts)
