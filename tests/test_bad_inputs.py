"""Bad input end to end, each case written here: a file that cannot be read gives one escaped
line and the rest of the batch is stored; one that can be read is, whatever its encoding,
markup or name. (Cases beside those of test_hostile.py.)"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.store import Store

GOOD = "Police arrested three protesters in Goma on Monday, officials said.\n"
OTHER = "Rebels attacked an army post near Mopti on Friday, killing two soldiers."


def _write(d: Path, name: str | bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(d), os.fsencode(name)), "wb") as fh:
        fh.write(data)


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _sparse(d: Path, name: str, size: int) -> None:
    with open(d / name, "wb") as fh:
        fh.truncate(size)


# name -> (writes the bad input into a folder; the words of its one-line error, or None when
# it must be stored; a word its stored text holds)
BAD: dict[str, tuple[Callable[[Path], None], str | None, str | None]] = {
    "random bytes": (lambda d: _write(d, "junk.bin.txt", bytes(range(256)) * 20), "binary",
                     None),
    "Latin-1 text": (lambda d: _write(d, "latin1.txt", f"{OTHER} The café owner in Ségou "
                                      f"said so.".encode("latin-1")), None, "Ségou"),
    "UTF-16 text with a BOM": (lambda d: _write(d, "utf16.txt", OTHER.encode("utf-16")), None,
                               "Mopti"),
    "UTF-16 JSONL with a BOM": (
        lambda d: _write(d, "utf16.jsonl", _jsonl({"id": "u16", "text": OTHER}).encode("utf-16")),
        None, "Mopti"),
    "UTF-32 JSONL with a BOM": (
        lambda d: _write(d, "utf32.jsonl", _jsonl({"id": "u32", "text": OTHER}).encode("utf-32")),
        None, "Mopti"),
    "a 50 MB file": (lambda d: _sparse(d, "big.txt", 50 * 1_048_576), "over 10 MB", None),
    "HTML nested 5,000 deep": (
        lambda d: _write(d, "deep.html", ("<html><body>" + "<div>" * 5000 + f"<p>{OTHER}</p>"
                                          + "</div>" * 5000 + "</body></html>").encode()),
        None, "Mopti"),
    "HTML with a 5 MB attribute": (
        lambda d: _write(d, "attr.html", (f'<html><body><p title="{"A" * 5_000_000}">{OTHER}'
                                          f"</p></body></html>").encode()), None, "Mopti"),
    "HTML with a 3 MB script": (
        lambda d: _write(d, "script.html", (f"<html><body><script>var s='{'x' * 3_000_000}';"
                                            f"</script><p>{OTHER}</p></body></html>").encode()),
        None, "Mopti"),
    "WARC whose header is not one": (
        lambda d: _write(d, "broken.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length:"
                         b" 999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>cut"), "corrupt WARC", None),
    ".warc.gz cut in its first header": (
        lambda d: _write(d, "cut.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: resp")[:30]),
        "no WARC header", None),
    "a text file named .warc": (lambda d: _write(d, "text.warc", b"not an archive at all\n"),
                                "is it a WARC file", None),
    "an empty .warc.gz": (lambda d: _write(d, "empty.warc.gz", gzip.compress(b"")),
                          "not a WARC file", None),
    "file name in Japanese": (lambda d: _write(d, "報告 ü.txt", OTHER.encode()), None, "Mopti"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_one_line_and_the_rest_stored(tmp_path, pipeline, name):
    from dateline.pipeline import articles_from_paths

    make, message, word = BAD[name]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-good.txt").write_text(GOOD, encoding="utf-8")
    make(corpus)
    (corpus / "z-good.txt").write_text(GOOD, encoding="utf-8")
    results = list(pipeline.process(articles_from_paths([str(corpus)])))
    errors = [r.error for r in results if r.error is not None]
    stored = [r.article for r in results if r.article is not None]
    assert {Path(a.path or "").name for a in stored} >= {"a-good.txt", "z-good.txt"}
    for err in errors:
        assert "\n" not in str(err) and str(err).isprintable()
    if message is None:
        assert errors == [] and len(stored) == 3, errors
        assert any(word in a.text for a in stored)
    else:
        assert len(errors) == 1 and message in str(errors[0]), errors
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.add((r.article, r.events) for r in results if r.article is not None)
        assert stats.failed == 0 and stats.added == len(stored)


@pytest.mark.parametrize("date, warned", [
    ("2024-03-01", False),
    ("not a date", True),
    ("2024-13-45", True),
])
def test_bad_input_jsonl_date_that_is_no_date_is_a_warning(tmp_path, date, warned):
    from dateline.pipeline import articles_from_paths

    path = tmp_path / "d.jsonl"
    path.write_text(_jsonl({"id": "d1", "text": OTHER, "date": date}), encoding="utf-8")
    (article,) = articles_from_paths([str(path)])
    assert any("is not a date" in n for n in article.notes) == warned
    assert article.pubdate == (None if warned else date)


def test_bad_input_utf8_bom_jsonl_is_read(tmp_path):
    from dateline.read import read_paths

    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + _jsonl({"id": "b", "text": OTHER}).encode())
    assert [d.doc_id for d in read_paths([path])] == ["b"]


def _dateline(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True,
                          timeout=timeout)


def test_bad_input_cli_ingest_each_bad_file_one_line_the_rest_stored_and_kept(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    _write(corpus, "two\nlines.txt", OTHER.encode())
    (corpus / "mixed.jsonl").write_text(
        _jsonl({"id": "j1", "text": OTHER}) + '{"id": "j2", "text": "cut\n[1, 2]\n',
        encoding="utf-8")
    # one sentence of 100 KB: coded (cut, with warnings), not refused
    (corpus / "long.txt").write_text("Police arrested " + ", ".join(
        ["a protester from Goma"] * 4600) + " on Monday.\n", encoding="utf-8")
    for case in ("random bytes", "a 50 MB file", "WARC whose header is not one",
                 "HTML nested 5,000 deep"):
        BAD[case][0](corpus)
    db = tmp_path / "s.duckdb"
    missing = str(tmp_path / "missing.txt")
    r = _dateline("ingest", str(corpus), missing, "--db", str(db), "--no-progress",
                  "--pubdate", "2024-03-18")
    err = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in err, err
    errors = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert all(ln.isprintable() for ln in err.splitlines())
    summary = errors.pop()
    assert "6 failed" in summary, err  # 3 bad files, 2 bad JSONL lines, the missing file
    for words in ("junk.bin.txt: looks like a binary", "big.txt: documents over 10 MB",
                  "broken.warc: truncated or corrupt WARC", "mixed.jsonl:2: malformed JSON",
                  "mixed.jsonl:3: a JSONL line must be an object",
                  "missing.txt: no such file"):
        assert sum(words in ln for ln in errors) == 1, (words, err)
    assert len(errors) == 6, err
    with Store(db, read_only=True) as store:
        stored = sorted(Path(r["doc_id"]).name for r in store.query(
            "SELECT doc_id FROM articles"))
    assert stored == ["deep.html", "good.txt", "j1", "long.txt", "two\\nlines.txt"]
    # a second run keeps what was stored and adds nothing
    again = _dateline("ingest", str(corpus), "--db", str(db), "--no-progress",
                      "--pubdate", "2024-03-18")
    assert again.returncode == 1 and "0 document(s) added" in again.stderr.decode()
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 5


@pytest.mark.parametrize("args, words", [
    (["events", "--db", "x.duckdb", "--limit", "-3"], "Invalid value for '--limit'"),
    (["extract", "x.txt", "--engine", "spark"], "Invalid value for '--engine'"),
    (["extract"], "Missing argument"),
    (["nosuchcommand"], "No such command"),
])
def test_bad_input_cli_usage_error_is_one_line(args, words):
    r = _dateline(*args, timeout=60)
    lines = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1, lines
    assert lines[0].startswith("error: ") and words in lines[0] and "--help" in lines[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@pytest.mark.parametrize("jsonl", [True, False])
def test_bad_input_stdin_in_any_unicode_encoding(encoding, jsonl):
    import io

    from dateline.read import read_paths

    data = (_jsonl({"id": "s1", "text": OTHER}, {"id": "s2", "text": GOOD}) if jsonl
            else OTHER + " In Ségou.\n").encode(encoding)
    docs = list(read_paths(["-"], stdin=io.BytesIO(data)))
    if jsonl:
        assert [d.doc_id for d in docs] == ["s1", "s2"]
    else:
        assert len(docs) == 1 and docs[0].body.startswith(OTHER) and "Ségou" in docs[0].body


@pytest.mark.parametrize("text, broken", [
    ("Police arrested three protesters in Goma.", False),
    ("see https://example.org/" + "a" * 900 + " for more", False),  # under the limit
    ("!" * 2500, True),          # a row of marks: split one at a time, in square time
    ("x" * 1000 + " tail", True),
])
def test_bad_input_stretch_without_spaces_is_parsed_in_pieces(text, broken):
    from dateline.annotate import _rejoined

    parsed, written = _rejoined(text)
    assert len(parsed) == len(text)  # offsets hold
    assert (written == text) if broken else (written is None and parsed == text)
    assert max(len(w) for w in parsed.split()) < (100 if broken else 1000)
