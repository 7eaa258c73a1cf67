"""The Dask engine on a real local cluster gives the local engine's events."""

from __future__ import annotations

import json

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
