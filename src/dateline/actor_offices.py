"""The country of an office or a body that only one state's system, or a few states', has
("the home secretary", "the shadow chancellor", "the Knesset"), said with no country word: the
report's country when it is one of them, else the one where the title most often names one
(``actors/office_countries.tsv``)."""

from __future__ import annotations

import re

from .actor_bodies import country_readings, read_for
from .datafiles import per_overlay

__all__ = ["office_country"]

_READINGS = frozenset({"default", "also"})
_DEFAULT = frozenset({"default"})


@per_overlay
def _offices() -> tuple[dict[str, dict[str, str]], re.Pattern[str] | None]:
    """Title → ISO3 → its reading there, and a pattern finding the titles."""
    table = country_readings("actors/office_countries.tsv", "title", _READINGS)
    if not table:
        return table, None
    longest_first = sorted(table, key=len, reverse=True)
    return table, re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")


def office_country(words: str, focus: str | None) -> str | None:
    """The ISO3 of the state whose office or body ``words`` name ("the shadow home secretary,
    Diane Abbott"; a former holder's too), ``focus`` being the country the report is about;
    ``None`` when they name none of the table's."""
    table, pattern = _offices()
    low = " ".join(words.lower().split())
    hit = pattern.search(low) if pattern is not None else None
    if hit is None:
        return None
    found = read_for(table[hit.group(0)], focus, _DEFAULT)
    return found[0] if found is not None else None
