"""Groups that hold ground in several states ("Islamic State" in Iraq and in Syria): an act of
one in one of those states is its branch's there, of that state's country, not the country the
group is filed under (``actors/group_branches.tsv``)."""

from __future__ import annotations

import re
from dataclasses import replace

from .actor_dictionary import load_dictionary

from .datafiles import is_iso3, per_overlay, table_rows
from .errors import DataFileError
from .records import Actor

__all__ = ["branch_countries", "in_branch"]

_WORD = re.compile(r"[a-z]+")


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


def in_branch(actor: Actor | None, place: str | None, focus: str | None = None
              ) -> Actor | None:
    """``actor`` of the state ``place`` (the event's place's country) when it is a group that
    holds ground there and is filed under another of its states; where its act has no place
    ("Isis's executions"), of the state the report is about (``focus``) when the group holds
    ground there: a report about Syria tells of the group's Syrian branch. A place outside its
    states (an attack abroad) says nothing of the branch, and neither place nor report moves a
    group whose own words name its state ("Egypt's Muslim Brotherhood")."""
    if actor is None or actor.name is None:
        return actor
    groups = _groups_of(actor)
    if not groups or _names_a_state(actor):
        return actor
    for iso, where in ((place, "event place"), (focus if place is None else None,
                                                "document focus")):
        if iso is not None and any(iso in isos for isos in groups):
            return actor if actor.country == iso else \
                replace(actor, country=iso, country_from=where)
    return actor


def _groups_of(actor: Actor) -> list[frozenset[str]]:
    """The states of each multi-state group ``actor`` names ("Islamic State fighters"), when
    it is of one of them or of none ("a British Isis member" is their own state's)."""
    name = (actor.name or "").lower()
    return [isos for group, isos in branch_countries().items()
            if (name == group or name.startswith(group + " ")) and
            actor.country in (None, *isos)]


def _names_a_state(actor: Actor) -> bool:
    """Whether the actor's words before the group's name name a country or its people
    ("Egypt's Muslim Brotherhood", "Iraqi Islamic State fighters"; not "Islamic State in
    Syria", where the place is the act's)."""
    countries = load_dictionary().countries
    text = actor.text.lower()
    first = _WORD.search((actor.name or "").lower())
    at = text.find(first.group()) if first else -1
    words = _WORD.findall(text[:at]) if at > 0 else []
    return any(" ".join(words[i:j]) in countries
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))
