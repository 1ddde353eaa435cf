#!/usr/bin/env bash
# Guards the published quality figures: measures each figure named in eval/floors.txt on
# ../shared/data and fails when one is below its floor. Exit 77 (ctest: skipped) with a
# message when the datasets are absent; fails when they are present and a tool is missing.
# About 1 minute on 2 cores (the AEB renderings are cached under BUILD/flat-cache).
#   usage: scripts/eval/check-floors.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
cd "$(dirname "$0")/../.."
floors=eval/floors.txt
if [ ! -d "$shared/data" ]; then
  echo "check-floors: $shared/data not found; the evaluation datasets live in ../shared (skipped)"
  exit 77
fi
if [ ! -x "$build/src/cli/crosscheck" ]; then
  echo "check-floors: $build/src/cli/crosscheck not built, and the datasets are here: failing" >&2
  exit 1
fi
for tool in eval_flat eval_extract eval_stories eval_reuse eval_reconcile eval_feeds eval_event_coref; do
  if [ ! -x "$build/eval/$tool" ]; then
    echo "check-floors: $build/eval/$tool not built, and the datasets are here: failing" >&2
    exit 1
  fi
done

declare -A measured
# From stdin: the number after KEY (e.g. "F1 ", "accuracy=") on the first line matching PATTERN.
pick() { grep -E "$1" | head -1 | sed -E "s/.*$2([0-9.]+).*/\1/"; }

out=$(scripts/eval/extract-flat.sh "$build" "$shared")
measured[flat_aeb_w3m_f1]=$(pick <<<"$out" '^aeb-flat' 'F1 ')
out=$(scripts/eval/extract-flat.sh "$build" "$shared" --half odd)
measured[flat_aeb_w3m_odd_f1]=$(pick <<<"$out" '^aeb-flat' 'F1 ')
out=$("$build/eval/eval_extract" --shared "$shared" --dataset aeb)
measured[html_aeb_f1]=$(pick <<<"$out" '^aeb: P' 'F1 ')
out=$("$build/eval/eval_stories" --googlenews "$shared/data/googlenews_ts/News-TS.jsonl")
measured[stories_googlenews_ts_accuracy]=$(pick <<<"$out" 'accuracy=' 'accuracy=')
out=$("$build/eval/eval_stories" --ecbplus "$shared/data/ecbplus/ECB+" --annotate --ecb-split test)
measured[topics_ecbplus_test_f1]=$(pick <<<"$out" 'topic level' 'bcubed_f1=')
out=$("$build/eval/eval_reuse" "$shared")
ecb=$(grep -A1 '^ecbplus:' <<<"$out" | grep 'verified vs exact')
measured[reuse_ecbplus_p]=$(sed -E 's/.* P ([0-9.]+).*/\1/' <<<"$ecb")
measured[reuse_ecbplus_r]=$(sed -E 's/.* R ([0-9.]+).*/\1/' <<<"$ecb")
labels=$(grep 'verified vs labels' <<<"$out")
# Who said what, figures and dates (python scorers over `crosscheck annotate --raw`).
out=$(POLNEAR_SPLITS=dev scripts/eval/quotes-polnear.sh "$build" "$shared")
measured[quotes_polnear_dev_f1]=$(pick <<<"$out" '^polnear dev: \[attribution\] content overlap' 'F1 ')
measured[speakers_polnear_dev]=$(pick <<<"$out" '^polnear dev: \[attribution\] speaker right' 'strict ')
measured[quotes_polnear_dev_exact]=$(pick <<<"$out" '^polnear dev: \[attribution\] content exact' 'F1 ')
out=$(scripts/eval/languages-quotes.sh "$build" "$shared")
measured[quotes_de_heldout_own_mark]=$(pick <<<"$out" '^de held-out:' 'quotations opened by a mark, ')
out=$(GUM_SPLITS=dev scripts/eval/entities-gum.sh "$build" "$shared")
measured[entities_gum_dev_f1]=$(pick <<<"$out" '^gum dev: overall +overlap' 'F1 ')
measured[pronouns_gum_dev]=$(pick <<<"$out" '^gum pronouns dev:' 'resolved right ')
out=$(scripts/eval/times-tempeval3.sh "$build" "$shared")
measured[times_aquaint_value_f1]=$(pick <<<"$out" '^tempeval3 AQUAINT: value' 'F1 ')
measured[times_aquaint_relaxed_f1]=$(pick <<<"$out" '^tempeval3 AQUAINT: relaxed span:' 'F1 ')
measured[times_timebank_value_f1]=$(pick <<<"$out" '^tempeval3 TimeBank: value' 'F1 ')
out=$(scripts/eval/figures-newsquant.sh "$build" "$shared")
measured[figures_newsquant_value_f1]=$(pick <<<"$out" '^newsquant NewsQuant whole: value:' 'F1 ')
measured[figures_newsquant_heldout_value_f1]=$(pick <<<"$out" '^newsquant NewsQuant held-out half.*: value:' 'F1 ')
measured[figures_newsquant_unit_f1]=$(pick <<<"$out" '^newsquant NewsQuant whole: value\+unit' 'F1 ')
measured[figures_newsquant_heldout_unit_f1]=$(pick <<<"$out" '^newsquant NewsQuant held-out half.*: value\+unit' 'F1 ')
measured[figures_newsquant_concept_f1]=$(pick <<<"$out" '^newsquant NewsQuant whole: value\+concept' 'F1 ')
measured[figures_newsquant_heldout_concept_f1]=$(pick <<<"$out" '^newsquant NewsQuant held-out half.*: value\+concept' 'F1 ')
out=$(scripts/eval/reconcile-emergent.sh "$build" "$shared")
measured[reconcile_emergent_test_accuracy]=$(pick <<<"$out" '^Emergent test' 'accuracy ')
out=$("$build/eval/eval_feeds" --shared "$shared")
measured[feeds_feedparser_wellformed_passed]=$(pick <<<"$out" '^feedparser wellformed:' 'passed ')
out=$("$build/eval/eval_event_coref" --ecbplus "$shared/data/ecbplus" --split test)
measured[reconcile_ecbplus_test_conll_f1]=$(pick <<<"$out" '^within predicted stories' 'CoNLL F1 ')
out=$("$build/eval/eval_event_coref" --ecbplus "$shared/data/ecbplus" --split dev)
measured[reconcile_ecbplus_dev_conll_f1]=$(pick <<<"$out" '^within predicted stories' 'CoNLL F1 ')
out=$(scripts/eval/reconcile-timeline.sh "$build" "$shared")
measured[timeline_trial_f1]=$(pick <<<"$out" '^timeline trial .*, tuned:' 'F1 ')
measured[timeline_heldout_micro_f1]=$(pick <<<"$out" '^timeline corpora 1-3 micro .*, tuned:' 'F1 ')
measured[reuse_synthetic_p]=$(sed -E 's/.* P ([0-9.]+).*/\1/' <<<"$labels")
measured[reuse_synthetic_r]=$(sed -E 's/.* R ([0-9.]+).*/\1/' <<<"$labels")

status=0
while IFS=$'\t' read -r name floor set; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  value=${measured[$name]:-}
  if [[ ! "$value" =~ ^[0-9.]+$ ]]; then
    echo "FAIL $name: not measured (tool output changed?)"; status=1; continue
  fi
  if awk -v v="$value" -v f="$floor" 'BEGIN { exit !(v + 0 < f + 0) }'; then
    echo "FAIL $name: $value < floor $floor ($set)"; status=1
  else
    echo "ok   $name: $value >= $floor ($set)"
  fi
done < "$floors"
exit $status
