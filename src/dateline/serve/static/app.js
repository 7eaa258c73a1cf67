/* dateline dashboard: map, timeline, actor network and table over the read-only API.
   Every view reads the same filters; nothing is fetched from outside this server. */
"use strict";

const COLORS = {
  ASSAULT: "#dc2626", COERCE: "#ea580c", PROTEST: "#d97706", THREATEN: "#ca8a04",
  SANCTION: "#a16207", MOBILIZE: "#7c2d12", ACCUSE: "#9333ea", REJECT: "#c026d3",
  REQUEST: "#db2777", CONSULT: "#2563eb", AGREE: "#0891b2", SUPPORT: "#0d9488",
  COOPERATE: "#059669", AID: "#16a34a", RETREAT: "#65a30d", CONCEDE: "#4d7c0f",
};
const state = { types: new Set(), selected: null };
const $ = (sel) => document.querySelector(sel);
const SVGNS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function params(extra) {
  const p = new URLSearchParams();
  const add = (k, v) => { if (v) p.set(k, v); };
  add("event_type", $("#f-type").value);
  add("country", $("#f-country").value);
  add("date_from", $("#f-from").value);
  add("date_to", $("#f-to").value);
  add("q", $("#f-q").value.trim());
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

async function api(path, extra) {
  const res = await fetch(`${path}?${params(extra)}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

/* --- map --- */
const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([20, 20], 2);
// the world outline and the admin-1 boundaries get panes of their own, stacked beneath the
// overlay pane (z-index 400) where the event markers are drawn
map.createPane("land").style.zIndex = 380;
map.createPane("admin1").style.zIndex = 390;
const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
map.addLayer(cluster);
fetch("/static/vendor/countries-50m.json").then((r) => r.json()).then((topo) => {
  const land = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(land, { pane: "land", style: { color: "#9ca3af", weight: 0.6, fillColor: "#f8f5ee", fillOpacity: 1 }, interactive: false })
    .addTo(map);
});

/* First-level administrative boundaries (Natural Earth admin 1, vendored as TopoJSON): fetched the
   first time the map is zoomed in to ADMIN1_MIN_ZOOM, shown from that zoom on, hidden below it.
   Only the borders between provinces of one country are drawn; coasts and borders between
   countries come from the world outline. They are optional: if they fail to load, nothing shows. */
const ADMIN1_MIN_ZOOM = 4;
const admin1 = { layer: null, requested: false };

function admin1Layer(topo) {
  const byCountry = new Map();
  for (const g of topo.objects.admin1.geometries) {
    const key = (g.properties && g.properties.adm0) || "";
    if (!byCountry.has(key)) byCountry.set(key, []);
    byCountry.get(key).push(g);
  }
  const features = [];
  for (const [adm0, geometries] of byCountry) {
    const mesh = topojson.mesh(topo, { type: "GeometryCollection", geometries }, (a, b) => a !== b);
    if (mesh.coordinates.length) features.push({ type: "Feature", properties: { adm0 }, geometry: mesh });
  }
  return L.geoJSON({ type: "FeatureCollection", features }, {
    pane: "admin1", interactive: false,
    style: { className: "admin1", color: "#a8a29e", weight: 0.7, opacity: 0.8, fill: false },
  });
}

function syncAdmin1() {
  const show = map.getZoom() >= ADMIN1_MIN_ZOOM;
  if (show && !admin1.requested) {
    admin1.requested = true;
    fetch("/static/vendor/admin1.json")
      .then((r) => (r.ok ? r.json() : null))
      .then((topo) => {
        if (!topo || !topo.objects || !topo.objects.admin1) return;
        admin1.layer = admin1Layer(topo);
        $("#map").dataset.admin1 = String(admin1.layer.getLayers().length);
        syncAdmin1();
      })
      .catch(() => {});
    return;
  }
  if (!admin1.layer) return;
  if (show && !map.hasLayer(admin1.layer)) admin1.layer.addTo(map);
  else if (!show && map.hasLayer(admin1.layer)) map.removeLayer(admin1.layer);
}
map.on("zoomend", syncAdmin1);
syncAdmin1();

function drawMap(events) {
  cluster.clearLayers();
  const pts = [];
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const r = 5 + Math.min(14, Math.sqrt(e.fatalities || 0) * 3);
    const m = L.circleMarker([loc.lat, loc.lon], {
      radius: r, color: "#1f2937", weight: 1, fillColor: COLORS[e.event_type] || "#6b7280", fillOpacity: 0.85,
    });
    m.bindTooltip(`${e.event_type} · ${escapeHtml(loc.name)}${e.date ? " · " + e.date : ""}`);
    m.on("click", () => showEvidence(e.event_id));
    m.options.eventId = e.event_id;
    cluster.addLayer(m);
    pts.push([loc.lat, loc.lon]);
  }
  $("#map").dataset.markers = String(pts.length);
}

/* --- timeline: stacked bars per month --- */
function drawTimeline(counts) {
  const svg = $("#timeline");
  svg.replaceChildren();
  const periods = [...new Set(counts.map((c) => c.period))].sort();
  const W = svg.clientWidth || 400, H = 140, pad = 22;
  if (!periods.length) { svg.appendChild(svgEl("text", { x: 8, y: 20, class: "muted" }, "no dated events")); return; }
  const totals = {};
  for (const c of counts) totals[c.period] = (totals[c.period] || 0) + c.n;
  const max = Math.max(...Object.values(totals));
  const bw = (W - pad) / periods.length;
  periods.forEach((p, i) => {
    let y = H - pad;
    for (const c of counts.filter((c) => c.period === p)) {
      const h = (c.n / max) * (H - pad - 8);
      y -= h;
      const rect = svgEl("rect", { x: pad + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: COLORS[c.event_type] || "#6b7280" });
      rect.appendChild(svgEl("title", {}, `${p} ${c.event_type}: ${c.n}`));
      svg.appendChild(rect);
    }
    if (periods.length <= 14 || i % Math.ceil(periods.length / 12) === 0)
      svg.appendChild(svgEl("text", { x: pad + i * bw + bw / 2, y: H - 6, "text-anchor": "middle", "font-size": 9 }, p));
  });
  svg.appendChild(svgEl("text", { x: 2, y: 12, "font-size": 9 }, String(max)));
}

/* --- actor network: nodes on a circle, edges weighted by events --- */
function drawNetwork(pairs) {
  const svg = $("#network");
  svg.replaceChildren();
  const W = svg.clientWidth || 400, H = 260;
  const top = pairs.slice(0, 30);
  const names = [...new Set(top.flatMap((p) => [p.source, p.target]))];
  if (!names.length) { svg.appendChild(svgEl("text", { x: 8, y: 20 }, "no actor pairs")); return; }
  const pos = {};
  names.forEach((n, i) => {
    const a = (2 * Math.PI * i) / names.length - Math.PI / 2;
    pos[n] = [W / 2 + (W / 2 - 70) * Math.cos(a), H / 2 + (H / 2 - 25) * Math.sin(a)];
  });
  const max = Math.max(...top.map((p) => p.n));
  svg.appendChild(svgEl("defs")).appendChild(svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse" }))
    .appendChild(svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#6b7280" }));
  for (const p of top) {
    const [x1, y1] = pos[p.source], [x2, y2] = pos[p.target];
    const line = svgEl("line", { x1, y1, x2, y2, stroke: "#6b7280", "stroke-opacity": 0.6, "stroke-width": 1 + (4 * p.n) / max, "marker-end": "url(#arrow)" });
    line.appendChild(svgEl("title", {}, `${p.source} → ${p.target}: ${p.n}`));
    svg.appendChild(line);
  }
  for (const n of names) {
    const [x, y] = pos[n];
    svg.appendChild(svgEl("circle", { cx: x, cy: y, r: 4, fill: "#16202b" }));
    svg.appendChild(svgEl("text", { x: x + 6, y: y + 3, "font-size": 9 }, n.length > 26 ? n.slice(0, 25) + "…" : n));
  }
}

/* --- table --- */
function drawTable(events, total) {
  const body = $("#events tbody");
  body.replaceChildren();
  for (const e of events) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = e.event_id;
    const who = (a) => (a ? a.name || a.text : "");
    for (const v of [e.date || "", e.event_type + (e.mode ? ` (${e.mode})` : ""), who(e.source), who(e.target),
      e.location ? e.location.name : "", e.fatalities ?? "", e.n_sources]) {
      const td = document.createElement("td");
      td.textContent = v;
      tr.appendChild(td);
    }
    tr.addEventListener("click", () => showEvidence(e.event_id));
    body.appendChild(tr);
  }
  $("#count").textContent = `(${events.length} of ${total})`;
}

/* --- evidence --- */
function highlight(sentence, spans) {
  const marks = [];
  for (const [cls, span] of [["actor", spans.source], ["event", spans.event], ["recipient", spans.target]]) {
    if (span && span[0] >= 0 && span[1] <= sentence.length && span[0] < span[1]) marks.push([span[0], span[1], cls]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = "", at = 0;
  for (const [s, e, cls] of marks) {
    if (s < at) continue; // overlapping spans: keep the first
    out += escapeHtml(sentence.slice(at, s)) + `<mark class="${cls}">${escapeHtml(sentence.slice(s, e))}</mark>`;
    at = e;
  }
  return out + escapeHtml(sentence.slice(at));
}

async function showEvidence(eventId) {
  const res = await fetch(`/api/events/${encodeURIComponent(eventId)}`);
  const body = await res.json();
  const box = $("#evidence");
  if (!res.ok) { box.textContent = body.error ? body.error.message : "error"; return; }
  const e = body.event, ev = body.evidence;
  document.querySelectorAll("#events tr.selected").forEach((tr) => tr.classList.remove("selected"));
  const row = document.querySelector(`#events tr[data-event-id="${CSS.escape(eventId)}"]`);
  if (row) row.classList.add("selected");
  const who = (a) => (a ? `${escapeHtml(a.name || a.text)}${a.country ? " (" + a.country + ")" : ""}` : "—");
  box.innerHTML = `
    <h2>${e.event_type}${e.mode ? " · " + escapeHtml(e.mode) : ""} <span class="muted">${escapeHtml(e.status)}</span></h2>
    <p class="sentence">${highlight(ev.sentence, ev.spans)}</p>
    <p class="legend"><span><mark class="actor">actor</mark> ${who(e.source)}</span><span><mark class="event">event</mark></span><span><mark class="recipient">recipient</mark> ${who(e.target)}</span></p>
    <p>${escapeHtml(e.location ? e.location.name : "place unknown")} · ${escapeHtml(e.date || "date unknown")}${e.fatalities ? " · " + e.fatalities + " killed" : ""}${e.acled.sub_event_type ? " · ACLED: " + escapeHtml(e.acled.sub_event_type) : ""}${e.attribution ? " · according to " + escapeHtml(e.attribution) : ""}</p>
    <h2>Sources (${ev.mentions.length})</h2>
    <ul class="sources">${ev.mentions.map((m) => `<li>${escapeHtml(m.title || m.doc_id)}${m.outlet ? " — " + escapeHtml(m.outlet) : ""}</li>`).join("")}</ul>`;
  box.dataset.eventId = eventId;
}

/* --- filters --- */
async function loadMeta() {
  const meta = await (await fetch("/api/meta")).json();
  $("#summary").textContent = `${meta.events} events from ${meta.articles} articles`;
  const sel = $("#f-type"), chips = $("#type-chips");
  for (const t of meta.event_types) {
    sel.appendChild(new Option(`${t.event_type} (${t.n})`, t.event_type));
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "chip";
    chip.dataset.type = t.event_type;
    chip.innerHTML = `<i style="background:${COLORS[t.event_type] || "#6b7280"}"></i>${t.event_type}`;
    chip.addEventListener("click", () => { sel.value = sel.value === t.event_type ? "" : t.event_type; refresh(); });
    chips.appendChild(chip);
  }
  const countries = await (await fetch("/api/stats/countries")).json();
  for (const c of countries.counts) if (c.country) $("#f-country").appendChild(new Option(`${c.country} (${c.n})`, c.country));
}

async function refresh() {
  document.querySelectorAll(".chip").forEach((c) => c.classList.toggle("on", c.dataset.type === $("#f-type").value));
  try {
    const [events, timeline, pairs] = await Promise.all([
      api("/api/events", { limit: 1000 }), api("/api/stats/timeline", { interval: "month" }), api("/api/stats/actor_pairs", { limit: 30 }),
    ]);
    drawMap(events.events);
    drawTable(events.events, events.total);
    drawTimeline(timeline.counts);
    drawNetwork(pairs.pairs);
    document.body.dataset.ready = "1";
  } catch (err) {
    $("#count").textContent = `(${err.message})`;
  }
}

for (const id of ["#f-type", "#f-country", "#f-from", "#f-to"]) $(id).addEventListener("change", refresh);
let typing;
$("#f-q").addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(refresh, 300); });
$("#f-reset").addEventListener("click", () => { $("#filters").reset(); refresh(); });
loadMeta().then(refresh);

/* --- a store that grows (dateline serve --watch): pick up new events without a reload --- */
let seenCounts = null;
setInterval(async () => {
  try {
    const meta = await (await fetch("/api/meta")).json();
    const counts = `${meta.articles}/${meta.events}`;
    if (seenCounts !== null && counts !== seenCounts) {
      $("#summary").textContent = `${meta.events} events from ${meta.articles} articles`;
      refresh();
    }
    seenCounts = counts;
  } catch (err) { /* the server may be restarting: ask again next time */ }
}, 15000);
