#!/usr/bin/env bash
# Story clustering: GoogleNews-T/S/TS replayed as a stream in file order and in 4 seeded
# shuffles (accuracy with the Hungarian one-to-one mapping, NMI; News-TS is the reported
# figure) and ECB+ documents interleaved across topics, annotated as `crosscheck analyze`
# does (B-cubed F1 against topics and sub-topics, for the stories and for the topic level
# above them), on all 43 topics and on the standard split (Cybulska & Vossen 2015: the topic
# level's settings were chosen on train and dev; test is the held-out figure). Prints docs/s.
#   usage: scripts/eval/cluster-stories.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tool="$build/eval/eval_stories"
if [ ! -x "$tool" ]; then
  # The datasets are here (scripts/eval.sh checked): a missing tool is a failure, not a skip.
  echo "cluster-stories: $tool not built (cmake --build $build --target eval_stories)" >&2
  exit 1
fi
news="$shared/data/googlenews_ts"
if [ -d "$news" ]; then
  for part in T S TS; do
    echo "-- GoogleNews-$part"
    "$tool" --googlenews "$news/News-$part.jsonl" --orders 4
  done
else
  echo "cluster-stories: $news not found (skipped)"
fi
ecb="$shared/data/ecbplus/ECB+"
if [ -d "$ecb" ]; then
  for split in all train dev test; do
    echo "-- ECB+ ($split topics)"
    "$tool" --ecbplus "$ecb" --annotate --ecb-split "$split" --orders 4
  done
else
  echo "cluster-stories: $ecb not found (skipped)"
fi
