"""A person who shares a name with someone the dictionary knows, described by the text as
someone else, takes none of the entry's country and kind (:mod:`dateline.person_namesakes`;
table-driven, one illustrative sentence per construction, written for the project; "Ali Ahmed
Osman" is a Sudanese minister of the dictionary)."""

from __future__ import annotations

import pytest

PUBDATE = "2003-03-14"

# (text, trigger, the recipient's country, its sector)
NAMESAKES = [
    # a private role after the name: not the minister
    ("Ali Ahmed Osman, a taxi driver, was arrested by British police on Monday.", "arrested",
     None, None),
    # a private person's description with a place of their own
    ("Ali Ahmed Osman, a father of three from Leeds, was arrested by British police on Monday.",
     "arrested", "GBR", "CVL"),
    # a demonym of another country and a private role before the name
    ("A British aid worker, Ali Ahmed Osman, was kidnapped in Syria.", "kidnapped", "GBR",
     "NGO"),
    # guard: a description that fits the entry keeps it
    ("Ali Ahmed Osman, the Sudanese minister, was arrested by police in Khartoum.", "arrested",
     "SDN", "GOV"),
    # guard: an office held no more says nothing against the entry
    ("Ali Ahmed Osman, a former minister, was arrested by police in Khartoum.", "arrested",
     "SDN", "ELI"),
]


@pytest.mark.parametrize(("text", "trigger", "country", "sector"), NAMESAKES)
def test_person_namesakes_described_otherwise(event_on, text, trigger, country, sector):
    party = event_on(text, trigger, PUBDATE).target
    assert party is not None and party.name == "Ali Ahmed Osman", party
    assert (party.country, party.sector) == (country, sector), party
