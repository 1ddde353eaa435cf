#!/usr/bin/env bash
# Serve latency on a large store (issue 12: p99 < 50 ms for a story by id and a full-text
# search at 100,000 documents). Builds the corpus (scripts/bench/serve-corpus.py: BBC 2,225
# copied and edited to N documents), ingests it into a store kept between runs (made once:
# the ingest is the slow part), starts `crosscheck serve` on a free loopback port with no rate
# limit, runs bench/serve_latency (REQUESTS of each kind), and stops the server.
#
#   scripts/bench/serve-latency.sh build/release ../shared [N] [REQUESTS]
#   STORE=/tmp/x.db to choose where the store lives (default /tmp/crosscheck-serve-N.db).
set -euo pipefail
build=$1 shared=$2 n=${3:-100000} requests=${4:-1000}
bin=$build/src/cli/crosscheck
driver=$build/bench/serve_latency
corpus_dir=$shared/data/bbc_news_2225
if [ ! -d "$corpus_dir" ]; then echo "serve bench: $corpus_dir not found (skipped)"; exit 0; fi
store=${STORE:-/tmp/crosscheck-serve-$n.db}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f "$store.done" ]; then
  rm -f "$store" "$store-wal" "$store-shm"
  corpus=$(mktemp --suffix=.jsonl)
  python3 "$here/serve-corpus.py" "$corpus_dir" "$n" > "$corpus"
  echo "serve bench: ingesting $n documents ($(du -h "$corpus" | cut -f1)) into $store"
  /usr/bin/time -f 'ingest: %e s wall, %U s user, %M KiB peak RSS' \
    "$bin" ingest "$corpus" --db "$store" --commit-every 2000 | tail -1
  rm -f "$corpus"
  touch "$store.done"
fi
echo "store: $store, $(du -h "$store" | cut -f1)"

out=$(mktemp)
"$bin" serve --db "$store" --port 0 --rate 0 > "$out" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 300); do
  port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { echo "serve bench: the server did not start"; cat "$out"; exit 1; }
head -1 "$out"
"$driver" "$port" "$requests"
kill -TERM $pid
wait $pid
