"""People joined by "and" whose acts are not split one event each are one party named by all
of them, with the country they share or none; meetings, shared surnames and people of
countries known to differ keep their readings."""

from __future__ import annotations

import pytest

# (text, trigger, role, the party's name, its country)
JOINED = [
    # two full names, the second of no country the dictionary knows: no country
    ("Omar Haddad and Karim Nasser urged the council to stop the demolitions.", "urged",
     "source", "Omar Haddad and Karim Nasser", None),
    # two people of one country: its country
    ("Angela Merkel and Olaf Scholz criticised the Russian government on Monday.",
     "criticised", "source", "Angela Merkel and Olaf Scholz", "DEU"),
    # surnames told again, one of them a name the parse takes for a month
    ("US President Donald Trump spoke on Monday. Trump and May urged Assad to stop the "
     "bombing.", "urged", "source", "Donald Trump and May", None),
    # surnames told again: named by the full names the document gave
    ("Omar Haddad and Karim Nasser joined the militia in 2014. Haddad and Nasser have been "
     "stripped of their citizenship.", "stripped", "target", "Omar Haddad and Karim Nasser",
     None),
    # the recipient
    ("Protesters attacked Boris Johnson and Theresa May outside the hall.", "attacked",
     "target", "Boris Johnson and Theresa May", "GBR"),
    # a coordination the parse gives no conjuncts: each person read on their own, the
    # country they share
    ("Keir Starmer and Jeremy Corbyn criticised the BBC on Monday.", "criticised", "source",
     "Keir Starmer and Jeremy Corbyn", "GBR"),
    # titles before the names: named by the people's names alone
    ("Prime Minister Keir Starmer and Foreign Secretary David Lammy criticised Russia on "
     "Monday.", "criticised", "source", "Keir Starmer and David Lammy", "GBR"),
    # surnames the document never gives in full: named by their own words, not a namesake's
    ("Police arrested Haddad and Nasser in Paris on Tuesday.", "arrested", "target",
     "Haddad and Nasser", None),
    ("Police arrested Mr Haddad and Mr Nasser in Paris on Tuesday.", "arrested", "target",
     "Mr Haddad and Mr Nasser", None),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name", "country"), JOINED)
def test_actor_joined_people_as_one_party(event_on, text, trigger, role, name, country):
    party = getattr(event_on(text, trigger), role)
    assert party is not None and (party.name, party.country) == (name, country), party


# (text, trigger, the names of the events' actors): left as they are
KEPT = [
    # a meeting: its sides are read as before
    ("Donald Trump and Theresa May met in Washington on Monday.", "met", {"Donald Trump"}),
    # a given name sharing the next one's surname: not two full names
    ("Ed and David Miliband criticised the government.", "criticised", {"Ed"}),
    # people of countries known to differ: one event each
    ("Boris Johnson and Emmanuel Macron condemned the attack on the convoy.", "condemned",
     {"Boris Johnson", "Emmanuel Macron"}),
    # so too where the parse gives the coordination no conjuncts
    ("Keir Starmer and Emmanuel Macron criticised Russia on Monday.", "criticised",
     {"Keir Starmer", "Emmanuel Macron"}),
    ("Donald Trump and Theresa May urged Bashar al-Assad to stop the bombing of Idlib.",
     "urged", {"Donald Trump", "Theresa May"}),
]


@pytest.mark.parametrize(("text", "trigger", "names"), KEPT)
def test_actor_joined_readings_kept(events_in, text, trigger, names):
    found = {e.source.name for e in events_in(text) if e.trigger == trigger and e.source}
    assert found == names


#: Where a country the actor stage lends a party comes from: not the party's own words.
_LENT = frozenset({"document focus", "sentence focus", "nearby actor", "event place"})

# (text, trigger, role): words that join a person and something else are not people joined,
# and no joined party takes a country from the story or a neighbour
NOT_PEOPLE = [
    # an armed group the parse labels a person's name: the group keeps its own reading
    ("Omar Haddad and Tahrir al-Sham attacked the army base near Idlib.", "attacked",
     "source"),
    ("Omar Haddad and Jaish al-Adl attacked the army base near Zahedan.", "attacked",
     "source"),
    # a company's name, two surnames no one in the document bears
    ("Marks and Spencer criticised the government's tax plans on Monday.", "criticised",
     "source"),
]


@pytest.mark.parametrize(("text", "trigger", "role"), NOT_PEOPLE)
def test_actor_joined_not_people(event_on, text, trigger, role):
    party = getattr(event_on(text, trigger), role)
    assert party is not None and " and " not in (party.name or ""), party
    assert party.country_from not in _LENT | {"joined"}, party


# (text, trigger, role, the party's sector): people of different sectors are of none
SECTORS = [
    ("The report accused Vladimir Putin and Alexei Navalny of lying.", "accused", "target",
     None),
]


@pytest.mark.parametrize(("text", "trigger", "role", "sector"), SECTORS)
def test_actor_joined_sector_shared(event_on, text, trigger, role, sector):
    party = getattr(event_on(text, trigger), role)
    assert party is not None and " and " in (party.name or "") and party.sector == sector, party
