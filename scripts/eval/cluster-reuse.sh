#!/usr/bin/env bash
# Reuse pair precision/recall: ECB+ (vs the exact all-pairs reference), synthetic edits of
# bbc_news_2225 (labels by construction), bbc as is. Usage: cluster-reuse.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
bin="$build/eval/eval_reuse"
if [ ! -x "$bin" ]; then echo "eval_reuse not built ($bin)"; exit 1; fi
"$bin" "$shared"
