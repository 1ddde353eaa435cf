#!/usr/bin/env bash
# Runs a command against a temporary NATS server with JetStream: its storage in a fresh
# folder, on a free loopback port, stopped and removed afterwards whatever happens. The
# command finds it in CROSSCHECK_TEST_NATS (nats://127.0.0.1:PORT). Exits 77 (skipped) when
# nats-server is not installed (scripts/install-deps.sh installs it).
set -euo pipefail

server=$(command -v nats-server || true)
[ -z "$server" ] && [ -x /usr/sbin/nats-server ] && server=/usr/sbin/nats-server
if [ -z "$server" ]; then
  echo "skipped: nats-server not installed (apt-get install nats-server)"
  exit 77
fi
dir=$(mktemp -d /tmp/crosscheck-nats.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" -js -sd "$dir/js" -a 127.0.0.1 -p "$port" -l "$dir/server.log" &
pid=$!
for _ in $(seq 1 100); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
export CROSSCHECK_TEST_NATS="nats://127.0.0.1:$port"
"$@"
