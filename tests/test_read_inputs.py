"""Inputs beyond files of text: CSV, gzipped JSONL and URLs, wherever paths are accepted."""

from __future__ import annotations

import gzip
import json

import pytest

from dateline.errors import ReadError
from dateline.feeds import read_inputs
from dateline.read import RawDocument, read_paths
from dateline.tabular import Columns

STORY = "Police arrested twelve protesters in Kisumu on Monday, witnesses said."


def _docs(found):
    docs = [f for f in found if isinstance(f, RawDocument)]
    assert docs, "nothing was read"
    return docs


@pytest.mark.parametrize("content, columns, ids, dates", [
    # the usual names, found without being told
    ("id,date,title,text\na1,2025-03-04,T,\"" + STORY + "\"\n", None, ["a1"], ["2025-03-04"]),
    # other usual names, any case; rows without an id are numbered
    ("Headline;Body;Published\nT;" + STORY + ";2025-03-05\n", None, ["s.csv:1"],
     ["2025-03-05"]),
    # named columns
    ("story_id\tday\tcopy\nk9\t2025-03-06\t" + STORY + "\n",
     Columns(text="copy", date="day", id="story_id"), ["k9"], ["2025-03-06"]),
])
def test_read_csv_columns(tmp_path, content, columns, ids, dates):
    path = tmp_path / "s.csv"
    path.write_text(content, encoding="utf-8")
    docs = _docs(read_paths([path], columns=columns))
    assert [d.doc_id.rsplit("/", 1)[-1] for d in docs] == ids  # numbered rows: FILE:N
    assert [d.date for d in docs] == dates
    assert docs[0].body == STORY


@pytest.mark.parametrize("content, columns, message", [
    ("a,b\n1,2\n", None, "no text column; name it with --text-col (columns: a, b)"),
    ("text\nx\n", Columns(date="when"), "no column 'when' for the date"),
    ("", None, "empty"),
])
def test_read_csv_errors_are_one_line(tmp_path, content, columns, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    found = list(read_paths([path], columns=columns))
    assert len(found) == 1 and isinstance(found[0], ReadError)
    assert message in str(found[0])


def test_read_csv_bad_row_is_skipped_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f"id,text\na,{STORY}\nb,\nc,{STORY}\n", encoding="utf-8")
    found = list(read_paths([path]))
    assert [type(f).__name__ for f in found] == ["RawDocument", "ReadError", "RawDocument"]
    assert "rows.csv:3" in str(found[1])


def test_read_jsonl_gz(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "w1", "text": STORY, "date": "2025-03-04"}) + "\n")
        fh.write("{not json\n")
    found = list(read_paths([path]))
    assert isinstance(found[0], RawDocument) and found[0].doc_id == "w1"
    assert isinstance(found[1], ReadError) and "wire.jsonl.gz:2" in str(found[1])


def test_read_jsonl_gz_corrupt(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "x", "text": "a b c"}\n' * 50)[:40])
    found = list(read_paths([path]))
    assert found and isinstance(found[-1], ReadError)
    assert "gzip" in str(found[-1])


def test_read_directory_finds_csv_and_jsonl_gz(tmp_path):
    (tmp_path / "a.csv").write_text(f"text\n{STORY}\n", encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": STORY}) + "\n")
    assert len(_docs(read_paths([tmp_path]))) == 2


def test_read_urls_beside_files(tmp_path, web_site, fetcher):
    (tmp_path / "local.txt").write_text(STORY, encoding="utf-8")
    found = list(read_inputs([web_site.url("/sitemap.xml"), tmp_path / "local.txt",
                              web_site.url("/error.html")], fetcher=fetcher))
    docs = _docs(found)
    assert [d.doc_id for d in docs][:2] == [web_site.url("/news/kisumu-protest.html"),
                                            web_site.url("/news/goma-shelling.html")]
    assert docs[2].doc_id.endswith("local.txt")
    assert isinstance(found[-1], ReadError) and "HTTP 500" in str(found[-1])
