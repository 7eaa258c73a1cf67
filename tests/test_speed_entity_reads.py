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


def _in_person_by_scan(doc, start, end):
    """What ``_in_person`` answered by walking every entity of the document."""
    from dateline.toponym_people import _name_word

    return any(e.label_ == "PERSON" and e.start < start and end <= e.end
               and all(_name_word(doc[k].text) for k in range(e.start, start))
               for e in doc.ents)


@pytest.mark.parametrize("text", [*TEXTS, "Colonel Ana Lima Duarte spoke to Piet Van Varo."])
def test_speed_in_person_reads_the_entity_holding_the_name(nlp, text):
    from dateline.toponym_people import _in_person

    doc = nlp(text)
    answers = set()
    for start in range(len(doc)):
        for end in range(max(0, start - 1), min(len(doc), start + 3) + 1):
            found = _in_person(doc, start, end)
            assert found is _in_person_by_scan(doc, start, end)
            answers.add(found)
    assert answers == {True, False} or not any(e.label_ == "PERSON" and len(e) > 1
                                               for e in doc.ents)


@pytest.mark.parametrize(("text", "surnames"), [
    ("Tom Carver was held in Leeds. Carver, a nurse, was freed.", ["Carver"]),
    ("Anna Kell met Piet Varo. Later Kell and Varo spoke.", []),  # the model's persons
    ("Anna Kell met the minister.", []),
])
def test_speed_surnames_are_the_words_a_token_walk_finds(nlp, text, surnames):
    from dateline.nationalities import _NO_SURNAME, _surnames

    doc = nlp(text)
    full = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    long = {k for e in doc.ents if len(e) > 1 for k in range(e.start, e.end)}
    walked = [(t.i, t.i + 1) for t in doc if t.text in full and t.pos_ == "PROPN"
              and t.ent_type_ not in _NO_SURNAME and t.i not in long and t.text[:1].isupper()]
    found = _surnames(doc)
    assert [(s.start, s.end) for s in found] == walked
    assert all(s.label_ == "PERSON" for s in found)
    assert [s.text for s in found] == surnames
