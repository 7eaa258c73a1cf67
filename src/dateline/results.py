"""One document's outcome, and a batch cut into partitions: the shapes the local pipeline, its
worker processes and the Dask engine share."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as WaitTimeout
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import DatelineError, DocumentError, ReadError
from .records import Article, Event

__all__ = ["Result", "failed", "one_by_one", "partitions"]


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


def top_up(pending: deque[Any], parts: Iterator[tuple[list[Result], list[Article]]],
           max_inflight: int, submit: Callable[[list[Article]], Any]) -> None:
    """Take partitions from ``parts`` until ``max_inflight`` entries wait in ``pending``: a
    partition's read errors as its list of results, its articles with ``submit``'s future for
    them."""
    while len(pending) < max_inflight:
        if (part := next(parts, None)) is None:
            return
        errors, articles = part
        if errors:
            pending.append(errors)
        if articles:
            pending.append((articles, submit(articles)))


def one_by_one(articles: list[Article], submit: Callable[[list[Article]], Any],
               died: type[BaseException], wait_all: Callable[..., Any], lost: str, *,
               limit: float | None = None, stuck: Callable[[], None] | None = None
               ) -> Iterator[Result]:
    """Results for ``articles``, whose chunk went down with the worker coding it: each coded
    again on its own (``submit`` returns a future; ``died`` is the error of a future whose
    worker died; ``wait_all`` waits for futures, as ``concurrent.futures.wait``), so that only a
    document that kills its worker even when coded alone is lost, reported as failed because
    ``lost``. With ``limit``, no wait lasts longer: a document the workers made no progress on
    in ``limit`` seconds fails, ``stuck`` ends the workers that hold it, and the documents not
    yet coded are submitted again. Used by ``pipeline.WorkerPool`` (the Dask engine's local
    fallback is one, with its limit)."""
    futures = [submit([a]) for a in articles]
    for i, article in enumerate(articles):
        future = futures[i]
        retried = False
        try:
            try:
                results = future.result(timeout=limit)
            except died:
                # the others in flight went down with this one: once they are all settled,
                # this document is coded alone, then those that were lost are submitted again
                wait_all(futures[i + 1:], timeout=limit)
                retried = True
                future = submit([article])
                try:
                    results = future.result(timeout=limit)
                except died:
                    results = failed([article], lost)
                _again(futures, articles, i + 1, submit)
        except WaitTimeout as err:
            # the builtin TimeoutError: the wait's end, or an error the document's coding raised
            if limit is None or _raised_by(future, err):
                results = failed([article], f"({err.__class__.__name__}: {err})", own=True)
                if retried:
                    _again(futures, articles, i + 1, submit)
            else:
                results = failed([article], f"the worker process coding it made no progress "
                                            f"in {limit:g} s")
                if stuck is not None:
                    stuck()
                _again(futures, articles, i + 1, submit)
        yield from results


def _raised_by(future: Any, err: BaseException) -> bool:
    """Whether ``err`` is the error ``future`` finished with (not the end of a wait on it)."""
    return future.done() and not future.cancelled() and future.exception() is err


def failed(articles: Iterable[Article], reason: str, *, own: bool = False) -> list[Result]:
    """The failed results of documents that could not be coded because ``reason`` (or, ``own``,
    with the error their coding raised, as ``(Kind: message)``); the local worker pool and the
    Dask engine report them alike."""
    out = []
    for article in articles:
        source = article.source
        what = f"could not be coded {reason}" if own else f"could not be coded: {reason}"
        out.append(Result(article=None, source=source, error=DocumentError(source, what)))
    return out


def _again(futures: list[Any], articles: list[Article], start: int,
           submit: Callable[[list[Article]], Any]) -> None:
    """Submit again each document from ``start`` on whose future failed or was cancelled (a
    future still running is left to finish)."""
    for j in range(start, len(articles)):
        f = futures[j]
        if f.done() and (f.cancelled() or f.exception() is not None):
            futures[j] = submit([articles[j]])
