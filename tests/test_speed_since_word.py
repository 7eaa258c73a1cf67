"""A span counted "since" a time is found wherever the text has the word; a text without it
counts none."""

from __future__ import annotations

import pytest

from dateline.place_telling import since


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Thousands have died since 2014.", "died", True),
    ("He was one of eight volunteers killed since the first arrived.", "killed", True),
    ("Thousands died in 2014.", "died", False),
    ("Soldiers killed two men on Tuesday.", "killed", False),
])
def test_since(nlp, text, word, expected):
    doc = nlp(text)
    assert since(next(t for t in doc if t.text == word)) is expected
