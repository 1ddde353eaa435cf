#!/usr/bin/env bash
# Entity timelines on SemEval-2015 Task 4 "TimeLine", track B (events marked in the input):
# for each target entity, the events it takes part in across 30 news articles, anchored to
# dates and ordered. eval/reconcile/semeval_timeline.py writes each CAT document as a
# JSONL record (its DCT as `published`), `crosscheck annotate --raw` finds the dates and
# entity mentions, the same script builds the timelines, and eval/reconcile/timeline_metric.py
# scores them with the task's TimeLine metric (temporal awareness over the timelines' TimeML
# graphs, micro-averaged P/R/F1, in percent as the task reports it).
# Trial corpus (Apple, 6 timelines): written and tuned on, its per-timeline figures shown.
# Evaluation corpora 1-3 (Airbus, GM, stock market; 39 timelines): held-out, only their
# aggregate figures are printed, then all three micro-averaged (the task's headline figure).
# Annotations and timelines go to $BUILD/eval-timeline/ (never committed).
#   usage: scripts/eval/reconcile-timeline.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
data="$shared/data/semeval2015_task4_timeline"
bin="$build/src/cli/crosscheck"
if [ ! -d "$data" ]; then
  echo "reconcile-timeline: $data not found (skipped)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "reconcile-timeline: $bin not built, and the dataset is here: failing (make build)" >&2
  exit 1
fi
out="$build/eval-timeline"
tool=eval/reconcile/semeval_timeline.py
metric=eval/reconcile/timeline_metric.py
mkdir -p "$out"
# corpus NAME CAT_DIR NAMES_ARGS...: annotate, build, into $out/NAME/.
corpus() {
  local name=$1 cat=$2
  shift 2
  rm -rf "${out:?}/$name"
  mkdir -p "$out/$name/system"
  python3 "$tool" records --cat "$cat" --out "$out/$name/records.jsonl"
  "$bin" annotate "$out/$name/records.jsonl" --raw --jsonl "$out/$name/annotations.jsonl"
  python3 "$tool" build --cat "$cat" --annotations "$out/$name/annotations.jsonl" "$@" \
    --out "$out/$name/system"
}
trial_gold="$data/TimeLines_trial_data_task4_v1.2"
corpus trial "$data/Corpus-trial-data_task4_events_timelines" \
  --entity-names-from "$trial_gold"
python3 "$metric" "$trial_gold" "$out/trial/system" --per-timeline \
  --label "timeline trial (Apple, tuning)"
mkdir -p "$out/heldout/gold" "$out/heldout/system"
rm -f "$out"/heldout/gold/* "$out"/heldout/system/*
for n in 1 2 3; do
  base="$data/SemEval_Task4_data/corpus_$n"
  corpus "corpus_$n" "$base/corpus_trackB_CAT" \
    --entities "$base/list_target_entities_corpus_$n.txt"
  python3 "$metric" "$base/TimeLines_Gold_Standard" "$out/corpus_$n/system" \
    --label "timeline corpus_$n (held-out)"
  # One folder for the micro-average over all 39 timelines (file names carry the corpus).
  for f in "$base"/TimeLines_Gold_Standard/*.txt; do
    cp "$f" "$out/heldout/gold/c${n}_$(basename "$f")"
    [ -e "$out/corpus_$n/system/$(basename "$f")" ] &&
      cp "$out/corpus_$n/system/$(basename "$f")" "$out/heldout/system/c${n}_$(basename "$f")"
  done
done
python3 "$metric" "$out/heldout/gold" "$out/heldout/system" \
  --label "timeline corpora 1-3 micro (held-out)"
echo "peers (published, track B, corpora 1-3 micro F1): best run of the task about 25 (GPLSIUA, Minard et al. 2015)"
