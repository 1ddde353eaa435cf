#!/usr/bin/env bash
# At-least-once delivery with idempotent writes (run under with_nats.sh): the seeds and 300
# BBC articles (or the seeds alone without ../shared) go through the queue to three workers
# on one store; one worker is killed with SIGKILL while it works and a fresh one takes over.
# Every document must end up stored exactly once, and the published report must hold the
# documents analyze reports for the same inputs.
set -euo pipefail
bin=$1
source_dir=$2
shared=${3:-}
url=$CROSSCHECK_TEST_NATS
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$work"/w*.txt; do echo "== $f"; cat "$f"; done; exit 1; }

mkdir "$work/in"
cp "$source_dir"/examples/seeds/*.txt "$work/in/"
if [ -n "$shared" ] && [ -d "$shared/data/bbc_news_2225" ]; then
  find "$shared/data/bbc_news_2225" -name '*.txt' | sort | sed -n '1,300p' | while read -r f; do
    cp "$f" "$work/in/$(basename "$(dirname "$f")")_$(basename "$f")"
  done
fi
expected=$(ls "$work/in" | wc -l)

"$bin" ingest --queue "$url" "$work/in" >"$work/queued.txt"
grep -q "^$expected queued, 0 skipped" "$work/queued.txt" || fail "queued: $(cat "$work/queued.txt")"
# The same inputs again: JetStream drops repeats of a document within its duplicate window.
"$bin" ingest --queue "$url" "$work/in" >/dev/null

# The store: PostgreSQL when with_postgres.sh started one, else an SQLite file.
db="${CROSSCHECK_TEST_POSTGRES:-$work/store.db}"
# A short ack wait so that the killed worker's batch comes back quickly; small batches.
"$bin" worker --queue "$url" --db "$db" --batch 8 --ack-wait 2 --until-idle 4 >"$work/w1.txt" 2>&1 &
pids+=($!)
victim=$!
"$bin" worker --queue "$url" --db "$db" --batch 8 --ack-wait 2 --until-idle 4 >"$work/w2.txt" 2>&1 &
pids+=($!)
# Kill the first worker once it has committed at least one batch (it is then mid-way).
for _ in $(seq 1 200); do
  grep -q "committed batch" "$work/w1.txt" 2>/dev/null && break
  sleep 0.05
done
kill -9 "$victim"
"$bin" worker --queue "$url" --db "$db" --batch 8 --ack-wait 2 --until-idle 4 >"$work/w3.txt" 2>&1 &
pids+=($!)
wait "${pids[1]}" || fail "worker 2 failed"
wait "${pids[2]}" || fail "worker 3 failed"

"$bin" publish --db "$db" >"$work/publish.txt" || fail "publish: $(cat "$work/publish.txt")"
"$bin" report --db "$db" --json "$work/r.json" >/dev/null 2>&1 || fail "report"
"$bin" analyze "$work/in" --json "$work/a.json" >/dev/null 2>&1 || fail "analyze"
python3 - "$work/r.json" "$work/a.json" "$expected" <<'PY' || fail "stored documents differ"
import json, sys
stored = json.load(open(sys.argv[1]))
analyzed = json.load(open(sys.argv[2]))
expected = int(sys.argv[3])
def sources(report):
    return sorted(d["source"] for d in report["documents"])
s, a = sources(stored), sources(analyzed)
assert len(s) == len(set(s)), "a document stored twice"
assert len(s) == expected, f"{len(s)} stored, {expected} expected"
assert s == a, "the stored documents are not analyze's"
ids = [d["id"] for d in stored["documents"]]
assert len(ids) == len(set(ids)), "an id given twice"
print(f"worker_kill: {len(s)} documents stored once each; {len(stored['stories'])} stories")
PY
grep -h "added" "$work"/w2.txt "$work"/w3.txt | tail -n 2
