#!/usr/bin/env bash
# The real `lifeline` under Xvfb with an X11 tray host (trayer): the icon is
# embedded in the tray, a second start exits 0 and makes the first show its
# menu, `--autostart` then exits 0 quietly, `--run-picker MODE` opens the
# first's picker, a click opens the menu, Settings… opens the settings window,
# Quit from the keyboard ends it, it idles without spinning; `--autostart`
# honours the user's Hidden=true override, and `--run-picker` as the first
# start opens the picker too. Runs in a network namespace with only loopback
# and no system bus (tmpfs /run), so no probe leaves and the helper is
# "unavailable".
# Usage: tray-gui.sh LIFELINE SCREENSHOT-TOOL OUTPUT-DIR
set -uo pipefail
lifeline=$1
camera=$2
out=$3
source "$(dirname "$0")/../../integration/checks.sh"

ip link set lo up
# /run is this test's own tmpfs (see CMakeLists.txt): whatever happens, nothing stays.
work=$(mktemp -d /run/lifeline-gui.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/runtime" "$work/config/lifeline" "$work/home" "$out"
chmod 0700 "$work/runtime"
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config \
       XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$work/no-system-bus
unset DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM
# Probe targets: lab addresses only (unreachable here: this namespace has only lo).
"$(dirname "$0")/../../lab/lab-probes" 1000 >"$work/config/lifeline/lifeline.conf"

echo "== Without a display"
help=$(env -u DISPLAY "$lifeline" --help 2>&1); status=$?
check "--help works without a display (exit $status)" test "$status" = 0
check "--help says what it is" contains "$help" "system tray"
check "--help lists --version" contains "$help" "--version"
said=$(env -u DISPLAY -u WAYLAND_DISPLAY "$lifeline" --run-picker sideways 2>&1); status=$?
check "a wrong MODE without a display is a usage error (exit $status)" test "$status" = 64
check "  naming the MODE" contains "$said" "sideways"
said=$(env -u DISPLAY -u WAYLAND_DISPLAY "$lifeline" 2>&1); status=$?
check "no display: exit 1 (exit $status), not a crash" test "$status" = 1
check "  saying so" contains "$said" "neither DISPLAY nor WAYLAND_DISPLAY is set"

source "$(dirname "$0")/../xsession.sh"
x_private_sockets
x_start_server "$work" 800x600
started=$?
pids+=("$X_SERVER_PID")
check "Xvfb is up on $DISPLAY" test "$started" = 0
x_start_tray "$work" --SetDockType true
started=$?
pids+=("$X_TRAY_PID")
check "trayer's panel is there" test "$started" = 0
if ((started != 0)); then
    summary
    exit 1 # nothing below can pass without a tray
fi
panel=$X_TRAY_PANEL

echo "== The icon"
"$lifeline" >"$work/lifeline.log" 2>&1 &
tray=$!
pids+=($tray)
embedded() { xwininfo -tree -id "$panel" 2>/dev/null | grep -q '"lifeline": ("lifeline" "lifeline")'; }
x_wait embedded
found=$?
check "the icon is embedded in the tray's panel" test "$found" = 0
if ((found != 0)); then
    sed 's/^/  lifeline: /' "$work/lifeline.log"
    summary
    exit 1
fi
icon=$(xwininfo -tree -id "$panel" | awk '/"lifeline": \("lifeline" "lifeline"\)/ {print $1; exit}')
geometry=$(xwininfo -id "$icon" 2>/dev/null)
check "the icon is mapped" contains "$geometry" "IsViewable"
check "the icon is 22x22" contains "$geometry" "Width: 22"
menu_shown() { # a visible lifeline window wider than the icon: the menu
    local w
    for w in $(xdotool search --onlyvisible --classname lifeline 2>/dev/null); do
        [[ $(xwininfo -id "$w" | awk '/Width:/ {print $2}') -gt 100 ]] && return 0
    done
    return 1
}
menu_gone() { ! menu_shown; }
check "no menu before anything asks for it" menu_gone

echo "== A second start"
"$lifeline" >"$work/second.log" 2>&1; status=$?
check "a second lifeline exits 0 (exit $status)" test "$status" = 0
check "and the first shows its menu" x_wait menu_shown
check "the first is still running" kill -0 "$tray"
"$camera" "$out/tray-menu-offline.png"
check "a screenshot of the menu was saved" test -s "$out/tray-menu-offline.png"
xdotool key Escape
check "Escape closes the menu" x_wait menu_gone

echo "== Autostart while one runs"
"$lifeline" --autostart >"$work/autostart.log" 2>&1; status=$?
check "lifeline --autostart exits 0 (exit $status)" test "$status" = 0
check "without a word" test ! -s "$work/autostart.log"
# The first acts on a request before its answer goes out; this only gives the
# X server a moment to map a menu, were one (wrongly) shown.
sleep 0.5
check "and the first shows no menu" menu_gone

echo "== The picker, from a launcher's action"
picker_shown() { xdotool search --onlyvisible --name "^Run a program with $1 only" >/dev/null 2>&1; }
"$lifeline" --run-picker ipv4-only >"$work/picker.log" 2>&1; status=$?
check "lifeline --run-picker ipv4-only exits 0 (exit $status)" test "$status" = 0
check "and the first opens its IPv4 picker" x_wait picker_shown IPv4
"$camera" "$out/tray-picker-from-launcher.png"
xdotool search --onlyvisible --name '^Run a program with IPv4 only' windowunmap >/dev/null 2>&1
check "the first is still running" kill -0 "$tray"

echo "== Clicking the icon"
eval "$(xdotool getwindowgeometry --shell "$icon")"
xdotool mousemove $((X + 11)) $((Y + 11)) click 1
check "a left click on the icon opens the menu" x_wait menu_shown
xdotool key Escape
check "and Escape closes it" x_wait menu_gone

echo "== Settings…"
settings_shown() { xdotool search --onlyvisible --name '^Settings' >/dev/null 2>&1; }
sleep 0.6 # two clicks within Qt's double-click interval would be a double click
xdotool mousemove $((X + 11)) $((Y + 11)) click 1
check "a click opens the menu again" x_wait menu_shown
# One key at a time, as a person types: the menu moves its selection per event.
for key in Up Up Return; do sleep 0.4; xdotool key "$key"; done # Quit, then Settings… above it
check "Settings… opens the settings window" x_wait settings_shown
"$camera" "$out/tray-settings-from-menu.png"
xdotool search --onlyvisible --name '^Settings' windowunmap >/dev/null 2>&1

echo "== Idle"
ticks() { awk '{print $14 + $15}' "/proc/$tray/stat"; }
sleep 2 # the first round of probes is long over (no route here: they fail at once)
before=$(ticks); sleep 3; after=$(ticks)
check "idle for 3 s it used $((after - before)) clock ticks of CPU (no busy loop: < 30)" test $((after - before)) -lt 30

echo "== Bad arguments"
"$lifeline" --frobnicate >"$work/bad.log" 2>&1; status=$?
check "an unknown option is refused as a usage error (exit $status)" test "$status" = 64
check "and named" grep -q frobnicate "$work/bad.log"
"$lifeline" something >"$work/positional.log" 2>&1; status=$?
check "an argument is refused (exit $status)" test "$status" = 64
check "and named" grep -q something "$work/positional.log"
"$lifeline" --run-picker ipv5-only >"$work/mode.log" 2>&1; status=$?
check "an unknown picker mode is refused (exit $status)" test "$status" = 64
check "and named" grep -q ipv5-only "$work/mode.log"

echo "== Quit"
xdotool mousemove $((X + 11)) $((Y + 11)) click 1
x_wait menu_shown
for key in Up Return; do sleep 0.4; xdotool key "$key"; done # Up wraps to the last entry: Quit
tray_gone() { ! kill -0 "$tray" 2>/dev/null; }
check "Quit in the menu ends lifeline" x_wait tray_gone
tray_gone || kill "$tray"
wait "$tray"; status=$?
check "with exit 0 (exit $status)" test "$status" = 0
check "it printed no warnings" test ! -s "$work/lifeline.log"
[[ -s $work/lifeline.log ]] && sed 's/^/  lifeline: /' "$work/lifeline.log"

echo "== Autostart turned off in the settings"
# What the settings window's "Start Lifeline when I log in" writes when unticked.
override=$XDG_CONFIG_HOME/autostart/io.github.lifeline.Lifeline.desktop
mkdir -p "${override%/*}"
printf '[Desktop Entry]\nType=Application\nName=Lifeline\nExec=lifeline --autostart\nHidden=true\n' >"$override"
timeout 20 "$lifeline" --autostart >"$work/hidden.log" 2>&1; status=$?
check "a session ignoring Hidden=true: lifeline --autostart ends at once (exit $status)" test "$status" = 0
check "without a word" test ! -s "$work/hidden.log"
rm -f "$override"

echo "== The picker as the first start"
"$lifeline" --run-picker ipv6-only >"$work/first-picker.log" 2>&1 &
first=$!
pids+=($first)
check "lifeline --run-picker ipv6-only with none running opens the IPv6 picker" x_wait picker_shown IPv6
check "and the icon is in the tray" x_wait embedded
kill "$first"
wait "$first"

summary
