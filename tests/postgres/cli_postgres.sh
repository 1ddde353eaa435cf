#!/usr/bin/env bash
# The CLI on a PostgreSQL store (run under with_postgres.sh): two ingests then report equal
# analyze byte for byte; a repeat adds nothing; query finds the story and the changes; the
# password of a URL never shows in a message.
set -euo pipefail
bin=$1
seeds=$2
url=$CROSSCHECK_TEST_POSTGRES
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

files=("$seeds"/*)
"$bin" ingest "${files[0]}" "${files[1]}" --db "$url" >"$work/first.txt"
grep -q "2 added, 0 already stored, 0 skipped" "$work/first.txt" || fail "first ingest: $(cat "$work/first.txt")"
grep -q "published " "$work/first.txt" || fail "no publication"
"$bin" ingest "$seeds" --db "$url" >"$work/second.txt"
grep -q "3 added, 2 already stored, 0 skipped" "$work/second.txt" || fail "second ingest: $(cat "$work/second.txt")"
"$bin" ingest "$seeds" --db "$url" >"$work/third.txt"
grep -q "0 added, 5 already stored" "$work/third.txt" || fail "third ingest: $(cat "$work/third.txt")"

"$bin" analyze "${files[@]}" --json "$work/a.json" >/dev/null 2>&1
"$bin" report --db "$url" --json "$work/r.json" >/dev/null 2>&1
cmp "$work/a.json" "$work/r.json" || fail "report from PostgreSQL differs from analyze"

"$bin" query NATO troops --db "$url" --json >"$work/q.json"
grep -q '"matching_stories":1' "$work/q.json" || fail "query: $(cat "$work/q.json")"
"$bin" query --db "$url" --changes-since 2000-01-01 >"$work/c.txt"
grep -q "new_story" "$work/c.txt" || fail "changes: $(cat "$work/c.txt")"

if "$bin" report --db "postgresql://someone:s3cret@127.0.0.1:1/none?connect_timeout=2" \
    --json "$work/x.json" >"$work/bad.txt" 2>&1; then
  fail "report on an unreachable server succeeded"
fi
grep -q "cannot open store" "$work/bad.txt" || fail "unreachable: $(cat "$work/bad.txt")"
if grep -q "s3cret" "$work/bad.txt"; then fail "the password shows: $(cat "$work/bad.txt")"; fi
echo "cli_postgres: ok"
