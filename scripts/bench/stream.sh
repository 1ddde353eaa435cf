#!/usr/bin/env bash
# End to end at scale: a synthetic news stream (bench/make_stream: stories of real BBC
# articles retold by several outlets with edits, ~2.6 KB a document) written as JSONL, then
# `crosscheck analyze FILE --json FILE` and `wc -w FILE` on the same bytes in the same run,
# each under /usr/bin/time: docs/s, MB/s, CPU seconds, peak RSS, report size, the ratio to
# wc -w, and with CROSSCHECK_TRACE_STAGES the time and memory of each corpus stage.
# Sizes 10,000 and 40,000 by default (the 4x growth ratio of time and memory);
#   STREAM_SIZES="1000000" scripts/bench/stream.sh build/release ../shared   (~1 hour, 2.6 GB
#   of JSONL and a ~10 GB spill file in $TMPDIR; the report goes to /dev/null past 100,000)
# STREAM_ARGS adds analyze options (e.g. "--spill-after-mb 0").
set -euo pipefail
build=$1 shared=$2
bin=$build/src/cli/crosscheck
gen=$build/bench/make_stream
if [ ! -d "$shared/data/bbc_news_2225" ]; then echo "stream: $shared/data/bbc_news_2225 not found (skipped)"; exit 0; fi
if [ ! -x "$gen" ]; then echo "stream: $gen not built (skipped)"; exit 0; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in ${STREAM_SIZES:-10000 40000}; do
  "$gen" "$shared" "$n" > "$out/stream.jsonl"
  bytes=$(stat -c %s "$out/stream.jsonl")
  report="$out/report.json"
  if [ "$n" -gt 100000 ]; then report=/dev/null; fi
  /usr/bin/time -f '%e %U %S %M' -o "$out/wc.time" wc -w "$out/stream.jsonl" > /dev/null
  CROSSCHECK_TRACE_STAGES=1 /usr/bin/time -f '%e %U %S %M' -o "$out/time" \
    "$bin" analyze "$out/stream.jsonl" --json "$report" ${STREAM_ARGS:-} > "$out/summary" 2> "$out/stderr" || {
    echo "stream $n: analyze failed"; tail -3 "$out/stderr"; continue; }
  read -r secs user sys rss_kb < "$out/time"
  read -r wc_secs wc_user wc_sys wc_rss < "$out/wc.time"
  report_bytes=0
  if [ "$report" != /dev/null ]; then report_bytes=$(stat -c %s "$report"); fi
  awk -v d="$n" -v b="$bytes" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss_kb" -v j="$report_bytes" \
      -v w="$wc_secs" 'BEGIN {
    printf "stream %d docs, %.1f MB JSONL: %.1f s (%.1f s CPU), %.0f docs/s, %.2f MB/s, peak RSS %.0f MiB (%.0f B/doc), report %.0f MB; wc -w %.2f s (%.0fx)\n",
           d, b / 1e6, s, u + y, d / s, b / 1e6 / s, r / 1024, r * 1024 / d, j / 1e6, w, (w > 0 ? s / w : 0) }'
  grep '^stage ' "$out/stderr" | sed 's/^/  /'
done
