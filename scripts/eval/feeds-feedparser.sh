#!/usr/bin/env bash
# Feeds: the RSS/Atom reader against feedparser's own test suite (well-formed titles, links,
# dates and descriptions checked; ill-formed and encoding files read or reported). Prints the
# counts and every check that did not pass.
#   usage: scripts/eval/feeds-feedparser.sh BUILD SHARED
set -euo pipefail
build=$1 shared=$2
tool="$build/eval/eval_feeds"
if [ ! -x "$tool" ]; then
  echo "feeds-feedparser: $tool not built (cmake --build $build --target eval_feeds)" >&2
  exit 1
fi
status=0
"$tool" --shared "$shared" --failures || status=$?
# 77: the suite is absent (the tool said so).
[ "$status" -eq 77 ] && exit 0
exit "$status"
