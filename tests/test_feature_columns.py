"""The learned models' word features, defined once (``feature_columns``): the strings training
reads and the columns the live classifier looks up by word are the same features, hashed alike;
and a feature added beyond the words reaches both."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

SENTENCES = [  # sentences of words, numbers, punctuation and lemmas that differ
    "Soldiers killed 12 men in the village on Friday.",
    "The police were deployed after protesters stormed the ministry!",
    "\u201cWe will not negotiate,\u201d the rebels' spokesman said.",
    "Talks resumed.",
]


@pytest.mark.parametrize("text, some", [
    ("Soldiers killed 12 men in the village on Friday.",
     {"w:soldiers", "l:soldier", "w:0", "b:<s> soldiers", "b:friday </s>", "l:kill"}),
    ("Talks resumed.", {"w:talks", "w:resumed", "l:talk", "l:resume", "b:<s> talks",
                        "b:talks resumed", "b:resumed </s>"}),
])
def test_feature_columns_word_feature_strings_are_the_trained_features(nlp, text, some):
    from dateline.feature_columns import word_feature_strings, word_forms
    from dateline.learned import unit_features

    tokens = list(nlp(text))
    words = word_feature_strings(*word_forms(tokens))
    assert some <= words
    assert words == {f for f in unit_features(tokens, []) if not f.startswith("r:")}


@pytest.mark.parametrize("text", SENTENCES)
def test_feature_columns_word_columns_hash_the_word_feature_strings(nlp, text):
    from dateline.feature_columns import hashed, word_columns, word_feature_strings, word_forms

    forms = word_forms(list(nlp(text)))
    expected = hashed(word_feature_strings(*forms), 4096).tolist()
    assert sorted(word_columns(*forms, 4096)) == expected
    assert sorted(word_columns(*forms, 4096)) == expected  # the columns kept, read again


@pytest.mark.parametrize("text", SENTENCES)
def test_feature_columns_classifier_columns_are_the_hashed_features(nlp, text):
    from dateline.learned import _features, hashed, load_classifier

    clf = load_classifier()
    tokens = list(nlp(text))
    expected = hashed(_features(tokens, [], None), clf.n_features).tolist()
    assert clf._columns(tokens, [], None).tolist() == expected


@pytest.mark.parametrize("extra", [{"x:always"}, {"x:always", "x:also"}])
def test_feature_columns_trial_features_reach_the_classifiers_columns(nlp, monkeypatch, extra):
    """The candidates' extra features of ``benchmarks/train_trials.py`` are read by training
    and by the columns the classifier decides on alike."""
    from dateline import learned

    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import train_trials

    monkeypatch.setattr(learned, "_features", learned._features)  # put back afterwards
    monkeypatch.setattr(learned, "_rule_features", learned._rule_features)
    monkeypatch.setitem(train_trials.EXTRAS, "fixed", lambda tokens, events: set(extra))
    train_trials.use_extra("fixed")
    clf = learned.load_classifier()
    tokens = list(nlp("Police arrested 12 protesters in the square on Friday."))
    assert extra <= set(learned.unit_features(tokens, [], None))
    assert clf._columns(tokens, [], None).tolist() == \
        learned.hashed(learned._features(tokens, [], None), clf.n_features).tolist()
