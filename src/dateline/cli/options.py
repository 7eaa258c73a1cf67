"""What the commands share: the options several of them take (defined once), and the helpers
that turn library results and errors into terminal output."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.markup import escape

from ..annotate import DEFAULT_MODEL
from ..errors import DatelineError

__all__ = ["err_console", "say", "fail", "warn", "note", "notes", "check_date", "output", "progress_enabled",
           "progress", "serve_db", "load_formats", "DEFAULT_MODEL", "PathsArg", "DbOpt",
           "PubdateOpt", "WorkersOpt", "EngineOpt", "SchedulerOpt", "ModelOpt", "BatchOpt",
           "ProgressOpt", "OutOpt", "MAX_NUMBER", "TextColOpt", "DateColOpt", "IdColOpt",
           "csv_columns", "allowed_hosts"]

err_console = Console(stderr=True)

PathsArg = Annotated[
    list[str], typer.Argument(help="Files, directories (recursive), URLs of pages, feeds or "
                                   "sitemaps, or - for stdin.")
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
TextColOpt = Annotated[str | None, typer.Option(
    "--text-col", help="CSV column holding the text (default: text, body, content …).")]
DateColOpt = Annotated[str | None, typer.Option(
    "--date-col", help="CSV column holding the date (default: date, pubdate, published …).")]
IdColOpt = Annotated[str | None, typer.Option(
    "--id-col", help="CSV column holding the id (default: id, doc_id, url; else row numbers).")]

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Largest --limit, --offset or --min-fatalities (the store's integers are 32-bit).
MAX_NUMBER = 2**31 - 1


def say(message: str, label: str = "") -> None:
    """One line on stderr; ``message`` (paths, URIs, other programs' words) is never read as
    markup, and its line breaks are escaped."""
    from ..errors import printable

    err_console.print(f"{label}{escape(printable(message))}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    warn(message)
    return typer.Exit(code)


def warn(message: str) -> None:
    say(message, "[bold red]error:[/] ")


def note(message: str) -> None:
    say(message, "[yellow]warning:[/] ")


def notes(source: str, warnings: Iterable[str]) -> None:
    """What was cut from one document to keep the work bounded, one warning a line."""
    for text in warnings:
        note(f"{source}: {text}")


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
    if path is None:
        yield sys.stdout
        return
    try:
        fh = path.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise fail(f"cannot write {path}: {err.strerror}") from None
    with fh:
        yield fh


def progress_enabled(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


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
            ready=lambda url: say(f"dateline: serving {db} on {url} (Ctrl-C to stop)"))
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
