"""Walks that read a word's links and forms from the document's arrays (``tokens``) answer as
their walks over ``Token`` objects did: a name's words and the full name a short one stands for
(``full_names``), auxiliaries, adverbs of habit and a verb's own time (``code/occasions``), and
negation (``code/status``)."""

from __future__ import annotations

import pytest

NAME_WORDS = [  # (text, first word of the entity, its words)
    ("Sean O'Brien met the envoy.", "Sean", ("sean", "o'brien")),
    ("Ahmed Ja’afari's office said nothing.", "Ahmed", ("ahmed", "ja’afari")),
    ("Maria Lopez-Garcia spoke.", "Maria", ("maria", "lopez", "garcia")),
]

FULL_NAMES = [  # (text, short name, the full name it stands for)
    ("Russia's envoy, Alexander Yakovenko, spoke. Yakovenko said the talks failed.",
     "Yakovenko", "Alexander Yakovenko"),
    ("Anna Campbell, a volunteer, was killed. Fighters said Anna had joined them.",
     "Anna", "Anna Campbell"),
    ("Sergei Skripal and Yulia Skripal were poisoned. Skripal was in hospital.", "Skripal", None),
]

AUXES = [  # (text, verb, its auxiliaries)
    ("The rebels have been shelling the town.", "shelling", ("have", "been")),
    ("They'd storm the base.", "storm", ("would",)),
    ("They'd stormed the base.", "stormed", ("'d",)),
    ("Police arrested two men.", "arrested", ()),
]

HABITS = [  # (text, verb, as_a_rule, own_time, own_time short)
    ("Police routinely detain protesters.", "detain", True, False, False),
    ("The militia raids the camps on a daily basis.", "raids", True, False, False),
    ("Troops shelled the village on Tuesday.", "shelled", False, True, True),
    ("The army has backed the rebels for years.", "backed", False, False, False),
    ("Soldiers fired overnight.", "fired", False, True, True),
    ("The group attacked the base in 2016.", "attacked", False, True, False),
]

NEGATED = [  # (text, word, negated)
    ("The army did not attack the town.", "attack", True),
    ("They withdrew without firing a shot.", "firing", True),
    ("The rebels no longer threaten the capital.", "threaten", True),
    ("The army never shelled the town.", "shelled", True),
    ("The army shelled the town.", "shelled", False),
]


def _word(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), NAME_WORDS)
def test_full_names_name_words_from_arrays(nlp, text, word, expected):
    from dateline.full_names import entity_of, name_words

    doc = nlp(text)
    tok = _word(doc, word)
    ent = entity_of(tok) if tok.ent_type_ else doc[tok.i:tok.i + 2]
    assert name_words(ent) == expected


@pytest.mark.parametrize(("text", "short", "expected"), FULL_NAMES)
def test_full_names_full_name_from_arrays(nlp, text, short, expected):
    from dateline.full_names import full_name

    doc = nlp(text)
    tok = [t for t in doc if t.text == short][-1]
    found = full_name(doc, doc[tok.i:tok.i + 1], lambda words: False)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(("text", "verb", "expected"), AUXES)
def test_occasions_auxes_from_arrays(nlp, text, verb, expected):
    from dateline.code.occasions import auxes

    assert auxes(_word(nlp(text), verb)) == expected


@pytest.mark.parametrize(("text", "verb", "habit", "timed", "short"), HABITS)
def test_occasions_habit_and_time_from_arrays(nlp, text, verb, habit, timed, short):
    from dateline.code.occasions import as_a_rule, own_time

    tok = _word(nlp(text), verb)
    assert (as_a_rule(tok), own_time(tok), own_time(tok, short=True)) == (habit, timed, short)


@pytest.mark.parametrize(("text", "word", "expected"), NEGATED)
def test_status_negated_from_arrays(nlp, text, word, expected):
    from dateline.code.status import _negated

    assert _negated(_word(nlp(text), word)) is expected
