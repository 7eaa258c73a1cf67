"""Event lexicons kept as data: verb and noun triggers mapped to PLOVER, CAMEO and ACLED."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DataFileError

__all__ = ["Sense", "Lexicon", "load_lexicon", "PLOVER_TYPES"]

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word."""

    lemma: str
    event_type: str
    mode: str | None
    cameo_root: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]


def _data_path(name: str) -> Path:
    return Path(str(resources.files("dateline") / "data" / "lexicon" / name))


def _read_senses(path: Path) -> dict[str, tuple[Sense, ...]]:
    table: dict[str, list[Sense]] = {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t")
        for lineno, row in enumerate(rows, start=1):
            row = [c.strip() for c in row] + [""] * (6 - len(row))
            lemma, etype, mode, cameo, acled, acled_sub = row[:6]
            if etype not in PLOVER_TYPES:
                raise DataFileError(f"{path.name} row {lineno}: unknown PLOVER type {etype!r}")
            if cameo and not (cameo.isdigit() and len(cameo) == 2):
                raise DataFileError(f"{path.name} row {lineno}: CAMEO root must be two digits")
            table.setdefault(lemma.lower(), []).append(
                Sense(lemma.lower(), etype, mode or None, cameo or None, acled or None,
                      acled_sub or None)
            )
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    light = _data_path("light_verbs.txt").read_text(encoding="utf-8").split("\n")
    return Lexicon(
        verbs=_read_senses(_data_path("verbs.tsv")),
        nouns=_read_senses(_data_path("nouns.tsv")),
        light_verbs=frozenset(w.strip() for w in light if w.strip() and not w.startswith("#")),
    )
