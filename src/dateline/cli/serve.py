"""``dateline serve`` (API and dashboard), ``dateline export`` (analysts' formats) and
``dateline demo`` (the bundled articles, ingested and summarised)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import DatelineError
from .options import (
    ActorOpt, CountryOpt, DateFromOpt, DateToOpt, DbOpt, EventTypeOpt, LocationOpt,
    MinFatalitiesOpt, ModeOpt, ProgressOpt, QOpt, WorkersOpt, allowed_hosts, error, event_filter,
    fail, progress, progress_enabled, say, serve_db, warn_undated,
)
from .watch import DEFAULT_EVERY, EveryOpt, check_sources, report_round

__all__ = ["serve", "export", "demo"]


def serve(
    db: DbOpt = Path("dateline.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Interface to bind (local only by "
                                                      "default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="Also answer requests for this host name (repeatable; * for any). "
        "Only localhost and the bound address are answered by default, which keeps pages "
        "elsewhere from reading the API through DNS rebinding.")] = None,
    watch: Annotated[list[str] | None, typer.Option(
        "--watch", help="Also watch this feed, sitemap or page URL and add what is new "
                        "(repeatable).")] = None,
    every: EveryOpt = DEFAULT_EVERY,
) -> None:
    """Serve the REST API and the dashboard for a DuckDB file (with --watch, while adding)."""
    if watch:
        _serve_watching(db, watch, every, host, port, allow_host or ())
        return
    if not db.exists():
        raise fail(f"{db}: no such database file (run `dateline ingest` or `dateline demo`)")
    serve_db(db, host, port, allow_host or ())


def _serve_watching(db: Path, sources: list[str], every: float, host: str, port: int,
                    allow_hosts: Iterable[str]) -> None:
    check_sources(sources)
    try:
        from ..watch import serve_watching
    except ImportError as err:
        raise fail(f"the web service needs the 'serve' extra: "
                   f"pip install 'dateline[serve]' ({err})") from None
    say(f"dateline: serving {db} on http://{host}:{port}/ while watching {len(sources)} "
        f"source(s) every {every:g} s; press Ctrl-C to stop")
    try:
        serve_watching(db, sources, every=every, host=host, port=port, on_round=report_round,
                       allowed_hosts=allowed_hosts(host, allow_hosts))
    except DatelineError as err:
        raise fail(str(err)) from None


def export(
    db: DbOpt = Path("dateline.duckdb"),
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="acled, plover, cameo or parquet.")] = "acled",
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="File to write, - for stdout [default: events_acled.csv, "
        "events_plover.jsonl, events_cameo.tsv or events.parquet].")] = None,
    event_type: EventTypeOpt = None,
    mode: ModeOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    location: LocationOpt = None,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    min_fatalities: MinFatalitiesOpt = None,
    q: QOpt = None,
) -> None:
    """Export the deduplicated events in the formats analysts use, filtered as `events`."""
    from ..export import DEFAULT_NAMES, EXPORT_FORMATS
    from ..export import export as write

    if fmt not in EXPORT_FORMATS:
        raise fail(f"--format must be one of {', '.join(EXPORT_FORMATS)} (got {fmt!r})", 2)
    flt = event_filter(event_type=event_type, mode=mode, country=country, actor=actor,
                       location=location, date_from=date_from, date_to=date_to,
                       min_fatalities=min_fatalities, q=q)
    target = output or DEFAULT_NAMES[fmt]
    try:
        n = write(db, fmt, target, flt)
    except DatelineError as err:
        raise fail(str(err)) from None
    say(f"{n} event(s) written to {'stdout' if target == '-' else target} ({fmt})")


def demo(
    db: DbOpt = Path("dateline-demo.duckdb"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Then serve the dashboard.")] = False,
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: WorkersOpt = 1,
    show_progress: ProgressOpt = None,
) -> None:
    """Ingest the bundled illustrative articles and print a summary."""
    from ..info import examples_dir
    from ..ingest import ingest_paths
    from ..store import Store

    try:
        with progress(progress_enabled(show_progress), "ingesting") as tick:
            stats = ingest_paths([str(examples_dir())], db=db, workers=workers,
                                 on_progress=tick, on_error=error)
        warn_undated(stats.undated)
        with Store(db, read_only=True) as store:
            summary = store.summary()
    except DatelineError as err:
        raise fail(str(err)) from None
    console = Console()
    console.print(f"[bold]dateline demo[/]: {summary['articles']} illustrative articles, "
                  f"{summary['events']} event mentions ({summary['merged_events']} events once "
                  f"reports of the same happening are merged) in {escape(str(db))} "
                  f"({stats.added} added now, {stats.skipped} already there)")
    for key, title in (("by_type", "event type"), ("by_country", "country"),
                       ("by_month", "month")):
        table = Table(title=f"events by {title}")
        table.add_column(title)
        table.add_column("events", justify="right")
        for k, n in summary[key]:
            table.add_row(str(k), str(n))
        console.print(table)
    if serve:
        serve_db(db, "127.0.0.1", port)
    else:
        console.print(f"Explore them: dateline serve --db {escape(str(db))}  "
                      f"(then open http://127.0.0.1:{port}/)")
