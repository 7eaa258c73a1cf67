"""What an apposition says of the people beside it (:mod:`dateline.person_appositions`,
:mod:`dateline.person_titles`): a demonym of the person's own description is the person's
country, over the place of a group they belong to; a plural description after people joined
by "and" is each one's, when they are people and it is no relation to someone else; the
words of others joined to a name are no description of it (table-driven, one illustrative
sentence per construction)."""

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
    # ... after their names: a group's role names each of them, with the group's kind
    ("Marco Haddad and Leon Moreau, two British Isis militants, were captured by Kurdish "
     "forces in 2018.", "captured", "Marco Haddad and Leon Moreau", "GBR", "REB"),
    # ... and the second of them named again alone: the group's kind as well as the country
    ("Marco Haddad and Leon Moreau, two British Isis militants, went to Syria in 2015. "
     "Kurdish forces captured Moreau in February.", "captured", "Leon Moreau", "GBR", "REB"),
    # ... of a group with no demonym, in an active clause: the group's country and kind
    ("Israel killed Omar Haddad and Samir Nasser, two Hamas commanders, in Gaza.", "killed",
     "Omar Haddad and Samir Nasser", "PSE", "REB"),
]


# (text, trigger, role, the party's name, its country, its sector)
SHARED = [
    # a plural apposition after joined states names a body they belong to: each is its state
    ("Hungary and Poland, two EU member states, criticised the European Commission on "
     "Monday.", "criticised", "source", "Poland", "POL", "GOV"),
    ("Turkey and Hungary, both members of Nato, criticised Sweden on Monday.", "criticised",
     "source", "Hungary", "HUN", "GOV"),
    # a relation to someone else ("the parents of a soldier") is no description of the second
    # person: neither the soldier's country nor kind, nor the police of that country
    ("Omar Haddad and Samir Nasser, the parents of a British soldier, were arrested by "
     "Turkish police. Police released Nasser on Monday.", "released", "source",
     "Türkiye police", "TUR", "COP"),
    ("Omar Haddad and Samir Nasser, the parents of a British soldier, were arrested by "
     "Turkish police. Police released Nasser on Monday.", "released", "target",
     "Samir Nasser", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name", "country", "sector"), SHARED)
def test_person_appositions_shared_by_people_only(events_in, text, trigger, role, name,
                                                   country, sector):
    parties = [getattr(e, role) for e in events_in(text, PUBDATE) if e.trigger == trigger]
    party = next((p for p in parties if p is not None and p.name == name), None)
    assert party is not None, parties
    if country is not None:
        assert party.country == country, party
    assert party.sector == sector, party


@pytest.mark.parametrize(("text", "trigger", "name", "country", "sector"), DESCRIBED)
def test_person_appositions_own_demonym(event_on, text, trigger, name, country, sector):
    party = event_on(text, trigger, PUBDATE).target
    assert party is not None
    assert (party.country, party.sector) == (country, sector), party
    if name is not None:
        assert party.name == name, party


# (text, the surname named again, its country and where that came from)
_NOT_YET = pytest.mark.xfail(strict=True, reason="a demonym before the first of two joined "
                             "names is not yet read as that person's own")
_WHOLE = pytest.mark.xfail(strict=True, reason="the apposition of the second of two joined "
                           "people is read with the first one's")
APART = [
    # the parse hangs the second person on the first one's name: the second one's demonym
    # is not the first one's, and the first one's is their own, not the story's
    pytest.param("Frenchman Omar Haddad and Belgian Samir Nasser fled to Syria in 2015. Iraqi "
                 "police arrested Haddad in Mosul on Monday.", "Haddad", ("FRA", "antecedent"),
                 marks=_NOT_YET),
    ("Frenchman Omar Haddad and Belgian Samir Nasser fled to Syria in 2015. Iraqi police "
     "arrested Nasser in Mosul on Monday.", "Nasser", ("BEL", "antecedent")),
    # each with an apposition of their own
    pytest.param("Omar Haddad, a Frenchman, and Samir Nasser, a Belgian, fled to Syria in "
                 "2015. Iraqi police arrested Haddad in Mosul on Monday.", "Haddad",
                 ("FRA", "antecedent"), marks=_WHOLE),
]


@pytest.mark.parametrize(("text", "short", "country"), APART)
def test_person_appositions_not_of_the_joined(event_on_unfiltered, text, short, country):
    party = event_on_unfiltered(text, "arrested").target
    assert party is not None and party.text == short, party
    assert (party.country, party.country_from) == country, party
