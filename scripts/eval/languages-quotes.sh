#!/usr/bin/env bash
# Quotations beyond English (issue 14): `crosscheck annotate` over trafilatura_eval's pages,
# then eval/annotate/quote_marks_languages.py: per language and half (tuning / held-out by the
# MD5 of the page id), the share of quotations that end at their own closing mark and the
# share of direct quotes with a named speaker. Annotations go to $BUILD/eval-languages/.
#   usage: scripts/eval/languages-quotes.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
pages="$shared/data/trafilatura_eval/html"
if [ ! -d "$pages" ]; then
  echo "languages-quotes: $pages not found (skipped)"
  exit 0
fi
out="$build/eval-languages"
mkdir -p "$out"
"$build/src/cli/crosscheck" annotate "$pages" --jsonl "$out/trafilatura.jsonl" 2> "$out/annotate.log"
python3 eval/annotate/quote_marks_languages.py "$out/trafilatura.jsonl" de fr es en
