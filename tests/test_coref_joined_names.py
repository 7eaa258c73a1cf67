"""Names joined by a conjunction ("Osei and Boateng") are two people: the party is both, named
as the document names them in full, and a later "they" or "their" stands for both, not for
the last of them (illustrative articles written for the project, table-driven)."""

from __future__ import annotations

import pytest

# (text, trigger, role, the party's words, its name)
JOINED = [
    # the surnames joined, after the full names joined in an apposition of nationality
    ("Kwame Osei and Samuel Boateng, two Ghanaian nationals, fled to Turkey in 2015. Osei and "
     "Boateng are accused of kidnapping aid workers.", "kidnapping", "source",
     "Osei and Boateng", "Kwame Osei and Samuel Boateng"),
    # the joined surnames as the ones acted on, after titles and full names
    ("Joseph Mwangi and Peter Otieno, two Kenyan ministers, toured the camp. Later the police "
     "arrested Mwangi and Otieno.", "arrested", "target", "Mwangi and Otieno",
     "Joseph Mwangi and Peter Otieno"),
    # "they" after the joined surnames stands for both
    ("Omar Haddad and Samir Nasser fled to Turkey in 2015. Haddad and Nasser have been stripped "
     "of their French citizenship, and the men they are alleged to have killed included "
     "Belgians.", "killed", "source", "they", "Omar Haddad and Samir Nasser"),
    # "they" a sentence after the joined surnames, as the ones acted on
    ("Police in Lyon named the suspects as Omar Haddad and Samir Nasser. Haddad and Nasser are "
     "the last members of the cell. They were arrested in Marseille on Monday.", "arrested",
     "target", "They", "Omar Haddad and Samir Nasser"),
]


@pytest.mark.parametrize("text, trigger, role, words, name", JOINED)
def test_coref_joined_names_are_both_people(event_on_unfiltered, text, trigger, role, words,
                                            name):
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is not None
    assert party.text == words
    assert party.name == name


# (text, the joined short names, the full names they stand for or None)
FULL = [
    ("Omar Haddad and Samir Nasser fled. Haddad and Nasser were charged.", "Haddad and Nasser",
     "Omar Haddad and Samir Nasser"),
    # each is named in full, but not written joined: no one span names both
    ("Omar Haddad fled to Turkey. Samir Nasser stayed in Lyon. Haddad and Nasser were charged.",
     "Haddad and Nasser", None),
    # one of the two is never named in full
    ("Omar Haddad fled to Turkey with a friend. Haddad and Nasser were charged.",
     "Haddad and Nasser", None),
]


@pytest.mark.parametrize("text, short, full", FULL)
def test_coref_joined_names_full_names(nlp, text, short, full):
    from dateline.full_names import full_name

    doc = nlp(text)
    at = text.rindex(short)
    span = doc.char_span(at, at + len(short))
    found = full_name(doc, span, lambda words: False)
    assert (found.text if found is not None else None) == full
