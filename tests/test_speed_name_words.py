"""A name's words, folded and without its possessive ending, are the same each time a span of
the document is asked about."""

from __future__ import annotations

from dateline.full_names import name_words


def test_name_words(nlp):
    doc = nlp("Ibrahim al-Ja’afari's aides met Sean O'Brien in Baghdad.")
    for _ in range(2):
        assert name_words(doc[0:5]) == ("ibrahim", "al", "ja’afari")
        assert name_words(doc[7:9]) == ("sean", "o'brien")
