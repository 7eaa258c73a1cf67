"""The entity a token is in, and the entities of a sentence, are read from the document's
entities found once: the same spans ``Doc.ents`` and ``Span.ents`` give."""

from __future__ import annotations

import pytest

from dateline.sentences import sentence_ents
from dateline.tokens import entity_at, entity_bounds

TEXTS = [
    "Soldiers of the Free Army shelled Norbury on Tuesday, said Tomas Brandt.",
    "The ministry in Velmora said nothing.",
    "Nobody came.",
    "Anna Kell and Piet Varo met in East Harlow. Their talks ended on Friday.",
]


def _spans(ents):
    return [(e.start, e.end, e.label_, e.kb_id, e.id) for e in ents]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_entity_at_is_the_entity_holding_the_token(nlp, text):
    doc = nlp(text)
    for tok in doc:
        expected = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        found = entity_at(tok)
        if expected is None:
            assert found is None
        else:
            assert _spans([found]) == _spans([expected])


@pytest.mark.parametrize("text", TEXTS)
def test_speed_entity_bounds_are_the_documents_entities(nlp, text):
    doc = nlp(text)
    starts, ents = entity_bounds(doc)
    assert ents == [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
    assert starts == [e.start for e in doc.ents]


@pytest.mark.parametrize("text", TEXTS)
def test_speed_sentence_ents_are_the_sentences_entities(nlp, text):
    doc = nlp(text)
    for sent in doc.sents:
        assert _spans(sentence_ents(doc, sent.start, sent.end)) == _spans(sent.ents)
