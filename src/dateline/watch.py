"""Watch feeds, sitemaps and pages: fetch what is new, code it, store it, round after round.

What is new is decided by the store itself, so a watcher that is stopped, crashes or loses the
network picks up where it was: a URL already stored (as a document id or URL) is not fetched
again, a page whose text is already stored under another URL is not stored twice, and each
document is written with its events in one transaction. A fetch that fails is reported and tried
again next round (a page that keeps failing is left alone after a few rounds, until restart).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import dedupe
from .errors import DatelineError, ReadError
from .feeds import Entry, expand, fetch_document
from .fetch import Fetcher, Page
from .pipeline import clean_one
from .records import Article
from .store import IngestStats, Store

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["Watcher", "RoundStats", "MAX_ATTEMPTS", "serve_watching"]

#: Rounds in which a page may fail before the watcher stops asking for it (until restarted).
MAX_ATTEMPTS = 3


@dataclass
class RoundStats:
    """What one round did, source by source added up."""

    listed: int = 0  # pages the sources list
    known: int = 0  # of those, already stored (not fetched)
    duplicates: int = 0  # fetched, but their text is already stored under another URL
    ingest: IngestStats = field(default_factory=IngestStats)  # added, other languages, failed
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        """One line for a log."""
        i = self.ingest
        langs = ", ".join(f"{k} {n}" for k, n in sorted(i.languages.items()))
        return (f"{self.listed} listed, {self.known} already stored, {i.added} added "
                f"({i.events} events), {i.other_language} skipped (language not coded"
                f"{': ' + langs if langs else ''}), {self.duplicates} duplicate text, "
                f"{self.failed} failed")


class Watcher:
    """Polls ``sources`` (feed, sitemap or page URLs) into ``store``.

    >>> with Store("news.duckdb") as store:                      # doctest: +SKIP
    ...     Watcher(store, ["https://example.org/feed.xml"]).round().summary()
    """

    def __init__(self, store: Store, sources: list[str], *, pipeline: Pipeline | None = None,
                 fetcher: Fetcher | None = None, pubdate: str | None = None,
                 model: str | None = None) -> None:
        self.store = store
        self.model = model
        self.sources = list(sources)
        self.fetcher = fetcher or Fetcher()
        self.pubdate = pubdate
        self._pipeline = pipeline
        self._attempts: dict[str, int] = {}

    @property
    def pipeline(self) -> Pipeline:
        """The pipeline coding new documents, loaded when the first one comes (a round with
        nothing new costs no model load)."""
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline(self.model) if self.model else Pipeline()
        return self._pipeline

    def round(self, stop: threading.Event | None = None) -> RoundStats:
        """Fetch, code and store what is new in every source, once."""
        stats = RoundStats()
        for source in self.sources:
            if stop is not None and stop.is_set():
                break
            entries, errors, page = expand(source, self.fetcher)
            stats.errors += [str(e) for e in errors]
            stats.listed += len(entries)
            known = self.store.known_urls([e.url for e in entries])
            fresh = [e for e in entries if e.url not in known
                     and self._attempts.get(e.url, 0) < MAX_ATTEMPTS]
            stats.known += len(entries) - len(fresh)
            articles = list(self._articles(fresh, page, stats, stop))
            if articles:
                self._code_and_store(articles, stats)
        return stats

    def run(self, every: float, *, stop: threading.Event | None = None,
            on_round: Callable[[RoundStats], None] | None = None,
            rounds: int | None = None) -> None:
        """Rounds every ``every`` seconds until ``stop`` is set (or ``rounds`` are done)."""
        import duckdb

        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            try:
                stats = self.round(stop)
            except (DatelineError, duckdb.Error) as err:  # the store failed: report, go on
                stats = RoundStats(errors=[f"round failed: {str(err).splitlines()[0]}"])
            done += 1
            if on_round is not None:
                on_round(stats)
            if rounds is not None and done >= rounds:
                return
            stop.wait(every)

    # --- internals -----------------------------------------------------------------------

    def _articles(self, entries: list[Entry], page: Page | None, stats: RoundStats,
                  stop: threading.Event | None) -> Iterator[Article]:
        hashes: set[str] = set()
        for entry in entries:
            if stop is not None and stop.is_set():
                return
            try:
                raw = fetch_document(entry, self.fetcher,
                                     page if page is not None and entry.url == page.requested
                                     else None)
            except ReadError as err:
                self._attempts[entry.url] = self._attempts.get(entry.url, 0) + 1
                stats.errors.append(str(err))
                continue
            article = clean_one(raw, self.pubdate)
            if isinstance(article, ReadError):
                self._attempts[entry.url] = MAX_ATTEMPTS  # the page is there but unusable
                stats.errors.append(str(article))
                continue
            digest = article.content_hash
            if digest in hashes or self.store.known_hashes([digest]):
                stats.duplicates += 1
                continue
            hashes.add(digest)
            yield article

    def _code_and_store(self, articles: list[Article], stats: RoundStats) -> None:
        batch = []
        for result in self.pipeline.process(articles):
            if result.error is not None or result.article is None:
                stats.errors.append(str(result.error))
                continue
            batch.append((result.article, result.events))
        added = self.store.add(batch)
        stats.errors += added.errors
        stats.ingest.merge(added)
        if added.added_ids:
            dedupe.run_incremental(self.store, added.added_ids)


def serve_watching(db: str | Path, sources: list[str], *, every: float, host: str = "127.0.0.1",
                   port: int = 8000, on_round: Callable[[RoundStats], None] | None = None,
                   pipeline: Pipeline | None = None, fetcher: Fetcher | None = None,
                   model: str | None = None, allowed_hosts: Iterable[str] | None = None) -> None:
    """Serve the API and dashboard of ``db`` while a watcher adds to it, in one process.

    DuckDB lets one process write a database file: the watcher and the API share one
    connection, each on its own cursor, so every request sees the documents committed so far.
    Returns when the server stops (Ctrl-C); the watcher finishes the document at hand first.
    ``allowed_hosts`` are the Host names the API answers (localhost by default).
    """
    import uvicorn

    from .serve import create_app
    from .serve.app import check_address

    with Store(db) as store:
        app = (create_app(store) if allowed_hosts is None
               else create_app(store, allowed_hosts=allowed_hosts))
        check_address(host, port)
        stop = threading.Event()
        watcher = Watcher(store.cursor(), sources, pipeline=pipeline, fetcher=fetcher,
                          model=model)
        thread = threading.Thread(target=watcher.run, name="dateline-watch", daemon=True,
                                  kwargs={"every": every, "stop": stop, "on_round": on_round})
        thread.start()
        try:
            uvicorn.run(app, host=host, port=port, log_level="warning")
        finally:
            stop.set()
            thread.join()
