"""A major city outweighs its tiny namesakes abroad: the name is not ambiguous."""

from __future__ import annotations

import pytest

from dateline.gazetteer import Entry
from dateline.place_prominence import reading_countries, readings
from test_locate_scenes import _locate


def _town(country: str, population: int, kind: str = "city") -> Entry:
    return Entry(index=population, name="Samarra", kind=kind, country=country, admin1=None,
                 lat=0.0, lon=0.0, population=population, geonameid=None)


@pytest.mark.parametrize(("cands", "countries"), [
    # a city of 150,000 and a hamlet of 136: one reading
    ([_town("ESP", 136), _town("IRQ", 158_508)], {"IRQ"}),
    # two towns of like size stay two readings
    ([_town("LBY", 201_943), _town("SYR", 775_404)], {"LBY", "SYR"}),
    # a region of the name stays a reading, however few people the gazetteer gives it
    ([_town("PSE", 410_000), _town("MOZ", 0, "admin1")], {"PSE", "MOZ"}),
    # small towns only: no city to outweigh the others
    ([_town("USA", 3_000), _town("GBR", 20)], {"USA", "GBR"}),
])
def test_place_prominence_readings(cands, countries):
    assert reading_countries(cands) == countries
    assert len(readings(cands)) == len(countries)


@pytest.mark.parametrize("text", [
    # a country word of the sentence does not outweigh a city whose namesake is a hamlet
    "A roadside bomb near Samarra killed two US soldiers on Tuesday.",
    "Washington has long debated the war. A bomb killed two US soldiers in Samarra.",
])
def test_place_prominence_city_over_country_word(nlp, text):
    place, _ = _locate(nlp, text, "killed", "ASSAULT")
    assert place is not None and place.country == "IRQ"
