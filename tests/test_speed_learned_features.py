"""A sentence's features for the learned models: each word, each lemma that differs from its
word, and each pair of neighbouring words with the sentence's bounds, once each."""

from __future__ import annotations

from dateline.learned import unit_features


def test_words_lemmas_and_pairs(nlp):
    doc = nlp("Soldiers killed 12 men.")
    feats = unit_features(list(doc), [])
    assert {"w:soldiers", "w:killed", "w:0", "w:men"} <= set(feats)
    assert {"l:soldier", "l:kill", "l:man"} <= set(feats)
    assert {"b:<s> soldiers", "b:soldiers killed", "b:killed 0", "b:0 men", "b:men </s>"} <= \
        set(feats)
    assert "r:none" in feats
    assert feats == sorted(set(feats))
