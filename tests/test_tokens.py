"""The per-document arrays of tokens.py read what the parse says of each token."""

import pytest

from dateline.tokens import tags, words

_TEXTS = [
    "Police arrested two men in Lahore on Tuesday.",
    "Islamic State claimed responsibility.  The ministry said it was investigating!",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_tags_match_the_parse(nlp, text):
    doc = nlp(text)
    found = tags(doc)
    assert len(found.lemmas) == len(doc)
    assert found.lemmas == [t.lemma_.lower() for t in doc]
    assert found.pos == [t.pos_ for t in doc]
    assert found.deps == [t.dep_ for t in doc]
    assert found.blank == [t.is_punct or t.is_space for t in doc]
    assert words(doc).lowers == [t.lower_ for t in doc]


def test_tokens_tags_read_once_per_document(nlp):
    doc = nlp("Troops shelled the village.")
    first = tags(doc)
    assert first.pos[1] == "VERB"
    assert tags(doc) is first
    assert tags(nlp("Troops shelled the village.")) is not first
