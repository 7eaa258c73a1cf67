"""Exports in the formats analysts already use: ACLED CSV, PLOVER JSONL, CAMEO/Phoenix TSV,
Parquet. The ``acled`` and ``plover`` writers are also line formats of ``dateline extract``.

Exports stream: events come from the store a chunk at a time through DuckDB and are written as
they come, to a file (written beside it and renamed into place) or to any open stream.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .acled_csv import ACLED_COLUMNS, acled_row
from .atomic import atomic_output
from .errors import ConfigError, WriteError
from .formats import FLAT_COLUMNS, flat_row, register
from .plover_json import plover_record, quad_of_root
from .records import Actor, Event

if TYPE_CHECKING:
    from .store import EventFilter

__all__ = ["ACLED_COLUMNS", "CAMEO_COLUMNS", "acled_row", "plover_record", "cameo_row",
           "export", "EXPORT_FORMATS", "DEFAULT_NAMES"]

CAMEO_COLUMNS = (
    "event_id", "date", "year", "month", "day", "source_actor", "source_country",
    "source_sector", "target_actor", "target_country", "target_sector", "cameo_root",
    "quad_class", "plover_type", "plover_mode", "status", "location", "latitude", "longitude",
    "country", "doc_id", "sources", "sentence",
)
EXPORT_FORMATS = ("acled", "plover", "cameo", "parquet")
#: the file an export writes when none is named
DEFAULT_NAMES = {"acled": "events_acled.csv", "plover": "events_plover.jsonl",
                 "cameo": "events_cameo.tsv", "parquet": "events.parquet"}


def _actor_name(a: Actor | None) -> str:
    if a is None:
        return ""
    return a.name or a.text


def cameo_row(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_id": e.event_id, "date": e.date or "", "year": (e.date or "")[:4],
        "month": (e.date or "")[5:7], "day": (e.date or "")[8:10],
        "source_actor": _actor_name(e.source), "source_country": e.source.country or ""
        if e.source else "", "source_sector": e.source.sector or "" if e.source else "",
        "target_actor": _actor_name(e.target), "target_country": e.target.country or ""
        if e.target else "", "target_sector": e.target.sector or "" if e.target else "",
        "cameo_root": e.cameo_root or "", "quad_class": quad_of_root(e.cameo_root) or "",
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


# what the store knows of an event beyond the event itself: its articles' URLs, when stored
_Extras = dict[str, Any]
_NONE: _Extras = {}


def _acled_rows(items: Iterable[tuple[Event, _Extras]]) -> Iterator[dict[str, Any]]:
    for e, x in items:
        row = acled_row(e, urls=tuple(x.get("urls") or ()), stored_at=x.get("stored_at"))
        if row is not None:  # events ACLED records, not statements and appeals
            yield row


def _plover_json(items: Iterable[tuple[Event, _Extras]]) -> Iterator[str]:
    for e, x in items:
        yield json.dumps(plover_record(e, urls=tuple(x.get("urls") or ())), ensure_ascii=False)


def _lines(fmt: str, items: Iterable[tuple[Event, _Extras]]) -> Iterator[str]:
    if fmt == "acled":
        return _csv_lines(_acled_rows(items), ACLED_COLUMNS)
    if fmt == "plover":
        return _plover_json(items)
    return _csv_lines((cameo_row(e) for e, _ in items), CAMEO_COLUMNS, delimiter="\t")


@register("acled")
def _acled_lines(events: Iterable[Event]) -> Iterator[str]:
    return _lines("acled", ((e, _NONE) for e in events))


@register("plover")
def _plover_lines(events: Iterable[Event]) -> Iterator[str]:
    return _lines("plover", ((e, _NONE) for e in events))


@register("cameo")
def _cameo_lines(events: Iterable[Event]) -> Iterator[str]:
    return _lines("cameo", ((e, _NONE) for e in events))


_INT_COLUMNS = frozenset({"geo_precision", "fatalities", "injuries", "n_sources", "char_start",
                          "char_end"})
_FLOAT_COLUMNS = frozenset({"lat", "lon", "confidence"})
PARQUET_COLUMNS = (*FLAT_COLUMNS, "source_url")


def _parquet_schema() -> Any:
    import pyarrow as pa

    def typ(col: str) -> Any:
        if col == "date":
            return pa.date32()
        if col in _INT_COLUMNS:
            return pa.int32()
        if col in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in PARQUET_COLUMNS])


def _parquet_row(e: Event, x: _Extras) -> dict[str, Any]:
    row = flat_row(e)
    row["date"] = dt.date.fromisoformat(e.date) if e.date else None
    row["source_url"] = "; ".join(x.get("urls") or ()) or None
    return row


def _write_parquet(items: Iterable[tuple[Event, _Extras]], sink: Any, chunk: int = 1000) -> int:
    """Row groups of ``chunk`` events: DATE dates, integer counts, text for the rest."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for e, x in items:
            batch.append(_parquet_row(e, x))
            if len(batch) == chunk:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _write(fmt: str, items: Iterable[tuple[Event, _Extras]], sink: IO[Any]) -> int:
    if fmt == "parquet":
        return _write_parquet(items, sink)
    n = 0
    for line in _lines(fmt, items):
        sink.write(line + "\n")
        n += 1
    return n - 1 if fmt in ("acled", "cameo") else n  # less the header


def export(db: str | Path, fmt: str, out: str | Path | IO[Any] | None = None,
           flt: EventFilter | None = None) -> int:
    """Write the deduplicated events of ``db`` matching ``flt`` in ``fmt``; returns how many
    were written (the ACLED file holds only the events ACLED records).

    ``out`` is a path (``None``: :data:`DEFAULT_NAMES`), or an open stream (text; binary for
    Parquet), ``-`` for stdout. A file is written whole or not at all (even on Ctrl-C), so a
    failed export never leaves a half-written file behind. Events are read from DuckDB a chunk
    at a time.
    """
    from .store import Store, event_from_row

    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(EXPORT_FORMATS)} (got {fmt!r})")
    with Store(db, read_only=True) as store:
        items = ((event_from_row(r), r) for r in store.iter_rows(flt))
        if out is not None and not isinstance(out, (str, Path)):
            return _write(fmt, items, out)
        path = Path(out if out is not None else DEFAULT_NAMES[fmt])
        try:
            with atomic_output(path, binary=fmt == "parquet") as fh:
                n = _write(fmt, items, fh)
        except OSError as err:  # a full disk while writing
            raise WriteError(f"cannot write {path}: {err.strerror or err}") from err
        return n
