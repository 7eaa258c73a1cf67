"""Sectors (GOV, MIL, COP, REB …): one validated table, ``data/sectors.tsv``.

Each sector has a label for actors known only by it ("Mali military"), a family that
deduplication keeps apart (state, armed, civilian, international), the kind of party ACLED
tells apart, and traits the actor stage uses. Every other data file that names a sector is
checked against this table when it is read (:func:`check_sector`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .datafiles import data_files, data_rows, describe, per_overlay
from .errors import DataFileError

__all__ = ["Sector", "load_sectors", "check_sector", "sectors_with", "family_sectors",
           "sector_labels",
           "FAMILIES", "TRAITS", "PARTY_KINDS"]

FAMILIES = frozenset({"state", "armed", "civilian", "international"})
TRAITS = frozenset({"local", "domestic", "person", "institution"})
#: The kinds of party ACLED's codebook tells apart (data/acled/parties.tsv explains them).
PARTY_KINDS = frozenset({"forces", "state", "rebels", "militia", "rioters", "protesters",
                         "criminals", "civilians", "unknown", "none"})
_COLUMNS = ("code", "label", "family", "party", "traits", "meaning")


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    label: str | None
    family: str | None
    party: str
    traits: frozenset[str]


def _read(path: Path, into: dict[str, Sector]) -> None:
    header = False
    for lineno, row in data_rows(path):
        where = f"{describe(path)} line {lineno}"
        if not header:
            if tuple(row) != _COLUMNS:
                raise DataFileError(f"{where}: expected the header {' '.join(_COLUMNS)!r}")
            header = True
            continue
        if len(row) != len(_COLUMNS):
            raise DataFileError(f"{where}: expected {len(_COLUMNS)} tab-separated columns, "
                                f"found {len(row)}")
        code, label, family, party, traits, _ = row
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise DataFileError(f"{where}: a sector code is three capital letters, "
                                f"found {code!r}")
        if family != "-" and family not in FAMILIES:
            raise DataFileError(f"{where}: unknown family {family!r} (one of "
                                f"{', '.join(sorted(FAMILIES))} or -)")
        if party not in PARTY_KINDS:
            raise DataFileError(f"{where}: unknown party kind {party!r}")
        flags = frozenset(traits.split()) - {"-"}
        if flags - TRAITS:
            raise DataFileError(f"{where}: unknown trait {sorted(flags - TRAITS)[0]!r}")
        into.setdefault(code, Sector(code, None if label == "-" else label,
                                     None if family == "-" else family, party, flags))


@per_overlay
def load_sectors() -> dict[str, Sector]:
    """Sector code → :class:`Sector`, the user's rows first (``DATELINE_DATA_PATH``)."""
    table: dict[str, Sector] = {}
    for path in data_files("sectors.tsv"):
        _read(path, table)
    if not table:
        raise DataFileError("sectors.tsv: no sectors")
    return table


def check_sector(code: str, where: str) -> str:
    """``code`` if it is a known sector; else a :class:`DataFileError` saying ``where``."""
    if code not in load_sectors():
        raise DataFileError(f"{where}: unknown sector {code!r} (sectors are listed in "
                            "data/sectors.tsv)")
    return code


def sectors_with(trait: str) -> frozenset[str]:
    """The codes of the sectors that have ``trait`` (local, domestic, person, institution)."""
    if trait not in TRAITS:
        raise ValueError(f"unknown sector trait {trait!r}")
    return frozenset(s.code for s in load_sectors().values() if trait in s.traits)


def family_sectors(family: str) -> frozenset[str]:
    """The codes of the sectors of ``family`` ("civilian": civilians, refugees, …)."""
    return frozenset(s.code for s in load_sectors().values() if s.family == family)


#: The sectors of the state family (government, military, police, …), one set for every module.
STATE_FAMILY = family_sectors("state")
#: The sectors of forces that carry arms: a state's military, police and intelligence services,
#: and armed groups.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"}) | family_sectors("armed")


def sector_labels() -> dict[str, str]:
    """Sector code → label, for the sectors that have one."""
    return {s.code: s.label for s in load_sectors().values() if s.label}
