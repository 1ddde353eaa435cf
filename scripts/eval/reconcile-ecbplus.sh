#!/usr/bin/env bash
# Cross-document event coreference on ECB+ with gold mentions (CoNLL F1 = mean of MUC,
# B-cubed and CEAF-e F1): happenings keyed by reconcile/happenings.h within the stories the
# clusterer makes. Train topics (happening word classes written from general English, both
# read while writing), dev (validation) and the standard test topics 36-45 (held-out: its
# mistakes are never printed). EVENT_SPLITS="train dev test" by default.
# Usage: reconcile-ecbplus.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tool="$build/eval/eval_event_coref"
if [ ! -x "$tool" ]; then
  echo "reconcile-ecbplus: $tool not built (cmake --build $build --target eval_event_coref)" >&2
  exit 1
fi
data="$shared/data/ecbplus"
if [ ! -d "$data/ECB+" ]; then echo "reconcile-ecbplus: $data not found (skipped)"; exit 0; fi
for split in ${EVENT_SPLITS:-train dev test}; do
  "$tool" --ecbplus "$data" --split "$split" --baseline
  "$tool" --ecbplus "$data" --split "$split"
done
