"""Crash-safe, resumable ingest: SIGKILL `dateline ingest` at several moments, run it again, and
nothing is lost, duplicated or half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

TOWNS = ["Goma", "Mopti", "Herat", "Dhaka", "Kharkiv", "Beirut", "Caracas", "Mogadishu"]
ACTS = [
    "Police arrested {n} protesters in {t} on Monday, a police spokesman said.",
    "Rebels attacked an army post near {t}, killing {n} soldiers.",
    "The government and the opposition held talks in {t} on Friday.",
    "Gunmen abducted {n} students from a school outside {t}.",
]


def _corpus(path, n_docs: int = 800) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            town = TOWNS[i % len(TOWNS)]
            text = " ".join(a.format(n=(i % 9) + 2, t=town) for a in ACTS[: 1 + i % len(ACTS)])
            ids.append(f"doc-{i:04d}")
            fh.write(json.dumps({"id": ids[-1], "text": text + f" (Illustrative item {i}.)",
                                 "date": "2024-03-16"}) + "\n")
    return ids


def _ingest(src, db, **kw):
    cmd = [sys.executable, "-m", "dateline", "ingest", str(src), "--db", str(db),
           "--batch-size", "8", "--no-progress"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def _check(db, ids):
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
                  .fetchall()}
        if not tables:  # killed before its tables were made: nothing stored, nothing half-made
            return [], [], 0
        assert {"articles", "events"} <= tables, tables
        docs = [r[0] for r in con.execute("SELECT doc_id FROM articles ORDER BY 1").fetchall()]
        bad = con.execute("""
            SELECT a.doc_id, a.n_events, count(e.event_id) FROM articles a
            LEFT JOIN events e USING (doc_id) GROUP BY 1, 2 HAVING a.n_events <> count(e.event_id)
        """).fetchall()
        orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN "
                              "(SELECT doc_id FROM articles)").fetchone()[0]
    finally:
        con.close()
    return docs, bad, orphans


@pytest.mark.slow
def test_crash_sigkilled_ingest_resumes_without_loss_or_duplicates(tmp_path):
    src = tmp_path / "corpus.jsonl"
    ids = _corpus(src)
    db = tmp_path / "store.duckdb"
    killed = 0
    for delay in (3.0, 5.0, 8.0, 11.0):
        proc = _ingest(src, db)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait()
        if db.exists():
            docs, bad, orphans = _check(db, ids)
            # whatever was stored is whole: every article has all its events, no orphans
            assert bad == [] and orphans == 0
            assert len(docs) == len(set(docs))
    assert killed >= 1, "ingest finished before it could be killed; the test proves nothing"
    proc = _ingest(src, db)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    docs, bad, orphans = _check(db, ids)
    assert docs == sorted(ids)
    assert bad == [] and orphans == 0
    # and one more run adds nothing
    con = duckdb.connect(str(db), read_only=True)
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    proc = _ingest(src, db)
    proc.communicate(timeout=600)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before
    con.close()
