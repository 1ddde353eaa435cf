#!/usr/bin/env bash
# Runs each libFuzzer binary (build/fuzz/fuzz/fuzz_*) for a few seconds on its seed corpus
# (fuzz/corpus/<name>/ plus a scratch copy, so CI never writes into the repo).
set -euo pipefail
build=$1 seconds=$2
found=0
for bin in "$build"/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  found=1
  name=$(basename "$bin")
  work=$(mktemp -d)
  [ -d "fuzz/corpus/$name" ] && cp -r "fuzz/corpus/$name/." "$work/"
  echo "== $name (${seconds}s)"
  "$bin" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 "$work" 2>&1 | tail -n 5
  rm -rf "$work"
done
[ $found -eq 1 ] || echo "fuzz: no fuzz targets built"
