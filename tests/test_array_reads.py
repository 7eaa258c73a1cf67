"""Readings of a word, a name or a party's phrase taken from the document's arrays (no
``Token`` made per word) answer as the readings over ``Token`` objects did: a verb's lexicon
reading (``code/senses``), the bounds of a known name the parse cut (``actor_describe``), a
phrase's description and whether a place is of a party's own words (``place_owned``)."""

from __future__ import annotations

import pytest

READINGS = [  # (text, verb, event type of its reading, or None)
    ("Police lathi-charged the crowd.", "charged", "ASSAULT"),  # the word before the hyphen
    ("Soldiers raped two women.", "raped", "ASSAULT"),
    ("The minister smiled at the reporters.", "smiled", None),
]

NAME_BOUNDS = [  # (text, start, end of the phrase, the tokens of the name known)
    ("Fighters of Hay\u2019at Tahrir al-Sham attacked the town.", 4, 6, (2, 7)),
    ("The National Union for the Total Independence of Angola signed the deal.", 0, 3, (0, 9)),
    ("Police arrested two men.", 0, 1, (0, 1)),
]

DESCRIPTIONS = [  # (text, start, end, (name, country, sector, parent))
    ("The UK ambassador to the UN spoke.", 0, 7, ("United Kingdom", "GBR", None, None)),
    ("Turkey's army shelled the town.", 0, 3, ("Türkiye military", "TUR", "MIL", None)),
    ("Police officials said nothing.", 0, 2, ("police", None, "COP", None)),
]

OWN_NAMES = [  # (text, place word, party head, the place is of the party's own words)
    ("The governor of Texas ordered troops to the border.", "Texas", "governor", True),
    ("The Ohio governor visited the troops.", "Ohio", "governor", True),
    ("The governor sent troops to Texas.", "Texas", "governor", False),
]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb, expected", READINGS)
def test_senses_verb_reading_from_arrays(nlp, text, verb, expected):
    from dateline.code.lexicon import load_lexicon
    from dateline.code.senses import verb_sense

    found = verb_sense(load_lexicon(), _word(nlp(text), verb))
    assert (found.event_type if found is not None else None) == expected


@pytest.mark.parametrize("text, start, end, expected", NAME_BOUNDS)
def test_actor_describe_name_bounds_from_arrays(nlp, text, start, end, expected):
    from dateline.actor_describe import name_bounds
    from dateline.actor_dictionary import load_dictionary

    assert name_bounds(load_dictionary(), nlp(text), start, end) == expected


@pytest.mark.parametrize("text, start, end, expected", DESCRIPTIONS)
def test_actor_describe_describe_from_arrays(nlp, text, start, end, expected):
    from dateline.actor_describe import describe
    from dateline.actor_dictionary import load_dictionary

    assert describe(load_dictionary(), nlp(text)[start:end], "2020-01-01") == expected


@pytest.mark.parametrize("text, place, head, expected", OWN_NAMES)
def test_place_owned_names_party_at_indices(nlp, text, place, head, expected):
    from dateline.place_owned import names_party, names_party_at

    doc = nlp(text)
    word, party = _word(doc, place), _word(doc, head)
    assert names_party_at(doc, word.i, party.i) is names_party(word, party) is expected
