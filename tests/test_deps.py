"""The shared parse look-ups: a verb's subject, a preposition's object, the objects of a word's
prepositional phrases (sentences written for the project)."""

from __future__ import annotations

import pytest

from dateline.deps import prep_object, prep_objects, subject, subjects


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


# (sentence, verb, its subject or None)
SUBJECTS = [
    ("The rebels shelled the port at dawn.", "shelled", "rebels"),  # active
    ("The envoy was expelled on Monday.", "expelled", "envoy"),  # passive
    ("Stop the shelling now.", "Stop", None),  # an order: no subject
]


@pytest.mark.parametrize("text, verb, expected", SUBJECTS)
def test_deps_subject_active_or_passive(nlp, text, verb, expected):
    tok = _word(nlp(text), verb)
    found = subject(tok)
    assert (found.text if found is not None else None) == expected
    assert [t.text for t in subjects(tok)] == ([expected] if expected else [])


# (sentence, word the phrases hang on, prepositions asked for or None, their objects)
OBJECTS = [
    ("Troops moved from the coast to the capital.", "moved", None, ["coast", "capital"]),
    ("Troops moved from the coast to the capital.", "moved", ("to",), ["capital"]),
    ("Troops moved from the coast to the capital.", "moved", "from", ["coast"]),
    ("Troops moved from the coast to the capital.", "moved", ("into",), []),
]


@pytest.mark.parametrize("text, head, preps, expected", OBJECTS)
def test_deps_prep_objects_in_order_of_the_words_asked(nlp, text, head, preps, expected):
    doc = nlp(text)
    assert [t.text for t in prep_objects(_word(doc, head), preps)] == expected


def test_deps_prep_object_of_a_preposition(nlp):
    doc = nlp("The minister flew to Cairo.")
    assert prep_object(_word(doc, "to")).text == "Cairo"
    assert prep_object(_word(doc, "flew")) is None
