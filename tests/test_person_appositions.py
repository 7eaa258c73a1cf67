"""What an apposition says of the people beside it (:mod:`dateline.person_appositions`,
:mod:`dateline.person_titles`): a demonym of the person's own description is the person's
country, over the place of a group they belong to; a plural description after people joined
by "and" is each one's; the words of others joined to a name are no description of it
(table-driven, one illustrative sentence per construction, written for the project)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-20"

# (text, trigger, the recipient's name, its country, its sector)
DESCRIBED = [
    # the person's own demonym, before the name: not the armed group's place
    ("A British Isis militant, Leon Moreau, was captured by Kurdish forces in 2018.",
     "captured", "Leon Moreau", "GBR", "REB"),
    # ... after the name
    ("Leon Moreau, a British Isis militant, was captured by Kurdish forces in 2018.",
     "captured", "Leon Moreau", "GBR", "REB"),
    # guard: no demonym of the person's own: the group's place stands
    ("Leon Moreau, an Isis militant, was captured by Kurdish forces in 2018.",
     "captured", "Leon Moreau", "IRQ", "REB"),
    # guard: a description of no group's role keeps its country and kind
    ("John Makhlouf, a British aid worker, was detained by Egyptian police.", "detained",
     "John Makhlouf", "GBR", "NGO"),
    # a demonym of several people before their names
    ("Two British Isis militants, Marco Haddad and Leon Moreau, were captured by Kurdish "
     "forces in 2018.", "captured", None, "GBR", "REB"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "country", "sector"), DESCRIBED)
def test_person_appositions_own_demonym(event_on, text, trigger, name, country, sector):
    party = event_on(text, trigger, PUBDATE).target
    assert party is not None
    assert (party.country, party.sector) == (country, sector), party
    if name is not None:
        assert party.name == name, party


# (text, the surname named again, the country of its own: none of the other person's)
APART = [
    # the parse hangs the second person on the first one's name: the second one's demonym
    # is not the first one's
    ("Frenchman Omar Haddad and Belgian Samir Nasser fled to Syria in 2015. Iraqi police "
     "arrested Haddad in Mosul on Monday.", "Haddad", None),
    ("Frenchman Omar Haddad and Belgian Samir Nasser fled to Syria in 2015. Iraqi police "
     "arrested Nasser in Mosul on Monday.", "Nasser", "BEL"),
]

#: How a country the actor stage gives a person is of their own (not the story's focus).
_OWN = (None, "antecedent")


@pytest.mark.parametrize(("text", "short", "country"), APART)
def test_person_appositions_not_of_the_joined(event_on_unfiltered, text, short, country):
    party = event_on_unfiltered(text, "arrested").target
    assert party is not None and party.text == short, party
    own = party.country if party.country_from in _OWN else None
    assert own == country, party
