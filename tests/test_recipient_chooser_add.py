"""The recipient chooser used only where the rules found no recipient
(``DATELINE_LEARNED_RECIPIENTS=add``): a recipient the rules found stays as it is."""

from __future__ import annotations

import pytest


@pytest.fixture
def add_only(monkeypatch):
    from dateline.learned_roles import ADD_ONLY, CHOOSER_ENV, chooser_wanted, load_recipient_model

    monkeypatch.setenv(CHOOSER_ENV, ADD_ONLY)
    assert chooser_wanted(None)
    return load_recipient_model()


def test_recipient_chooser_add_mode_never_rechooses(add_only):
    assert not add_only.rechoose and add_only.add_threshold is not None


# (sentence, trigger, the rules' recipient words)
KEPT = [
    ("Police detained him near the old market on Friday.", "detained", "him"),
]


@pytest.mark.parametrize("text, trigger, words", KEPT)
def test_recipient_chooser_add_mode_keeps_the_rules_recipient(nlp, add_only, text, trigger,
                                                               words):
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    start = next(t.i for t in doc if t.text == words.split()[0])
    span = (start, start + len(words.split()))
    assert add_only.choose(trig, "COERCE", span) == span


def test_recipient_chooser_rechoosing_model_adds_nothing(nlp, monkeypatch):
    from dateline.learned_roles import CHOOSER_ENV, load_recipient_model

    monkeypatch.setenv(CHOOSER_ENV, "1")
    model = load_recipient_model()
    doc = nlp("Police fired near the old market on Friday.")
    assert model.add_threshold is None
    assert model.choose(doc[1], "ASSAULT", None) is None
