"""Rendering events at the edge: JSON lines, CSV, and the formats registered by ``export``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .records import FLAT_TAIL, Event
from .schema import flat_columns, flat_values

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


FLAT_COLUMNS = flat_columns(Event, FLAT_TAIL)


def flat_row(e: Event) -> dict[str, Any]:
    """The event as one row of a flat table (CSV, data frames, Parquet)."""
    values = flat_values(e)
    return {c: values[c] for c in FLAT_COLUMNS}


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
