"""The accuracy benchmark's scoring of actor spans (benchmarks/accuracy.py), on tag rows written
for the project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def accuracy():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import accuracy as bench
    finally:
        sys.path.remove(str(BENCHMARKS))
    return bench


# tags of "Ruritania 's envoy met Freedonia 's president in Geneva ." and the like
@pytest.mark.parametrize("tags, pred, want", [
    # source and target as the gold has them: all right, no reciprocal parties
    (["B-S", "I-S", "O", "B-T", "O"], {"S": {0, 1}, "T": {3}},
     {"S": (2, 0, 0), "T": (1, 0, 0), "R": (3, 0, 0)}),
    # a target too long by one word and a source missing
    (["B-S", "O", "B-T", "O"], {"S": set(), "T": {2, 3}},
     {"S": (0, 0, 1), "T": (1, 1, 0), "R": (1, 1, 1)}),
    # the sides of a meeting: wrong as source and target, right as reciprocal parties
    (["B-R", "I-R", "O", "B-R", "O"], {"S": {0, 1}, "T": {3}},
     {"S": (0, 2, 0), "T": (0, 1, 0), "R": (3, 0, 0)}),
    # a reciprocal party missed counts against the reciprocal figure only
    (["B-R", "O", "B-R", "I-R"], {"S": {0}, "T": set()},
     {"S": (0, 1, 0), "T": (0, 0, 0), "R": (1, 0, 2)}),
    # a token given both roles matches a reciprocal party once
    (["B-R", "O"], {"S": {0}, "T": {0}},
     {"S": (0, 1, 0), "T": (0, 1, 0), "R": (1, 1, 0)}),
])
def test_accuracy_party_counts(accuracy, tags, pred, want):
    assert accuracy.party_counts(tags, pred) == want


@pytest.mark.parametrize("text, acted", [
    # a sentence naming no police: the police head does not read it
    ("The shops in the old market stayed shut all day.", False),
    # the police arresting: read and found an action
    ("Police arrested twelve men after the clashes in the old city on Monday.", True),
])
def test_accuracy_model_reading_of_a_text(accuracy, nlp, text, acted):
    from dateline.records import Article
    from dateline.pipeline import events_from_doc

    doc = nlp(text)
    rules = events_from_doc(doc, Article(doc_id="t", text=text), learned=False)
    cls, labels = accuracy.model_reading(doc, rules)
    assert cls in range(5)
    assert ("ANY_ACTION" in labels) is acted


@pytest.mark.parametrize("text, told", [
    # the rules find the police's act
    ("Police arrested twelve men after the clashes in the old city on Monday.", True),
    # a police word that is the doer of its clause, whatever its verb
    ("The police patrolled the lanes of the old city through the night.", True),
    # the police speaking: the labels may count it, no event has the police as its source
    ("Two shops were set on fire near the bus stand, police said.", False),
    # the police done to
    ("The crowd threw stones at the police near the market.", False),
    # no police at all
    ("The shops in the old market stayed shut all day.", False),
])
def test_accuracy_event_can_tell_a_police_action(accuracy, nlp, text, told):
    from dateline.records import Article
    from dateline.pipeline import events_from_doc

    doc = nlp(text)
    rules = events_from_doc(doc, Article(doc_id="t", text=text), learned=False)
    assert accuracy.event_can_tell(doc, rules) is told
