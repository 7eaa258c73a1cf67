"""One document's outcome, and a batch cut into partitions: the shapes the local pipeline, its
worker processes and the Dask engine share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .errors import DatelineError, ReadError
from .records import Article, Event

__all__ = ["Result", "partitions"]


@dataclass(frozen=True, slots=True)
class Result:
    """One document's outcome: its article and events, or the error that stopped it;
    ``warnings`` say what was cut to keep the work bounded."""

    article: Article | None
    events: tuple[Event, ...] = ()
    error: DatelineError | None = None
    source: str = ""
    warnings: tuple[str, ...] = ()


def partitions(items: Iterable[Article | ReadError],
               size: int) -> Iterator[tuple[list[Result], list[Article]]]:
    """Each run of ``size`` items as its read errors (already results) and its articles."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield ([Result(article=None, error=e, source=e.source)
                for e in chunk if isinstance(e, ReadError)],
               [a for a in chunk if isinstance(a, Article)])
