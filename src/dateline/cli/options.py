"""What the commands share: the options several of them take (defined once), and the helpers
that turn library results and errors into terminal output."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape

from ..annotate import DEFAULT_MODEL
from ..errors import DatelineError

__all__ = ["err_console", "say", "fail", "error", "warn", "notes", "warn_undated",
           "configure_logging", "check_date", "output", "progress_enabled", "progress",
           "serve_db", "load_formats", "DEFAULT_MODEL", "Engine", "PathsArg", "DbOpt",
           "PubdateOpt", "WorkersOpt", "EngineOpt", "SchedulerOpt", "ModelOpt", "BatchOpt",
           "ProgressOpt", "OutOpt", "MAX_NUMBER", "EventTypeOpt", "ModeOpt", "CountryOpt",
           "ActorOpt", "LocationOpt", "DateFromOpt", "DateToOpt", "MinFatalitiesOpt", "QOpt",
           "LimitOpt", "OffsetOpt", "event_filter", "TextColOpt", "DateColOpt", "IdColOpt",
           "csv_columns", "allowed_hosts"]

err_console = Console(stderr=True)
#: The package's logger: the library's modules log under it; the command line shows its records
#: and its own lines on stderr at the level --quiet or --verbose chose (notes by default).
log = logging.getLogger("dateline")

PathsArg = Annotated[
    list[str], typer.Argument(help="Files, directories (recursive), URLs of pages, feeds or "
                                   "sitemaps, or - for stdin.")
]
DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
PubdateOpt = Annotated[
    str | None, typer.Option("--pubdate", help="Publication date YYYY-MM-DD for undated input.")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, max=1024,
                                         help="Processes for parsing.")]


class Engine(StrEnum):
    """Where the pipeline runs (the choices --help lists and a bad value is refused by)."""

    local = "local"
    dask = "dask"


EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="Run the pipeline in local processes or on a Dask cluster.")]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address tcp://HOST:PORT.")
]
ModelOpt = Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")]
BatchOpt = Annotated[int, typer.Option("--batch-size", min=1, max=100_000,
                                       help="Documents per nlp.pipe batch.")]
ProgressOpt = Annotated[
    bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE, not stdout.")]
TextColOpt = Annotated[str | None, typer.Option(
    "--text-col", help="CSV column holding the text (default: text, body, content …).")]
DateColOpt = Annotated[str | None, typer.Option(
    "--date-col", help="CSV column holding the date (default: date, pubdate, published …).")]
IdColOpt = Annotated[str | None, typer.Option(
    "--id-col", help="CSV column holding the id (default: id, doc_id, url; else row numbers).")]

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Largest --limit, --offset or --min-fatalities (the store's integers are 32-bit).
MAX_NUMBER = 2**31 - 1

# the event filters of `events` and `export`
EventTypeOpt = Annotated[str | None, typer.Option("--event-type", "--type",
                                                  help="PLOVER event type.")]
ModeOpt = Annotated[str | None, typer.Option("--mode", help="PLOVER mode.")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO3 code.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Text in an actor's name.")]
LocationOpt = Annotated[str | None, typer.Option("--location", help="Text in the place name.")]
DateFromOpt = Annotated[str | None, typer.Option("--date-from", help="YYYY-MM-DD.")]
DateToOpt = Annotated[str | None, typer.Option("--date-to", help="YYYY-MM-DD.")]
MinFatalitiesOpt = Annotated[int | None, typer.Option("--min-fatalities", min=0,
                                                      max=MAX_NUMBER)]
QOpt = Annotated[str | None, typer.Option("--q", help="Text in the sentence.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", min=0, max=MAX_NUMBER)]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, max=MAX_NUMBER)]


_LABELS = {logging.ERROR: "[bold red]error:[/] ", logging.WARNING: "[yellow]warning:[/] ",
           logging.INFO: "", logging.DEBUG: "[dim]debug:[/] "}


def say(message: str, level: int = logging.INFO) -> None:
    """One line on stderr after its level's label, if --quiet or --verbose let that level
    through (errors always are); ``message`` (paths, URIs, other programs' words) is never read
    as markup, and its line breaks are escaped."""
    from ..errors import printable

    if level < (log.level or logging.INFO):
        return
    err_console.print(f"{_LABELS.get(level, '')}{escape(printable(message))}", highlight=False,
                      soft_wrap=True)


class _StderrHandler(logging.Handler):
    """The library's log records, each as one line on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        say(record.getMessage(), record.levelno)


def configure_logging(*, quiet: bool = False, verbose: bool = False) -> None:
    """Errors only with ``quiet``; errors, warnings and what commands did by default; with
    ``verbose`` also what the library does (its debug records)."""
    log.handlers = [h for h in log.handlers if not isinstance(h, _StderrHandler)]
    log.addHandler(_StderrHandler())
    log.propagate = False
    log.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    if quiet and verbose:
        raise fail("--quiet and --verbose exclude each other", 2)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Report ``message`` as an error; the exit to raise (2 for a usage error)."""
    error(message)
    return typer.Exit(code)


def error(message: str) -> None:
    say(message, logging.ERROR)


def warn(message: str) -> None:
    say(message, logging.WARNING)


def notes(source: str, warnings: Iterable[str]) -> None:
    """What was cut from one document to keep the work bounded, one warning a line."""
    for text in warnings:
        warn(f"{source}: {text}")


def warn_undated(undated: Sequence[tuple[str, str]]) -> None:
    """One warning for the documents without a publication date whose relative dates were left
    empty, given as ``(doc_id, first such expression)``."""
    if not undated:
        return
    doc_id, expr = undated[0]
    more = f" and {len(undated) - 1} other document(s)" if len(undated) > 1 else ""
    warn(f"no publication date for {doc_id}{more}: relative dates such as {expr!r} cannot be "
         f"placed and were left empty; give --pubdate YYYY-MM-DD")


def check_date(value: str | None, flag: str = "--pubdate") -> str | None:
    """``value`` as an ISO date, or a usage error naming ``flag``."""
    if value is None:
        return None
    import datetime as dt

    try:
        if not DATE.match(value):
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{flag} must be a date YYYY-MM-DD (got {value!r})", 2) from None


@contextmanager
def output(path: Path | None) -> Iterator[TextIO]:
    """Where a command writes: stdout (no path, or ``-``), else ``path`` written whole or not
    at all (:func:`dateline.atomic.atomic_output`); a file that cannot be written is one line."""
    from ..atomic import atomic_output
    from ..errors import WriteError

    if path is None:
        yield sys.stdout
        return
    try:
        with atomic_output(path) as fh:
            yield fh
    except WriteError as err:
        raise fail(str(err)) from None


def progress_enabled(flag: bool | None) -> bool:
    """--progress/--no-progress, else a bar when stderr is a terminal and not --quiet."""
    if flag is not None:
        return flag
    return sys.stderr.isatty() and (log.level or logging.INFO) < logging.ERROR


@contextmanager
def progress(enabled: bool, label: str) -> Iterator[Callable[..., Any]]:
    """A rich progress bar on stderr, counting documents; a no-op callable when disabled."""
    if not enabled:
        yield lambda n=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True) as prog:
        task = prog.add_task(label, total=None)
        yield lambda n=1: prog.advance(task, n)


def allowed_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """Host names the API answers: localhost, the bound address (unless a wildcard), ``extra``."""
    from ..serve import LOCAL_HOSTS

    allowed = [*LOCAL_HOSTS, *extra]
    if host not in ("0.0.0.0", "::", ""):
        allowed.append(host)
    return allowed


def serve_db(db: Path, host: str, port: int, allow_hosts: Iterable[str] = ()) -> None:
    """Serve the API and dashboard for ``db`` (blocks until interrupted); the address is printed
    once the store is open. The API answers requests naming localhost, the bound address (unless
    it is a wildcard) and ``allow_hosts``."""
    try:
        from ..serve import run
    except ImportError as err:
        raise fail(f"the web service needs the 'serve' extra: "
                   f"pip install 'dateline[serve]' ({err})") from None
    try:
        run(db, host=host, port=port, allowed_hosts=allowed_hosts(host, allow_hosts),
            ready=lambda url: say(f"dateline: serving {db} on {url} (API reference at "
                                  f"{url.rstrip('/')}/docs); press Ctrl-C to stop"))
    except DatelineError as err:
        raise fail(str(err)) from None


def csv_columns(text_col: str | None, date_col: str | None, id_col: str | None) -> Any:
    """The CSV columns named by ``--text-col``, ``--date-col`` and ``--id-col``."""
    from ..tabular import Columns, check_columns

    return check_columns(Columns(text=text_col, date=date_col, id=id_col))


def load_formats() -> None:
    """Import the modules that register extra output formats (acled, plover, cameo)."""
    try:
        from .. import export  # noqa: F401
    except ImportError:
        pass


def event_filter(*, event_type: str | None = None, mode: str | None = None,
                 country: str | None = None, actor: str | None = None,
                 location: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, min_fatalities: int | None = None,
                 q: str | None = None, limit: int | None = None, offset: int = 0) -> Any:
    """The store's filter from the filter options (a bad date, event type or country is a usage
    error)."""
    from ..store import EventFilter

    flt = EventFilter(event_type=event_type, mode=mode, country=country, actor=actor,
                      location=location, date_from=check_date(date_from, "--date-from"),
                      date_to=check_date(date_to, "--date-to"), min_fatalities=min_fatalities,
                      q=q, limit=limit, offset=offset)
    try:
        return flt.check({"event_type": "--event-type", "country": "--country"})
    except DatelineError as err:
        raise fail(str(err), 2) from None
