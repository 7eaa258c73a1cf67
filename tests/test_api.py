"""The REST API, in process over ASGI: filters, pagination, evidence, aggregates, errors."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from dateline.serve import create_app


@pytest.fixture(scope="module")
def app(demo_db):
    return create_app(demo_db)


def get(app, url: str) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get(url)

    return asyncio.run(go())


def test_api_events_lists_deduplicated_events_sorted(app):
    body = get(app, "/api/events?limit=1000").json()
    assert body["total"] == len(body["events"]) > 20
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates)
    keys = {"event_id", "doc_id", "event_type", "source", "target", "location", "sentence",
            "char_start", "char_end", "sources", "n_sources"}
    assert keys <= body["events"][0].keys()


def test_api_events_filters_narrow_the_list(app):
    total = get(app, "/api/events?limit=1000").json()["total"]
    assault = get(app, "/api/events?event_type=ASSAULT&limit=1000").json()
    assert 0 < assault["total"] < total
    assert {e["event_type"] for e in assault["events"]} == {"ASSAULT"}
    sdn = get(app, "/api/events?country=SDN").json()["events"]
    assert sdn and all("SDN" in (e["location"] or {}).get("country", "") or
                       "SDN" in ((e["source"] or {}).get("country") or "") or
                       "SDN" in ((e["target"] or {}).get("country") or "") for e in sdn)
    deadly = get(app, "/api/events?min_fatalities=5&limit=1000").json()["events"]
    assert deadly and all(e["fatalities"] >= 5 for e in deadly)
    text = get(app, "/api/events?q=tear%20gas").json()["events"]
    assert text and all("tear gas" in e["sentence"].lower() for e in text)
    dated = get(app, "/api/events?date_from=2024-05-01&date_to=2024-05-31").json()["events"]
    assert dated and all("2024-05-01" <= e["date"] <= "2024-05-31" for e in dated)


def test_api_events_actor_filter_takes_a_party_named_with_its_country(app):
    # the network names parties "Mali military", "Bangladesh police": the filter finds them
    found = get(app, "/api/events?actor=Mali%20military&limit=1000").json()["events"]
    assert found
    for e in found:
        sides = [s for s in (e["source"], e["target"]) if s]
        assert any(s.get("country") == "MLI" and "military" in
                   f"{s.get('name') or ''} {s.get('text') or ''}".lower()
                   or "mali military" in f"{s.get('name') or ''} {s.get('text') or ''}".lower()
                   for s in sides)
    assert get(app, "/api/events?actor=Atlantis%20military").json()["events"] == []


def test_api_events_paginates(app):
    first = get(app, "/api/events?limit=5&offset=0").json()
    second = get(app, "/api/events?limit=5&offset=5").json()
    assert len(first["events"]) == 5 and len(second["events"]) == 5
    assert not {e["event_id"] for e in first["events"]} & {e["event_id"] for e in
                                                           second["events"]}


def test_api_event_has_evidence_with_spans(app):
    event = get(app, "/api/events?event_type=COERCE&limit=1").json()["events"][0]
    body = get(app, f"/api/events/{event['event_id']}").json()
    ev = body["evidence"]
    start, end = ev["spans"]["event"]
    assert ev["sentence"][start:end] == event["trigger"]
    if ev["spans"]["source"] and event["source"]["text"]:
        s, e = ev["spans"]["source"]
        assert ev["sentence"][s:e] == event["source"]["text"]
    assert ev["article"]["doc_id"] == event["doc_id"]
    assert ev["mentions"] and ev["mentions"][0]["doc_id"]


def test_api_article_and_aggregates(app):
    event = get(app, "/api/events?limit=1").json()["events"][0]
    art = get(app, f"/api/articles/{event['doc_id']}").json()
    assert art["article"]["text"] and event["event_id"] in art["event_ids"]
    months = get(app, "/api/stats/timeline?interval=month").json()["counts"]
    assert months and all(set(c) == {"period", "event_type", "n"} for c in months)
    weeks = get(app, "/api/stats/timeline?interval=week").json()["counts"]
    assert weeks and all("-W" in c["period"] for c in weeks)
    countries = get(app, "/api/stats/countries").json()["counts"]
    assert sum(c["n"] for c in countries) == get(app, "/api/events").json()["total"]
    pairs = get(app, "/api/stats/actor_pairs?limit=5").json()["pairs"]
    assert pairs and pairs[0]["n"] >= pairs[-1]["n"]


def test_api_two_copies_of_a_report_are_one_event_with_two_sources(app):
    events = get(app, "/api/events?q=Khan%20Younis&event_type=ASSAULT").json()["events"]
    assert any(e["n_sources"] == 2 for e in events)


@pytest.mark.parametrize("url, status", [
    ("/api/events?limit=-5", 400),
    ("/api/events?limit=0", 400),
    ("/api/events?limit=100000", 400),
    ("/api/events?offset=-1", 400),
    ("/api/events?limit=abc", 400),
    ("/api/events?event_type=EXPLODE", 400),
    ("/api/events?country=Sudan", 400),
    ("/api/events?date_from=2024-02-30", 400),
    ("/api/events?date_to=yesterday", 400),
    ("/api/events?min_fatalities=-1", 400),
    ("/api/events?q=" + "x" * 500, 400),
    ("/api/stats/timeline?interval=hour", 400),
    ("/api/events/no-such-event", 404),
    ("/api/articles/no-such-article", 404),
    ("/api/nothing-here", 404),
])
def test_api_errors_have_one_json_shape(app, url, status):
    r = get(app, url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_api_sql_is_parameterised(app):
    r = get(app, "/api/events?actor=%27%3B%20DROP%20TABLE%20events%3B%20--")
    assert r.status_code == 200 and r.json()["events"] == []
    assert get(app, "/api/events").json()["total"] > 0


def test_api_openapi_document(app):
    doc = get(app, "/openapi.json").json()
    assert "/api/events" in doc["paths"] and "/api/events/{event_id}" in doc["paths"]


def test_api_dashboard_page_is_served(app):
    r = get(app, "/")
    assert r.status_code == 200 and "leaflet.js" in r.text
    assert "http" not in r.text.split("<body>")[1].split("</body>")[0].replace(
        "http://www.w3.org", "")  # no CDN
    assert get(app, "/static/vendor/leaflet.js").status_code == 200


@pytest.mark.parametrize("path, title", [("/docs", "Swagger UI"), ("/redoc", "ReDoc")])
def test_api_docs_pages_load_only_files_served_here(app, path, title):
    import re

    res = get(app, path)
    assert res.status_code == 200, title
    refs = re.findall(r'(?:src|href)="([^"]+)"', res.text)
    assert refs and all(r.startswith("/") for r in refs), refs  # nothing from a CDN
    assert "fonts.googleapis" not in res.text and "cdn." not in res.text
    for ref in refs:
        served = get(app, ref)
        assert served.status_code == 200 and len(served.content) > 500, ref
    assert get(app, "/openapi.json").json()["paths"]["/api/events"]


def test_api_vendored_docs_scripts_ask_nothing_of_the_network():
    from dateline.serve.app import _STATIC

    redoc = (_STATIC / "vendor" / "redoc.standalone.js").read_text(encoding="utf-8")
    assert "cdn.redoc.ly" not in redoc and "fonts.googleapis" not in redoc
    for name in ("LICENSE.swagger-ui", "LICENSE.redoc"):
        assert (_STATIC / "vendor" / name).stat().st_size > 500


def test_api_actor_pairs_are_parties_under_readable_labels(app):
    pairs = get(app, "/api/stats/actor_pairs?limit=100").json()["pairs"]
    assert len(pairs) >= 10
    labels = {p["source"] for p in pairs} | {p["target"] for p in pairs}
    events = get(app, "/api/events?limit=1000").json()["events"]
    things = {e["target"]["text"] for e in events
              if e["target"] and not (e["target"]["sector"] or e["target"]["country"])}
    assert things and not labels & things  # "the convoy", "the proposal": not parties
    # people known by a field are named by their own words ("Bangladesh students")
    assert any(label.endswith("students") for label in labels)
    assert not any(label.endswith("education") for label in labels)
    for p in pairs:
        assert p["n"] == sum(p["event_types"].values())
    mali = get(app, "/api/stats/actor_pairs?country=MLI").json()["pairs"]
    assert mali
    # a roadside bomb no one is named for is an unidentified armed group's, as ACLED codes it;
    # militants the article ties to a named group ("linked to al-Qaeda") go by the group's name
    sources = {p["source"] for p in mali}
    assert "Mali unidentified armed group" in sources
    assert sources <= {"Mali government", "Mali military", "Mali rebels", "al-Qaeda",
                       "Mali unidentified armed group"}
    lebanon = get(app, "/api/stats/actor_pairs?actor=police&country=LBN").json()["pairs"]
    assert lebanon and all("police" in p["source"] + p["target"] for p in lebanon)


@pytest.mark.parametrize("actor, label", [
    ({"text": "25 students", "name": "education", "country": None, "sector": "EDU"}, "students"),
    ({"text": "thousands of students protesting against job quotas in Dhaka", "name": "education",
      "country": None, "sector": "EDU"}, "students"),
    ({"text": "hundreds of protesters", "name": "civilians", "country": None, "sector": "CVL"},
     "protesters"),
    ({"text": "The depositors' association", "name": "civilians", "country": None,
      "sector": "CVL"}, "civilians"),
    ({"text": "The army", "name": "military", "country": "MLI", "sector": "MIL"}, "Mali military"),
    ({"text": "Malian army drones", "name": "Mali military", "country": "MLI", "sector": "MIL"},
     "Mali military"),
    ({"text": "", "name": "police (implied)", "country": "LBN", "sector": "COP"}, "Lebanon police"),
    ({"text": "the M23 rebels", "name": "M23 rebels", "country": "COD", "sector": "REB"},
     "M23 rebels"),
    ({"text": "Caretaker Prime Minister Najib Mikati", "name": "Caretaker Prime Minister Najib "
      "Mikati", "country": "LBN", "sector": "GOV"}, "Caretaker Prime Minister Najib Mikati"),
    ({"text": "displaced people", "name": None, "country": None, "sector": "REF"},
     "displaced people"),
])
def test_network_actor_label(actor, label):
    from dateline.serve.network import actor_label, is_party

    assert is_party(actor)
    assert actor_label(actor) == label


@pytest.mark.parametrize("actor", [
    {"text": "the convoy", "name": None, "country": None, "sector": None},
    {"text": "the proposal", "name": None, "country": None, "sector": None},
    {"text": "", "name": None, "country": "LBN", "sector": None},
])
def test_network_things_are_not_parties(actor):
    from dateline.serve.network import is_party

    assert not is_party(actor)


def test_api_meta_counts_the_events_the_demo_summary_counts(app, demo_db):
    from dateline.store import Store

    meta = get(app, "/api/meta").json()
    with Store(demo_db, read_only=True) as store:
        summary = store.summary()
    assert summary["events"] > summary["merged_events"]  # the demo has reports of one happening
    for key in ("by_type", "by_country", "by_month"):
        assert sum(n for _, n in summary[key]) == summary["merged_events"] == meta["events"]
    assert dict(summary["by_type"]) == {t["event_type"]: t["n"] for t in meta["event_types"]}
