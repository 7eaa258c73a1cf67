"""Watching a site: what is new is fetched, coded and stored once, across rounds and restarts;
other languages are stored uncoded; the API answers while a round runs."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import httpx
import pytest

from dateline.fetch import Fetcher
from dateline.language import detect
from dateline.store import Store
from dateline.watch import Watcher


@pytest.mark.parametrize("text, language", [
    ("Police fired tear gas at hundreds of fishermen who were protesting against a ban on "
     "night fishing in Kisumu on Monday, witnesses said.", "en"),
    ("Des rebelles armés ont attaqué un village près de Bukavu mardi, tuant trois civils, a "
     "déclaré un responsable local.", "fr"),
    ("Bewaffnete Rebellen haben am Dienstag ein Dorf in der Nähe von Bukavu angegriffen und "
     "drei Zivilisten getötet.", "de"),
    ("Police arrested 12.", None),  # too short to tell: coded as English
])
def test_language_detect(text, language):
    assert detect(text) == language


def _urls(store):
    return sorted(r["url"] for r in store.query("SELECT url FROM articles"))


def test_watch_judged_scenario(tmp_path, web_site, fetcher, pipeline):
    """Three articles stored; a second round adds nothing; a fourth is picked up next round; a
    French one is stored with its language and not coded."""
    db = tmp_path / "live.duckdb"
    feed = web_site.url("/feed.xml")
    with Store(db) as store:
        first = Watcher(store, [feed], pipeline=pipeline, fetcher=fetcher).round()
        assert first.errors == []
        assert first.ingest.added == 3 and first.ingest.events > 0
        assert store.count("articles") == 3
        events = store.count("events")
        assert events == first.ingest.events
        assert {e.doc_id for e in store.events()} == {
            web_site.url(f"/news/{p}.html")
            for p in ("kisumu-protest", "goma-shelling", "bujumbura-talks")}
    pages_fetched = sum(n for p, n in web_site.hits.items() if p.startswith("/news/"))
    assert pages_fetched == 3

    # a restart: a new watcher on the same store fetches the feed, and no page again
    with Store(db) as store:
        watcher = Watcher(store, [feed], pipeline=pipeline, fetcher=fetcher)
        second = watcher.round()
        assert (second.ingest.added, second.known, second.errors) == (0, 3, [])
        assert store.count("events") == events
        assert sum(n for p, n in web_site.hits.items() if p.startswith("/news/")) == 3

        web_site.feed.append("kampala-arrests")
        web_site.feed.append("bukavu-fr")
        third = watcher.round()
        assert third.ingest.added == 1 and third.ingest.events > 0
        assert third.ingest.other_language == 1 and third.ingest.languages == {"fr": 1}
        assert "1 skipped (language not coded: fr 1)" in third.summary()
        french = store.article(web_site.url("/news/bukavu-fr.html"))
        assert french is not None and french["language"] == "fr" and french["n_events"] == 0
        assert store.query("SELECT count(*) AS n FROM events WHERE doc_id = ?",
                           [web_site.url("/news/bukavu-fr.html")])[0]["n"] == 0
        kampala = store.article(web_site.url("/news/kampala-arrests.html"))
        assert kampala is not None and kampala["language"] == "en" and kampala["n_events"] > 0
        assert store.count("articles") == 5


def test_watch_survives_failures_and_tries_again(tmp_path, web_site, fetcher, pipeline):
    web_site.feed = ["kisumu-protest", "later-page"]
    with Store(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [web_site.url("/feed.xml"), "http://127.0.0.1:9/feed.xml",
                                  web_site.url("/error.html")], pipeline=pipeline,
                          fetcher=fetcher)
        first = watcher.round()
        assert first.ingest.added == 1
        assert len(first.errors) == 3  # the missing page, the unreachable host, the 500
        assert all("\n" not in e for e in first.errors)
        # the page appears: the next round picks it up
        web_site.feed = ["kisumu-protest", "goma-shelling"]
        second = watcher.round()
        assert second.ingest.added == 1 and second.known == 1
        assert store.count("articles") == 2


def test_watch_same_text_at_another_url_is_stored_once(tmp_path, web_site, fetcher, pipeline):
    with Store(tmp_path / "d.duckdb") as store:
        watcher = Watcher(store, [web_site.url("/news/kisumu-protest.html"),
                                  web_site.url("/news/kisumu-protest.html?utm=feed")],
                          pipeline=pipeline, fetcher=fetcher)
        stats = watcher.round()
        assert (stats.ingest.added, stats.duplicates) == (1, 1)
        assert store.count("articles") == 1


def test_watch_api_answers_during_a_round(tmp_path, web_site, fetcher, pipeline):
    from dateline.serve import create_app

    db = tmp_path / "s.duckdb"
    web_site.feed = ["kisumu-protest"]
    with Store(db) as store:
        Watcher(store, [web_site.url("/feed.xml")], pipeline=pipeline, fetcher=fetcher).round()
        app = create_app(store)
        web_site.gate.clear()  # /gate.html answers only when the test says so
        patient = Fetcher(replace(fetcher.settings, timeout=30.0))
        watcher = Watcher(store.cursor(), [web_site.url("/gate.html")], pipeline=pipeline,
                          fetcher=patient)
        done: list = []
        thread = threading.Thread(target=lambda: done.append(watcher.round()))
        thread.start()
        try:
            while web_site.hits["/gate.html"] == 0 and thread.is_alive():
                thread.join(0.05)
            assert thread.is_alive()  # the watcher is waiting for the page
            before = asyncio.run(_get(app, "/api/meta"))
            assert before.status_code == 200 and before.json()["articles"] == 1
        finally:
            web_site.gate.set()
            thread.join(60)
        assert done and done[0].ingest.added == 1
        after = asyncio.run(_get(app, "/api/meta")).json()
        assert after["articles"] == 2 and after["events"] > before.json()["events"]


async def _get(app, path):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.get(path)
