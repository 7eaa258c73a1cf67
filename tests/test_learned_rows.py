"""The learned classifier's heads read for all of a document's sentences at once give, to the
last bit, what each head gives read sentence by sentence (its decisions compare them to
thresholds)."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.learned import HEADS, load_classifier

# (sentences, spread of the summed weights): one sentence, a few, many; near ties and far apart
_CASES = [(1, 1.0), (3, 0.01), (7, 3.0), (40, 10.0), (200, 0.5)]


@pytest.mark.parametrize(("rows", "spread"), _CASES)
def test_learned_rows_read_at_once_are_each_rows_reading(rows, spread):
    clf = load_classifier()
    width = clf._stacked.shape[1]
    rng = np.random.default_rng(rows)
    scores = (rng.standard_normal((rows, width)) * spread).astype(clf._stacked.dtype)
    together = clf._split_rows(scores)
    assert len(together) == rows
    sizes = [len(getattr(clf, name).labels) for name in HEADS]
    bounds = np.cumsum([0, *sizes]).tolist()
    for row, probs in zip(scores, together, strict=True):
        alone = [getattr(clf, name).softmax(row[a:b])
                 for name, a, b in zip(HEADS, bounds[:-1], bounds[1:], strict=True)]
        for one, at_once in zip(alone, probs, strict=True):
            assert at_once.dtype == one.dtype
            assert np.array_equal(at_once, one)
        assert all(np.array_equal(x, y) for x, y in zip(clf._split(row), probs, strict=True))
