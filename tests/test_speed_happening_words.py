"""The word a happening is told by, read from a word's lemma and part of speech as the
document's arrays give them, is the word its token gives; the story's tellings and the lead's
next telling find the same words by it."""

from __future__ import annotations

import pytest

from dateline.date_story import Tellings, happening_of, happening_word
from dateline.tokens import tags

TEXTS = [
    "Gunmen kidnapped two aid workers. The kidnapping was condemned.",
    "Russia invaded Crimea in 2014; the invasion was followed by its annexation.",
    "Police detained the men. Their arrest came after the shelling of the town.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_happening_of_is_the_tokens_word(nlp, text):
    doc = nlp(text)
    lemmas, pos = tags(doc).lemmas, tags(doc).pos
    for tok in doc:
        assert happening_of(lemmas[tok.i], pos[tok.i] == "NOUN") == happening_word(tok)


def test_tellings_find_a_happening_told_again(nlp):
    doc = nlp(TEXTS[0])
    tellings = Tellings(doc)
    kidnapped = next(t for t in doc if t.text == "kidnapped")
    assert [t.text for t in tellings.after(kidnapped)] == ["kidnapping"]
