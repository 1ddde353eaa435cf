#!/usr/bin/env bash
# Installs the Debian packages crosscheck builds, tests and evaluates with. Idempotent: asks
# apt-get only for what is missing, so a second run does nothing. Debian 12 (bookworm).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libgumbo-dev libsimdjson-dev libxxhash-dev libutf8proc-dev libre2-dev zlib1g-dev
  libcli11-dev libfmt-dev libcld2-dev libstemmer-dev libicu-dev libexpat1-dev libsqlite3-dev
  libpq-dev postgresql  # the shared store (--db postgresql://...) and its tests
  libnats-dev nats-server  # the work queue (ingest --queue, worker) and its tests
  libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-jsonschema
  clang libclang-rt-14-dev
  w3m lynx time
  liblinear-tools
  chromium  # headless, for the browser test (tests/browser/)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
