"""Named people joined by "and" stay one party of one event: a joint or reciprocal act ("met",
"accused each other") is done together, and a surname, title or description may be shared by
both names ("Said and Karim Benali", "Labour MPs")."""

from __future__ import annotations

import pytest

# (text, trigger, role, names that share the one party, why)
JOINED = [
    ("Peter Grant and Omar Haddad met in Leeds on Tuesday.", "met", "source",
     ("Peter Grant", "Omar Haddad"), "a joint act of two people"),
    ("Peter Grant and Omar Haddad accused each other of lying.", "accused", "source",
     ("Peter Grant", "Omar Haddad"), "a reciprocal act"),
    ("Said and Karim Benali were killed by police near Paris.", "killed", "target",
     ("Said", "Karim Benali"), "a surname shared by both names"),
    ("Labour MPs Peter Grant and Omar Haddad criticised the decision.", "criticised", "source",
     ("Peter Grant", "Omar Haddad"), "a title shared by both names"),
]


@pytest.mark.parametrize("text, trigger, role, names, why", JOINED)
def test_conjunct_people_one_party(events_in, text, trigger, role, names, why):
    found = [e for e in events_in(text) if e.trigger == trigger]
    assert len(found) == 1, why
    actor = getattr(found[0], role)
    assert actor is not None and all(n in actor.text for n in names), why
