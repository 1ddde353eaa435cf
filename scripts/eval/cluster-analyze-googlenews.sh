#!/usr/bin/env bash
# Stories as `crosscheck analyze` gives them: GoogleNews-T/S/TS (JSONL {text, cluster}) through
# the whole pipeline (records kept whole, annotated, clustered), the report's stories scored
# like the clusterer's (eval_stories --report: Hungarian accuracy, NMI).
#   usage: scripts/eval/cluster-analyze-googlenews.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
news="$shared/data/googlenews_ts"
if [ ! -d "$news" ]; then
  echo "cluster-analyze-googlenews: $news not found (skipped)"
  exit 0
fi
report=$(mktemp --suffix=.json) summary=$(mktemp)
trap 'rm -f "$report" "$summary"' EXIT
for part in T S TS; do
  echo "-- GoogleNews-$part through crosscheck analyze"
  # Progress lines (stderr) are dropped; a failed run leaves no report and the scorer says so.
  "$build/src/cli/crosscheck" analyze "$news/News-$part.jsonl" --json "$report" >"$summary" 2>/dev/null
  head -1 "$summary"
  "$build/eval/eval_stories" --googlenews "$news/News-$part.jsonl" --report "$report"
done
