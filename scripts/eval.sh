#!/usr/bin/env bash
# Runs the evaluations of one family (extract | cluster | quotes | entities | times |
# figures): every scripts/eval/<family>-*.sh, each printing its dataset's standard metric.
# Skips with a message when ../shared is absent.
set -euo pipefail
build=$1 shared=$2 family=$3
if [ ! -d "$shared/data" ]; then
  echo "eval: $shared/data not found; the evaluation datasets live in ../shared (skipped)"
  exit 0
fi
status=0
for script in scripts/eval/"$family"-*.sh; do
  [ -e "$script" ] || continue
  echo "== $(basename "$script" .sh)"
  bash "$script" "$build" "$shared" || status=1
done
exit $status
