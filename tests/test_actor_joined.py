"""People joined by "and" whose acts are not split one event each are one party named by all
of them, with the country they share or none; meetings, shared surnames and people of
countries known to differ keep their readings."""

from __future__ import annotations

import pytest

# (text, trigger, role, the party's name, its country)
JOINED = [
    # two full names, the second of no country known: no country, not the first one's
    ("Donald Trump and Theresa May urged Bashar al-Assad to stop the bombing of Idlib.",
     "urged", "source", "Donald Trump and Theresa May", None),
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
]


@pytest.mark.parametrize(("text", "trigger", "names"), KEPT)
def test_actor_joined_readings_kept(events_in, text, trigger, names):
    found = {e.source.name for e in events_in(text) if e.trigger == trigger and e.source}
    assert found == names
