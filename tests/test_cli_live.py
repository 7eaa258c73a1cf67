"""The live-news commands end to end, in subprocesses, against the local web site: `watch`,
`serve --watch`, and URLs, CSV and gzipped JSONL as inputs of `extract` and `ingest`."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from dateline.store import Store

STORY = ("Police arrested eleven protesters in Bamako on Monday, a police spokesman said. "
         "Gunmen killed three villagers near Mopti on Sunday, according to local officials.")


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                          text=True, timeout=600)


def test_cli_watch_once_twice_then_a_new_article(tmp_path, web_site):
    db = tmp_path / "w.duckdb"
    first = run("watch", web_site.url("/feed.xml"), "--db", str(db), "--once")
    assert first.returncode == 0, first.stderr
    assert "3 listed, 0 already stored, 3 added" in first.stderr
    with Store(db, read_only=True) as store:
        events = store.count("events")
        assert store.count("articles") == 3 and events > 0
    web_site.feed.append("bukavu-fr")
    second = run("watch", web_site.url("/feed.xml"), "--db", str(db), "--once")
    assert second.returncode == 0, second.stderr
    assert "4 listed, 3 already stored, 0 added (0 events), 1 skipped (language not coded: " \
           "fr 1)" in second.stderr
    with Store(db, read_only=True) as store:
        assert store.count("events") == events and store.count("articles") == 4


@pytest.mark.parametrize("args, message", [
    (["watch", "feeds.txt", "--db", "x.duckdb"], "feeds.txt: not a URL"),
    (["serve", "--db", "x.duckdb", "--watch", "ftp://example.org/feed"], "not a URL"),
    (["watch", "http://127.0.0.1:9/feed.xml", "--db", "DB", "--once"], "cannot connect"),
])
def test_cli_watch_bad_sources_are_one_line_errors(tmp_path, args, message):
    args = [str(tmp_path / "w.duckdb") if a == "DB" else a for a in args]
    done = run(*args)
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr


def test_cli_extract_and_ingest_take_urls_csv_and_jsonl_gz(tmp_path, web_site):
    table = tmp_path / "wire.csv"
    table.write_text(f"story_id;copy;day\nw1;{STORY};2025-03-03\n", encoding="utf-8")
    packed = tmp_path / "wire.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": STORY, "date": "2025-03-02"}) + "\n")
    extracted = run("extract", str(table), "--text-col", "copy", "--id-col", "story_id",
                    "--date-col", "day", str(packed), web_site.url("/news/bukavu-fr.html"))
    assert extracted.returncode == 0, extracted.stderr
    docs = {json.loads(line)["doc_id"] for line in extracted.stdout.splitlines()}
    assert docs == {"w1", "g1"}  # the French page is read, and skipped
    assert "bukavu-fr.html: skipped, in a language not coded (fr)" in extracted.stderr
    db = tmp_path / "i.duckdb"
    ingested = run("ingest", web_site.url("/sitemap.xml"), str(packed), "--db", str(db))
    assert ingested.returncode == 0, ingested.stderr
    assert "3 document(s) added" in ingested.stderr
    bad = run("extract", str(table), "--text-col", "body")
    assert bad.returncode != 0 and "no column 'body' for the text" in bad.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_serve_watch_answers_and_shows_new_events(tmp_path, web_site):
    port = _free_port()
    web_site.feed = ["kisumu-protest"]
    server = subprocess.Popen(
        [sys.executable, "-m", "dateline", "serve", "--db", str(tmp_path / "s.duckdb"),
         "--port", str(port), "--watch", web_site.url("/feed.xml"), "--every", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def meta() -> dict | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/meta", timeout=5) as r:
                return json.load(r)
        except OSError:
            return None

    def wait_for(articles: int) -> dict:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and server.poll() is None:
            found = meta()
            if found and found["articles"] >= articles:
                return found
            time.sleep(0.5)
        raise AssertionError(f"no {articles} article(s) served; server said: "
                             f"{server.stderr.read() if server.poll() is not None else ''}")

    try:
        first = wait_for(1)
        assert first["events"] > 0
        web_site.feed.append("goma-shelling")  # picked up by a later round, while serving
        second = wait_for(2)
        assert second["events"] > first["events"]
    finally:
        server.terminate()
        server.communicate(timeout=60)
