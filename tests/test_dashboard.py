"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against a real
uvicorn server on a free local port, with no network beyond it."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]
OUT = Path(__file__).resolve().parent.parent / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(demo_db):
    import uvicorn

    from dateline.serve import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="error")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        # nothing may leave this machine: any request not to our server is refused and recorded
        outside: list[str] = []

        def guard(route):
            if route.request.url.startswith(server):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(server + "/")
        pg.wait_for_function("document.body.dataset.ready === '1'", timeout=20000)
        pg.errors = errors  # type: ignore[attr-defined]
        pg.outside = outside  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _markers(page) -> int:
    return int(page.get_attribute("#map", "data-markers") or 0)


def test_dashboard_loads_without_errors_and_shows_markers(page):
    assert page.errors == []
    assert page.outside == []
    assert _markers(page) > 10
    assert page.locator(".leaflet-interactive, .marker-cluster").count() > 0
    assert page.locator("#timeline rect").count() > 0
    assert page.locator("#network line").count() > 0
    assert page.locator("#events tbody tr").count() > 10
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard.png"), full_page=True)


def test_dashboard_filter_narrows_map_and_table(page):
    rows_before = page.locator("#events tbody tr").count()
    markers_before = _markers(page)
    page.click(".chip[data-type='PROTEST']")
    page.wait_for_function(
        "n => document.querySelectorAll('#events tbody tr').length < n", arg=rows_before)
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < rows_before
    assert _markers(page) < markers_before
    for i in range(rows.count()):
        assert rows.nth(i).locator("td").nth(1).inner_text().startswith("PROTEST")
    page.click("#f-reset")
    page.wait_for_function(
        "n => document.querySelectorAll('#events tbody tr').length === n", arg=rows_before)


def test_dashboard_evidence_highlights_spans(page):
    page.fill("#f-q", "arrested")
    page.wait_for_timeout(800)
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#evidence mark.event")
    sentence = page.inner_text("#evidence .sentence")
    event_word = page.inner_text("#evidence .sentence mark.event")
    assert event_word and event_word in sentence
    assert page.locator("#evidence .sentence mark.actor").count() + page.locator(
        "#evidence .sentence mark.recipient").count() >= 1
    assert page.locator("#evidence .sources li").count() >= 1
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard-evidence.png"), full_page=True)
    assert page.errors == []


def test_dashboard_admin1_boundaries_served_and_drawn_when_zoomed_in(page, server):
    import json
    import urllib.request

    # the vendored Natural Earth admin-1 TopoJSON is served beside the world outline
    with urllib.request.urlopen(server + "/static/vendor/admin1.json", timeout=20) as res:
        assert res.status == 200
        topo = json.load(res)
    geometries = topo["objects"]["admin1"]["geometries"]
    assert len(geometries) > 1000
    countries = {g["properties"]["adm0"] for g in geometries}
    assert {"MLI", "COD", "USA", "IND"} <= countries
    admin = ".leaflet-admin1-pane path.admin1"
    # the world view stays clean: no provincial borders at zoom 2
    assert page.evaluate("map.getZoom()") < 4
    assert page.locator(admin).count() == 0
    # zoomed in on Mali they are drawn, in a pane beneath the markers' overlay pane (setView is
    # wrapped so that evaluate does not serialise the returned map with all its layers)
    page.evaluate("() => { map.setView([17.5, -3.5], 5, { animate: false }); }")
    page.wait_for_function(
        "s => document.querySelectorAll(s).length > 0", arg=admin, timeout=20000)
    assert page.locator(admin).count() > 50
    drawn = """s => [...document.querySelectorAll(s)]
        .filter((p) => (p.getAttribute('d') || '').length > 100).length"""
    assert page.evaluate(drawn, admin) >= 3  # Mali and its neighbours have visible borders
    z = page.evaluate("""() => ['land', 'admin1', 'overlayPane']
        .map((name) => Number(getComputedStyle(map.getPane(name)).zIndex))""")
    assert z[0] < z[1] < z[2]
    page.evaluate("() => { map.setView([-3, 23], 5, { animate: false }); }")  # DR Congo
    page.wait_for_timeout(300)
    assert page.evaluate(drawn, admin) >= 3
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard-admin1.png"), full_page=True)
    # back out to the world view: the layer is taken off the map again
    page.evaluate("() => { map.setView([20, 20], 2, { animate: false }); }")
    page.wait_for_function(
        "s => document.querySelectorAll(s).length === 0", arg=admin, timeout=10000)
    assert page.errors == []
    assert page.outside == []


if os.environ.get("DATELINE_SKIP_BROWSER"):
    pytestmark.append(pytest.mark.skip(reason="DATELINE_SKIP_BROWSER is set"))
