"""Initials of an organisation are read only where they are written in capitals: a given name of
the same letters ("Ana", "Ira", "Ola") is a person, not the Afghan National Army, the Irish
Republican Army or the Oromo Liberation Army (table-driven, one illustrative sentence each)."""

from __future__ import annotations

import pytest

from dateline.actor_dictionary import load_dictionary, not_initials

# (alias of the dictionary, the word as written, whether it is not the organisation)
WRITTEN = [
    ("ana", "Ana", True),  # a given name
    ("ana", "ANA", False),  # the army's initials
    ("ira", "Ira", True),
    ("ira", "IRA", False),
    ("ola", "Ola", True),
    ("bjp", "bjp", False),  # a text written in lower case
    ("nato", "Nato", False),  # initials said as a word, written as one
    ("hamas", "Hamas", False),  # a name, no initials
]


@pytest.mark.parametrize("alias, written, not_org", WRITTEN)
def test_actor_initials_read_only_in_capitals(alias, written, not_org):
    assert alias in load_dictionary().organisations
    assert not_initials(alias, written) is not_org


# (sentence, the party, the words it begins with): a person whose given name spells an
# organisation's initials takes no country from it
PERSONS = [
    ("Ana Lima, a teacher, was detained by soldiers.", "target", "Ana Lima"),
    ("Ira Goldman accused the mayor of fraud.", "source", "Ira Goldman"),
    ("Rebels killed Ana in the village.", "target", "Ana"),
    ("Police arrested Ana Lima and her brother.", "target", "Ana Lima"),
    ("Gunmen shot Ira Katz outside his shop.", "target", "Ira Katz"),
    ("Ola Nordmann, a nurse, was arrested by police.", "target", "Ola Nordmann"),
]


@pytest.mark.parametrize("text, role, name", PERSONS)
def test_actor_initials_given_name_is_no_organisation(some_events_in, text, role, name):
    parties = [getattr(e, role) for e in some_events_in(text)]
    party = next(p for p in parties if p is not None and p.text.startswith(name))
    assert party.country not in ("AFG", "GBR", "ETH"), party


# (sentence, the organisation's country): initials in capitals keep their organisation
GROUPS = [
    ("The ANA attacked Taliban positions.", "AFG"),
    ("The IRA bombed a barracks.", "GBR"),
    ("The OLA ambushed a police convoy.", "ETH"),
    ("Fighters from the IRA attacked a police station.", "GBR"),
]


@pytest.mark.parametrize("text, country", GROUPS)
def test_actor_initials_in_capitals_keep_their_organisation(some_events_in, text, country):
    sources = [e.source for e in some_events_in(text) if e.source is not None]
    assert any(s.country == country for s in sources), sources
