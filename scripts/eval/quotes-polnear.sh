#!/usr/bin/env bash
# Quotes ("who said what") on PolNeAR: `crosscheck annotate --raw` over the dev and train
# texts, scored against the first annotator's attributions by eval/annotate/polnear_quotes.py
# (content overlap and exact-span P/R/F1, direct quotes, speaker right, recall per kind).
# The test split is withheld in ../shared. Annotations go to $BUILD/eval-quotes/ (never
# committed). Train (840 texts) takes a few seconds to annotate; POLNEAR_SPLITS=dev for dev only.
#   usage: scripts/eval/quotes-polnear.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
polnear="$shared/data/polnear"
bin="$build/src/cli/crosscheck"
if [ ! -d "$polnear" ]; then
  echo "quotes-polnear: $polnear not found (skipped)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "quotes-polnear: $bin not built, and the dataset is here: failing (make build)" >&2
  exit 1
fi
out="$build/eval-quotes"
mkdir -p "$out"
for split in ${POLNEAR_SPLITS:-dev train}; do
  start=$EPOCHREALTIME
  "$bin" annotate "$polnear/$split/text" --raw --jsonl "$out/$split.jsonl"
  echo "polnear $split: annotated in $(awk -v a="$start" -v b="$EPOCHREALTIME" \
    'BEGIN { printf "%.1f", b - a }') s (wall)"
  python3 eval/annotate/polnear_quotes.py --polnear "$polnear" --split "$split" \
    --annotations "$out/$split.jsonl"
done
echo "annotate speed: see bench/results/annotate.md (bench/annotate_bench.cc, make bench)"
