#!/usr/bin/env bash
# Flattened-text extraction on the AEB pages: each page is rendered to lines the way a
# text-mode browser shows it (w3m -dump), then the text extractor runs on the lines and is
# scored with the AEB word 4-gram shingle metric against the same gold as the HTML extractor.
# Renderings are cached under $BUILD/flat-cache (never committed); delete it to re-render.
#   usage: scripts/eval/extract-flat.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
aeb="$shared/data/scrapinghub_aeb"
if [ ! -d "$aeb/html" ]; then
  echo "extract-flat: $aeb not found (skipped)"
  exit 0
fi
if ! command -v w3m >/dev/null; then
  echo "extract-flat: w3m not installed (apt-get install w3m); skipped"
  exit 0
fi
cache="$build/flat-cache/aeb"
mkdir -p "$cache"
for page in "$aeb"/html/*.html.gz; do
  id=$(basename "$page" .html.gz)
  out="$cache/$id.txt"
  [ -s "$out" ] && continue
  # The pages are UTF-8 (SOURCE.md); -cols 10000 keeps each paragraph on one line.
  zcat "$page" | w3m -dump -T text/html -cols 10000 -I UTF-8 -O UTF-8 > "$out.tmp" 2>/dev/null || true
  mv "$out.tmp" "$out"
done
"$build/eval/eval_flat" --gold "$aeb/ground-truth.json" --rendered "$cache"
