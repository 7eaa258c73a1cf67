"""``dateline watch``: poll feeds, sitemaps and pages into a store, round after round."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import DatelineError
from .options import (
    DEFAULT_MODEL, DbOpt, ModelOpt, PubdateOpt, check_date, error, fail, say,
)

if TYPE_CHECKING:
    from ..watch import RoundStats

__all__ = ["watch", "report_round", "check_sources", "EveryOpt", "DEFAULT_EVERY"]

#: Seconds between two rounds unless told otherwise (GDELT updates every 15 minutes).
DEFAULT_EVERY = 900.0

EveryOpt = Annotated[float, typer.Option("--every", min=1.0,
                                         help="Seconds between two rounds of polling.")]
SourcesArg = Annotated[list[str], typer.Argument(help="URLs of RSS/Atom feeds, sitemaps or pages.")]
OnceOpt = Annotated[bool, typer.Option("--once", help="Do one round and exit (for cron).")]


def report_round(stats: RoundStats) -> None:
    """One line per failure, then the round's summary, on stderr."""
    for message in stats.errors:
        error(message)
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    say(f"{now} {stats.summary()}")


def check_sources(sources: list[str]) -> list[str]:
    """Sources must be http(s) URLs; a bad one stops the command with a clear message."""
    from ..fetch import is_url

    for source in sources:
        if not is_url(source):
            raise fail(f"{source}: not a URL; watch takes http(s) URLs of feeds, sitemaps or "
                       f"pages (use `dateline ingest` for files)", 2)
    return sources


def watch(
    sources: SourcesArg,
    db: DbOpt = Path("dateline.duckdb"),
    every: EveryOpt = DEFAULT_EVERY,
    once: OnceOpt = False,
    pubdate: PubdateOpt = None,
    model: ModelOpt = DEFAULT_MODEL,
) -> None:
    """Poll feeds, sitemaps and pages; fetch, code and store what is new, round after round."""
    from ..store import Store
    from ..watch import Watcher

    check_sources(sources)
    pubdate = check_date(pubdate)
    rounds: list[RoundStats] = []

    def done(stats: RoundStats) -> None:
        rounds.append(stats)
        report_round(stats)

    try:
        with Store(db) as store:
            watcher = Watcher(store, sources, pubdate=pubdate, model=model)
            watcher.run(every, on_round=done, rounds=1 if once else None)
    except DatelineError as err:
        raise fail(str(err)) from None
    last = rounds[-1] if rounds else None
    if once and last is not None and last.listed == 0 and last.errors:
        raise typer.Exit(1)  # no source could be read; each failure is printed
