"""Surnames joined by a conjunction ("Haddad and Nasser") after each person was named in full
stand for people the document names, never for a namesake of the actor dictionary (a minister
who shares a surname), however the full names were written (apart, with ages or a place between
them, or as "Mr Haddad and Mr Nasser")."""

from __future__ import annotations

import pytest

# (text, trigger, the party's words, its country: none, since the text gives neither person one
# and a joined party takes no country of the place or the story)
PAIRS = [
    # the full names in two sentences, not joined
    ("Omar Haddad fled to Turkey. Samir Nasser stayed in Lyon. French police arrested Haddad "
     "and Nasser in Paris on Monday.", "arrested", "Haddad and Nasser", None),
    # two of three people named before
    ("Omar Haddad, Samir Nasser and Ali Karim fled to Turkey. Haddad and Karim were arrested "
     "in Istanbul on Monday.", "arrested", "Haddad and Karim", None),
    # each named with a nationality of their own: the second one's is not the first one's
    ("Frenchman Omar Haddad and Belgian Samir Nasser fled to Syria in 2015. Iraqi police "
     "arrested Haddad and Nasser in Mosul on Monday.", "arrested", "Haddad and Nasser", None),
    # the surnames with a courtesy title each
    ("Omar Haddad and Samir Nasser fled to Turkey in 2015. French police arrested Mr Haddad "
     "and Mr Nasser in Paris on Monday.", "arrested", "Mr Haddad and Mr Nasser", None),
    # the full names with ages between them
    ("Samir Nasser, 34, and Omar Haddad, 29, fled to Turkey in 2015. French police arrested "
     "Haddad and Nasser in Paris on Monday.", "arrested", "Haddad and Nasser", None),
    # the full names with a home town between them
    ("Omar Haddad, from Lyon, and Samir Nasser fled to Turkey in 2015. French police arrested "
     "Haddad and Nasser in Paris on Monday.", "arrested", "Haddad and Nasser", None),
]


@pytest.mark.parametrize("text, trigger, words, country", PAIRS)
def test_full_names_pairs_are_no_namesake(event_on_unfiltered, text, trigger, words, country):
    party = event_on_unfiltered(text, trigger).target
    assert party is not None and party.text == words
    assert party.country != "BRA" and party.sector != "GOV", party
    assert party.country == country, party


# (text, the short name, the full name it is part of)
FULL = [
    # a courtesy title the model takes into the person's name is no word of it
    ("Omar Haddad and Samir Nasser fled. Mr Haddad and Mr Nasser were charged.", "Mr Nasser",
     "Samir Nasser"),
    ("Omar Haddad and Samir Nasser fled. Mr Haddad and Mr Nasser were charged.",
     "Mr Haddad and Mr Nasser", "Samir Nasser"),
]


@pytest.mark.parametrize("text, short, full", FULL)
def test_full_names_pairs_courtesy_title(nlp, text, short, full):
    from dateline.full_names import full_name

    doc = nlp(text)
    at = text.rindex(short)
    span = doc.char_span(at, at + len(short))
    found = full_name(doc, span, lambda words: False)
    assert (found.text if found is not None else None) == full
