"""Readings that take a document's words or text from what was read once for it (the parse's
text joined once, the words' lower-case forms and parts of speech as arrays) answer as they did:
whether an act is told in someone's own words (``date_recalled``), where a sentence names a
place (``place_within``), the full name a short one stands for (``full_names``) and a phrase's
description (``actor_describe``)."""

from __future__ import annotations

import pytest

OWN_WORDS = [  # (text, verb, told in someone's own words)
    ("The raid began at dawn. \u201cThey searched every house,\u201d the farmer said.",
     "searched", True),
    ("The raid began at dawn. Officers searched every house in the lane.", "searched", False),
    ("\u201cThey searched every house,\u201d the farmer said.", "searched", False),  # the lead
]

NAMINGS = [  # (text, place name, the words heading each naming of the place in the sentence)
    ("Rebels held northern Ruritania while the army of Ruritania waited.", "Ruritania",
     ["Ruritania", "Ruritania"]),
    ("Troops crossed into South Sudan at dawn.", "South Sudan", ["Sudan"]),
    ("Troops crossed the river at dawn.", "Chad", []),
]

FULL_NAMES = [  # (text, the short name's first token, its end, the full name or None)
    ("Police questioned Maria Okonkwo on Monday. Okonkwo was released later.", 7, 8,
     "Maria Okonkwo"),
    ("Police questioned Maria Okonkwo and Peter Okonkwo. Okonkwo was released.", 10, 11, None),
]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb, expected", OWN_WORDS)
def test_date_recalled_in_own_words_reads_the_joined_text(nlp, text, verb, expected):
    from dateline.date_recalled import in_own_words

    assert in_own_words(_word(nlp(text), verb)) is expected


@pytest.mark.parametrize("text, name, expected", NAMINGS)
def test_place_within_names_of_reads_the_words_once(nlp, text, name, expected):
    from dateline.place_within import _names_of
    from dateline.records import Place

    doc = nlp(text)
    heads = _names_of(next(iter(doc.sents)), Place(name=name))
    assert [t.text for t in heads] == expected


@pytest.mark.parametrize("text, start, end, expected", FULL_NAMES)
def test_full_names_full_name_compares_every_person(nlp, text, start, end, expected):
    from dateline.full_names import full_name

    doc = nlp(text)
    found = full_name(doc, doc[start:end], lambda words: False)
    assert (found.text if found is not None else None) == expected
