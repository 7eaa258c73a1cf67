"""Stage ``actors``: canonical actors with country and sector from the actor dictionary."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_actor", "ActorDictionary", "load_dictionary"]


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    countries: dict[str, str]  # lower-cased name or demonym -> ISO3
    agents: dict[str, str]  # lower-cased head noun -> sector


def _data(name: str) -> Path:
    return Path(str(resources.files("dateline") / "data" / "actors" / name))


def _read_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")),
                              delimiter="\t"):
            if len(row) >= 2:
                out[row[0].strip().lower()] = row[1].strip()
    return out


@lru_cache(maxsize=1)
def load_dictionary() -> ActorDictionary:
    import pycountry

    countries: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                countries[name.lower()] = c.alpha_3
    return ActorDictionary(countries=countries, agents=_read_tsv(_data("agents.tsv")))


def resolve_actor(doc: Doc, span: tuple[int, int], base: int = 0) -> Actor:
    """The canonical actor for the tokens ``span`` of ``doc``; ``base`` offsets characters."""
    d = load_dictionary()
    toks = doc[span[0]:span[1]]
    text = toks.text
    country = None
    sector = None
    for tok in toks:
        low = tok.text.lower()
        if country is None:
            country = d.countries.get(low)
        if tok.i == toks.root.i:
            sector = d.agents.get(tok.lemma_.lower()) or d.agents.get(low)
    name = text if country is None and sector is None else " ".join(
        p for p in (country, sector) if p
    )
    return Actor(
        text=text, name=name, country=country, sector=sector, parent=None,
        char_start=base + toks.start_char, char_end=base + toks.end_char,
    )
