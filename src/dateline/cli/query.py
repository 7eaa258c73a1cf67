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
    DEFAULT_MODEL, MAX_NUMBER, DbOpt, ModelOpt, OutOpt, check_date, fail, output,
)

__all__ = ["events", "info"]


def events(
    db: DbOpt = Path("dateline.duckdb"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or table.")] = "jsonl",
    event_type: Annotated[str | None, typer.Option("--event-type", "--type")] = None,
    mode: Annotated[str | None, typer.Option("--mode")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO3 code.")] = None,
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    location: Annotated[str | None, typer.Option("--location")] = None,
    date_from: Annotated[str | None, typer.Option("--date-from")] = None,
    date_to: Annotated[str | None, typer.Option("--date-to")] = None,
    min_fatalities: Annotated[int | None, typer.Option("--min-fatalities", min=0,
                                                       max=MAX_NUMBER)] = None,
    q: Annotated[str | None, typer.Option("--q", help="Text in the sentence.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0, max=MAX_NUMBER)] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, max=MAX_NUMBER)] = 0,
    output_path: OutOpt = None,
) -> None:
    """List stored events (one per happening after dedupe), filtered."""
    from ..formats import render
    from ..store import EventFilter, Store

    check_date(date_from, "--date-from")
    check_date(date_to, "--date-to")
    if fmt not in ("jsonl", "csv", "table"):
        raise fail(f"--format must be jsonl, csv or table (got {fmt!r})", 2)
    flt = EventFilter(event_type=event_type, mode=mode, country=country, actor=actor,
                      location=location, date_from=date_from, date_to=date_to,
                      min_fatalities=min_fatalities, q=q, limit=limit, offset=offset)
    try:
        with Store(db, read_only=True) as store:
            found = store.events(flt)
    except DatelineError as err:
        raise fail(str(err)) from None
    if fmt == "table":
        Console().print(_table(found))
        return
    with output(output_path) as out:
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
