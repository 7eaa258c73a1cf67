"""States as they were on the date of a report: a state that became independent on a date
was part of another before it ("Juba" in 2005 was Sudan's; ``actors/state_eras.tsv``). An
actor given the younger state's country, by its words or a place, is of the state it was then
part of when the report is older than the state."""

from __future__ import annotations

from dataclasses import replace

from .actor_dictionary import load_dictionary
from .datafiles import is_iso3, per_overlay, table_rows
from .errors import DataFileError
from .records import Actor

__all__ = ["state_eras", "state_then"]


@per_overlay
def state_eras() -> dict[str, tuple[str, str]]:
    """ISO3 of a state -> (the first day of its independence, ISO3 of the state it was part
    of before)."""
    eras: dict[str, tuple[str, str]] = {}
    for where, (iso, since, before) in table_rows("actors/state_eras.tsv",
                                                  ("country", "since", "part_of")):
        if not (is_iso3(iso) and is_iso3(before)) or \
                len(since) != 10 or since[4] != "-" or since[7] != "-":
            raise DataFileError(f"{where}: expected 'ISO3<TAB>YYYY-MM-DD<TAB>ISO3'")
        eras.setdefault(iso, (since, before))
    return eras


def state_then(actor: Actor | None, date: str | None) -> Actor | None:
    """``actor`` of the state its country was part of on ``date``, when that is before the
    country's independence."""
    if actor is None or actor.country is None or not date:
        return actor
    era = state_eras().get(actor.country)
    if era is None or date[:10] >= era[0]:
        return actor
    names = load_dictionary().country_names
    young, old = names.get(actor.country, actor.country), names.get(era[1], era[1])
    name = actor.name
    if name is not None and (name == young or name.startswith(young + " ")):
        name = old + name[len(young):]  # "South Sudan civilians": "Sudan civilians"
    return replace(actor, country=era[1], name=name)
