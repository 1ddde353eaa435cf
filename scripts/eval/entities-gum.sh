#!/usr/bin/env bash
# Named entities (person, organization, place) on the GUM wikinews documents of the dev and
# test splits (splits.md), or of the splits named in GUM_SPLITS (GUM_SPLITS=train: the 35
# train documents, the only ones rules are tuned on; dev validates, test is read last):
# texts rebuilt from the CoNLL-U tokens into $BUILD/eval-entities/ (never committed), `crosscheck annotate --raw` over them, scored by
# eval/annotate/gum_entities.py (typed exact and overlap P/R/F1 per type and overall); then
# the speaker finder's resolution of "he"/"she" against GUM's coreference chains
# (eval/pronoun_antecedents.cc, eval/annotate/gum_pronouns.py).
# GUM_ERRORS=1 also lists each document's missed and wrong mentions (for tuning on train).
#   usage: [GUM_SPLITS=train] [GUM_ERRORS=1] scripts/eval/entities-gum.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
splits=${GUM_SPLITS:-dev,test}
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
python3 eval/annotate/gum_entities.py texts --gum "$gum" --split "$splits" --out "$out/text"
"$bin" annotate "$out/text" --raw --jsonl "$out/gum.jsonl"
errors=()
[ -n "${GUM_ERRORS:-}" ] && errors=(--errors)
for split in ${splits//,/ }; do
  python3 eval/annotate/gum_entities.py score --gum "$gum" --split "$split" \
    --annotations "$out/gum.jsonl" "${errors[@]}"
done
# Pronoun resolution (the speaker finder's "he"/"she") against GUM's coreference chains.
pronouns="$build/eval/pronoun_antecedents"
if [ -x "$pronouns" ]; then
  "$pronouns" "$out"/text/*.txt > "$out/pronouns.jsonl"
  for split in ${splits//,/ }; do
    python3 eval/annotate/gum_pronouns.py --gum "$gum" --split "$split" \
      --antecedents "$out/pronouns.jsonl"
  done
else
  echo "entities-gum: $pronouns not built (pronoun resolution not scored)"
fi
echo "annotate speed: see bench/results/annotate.md (bench/annotate_bench.cc, make bench)"
