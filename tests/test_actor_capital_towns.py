"""A capital's name stands for its state only where the document may mean that capital: in a
report that names another country with a sizeable town of the name, and none of the capital's
own, and writes the name as a place, the name is that town (texts written for these tests)."""

from __future__ import annotations

import pytest

# (text, the trigger, the doer's name, its country, its sector)
CAPITALS = [
    # a town of the name in the country the report is about: no state acts
    ("In the Lebanese port of Tripoli, gunmen fought Sunni fighters. Tripoli condemned the "
     "attacks.", "condemned", "Tripoli", "LBN", None),
    # the capital's own country named: its government
    ("Libyan militias fought near the airport. Tripoli condemned the attacks.", "condemned",
     "Tripoli", "LBY", "GOV"),
    # both countries named: the capital keeps its reading
    ("Lebanon and Libya signed a trade deal. Tripoli condemned the attacks.", "condemned",
     "Tripoli", "LBY", "GOV"),
    # a capital that acts and is nowhere written as a place: its government, though the report
    # names a country with a town of the name
    ("American diplomats said Athens had agreed to open its harbours to the visiting fleet.",
     "agreed", "Athens", "GRC", "GOV"),
    # a capital's name the story gives a person, in the name or alone later: no state
    ("Senator John Kingston met the village elders on Monday.", "met",
     "Senator John Kingston", None, "LEG"),
    ("Mayor David Kingston was re-elected in June. On Monday, Kingston met the village elders.",
     "met", "Kingston", None, None),
    # a capital the model tags a place stays the state, though a person of that name speaks
    ("Washington imposed new tariffs on Cuba. Senator Mary Washington praised the decision.",
     "imposed", "Washington", "USA", "GOV"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "country", "sector"), CAPITALS)
def test_actor_capital_towns_reading(events_in_unfiltered, text, trigger, name, country,
                                     sector):
    source = next(e.source for e in events_in_unfiltered(text) if e.trigger == trigger)
    assert source is not None and source.text == name
    assert (source.country, source.sector) == (country, sector)
