"""Namesakes that do not make a name ambiguous: hamlets dwarfed by a major city of the name.

"Samarra" is a city of 150,000 people in Iraq and a hamlet of 136 in Spain. Counting the hamlet
as a reading makes the name look ambiguous, so that it weighs little in a report's country focus
and a country word elsewhere in the sentence ("two US soldiers") wins. A name's readings are
weighed here by population and feature class: a populated place far smaller than the largest
city of the name (by ``DWARF_RATIO`` or more) is no real alternative to it; regions, countries
and curated places always stay readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import Entry

__all__ = ["DWARF_RATIO", "MAJOR_POPULATION", "readings", "reading_countries"]

#: A city of at least this many people makes its tiny namesakes no real alternative.
MAJOR_POPULATION = 50_000
#: A namesake town this many times smaller than the major city is dwarfed by it.
DWARF_RATIO = 100


def readings(cands: Sequence[Entry]) -> list[Entry]:
    """The candidates a name may really stand for: all of them but the towns dwarfed by a
    major city of the same name."""
    cities = [c for c in cands if c.kind == "city"]
    if len(cities) < 2:
        return list(cands)
    top = max(cities, key=lambda c: c.population)
    if top.population < MAJOR_POPULATION:
        return list(cands)
    return [c for c in cands
            if c is top or c.kind != "city" or c.population * DWARF_RATIO > top.population]


def reading_countries(cands: Sequence[Entry]) -> set[str | None]:
    """The countries of a name's real readings."""
    return {c.country for c in readings(cands)}
