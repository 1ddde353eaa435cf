#!/usr/bin/env bash
# End-to-end: `crosscheck analyze` over a corpus (default: ../shared/data/bbc_news_2225, 2,225
# plain-text BBC articles), whole process, median of 3 runs: docs/s, MB/s, peak RSS.
# Reuters-21578 SGML files (*.sgm) count one document per <REUTERS> record:
#   CORPUS=../shared/data/reuters21578 scripts/bench/pipeline.sh build/release ../shared
set -euo pipefail
build=$1 shared=$2
corpus=${CORPUS:-$shared/data/bbc_news_2225}
bin=$build/src/cli/crosscheck
if [ ! -d "$corpus" ]; then echo "pipeline bench: $corpus not found (skipped)"; exit 0; fi
docs=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.gz' -o -name '*.jsonl' \) | wc -l)
bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.gz' -o -name '*.jsonl' -o -name '*.sgm' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
records=$(find "$corpus" -type f -name '*.sgm' -exec grep -c '^<REUTERS ' {} + 2>/dev/null | awk -F: '{s+=$NF} END {print s+0}')
docs=$((docs + records))
out=$(mktemp -d)
"$bin" analyze "$corpus" --json "$out/report.json" > /dev/null 2>&1  # warm-up
runs=()
for run in 1 2 3; do
  /usr/bin/time -f '%e %M' -o "$out/time.$run" "$bin" analyze "$corpus" --json "$out/report.json" > /dev/null 2>&1
  runs+=("$(cat "$out/time.$run")")
done
median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
secs=${median% *}
rss_kb=${median#* }
awk -v d="$docs" -v b="$bytes" -v s="$secs" -v r="$rss_kb" -v c="$corpus" 'BEGIN {
  printf "analyze %s: %d docs, %.1f MB in %.2f s (median of 3): %.0f docs/s, %.2f MB/s, peak RSS %.0f MiB\n",
         c, d, b / 1e6, s, d / s, b / 1e6 / s, r / 1024 }'
# `wc -w` on the same bytes in the same run (issue 13 measures against it), median of 3.
wc_runs=()
for run in 1 2 3; do
  start=$EPOCHREALTIME
  find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.gz' -o -name '*.jsonl' -o -name '*.sgm' \) \
    -exec cat {} + | wc -w > /dev/null
  wc_runs+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.4f", b - a}')")
done
wc_secs=$(printf '%s\n' "${wc_runs[@]}" | sort -n | sed -n 2p)
awk -v s="$secs" -v w="$wc_secs" 'BEGIN {
  printf "wc -w on the same files: %.3f s (median of 3); analyze takes %.0fx its time\n", w, s / w }'
rm -rf "$out"
