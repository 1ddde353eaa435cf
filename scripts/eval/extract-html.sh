#!/usr/bin/env bash
# HTML main-content extraction, scored on the datasets in ../shared/data (builds nothing):
#   AEB (word 4-gram shingle P/R/F1), AEB reference outputs re-scored with our metric,
#   trafilatura_eval (snippets), L3S-GN1 (bag of words vs full-text blocks), CleanPortalEval,
#   and publication-date agreement on Readability's test pages.
#   usage: scripts/eval/extract-html.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tool="$build/eval/eval_extract"
if [ ! -x "$tool" ]; then
  echo "extract-html: $tool not built (cmake --build $build --target eval_extract)"
  exit 1
fi
if [ ! -d "$shared/data/scrapinghub_aeb" ]; then
  echo "extract-html: $shared/data/scrapinghub_aeb not found (skipped)"
  exit 0
fi
"$tool" --shared "$shared" --dataset all
