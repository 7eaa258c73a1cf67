"""A count of acts in "times" is a tally wherever the text holds that word; a text without it
tells no such count, and its verbs are read as before."""

from __future__ import annotations

import pytest

from dateline.code.modality import _clause_heads
from dateline.code.occasions import own_time, tally

CASES = [
    ("Access was denied 105 times in 2017.", "denied", True),
    ("The army has attacked the convoy dozens of times.", "attacked", True),
    ("Troops raided the office three times on Tuesday.", "raided", False),
    ("Troops raided the office on Tuesday.", "raided", False),
    ("Rebels attacked the convoy near the border.", "attacked", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_tally_of_times(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    verbs = [t for t in _clause_heads(tok) if t.pos_ in ("VERB", "AUX")]
    assert tally(verbs, tok) is expected


@pytest.mark.parametrize(("text", "word", "short", "expected"), [
    ("Troops raided the office that the rebels had used on Tuesday.", "raided", False, True),
    ("Troops raided the office on Tuesday.", "raided", True, True),
    ("Troops raided the office in 2017.", "raided", True, False),
    ("Troops raided the office near the border.", "raided", False, False),
])
def test_own_time_of_a_clause(nlp, text, word, short, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert own_time(tok, short=short, clause=True) is expected
