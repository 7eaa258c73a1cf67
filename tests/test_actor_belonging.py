"""An apposition naming a body the actor belongs to or deals with does not make the actor that
body's ("Turkey, a Nato member"); one saying whom a person acts for does ("the UN relief
coordinator")."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's country, why)
BELONGING = [
    ("Turkey, a Nato member, shelled the border villages.", "shelled", "TUR",
     "a state, then its alliance's member noun"),
    ("Hungary, an EU member state, vetoed the sanctions.", "vetoed", "HUN",
     "a member state of a union"),
    ("Jordan, a member of the Arab League, condemned the raid.", "condemned", "JOR",
     "member of an organisation"),
    ("A Nato member, Turkey, shelled the border villages.", "shelled", "TUR",
     "the member noun first, the state's name in apposition"),
    ("Kenzo Oshima, the UN relief coordinator, condemned the raid.", "condemned", "IGO",
     "a person's office in an organisation: acts for it"),
]


@pytest.mark.parametrize("text, trigger, country, why", BELONGING)
def test_actor_belonging_apposition_not_the_actors_body(event_on, text, trigger, country, why):
    e = event_on(text, trigger)
    assert e.source is not None and e.source.country == country, why


# (text, trigger, role, the party's name, why)
MEMBERS_KEPT = [
    ("Peter Grant, a member of parliament, was attacked outside his office.", "attacked",
     "target", "Peter Grant", "a person a member of a body: the person"),
    ("Omar Haddad, a member of Hamas, was arrested by Israeli troops.", "arrested", "target",
     "Omar Haddad", "a person a member of a group: the person"),
]


@pytest.mark.parametrize("text, trigger, role, name, why", MEMBERS_KEPT)
def test_actor_belonging_person_members_kept(event_on, text, trigger, role, name, why):
    actor = getattr(event_on(text, trigger), role)
    assert actor is not None and actor.name == name, why


# (text, the actor's first word, why)
SPANS_KEPT = [
    ("Government allies Iran and Russia and rebel backer Turkey agreed a truce.", "allies",
     "an ally noun's names in apposition: not cut to one of them"),
    ("The militia, an ally of Iran, shelled the town.", "militia",
     "a relation is no membership"),
]


@pytest.mark.parametrize("text, head, why", SPANS_KEPT)
def test_actor_belonging_relations_leave_the_span(nlp, text, head, why):
    from dateline.actor_belonging import without_belonging
    doc = nlp(text)
    root = next(t for t in doc if t.text == head)
    core = doc[root.left_edge.i:root.right_edge.i + 1]
    assert without_belonging(core) == core, why
