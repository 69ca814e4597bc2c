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

wait_for() { # COMMAND...: polls for up to 20 s
    local deadline=$((SECONDS + 20))
    until "$@"; do
        ((SECONDS >= deadline)) && return 1
        sleep 0.1
    done
}

# -displayfd: Xvfb picks a free display; the X sockets in /tmp are shared
# with every other test on this machine.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
if ! wait_for grep -q . "$work/display"; then
    echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1
fi
export DISPLAY=:$(tr -dc 0-9 <"$work/display")
wait_for xdpyinfo >/dev/null 2>&1 || { echo "no X server on $DISPLAY" >&2; exit 1; }

trayer --edge top --align right --widthtype request --height 24 --transparent false \
    --tint 0xd8d8d8 --SetDockType true >"$work/trayer.log" 2>&1 &
pids+=($!)
panel() { xdotool search --name '^panel$' >/dev/null 2>&1; }
wait_for panel || { echo "trayer's panel did not appear:" >&2; cat "$work/trayer.log" >&2; exit 1; }

LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$test"
