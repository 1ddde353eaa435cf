#!/usr/bin/env bash
# Retrains the learned headline stance classifier (src/reconcile/stance_classifier.h) on the
# Emergent train split only (never the paper's test split): eval_reconcile writes the train
# headlines' features with the same code the binary classifies with, and
# eval/reconcile/train_stance.py fits them with liblinear-train (Debian liblinear-tools) into
# data/lexicons/stance_model.txt, printing its 10-fold cross-validated accuracy (folds by claim).
# Deterministic; rebuild afterwards to embed the new model.
# The solver (0: L2 logistic regression), cost (0.3), minimum feature count (1) and feature
# groups (126: bigrams, stems, cues, the rules' decision, punctuation, claim relations) were
# chosen by that cross-validation, pooled over three deals of the claims into folds
# (STANCE_GRID=1 prints the solver x cost grid); see bench/RESULTS.md.
#   usage: scripts/train-stance.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
data="$shared/data/emergent"
if [ ! -d "$data" ]; then
  echo "train-stance: $data not found" >&2
  exit 1
fi
groups=${STANCE_GROUPS:-126}
solver=${STANCE_SOLVER:-0}
cost=${STANCE_COST:-0.3}
min_count=${STANCE_MIN_COUNT:-1}
out="$build/train-stance"
mkdir -p "$out"
"$build/eval/eval_reconcile" --emergent "$data" --write-features "$out/features.tsv" --stance-groups "$groups"
if [ "${STANCE_GRID:-0}" = 1 ]; then
  python3 eval/reconcile/train_stance.py --features "$out/features.tsv" --groups "$groups" \
    --min-count "$min_count" --grid
  exit 0
fi
python3 eval/reconcile/train_stance.py --features "$out/features.tsv" --groups "$groups" \
  --solver "$solver" --cost "$cost" --min-count "$min_count" --model data/lexicons/stance_model.txt
