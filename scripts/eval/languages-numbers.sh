#!/usr/bin/env bash
# Numbers by language (issue 14): Microsoft Recognizers-Text's NumberModel and PercentModel
# tables (../shared/data/recognizers_text_specs), each case annotated as a one-record JSONL
# document in its language, scored by eval/annotate/recognizers_numbers.py (a case passes
# when its figures' values equal the expected ones). Files go to $BUILD/eval-languages/.
#   usage: [NUMBERS_ERRORS=1] scripts/eval/languages-numbers.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
specs="$shared/data/recognizers_text_specs/Specs"
if [ ! -d "$specs" ]; then
  echo "languages-numbers: $specs not found (skipped)"
  exit 0
fi
out="$build/eval-languages"
mkdir -p "$out"
python3 eval/annotate/recognizers_numbers.py write "$specs" "$out/recognizers.jsonl"
"$build/src/cli/crosscheck" annotate "$out/recognizers.jsonl" --jsonl "$out/recognizers.annotations.jsonl" \
  2> "$out/recognizers.log"
python3 eval/annotate/recognizers_numbers.py score "$specs" "$out/recognizers.annotations.jsonl" \
  ${NUMBERS_ERRORS:+--errors}
