"""The ``dateline`` command line: a thin shell over the library.

Each command lives in the module of its kind (``extract``, ``query``, ``geo``, ``serve``,
``watch``); the options several commands share and the helpers that render errors and progress
are in ``options``. This module only assembles them, in the order ``dateline --help`` lists them.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from .. import __version__
from ..errors import DatelineError
from . import extract, geo, query, serve, watch
from .options import configure_logging, error

__all__ = ["app", "main"]

app = typer.Typer(
    name="dateline",
    help="Political event data from news reports: who did what to whom, where, when, "
    "and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print dateline's version and exit.")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Only errors on stderr (no notes, warnings or progress).")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Also what the pipeline does, on stderr.")] = False,
) -> None:
    configure_logging(quiet=quiet, verbose=verbose)


app.command()(extract.extract)
app.command()(extract.ingest)
app.command()(query.events)
app.command()(query.info)
app.command()(serve.demo)
app.add_typer(geo.gazetteer_app, name="gazetteer")
app.command()(geo.dedupe)
app.command()(serve.serve)
app.command()(serve.export)
app.command()(watch.watch)


def _interrupted() -> None:
    """Report Ctrl-C; only the commands that store documents can be resumed by running again."""
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if command in ("ingest", "watch"):
        error(f"interrupted (documents already stored are kept whole; `dateline {command}` "
              "run again goes on from there)")
    else:
        error("interrupted")


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as err:  # a bad option, argument or command: one line
        _usage_error(err)
    except typer.Abort:
        _interrupted()
        sys.exit(130)
    except DatelineError as err:
        error(str(err))
        sys.exit(1)
    except KeyboardInterrupt:
        _interrupted()
        sys.exit(130)
    if code == 130:  # Ctrl-C inside a command: the framework returns its code silently
        _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def _usage_error(err: typer.TyperException) -> None:
    """Report a usage error on one line with where to find help (``dateline`` alone: the help
    itself), and exit with its code."""
    ctx = getattr(err, "ctx", None)
    if type(err).__name__ == "NoArgsIsHelpError" and ctx is not None:
        typer.echo(ctx.get_help())
        sys.exit(getattr(err, "exit_code", 2))
    where = f"dateline {ctx.info_name}" if ctx is not None and ctx.parent is not None \
        else "dateline"
    format_message = getattr(err, "format_message", None)
    message = format_message() if callable(format_message) else str(err)
    dashed = [a for a in sys.argv[1:] if a.startswith("-") and len(a) > 1 and os.path.exists(a)]
    hint = (f"; {dashed[0]!r} is a file: name it ./{dashed[0]} or put -- before it"
            if dashed and "option" in message.lower() else "")
    error(f"{message} (see `{where} --help`){hint}")
    sys.exit(getattr(err, "exit_code", 2))
