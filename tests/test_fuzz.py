"""Hostile input: property-based and fuzz tests for the readers, the cleaner and the coder. Every
input gives a clear error or a sane result, and the batch goes on."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import ReadError
from dateline.pipeline import articles_from_paths
from dateline.records import Article

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".html", ".jsonl",
                                                              ".warc", ".warc.gz"]))
def test_fuzz_any_bytes_any_format_never_crash(tmp_path_factory, data, suffix):
    p = tmp_path_factory.mktemp("fz") / f"input{suffix}"
    p.write_bytes(data)
    for item in articles_from_paths([str(p)]):
        assert isinstance(item, Article | ReadError)
        if isinstance(item, ReadError):
            assert "\n" not in str(item)
        else:
            assert item.text.strip()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8),
                                                                       children, max_size=4),
    max_leaves=12)


@FAST
@given(records=st.lists(st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": JSON_VALUES | st.text(min_size=1, max_size=200),
                  "date": JSON_VALUES, "title": JSON_VALUES, "source": JSON_VALUES}),
    min_size=1, max_size=8))
def test_fuzz_jsonl_with_wrong_types(tmp_path_factory, records):
    p = tmp_path_factory.mktemp("fz") / "docs.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = list(articles_from_paths([str(p)]))
    assert len(items) == len(records)  # one result per line: the batch goes on
    for item in items:
        assert isinstance(item, Article | ReadError)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=600))
def test_fuzz_coder_on_arbitrary_text(pipeline, text):
    art = Article(doc_id="fz", text=text, pubdate="2024-01-01")
    for e in pipeline.extract(art):
        assert 0 <= e.char_start < e.char_end <= len(text)
        assert text[e.char_start:e.char_end] == e.trigger
        assert e.sentence and e.sentence in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(
    ["police", "arrested", "killed", "the", "rebels", "in", "Goma", "and", ",", "yesterday",
     "two", "were", "by", "not", "attack", "threatened", "to", "talks", "held", "said", "."]),
    min_size=1, max_size=40))
def test_fuzz_coder_on_event_word_salad(pipeline, words):
    text = " ".join(words)
    for e in pipeline.extract(Article(doc_id="fz", text=text, pubdate="2024-01-01")):
        assert e.event_type and e.status
        assert e.fatalities is None or 0 <= e.fatalities < 10_000


def test_fuzz_deeply_nested_html(tmp_path):
    p = tmp_path / "nested.html"
    depth = 20_000
    p.write_text("<html><body>" + "<div>" * depth + "<p>Rebels attacked a convoy near Goma on "
                 "Monday, officials said, and three soldiers were wounded.</p>" + "</div>" * depth
                 + "</body></html>", encoding="utf-8")
    (item,) = list(articles_from_paths([str(p)]))
    assert isinstance(item, Article | ReadError)


def test_fuzz_fifty_megabyte_single_line(tmp_path):
    p = tmp_path / "line.txt"
    with p.open("wb") as fh:
        chunk = b"rebels attacked " * 4096
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            fh.write(chunk)
    items = list(articles_from_paths([str(p)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    p2 = tmp_path / "line.jsonl"
    with p2.open("wb") as fh:
        fh.write(b'{"id": "big", "text": "')
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            fh.write(chunk)
        fh.write(b'"}\n{"id": "small", "text": "Police arrested two men in Herat."}\n')
    items = list(articles_from_paths([str(p2)]))
    assert [type(i).__name__ for i in items] == ["ReadError", "Article"]


def test_fuzz_hundred_thousand_tiny_documents(tmp_path):
    p = tmp_path / "tiny.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for i in range(100_000):
            fh.write(f'{{"id": "t{i}", "text": "Rebels attacked post {i}."}}\n')
    n = sum(1 for item in articles_from_paths([str(p)]) if isinstance(item, Article))
    assert n == 100_000


def test_fuzz_nul_bytes_and_invalid_utf8(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"Rebels attacked\x00 a convoy\xff\xfe near Goma." * 10)
    (item,) = list(articles_from_paths([str(p)]))
    assert isinstance(item, ReadError) and "binary" in str(item)
