#!/usr/bin/env bash
# Runs TEST (a QtTest binary) on its own Xvfb, with trayer as the system tray,
# as a German user: LANG and LC_ALL de_DE.UTF-8, whether or not the C library
# has that locale (Qt reads the variables itself).
# Usage: i18n-gui.sh TEST OUTPUT-DIR
set -uo pipefail
test=$1
out=$2
work=$(mktemp -d /tmp/lifeline-i18n.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out" "$work/runtime"
chmod 0700 "$work/runtime"
export HOME=$work XDG_RUNTIME_DIR=$work/runtime
# No bus but the test's own private one.
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$work/no-system-bus
unset DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM LANGUAGE LC_MESSAGES

source "$(dirname "$0")/../xsession.sh"
# This script runs in its own mount namespace (see CMakeLists.txt).
x_private_sockets || exit 1
x_start_server "$work" 1024x768 || exit 1
pids+=("$X_SERVER_PID")
x_start_tray "$work" --SetDockType true || exit 1
pids+=("$X_TRAY_PID")

LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$test"
