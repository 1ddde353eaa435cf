#!/usr/bin/env bash
# End to end reuse timing: the eval tool over ECB+ and bbc_news_2225 under /usr/bin/time -v
# (whole process: reading, shingling, sketches, candidates, verification, exact reference),
# the Google Benchmark figures (bbc 2,225 and the 10k/100k scaling run), then perturbed
# streams of 10k, 100k and (REUSE_STREAM_1M=1, ~2 min and ~6 GB) 1M documents, each in its
# own process under /usr/bin/time -v for the peak RSS.
# Usage: reuse.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
if [ ! -d "$shared/data/bbc_news_2225" ]; then echo "reuse: $shared/data/bbc_news_2225 not found (skipped)"; exit 0; fi
/usr/bin/time -v "$build/eval/eval_reuse" "$shared" 2> >(grep -E "Maximum resident|Elapsed" >&2)
CROSSCHECK_SHARED_DIR="$shared" "$build/bench/bench_reuse" --benchmark_min_time=0.5
sizes="10000 100000"
if [ "${REUSE_STREAM_1M:-0}" = 1 ]; then sizes="$sizes 1000000"; fi
for n in $sizes; do
  /usr/bin/time -v "$build/eval/eval_reuse" "$shared" --stream "$n" 2> >(grep -E "Maximum resident|Elapsed|User time|System time" >&2)
done
