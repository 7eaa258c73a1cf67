"""The rules' triggers as the learned heads read them: character n-grams of each trigger's lemma,
beside the sentence's words."""

from __future__ import annotations

import pytest

from dateline.learned import unit_features
from dateline.learned_trigger import trigger_features


def _rules(nlp, text):
    from dateline.pipeline import events_from_doc
    from dateline.records import Article

    doc = nlp(text)
    return doc, events_from_doc(doc, Article(doc_id="t", text=text), learned=False)


@pytest.mark.parametrize("text, lemma", [
    ("Police arrested three men near the market.", "arrest"),  # a verb's lemma, not its form
    ("Rebels shelled the army base on Monday.", "shell"),
    ("The two ministers met in Geneva on Friday.", "meet"),
])
def test_learned_trigger_features_are_the_trigger_lemma_ngrams(nlp, text, lemma):
    doc, events = _rules(nlp, text)
    assert events, f"no rule event in {text!r}"
    feats = trigger_features(list(doc), events)
    padded = f"<{lemma}>"
    assert f"r:tc:{padded[:3]}" in feats and f"r:tc:{padded[-5:]}" in feats
    assert all(f.startswith("r:tc:") and 3 <= len(f) - 5 <= 5 for f in feats)
    assert feats <= set(unit_features(doc[:], events))  # the heads read them


@pytest.mark.parametrize("text", [
    "The weather was mild for the season.",  # no event: nothing to read
])
def test_learned_trigger_features_none_without_events(nlp, text):
    doc, events = _rules(nlp, text)
    assert trigger_features(list(doc), events) == set()
    assert trigger_features([], events) == set()


def test_learned_trigger_features_only_of_the_sentence_given(nlp):
    """A trigger outside the tokens given (another sentence's) adds nothing."""
    doc, events = _rules(nlp, "Police arrested three men. The weather was mild.")
    second = list(doc.sents)[1]
    assert events and trigger_features(list(second), events) == set()
