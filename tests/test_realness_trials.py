"""The model kinds the real-event trials compare (benchmarks/realness_trials.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def trials():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import realness_trials
    finally:
        sys.path.remove(str(BENCHMARKS))
    return realness_trials


# (model kind, the classes' weighting it must use)
@pytest.mark.parametrize(("kind", "weighting"), [
    ("lr", None),            # the training script's model
    ("lrbal", "balanced"),   # a real event and a non-event weigh alike
])
def test_realness_trials_logistic_settings(trials, kind, weighting):
    model = trials.model_of(kind, 0.2)
    assert (type(model).__name__, model.C, model.class_weight) == (
        "LogisticRegression", 0.2, weighting)
