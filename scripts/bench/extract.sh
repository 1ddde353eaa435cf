#!/usr/bin/env bash
# End-to-end HTML extraction timing on the 181 AEB pages, with Readability.js (+ linkedom,
# npm) timed in the same run on the same pages as the live peer; prints both and the ratio,
# and each one's peak RSS (/usr/bin/time -v). Pages are decompressed once into
# $BUILD/peers/aeb-html; the npm packages go to $BUILD/peers (never committed).
#   usage: scripts/bench/extract.sh BUILD SHARED
set -euo pipefail
build=$(cd "$1" && pwd) shared=$2
aeb="$shared/data/scrapinghub_aeb/html"
if [ ! -d "$aeb" ]; then
  echo "extract bench: $aeb not found (skipped)"
  exit 0
fi
tool="$build/eval/eval_extract"
[ -x "$tool" ] || { echo "extract bench: $tool not built"; exit 1; }
peers="$build/peers"
pages="$peers/aeb-html"
mkdir -p "$pages"
for page in "$aeb"/*.html.gz; do
  out="$pages/$(basename "$page" .gz)"
  [ -s "$out" ] || zcat "$page" > "$out"
done

timed() {  # timed LABEL COMMAND...: runs it, prints its output and peak RSS
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" 2> "$log" | tee "$peers/$label.out"
  grep -E "Maximum resident set size|User time|Elapsed \(wall" "$log" | sed "s/^\s*/  $label: /"
  rm -f "$log"
}

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) cores"
echo "== crosscheck (C++, gumbo tree builder), one thread"
timed crosscheck-gumbo "$tool" --time-dir "$pages" --parser gumbo
echo "== crosscheck (C++, fast tree builder, the default), one thread"
timed crosscheck "$tool" --time-dir "$pages" --parser fast

source "$(dirname "$0")/readability.inc"
if ReadabilityReady "$peers"; then
  {
    cat > "$peers/readability_time.js" <<'JS'
const fs = require('fs'), path = require('path');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter(f => f.endsWith('.html')).sort();
const pages = files.map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
let empty = 0;
const start = process.hrtime.bigint();
for (const html of pages) {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  if (!article || !article.textContent) empty++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`readability.js + linkedom: ${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(3)} s: ` +
            `${(pages.length / seconds).toFixed(0)} pages/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${empty} empty)`);
JS
    echo "== $(ReadabilityVersion "$peers")"
    (cd "$peers" && timed readability node readability_time.js "$pages")
    ours=$(grep -oE '[0-9]+ pages/s' "$peers/crosscheck.out" | head -1 | grep -oE '^[0-9]+')
    theirs=$(grep -oE '[0-9]+ pages/s' "$peers/readability.out" | grep -oE '^[0-9]+')
    if [ -n "$ours" ] && [ -n "$theirs" ] && [ "$theirs" -gt 0 ]; then
      echo "ratio crosscheck (fast, wall) / readability.js: $(awk "BEGIN { printf \"%.1f\", $ours / $theirs }")x"
    fi
  }
fi
