"""Sentence bounds and text found once per document."""

from __future__ import annotations

import pytest

from dateline.sentences import (Sentences, is_caseless, quotation_closes, quoted_account,
                                sentence_bounds, sentence_ents, sentence_of)


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


@pytest.mark.parametrize("text", [
    "Russian troops entered Kharkiv on Monday. The United Nations and Amnesty International "
    "condemned the raid in New York. Nobody was hurt.",
    "Police in Lagos arrested John Smith of the Red Cross. He was freed by Nigerian officials.",
    "No names here at all.",
])
def test_sentences_ents_of_a_sentence_are_its_span_ents(nlp, text):
    doc = nlp(text)
    assert doc.ents or "No names" in text
    for sent in doc.sents:
        found = sentence_ents(doc, sent.start, sent.end)
        assert [(e.start, e.end, e.label_, e.kb_id, e.id) for e in found] == \
            [(e.start, e.end, e.label_, e.kb_id, e.id) for e in sent.ents]


@pytest.mark.parametrize("text, goes_on", [
    ("\u201cThey stormed the town. Many people were killed,\u201d he said.", True),
    ("\u201cThey stormed the town,\u201d he said. Many people were killed.", False),
    ('"They stormed the town. Many people were killed," he said.', True),
    ('"They stormed the town," he said. Many people were killed.', False),
    ("\u00abThey stormed the town. Many people were killed.\u00bb", True),
    ("\u201cThey stormed the town.\nMany people were killed.", False),
])
def test_sentences_quotation_open_across_sentences(text, goes_on):
    cut = text.index("Many")
    before = (0, cut - 1)
    assert quoted_account(text, before, (cut, len(text)), reports=False) is goes_on


# (text, whether the quotation open at "Many" closes before another opens)
@pytest.mark.parametrize("text, closes", [
    ("\u201cThey stormed the town. Many people were killed,\u201d he said.", True),
    ('"They stormed the town. Many people were killed," he said.', True),
    ("\u201cThey stormed the town. Many people were killed.\n\n\u201cWe ran,\u201d she said.",
     False),
    ('"They stormed the town. Many people were killed.\n\n"We ran," she said.', False),
])
def test_sentences_quotation_closes(text, closes):
    assert quotation_closes(text, text.index("Many")) is closes


@pytest.mark.parametrize("text, caseless", [
    ("troops shelled the town on monday and officials said two died. " * 5, True),
    ("TROOPS SHELLED THE TOWN ON MONDAY AND OFFICIALS SAID TWO DIED. " * 5, True),
    ("ÉLÈVES ÉVACUÉS À ÉPINAL APRÈS L'ALERTE. " * 8, True),  # accented capitals count
    ("élèves évacués à épinal après l'alerte — «calme». " * 8, True),
    ("Troops shelled Homs on Monday and officials in Damascus said two died. " * 5, False),
    ("Élèves évacués à Épinal après l'alerte, dit la préfète de Nancy. " * 6, False),
    ("troops shelled the town on monday.", False),  # too few letters to tell
])
def test_sentences_caseless_text(text, caseless):
    assert is_caseless(text) is caseless
