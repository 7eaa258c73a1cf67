"""A person's own people (their family, their lawyer) are of the country the
document says the person is of, on illustrative sentences written for these tests
(table-driven)."""

from __future__ import annotations

import pytest

PUBDATE = "2019-05-02"

_KENYA = ("Police in Nairobi arrested dozens of protesters on Monday. Kenyan officials said the "
          "unrest would spread across Kenya. Jane Harwood, a British nurse, was detained in "
          "Nairobi. ")

# (text, trigger, the actor's country)
OWNED = [
    # a pronoun standing for the person as the possessor
    (_KENYA + "Her family criticised the Kenyan police.", "criticised", "GBR"),
    (_KENYA + "Her lawyer criticised the Kenyan police.", "criticised", "GBR"),
    # the person's name as the possessor
    (_KENYA + "Harwood's family criticised the Kenyan police.", "criticised", "GBR"),
    (_KENYA + "Harwood's lawyer criticised the Kenyan police.", "criticised", "GBR"),
    # the person's name in an "of" phrase
    (_KENYA + "The family of Jane Harwood criticised the Kenyan police.", "criticised", "GBR"),
    # the family of no one named: of the country the report is about
    (_KENYA + "The family of a protester criticised the Kenyan police.", "criticised", "KEN"),
]


@pytest.mark.parametrize("text, trigger, country", OWNED)
def test_actor_owners_persons_own_people_take_their_country(event_on_unfiltered, text, trigger,
                                                            country):
    source = event_on_unfiltered(text, trigger, PUBDATE).source
    assert source is not None and source.country == country, source


def test_actor_owners_a_person_of_no_said_country_gives_none_of_their_own(event_on_unfiltered):
    # the person takes the report's country only from context: so do their people
    text = ("Police in Nairobi arrested dozens of protesters on Monday. Kenyan officials said "
            "the unrest would spread across Kenya. Joseph Omwenga was detained in Nairobi. The "
            "family of Joseph Omwenga criticised the police.")
    source = event_on_unfiltered(text, "criticised", PUBDATE).source
    assert source is not None and source.country == "KEN" and \
        source.country_from == "document focus", source
