#!/usr/bin/env bash
# The README's demo command: builds Lifeline, makes a throw-away lab in which
# the "internet provider" has broken IPv4, shows what that does to a desktop,
# and what Lifeline can do about it. Leaves nothing behind. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) != 0 ]]; then
    exec sudo -- "$0" "$@"
fi
scripts/deps.sh
echo "Building Lifeline…"
scripts/build.sh >/dev/null
build=${LIFELINE_BUILD_DIR:-build}

tests/lab/lab-run --broken ipv4 \
    --helper "$build/helper/lifeline-helper" \
    --dbus-policy dbus/io.github.lifeline.Helper1.conf \
    --polkit-policy polkit/io.github.lifeline.policy \
    -- scripts/demo-steps.sh "$build"

echo
if ip netns list | grep -q '^lab-'; then
    echo "Something of the lab was left behind:" >&2
    ip netns list >&2
    exit 1
fi
echo "The lab is gone; nothing on this machine was changed."
