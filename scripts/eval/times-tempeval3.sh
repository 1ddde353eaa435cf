#!/usr/bin/env bash
# Dates and times on TempEval-3: each TimeML file's <TEXT> (tags removed) becomes a JSONL
# record whose `published` is the file's document creation time (the reference date for
# relative expressions), `crosscheck annotate --raw` runs over the records, and
# eval/annotate/tempeval_times.py scores the time mentions as TempEval-3 does (relaxed and
# strict span P/R/F1, type and value accuracy and F1). Splits: TBAQ-cleaned AQUAINT and
# TimeBank, plus the platinum test set (te3-platinum/, held out) when it is present; the copy
# in ../shared keeps it out. Records and annotations go to $BUILD/eval-times/ (never committed).
# TIMES_ERRORS=1 lists every missed, spurious and wrong-valued timex.
#   usage: [TIMES_ERRORS=1] scripts/eval/times-tempeval3.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tempeval="$shared/data/tempeval3"
bin="$build/src/cli/crosscheck"
if [ ! -d "$tempeval" ]; then
  echo "times-tempeval3: $tempeval not found (skipped)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "times-tempeval3: $bin not built, and the dataset is here: failing (make build)" >&2
  exit 1
fi
out="$build/eval-times"
mkdir -p "$out"
errors=()
[ -n "${TIMES_ERRORS:-}" ] && errors=(--errors)
splits=("$tempeval/TBAQ-cleaned/AQUAINT" "$tempeval/TBAQ-cleaned/TimeBank")
labels=("AQUAINT" "TimeBank")
if [ -d "$tempeval/te3-platinum" ]; then
  splits+=("$tempeval/te3-platinum")
  labels+=("platinum (held-out)")
else
  echo "times-tempeval3: no te3-platinum/ in $tempeval: the held-out test set is not scored"
fi
for idx in "${!splits[@]}"; do
  name=$(basename "${splits[$idx]}")
  python3 eval/annotate/tempeval_times.py records --tml "${splits[$idx]}" --out "$out/$name.in.jsonl"
  "$bin" annotate "$out/$name.in.jsonl" --raw --jsonl "$out/$name.jsonl"
  python3 eval/annotate/tempeval_times.py score --tml "${splits[$idx]}" --label "${labels[$idx]}" \
    --annotations "$out/$name.jsonl" "${errors[@]}"
done
echo "peers (published, TempEval-3 platinum test): HeidelTime relaxed span F1 0.903, value F1 0.776"
