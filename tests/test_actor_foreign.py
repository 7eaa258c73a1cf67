"""Forces called foreign or serving several states take no country from the place they act in
or the report's focus; a state's office for foreign affairs, a coalition of parties or rebels,
and forces whose own words name a state keep theirs."""

from __future__ import annotations

import pytest

# (text, trigger, the actor's country, why)
FOREIGN = [
    ("Coalition jets bombed the Syrian town of Hajin on Sunday.", "bombed", None,
     "a coalition's aircraft: several states', not the place's"),
    ("Coalition forces raided a house in the Iraqi town of Tikrit.", "raided", None,
     "a coalition's troops"),
    ("Foreign troops raided a house in the Afghan town of Khost.", "raided", None,
     "troops called foreign"),
    ("US-led coalition jets bombed the Syrian town of Hajin.", "bombed", "USA",
     "the coalition's leader named in its own words"),
    ("Syrian army jets bombed the town of Hajin.", "bombed", "SYR",
     "a state's own aircraft"),
    ("The coalition's warplanes bombed a market in Saada, Yemen.", "bombed", None,
     "a coalition named as the possessor"),
    ("The army, part of a coalition fighting Isis, shelled Hajin in Syria.", "shelled", "SYR",
     "a coalition named only in an apposition: the army is the place's"),
]


@pytest.mark.parametrize("text, trigger, country, why", FOREIGN)
def test_actor_foreign_forces_of_no_place(event_on, text, trigger, country, why):
    e = event_on(text, trigger)
    assert e.source is not None and e.source.country == country, why
