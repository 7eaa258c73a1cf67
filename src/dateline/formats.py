"""Rendering events at the edge: JSON lines, CSV, and the formats registered by ``export``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .records import Event

__all__ = ["FORMATS", "register", "render", "flat_row", "FLAT_COLUMNS"]

#: A writer takes events and returns lines of text (without trailing newlines).
Writer = Callable[[Iterable[Event]], Iterator[str]]
FORMATS: dict[str, Writer] = {}


def register(name: str) -> Callable[[Writer], Writer]:
    def deco(fn: Writer) -> Writer:
        FORMATS[name] = fn
        return fn

    return deco


@register("jsonl")
def _jsonl(events: Iterable[Event]) -> Iterator[str]:
    for e in events:
        yield json.dumps(e.to_dict(), ensure_ascii=False)


FLAT_COLUMNS = (
    "event_id", "doc_id", "event_type", "mode", "status", "cameo_root", "acled_event_type",
    "acled_sub_event_type", "source_text", "source_name", "source_country", "source_sector",
    "target_text", "target_name", "target_country", "target_sector", "location", "country",
    "admin1", "lat", "lon", "geo_precision", "date", "date_precision", "fatalities", "injuries",
    "attribution", "n_sources", "sources", "sentence", "char_start", "char_end",
)


def flat_row(e: Event) -> dict[str, Any]:
    s, t, loc = e.source, e.target, e.location
    return {
        "event_id": e.event_id, "doc_id": e.doc_id, "event_type": e.event_type, "mode": e.mode,
        "status": e.status, "cameo_root": e.cameo_root, "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type,
        "source_text": s.text if s else None, "source_name": s.name if s else None,
        "source_country": s.country if s else None, "source_sector": s.sector if s else None,
        "target_text": t.text if t else None, "target_name": t.name if t else None,
        "target_country": t.country if t else None, "target_sector": t.sector if t else None,
        "location": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None, "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None, "geo_precision": loc.precision if loc else None,
        "date": e.date, "date_precision": e.date_precision, "fatalities": e.fatalities,
        "injuries": e.injuries, "attribution": e.attribution, "n_sources": e.n_sources,
        "sources": ";".join(e.sources or (e.doc_id,)), "sentence": e.sentence,
        "char_start": e.char_start, "char_end": e.char_end,
    }


@register("csv")
def _csv(events: Iterable[Event]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    yield buf.getvalue().rstrip("\n")
    for e in events:
        buf.seek(0)
        buf.truncate()
        writer.writerow(flat_row(e))
        yield buf.getvalue().rstrip("\n")


def render(events: Iterable[Event], fmt: str) -> Iterator[str]:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        from .errors import ConfigError

        raise ConfigError(
            f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}") from None
    return writer(events)
