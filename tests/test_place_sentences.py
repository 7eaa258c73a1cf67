"""The locator keeps each sentence's places once a document, and later place rules read them
there (dateline.place_sentences). Sentences written for the project."""

from __future__ import annotations

import pytest

from dateline import Article
from dateline.locate import locator
from dateline.place_sentences import document_places, sentence_places

_TEXT = ("Rebels shelled Aleppo on Monday. The minister spoke to reporters. "
         "Aid reached Homs and Hama on Tuesday.")


@pytest.mark.parametrize(("word", "expected"), [
    # the places of the sentence holding the word, in text order
    ("shelled", ["Aleppo"]),
    ("Hama", ["Homs", "Hama"]),
    # a sentence naming no place has none
    ("reporters", []),
])
def test_place_sentences_by_sentence(nlp, word, expected):
    doc = nlp(_TEXT)
    locator(doc, Article(doc_id="t", text=_TEXT))
    token = next(t.i for t in doc if t.text == word)
    assert [t.text for t in sentence_places(doc, token)] == expected


@pytest.mark.parametrize(("located", "expected"), [
    # every sentence's places, in order, once the document is located
    (True, ["Aleppo", "Homs", "Hama"]),
    # none before
    (False, []),
])
def test_place_sentences_whole_document(nlp, located, expected):
    doc = nlp(_TEXT)
    if located:
        locator(doc, Article(doc_id="t", text=_TEXT))
    assert [t.text for t in document_places(doc)] == expected
    assert [t.text for t in sentence_places(doc, 0)] == (["Aleppo"] if located else [])
