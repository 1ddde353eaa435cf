#!/usr/bin/env bash
# Figures (quantities) on NewsQuant: each gold sentence becomes a JSONL record, `crosscheck
# annotate --raw` runs over them, and eval/annotate/newsquant_figures.py scores the quantity
# mentions matched one-to-one by value (P/R/F1), by value and unit, and by value and counted
# concept (partial), as CQE's evaluation defines them. NewsQuant is a test set (CQE's authors
# tuned nothing on it; nor does crosscheck): read it to measure, not to choose rules.
# Records and annotations go to $BUILD/eval-figures/ (never committed).
# FIGURES_ERRORS=1 lists every missed and spurious value per sentence.
#   usage: [FIGURES_ERRORS=1] scripts/eval/figures-newsquant.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
newsquant="$shared/data/newsquant/formatted_test_set"
bin="$build/src/cli/crosscheck"
if [ ! -d "$newsquant" ]; then
  echo "figures-newsquant: $newsquant not found (skipped)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "figures-newsquant: $bin not built, and the dataset is here: failing (make build)" >&2
  exit 1
fi
out="$build/eval-figures"
mkdir -p "$out"
errors=()
[ -n "${FIGURES_ERRORS:-}" ] && errors=(--errors)
python3 eval/annotate/newsquant_figures.py records --json "$newsquant/NewsQuant.json" \
  --out "$out/NewsQuant.in.jsonl"
"$bin" annotate "$out/NewsQuant.in.jsonl" --raw --jsonl "$out/NewsQuant.jsonl"
python3 eval/annotate/newsquant_figures.py score --json "$newsquant/NewsQuant.json" \
  --annotations "$out/NewsQuant.jsonl" "${errors[@]}"
echo "peers (published, NewsQuant): CQE value F1 0.920, value+unit 0.856," \
  "value+concept (partial) 0.761; quantulum3 value F1 0.730"
