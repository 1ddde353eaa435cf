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
# The first system (entity named in the sentence, nearest date there, else the creation
# time) and the system tuned on the trial corpus (semeval_timeline.py's comment says why).
first=(--undated dct)
tuned=(--undated lead --skip-dct-period --report-dates --speakers --pronouns --it-pronouns)
mkdir -p "$out"
# corpus NAME CAT_DIR NAMES_ARGS...: records, annotations, then both systems' timelines in
# $out/NAME/first and $out/NAME/tuned.
corpus() {
  local name=$1 cat=$2
  shift 2
  rm -rf "${out:?}/$name"
  mkdir -p "$out/$name/first" "$out/$name/tuned"
  python3 "$tool" records --cat "$cat" --out "$out/$name/records.jsonl"
  "$bin" annotate "$out/$name/records.jsonl" --raw --jsonl "$out/$name/annotations.jsonl"
  python3 "$tool" build --cat "$cat" --annotations "$out/$name/annotations.jsonl" "$@" \
    "${first[@]}" --out "$out/$name/first"
  python3 "$tool" build --cat "$cat" --annotations "$out/$name/annotations.jsonl" "$@" \
    "${tuned[@]}" --out "$out/$name/tuned"
}
trial_gold="$data/TimeLines_trial_data_task4_v1.2"
corpus trial "$data/Corpus-trial-data_task4_events_timelines" --entity-names-from "$trial_gold"
python3 "$metric" "$trial_gold" "$out/trial/first" --label "timeline trial (Apple, tuning), first"
python3 "$metric" "$trial_gold" "$out/trial/tuned" --per-timeline \
  --label "timeline trial (Apple, tuning), tuned"
rm -rf "$out/heldout"
mkdir -p "$out/heldout/gold" "$out/heldout/first" "$out/heldout/tuned"
for n in 1 2 3; do
  base="$data/SemEval_Task4_data/corpus_$n"
  corpus "corpus_$n" "$base/corpus_trackB_CAT" --entities "$base/list_target_entities_corpus_$n.txt"
  for run in first tuned; do
    python3 "$metric" "$base/TimeLines_Gold_Standard" "$out/corpus_$n/$run" \
      --label "timeline corpus_$n (held-out), $run"
  done
  # One folder for the micro-average over all timelines (file names carry the corpus).
  for f in "$base"/TimeLines_Gold_Standard/*.txt; do
    name=$(basename "$f")
    cp "$f" "$out/heldout/gold/c${n}_$name"
    for run in first tuned; do
      if [ -e "$out/corpus_$n/$run/$name" ]; then
        cp "$out/corpus_$n/$run/$name" "$out/heldout/$run/c${n}_$name"
      fi
    done
  done
done
for run in first tuned; do
  python3 "$metric" "$out/heldout/gold" "$out/heldout/$run" \
    --label "timeline corpora 1-3 micro (held-out), $run"
done
echo "peers (published, track B, corpora 1-3 micro F1): best run of the task about 25 (GPLSIUA, Minard et al. 2015)"
