"""Demonyms and other names of countries, one table (``data/demonyms.tsv``) read by the actor
dictionary and by place resolution, each taking the rows meant for it."""

from __future__ import annotations

from .datafiles import per_overlay, table_rows
from .errors import DataFileError

__all__ = ["load_demonyms", "USES"]

USES = frozenset({"both", "actors", "people", "places"})


@per_overlay
def _rows() -> tuple[tuple[str, str, str], ...]:
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for where, (name, iso3, use) in table_rows("demonyms.tsv", ("name", "country", "use")):
        if not name or len(iso3) != 3 or not iso3.isupper():
            raise DataFileError(f"{where}: expected a name and an ISO3 code")
        if use not in USES:
            raise DataFileError(f"{where}: use must be one of {', '.join(sorted(USES))}")
        if name.lower() not in seen:  # the user's row first: it wins
            seen.add(name.lower())
            out.append((name, iso3, use))
    return tuple(out)


#: The uses each reader takes: a people's plural name ("Turks") is the actor dictionary's too.
_READS = {"actors": ("actors", "both", "people"), "places": ("places", "both"),
          "people": ("people",)}


def load_demonyms(reader: str) -> list[tuple[str, str]]:
    """(name, ISO3) of the rows for ``reader`` ("actors", "places", or "people": the plural
    names of a people, which name its members, not its state), in the table's order."""
    if reader not in _READS:
        raise ValueError(f"unknown demonym reader {reader!r}")
    return [(name, iso3) for name, iso3, use in _rows() if use in _READS[reader]]
