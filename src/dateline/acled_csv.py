"""Events as rows of ACLED's own CSV layout, so they load and join like ACLED data.

Country names and regions are ACLED's (``data/acled/countries.tsv``), actor types and
interactions are the text labels of ACLED's current exports (``data/acled/actor_types.tsv``),
``disorder_type`` follows the sub-event type (``data/acled/disorder.tsv``). Only events with an
ACLED event type are rows: ACLED records no statements, appeals or accusations, so verbal events
are left out of the file rather than written with empty types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .code.acled import SUBTYPE_TO_TYPE, party_kind
from .datafiles import is_iso3, per_overlay, table_rows
from .errors import DataFileError
from .sectors import check_sector
from .records import Actor, Event

__all__ = ["ACLED_COLUMNS", "ACTOR_TYPES", "acled_row", "country_info", "Country"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp", "source_url",
)
#: ACLED's actor types in the order of their old numeric codes 1-8 (interactions list the lower
#: code first: "State forces-Civilians")
ACTOR_TYPES = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
               "Protesters", "Civilians", "External/Other forces")
REGIONS = frozenset({
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
    "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia",
    "Europe", "North America", "Central America", "Caribbean", "South America", "Oceania",
    "Antarctica"})
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_STATE_TYPES = frozenset({"State forces"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso: int
    name: str
    region: str


@dataclass(frozen=True, slots=True)
class _ActorType:
    kind: str | None
    sectors: frozenset[str]
    words: frozenset[str]
    inter: str


@per_overlay
def _countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    seen: set[tuple[str, str]] = set()
    for where, (iso3, iso, name, region) in table_rows("acled/countries.tsv",
                                                       ("iso3", "iso", "country", "region")):
        if not is_iso3(iso3) or not iso.isdigit() or not name:
            raise DataFileError(f"{where}: expected ISO3, ISO numeric and a name")
        if region not in REGIONS:
            raise DataFileError(f"{where}: {region!r} is not an ACLED region")
        file = where.rsplit(" line ", 1)[0]
        if (file, iso3) in seen:
            raise DataFileError(f"{where}: {iso3} listed twice")
        seen.add((file, iso3))
        out.setdefault(iso3, Country(iso3, int(iso), name, region))
    return out


def country_info(iso3: str | None) -> Country | None:
    """ACLED's name, ISO number and region for an ISO3 code (``None`` when unknown)."""
    return _countries().get(iso3 or "")


@per_overlay
def _actor_types() -> tuple[_ActorType, ...]:
    rows = []
    for where, (kind, sectors, words, inter) in table_rows("acled/actor_types.tsv",
                                                           ("kind", "sectors", "words", "inter")):
        if inter not in ACTOR_TYPES:
            raise DataFileError(f"{where}: {inter!r} is not an ACLED actor type")
        rows.append(_ActorType(None if kind == "*" else kind,
                               frozenset(check_sector(s, where) for s in sectors.split()),
                               frozenset(words.lower().split()), inter))
    return tuple(rows)


@per_overlay
def _disorder() -> dict[str, str]:
    table: dict[str, str] = {}
    for _, (sub, kind) in table_rows("acled/disorder.tsv", ("sub_event_type", "disorder_type")):
        table.setdefault(sub, kind)
    missing = set(SUBTYPE_TO_TYPE) - set(table)
    if missing:
        raise DataFileError(f"acled/disorder.tsv: no disorder type for {sorted(missing)}")
    return table


def actor_type(a: Actor | None, country: str | None) -> str:
    """ACLED's type for a party ("" for none); state forces abroad are external forces."""
    if a is None:
        return ""
    kind = party_kind(a)
    words = set((a.text or a.name or "").lower().split())
    for row in _actor_types():
        if row.kind not in (None, kind):
            continue
        if row.sectors and a.sector not in row.sectors and not (row.words & words):
            continue
        if row.words and not row.sectors and not (row.words & words):
            continue
        if row.inter in _STATE_TYPES and a.country and country and a.country != country:
            return "External/Other forces"
        return row.inter
    return "Civilians"


def _name(a: Actor | None) -> str:
    return (a.name or a.text) if a is not None else ""


def _crowd(kind: str, country: Country | None) -> str:
    """An unnamed crowd as ACLED names one: "Protesters (Kenya)"."""
    return f"{kind} ({country.name})" if country else kind


def _sides(e: Event, country: Country | None) -> tuple[str, str, str, str]:
    """(actor1, inter1, actor2, inter2) with ACLED's conventions for demonstrations: the
    demonstrators are actor1 and whoever intervenes actor2."""
    code = country.iso3 if country else None
    a1, t1 = _name(e.source), actor_type(e.source, code)
    a2, t2 = _name(e.target), actor_type(e.target, code)
    crowd = {"Protests": "Protesters", "Riots": "Rioters"}.get(e.acled_event_type or "")
    if crowd is None:
        if not a1 and _disorder().get(e.acled_sub_event_type or "") == "Political violence":
            # violence always has a perpetrator; ACLED names an unknown one so
            a1 = "Unidentified Armed Group" + (f" ({country.name})" if country else "")
            t1 = "Political militia"
        return a1, t1, a2, t2
    if t1 in ("State forces", "External/Other forces"):  # "police fired tear gas at students"
        return a2 or _crowd(crowd, country), crowd, a1, t1
    if crowd == "Protesters" and t2 not in ("State forces", "External/Other forces"):
        a2, t2 = "", ""  # what a protest is against is no party to it
    return a1 or _crowd(crowd, country), crowd, a2, t2


def _interaction(t1: str, t2: str) -> str:
    if not t1 and not t2:
        return ""
    if not t1 or not t2:
        return f"{t1 or t2} only"
    first, second = sorted((t1, t2), key=ACTOR_TYPES.index)
    return f"{first}-{second}"


def event_id_cnty(e: Event, country: Country | None) -> str:
    """ACLED-style id: the country's three-letter code and a number, stable for the event."""
    prefix = country.iso3 if country else "XXX"
    try:
        number = str(int(e.event_id, 16))
    except ValueError:
        number = e.event_id
    return f"{prefix}{number}"


def acled_row(e: Event, *, urls: tuple[str, ...] = (),
              stored_at: dt.datetime | None = None) -> dict[str, Any] | None:
    """The ACLED row of an event, or ``None`` when ACLED would not record it.

    ``urls`` are the articles reporting the event; ``stored_at`` when it was last stored (ACLED's
    ``timestamp``: the same store always exports the same value).
    """
    if not e.acled_event_type or not e.acled_sub_event_type:
        return None
    loc = e.location
    code = (loc.country if loc else None) or (e.source.country if e.source else None)
    country = country_info(code)
    actor1, inter1, actor2, inter2 = _sides(e, country)
    disorder = _disorder().get(e.acled_sub_event_type, "")
    civilians = inter2 == "Civilians" and "Political violence" in disorder
    return {
        "event_id_cnty": event_id_cnty(e, country),
        "event_date": e.date or "",
        "year": e.date[:4] if e.date else "",
        "time_precision": _PRECISION.get(e.date_precision or "", 3) if e.date else "",
        "disorder_type": disorder,
        "event_type": e.acled_event_type,
        "sub_event_type": e.acled_sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": (e.source.parent or "") if e.source else "",
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": (e.target.parent or "") if e.target else "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": country.iso if country else "",
        "region": country.region if country else "",
        "country": country.name if country else (code or ""),
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": (loc.precision or "") if loc else "",
        "source": "; ".join(e.outlets or e.sources or (e.doc_id,)),
        "source_scale": "",
        "notes": " ".join(e.sentence.split()),
        "fatalities": e.fatalities or 0,
        "tags": f"dateline:{e.event_type}" + (f":{e.mode}" if e.mode else "")
        + (f"; status={e.status}" if e.status != "actual" else ""),
        "timestamp": int(stored_at.replace(tzinfo=stored_at.tzinfo or dt.UTC).timestamp())
        if stored_at else "",
        "source_url": "; ".join(u for u in urls if u),
    }
