#!/usr/bin/env bash
# Runs a command against a temporary PostgreSQL server: a new cluster in a fresh folder,
# listening only on a Unix socket there (no TCP port), fsync off (a test, not a store), removed
# afterwards whatever happens. The command finds the server in CROSSCHECK_TEST_POSTGRES (a
# postgresql:// URL). PostgreSQL refuses to run as root: as root, the server runs as the
# `postgres` user (runuser), the command as the caller. Exits 77 (skipped) when the server's
# binaries are not installed (scripts/install-deps.sh installs them).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "skipped: PostgreSQL server binaries not installed (apt-get install postgresql)"
  exit 77
fi
dir=$(mktemp -d /tmp/crosscheck-pg.XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
cleanup() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U crosscheck -E UTF8 --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
  -o "-k $dir -c listen_addresses= -c fsync=off -c full_page_writes=off" start >/dev/null
export CROSSCHECK_TEST_POSTGRES="postgresql:///postgres?host=$dir&user=crosscheck"
"$@"
