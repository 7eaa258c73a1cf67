"""A plural pronoun whose antecedent is people joined by "and" stands for all of them, named
by their full names, not for the one whose name stands nearest; it takes the country they all
have of their own or none, never one the story or a neighbour lends."""

from __future__ import annotations

import pytest

# (text, trigger, role, the name the pronoun's party must have, its country)
JOINED = [
    # "they" in a relative clause, the antecedent the surnames told again
    ("Omar Haddad and Karim Nasser left the village in 2014. Haddad and Nasser have been "
     "charged, and the guards they are alleged to have attacked were hurt.", "attacked",
     "source", "Omar Haddad and Karim Nasser", None),
    # "their" as the owner of an act's noun, the full names a sentence before
    ("Omar Haddad and Karim Nasser were seized near the border. Their capture was announced "
     "by the army on Friday.", "capture", "target", "Omar Haddad and Karim Nasser", None),
    # a member the parse labels no person's name, read by the actor stage: their country
    ("Angela Merkel and Olaf Scholz met in Paris. They criticised Russia.", "criticised",
     "source", "Angela Merkel and Olaf Scholz", "DEU"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name", "country"), JOINED)
def test_coref_plural_people_stand_for_all(event_on_unfiltered, text, trigger, role, name,
                                           country):
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is not None and (party.name, party.country) == (name, country), party


#: Where a country the actor stage lends a party comes from: not the party's own words.
_LENT = frozenset({"document focus", "sentence focus", "nearby actor", "event place"})

# (text, trigger, role): a "they" for people of two countries, or of countries not known,
# takes no country the story, its sentence or a neighbour lends
NOT_LENT = [
    ("Joe Biden and Emmanuel Macron spoke by telephone on Monday. They criticised Russia.",
     "criticised", "source"),
    ("Trump met Angela Merkel and Emmanuel Macron in Paris. They criticised Russia.",
     "criticised", "source"),
    ("Abbas and Netanyahu met on Monday. They condemned the attack.", "condemned", "source"),
    ("Joe Biden and Emmanuel Macron met in Paris on Monday. They condemned the attack on the "
     "embassy.", "condemned", "source"),
]


@pytest.mark.parametrize(("text", "trigger", "role"), NOT_LENT)
def test_coref_plural_people_lend_no_country(event_on, text, trigger, role):
    party = getattr(event_on(text, trigger), role)
    assert party is not None and party.country_from not in _LENT, party
