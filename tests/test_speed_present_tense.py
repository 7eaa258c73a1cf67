"""The simple present, active or passive, is told from its verb's helpers and tag, the same
when asked again of the same verb."""

from __future__ import annotations

import pytest

from dateline.code.occasions import present


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The militia raids the camps.", "raids", True),
    ("Civilians are killed every week.", "killed", True),
    ("Troops have killed two men.", "killed", False),
    ("Troops killed two men on Tuesday.", "killed", False),
])
def test_present(nlp, text, word, expected):
    verb = next(t for t in nlp(text) if t.text == word)
    assert present(verb) is expected
    assert present(verb) is expected
