"""What is read of a sentence's words as a run of the document's tokens
(:mod:`dateline.sentence_runs`) is what a test of every token gives. Sentences written for the
project."""

from __future__ import annotations

import pytest

from dateline.code.ranks import rank_sector
from dateline.code.words import agent_words
from dateline.sentence_runs import Run, police_words_of, runs_of, token_indices
from dateline.tokens import forget


def _police_one_by_one(tokens):
    agents = agent_words()
    return [t for t in tokens if t.pos_ in ("NOUN", "PROPN")
            and agents.get(t.lemma_.lower(), agents.get(t.lower_)) == "COP"
            and rank_sector(t, "COP") == "COP"]


@pytest.mark.parametrize("text", [
    "Police arrested two men after the constables were attacked near the station.",
    "The inspector said the cops had fired into the air. Officers later withdrew.",
    "A police spokesman said a sergeant of the army had been wounded.",
    "Rebels shelled the town and the army struck back.",  # no police named
    "",
])
def test_sentence_runs_police_words_as_tested_one_by_one(nlp, text):
    doc = nlp(text)
    words = list(doc)
    for sent in doc.sents:
        run = words[sent.start:sent.end]
        assert police_words_of(run) == _police_one_by_one(run)
    # a list of words that is no run: every other word, and words out of two sentences
    picked = words[::2]
    assert police_words_of(picked) == _police_one_by_one(picked)
    assert police_words_of(words) == _police_one_by_one(words)
    forget(doc)
    assert police_words_of(words) == _police_one_by_one(words)


def test_sentence_runs_police_words_of_unordered_words(nlp):
    # each pick has the ends of a run of as many words (0-2, 3-5) without being one
    doc = nlp("Police and soldiers held the constable.")
    words = list(doc)
    for picks in ((0, 5, 2), (0, 0, 2), (3, 5, 5), (5, 4, 3)):
        picked = [words[i] for i in picks]
        assert police_words_of(picked) == _police_one_by_one(picked)


@pytest.mark.parametrize(("picks", "run"), [
    (slice(0, 5), True),
    (slice(2, 9), True),
    (slice(0, 9, 2), False),
    (slice(0, 0), True),
    ((5, 3, 7), False),  # out of order, with the ends of the run 5-7
    ((2, 2, 4), False),  # a word twice, with the ends of the run 2-4
    ((4, 3, 5), False),
])
def test_sentence_runs_token_indices(nlp, picks, run):
    doc = nlp("Troops entered the town at dawn and detained four men there.")
    words = list(doc)
    toks = words[picks] if isinstance(picks, slice) else [words[i] for i in picks]
    got = token_indices(toks)
    assert list(got) == [t.i for t in toks]
    assert isinstance(got, range) == (run and bool(toks))


@pytest.mark.parametrize("spans", [[(0, 4), (4, 11)], [(2, 2)], [(0, 11)], []])
def test_sentence_runs_runs_of_slices_told_as_runs(nlp, spans):
    doc = nlp("Troops entered the town at dawn and detained four men there.")
    words = list(doc)
    runs = runs_of(doc, spans)
    assert [list(r) for r in runs] == [words[a:b] for a, b in spans]
    for run, (a, b) in zip(runs, spans, strict=True):
        assert isinstance(run, Run)
        got = token_indices(run)
        assert list(got) == list(range(a, b))
        assert isinstance(got, range) == (b > a)
        assert police_words_of(run) == _police_one_by_one(run)
