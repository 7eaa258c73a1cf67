"""Shared fixtures: one spaCy pipeline per test session, paths to bundled and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from dateline.annotate import DEFAULT_MODEL, load_model

    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dateline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    from dateline.info import examples_dir as _examples

    return _examples()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, pipeline, examples_dir) -> Path:
    """A DuckDB file holding the bundled illustrative articles (ingested once per session)."""
    from dateline.ingest import ingest_paths

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest_paths([str(examples_dir)], db=db)
    return db
