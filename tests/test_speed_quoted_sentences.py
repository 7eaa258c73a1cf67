"""Whether a sentence is wholly quoted, kept per sentence of a document, answers as reading
its words again does, asked once or again, for each sentence of a text."""

from __future__ import annotations

import pytest

from dateline.sentences import in_quotation, sentence_spans, wholly_quoted
from dateline.tokens import doc_text

TEXTS = [  # (text, whether each sentence is wholly quoted)
    ("She adds: \u201cI come from Aleppo. We fled in May.\u201d She arrived in June.",
     None),
    ("\u201cThey shot at us,\u201d he said. \u201cWe ran.\u201d Police arrived later.", None),
    ('"The town is lost." The general said nothing more.', None),
    ("Police arrested two men. No one was hurt.", [False, False]),
]


def _read_again(doc, start, end):
    text = doc_text(doc)
    at = [t for t in doc[start:end] if t.text.isalpha()]
    return bool(at) and all(in_quotation(text, t.idx) for t in at)


@pytest.mark.parametrize("text, expected", TEXTS)
def test_wholly_quoted_as_read_again(nlp, text, expected):
    doc = nlp(text)
    sents = sentence_spans(doc)
    found = [wholly_quoted(doc, s.start) for s in sents]
    assert found == [_read_again(doc, s.start, s.end) for s in sents]
    assert [wholly_quoted(doc, s.start) for s in sents] == found  # asked again: kept
    if expected is not None:
        assert found == expected


def test_wholly_quoted_some_quoted_sentence(nlp):
    doc = nlp("\u201cWe fled in May.\u201d She arrived in June.")
    found = [wholly_quoted(doc, s.start) for s in sentence_spans(doc)]
    assert found[0] is True and found[-1] is False
