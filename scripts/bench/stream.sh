#!/usr/bin/env bash
# End to end at scale: a synthetic news stream (bench/make_stream: stories of real BBC
# articles told by several outlets with edits, ~2.6 KB a document) piped as JSONL into
# `crosscheck analyze -`, whole process under /usr/bin/time: docs/s, MB/s, peak RSS, report
# size. Sizes 10,000 and 40,000 by default (the 4x growth ratio of time and memory);
#   STREAM_SIZES="1000000" scripts/bench/stream.sh build/release ../shared   (~1 hour)
# The stream is generated as it is read (make_stream keeps nothing), so the figures are
# crosscheck's own, its reading of the pipe included.
set -euo pipefail
build=$1 shared=$2
bin=$build/src/cli/crosscheck
gen=$build/bench/make_stream
if [ ! -d "$shared/data/bbc_news_2225" ]; then echo "stream: $shared/data/bbc_news_2225 not found (skipped)"; exit 0; fi
if [ ! -x "$gen" ]; then echo "stream: $gen not built (skipped)"; exit 0; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in ${STREAM_SIZES:-10000 40000}; do
  bytes=$("$gen" "$shared" "$n" | wc -c)
  "$gen" "$shared" "$n" | /usr/bin/time -f '%e %U %S %M' -o "$out/time" \
    "$bin" analyze - --json "$out/report.json" ${STREAM_ARGS:-} > "$out/summary" 2> "$out/stderr" || {
    echo "stream $n: analyze failed"; tail -3 "$out/stderr"; continue; }
  read -r secs user sys rss_kb < "$out/time"
  report=$(stat -c %s "$out/report.json")
  awk -v d="$n" -v b="$bytes" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss_kb" -v j="$report" 'BEGIN {
    printf "stream %d docs, %.1f MB JSONL: %.1f s (%.1f s CPU), %.0f docs/s, %.2f MB/s, peak RSS %.0f MiB (%.0f B/doc), report %.0f MB\n",
           d, b / 1e6, s, u + y, d / s, b / 1e6 / s, r / 1024, r * 1024 / d, j / 1e6 }'
done
