"""A noun phrase opened by "both" keeps the word when it is the phrase's own ("both soldiers",
"both sides", code/phrases.np_span) and drops it before coordinated names ("both India and
Pakistan"), where it only marks the coordination."""

from __future__ import annotations

import pytest

BOTH = [  # (text, head word, the noun phrase it heads)
    ("Both soldiers were killed on Monday.", "soldiers", "Both soldiers"),
    ("The envoy called on both sides to stop the fighting.", "sides", "both sides"),
    ("Both Arland and Veskia tested missiles.", "Arland", "Arland and Veskia"),
]


@pytest.mark.parametrize("text, word, phrase", BOTH)
def test_phrases_np_span_keeps_both_of_its_own(nlp, text, word, phrase):
    from dateline.code.phrases import np_span

    doc = nlp(text)
    start, end = np_span(next(t for t in doc if t.text == word))
    assert doc[start:end].text == phrase
