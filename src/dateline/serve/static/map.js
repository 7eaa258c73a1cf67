/* dateline dashboard, the base map: land, borders, place names and first-level boundaries, all
   from files vendored into the package. Defines the global `map` the event layers are drawn on. */
"use strict";

// the map pans freely east and west, but not past the poles of the Mercator world
const map = L.map("map", {
  worldCopyJump: true, minZoom: 2, maxZoom: 12, maxBounds: [[-85, -720], [85, 720]], maxBoundsViscosity: 1,
}).setView([20, 20], 2);
map.attributionControl.addAttribution("Natural Earth · GeoNames");
// the map's box grows with the page's grid after Leaflet has measured it: measure it again, or the
// land is drawn (and the events fitted) in a box smaller than the map
new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(document.getElementById("map"));
// panes beneath the overlay pane (z-index 400) where the event markers are drawn
map.createPane("land").style.zIndex = 380;
map.createPane("admin1").style.zIndex = 390;
map.createPane("borders").style.zIndex = 392;
map.createPane("labels").style.zIndex = 395;
map.getPane("labels").style.pointerEvents = "none";

/* --- the antimeridian ---
   Natural Earth cuts Russia and Fiji at 180°: their rings jump from +180 to -180 and back. Drawn
   as they are, each jump is a line across the whole map and the fill runs round the world (a
   filled Arctic). Such rings are unwrapped into continuous longitudes (Chukotka at 190°). Leaflet
   draws vector layers once, so land within WRAP_MARGIN of 180° is drawn a second time one world
   over, so that the map does not end at the antimeridian (Alaska beside Chukotka). A jump between
   two points on a pole is the edge of the map (Antarctica's southern side) and stays as it is. */
const POLE = 89.9;
const WRAP_MARGIN = 40;

function crossesAtPole(a, b) { return Math.abs(a[1]) > POLE && Math.abs(b[1]) > POLE; }

function unwrapRing(ring) {
  let shift = 0;
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (Math.abs(step) > 180 && !crossesAtPole(ring[i], ring[i - 1])) shift -= Math.sign(step) * 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
}

/* `shape` (a list of rings or of lines), and its copies one world over if it comes near 180°. */
function withCopies(shape) {
  const lons = shape.flat().map((p) => p[0]);
  const copies = [shape];
  const shifted = (by) => shape.map((r) => r.map(([x, y]) => [x + by, y]));
  if (Math.max(...lons) > 180 - WRAP_MARGIN) copies.push(shifted(-360));
  if (Math.min(...lons) < -180 + WRAP_MARGIN) copies.push(shifted(360));
  return copies;
}

/* The polygons of a (Multi)Polygon with continuous longitudes, with their copies. */
function polygonsOf(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.flatMap((poly) => withCopies(poly.map(unwrapRing)));
}

/* Borders and coasts as lines, cut where they jump across the antimeridian and without the
   cuts themselves (segments along 180° or along the pole), which are no coast; with copies. */
function borderLines(mesh) {
  const lines = [];
  const onCut = (a, b) => (Math.abs(a[0]) >= 179.99 && Math.abs(b[0]) >= 179.99) || crossesAtPole(a, b);
  for (const line of mesh.coordinates) {
    let cur = [line[0]];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1], b = line[i];
      if (Math.abs(b[0] - a[0]) > 180 || onCut(a, b)) {
        if (cur.length > 1) lines.push(cur);
        cur = [b];
      } else cur.push(b);
    }
    if (cur.length > 1) lines.push(cur);
  }
  return { type: "MultiLineString", coordinates: lines.flatMap((l) => withCopies([l]).map((c) => c[0])) };
}

/* --- place names ---
   Country names at a point inside the country's largest polygon, shown when the name fits the
   country's width at the current zoom; capitals and large cities from GeoNames, more of them as
   the map zooms in. Labels are placed in rank order (countries by size, then capitals, then
   cities by population; zoomed in, the places of the filtered events come before the cities) and
   one that would overlap a placed label is left out. */
const basemap = { land: null, borders: null };
const labels = { layer: L.layerGroup([], { pane: "labels" }).addTo(map), countries: [], places: [], eventPlaces: [] };
const EVENT_LABEL_OFFSET = 20; // px right of an event's place: clear of its marker or cluster
const CITY_MIN_POPULATION = { 3: Infinity, 4: 5e6, 5: 1e6, 6: 5e5 }; // capitals from zoom 3
const measure = document.createElement("canvas").getContext("2d");

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(a) / 2;
}

/* The widest run inside `ring` along the parallel through its centre of area: [lon, lat, width]. */
function labelPoint(ring) {
  let cx = 0, cy = 0, a2 = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a2 += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
  }
  const lat = a2 ? cy / (3 * a2) : ring[0][1];
  const xs = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j], [x2, y2] = ring[i];
    if ((y1 > lat) !== (y2 > lat)) xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
  }
  xs.sort((p, q) => p - q);
  let best = [a2 ? cx / (3 * a2) : ring[0][0], lat, 0];
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1] - xs[k] > best[2]) best = [(xs[k] + xs[k + 1]) / 2, lat, xs[k + 1] - xs[k]];
  }
  return best;
}

function textWidth(text, font) { measure.font = font; return measure.measureText(text).width; }

function drawLabels() {
  labels.layer.clearLayers();
  const z = map.getZoom(), bounds = map.getBounds(), size = map.getSize(), taken = [];
  const inside = (box) => box[0] >= 0 && box[1] >= 0 && box[2] <= size.x && box[3] <= size.y;
  const free = (box) => inside(box) && !taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]);
  const place = (latlng, text, cls, box) => {
    taken.push(box);
    labels.layer.addLayer(L.marker(latlng, {
      pane: "labels", interactive: false, keyboard: false,
      icon: L.divIcon({ className: `place-label ${cls}`, html: `<span>${escapeHtml(text)}</span>`, iconSize: null }),
    }));
  };
  const degPx = (256 * 2 ** z) / 360;
  for (const c of labels.countries) {
    const ll = L.latLng(c.lat, c.lon);
    if (!bounds.contains(ll)) continue;
    const w = textWidth(c.name, "600 11px system-ui, sans-serif");
    if (w > c.width * degPx * 1.1 + 8) continue; // Mercator: a degree of longitude is degPx wide at any latitude
    const p = map.latLngToContainerPoint(ll);
    const box = [p.x - w / 2 - 3, p.y - 8, p.x + w / 2 + 3, p.y + 8];
    if (free(box)) place(ll, c.name, "country", box);
  }
  const placeCity = (name, lat, lon, cls, dx = 0) => {
    const ll = L.latLng(lat, lon);
    if (!bounds.contains(ll)) return;
    const w = textWidth(name, "11px system-ui, sans-serif");
    const p = map.latLngToContainerPoint(ll);
    const box = [p.x - 4 + dx, p.y - 8, p.x + w + 10 + dx, p.y + 8];
    if (free(box)) place(ll, name, cls, box);
  };
  // zoomed in, the places of the filtered events are named first, beside their markers
  if (z >= 5) for (const [name, lat, lon] of labels.eventPlaces) placeCity(name, lat, lon, "event-place", EVENT_LABEL_OFFSET);
  const minPop = z >= 7 ? 0 : CITY_MIN_POPULATION[z];
  if (minPop !== undefined) {
    for (const [name, lat, lon, pop, capital] of labels.places) {
      if (!(capital || pop >= minPop) || (!capital && z < 4) || (capital && z === 3 && pop < 3e6)) continue;
      placeCity(name, lat, lon, capital ? "city capital" : "city");
    }
  }
  $("#map").dataset.labels = String(labels.layer.getLayers().length);
}

fetch("/static/vendor/countries-50m.json").then((r) => r.json()).then((topo) => {
  const countries = topojson.feature(topo, topo.objects.countries);
  const land = [];
  for (const f of countries.features) {
    if (!f.geometry) continue;
    const polys = polygonsOf(f.geometry);
    land.push({ type: "Feature", properties: f.properties, geometry: { type: "MultiPolygon", coordinates: polys } });
    const largest = polys.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const [lon, lat, width] = labelPoint(largest[0]);
    const wrapped = ((lon + 540) % 360) - 180; // the largest may be a copy one world over
    if (width > 0) labels.countries.push({ name: f.properties.name, lon: wrapped, lat, width, area: ringArea(largest[0]) });
  }
  labels.countries.sort((a, b) => b.area - a.area);
  basemap.land = L.geoJSON({ type: "FeatureCollection", features: land }, {
    pane: "land", interactive: false, style: { stroke: false, fillColor: "#f8f5ee", fillOpacity: 1 },
  }).addTo(map);
  basemap.borders = L.geoJSON(borderLines(topojson.mesh(topo, topo.objects.countries)), {
    pane: "borders", interactive: false, style: { className: "border", color: "#9ca3af", weight: 0.6, fill: false },
  }).addTo(map);
  return fetch("/static/places.json").then((r) => r.json());
}).then((doc) => {
  labels.places = doc.places;
  drawLabels();
  $("#map").dataset.basemap = "1";
});
map.on("moveend", () => { if ($("#map").dataset.basemap) drawLabels(); });

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
    if (mesh.coordinates.length) features.push({ type: "Feature", properties: { adm0 }, geometry: borderLines(mesh) });
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
