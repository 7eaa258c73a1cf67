"""Exports in the formats analysts already use: ACLED-style CSV, PLOVER JSONL, CAMEO/Phoenix TSV,
Parquet. The ``acled`` and ``plover`` writers are also line formats of ``dateline extract``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError, StoreError
from .formats import flat_row, register
from .records import Actor, Event

__all__ = ["ACLED_COLUMNS", "CAMEO_COLUMNS", "acled_row", "plover_record", "cameo_row",
           "export", "EXPORT_FORMATS"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
CAMEO_COLUMNS = (
    "event_id", "date", "year", "month", "day", "source_actor", "source_country",
    "source_sector", "target_actor", "target_country", "target_sector", "cameo_root",
    "quad_class", "plover_type", "plover_mode", "status", "location", "latitude", "longitude",
    "country", "doc_id", "sources", "sentence",
)
EXPORT_FORMATS = ("acled", "plover", "cameo", "parquet")

# ACLED interaction codes by actor sector.
_INTER = {"MIL": 1, "COP": 1, "GOV": 1, "SPY": 1, "JUD": 1, "LEG": 1, "REB": 2, "UAF": 3,
          "PTY": 3, "OPP": 6, "CVL": 7, "EDU": 7, "LAB": 6, "MED": 7, "JRN": 7, "NGO": 7,
          "REL": 4, "BUS": 7, "AGR": 7, "IGO": 8, "CRM": 3}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence",
             "Protests": "Demonstrations", "Riots": "Political violence; Demonstrations",
             "Strategic developments": "Strategic developments"}
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_REGIONS = {  # ISO3 → ACLED region, for the countries most present in conflict reporting
    **dict.fromkeys(("ISR", "PSE", "LBN", "SYR", "IRQ", "IRN", "JOR", "YEM", "SAU", "ARE", "QAT",
                     "KWT", "BHR", "OMN", "TUR", "EGY"), "Middle East"),
    **dict.fromkeys(("AFG", "PAK", "IND", "BGD", "NPL", "LKA", "BTN", "MDV"), "South Asia"),
    **dict.fromkeys(("MLI", "BFA", "NER", "NGA", "GHA", "SEN", "GIN", "CIV", "TGO", "BEN", "SLE",
                     "LBR", "GMB", "GNB", "MRT", "CPV"), "Western Africa"),
    **dict.fromkeys(("SOM", "ETH", "KEN", "UGA", "SSD", "ERI", "DJI", "TZA", "RWA", "BDI", "MOZ",
                     "MDG", "MWI", "ZMB", "ZWE"), "Eastern Africa"),
    **dict.fromkeys(("SDN", "LBY", "TUN", "DZA", "MAR"), "Northern Africa"),
    **dict.fromkeys(("COD", "CAF", "CMR", "TCD", "COG", "GAB", "GNQ", "AGO"), "Middle Africa"),
    **dict.fromkeys(("ZAF", "NAM", "BWA", "LSO", "SWZ"), "Southern Africa"),
    **dict.fromkeys(("UKR", "RUS", "BLR", "MDA", "POL", "ROU", "HUN", "SRB", "BIH", "XKX"),
                    "Europe"),
    **dict.fromkeys(("ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "UZB", "TKM"),
                    "Caucasus and Central Asia"),
    **dict.fromkeys(("MMR", "THA", "PHL", "IDN", "MYS", "KHM", "LAO", "VNM"), "Southeast Asia"),
    **dict.fromkeys(("CHN", "JPN", "KOR", "PRK", "MNG", "TWN"), "East Asia"),
    **dict.fromkeys(("MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "HTI", "DOM", "CUB",
                     "JAM"), "Central America"),
    **dict.fromkeys(("COL", "VEN", "ECU", "PER", "BOL", "BRA", "ARG", "CHL", "PRY", "URY"),
                    "South America"),
    **dict.fromkeys(("USA", "CAN"), "North America"),
}


@lru_cache(maxsize=512)
def _country(iso3: str | None) -> tuple[str | None, int | None]:
    """(English name, ISO numeric) of an ISO3 code."""
    if not iso3:
        return None, None
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3, None
    return getattr(c, "common_name", None) or c.name, int(c.numeric)


def _actor_name(a: Actor | None) -> str:
    if a is None:
        return ""
    return a.name or a.text


def acled_row(e: Event) -> dict[str, Any]:
    loc = e.location
    country_code = (loc.country if loc else None) or (e.source.country if e.source else None)
    country, iso = _country(country_code)
    inter1 = _INTER.get(e.source.sector or "", 0) if e.source else 0
    inter2 = _INTER.get(e.target.sector or "", 0) if e.target else 0
    year = e.date[:4] if e.date else ""
    civ = "Civilian targeting" if (e.target and e.target.sector == "CVL" and
                                   e.acled_event_type == "Violence against civilians") else ""
    return {
        "event_id_cnty": e.event_id,
        "event_date": e.date or "",
        "year": year,
        "time_precision": _PRECISION.get(e.date_precision or "", 3) if e.date else "",
        "disorder_type": _DISORDER.get(e.acled_event_type or "", ""),
        "event_type": e.acled_event_type or "",
        "sub_event_type": e.acled_sub_event_type or "",
        "actor1": _actor_name(e.source),
        "assoc_actor_1": e.source.parent or "" if e.source else "",
        "inter1": inter1,
        "actor2": _actor_name(e.target),
        "assoc_actor_2": e.target.parent or "" if e.target else "",
        "inter2": inter2,
        "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2
        else inter1 * 10 if inter1 else inter2 * 10,
        "civilian_targeting": civ,
        "iso": iso or "",
        "region": _REGIONS.get(country_code or "", ""),
        "country": country or "",
        "admin1": loc.admin1 or "" if loc else "",
        "admin2": "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": loc.precision or "" if loc else "",
        "source": "; ".join(e.outlets or e.sources or (e.doc_id,)),
        "source_scale": "",
        "notes": e.sentence,
        "fatalities": e.fatalities or 0,
        "tags": f"dateline:{e.event_type}" + (f":{e.mode}" if e.mode else "")
        + (f"; status={e.status}" if e.status != "actual" else ""),
        "timestamp": int(dt.datetime.now(dt.UTC).timestamp()),
    }


def plover_record(e: Event) -> dict[str, Any]:
    """An event in the PLOVER JSON layout (actor/recipient naming of the PLOVER manual)."""
    def actor(a: Actor | None) -> dict[str, Any] | None:
        if a is None:
            return None
        return {k: v for k, v in a.to_dict().items() if k not in ("char_start", "char_end")}

    loc = e.location
    return {
        "id": e.event_id, "date": e.date, "date_precision": e.date_precision,
        "event_type": e.event_type, "mode": e.mode, "context": None, "status": e.status,
        "actor": actor(e.source), "recipient": actor(e.target),
        "event_loc": loc.to_dict() if loc else None, "fatalities": e.fatalities,
        "injuries": e.injuries, "cameo_root": e.cameo_root,
        "acled": {"event_type": e.acled_event_type, "sub_event_type": e.acled_sub_event_type},
        "attribution": e.attribution, "doc_id": e.doc_id, "sources": list(e.sources or
                                                                         (e.doc_id,)),
        "text": e.sentence, "char_start": e.char_start, "char_end": e.char_end,
    }


def _quad(root: str | None) -> int | str:
    if not root:
        return ""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def cameo_row(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_id": e.event_id, "date": e.date or "", "year": (e.date or "")[:4],
        "month": (e.date or "")[5:7], "day": (e.date or "")[8:10],
        "source_actor": _actor_name(e.source), "source_country": e.source.country or ""
        if e.source else "", "source_sector": e.source.sector or "" if e.source else "",
        "target_actor": _actor_name(e.target), "target_country": e.target.country or ""
        if e.target else "", "target_sector": e.target.sector or "" if e.target else "",
        "cameo_root": e.cameo_root or "", "quad_class": _quad(e.cameo_root),
        "plover_type": e.event_type, "plover_mode": e.mode or "", "status": e.status,
        "location": loc.name if loc else "", "latitude": "" if not loc or loc.lat is None
        else loc.lat, "longitude": "" if not loc or loc.lon is None else loc.lon,
        "country": loc.country or "" if loc else "", "doc_id": e.doc_id,
        "sources": ";".join(e.sources or (e.doc_id,)), "sentence": " ".join(e.sentence.split()),
    }


def _csv_lines(rows: Iterable[dict[str, Any]], columns: tuple[str, ...],
               delimiter: str = ",") -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    yield buf.getvalue().rstrip("\n")
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(row)
        yield buf.getvalue().rstrip("\n")


@register("acled")
def _acled_lines(events: Iterable[Event]) -> Iterator[str]:
    return _csv_lines((acled_row(e) for e in events), ACLED_COLUMNS)


@register("plover")
def _plover_lines(events: Iterable[Event]) -> Iterator[str]:
    for e in events:
        yield json.dumps(plover_record(e), ensure_ascii=False)


@register("cameo")
def _cameo_lines(events: Iterable[Event]) -> Iterator[str]:
    return _csv_lines((cameo_row(e) for e in events), CAMEO_COLUMNS, delimiter="\t")


def _parquet(events: Iterable[Event], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(e) for e in events]
    table = pa.Table.from_pylist(rows) if rows else pa.table(
        {c: pa.array([], pa.string()) for c in ("event_id", "doc_id", "event_type")})
    pq.write_table(table, out)
    return len(rows)


def export(db: str | Path, fmt: str, out: str | Path) -> int:
    """Write the deduplicated events of ``db`` to ``out`` in ``fmt``; returns the event count.

    The file is written next to ``out`` and renamed into place, so a failed export never leaves a
    half-written file behind.
    """
    from .store import Store

    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(EXPORT_FORMATS)} (got {fmt!r})")
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    with Store(db, read_only=True) as store:
        events = store.events()
    try:
        if fmt == "parquet":
            n = _parquet(events, tmp)
        else:
            writer = {"acled": _acled_lines, "plover": _plover_lines, "cameo": _cameo_lines}[fmt]
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                for line in writer(events):
                    fh.write(line + "\n")
            n = len(events)
        tmp.replace(out)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {out}: {err.strerror or err}") from err
    return n
