"""Sentence bounds and text found once per document."""

from __future__ import annotations

import pytest

from dateline.sentences import Sentences, sentence_bounds, sentence_of


@pytest.mark.parametrize("text", [
    "Police arrested two men. The court freed them on Monday.",
    "  Leading  spaces.\n\nA new paragraph\tafter a tab .  ",
    "Odd\u00a0spaces\u2003in here. Line one.\r\nLine two.",
])
def test_sentences_text_of_is_the_span_text(nlp, text):
    sents = Sentences.of(nlp(text))
    assert len(sents.spans) > 1
    assert [sents.text_of(k) for k in range(len(sents.spans))] == [s.text for s in sents.spans]


@pytest.mark.parametrize("text", [
    "Police arrested two men. The court freed them on Monday. Nobody was hurt.",
    "One sentence only, with no full stop",
    "  Leading  spaces.\n\nA new paragraph\tafter a tab .  ",
])
def test_sentences_bounds_of_a_token_are_its_sentence(nlp, text):
    doc = nlp(text)
    assert len(doc) > 0
    for tok in doc:
        sent = sentence_of(doc, tok.i)
        assert sentence_bounds(doc, tok.i) == (tok.sent.start, tok.sent.end)
        assert (sent.start, sent.end, sent.text) == (tok.sent.start, tok.sent.end, tok.sent.text)
