#!/usr/bin/env bash
# End-to-end, the store: `crosscheck ingest` into a fresh SQLite file (with its publication),
# `report --db` from it and a `query`, beside `analyze` and `wc -w` on the same corpus in the
# same run (default ../shared/data/bbc_news_2225); median of 3 runs each: docs/s, MB/s, peak
# RSS, the store's size against the text, and the ratios.
set -euo pipefail
build=$1 shared=$2
corpus=${CORPUS:-$shared/data/bbc_news_2225}
bin=$build/src/cli/crosscheck
if [ ! -d "$corpus" ]; then echo "store bench: $corpus not found (skipped)"; exit 0; fi
docs=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# median of 3: "seconds peak_kb" of a command (a fresh store for each ingest run).
median() {
  local name=$1
  shift
  local runs=()
  for run in 1 2 3; do
    rm -f "$out"/store.db*
    [ "$name" = report ] || [ "$name" = query ] && "$bin" ingest "$corpus" --db "$out/store.db" >/dev/null 2>&1
    /usr/bin/time -f '%e %M' -o "$out/time" "$@" >/dev/null 2>&1
    runs+=("$(cat "$out/time")")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}

"$bin" analyze "$corpus" --json "$out/a.json" >/dev/null 2>&1  # warm-up
wc=$(median wc find "$corpus" -type f -name '*.txt' -exec wc -w {} +)
analyze=$(median analyze "$bin" analyze "$corpus" --json "$out/a.json")
ingest=$(median ingest "$bin" ingest "$corpus" --db "$out/store.db")
store_bytes=$(stat -c %s "$out/store.db")
report=$(median report "$bin" report --db "$out/store.db" --json "$out/r.json")
query=$(median query "$bin" query news --db "$out/store.db")
awk -v d="$docs" -v b="$bytes" -v c="$corpus" -v w="$wc" -v a="$analyze" -v i="$ingest" \
    -v r="$report" -v q="$query" -v sb="$store_bytes" 'BEGIN {
  split(w, W, " "); split(a, A, " "); split(i, I, " "); split(r, R, " "); split(q, Q, " ")
  printf "store %s: %d docs, %.1f MB of text (median of 3 each)\n", c, d, b / 1e6
  printf "  ingest (with publication): %.2f s, %.0f docs/s, %.2f MB/s, peak RSS %.0f MiB\n", I[1], d / I[1], b / 1e6 / I[1], I[2] / 1024
  printf "  analyze:                   %.2f s, %.0f docs/s, peak RSS %.0f MiB\n", A[1], d / A[1], A[2] / 1024
  printf "  wc -w:                     %.2f s\n", W[1]
  printf "  report --db: %.2f s, peak RSS %.0f MiB; query: %.2f s\n", R[1], R[2] / 1024, Q[1]
  printf "  store file %.1f MB = %.2fx the text\n", sb / 1e6, sb / b
  printf "  ratios: ingest/analyze %.2f (target <= 2), analyze/wc -w %.0f\n", I[1] / A[1], A[1] / (W[1] > 0.005 ? W[1] : 0.005)
}'
