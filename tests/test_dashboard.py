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
    assert page.locator(".leaflet-interactive, .type-cluster").count() > 0
    assert page.locator("#timeline rect").count() > 0
    assert page.locator("#network .edge").count() > 0
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



def _settle(page) -> None:
    """Wait until the views have been redrawn for the current filters."""
    page.wait_for_function("document.body.dataset.ready === '1'", timeout=20000)


def _reset(page) -> None:
    page.click("#f-reset")
    _settle(page)


def _new_page(page):
    """A second tab in the guarded context, recording its own errors."""
    pg = page.context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return pg


@pytest.mark.parametrize("path, ready", [
    ("/docs", ".swagger-ui .opblock-summary-path"),
    ("/redoc", "text=Events (one per happening), filtered and paginated"),
])
def test_dashboard_api_docs_render_offline(page, server, path, ready):
    outside_before = len(page.outside)
    pg = _new_page(page)
    try:
        pg.goto(server + path)
        pg.wait_for_selector(ready, timeout=30000)
        pg.wait_for_timeout(500)
        if path == "/docs":
            paths = pg.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
            assert "/api/events" in [p.replace("\u200b", "") for p in paths]
        else:
            assert pg.locator("h2").count() >= 5  # one heading per operation
        OUT.mkdir(exist_ok=True)
        pg.screenshot(path=str(OUT / f"api{path.replace('/', '-')}.png"))
        assert pg.errors == []
        assert page.outside[outside_before:] == []  # no CDN, no fonts, no logo from outside
    finally:
        pg.close()


def test_dashboard_map_has_no_line_across_the_antimeridian(page):
    page.wait_for_selector("#map[data-basemap]", timeout=20000)
    # what Leaflet is given: no ring or line jumps across the map, except along a pole (the map's
    # edge under Antarctica), and no ring runs round the world unless it reaches a pole
    faults = page.evaluate("""() => {
        const out = [];
        const on180 = (lng) => {
            const d = (((lng - 180) % 360) + 360) % 360;
            return d < 0.01 || d > 359.99;
        };
        const check = (pts, what) => {
            const lons = pts.map((p) => p.lng);
            const atPole = pts.some((p) => Math.abs(p.lat) > 85);
            if (Math.max(...lons) - Math.min(...lons) >= 359 && !atPole)
                out.push(what + ' round the world');
            for (let i = 1; i < pts.length; i++) {
                const a = pts[i - 1], b = pts[i];
                const atPoles = Math.abs(a.lat) > 85 && Math.abs(b.lat) > 85;
                if (Math.abs(b.lng - a.lng) > 180 && !atPoles)
                    out.push(what + ' jumps at ' + a.lat.toFixed(1));
                if (what === 'border' && on180(a.lng) && on180(b.lng))
                    out.push('border along 180°');
            }
        };
        const walk = (ll, what) => (ll.length && ll[0].lat === undefined)
            ? ll.forEach((x) => walk(x, what)) : check(ll, what);
        let n = 0;
        basemap.land.eachLayer((l) => { n++; walk(l.getLatLngs(), 'land'); });
        basemap.borders.eachLayer((l) => { n++; walk(l.getLatLngs(), 'border'); });
        return n ? out : ['no base map'];
    }""")
    assert faults == []
    # and what is drawn: over the Bering Strait, no border path runs across the map, and land
    # shows on both sides of 180° (Chukotka and Alaska)
    # landAt(x, y): whether land is drawn at a point of the map (non-interactive paths do not
    # take part in hit-testing, so each path is asked whether the point lies in its fill)
    page.evaluate("""() => { window.landAt = (x, y) => {
        const box = document.getElementById('map').getBoundingClientRect();
        return [...document.querySelectorAll('.leaflet-land-pane path')].some((p) => {
            const pt = new DOMPoint(box.left + x, box.top + y)
                .matrixTransform(p.getScreenCTM().inverse());
            return p.isPointInFill(pt);
        });
    }; }""")
    page.evaluate("() => { map.setView([64, 180], 3, { animate: false }); }")
    page.wait_for_timeout(300)
    widest = page.evaluate("""() => {
        let widest = 0;
        for (const p of document.querySelectorAll('.leaflet-borders-pane path')) {
            for (const sub of (p.getAttribute('d') || '').split('M')) {
                const nums = sub.match(/-?[0-9.]+/g) || [];
                for (let i = 2; i + 1 < nums.length; i += 2)
                    widest = Math.max(widest, Math.abs(Number(nums[i]) - Number(nums[i - 2])));
            }
        }
        return widest;
    }""")
    world = 256 * 2 ** 3
    assert 0 < widest < world / 4
    sides = page.evaluate("""() => {
        const size = map.getSize();
        return [0.15, 0.85].map((fx) => [0.2, 0.3, 0.4, 0.5]
            .some((fy) => landAt(size.x * fx, size.y * fy)));
    }""")
    assert sides == [True, True]
    OUT.mkdir(exist_ok=True)
    page.locator("#map").screenshot(path=str(OUT / "dashboard-antimeridian.png"))
    page.evaluate("() => { map.setView([78, 60], 3, { animate: false }); }")
    page.wait_for_timeout(300)
    # the Arctic Ocean north of Russia is sea, not land
    north_is_sea = page.evaluate("""() => {
        const p = map.latLngToContainerPoint([84, 60]);
        const q = map.latLngToContainerPoint([70, 60]);  // and the Russian coast is land
        return landAt(p.x, p.y) === false && landAt(q.x, q.y) === true;
    }""")
    assert north_is_sea
    page.locator("#map").screenshot(path=str(OUT / "dashboard-arctic.png"))
    _reset(page)


def test_dashboard_clusters_show_their_event_types(page):
    _reset(page)
    page.evaluate("() => { map.setView([20, 20], 2, { animate: false }); }")
    page.wait_for_timeout(300)
    clusters = page.locator(".type-cluster div")
    assert clusters.count() >= 3
    default = ".marker-cluster-small, .marker-cluster-medium, .marker-cluster-large"
    assert page.locator(default).count() == 0
    rgb = page.evaluate("""() => Object.fromEntries(Object.keys(COLORS).map((t) => {
        const el = document.createElement('i');
        el.style.color = typeColor(t);
        document.body.appendChild(el);
        const c = getComputedStyle(el).color; el.remove(); return [t, c]; }))""")
    several = 0
    for i in range(clusters.count()):
        div = clusters.nth(i)
        counts = dict(part.split(":") for part in div.get_attribute("data-types").split())
        assert sum(int(n) for n in counts.values()) == int(div.inner_text())
        background = div.evaluate("el => getComputedStyle(el).backgroundImage")
        assert background.startswith("conic-gradient")
        for event_type in counts:
            assert rgb[event_type] in background, (event_type, background)
        several += len(counts) > 1
    assert several >= 1  # a mixed cluster shows several colours, not one library colour


def test_dashboard_base_map_names_places(page):
    page.wait_for_selector("#map[data-basemap]", timeout=20000)
    page.evaluate("() => { map.setView([20, 20], 2, { animate: false }); }")
    page.wait_for_timeout(300)
    countries = page.locator(".place-label.country").all_inner_texts()
    assert len(countries) >= 10 and {"Brazil", "China", "Australia"} <= set(countries)
    page.evaluate("() => { map.setView([30, 31], 6, { animate: false }); }")  # the Nile delta
    page.wait_for_timeout(300)
    cities = page.locator(".place-label.city, .place-label.event-place").all_inner_texts()
    assert "Cairo" in cities and "Alexandria" in cities
    boxes = page.evaluate("""() => [...document.querySelectorAll('.place-label span')]
        .map((s) => {
            const r = s.getBoundingClientRect();
            return [r.left, r.top, r.right, r.bottom];
        })""")
    assert boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1)
    _reset(page)


def test_dashboard_map_zooms_to_the_filtered_events(page):
    _reset(page)
    world_zoom = page.evaluate("map.getZoom()")
    page.select_option("#f-country", "MLI")
    _settle(page)
    assert page.evaluate("map.getZoom()") >= world_zoom + 3
    inside = page.evaluate("""() => {
        const b = map.getBounds(), pts = cluster.getLayers().map((m) => m.getLatLng());
        return [pts.length, pts.every((p) => b.contains(p))];
    }""")
    assert inside[0] == _markers(page) > 0 and inside[1]
    # zoomed in, the events' places are named on the map beside their markers
    assert "Mopti" in page.locator(".place-label.event-place").all_inner_texts()
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard-zoomed.png"))
    _reset(page)
    assert page.evaluate("map.getZoom()") <= world_zoom


def test_dashboard_actor_network_is_readable_and_interactive(page):
    _reset(page)
    parties = page.locator("#network .party")
    n = parties.count()
    assert 4 <= n <= 28
    names = parties.evaluate_all("gs => gs.map((g) => g.dataset.name)")
    # parties only, people under their own words: no things, no field names for people
    assert any(x.endswith(("students", "protesters", "residents")) for x in names)
    assert not any(x.endswith("education") for x in names)
    assert not [x for x in names if x.lower().split()[0] in ("the", "a", "an", "its", "whose")]
    # readable: every name inside the drawing, no two names overlapping
    layout = page.evaluate("""() => {
        const svg = document.getElementById('network').getBoundingClientRect();
        const boxes = [...document.querySelectorAll('#network .party text')].map((t) => {
            const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });
        return { svg: [svg.left, svg.top, svg.right, svg.bottom], boxes };
    }""")
    sv = layout["svg"]
    for a in layout["boxes"]:
        assert sv[0] <= a[0] and a[2] <= sv[2] and sv[1] <= a[1] and a[3] <= sv[3]
    for i, a in enumerate(layout["boxes"]):
        for b in layout["boxes"][i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    OUT.mkdir(exist_ok=True)
    page.locator("#network").screenshot(path=str(OUT / "dashboard-network.png"))
    # hovering a party brings out its pairs, and only its pairs
    first = page.locator("#network .party[data-side='left']").first
    name = first.get_attribute("data-name")
    first.hover()
    assert "focus" in (page.get_attribute("#network", "class") or "")
    on = page.locator("#network .edge.on")
    assert on.count() >= 1
    assert set(on.evaluate_all("es => es.map((e) => e.dataset.source)")) == {name}
    # clicking it filters every view by that party
    rows_before = page.locator("#events tbody tr").count()
    first.click()
    _settle(page)
    assert page.input_value("#f-actor") == name
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < rows_before
    for i in range(rows.count()):  # the party's words: its name, or its country and its kind
        row = rows.nth(i).inner_text().lower()
        assert all(word in row for word in name.lower().split()), (name, row)
    _reset(page)


def test_dashboard_table_sorts_and_shows_status(page):
    _reset(page)
    headers = page.locator("#events thead th").all_inner_texts()
    assert [h.strip(" ▲▼") for h in headers][:3] == ["Date", "Type", "Status"]
    statuses = page.locator("#events tbody td:nth-child(3)").all_inner_texts()
    assert statuses and all(statuses)
    assert {"actual", "alleged"} <= set(statuses)  # an alleged event does not look actual

    def column(i: int) -> list[str]:
        return page.locator(f"#events tbody td:nth-child({i})").all_inner_texts()

    deaths = page.locator("#events thead th[data-key='deaths']")
    deaths.locator("button").click()
    assert deaths.get_attribute("aria-sort") == "ascending"
    values = [int(v) for v in column(7) if v]
    assert len(values) >= 3 and values == sorted(values)
    assert column(7)[-1] == ""  # events without a count come last
    deaths.locator("button").click()
    assert deaths.get_attribute("aria-sort") == "descending"
    values = [int(v) for v in column(7) if v]
    assert values == sorted(values, reverse=True) and column(7)[0] == str(max(values))
    page.locator("#events thead th[data-key='date'] button").click()
    dates = [d for d in column(1) if d]
    assert dates == sorted(dates)
    # dates never wrap: each date cell is one line of text
    lines = page.evaluate("""() => [...document.querySelectorAll('#events tbody td:first-child')]
        .filter((td) => td.firstChild).map((td) => {
            const r = document.createRange(); r.selectNodeContents(td);
            return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; })""")
    assert lines and set(lines) == {1}


def test_dashboard_evidence_clears_when_the_filters_exclude_its_event(page):
    _reset(page)
    page.click(".chip[data-type='ASSAULT']")
    _settle(page)
    page.locator("#events tbody tr").first.click()
    page.wait_for_selector("#evidence mark.event")
    shown = page.get_attribute("#evidence", "data-event-id")
    assert shown
    page.fill("#f-from", "2024-01-01")  # a filter that keeps the event keeps the evidence
    page.dispatch_event("#f-from", "change")
    _settle(page)
    assert page.get_attribute("#evidence", "data-event-id") == shown
    page.click(".chip[data-type='PROTEST']")  # one that excludes it clears the panel
    _settle(page)
    assert page.get_attribute("#evidence", "data-event-id") is None
    assert page.locator("#evidence mark").count() == 0
    assert "Click an event" in page.inner_text("#evidence")
    _reset(page)


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_dashboard_downloads_the_filtered_events(page, server, fmt, tmp_path):
    import csv
    import json
    import urllib.request

    _reset(page)
    page.click(".chip[data-type='PROTEST']")
    _settle(page)
    with urllib.request.urlopen(server + "/api/events?event_type=PROTEST&limit=1000") as res:
        expected = json.load(res)
    assert expected["total"] > 0
    ids = {e["event_id"] for e in expected["events"]}
    with page.expect_download() as info:
        page.click(f"#download-{fmt}")
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == f"dateline-events.{fmt}"
    if fmt == "csv":
        with target.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == expected["total"] == page.locator("#events tbody tr").count()
        assert {r["event_id"] for r in rows} == ids
        assert {r["event_type"] for r in rows} == {"PROTEST"}
        assert {"status", "source_name", "location_lat", "location_lon", "sentence"} <= set(rows[0])
        by_id = {e["event_id"]: e for e in expected["events"]}
        for r in rows:  # sentences with commas and quotes survive the quoting
            assert r["sentence"] == by_id[r["event_id"]]["sentence"]
    else:
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["type"] == "FeatureCollection"
        assert {f["id"] for f in doc["features"]} == ids
        located = [f for f in doc["features"] if f["geometry"]]
        assert len(located) == _markers(page) > 0
        for f in located:
            assert f["geometry"]["type"] == "Point"
            assert f["geometry"]["coordinates"] == [f["properties"]["location_lon"],
                                                    f["properties"]["location_lat"]]
    _reset(page)


if os.environ.get("DATELINE_SKIP_BROWSER"):
    pytestmark.append(pytest.mark.skip(reason="DATELINE_SKIP_BROWSER is set"))
