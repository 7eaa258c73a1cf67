"""Sentence bounds and text found once per document."""

from __future__ import annotations

import pytest

from dateline.sentences import Sentences


@pytest.mark.parametrize("text", [
    "Police arrested two men. The court freed them on Monday.",
    "  Leading  spaces.\n\nA new paragraph\tafter a tab .  ",
    "Odd\u00a0spaces\u2003in here. Line one.\r\nLine two.",
])
def test_sentences_text_of_is_the_span_text(nlp, text):
    sents = Sentences.of(nlp(text))
    assert len(sents.spans) > 1
    assert [sents.text_of(k) for k in range(len(sents.spans))] == [s.text for s in sents.spans]
