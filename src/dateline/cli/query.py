"""``dateline events`` (stored events, filtered) and ``dateline info`` (versions)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..errors import DatelineError
from ..records import Event
from .options import (
    DEFAULT_MODEL, ActorOpt, CountryOpt, DateFromOpt, DateToOpt, DbOpt, EventTypeOpt, LimitOpt,
    LocationOpt, MinFatalitiesOpt, ModelOpt, ModeOpt, OffsetOpt, OutOpt, QOpt, event_filter,
    fail, output,
)

__all__ = ["events", "info"]


def events(
    db: DbOpt = Path("dateline.duckdb"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or table.")] = "jsonl",
    event_type: EventTypeOpt = None,
    mode: ModeOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    location: LocationOpt = None,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    min_fatalities: MinFatalitiesOpt = None,
    q: QOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    output_path: OutOpt = None,
) -> None:
    """List stored events (one per happening after dedupe), filtered."""
    from ..formats import render
    from ..store import Store

    flt = event_filter(event_type=event_type, mode=mode, country=country, actor=actor,
                       location=location, date_from=date_from, date_to=date_to,
                       min_fatalities=min_fatalities, q=q, limit=limit, offset=offset)
    if fmt not in ("jsonl", "csv", "table"):
        raise fail(f"--format must be jsonl, csv or table (got {fmt!r})", 2)
    try:
        with Store(db, read_only=True) as store:
            found = store.events(flt)
    except DatelineError as err:
        raise fail(str(err)) from None
    with output(output_path) as out:
        if fmt == "table":  # to a file at a fixed width, to a terminal at its own
            Console(file=out, width=None if output_path is None else 160).print(_table(found))
            return
        for line in render(found, fmt):
            out.write(line + "\n")


def _table(found: list[Event]) -> Table:
    table = Table(show_lines=False)
    for col in ("date", "type", "mode", "status", "source", "target", "location", "fat.", "n"):
        table.add_column(col)
    for e in found:
        table.add_row(
            e.date or "", e.event_type, e.mode or "", e.status,
            (e.source.name or e.source.text) if e.source else "",
            (e.target.name or e.target.text) if e.target else "",
            e.location.name if e.location else "",
            "" if e.fatalities is None else str(e.fatalities), str(e.n_sources),
        )
    return table


def info(fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
         model: ModelOpt = DEFAULT_MODEL) -> None:
    """Versions of dateline, its model and its data."""
    from ..info import collect_info

    data = collect_info(model)
    if fmt == "json":
        typer.echo(json.dumps(data, indent=2))
    elif fmt == "text":
        for k, v in data.items():
            typer.echo(f"{k}: {v}")
    else:
        raise fail(f"--format must be text or json (got {fmt!r})", 2)
