#!/usr/bin/env bash
# Runs every Google Benchmark binary (build/bench/bench_*) and every end-to-end benchmark
# script (scripts/bench/*.sh). Figures go to stdout; record them in bench/RESULTS.md.
set -euo pipefail
build=$1 shared=$2
for bin in "$build"/bench/bench_*; do
  [ -x "$bin" ] || continue
  echo "== $(basename "$bin")"
  CROSSCHECK_SHARED_DIR="$shared" "$bin" --benchmark_min_time=0.5
done
for script in scripts/bench/*.sh; do
  [ -e "$script" ] || continue
  echo "== $(basename "$script" .sh)"
  bash "$script" "$build" "$shared"
done
