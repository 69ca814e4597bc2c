#!/usr/bin/env bash
# Inside the lab (IPv4 broken at the ISP, helper running): TestLabTray as the
# allowed user on Xvfb with trayer, after importing the VPS's tunnel as "vps".
# Every probe target is a lab host. Screenshots are copied to OUTPUT-DIR.
# Usage: lab-tray.sh LIFELINECTL TESTLABTRAY OUTPUT-DIR
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
install -D -m 0755 "$2" "$LAB_DIR/bin/TestLabTray"
out=$3
user=$LAB_USER_ALLOWED
home=$(getent passwd "$user" | cut -d: -f6)
source "$(dirname "$0")/../../integration/checks.sh"
as_user() { lab-as "$user" "$@"; }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; }
trap cleanup EXIT

conf=$LAB_DIR/tray-vps.conf
cp "$LAB_WG_CLIENT_CONF" "$conf" && chmod 0644 "$conf"
as_user "$LAB_DIR/bin/lifelinectl" tunnel import vps "$conf" >/dev/null
check "the VPS's tunnel is imported as vps" as_user "$LAB_DIR/bin/lifelinectl" tunnel show vps

# The user's session: settings (lab targets only), two launchers, runtime dir.
config=$home/.config/lifeline
apps=$home/.local/share/applications
shots=$LAB_DIR/tray-shots
install -d -o "$user" -m 0755 "$home/.config" "$config" "$home/.local" "$home/.local/share" "$apps"
install -d -m 0777 "$shots"
{
    lab-probes 2000
    cat <<'CONF'

[backup]
tunnel=vps
automatic=false

[tray]
check-interval=60
CONF
} >"$config/lifeline.conf"
# Exec lines written as the specification says: \\ in the file is one backslash
# for the quoting rules, so \\$ reaches sh as $. They stay a few seconds, as an
# application would: one that exits at once is reported as having handed off.
cat >"$apps/lab-fetch-v6.desktop" <<'DESKTOP'
[Desktop Entry]
Type=Application
Name=Lab Fetch IPv6
Comment=Loads the lab's IPv6 site
Exec=sh -c "curl -sS --max-time 5 -o \\$HOME/fetched-v6.txt http://[2001:db8:3::80]/; pwd > \\$HOME/cwd-v6.txt; ip -4 route | grep -q . || echo none > \\$HOME/routes-v6.txt; sleep 4" %U
DESKTOP
cat >"$apps/lab-fetch-v4.desktop" <<'DESKTOP'
[Desktop Entry]
Type=Application
Name=Lab Fetch IPv4
Comment=Loads the lab's IPv4-only site
Exec=sh -c "curl -sS --max-time 5 -o \\$HOME/fetched-v4.txt http://203.0.113.80/; sleep 4"
DESKTOP
chown -R "$user" "$config" "$apps"

source "$(dirname "$0")/../xsession.sh"
x_private_sockets
mkdir -p "$LAB_DIR/tray-x"
x_start_server "$LAB_DIR/tray-x" 1024x640
started=$?
pids+=("$X_SERVER_PID")
check "Xvfb is up on $DISPLAY" test "$started" = 0
x_start_tray "$LAB_DIR/tray-x"
started=$?
pids+=("$X_TRAY_PID")
check "trayer's panel is there" test "$started" = 0
display=${DISPLAY:-}

runtime=/run/user/$(id -u "$user")
as_user DISPLAY="$display" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_DATA_DIRS="$LAB_DIR/no-shared-data" XDG_STATE_HOME="$home/.local/state" \
    XDG_RUNTIME_DIR="$runtime" LAB_TRAY_SHOTS="$shots" "$LAB_DIR/bin/TestLabTray"
status=$?
check "TestLabTray" test "$status" = 0
check "no tunnel is left up" bash -c "! ip link show ll-vps 2>/dev/null | grep -q UP"
log=$home/.local/state/lifeline/logs
check "the programs' output went to logs under XDG_STATE_HOME" test -f "$log/lab-fetch-v4.log"

mkdir -p "$out"
cp "$shots"/*.png "$out"/ 2>/dev/null
check "screenshots were saved" test -s "$out/tray-menu-backup-on.png"
summary
