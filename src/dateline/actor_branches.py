"""Groups that hold ground in several states ("Islamic State" in Iraq and in Syria): an act of
one in one of those states is its branch's there, of that state's country, not the country the
group is filed under (``actors/group_branches.tsv``)."""

from __future__ import annotations

from dataclasses import replace

from .datafiles import is_iso3, per_overlay, table_rows
from .errors import DataFileError
from .records import Actor

__all__ = ["branch_countries", "in_branch"]


@per_overlay
def branch_countries() -> dict[str, frozenset[str]]:
    """Group name (as the actor dictionaries name it, lower case) -> the states it holds
    ground in (ISO3)."""
    found: dict[str, set[str]] = {}
    for where, (name, iso) in table_rows("actors/group_branches.tsv", ("name", "country")):
        if not is_iso3(iso):
            raise DataFileError(f"{where}: expected an ISO3 country code, found {iso!r}")
        found.setdefault(" ".join(name.lower().split()), set()).add(iso)
    return {name: frozenset(isos) for name, isos in found.items()}


def in_branch(actor: Actor | None, place: str | None) -> Actor | None:
    """``actor`` of the state ``place`` (the event's place's country) when it is a group that
    holds ground there and is filed under another of its states."""
    if actor is None or place is None or actor.name is None or actor.country == place:
        return actor
    name = actor.name.lower()
    if not any(place in isos and (name == group or name.startswith(group + " ")) and
               actor.country in (None, *isos)  # (not "a British Isis member": their own)
               for group, isos in branch_countries().items()):  # "Islamic State fighters"
        return actor
    return replace(actor, country=place, country_from="event place")
