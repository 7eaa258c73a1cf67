"""Hostile input, name collisions and pathological documents, each generated here: every hostile
input is reported (or stored) on its own, and the good documents of its batch are stored."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import crashing
import pytest

from dateline.errors import ReadError
from dateline.pipeline import MAX_EVENTS_PER_SENTENCE, MAX_SENTENCE_CHARS
from dateline.read import MAX_DOCUMENT_BYTES, read_paths
from dateline.store import Store

GOOD = "Police arrested three protesters in Goma on Monday, officials said.\n"
GOOD_OTHER = "Rebels attacked an army post near Mopti on Friday, killing two soldiers.\n"


def _warc(records: int, *, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><body><article><p>" + "Soldiers clashed with militants near Djenne on "
            "Monday, the army said in a statement. " * 20 + "</p></article></body></html>")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(records):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://example.org/{i}", "response", payload=io.BytesIO(page.encode()),
            http_headers=headers))
    return buf.getvalue()


def _last_record(plus: int) -> int:
    """Where the last of three WARC records starts, plus ``plus`` bytes."""
    data = _warc(3, gz=False)
    return data.rindex(b"WARC/1.0\r\n") + plus


def _write(d: Path, name: str | bytes, data: bytes) -> None:
    path = os.path.join(os.fsencode(d), os.fsencode(name))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


# name -> (writes the hostile input into a folder, what its one-line error says, or None when
# the hostile document must itself be stored)
HOSTILE: dict[str, tuple[Callable[[Path], None], str | None]] = {
    "JSONL nested 100k deep": (
        lambda d: _write(d, "nested.jsonl", b"[" * 100_000 + b"\n"), "malformed JSON"),
    "WARC cut at the start of a record header": (
        lambda d: _write(d, "cut.warc", _warc(3, gz=False)[:_last_record(10)]), "truncated"),
    "WARC cut late in a record header": (
        lambda d: _write(d, "cut2.warc", _warc(3, gz=False)[:_last_record(170)]), "truncated"),
    ".warc.gz cut in its last record": (
        lambda d: _write(d, "cut.warc.gz", _warc(3, gz=True)[:-200]), "truncated"),
    "WARC payload cut short": (
        lambda d: _write(d, "short.warc", _warc(3, gz=False)[:-200]), "truncated"),
    "JSONL line over the size cap": (
        lambda d: _write(d, "long.jsonl", b'{"text": "' + b"a " * (MAX_DOCUMENT_BYTES // 2 + 8)
                         + b'"}\n'), "longer than the document size limit"),
    "JSONL text with a lone surrogate": (
        lambda d: _write(d, "sur.jsonl", b'{"id": "s\\ud800", "text": "Police arrested two men '
                         b'in Herat \\udc00 on Sunday."}\n'), None),
    "file name not UTF-8": (lambda d: _write(d, b"bad\xff.txt", GOOD_OTHER.encode()), None),
    "file name that looks like markup": (
        lambda d: _write(d, "x[/foo][bold red]it.txt", GOOD_OTHER.encode()), None),
    "file name with a line break": (lambda d: _write(d, "two\nlines.txt", GOOD_OTHER.encode()),
                                    None),
    "stray Latin-1 byte in UTF-8": (
        lambda d: _write(d, "stray.txt", "Rebels — armed men — attacked a post near Mopti "
                         "on Friday, the caf".encode() + b"\xe9 owner said.\n"), None),
    "binary file named .txt": (lambda d: _write(d, "bin.txt", b"\x00\x01\x02" * 500), "binary"),
    "empty HTML page": (lambda d: _write(d, "empty.html", b"<html><body></body></html>"),
                        "no article text"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_reported_and_good_documents_stored(tmp_path, pipeline, name):
    make, message = HOSTILE[name]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-good.txt").write_text(GOOD, encoding="utf-8")
    make(corpus)
    (corpus / "z-good.txt").write_text(GOOD_OTHER, encoding="utf-8")
    results = list(pipeline.process(_articles(corpus)))
    errors = [r.error for r in results if r.error is not None]
    stored = [r.article for r in results if r.article is not None]
    assert {Path(a.doc_id).name for a in stored} >= {"a-good.txt", "z-good.txt"}
    for err in errors:
        assert "\n" not in str(err) and str(err).isprintable()
    if message is None:
        assert errors == [] and len(stored) >= 3
    else:
        assert len(errors) == 1 and message in str(errors[0]), errors
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.add((r.article, r.events) for r in results if r.article is not None)
        assert stats.failed == 0 and stats.added == len(stored)


def _articles(*paths: Path) -> list:
    from dateline.pipeline import articles_from_paths

    return list(articles_from_paths([str(p) for p in paths]))


def test_hostile_unreadable_subdirectory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD_OTHER, encoding="utf-8")
    real = os.scandir

    def scandir(path=".") -> object:  # as chmod 000 does for anyone but root
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [e.source for e in errors] == [str(locked)]
    assert "cannot read directory" in errors[0].reason
    assert [Path(i.doc_id).name for i in items if not isinstance(i, ReadError)] == ["a.txt"]


def test_hostile_fifo_in_a_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait forever
    items = list(read_paths([str(tmp_path)]))
    assert [Path(i.doc_id).name for i in items] == ["a.txt"]


@pytest.mark.parametrize("data, message", [
    (b"x" * (MAX_DOCUMENT_BYTES + 10), "are refused"),
    (b"   \n\t ", "empty input"),
])
def test_hostile_stdin_has_the_file_cap(data, message):
    (err,) = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert isinstance(err, ReadError) and message in str(err)


def test_hostile_stdin_jsonl_read_line_by_line():
    lines = [json.dumps({"text": GOOD}), "{oops", json.dumps({"id": "x", "text": GOOD_OTHER})]
    items = list(read_paths(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadError", "RawDocument"]
    assert items[0].doc_id == "<stdin>:1" and items[2].doc_id == "x"


def test_hostile_failing_document_is_one_error_batch_goes_on(pipeline, monkeypatch):
    import dateline.pipeline as pl

    from dateline.records import Article

    real = pl.find_mentions

    def find_mentions(doc, sents=None, tokens=None):
        if "Herat" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, sents, tokens)

    monkeypatch.setattr(pl, "find_mentions", find_mentions)
    arts = [Article(doc_id=f"d{i}", text=t) for i, t in
            enumerate([GOOD, "Gunmen abducted two men in Herat on Sunday.", GOOD_OTHER])]
    results = list(pipeline.process(arts))
    assert [r.article.doc_id if r.article else None for r in results] == ["d0", None, "d2"]
    assert "could not be coded (RecursionError" in str(results[1].error)
    assert results[0].events and results[2].events


def _run_on(chars: int) -> str:
    clauses = ["police arrested {n} protesters in Goma", "rebels attacked a post near Mopti",
               "gunmen abducted {n} students in Herat"]
    parts = [clauses[i % 3].format(n=i % 9 + 2) for i in range(chars // 35)]
    return "On Monday " + " and ".join(parts) + "."


def test_hostile_run_on_sentence_bounded(pipeline):
    from dateline.records import Article

    text = _run_on(30_000)
    (res,) = list(pipeline.process([Article(doc_id="run-on", text=text)]))
    assert res.error is None and res.events
    assert [w for w in res.warnings if "without a full stop" in w], res.warnings
    by_sentence: dict[int, int] = {}
    for e in res.events:
        assert len(e.sentence) <= MAX_SENTENCE_CHARS
        offset = e.char_start - e.sent_start
        assert e.sentence[offset:offset + len(e.trigger)] == e.trigger
        assert text[e.sent_start:e.sent_start + len(e.sentence)] == e.sentence
        by_sentence[e.sent_start] = by_sentence.get(e.sent_start, 0) + 1
    assert max(by_sentence.values()) <= MAX_EVENTS_PER_SENTENCE


def test_hostile_long_sentence_stores_the_part_around_the_event(pipeline):
    from dateline.records import Article

    filler = " ".join(["the long and winding list of names"] * 120)  # no full stop
    text = f"Witnesses named {filler}, and then rebels attacked a convoy near Goma, {filler}."
    (res,) = list(pipeline.process([Article(doc_id="long", text=text)]))
    attack = [e for e in res.events if e.trigger == "attacked"]
    assert attack and len(text) > MAX_SENTENCE_CHARS
    for e in attack:
        assert len(e.sentence) <= MAX_SENTENCE_CHARS and "attacked" in e.sentence


def test_hostile_text_over_the_cap_is_cut_with_a_warning(pipeline, monkeypatch):
    from dateline import annotate
    from dateline.records import Article

    monkeypatch.setattr(annotate, "MAX_TEXT_CHARS", 2_000)
    text = (GOOD.strip() + " ") * 100
    (res,) = list(pipeline.process([Article(doc_id="big", text=text)]))
    assert res.error is None and len(res.article.text) <= 2_000
    assert res.warnings and "only the first" in res.warnings[0]
    assert all(e.char_end <= len(res.article.text) for e in res.events)


def test_hostile_same_file_name_in_two_folders_two_documents(tmp_path, pipeline):
    for folder, text in (("a", GOOD), ("b", GOOD_OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
        (tmp_path / folder / "feed.jsonl").write_text(json.dumps({"text": text}) + "\n")
        (tmp_path / folder / "index.html").write_text(  # a crawl: one in every folder
            f"<html><body><article><p>{text} {GOOD}</p><p>{GOOD_OTHER}</p></article></body>"
            "</html>", encoding="utf-8")
    arts = _articles(tmp_path)
    ids = [a.doc_id for a in arts]
    assert len(ids) == 6 and len(set(ids)) == 6, ids
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.add((r.article, r.events) for r in pipeline.process(arts))
        assert stats.added == 6 and store.count("articles") == 6


def test_hostile_edited_file_is_recoded_old_events_replaced(tmp_path, pipeline):
    report = tmp_path / "report.txt"
    db = tmp_path / "s.duckdb"

    def ingest() -> object:
        with Store(db) as store:
            return store.add((r.article, r.events) for r in pipeline.process(_articles(report)))

    report.write_text(GOOD, encoding="utf-8")
    first = ingest()
    assert (first.added, first.replaced) == (1, 0)
    assert (ingest().skipped, ingest().added) == (1, 0)  # unchanged: nothing to do
    report.write_text(GOOD_OTHER, encoding="utf-8")
    second = ingest()
    assert (second.added, second.replaced, second.failed) == (0, 1, 0)
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 1
        sentences = {r["sentence"] for r in store.query("SELECT sentence FROM events")}
        assert sentences == {GOOD_OTHER.strip()}


def _event(i: int, doc: str, text: str, **changes: object) -> object:
    from dataclasses import replace

    from dateline.records import Event

    return replace(Event(
        event_id=f"e{i}", doc_id=doc, event_type="ASSAULT", mode=None, status="actual",
        cameo_root="18", acled_event_type=None, acled_sub_event_type=None, source=None,
        target=None, location=None, date=f"2024-01-0{i + 1}", date_precision="day",
        fatalities=None, injuries=None, attribution=None, sentence=text, char_start=0,
        char_end=6), **changes)


def test_hostile_store_batch_with_a_failing_document_stores_the_others_whole(tmp_path):
    from dateline.records import Article

    docs = {"a": GOOD, "b": GOOD_OTHER, "c": GOOD.replace("Goma", "Herat")}
    batch = [(Article(doc_id=doc, text=text), [_event(2 * i, doc, text), _event(
        2 * i + 1, doc, text, sentence=None if doc == "b" else text)])  # NOT NULL broken
        for i, (doc, text) in enumerate(docs.items())]
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.add(batch)
        assert (stats.added, stats.failed, stats.events) == (2, 1, 4)
        assert len(stats.errors) == 1 and stats.errors[0].startswith("b: could not store")
        assert "\n" not in stats.errors[0]
        rows = store.query("SELECT doc_id, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
        assert rows == [{"doc_id": "a", "n": 2}, {"doc_id": "c", "n": 2}]
        assert store.count("articles") == 2
        again = store.add(batch)  # the stored ones are skipped; the failing one fails again
        assert (again.added, again.skipped, again.failed) == (0, 2, 1)


# --- processes ---------------------------------------------------------------------------------

_ORPHAN = textwrap.dedent("""
    import os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from dateline.processes import die_with_parent
    pool = ProcessPoolExecutor(2, initializer=die_with_parent, initargs=(os.getpid(),))
    pids = {f.result() for f in [pool.submit(os.getpid) for _ in range(8)]}
    print(" ".join(str(p) for p in pids),
          flush=True)
    time.sleep(600)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(") ")[-1].startswith("Z"))


def test_hostile_workers_die_with_their_parent():
    import signal

    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN], stdout=subprocess.PIPE)
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert workers and all(_alive(p) for p in workers)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_hostile_sigkilled_ingest_leaves_no_worker_behind(tmp_path, engine):
    import signal

    psutil = pytest.importorskip("psutil")
    if engine == "dask":
        pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"{i}.txt").write_text((GOOD + GOOD_OTHER) * 20, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(corpus), "--db",
                             str(tmp_path / "s.duckdb"), "--workers", "2", "--engine", engine,
                             "--no-progress"], stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 300
        while len(parent.children(recursive=True)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(3)  # the workers load the model and take their first documents
        children = parent.children(recursive=True)
        assert len(children) >= 2 and proc.poll() is None
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(c.pid) for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [c.pid for c in children if _alive(c.pid)]
    for pid in left:  # not to leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert not left


# A document that kills the worker process coding it, as a crash in compiled code would: the
# coder is patched in the parent before the workers are forked from it (the model is loaded
# there first, so that every pool started again forks it ready instead of loading it anew).
_CRASHING_WORKER = textwrap.dedent("""
    import sys
    from crashing import crash_on
    from dateline import annotate
    from dateline.learned import load_classifier

    crash_on("Kandahar")
    annotate.load_model()
    load_classifier()
    sys.argv = ["dateline", *sys.argv[1:]]
    from dateline.cli import main
    main()
""")


@pytest.mark.skipif(sys.platform != "linux", reason="workers forked from the patched parent")
@pytest.mark.parametrize("batch", ["1", "32"])
def test_hostile_worker_crash_costs_only_its_document(tmp_path, batch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [GOOD, GOOD_OTHER, "Gunmen attacked a checkpoint in Kandahar on Sunday.\n",
             GOOD.replace("Goma", "Herat"), GOOD_OTHER.replace("Mopti", "Gao")]
    names = ["a.txt", "b.txt", "c[/x]\x1b.txt", "d.txt", "e.txt"]
    for name, text in zip(names, texts, strict=True):
        _write(corpus, name, text.encode())
    db = tmp_path / "s.duckdb"
    r = subprocess.run([sys.executable, "-c", _CRASHING_WORKER, "ingest", str(corpus), "--db",
                        str(db), "--workers", "2", "--batch-size", batch, "--no-progress",
                        "--pubdate", "2024-03-18"], capture_output=True, timeout=600,
                       env=crashing.env())
    err = r.stderr.decode()
    lines = err.strip().splitlines()
    assert r.returncode == 1 and "Traceback" not in err, err
    assert len(lines) == 2, err  # the document that killed its worker, then the summary
    assert lines[0].startswith("error: ") and "c[/x]" in lines[0] and "\x1b" not in lines[0]
    assert "worker process coding it died" in lines[0]
    assert "4 document(s) added" in lines[1] and "1 failed" in lines[1]
    with Store(db, read_only=True) as store:
        stored = sorted(Path(r["doc_id"]).name for r in store.query("SELECT doc_id FROM articles"))
        assert stored == ["a.txt", "b.txt", "d.txt", "e.txt"]
        assert store.count("events") >= 4


def test_hostile_html_page_over_the_cap_is_cut_with_a_note(tmp_path, monkeypatch, pipeline):
    from dateline import clean

    monkeypatch.setattr(clean, "MAX_HTML_CHARS", 3_000)
    para = "<p>" + GOOD.strip() + " &amp; &#8212; &quot;more&quot;</p>\n"
    page = tmp_path / "page.html"
    page.write_text("<html><body><article>" + para * 200 + "</article></body></html>")
    (art,) = _articles(page)
    assert art.notes and "only the first" in art.notes[0] and len(art.text) < 3_000
    (res,) = list(pipeline.process([art]))
    assert res.error is None and res.warnings[0] == art.notes[0]


# --- the command line --------------------------------------------------------------------------

def _dateline(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                          timeout=timeout)


def test_hostile_cli_failed_input_exit_1_escaped_line_and_summary(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    _write(corpus, "x[/foo][bold red]bad.txt", b"\x00\x01\x02" * 500)  # "x[" is a folder
    _write(corpus, "x[/foo][bold red]also.txt", GOOD_OTHER.encode())
    db = tmp_path / "s.duckdb"
    r = _dateline("ingest", str(corpus), "--db", str(db), "--no-progress")
    err = r.stderr.decode()
    # (the articles' relative dates without --pubdate are one warning of their own)
    lines = [ln for ln in err.strip().splitlines()
             if not ln.startswith("warning: no publication date")]
    assert r.returncode == 1 and "Traceback" not in err
    assert len(lines) == 2, err  # the failed input, then the summary
    assert lines[0].startswith("error: ") and "x[/foo][bold red]bad.txt" in lines[0]
    assert "binary" in lines[0]
    assert "2 document(s) added" in lines[1] and "1 failed" in lines[1]
    with Store(db, read_only=True) as store:
        names = [r["doc_id"] for r in store.query("SELECT doc_id FROM articles")]
    assert sorted(Path(n).name for n in names) == ["foo][bold red]also.txt", "good.txt"]


def test_hostile_cli_serve_checks_the_store_before_announcing(tmp_path):
    import duckdb

    db = tmp_path / "locked.duckdb"
    with Store(db):
        pass
    writer = duckdb.connect(str(db))  # another process holds the write lock
    try:
        r = _dateline("serve", "--db", str(db), "--port", "1", timeout=120)
    finally:
        writer.close()
    err = r.stderr.decode()
    assert r.returncode == 1 and "serving" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and str(db) in err


def test_hostile_ingest_commits_every_few_seconds(tmp_path, monkeypatch):
    import dateline.ingest as ingest

    batches: list[int] = []
    real = Store.add

    def add(self, items):
        items = list(items)
        batches.append(len(items))
        return real(self, items)

    monkeypatch.setattr(Store, "add", add)
    monkeypatch.setattr(ingest, "COMMIT_SECONDS", 0.0)
    for i, text in enumerate((GOOD, GOOD_OTHER, GOOD.replace("Goma", "Herat"))):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    stats = ingest.ingest_paths([str(tmp_path)], db=tmp_path / "s.duckdb")
    assert stats.added == 3 and batches == [1, 1, 1]


def test_hostile_ingest_recodes_an_edited_file(tmp_path):
    from dateline.ingest import ingest_paths

    report, db = tmp_path / "report.txt", tmp_path / "s.duckdb"
    report.write_text(GOOD, encoding="utf-8")
    assert ingest_paths([str(report)], db=db).added == 1
    assert ingest_paths([str(report)], db=db).skipped == 1
    report.write_text(GOOD_OTHER, encoding="utf-8")
    assert ingest_paths([str(report)], db=db).replaced == 1
    with Store(db, read_only=True) as store:
        events = store.events()
        assert store.count("articles") == 1 and events
        assert all("Mopti" in e.sentence for e in events)  # the old events are gone


def test_hostile_reader_failure_stops_only_its_file(tmp_path, monkeypatch):
    import dateline.read as rd

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_OTHER, encoding="utf-8")
    real = rd.decode_bytes

    def decode_bytes(data: bytes, source: str) -> str:
        if source.endswith("a.txt"):
            raise MemoryError("out of memory")
        return real(data, source)

    monkeypatch.setattr(rd, "decode_bytes", decode_bytes)
    items = list(read_paths([str(tmp_path)]))
    assert isinstance(items[0], ReadError) and "MemoryError" in items[0].reason
    assert Path(items[1].doc_id).name == "b.txt"
