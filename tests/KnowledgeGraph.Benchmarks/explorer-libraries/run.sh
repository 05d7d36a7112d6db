#!/usr/bin/env bash
# Measures how fast cytoscape.js and sigma.js + graphology draw 10k and 100k relations in headless Chromium
# (software rendering, as in CI), the measurement that chose the explorer's drawing library. Fetches the libraries
# with `npm pack` into a temporary folder (nothing is installed), then prints one line per library and size.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cd "$work"
npm pack --silent cytoscape@3.34.4 sigma@3.0.3 graphology@0.26.0 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
cp cytoscape-3.34.4/package/dist/cytoscape.min.js graphology-0.26.0/package/dist/graphology.umd.min.js sigma-3.0.3/package/dist/sigma.min.js .
cp "$here"/*.html "$here"/gen.js .
for page in cytoscape sigma; do
  for m in 10000 100000; do
    timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --allow-file-access-from-files \
      --virtual-time-budget=60000 --dump-dom "file://$work/$page.html#$m" 2>/dev/null | grep -o '<pre id="out">[^<]*' | sed 's/<pre id="out">//'
  done
done
