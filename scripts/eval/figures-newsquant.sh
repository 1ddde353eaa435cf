#!/usr/bin/env bash
# Figures (quantities) on NewsQuant: each gold sentence becomes a JSONL record, `crosscheck
# annotate --raw` runs over them, and eval/annotate/newsquant_figures.py scores the quantity
# mentions matched one-to-one by value (P/R/F1), by value and unit, by value and change, and
# by value and counted concept (partial), as CQE's evaluation defines them. NewsQuant is one
# test set, so it is split by sentence index: even = tuning half (its errors may be read),
# odd = held-out half (scored, never read: the figure for unseen data); the whole is printed
# too. Then Recognizers-Text's currency and dimension sets (value, value+unit; held-out: no
# rule is chosen by reading them).
# Records and annotations go to $BUILD/eval-figures/ (never committed).
# FIGURES_ERRORS=1 lists every missed and spurious value of the tuning half, and the unit and
# change of each matched value when they differ.
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
for set in NewsQuant currency-model dimension-model; do
  [ -f "$newsquant/$set.json" ] || { echo "figures-newsquant: $set.json absent (skipped)"; continue; }
  python3 eval/annotate/newsquant_figures.py records --json "$newsquant/$set.json" \
    --out "$out/$set.in.jsonl"
  "$bin" annotate "$out/$set.in.jsonl" --raw --jsonl "$out/$set.jsonl"
  if [ "$set" = NewsQuant ]; then
    python3 eval/annotate/newsquant_figures.py score --json "$newsquant/$set.json" \
      --annotations "$out/$set.jsonl" --halves "${errors[@]}"
  else
    python3 eval/annotate/newsquant_figures.py score --json "$newsquant/$set.json" \
      --annotations "$out/$set.jsonl"
  fi
done
echo "peers (published, NewsQuant whole): CQE value F1 0.920, value+unit 0.856," \
  "value+change 0.881, value+concept (partial) 0.761; quantulum3 value F1 0.730"
echo "peers (published, Recognizers-Text sets): currency CQE value F1 0.842, value+unit 0.796;" \
  "dimension CQE value 0.865, value+unit 0.792"
