"""Hostile requests to the API: out-of-range numbers, wildcards, host headers and ids with line
breaks each get a clear answer, never a crash."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from dateline.store import Store


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    from dateline.records import Article, Event

    db = tmp_path_factory.mktemp("api") / "h.duckdb"
    texts = {"plain": "Rebels attacked a convoy near Goma.",
             "odd\nid": "Police raided 100% of the shops in Goma.",
             "under_score": "Soldiers shelled a village outside Kharkiv."}
    with Store(db) as store:
        store.add((Article(doc_id=doc, text=text), [Event(
            event_id=f"e{i}", doc_id=doc, event_type="ASSAULT", mode=None, status="actual",
            cameo_root="18", acled_event_type=None, acled_sub_event_type=None,
            source=None, target=None, location=None, date="2024-01-0" + str(i + 1),
            date_precision="day", fatalities=None, injuries=None, attribution=None,
            sentence=text, char_start=0, char_end=6)]) for i, (doc, text) in
            enumerate(texts.items()))
    return db


def _get(app, url: str, host: str = "localhost") -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{host}") as client:
            return await client.get(url)

    return asyncio.run(go())


@pytest.mark.parametrize("query", [
    "offset=9223372036854775808", "offset=9223372036854775807", "offset=-1",
    "min_fatalities=100000000000", "limit=0", "limit=100000000000000000000",
])
def test_hostile_api_out_of_range_numbers_are_400(hostile_db, query):
    from dateline.serve import create_app

    r = _get(create_app(hostile_db), f"/api/events?{query}")
    assert r.status_code == 400 and r.json()["error"]["code"] == 400


@pytest.mark.parametrize("query, expected", [
    ("q=%25", ["e1"]), ("q=_", []), ("q=100%25", ["e1"]), ("actor=%25", []),
    ("location=_", []), ("q=Goma", ["e0", "e1"]),
])
def test_hostile_api_like_wildcards_are_literal(hostile_db, query, expected):
    from dateline.serve import create_app

    body = _get(create_app(hostile_db), f"/api/events?{query}").json()
    assert sorted(e["event_id"] for e in body["events"]) == expected


@pytest.mark.parametrize("host, allowed, status", [
    ("localhost:8000", None, 200), ("127.0.0.1:8000", None, 200), ("[::1]:8000", None, 200),
    ("evil.example", None, 400), ("rebind.example:8000", None, 400),
    ("events.example.org", ["events.example.org"], 200), ("anything.example", ["*"], 200),
])
def test_hostile_api_host_header_allow_list(hostile_db, host, allowed, status):
    from dateline.serve import create_app

    app = create_app(hostile_db) if allowed is None else create_app(hostile_db,
                                                                    allowed_hosts=allowed)
    assert _get(app, "/api/meta", host=host).status_code == status


def test_hostile_api_event_and_article_ids_with_line_breaks(hostile_db):
    from dateline.serve import create_app

    app = create_app(hostile_db)
    ev = _get(app, "/api/events/e1").json()
    assert ev["event"]["doc_id"] == "odd\nid" and ev["evidence"]["sentence"].startswith("Police")
    art = _get(app, "/api/articles/odd%0Aid")
    assert art.status_code == 200 and art.json()["event_ids"] == ["e1"]
    assert _get(app, "/api/events/nope").status_code == 404
