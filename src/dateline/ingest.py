"""Ingest: read, code and store documents in a DuckDB file, then merge reports of one happening.

Documents stored with the same text are skipped before they are parsed, so re-runs and resumes
are cheap; a document whose text changed is coded again and replaces the stored one; each
document is stored whole or not at all (see ``store``), and what is coded is committed every
64 documents or every :data:`COMMIT_SECONDS`, so a kill loses seconds of work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .annotate import DEFAULT_MODEL
from .date import left_undated
from .store import IngestStats, Store

if TYPE_CHECKING:
    from .tabular import Columns

__all__ = ["ingest_paths"]

log = logging.getLogger(__name__)

#: Documents stored per call of ``Store.add`` at most...
_BATCH = 64
#: ...and seconds between two calls at most.
COMMIT_SECONDS = 2.0


def ingest_paths(paths: list[str], *, db: str | Path, pubdate: str | None = None,
                 workers: int = 1, engine: str = "local", scheduler: str | None = None,
                 model: str = DEFAULT_MODEL, batch_size: int = 32,
                 on_progress: Callable[[], object] | None = None,
                 on_error: Callable[[str], object] | None = None,
                 on_warning: Callable[[str], object] | None = None,
                 columns: Columns | None = None) -> IngestStats:
    """Ingest the documents at ``paths`` (files, directories, URLs) into ``db``; returns the
    counts and the errors. ``columns`` names the text, date and id columns of CSV files.

    ``on_progress`` is called once per document seen, ``on_error`` with each error's one-line
    message as it happens (the errors are also in the returned stats), ``on_warning`` with what
    was cut from a document to keep the work bounded.
    """
    from .dedupe import run as dedupe_all
    from .dedupe import run_incremental
    from .engine import process
    from .errors import ReadError
    from .pipeline import articles_from_paths

    tick = on_progress or (lambda: None)
    total = IngestStats()

    def error(message: str) -> None:
        total.errors.append(message)
        if on_error is not None:
            on_error(message)

    with Store(db) as store:
        def fresh() -> Iterator[Any]:
            for item in articles_from_paths(paths, pubdate=pubdate, columns=columns):
                if isinstance(item, ReadError):
                    yield item
                elif store.known([item.doc_id]).get(item.doc_id) == item.content_hash:
                    total.skipped += 1
                    tick()
                else:
                    yield item

        results = process(fresh(), engine=engine, workers=workers, scheduler=scheduler,
                          model=model, batch_size=batch_size)
        pending: list[Any] = []
        since = time.monotonic()
        for res in results:
            tick()
            if res.error is not None:
                total.failed += 1
                error(str(res.error))
                continue
            if on_warning is not None:
                for text in res.warnings:
                    on_warning(f"{res.source}: {text}")
            log.debug("%s: %d event(s)", res.article.doc_id, len(res.events))
            undated = left_undated(res.article, res.events)
            if undated is not None:
                total.undated.append((res.article.doc_id, undated))
            pending.append((res.article, res.events))
            if len(pending) >= _BATCH or time.monotonic() - since >= COMMIT_SECONDS:
                _merge(total, store.add(pending), error)
                pending = []
                since = time.monotonic()
        if pending:
            _merge(total, store.add(pending), error)
        # one event per happening across documents: the new ones merged into the store's
        # clusters, unless documents were replaced (their old events' partners, set apart,
        # may belong anywhere)
        if total.replaced:
            merged = dedupe_all(store)
        else:
            merged = run_incremental(store, total.added_ids)
        log.debug("%d event(s) in %d happening(s) after merging reports", merged.events,
                  merged.clusters)
    return total


def _merge(total: IngestStats, part: IngestStats, error: Callable[[str], None]) -> None:
    errors, part.errors = part.errors, []
    total.merge(part)
    for e in errors:
        error(e)
