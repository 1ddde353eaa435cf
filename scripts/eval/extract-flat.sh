#!/usr/bin/env bash
# Flattened-text extraction on the AEB pages: each page is rendered to lines the way a
# text-mode browser shows it, then the text extractor runs on the lines and is scored with
# the AEB word 4-gram shingle metric against the same gold as the HTML extractor.
# Renderers: w3m -dump (default) and, as a second view with other line breaking and list
# markers, lynx -dump (FLAT_RENDERER=lynx). Renderings are cached under
# $BUILD/flat-cache/<renderer> (never committed); delete the folder to re-render.
# FLAT_SET=trafilatura scores the must-contain / must-not-contain snippets of
# trafilatura_eval instead (990 pages, rendered with w3m, which reads each page's charset).
#   usage: [FLAT_RENDERER=w3m|lynx] [FLAT_SET=aeb|trafilatura] scripts/eval/extract-flat.sh BUILD SHARED [eval_flat options]
set -euo pipefail
build=$1 shared=$2
shift 2
renderer=${FLAT_RENDERER:-w3m}
if [ "${FLAT_SET:-aeb}" = trafilatura ]; then
  set_dir="$shared/data/trafilatura_eval"
  if [ ! -d "$set_dir/html" ]; then
    echo "extract-flat: $set_dir/html not found (skipped)"
    exit 0
  fi
  cache="$build/flat-cache/trafilatura"
  mkdir -p "$cache"
  for page in "$set_dir"/html/*.gz; do
    name=$(basename "$page" .gz)
    out="$cache/$name.txt"
    [ -s "$out" ] && continue
    zcat "$page" | timeout 20 w3m -dump -T text/html -cols 10000 -O UTF-8 > "$out.tmp" 2>/dev/null || true
    mv "$out.tmp" "$out"
  done
  echo "renderer: w3m"
  exec "$build/eval/eval_flat" --snippets "$set_dir/evaldata.json" --rendered "$cache" "$@"
fi
aeb="$shared/data/scrapinghub_aeb"
if [ ! -d "$aeb/html" ]; then
  echo "extract-flat: $aeb not found (skipped)"
  exit 0
fi
if ! command -v "$renderer" >/dev/null; then
  # The pages are here: a missing renderer is a failure, not a skip (scripts/install-deps.sh
  # installs w3m and lynx).
  echo "extract-flat: $renderer not installed (apt-get install $renderer)" >&2
  exit 1
fi
if [ ! -x "$build/eval/eval_flat" ]; then
  echo "extract-flat: $build/eval/eval_flat not built (cmake --build $build --target eval_flat)" >&2
  exit 1
fi
case "$renderer" in
  w3m) cache="$build/flat-cache/aeb" ;;  # the first renderer kept its folder name
  *) cache="$build/flat-cache/aeb-$renderer" ;;
esac
mkdir -p "$cache"
for page in "$aeb"/html/*.html.gz; do
  id=$(basename "$page" .html.gz)
  out="$cache/$id.txt"
  [ -s "$out" ] && continue
  # The pages are UTF-8 (SOURCE.md); a wide width keeps each paragraph on one line.
  case "$renderer" in
    w3m) zcat "$page" | w3m -dump -T text/html -cols 10000 -I UTF-8 -O UTF-8 > "$out.tmp" 2>/dev/null || true ;;
    lynx) zcat "$page" | lynx -dump -stdin -nolist -width=1024 -assume_charset=utf-8 \
            -display_charset=utf-8 > "$out.tmp" 2>/dev/null || true ;;
    *) echo "extract-flat: unknown renderer $renderer" >&2; exit 1 ;;
  esac
  mv "$out.tmp" "$out"
done
echo "renderer: $renderer"
"$build/eval/eval_flat" --gold "$aeb/ground-truth.json" --rendered "$cache" "$@"
