"""A plural pronoun whose antecedent is people joined by "and" stands for all of them, named
by their full names, not for the one whose name stands nearest."""

from __future__ import annotations

import pytest

# (text, trigger, role, the name the pronoun's party must have)
JOINED = [
    # "they" in a relative clause, the antecedent the surnames told again
    ("Omar Haddad and Karim Nasser joined the militia in 2014. Haddad and Nasser have been "
     "stripped of their citizenship, and the men they are alleged to have killed included aid "
     "workers.", "killed", "source", "Omar Haddad and Karim Nasser"),
    # "their" as the owner of an act's noun, the full names a sentence before
    ("Omar Haddad and Karim Nasser were seized near the border. Their capture was announced "
     "by the army on Friday.", "capture", "target", "Omar Haddad and Karim Nasser"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), JOINED)
def test_coref_plural_people_stand_for_all(event_on_unfiltered, text, trigger, role, name):
    party = getattr(event_on_unfiltered(text, trigger), role)
    assert party is not None and party.name == name, party
