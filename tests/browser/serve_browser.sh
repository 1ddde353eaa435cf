#!/usr/bin/env bash
# The browser test against a running `crosscheck serve` (issue 12 item 7): the seeds and a
# feed ingested into a temporary store, serve started on a free loopback port, then
# browser_test.py --url drives headless Chromium through its story index, a search, a story
# page and a cited sentence at desktop and phone widths. Exits 77 (skipped) without Chromium.
set -euo pipefail
bin=$1
source_dir=$2
out_dir=$3
[ -x /usr/bin/chromium ] || { echo "skipped: /usr/bin/chromium not installed"; exit 77; }
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" ingest "$source_dir/examples/seeds" "$source_dir/examples/feeds/harbour.xml" \
  --db "$work/store.db" >/dev/null
"$bin" serve --db "$work/store.db" --port 0 >"$work/serve.txt" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.txt")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "serve did not start:"; cat "$work/serve.txt"; exit 2; }
python3 "$source_dir/tests/browser/browser_test.py" --url "http://127.0.0.1:$port" \
  --out "$out_dir"
