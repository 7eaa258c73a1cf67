"""A person named again by part of their name is the person the document names in full
(illustrative articles written for the project, table-driven)."""

from __future__ import annotations

import pytest


# (text, trigger, role, the party's words, its name, its country)
SAME_PERSON = [
    # the surname alone, after the full name with a possessor that gives the country
    ("Norway's envoy to the talks, Lars Dahlberg, arrived on Monday. Dahlberg accused the "
     "rebels of breaking the truce.", "accused", "source", "Dahlberg", "Lars Dahlberg", "NOR"),
    # the surname alone, after a title and the full name in apposition
    ("The Kenyan interior minister, Joseph Mwangi, toured the camp. Mwangi later criticised "
     "the police commanders.", "criticised", "source", "Mwangi", "Joseph Mwangi", "KEN"),
    # the given name alone as the one acted on
    ("Maria Lindqvist, a Swedish aid worker, was detained at the border. Guards beat Maria "
     "with batons.", "beat", "target", "Maria", "Maria Lindqvist", "SWE"),
    # the full name further down, as a live report gives it
    ("Okafor condemned the raid. Earlier, the Nigerian senator Chinedu Okafor had met the "
     "governor.", "condemned", "source", "Okafor", "Chinedu Okafor", "NGA"),
    # a pronoun after the short name stands for the same person
    ("Colombia's defence minister, Andres Ramirez, met the envoys. Ramirez praised the "
     "ceasefire, and he urged the rebels to disarm.", "urged", "source", "he",
     "Andres Ramirez", "COL"),
    # the dictionary knows someone else of the surname (Cecil Holmes, a Zambian minister):
    # the document's own Holmes is meant
    ("Jac Holmes, a British volunteer, joined the Kurdish militia. Holmes attacked the "
     "positions of the jihadists.", "attacked", "source", "Holmes", "Jac Holmes",
     "GBR"),
]


@pytest.mark.parametrize("text, trigger, role, words, name, country", SAME_PERSON)
def test_full_names_short_mention_is_the_person(event_on_unfiltered, text, trigger, role, words,
                                                name, country):
    # who the short mention is, whether or not the realness veto keeps the event in two sentences
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is not None
    assert party.text == words
    assert (party.name, party.country) == (name, country)


# (text, trigger, role, the party's words, the country of the full name it must not take): a
# short name that is no one person's
NOT_THE_PERSON = [
    # two people share the surname: neither is meant
    ("Norway's envoy Lars Dahlberg and his Danish sister Karin Dahlberg spoke. Dahlberg "
     "accused the rebels of breaking the truce.", "accused", "source", "Dahlberg", "NOR"),
    # a country's name is the country, though a person bears it as a given name
    ("The Brazilian minister Israel Souza visited Lisbon. Israel condemned the rocket "
     "attacks on its towns.", "condemned", "source", "Israel", "BRA"),
]


@pytest.mark.parametrize("text, trigger, role, words, not_country", NOT_THE_PERSON)
def test_full_names_no_one_person(event_on, text, trigger, role, words, not_country):
    party = getattr(event_on(text, trigger), role)
    assert party is not None
    assert party.text == words
    assert party.antecedent is None
    assert party.country != not_country


def test_full_names_full_name_found(nlp):
    from dateline.full_names import full_name

    doc = nlp("Russia's ambassador, Alexander Yakovenko, spoke. Yakovenko denied it.")
    short = next(t for t in doc if t.text == "Yakovenko" and t.i > 6)
    found = full_name(doc, doc[short.i:short.i + 1], lambda words: False)
    assert found is not None
    assert found.text == "Alexander Yakovenko"


# (text, the name's words): a word with an apostrophe inside it is a word of the name, so that
# "Bashar Ja’afari" is not read as the "Bashar" of another full name
NAME_WORDS = [
    ("Bashar Ja’afari said this could not happen.", ("bashar", "ja’afari")),
    ("Sinead O'Brien's visit was cancelled.", ("sinead", "o'brien")),
]


@pytest.mark.parametrize("text, words", NAME_WORDS)
def test_full_names_words_with_an_apostrophe(nlp, text, words):
    from dateline.full_names import name_words

    doc = nlp(text)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert name_words(person) == words
