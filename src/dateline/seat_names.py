"""The seats of government table (``data/gazetteer/seats.tsv``): names of institutions that
sit in one town ("the Kremlin", "Downing Street", "Westminster") → that town and its country.

Read by :mod:`dateline.seats` (where an institution's words are said) and by
:mod:`dateline.toponyms` (a seat's name, read as a place, lies in its own country: "Westminster"
is in London, not in Colorado).
"""

from __future__ import annotations

import re

from .datafiles import per_overlay, table_rows
from .errors import DataFileError
from .gazetteer import fold

__all__ = ["load_name_table", "load_seats", "seat_country"]


def load_name_table(rel: str, what: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The names of a table of institutions that sit in one town (``rel``, whose columns are
    ``what`` — the names, |-separated —, "city" and "country"): a pattern finding any of them in
    folded text, and folded name → (city, ISO3)."""
    import pycountry

    names: dict[str, tuple[str, str]] = {}
    for where, (name_cell, city, iso) in table_rows(rel, (what, "city", "country")):
        if not name_cell or not city or pycountry.countries.get(alpha_3=iso) is None:
            raise DataFileError(f"{where}: a {what} needs its names, its city and an ISO 3166 "
                                f"alpha-3 country code (got {iso!r})")
        for name in name_cell.split("|"):
            key = fold(name)
            if key:
                names.setdefault(key, (city, iso))
    if not names:  # (an overlay that empties the table: no pattern matching "" to look up)
        return re.compile(r"(?!)"), names
    alternatives = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), names


@per_overlay
def load_seats() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern finding any seat's name in folded text, and folded name → (city, ISO3)."""
    return load_name_table("gazetteer/seats.tsv", "seat")


def seat_country(key: str) -> str | None:
    """The ISO3 country of the seat whose folded name is ``key`` ("westminster" → GBR)."""
    found = load_seats()[1].get(key)
    return found[1] if found is not None else None
