"""Readers and cleaning on every input format, and on bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from dateline.errors import ReadError
from dateline.pipeline import articles_from_paths
from dateline.read import RawDocument, read_paths
from dateline.records import Article

PAGE = """<!DOCTYPE html><html><head><title>Clashes in the north | Valley Times</title>
<meta property="og:site_name" content="Valley Times">
<meta property="article:published_time" content="2024-04-02T10:00:00Z"></head>
<body><nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
<article><h1>Clashes in the north</h1>
<p>MOPTI, Valley Times — Soldiers clashed with militants near the town of Djenne on Monday, the
army said in a statement issued late in the evening.</p>
<p>Three soldiers were wounded in the fighting, according to a local official who asked not to be
named because he was not allowed to speak to reporters.</p></article>
<footer>Subscribe to our newsletter. &copy; 2024 Valley Times. Illustrative page.</footer>
</body></html>"""

DUMP = """Valley Times | World
Select Page
Home
Politics
Clashes in the north
Share this:
MOPTI, Valley Times - Soldiers clashed with militants near the town of Djenne on Monday, the army
said in a statement issued late in the evening.
Three soldiers were wounded in the fighting, according to a local official.
Subscribe to our newsletter
(c) 2024 Valley Times
"""


def _one(path) -> Article:
    (item,) = list(articles_from_paths([str(path)]))
    assert isinstance(item, Article), item
    return item


def _warc(path, html: str, *, gz: bool, truncate: int | None = None) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record(f"http://example.org/{i}", "response",
                                           payload=io.BytesIO(html.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    data = buf.getvalue()
    path.write_bytes(data[:truncate] if truncate else data)


def test_read_text_dump_drops_chrome_and_keeps_dateline_as_metadata(tmp_path):
    p = tmp_path / "dump.txt"
    p.write_text(DUMP, encoding="utf-8")
    art = _one(p)
    assert art.text.startswith("Soldiers clashed")
    for chrome in ("Select Page", "Share this", "Subscribe", "Valley Times |", "Home"):
        assert chrome not in art.text
    assert art.dateline_place == "Mopti" and art.outlet == "Valley Times"
    assert art.title == "Clashes in the north"


def test_read_html_page_main_text_title_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    art = _one(p)
    assert art.text.startswith("Soldiers clashed") and "Subscribe" not in art.text
    assert "Sport" not in art.text
    assert art.pubdate == "2024-04-02" and not art.pubdate_guessed
    assert art.dateline_place == "Mopti"


def test_read_jsonl_fields_and_ids(tmp_path):
    p = tmp_path / "wire.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a1", "text": "Police arrested two men in Herat.", "title": "Arrests",
         "date": "2024-06-04", "url": "http://example.org/a1", "source": "Wire"},
        {"id": 7, "text": "Rebels attacked a convoy near Goma."},
    ]), encoding="utf-8")
    a, b = list(articles_from_paths([str(p)]))
    assert (a.doc_id, a.title, a.pubdate, a.url, a.outlet) == (
        "a1", "Arrests", "2024-06-04", "http://example.org/a1", "Wire")
    assert b.doc_id == "7" and b.pubdate is None


@pytest.mark.parametrize("gz", [False, True])
def test_read_warc_response_records(tmp_path, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(p, PAGE, gz=gz)
    items = list(articles_from_paths([str(p)]))
    assert len(items) == 2 and all(isinstance(a, Article) for a in items)
    assert items[0].doc_id == "http://example.org/0"


def test_read_directory_recursive_and_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # file ids are paths relative to the working directory
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.png").write_bytes(b"\x89PNG\r\n")
    items = list(articles_from_paths([str(tmp_path / "a")]))
    assert sorted(a.doc_id for a in items) == ["a/b/two.html", "a/one.txt"]
    stdin = io.BytesIO(b"Police arrested three protesters in Lahore on Friday, officials said.")
    (raw,) = list(read_paths(["-"], stdin=stdin))
    assert isinstance(raw, RawDocument) and raw.doc_id.startswith("stdin:")


def test_read_encoding_detection(tmp_path):
    p = tmp_path / "latin.txt"
    text = ("Les manifestants ont défilé à Bamako après l'arrestation du député, "
            "a déclaré la police.")
    p.write_bytes(text.encode("cp1252"))
    assert "défilé" in _one(p).text


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("binary.txt", b"\x00\x01\x02\x03" * 500, "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "whitespace"),
    ("bad.jsonl", b"{not json}\n", "malformed JSON"),
    ("types.jsonl", b'{"id": "x", "text": 42}\n', "'text'"),
    ("list.jsonl", b'[1, 2, 3]\n', "object"),
    ("ids.jsonl", b'{"id": {"a": 1}, "text": "Rebels attacked."}\n', "'id'"),
])
def test_read_bad_input_is_a_one_line_error(tmp_path, name, content, message):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    items = list(articles_from_paths([str(p)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert message in str(items[0]) and "\n" not in str(items[0])


def test_read_invalid_utf8_is_decoded_or_refused(tmp_path):
    p = tmp_path / "mixed.txt"
    p.write_bytes(b"Soldiers clashed with militants near Djenne on Monday, officials said \xff\xfe"
                  b"\xc3\x28 and three were wounded.")
    (item,) = list(articles_from_paths([str(p)]))
    assert isinstance(item, Article | ReadError)
    if isinstance(item, Article):
        assert "Soldiers clashed" in item.text


def test_read_malformed_jsonl_line_skipped_batch_goes_on(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"id": "ok1", "text": "Rebels attacked a convoy near Goma."}\n'
                 '{"id": "broken", "text": \n'
                 '{"id": "ok2", "text": "Police arrested two men in Herat."}\n', encoding="utf-8")
    items = list(articles_from_paths([str(p)]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert "mixed.jsonl:2" in str(items[1])


def test_read_truncated_warc_keeps_what_was_read(tmp_path):
    p = tmp_path / "cut.warc.gz"
    full = tmp_path / "full.warc.gz"
    _warc(full, PAGE, gz=True)
    _warc(p, PAGE, gz=True, truncate=len(full.read_bytes()) - 200)
    items = list(articles_from_paths([str(p)]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], ReadError) and "truncated" in str(items[-1])


def test_read_gzip_bomb_in_warc_is_refused(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "bomb.warc.gz"
    with p.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        payload = io.BytesIO(b"<html><body>" + b"A" * (12 * 1024 * 1024) + b"</body></html>")
        writer.write_record(writer.create_warc_record("http://example.org/bomb", "response",
                                                      payload=payload, http_headers=headers))
    assert p.stat().st_size < 200_000  # it really is a bomb: tiny on disk
    items = list(articles_from_paths([str(p)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert "too large" in str(items[0])


def test_read_giant_file_is_refused_quickly(tmp_path):
    p = tmp_path / "giant.txt"
    with p.open("wb") as fh:
        fh.write(b"word " * (11 * 1024 * 1024 // 5))
    items = list(articles_from_paths([str(p)]))
    assert isinstance(items[0], ReadError) and "MB" in str(items[0])


def test_read_gz_helper_roundtrip():
    assert gzip.decompress(gzip.compress(b"x")) == b"x"


@pytest.mark.parametrize(("fields", "source"), [
    ({"where": "wire.jsonl:7", "path": "wire.jsonl"}, "wire.jsonl:7"),  # the record in its file
    ({"path": "notes/brief.txt"}, "notes/brief.txt"),  # the file
    ({}, "brief-7"),  # the id
])
def test_read_source_names_the_record_alike_before_and_after_cleaning(fields, source):
    raw = RawDocument(doc_id="brief-7", body="Guards closed the gate.", kind="text", **fields)
    article = Article(doc_id="brief-7", text="Guards closed the gate.", **fields)
    assert raw.source == article.source == source
