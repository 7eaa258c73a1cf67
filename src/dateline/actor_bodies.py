"""The country of a national body named by a name several states give theirs ("Congress"),
said with no country word: the report's country when its body bears the name, else the one
where the name most often names one (``actors/body_names.tsv``): "Congress", "Labour"."""

from __future__ import annotations

from .datafiles import per_overlay, table_rows
from .errors import DataFileError

__all__ = ["body_names", "country_readings", "read_for", "shared_body"]

_SECTORS = {"legislature": "LEG", "default": "LEG", "party": "PTY", "default party": "PTY"}
_READINGS = frozenset(_SECTORS)
#: The readings that name the country a name most often names a body of.
_DEFAULTS = frozenset({"default", "default party"})


def country_readings(rel: str, first: str, readings: frozenset[str]) -> dict[str, dict[str, str]]:
    """A table of names several states' bodies or offices bear (columns ``first``, country,
    reading; ``rel`` under the data folders): name (lower case, single-spaced) → ISO3 → its
    reading there, one of ``readings``."""
    names: dict[str, dict[str, str]] = {}
    for where, (name, iso, reading) in table_rows(rel, (first, "country", "reading")):
        if reading not in readings:
            raise DataFileError(f"{where}: reading {reading!r} is not one of "
                                f"{', '.join(sorted(readings))}")
        names.setdefault(" ".join(name.lower().split()), {})[iso] = reading
    return names


def read_for(readings: dict[str, str], focus: str | None,
             defaults: frozenset[str]) -> tuple[str, str] | None:
    """(ISO3, reading) of the state a name several states bear stands for (``readings``: a row
    of :func:`country_readings`): the report's country ``focus`` when it is one of them, else
    the first whose reading is one of ``defaults``; ``None`` when neither."""
    if focus is not None and focus in readings:
        return focus, readings[focus]
    return next(((c, r) for c, r in readings.items() if r in defaults), None)


@per_overlay
def _body_names() -> dict[str, dict[str, str]]:
    return country_readings("actors/body_names.tsv", "name", _READINGS)


def body_names() -> frozenset[str]:
    """The names the table holds, lower-cased."""
    return frozenset(_body_names())


def shared_body(words: list[str], focus: str | None) -> tuple[str, str] | None:
    """(ISO3, sector) of the body a bare name stands for (``words``: the actor's words, an
    article before the name allowed; ``focus``: the country the report is about), or ``None``
    when the words are no such name."""
    said = [w for w in words if w.lower() != "the"]
    if len(said) != 1 or not said[0][:1].isupper():
        return None  # "a congress of teachers", "the US Congress"
    readings = _body_names().get(said[0].lower())
    if not readings:
        return None
    found = read_for(readings, focus, _DEFAULTS)
    return (found[0], _SECTORS[found[1]]) if found is not None else None
