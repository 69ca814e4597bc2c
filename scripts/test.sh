#!/usr/bin/env bash
# The README's test command: install what is needed, build, run every test
# (unit, root, and integration tests in the throw-away lab), end with ctest's
# summary. Needs root (the lab uses network namespaces); CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) != 0 ]]; then
    exec sudo -- "$0" "$@"
fi
scripts/deps.sh
scripts/build.sh
ctest --test-dir "${LIFELINE_BUILD_DIR:-build}" --output-on-failure -j2 "$@"
