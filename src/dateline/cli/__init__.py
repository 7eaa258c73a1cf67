"""The ``dateline`` command line: a thin shell over the library.

Each command lives in the module of its kind (``extract``, ``query``, ``geo``, ``serve``,
``watch``); the options several commands share and the helpers that render errors and progress
are in ``options``. This module only assembles them, in the order ``dateline --help`` lists them.
"""

from __future__ import annotations

import sys

import typer

from ..errors import DatelineError
from . import extract, geo, query, serve, watch
from .options import err_console, warn

__all__ = ["app", "main"]

app = typer.Typer(
    name="dateline",
    help="Political event data from news reports: who did what to whom, where, when, "
    "and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
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


def main() -> None:
    try:
        app()
    except DatelineError as err:
        warn(str(err))
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
