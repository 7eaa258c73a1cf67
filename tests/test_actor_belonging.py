"""An apposition naming a body the actor belongs to or deals with does not make the actor that
body's ("Turkey, a Nato member"); one saying whom a person acts for does ("the UN relief
coordinator")."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's country, why)
BELONGING = [
    ("Turkey, a Nato member, shelled the border villages.", "shelled", "TUR",
     "a state, then its alliance's member noun"),
    ("The Turkish army, a Nato member, shelled the border villages.", "shelled", "TUR",
     "a state's army, then its alliance"),
    ("Turkish forces, part of the Nato alliance, shelled the border villages.", "shelled", "TUR",
     "part of an alliance"),
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
