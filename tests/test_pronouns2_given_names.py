"""A pronoun after a person's name the parser labels as no name, and "the bloc" after a named
body, on sentences written for the project (table-driven): what the pronoun or description
stands for, shown with the antecedent's words and its country, or nothing."""

from __future__ import annotations

import pytest

PUBDATE = "2016-05-02"

# (text, trigger, the doer's antecedent words or None, its country or None)
DOERS = [
    # a name of a given name and a surname that is also a common word ("May"), which the
    # parser labels as no entity, is a woman's name: "she" in the next sentence stands for her
    ("Theresa May spoke in London on Monday. She criticised the European Commission.",
     "criticised", "Theresa May", "GBR"),
    # ... also after a verb of saying, which makes no event of its own
    ("Theresa May said the talks had stalled. She criticised the European Commission.",
     "criticised", "Theresa May", "GBR"),
    # ... and "he" does not stand for her: the given name says she is a woman
    ("Theresa May met Angela Merkel in Berlin. He criticised the European Commission.",
     "criticised", None, None),
    # "the bloc" stands for the body named just before it
    ("The African Union met in Addis Ababa. The bloc condemned the coup in Niger.",
     "condemned", "The African Union", "IGO"),
]


@pytest.mark.parametrize("text, trigger, antecedent, country", DOERS)
def test_doer_stands_for_its_antecedent_or_none(event_on_unfiltered, text, trigger,
                                                antecedent, country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    if antecedent is None:
        # the doer is the pronoun itself, which stands for no one named before it
        assert source is not None, source
        assert text[source.char_start:source.char_end] in ("He", "She"), source
        assert source.antecedent is None, source
        return
    assert source is not None and source.antecedent == antecedent, source
    assert source.country == country, source


# (text, the name's head word, the gender its given name gives, or None)
NAMES = [
    ("Theresa May spoke in London.", "May", "f"),
    # a name the parser labels (a person's, a place's) is read by other tests
    ("Jane Smith spoke in London.", "Smith", None),
    # one word is no given name and surname
    ("Parliament spoke in London.", "Parliament", None),
]


@pytest.mark.parametrize("text, head, gender", NAMES)
def test_given_named(text, head, gender):
    from dateline.annotate import parse
    from dateline.coref_kin import given_named

    doc = next(iter(parse([text])))
    root = next(t for t in doc if t.text == head)
    assert given_named(root) == gender
