"""Command-line shells for ``serve`` and ``export``."""

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    from .cli import DbOpt, _serve, err_console, fail
    from .errors import DatelineError
    @app.command()
    def serve(
        db: DbOpt = Path("dateline.duckdb"),
        host: Annotated[str, typer.Option("--host", help="Interface to bind (local only by "
                                                          "default).")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    ) -> None:
        """Serve the REST API and the dashboard for a DuckDB file (read-only)."""
        if not db.exists():
            raise fail(f"{db}: no such database file (run `dateline ingest` or `dateline demo`)")
        err_console.print(f"dateline: serving {db} on http://{host}:{port}/ (Ctrl-C to stop)",
                          highlight=False, soft_wrap=True)
        _serve(db, host, port)

    @app.command()
    def export(
        db: DbOpt = Path("dateline.duckdb"),
        fmt: Annotated[str, typer.Option("--format", "-f",
                                         help="acled, plover, cameo or parquet.")] = "acled",
        output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")] = Path(
            "events.csv"),
    ) -> None:
        """Export the deduplicated events in the formats analysts use."""
        from .export import export as write

        try:
            n = write(db, fmt, output)
        except DatelineError as err:
            raise fail(str(err)) from None
        err_console.print(f"{n} event(s) written to {output} ({fmt})", highlight=False,
                          soft_wrap=True)
