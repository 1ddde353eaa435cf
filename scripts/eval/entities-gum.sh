#!/usr/bin/env bash
# Named entities (person, organization, place) on the GUM wikinews documents of the dev and
# test splits (splits.md): texts rebuilt from the CoNLL-U tokens into $BUILD/eval-entities/
# (never committed), `crosscheck annotate --raw` over them, scored by
# eval/annotate/gum_entities.py (typed exact and overlap P/R/F1 per type and overall).
#   usage: scripts/eval/entities-gum.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
gum="$shared/data/gum_wikinews"
bin="$build/src/cli/crosscheck"
if [ ! -d "$gum" ]; then
  echo "entities-gum: $gum not found (skipped)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "entities-gum: $bin not built, and the dataset is here: failing (make build)" >&2
  exit 1
fi
out="$build/eval-entities"
rm -rf "$out/text"
python3 eval/annotate/gum_entities.py texts --gum "$gum" --split dev,test --out "$out/text"
"$bin" annotate "$out/text" --raw --jsonl "$out/gum.jsonl"
for split in dev test; do
  python3 eval/annotate/gum_entities.py score --gum "$gum" --split "$split" \
    --annotations "$out/gum.jsonl"
done
echo "annotate speed: see bench/results/annotate.md (bench/annotate_bench.cc, make bench)"
