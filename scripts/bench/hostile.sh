#!/usr/bin/env bash
# The hostile-input suite at the sizes the strength issue measured (10,000 figures in one
# document, 100,000 small files, 200,000 quote lines, 8 MB of one sentence): time, peak RSS
# and report size at n and 4n for each generator, and whether each case holds.
# Usage: scripts/bench/hostile.sh BUILD_DIR [SHARED_DIR]   (needs no dataset)
set -euo pipefail
build=$1
exec python3 "$(dirname "$0")/../../tests/hostile/hostile.py" "$build/src/cli/crosscheck" --scale large
