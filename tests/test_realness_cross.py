"""The crossings of the real-event model's features (benchmarks/realness_cross.py), on feature
sets written for the project, and the model settings the trials compare
(benchmarks/realness_trials.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
try:
    from realness_cross import CROSSINGS, crossed
    from realness_trials import model_of
finally:
    sys.path.pop(0)

BASE = {"type:ASSAULT", "status:actual", "genre:news", "src:resolved", "date:text",
        "dprec:day", "objk:named", "objk:ASSAULT/named"}


# (crossing, features added to the base, a feature the crossing must give)
@pytest.mark.parametrize(("name", "extra", "want"), [
    ("mood", set(), "xmood:actual/plain"),
    ("mood", {"sent_if"}, "xmood:actual/sent_if"),          # "if the army shells the town"
    ("mood", {"aux:would"}, "xmood:actual/aux:would"),
    ("doer", set(), "xdoer:ASSAULT/resolved"),              # a named army
    ("doer", {"src:pronoun"}, "xdoer:ASSAULT/pronoun"),     # "they shelled"
    ("tally", {"cum:since/True"}, "xtally:ASSAULT/cum:since"),  # "12 strikes since May"
    ("tally", {"near:habitual_adverbs"}, "xtally:ASSAULT/near:habitual_adverbs"),
    ("sense", set(), "xsense:actual/named"),
    ("quote", {"quoted"}, "xquote:ASSAULT"),
    ("date", set(), "xdate:text/day"),
])
def test_realness_cross_gives(name, extra, want):
    assert want in crossed(BASE | extra, [name])


@pytest.mark.parametrize(("name", "without"), [
    ("quote", set()),                 # no quotation: nothing to cross
    ("tally", set()),                 # no count or habit cue
    ("sense", {"objk:named", "objk:ASSAULT/named"}),  # no object read
])
def test_realness_cross_gives_nothing(name, without):
    assert crossed(BASE - without, [name]) == set()


def test_realness_cross_names_every_crossing():
    assert crossed(BASE, []) == set()
    assert all(isinstance(CROSSINGS[n](BASE), set) for n in CROSSINGS)


# (model kind, the classes' weighting it must use)
@pytest.mark.parametrize(("kind", "weighting"), [
    ("lr", None),            # the training script's model
    ("lrbal", "balanced"),   # a real event and a non-event weigh alike
])
def test_realness_trials_logistic_settings(kind, weighting):
    model = model_of(kind, 0.2)
    assert (type(model).__name__, model.C, model.class_weight) == (
        "LogisticRegression", 0.2, weighting)
