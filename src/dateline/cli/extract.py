"""``dateline extract`` (events of documents, printed) and ``dateline ingest`` (stored)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import DatelineError
from ..records import Event
from .options import (
    DEFAULT_MODEL,
    BatchOpt,
    DateColOpt,
    DbOpt,
    Engine,
    EngineOpt,
    IdColOpt,
    ModelOpt,
    OutOpt,
    PathsArg,
    ProgressOpt,
    PubdateOpt,
    SchedulerOpt,
    TextColOpt,
    WorkersOpt,
    check_date,
    csv_columns,
    error,
    fail,
    load_formats,
    notes,
    output,
    progress,
    progress_enabled,
    say,
    warn,
    warn_undated,
)

__all__ = ["extract", "ingest"]


def extract(
    paths: PathsArg,
    pubdate: PubdateOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="jsonl, csv, acled or plover.")] = "jsonl",
    output_path: OutOpt = None,
    workers: WorkersOpt = 1,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    model: ModelOpt = DEFAULT_MODEL,
    batch_size: BatchOpt = 32,
    show_progress: ProgressOpt = None,
    text_col: TextColOpt = None,
    date_col: DateColOpt = None,
    id_col: IdColOpt = None,
) -> None:
    """Print the events found in PATHS, one per line."""
    from ..date import left_undated
    from ..engine import process
    from ..formats import FORMATS, render
    from ..pipeline import articles_from_paths

    pubdate = check_date(pubdate)
    load_formats()
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(sorted(FORMATS))} (got {fmt!r})", 2)
    counts = {"docs": 0, "failed": 0, "events": 0}
    undated: list[tuple[str, str]] = []

    def events(results: Iterable[Any], tick: Any) -> Iterator[Event]:
        from ..language import coded

        for res in results:
            tick()
            if res.error is not None:
                counts["failed"] += 1
                error(str(res.error))
                continue
            notes(res.source, res.warnings)
            counts["docs"] += 1
            if not coded(res.article.language):
                say(f"{res.source}: skipped, in a language not coded ({res.article.language})")
            counts["events"] += len(res.events)
            expr = left_undated(res.article, res.events)
            if expr is not None:
                undated.append((res.article.doc_id, expr))
            yield from res.events

    try:
        with output(output_path) as out, \
                progress(progress_enabled(show_progress), "extracting") as tick:
            articles = articles_from_paths(paths, pubdate=pubdate,
                                           columns=csv_columns(text_col, date_col, id_col))
            results = process(articles, engine=engine.value,
                              workers=workers, scheduler=scheduler, model=model,
                              batch_size=batch_size)
            for line in render(events(results, tick), fmt):
                out.write(line + "\n")
            out.flush()
    except DatelineError as err:
        raise fail(str(err)) from None
    except BrokenPipeError:
        raise typer.Exit(0) from None
    warn_undated(undated)
    if counts["failed"] == 1 and counts["docs"] == 0:
        raise typer.Exit(1)  # its one-line message is already printed
    if counts["failed"]:
        raise fail(f"{counts['failed']} input(s) failed; {counts['docs']} document(s) coded, "
                   f"{counts['events']} event(s)")


def ingest(
    paths: PathsArg,
    db: DbOpt = Path("dateline.duckdb"),
    pubdate: PubdateOpt = None,
    workers: WorkersOpt = 1,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    model: ModelOpt = DEFAULT_MODEL,
    batch_size: BatchOpt = 32,
    show_progress: ProgressOpt = None,
    text_col: TextColOpt = None,
    date_col: DateColOpt = None,
    id_col: IdColOpt = None,
) -> None:
    """Read, code and store documents in a DuckDB file (re-ingesting adds nothing; a changed
    document is coded again). Exits 1 when any input failed."""
    from ..ingest import ingest_paths

    pubdate = check_date(pubdate)
    try:
        with progress(progress_enabled(show_progress), "ingesting") as tick:
            stats = ingest_paths(paths, db=db, pubdate=pubdate, workers=workers,
                                 engine=engine.value, scheduler=scheduler, model=model,
                                 batch_size=batch_size, on_progress=tick, on_error=error,
                                 on_warning=warn,
                                 columns=csv_columns(text_col, date_col, id_col))
    except DatelineError as err:
        raise fail(str(err)) from None
    warn_undated(stats.undated)
    langs = ", ".join(f"{k} {n}" for k, n in sorted(stats.languages.items()))
    other = (f", {stats.other_language} skipped (language not coded: {langs})"
             if stats.other_language else "")
    summary = (f"{stats.added} document(s) added, {stats.replaced} re-coded (changed), "
               f"{stats.skipped} already stored{other}, {stats.failed} failed; {stats.events} "
               f"event(s) stored in {db}")
    if stats.failed:
        raise fail(summary)
    say(summary)
