"""The bundled illustrative articles: present, marked, and clean to read."""

from __future__ import annotations

import pytest

from dateline.pipeline import articles_from_paths
from dateline.records import Article

CHROME = ("Select Page", "Subscribe to our newsletter", "Share this", "©", "Accept all cookies",
          "Most read")


def _files(examples_dir):
    return sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))


def test_examples_enough_articles_in_several_formats(examples_dir):
    files = _files(examples_dir)
    assert len(files) >= 10
    assert {p.suffix for p in files} == {".txt", ".html", ".jsonl"}


def test_examples_every_file_is_marked_illustrative(examples_dir):
    for path in _files(examples_dir):
        text = path.read_text(encoding="utf-8")
        assert "Illustrative" in text and "not a real" in text, path.name


def test_examples_read_clean_without_chrome(examples_dir):
    articles = list(articles_from_paths([str(examples_dir)]))
    assert articles and all(isinstance(a, Article) for a in articles), [a for a in articles
                                                          if not isinstance(a, Article)]
    assert len(articles) >= 14
    for art in articles:
        for chrome in CHROME:
            assert chrome not in art.text, (art.doc_id, chrome)
        assert art.pubdate is not None, art.doc_id


@pytest.mark.parametrize("name, place, outlet", [
    ("beirut-levant-wire-protest.txt", "Beirut", "Levant Wire"),
    ("khartoum-nile-monitor-clashes.html", "Khartoum", "Nile Monitor"),
])
def test_examples_dateline_becomes_metadata(examples_dir, name, place, outlet):
    (art,) = list(articles_from_paths([str(examples_dir / name)]))
    assert art.dateline_place == place
    assert art.outlet == outlet
    assert not art.text.upper().startswith(place.upper())
