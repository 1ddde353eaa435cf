#!/usr/bin/env bash
# Issue 13's HTML figures in one run on the same input, ../shared/data/news_warc_sample (802
# HTML pages in one WARC.gz): `crosscheck analyze` end to end (every stage, both cores),
# Readability.js + linkedom (npm; extraction alone, one thread, as node runs it) and `wc -w`
# on the same pages, each the median of 3 after a warm-up, with the ratios the issue names.
# The pages are taken out of the WARC once into $BUILD/peers/warc-html (raw bytes of each
# response's HTTP body); the npm packages go to $BUILD/peers (never committed).
#   usage: scripts/bench/warc-peers.sh BUILD SHARED
set -euo pipefail
build=$(cd "$1" && pwd) shared=$2
warc="$shared/data/news_warc_sample/news_pages.warc.gz"
if [ ! -f "$warc" ]; then
  echo "warc-peers bench: $warc not found (skipped)"
  exit 0
fi
bin="$build/src/cli/crosscheck"
[ -x "$bin" ] || { echo "warc-peers bench: $bin not built"; exit 1; }
peers="$build/peers"
pages="$peers/warc-html"
mkdir -p "$pages"
if [ -z "$(ls -A "$pages")" ]; then
  python3 - "$warc" "$pages" <<'PY'
import gzip, os, sys
warc, out = sys.argv[1], sys.argv[2]
count = 0
with gzip.open(warc, 'rb') as stream:
    while True:
        line = stream.readline()
        if not line:
            break
        if not line.startswith(b'WARC/'):
            continue
        headers = {}
        while True:
            line = stream.readline()
            if line in (b'\r\n', b'\n', b''):
                break
            name, _, value = line.decode('latin-1').partition(':')
            headers[name.strip().lower()] = value.strip()
        block = stream.read(int(headers.get('content-length', '0')))
        if headers.get('warc-type') != 'response':
            continue
        head, sep, body = block.partition(b'\r\n\r\n')
        if not sep:
            head, sep, body = block.partition(b'\n\n')
        count += 1
        with open(os.path.join(out, f'{count:04d}.html'), 'wb') as f:
            f.write(body)
print(f'warc-peers bench: {count} HTML responses taken out of the WARC')
PY
fi
files=$(find "$pages" -name '*.html' | wc -l)
bytes=$(find "$pages" -name '*.html' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) cores; $files pages, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB of HTML"

median3() {  # median3 COMMAND...: wall seconds of the median of 3 runs after a warm-up
  "$@" > /dev/null 2>&1 || true
  local times=()
  for run in 1 2 3; do
    local start=$EPOCHREALTIME
    "$@" > /dev/null 2>&1 || true
    times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.4f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

ours=$(median3 "$bin" analyze "$warc" --json /dev/null)
analysed=$("$bin" analyze "$warc" --json - 2>/dev/null | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["documents"]))')
echo "crosscheck analyze (end to end, every stage): $analysed pages analysed in $ours s: $(awk -v n="$files" -v s="$ours" 'BEGIN {printf "%.0f", n / s}') pages/s of input"
wc_seconds=$(median3 sh -c "cat '$pages'/*.html | wc -w")
echo "wc -w on the same pages: $wc_seconds s; crosscheck takes $(awk -v a="$ours" -v b="$wc_seconds" 'BEGIN {printf "%.0f", a / b}')x its time"

source "$(dirname "$0")/readability.inc"
if ReadabilityReady "$peers"; then
  {
    cat > "$peers/readability_dir.js" <<'JS'
// Readability.js + linkedom over every .html of a folder, parse and extract only (files read
// before the clock starts); prints the pages and seconds.
const fs = require('fs'), path = require('path');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const dir = process.argv[2];
const pages = fs.readdirSync(dir).filter(f => f.endsWith('.html')).sort()
                .map(f => fs.readFileSync(path.join(dir, f), 'latin1'));
let empty = 0;
const start = process.hrtime.bigint();
for (const html of pages) {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (!article || !article.textContent) empty++;
  } catch (e) { empty++; }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${pages.length} ${seconds.toFixed(4)} ${empty}`);
JS
    runs=()
    for run in 1 2 3; do runs+=("$(cd "$peers" && node readability_dir.js "$pages")"); done
    read -r count seconds empty <<< "$(printf '%s\n' "${runs[@]}" | sort -k2 -n | sed -n 2p)"
    echo "$(ReadabilityVersion "$peers") (extraction alone, one thread): $count pages in $seconds s: $(awk -v n="$count" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') pages/s ($empty empty or failed)"
    echo "ratio crosscheck end to end / Readability.js extraction alone (pages/s): $(awk -v a="$ours" -v b="$seconds" 'BEGIN {printf "%.1f", b / a}')x"
  }
fi
