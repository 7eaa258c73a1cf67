/* dateline dashboard: map, timeline, actor network and table over the read-only API.
   Every view reads the same filters; nothing is fetched from outside this server. */
"use strict";

const PAGE = 1000; // the API's largest page
const MAX_SHOWN = 5000; // events drawn on the map and in the table; downloads have no cap
const state = { events: [], total: 0, sort: { key: "date", dir: 1 }, generation: 0 };

function params(extra) {
  const p = new URLSearchParams();
  const add = (k, v) => { if (v) p.set(k, v); };
  add("event_type", $("#f-type").value);
  add("country", $("#f-country").value);
  add("actor", $("#f-actor").value.trim());
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

/* The filtered events, page by page, up to `max` of them. */
async function fetchEvents(max) {
  const events = [];
  let total = 0;
  do {
    const body = await api("/api/events", { limit: PAGE, offset: events.length });
    total = body.total;
    events.push(...body.events);
    if (!body.events.length) break;
  } while (events.length < Math.min(total, max));
  return { events: events.slice(0, max), total };
}

/* --- map: event markers, clustered; a cluster is a ring of its events' type colours --- */
function clusterIcon(cluster) {
  const counts = new Map();
  for (const m of cluster.getAllChildMarkers()) counts.set(m.options.eventType, (counts.get(m.options.eventType) || 0) + 1);
  const n = cluster.getChildCount();
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let at = 0;
  const stops = ranked.map(([t, c]) => {
    const from = at;
    at += (360 * c) / n;
    return `${typeColor(t)} ${from.toFixed(1)}deg ${at.toFixed(1)}deg`;
  });
  const size = n < 10 ? 30 : n < 50 ? 36 : 44;
  const types = ranked.map(([t, c]) => `${t} ${c}`).join(", ");
  return L.divIcon({
    className: "type-cluster", iconSize: L.point(size, size),
    html: `<div style="background: conic-gradient(${stops.join(", ")})" data-types="${escapeHtml(ranked.map(([t, c]) => `${t}:${c}`).join(" "))}" title="${escapeHtml(types)}"><span>${n}</span></div>`,
  });
}

const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon });
map.addLayer(cluster);

function drawMap(events) {
  cluster.clearLayers();
  const pts = [];
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat === null || loc.lon === null) continue;
    const r = 5 + Math.min(14, Math.sqrt(e.fatalities || 0) * 3);
    const m = L.circleMarker([loc.lat, loc.lon], {
      radius: r, color: "#1f2937", weight: 1, fillColor: typeColor(e.event_type), fillOpacity: 0.85, eventType: e.event_type,
    });
    m.bindTooltip(`${e.event_type} · ${escapeHtml(loc.name)}${e.date ? " · " + e.date : ""}`);
    m.on("click", () => showEvidence(e.event_id));
    m.options.eventId = e.event_id;
    cluster.addLayer(m);
    pts.push([loc.lat, loc.lon]);
  }
  $("#map").dataset.markers = String(pts.length);
  const places = new Map();
  for (const e of events) if (e.location && e.location.name && e.location.lat !== null) places.set(e.location.name, [e.location.name, e.location.lat, e.location.lon]);
  labels.eventPlaces = [...places.values()];
  if ($("#map").dataset.basemap) drawLabels();
}

/* The map follows the filters: it shows all the filtered events, as closely as it can. */
function fitToEvents() {
  const pts = cluster.getLayers().map((m) => m.getLatLng());
  if (pts.length) map.fitBounds(L.latLngBounds(pts), { padding: [40, 40], maxZoom: 7, animate: false });
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
      const rect = svgEl("rect", { x: pad + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: typeColor(c.event_type) });
      rect.appendChild(svgEl("title", {}, `${p} ${c.event_type}: ${c.n}`));
      svg.appendChild(rect);
    }
    if (periods.length <= 14 || i % Math.ceil(periods.length / 12) === 0)
      svg.appendChild(svgEl("text", { x: pad + i * bw + bw / 2, y: H - 6, "text-anchor": "middle", "font-size": 9 }, p));
  });
  svg.appendChild(svgEl("text", { x: 2, y: 12, "font-size": 9 }, String(max)));
}

/* --- table: sortable by any column --- */
const who = (a) => (a ? a.name || a.text || "" : "");
const COLUMNS = [
  { key: "date", label: "Date", value: (e) => e.date || "", cls: "nowrap" },
  { key: "type", label: "Type", value: (e) => e.event_type + (e.mode ? ` (${e.mode})` : ""), cls: "nowrap" },
  { key: "status", label: "Status", value: (e) => e.status || "" },
  { key: "actor", label: "Actor", value: (e) => who(e.source) },
  { key: "recipient", label: "Recipient", value: (e) => who(e.target) },
  { key: "place", label: "Place", value: (e) => (e.location ? e.location.name || "" : "") },
  { key: "deaths", label: "Deaths", value: (e) => e.fatalities ?? null, numeric: true },
  { key: "sources", label: "Sources", value: (e) => e.n_sources ?? null, numeric: true },
];

function compareBy(col, dir) {
  return (a, b) => {
    const x = col.value(a), y = col.value(b);
    const empty = (v) => v === null || v === "";
    if (empty(x) || empty(y)) return empty(x) - empty(y); // empty cells last, either way
    return dir * (col.numeric ? x - y : String(x).localeCompare(String(y)));
  };
}

function drawHeader() {
  const tr = $("#events thead tr");
  tr.replaceChildren();
  for (const col of COLUMNS) {
    const th = document.createElement("th");
    th.dataset.key = col.key;
    const sorted = state.sort.key === col.key;
    th.setAttribute("aria-sort", sorted ? (state.sort.dir > 0 ? "ascending" : "descending") : "none");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = col.label;
    button.title = `sort by ${col.label.toLowerCase()}`;
    button.addEventListener("click", () => {
      state.sort = { key: col.key, dir: sorted ? -state.sort.dir : 1 };
      drawHeader();
      drawTable();
    });
    th.appendChild(button);
    tr.appendChild(th);
  }
}

function drawTable() {
  const body = $("#events tbody");
  body.replaceChildren();
  const col = COLUMNS.find((c) => c.key === state.sort.key);
  const rows = state.events.slice().sort(compareBy(col, state.sort.dir)); // stable: ties keep the API's order
  const selected = $("#evidence").dataset.eventId;
  for (const e of rows) {
    const tr = document.createElement("tr");
    tr.dataset.eventId = e.event_id;
    if (e.event_id === selected) tr.classList.add("selected");
    for (const c of COLUMNS) {
      const td = document.createElement("td");
      const v = c.value(e);
      if (c.cls) td.className = c.cls;
      if (c.key === "status" && v) {
        const badge = document.createElement("span");
        badge.className = `status status-${v}`;
        badge.textContent = v;
        td.appendChild(badge);
      } else td.textContent = v ?? "";
      tr.appendChild(td);
    }
    tr.addEventListener("click", () => showEvidence(e.event_id));
    body.appendChild(tr);
  }
  const shown = state.events.length < state.total ? `${state.events.length} shown of ${state.total}` : `${state.total}`;
  $("#count").textContent = `(${shown})`;
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

const EVIDENCE_HINT = '<p class="muted">Click an event on the map or in the table to read its evidence.</p>';

function clearEvidence() {
  const box = $("#evidence");
  box.innerHTML = EVIDENCE_HINT;
  delete box.dataset.eventId;
  document.querySelectorAll("#events tr.selected").forEach((tr) => tr.classList.remove("selected"));
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
  const party = (a) => (a ? `${escapeHtml(a.name || a.text)}${a.country ? " (" + a.country + ")" : ""}` : "—");
  box.innerHTML = `
    <h2>${e.event_type}${e.mode ? " · " + escapeHtml(e.mode) : ""} <span class="status status-${escapeHtml(e.status)}">${escapeHtml(e.status)}</span></h2>
    <p class="sentence">${highlight(ev.sentence, ev.spans)}</p>
    <p class="legend"><span><mark class="actor">actor</mark> ${party(e.source)}</span><span><mark class="event">event</mark></span><span><mark class="recipient">recipient</mark> ${party(e.target)}</span></p>
    <p>${escapeHtml(e.location ? e.location.name : "place unknown")} · ${escapeHtml(e.date || "date unknown")}${e.fatalities ? " · " + e.fatalities + " killed" : ""}${e.acled.sub_event_type ? " · ACLED: " + escapeHtml(e.acled.sub_event_type) : ""}${e.attribution ? " · according to " + escapeHtml(e.attribution) : ""}</p>
    <h2>Sources (${ev.mentions.length})</h2>
    <ul class="sources">${ev.mentions.map((m) => `<li>${escapeHtml(m.title || m.doc_id)}${m.outlet ? " — " + escapeHtml(m.outlet) : ""}</li>`).join("")}</ul>`;
  box.dataset.eventId = eventId;
}

/* --- downloads of the filtered events --- */
function flatten(e) {
  const row = {};
  for (const [k, v] of Object.entries(e)) {
    if (v && typeof v === "object" && !Array.isArray(v)) for (const [k2, v2] of Object.entries(v)) row[`${k}_${k2}`] = v2;
    else row[k] = Array.isArray(v) ? v.join(";") : v;
  }
  return row;
}

function toCsv(events) {
  const rows = events.map(flatten), columns = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const cell = (v) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

function toGeoJson(events) {
  return JSON.stringify({
    type: "FeatureCollection",
    features: events.map((e) => {
      const loc = e.location;
      const located = loc && loc.lat !== null && loc.lon !== null;
      return { type: "Feature", id: e.event_id, geometry: located ? { type: "Point", coordinates: [loc.lon, loc.lat] } : null, properties: flatten(e) };
    }),
  });
}

async function download(format) {
  const button = $(`#download-${format}`);
  button.disabled = true;
  try {
    const { events } = await fetchEvents(Infinity);
    const [text, type] = format === "csv" ? [toCsv(events), "text/csv"] : [toGeoJson(events), "application/geo+json"];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `dateline-events.${format}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (err) {
    $("#count").textContent = `(${err.message})`;
  } finally {
    button.disabled = false;
  }
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
    chip.innerHTML = `<i style="background:${typeColor(t.event_type)}"></i>${t.event_type}`;
    chip.addEventListener("click", () => { sel.value = sel.value === t.event_type ? "" : t.event_type; refresh(); });
    chips.appendChild(chip);
  }
  const countries = await (await fetch("/api/stats/countries")).json();
  for (const c of countries.counts) if (c.country) $("#f-country").appendChild(new Option(`${c.country} (${c.n})`, c.country));
}

function pickActor(name) {
  $("#f-actor").value = $("#f-actor").value === name ? "" : name;
  refresh();
}

async function refresh() {
  const generation = ++state.generation;
  document.body.dataset.ready = "0";
  document.querySelectorAll(".chip").forEach((c) => c.classList.toggle("on", c.dataset.type === $("#f-type").value));
  try {
    const [events, timeline, pairs] = await Promise.all([
      fetchEvents(MAX_SHOWN), api("/api/stats/timeline", { interval: "month" }), api("/api/stats/actor_pairs", { limit: 60 }),
    ]);
    if (generation !== state.generation) return; // a newer refresh is under way
    state.events = events.events;
    state.total = events.total;
    const shown = $("#evidence").dataset.eventId;
    if (shown && !state.events.some((e) => e.event_id === shown) && state.events.length === state.total) clearEvidence();
    drawMap(state.events);
    drawTable();
    drawTimeline(timeline.counts);
    drawNetwork(pairs.pairs, pickActor);
    fitToEvents(); // once the page around the map has its new size
    document.body.dataset.ready = "1";
  } catch (err) {
    $("#count").textContent = `(${err.message})`;
  }
}

drawHeader();
for (const id of ["#f-type", "#f-country", "#f-from", "#f-to"]) $(id).addEventListener("change", refresh);
let typing;
for (const id of ["#f-q", "#f-actor"]) $(id).addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(refresh, 300); });
$("#f-reset").addEventListener("click", () => { $("#filters").reset(); refresh(); });
$("#download-csv").addEventListener("click", () => download("csv"));
$("#download-geojson").addEventListener("click", () => download("geojson"));
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
