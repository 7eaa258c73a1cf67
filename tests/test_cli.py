"""The command line end to end, in subprocesses: outputs, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import duckdb
import pytest

ARTICLE = """Valley Times | World
Select Page
Home
Clashes in the north
Share this:
MOPTI, Valley Times - Soldiers clashed with militants near Djenne on Monday, the army said.
Police arrested eleven protesters in Bamako yesterday, a police spokesman said.
Gunmen killed three villagers near Mopti on Sunday, according to local officials.
Subscribe to our newsletter
"""


def run(*args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                          input=stdin, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    p = tmp_path_factory.mktemp("cli") / "report.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_cli_extract_prints_event_json_lines(article):
    # a file's id is its path, relative to the working directory when it lies below it
    r = run("extract", str(article), "--pubdate", "2024-03-19", cwd=article.parent)
    assert r.returncode == 0, r.stderr.decode()
    events = [json.loads(ln) for ln in r.stdout.decode().splitlines()]
    assert len(events) >= 3
    for e in events:
        assert e["doc_id"] == "report.txt" and e["sentence"]
        assert e["source"] is None or e["source"]["text"] not in ("Valley Times", "Select Page")
    assert {e["event_type"] for e in events} >= {"ASSAULT", "COERCE"}


@pytest.mark.parametrize("fmt, check", [
    ("csv", lambda out: next(csv.reader(io.StringIO(out)))[:3] == ["event_id", "doc_id",
                                                                  "event_type"]),
    ("acled", lambda out: "event_id_cnty" in out.splitlines()[0]),
    ("plover", lambda out: "recipient" in json.loads(out.splitlines()[0])),
])
def test_cli_extract_formats(article, fmt, check):
    r = run("extract", str(article), "--format", fmt)
    assert r.returncode == 0, r.stderr.decode()
    assert check(r.stdout.decode())


def test_cli_extract_reads_stdin_and_jsonl_ids(tmp_path):
    r = run("extract", "-", stdin=b'{"id": "w-1", "text": "Rebels attacked a convoy near Goma."}\n')
    assert r.returncode == 0, r.stderr.decode()
    lines = r.stdout.decode().splitlines()
    assert lines and all(json.loads(ln)["doc_id"] == "w-1" for ln in lines)


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01" * 100) and d / "bin.txt", "binary"),
])
def test_cli_bad_path_is_one_line_error_without_traceback(tmp_path, setup, message):
    path = setup(tmp_path)
    r = run("extract", str(path))
    err = r.stderr.decode()
    assert r.returncode != 0
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_cli_bad_flags_are_usage_errors(article):
    for args in (["--pubdate", "16/03/2024"], ["--format", "xml"], ["--workers", "0"],
                 ["--engine", "spark"]):
        r = run("extract", str(article), *args)
        assert r.returncode != 0 and "Traceback" not in r.stderr.decode(), args


def test_cli_batch_goes_on_past_bad_files(tmp_path, article):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "Police arrested two men in Herat."}\n{oops\n')
    r = run("extract", str(article), str(bad), str(tmp_path / "nope.txt"), cwd=article.parent)
    assert r.returncode == 1  # an input failed: the batch went on, the exit code says so
    docs = {json.loads(ln)["doc_id"] for ln in r.stdout.decode().splitlines()}
    assert docs == {"report.txt", "1"}
    lines = r.stderr.decode().splitlines()
    errors = [ln for ln in lines if ln.startswith("error:")]
    assert len(errors) == 3
    assert errors[-1].startswith("error: 2 input(s) failed; 2 document(s) coded")
    # the only other line: the report has relative dates and no --pubdate
    others = [ln for ln in lines if not ln.startswith("error:")]
    assert len(others) == 1 and others[0].startswith("warning: no publication date")


def test_cli_ingest_twice_events_unchanged_then_query(tmp_path, article):
    db = tmp_path / "x.duckdb"
    first = run("ingest", str(article), "--db", str(db), "--pubdate", "2024-03-19")
    assert first.returncode == 0, first.stderr.decode()
    out1 = run("events", "--db", str(db)).stdout.decode().splitlines()
    again = run("ingest", str(article), "--db", str(db))
    assert again.returncode == 0 and "1 already stored" in again.stderr.decode()
    out2 = run("events", "--db", str(db)).stdout.decode().splitlines()
    assert out1 == out2 and len(out1) >= 3
    table = run("events", "--db", str(db), "--format", "table", "--event-type", "COERCE")
    assert table.returncode == 0 and "COERCE" in table.stdout.decode()
    csv_out = run("events", "--db", str(db), "--format", "csv").stdout.decode()
    assert csv_out.startswith("event_id,")
    missing = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1 and "no such database" in missing.stderr.decode()
    duckdb.connect(str(tmp_path / "empty.duckdb")).close()  # as an ingest killed at its start
    empty = run("events", "--db", str(tmp_path / "empty.duckdb"))
    err = empty.stderr.decode()
    assert empty.returncode == 1 and "database is empty" in err and "Traceback" not in err


def test_cli_info_json():
    r = run("info", "--format", "json")
    assert r.returncode == 0
    info = json.loads(r.stdout)
    assert info["spacy_model"] and info["spacy_model_version"] == "3.8.0"
    assert info["dateline"] and info["gazetteer_size"]


def test_cli_demo_and_export(tmp_path):
    import re

    db = tmp_path / "demo.duckdb"
    r = run("demo", "--db", str(db), cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    out = r.stdout.decode()
    assert "events by event type" in out and "events by country" in out and "by month" in out
    # the tables count what the header calls events (merged), as the dashboard does
    merged = int(re.search(r"\((\d+) events once", out).group(1))
    rows = [int(n) for n in re.findall(r"^\S\s+\S[^\n]*?\s(\d+)\s+\S$", out, re.M)]
    assert rows and sum(rows) == 3 * merged
    for fmt, name in (("acled", "e.csv"), ("plover", "e.jsonl"), ("cameo", "e.tsv"),
                      ("parquet", "e.parquet")):
        r = run("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name))
        assert r.returncode == 0, r.stderr.decode()
    import duckdb
    import pandas as pd

    acled = pd.read_csv(tmp_path / "e.csv")
    assert list(acled.columns)[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchone()[0]
    assert n == len(pd.read_parquet(tmp_path / "e.parquet"))
    # the ACLED file holds the events ACLED records: those with an ACLED event type
    typed = con.execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}' "
                        "WHERE acled_event_type IS NOT NULL").fetchone()[0]
    assert 0 < typed == len(acled) < n


def test_cli_version():
    from dateline import __version__

    r = run("--version")
    assert r.returncode == 0 and r.stdout.decode() == f"dateline {__version__}\n"


def test_cli_engine_choices_are_listed_and_enforced(article):
    helptext = run("extract", "--help").stdout.decode()
    assert "local|dask" in helptext
    r = run("extract", str(article), "--engine", "spark")
    err = r.stderr.decode()
    assert r.returncode == 2  # a usage error, like every other bad value
    assert "'spark' is not one of 'local', 'dask'" in " ".join(err.replace("│", " ").split())
    assert r.stdout == b""


@pytest.mark.parametrize("flags, expect", [
    (["-q"], []),
    ([], ["1 document(s) added"]),
    (["-v"], ["debug: loaded spaCy pipeline", "report.txt: ", "after merging reports",
              "1 document(s) added"]),
])
def test_cli_quiet_and_verbose(tmp_path, article, flags, expect):
    r = run(*flags, "ingest", str(article), "--db", str(tmp_path / "x.duckdb"),
            "--pubdate", "2024-03-19")
    assert r.returncode == 0
    err = r.stderr.decode()
    assert [e for e in expect if e not in err] == []
    if not expect:
        assert err == ""
    if "-v" not in flags:
        assert "debug:" not in err
    both = run("-q", "-v", "info")
    assert both.returncode == 2 and both.stderr.decode().startswith("error: --quiet and --verbose")


def test_cli_relative_dates_without_pubdate_are_one_warning(tmp_path, article):
    second = tmp_path / "second.txt"
    second.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    r = run("extract", str(article), str(second))
    assert r.returncode == 0
    events = [json.loads(ln) for ln in r.stdout.decode().splitlines()]
    assert events and any(e["date"] is None for e in events)
    warnings = [ln for ln in r.stderr.decode().splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 1
    assert "report.txt and 1 other document(s)" in warnings[0]
    assert "--pubdate" in warnings[0] and ("yesterday" in warnings[0] or "Monday" in warnings[0])
    dated = run("extract", str(article), str(second), "--pubdate", "2024-03-19")
    assert dated.returncode == 0 and "warning:" not in dated.stderr.decode()
    assert all(json.loads(ln)["date"] for ln in dated.stdout.decode().splitlines())


def test_cli_demo_serve_says_where_and_how_to_stop(tmp_path, demo_db):
    import shutil
    import signal
    import socket
    import time
    import urllib.request

    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)  # already ingested: the demo only summarises, then serves
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "demo", "--serve", "--db",
                             str(db), "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        line = ""
        deadline = time.time() + 300
        while "serving" not in line and time.time() < deadline:
            line = proc.stderr.readline().decode()
            assert line or proc.poll() is None, "the demo ended before serving"
        url = f"http://127.0.0.1:{port}/"
        assert url in line and "Ctrl-C to stop" in line and f"{url}docs" in line
        for _ in range(100):
            try:
                with urllib.request.urlopen(url + "api/meta", timeout=5) as res:
                    assert json.load(res)["events"] > 0
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("the address printed does not answer")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) in (0, 130)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

