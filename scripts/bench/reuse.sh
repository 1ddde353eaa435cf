#!/usr/bin/env bash
# End to end reuse timing: the eval tool over ECB+ and bbc_news_2225 under /usr/bin/time -v
# (whole process: reading, shingling, sketches, candidates, verification, exact reference),
# then the Google Benchmark figures including the 10k/100k scaling run.
# Usage: reuse.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
if [ ! -d "$shared/data/bbc_news_2225" ]; then echo "reuse: $shared/data/bbc_news_2225 not found (skipped)"; exit 0; fi
/usr/bin/time -v "$build/eval/eval_reuse" "$shared" 2> >(grep -E "Maximum resident|Elapsed" >&2)
CROSSCHECK_SHARED_DIR="$shared" "$build/bench/bench_reuse" --benchmark_min_time=0.5
