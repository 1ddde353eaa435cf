#!/usr/bin/env bash
# Headline stance toward a claim on Emergent (Ferreira & Vlachos 2016): accuracy, per-class
# F1 and confusion of the rules and of the learned classifier on the train split (tuned and
# fitted on) and of the learned classifier on the paper's test split (held-out). The learned
# model's cross-validated train figure comes from `make train` (scripts/train-stance.sh).
# RECONCILE_ERRORS=1 lists the train split's mistakes. Usage: reconcile-emergent.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tool="$build/eval/eval_reconcile"
if [ ! -x "$tool" ]; then
  echo "reconcile-emergent: $tool not built (cmake --build $build --target eval_reconcile)" >&2
  exit 1
fi
data="$shared/data/emergent"
if [ ! -d "$data" ]; then echo "reconcile-emergent: $data not found (skipped)"; exit 0; fi
args=(--emergent "$data")
if [ "${RECONCILE_ERRORS:-0}" = 1 ]; then args+=(--errors); fi
"$tool" "${args[@]}"
