#!/usr/bin/env bash
# Inside the lab (helper running, IPv4 broken, the ISP's link towards the VPS
# narrowed by --path-mtu to a 1300-byte black hole): with `tunnel set vps
# mtu=auto` the helper probes right after every connect, so the download that
# stalls at the default 1420 completes without anyone running `mtu fix`; a
# number set on the connected tunnel applies at once, and at the next
# connect. Disconnecting leaves nothing behind.
# Usage: mtu-auto.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
source "$(dirname "$0")/checks.sh"
as_user() { lab-as "$user" "$ctl" "$@"; }
mib=1048576
# A 1 MiB download through the tunnel (the lab's web server is IPv4-only,
# reached only through it): passes when every byte arrived in time.
downloads() {
    [[ $(curl -sS --max-time 10 -o /dev/null -w '%{size_download}' \
        http://203.0.113.80/big.bin 2>/dev/null) == "$mib" ]]
}
link_mtu() { ip -o link show dev ll-vps 2>/dev/null | grep -o 'mtu [0-9]*' | cut -d' ' -f2; }
show() { as_user tunnel show vps --json; }
# The value of KEY in `tunnel show --json` (numbers, booleans and strings alike).
field() { # JSON KEY
    python3 -c 'import json, sys; v = json.loads(sys.argv[1]).get(sys.argv[2]); print(json.dumps(v) if not isinstance(v, str) else v)' "$1" "$2"
}
wait_probed() { # SECONDS: until GetTunnel says mtu-probed true
    local deadline=$((SECONDS + $1))
    while ((SECONDS < deadline)); do
        [[ $(field "$(show)" mtu-probed) == true ]] && return 0
        sleep 0.2
    done
    return 1
}

cp "$LAB_WG_CLIENT_CONF" "$LAB_DIR/vps.conf" && chmod 0644 "$LAB_DIR/vps.conf"
as_user tunnel import vps "$LAB_DIR/vps.conf" >/dev/null
snapshot >"$LAB_DIR/before"

echo "== Refusals"
out=$(as_user tunnel set vps mtu=575 2>&1); status=$?
check "mtu=575 is a usage error (64, $status): $out" test "$status" = 64
out=$(as_user tunnel set nope mtu=auto 2>&1); status=$?
check "an unknown tunnel: 66 ($status)" test "$status" = 66
out=$(lab-as "$LAB_USER_DENIED" "$ctl" tunnel set vps mtu=auto 2>&1); status=$?
check "the denied user cannot set the MTU (77, $status)" test "$status" = 77
check "  and nothing was stored" test "$(field "$(show)" mtu-setting)" = ""

echo "== mtu=auto: probed after the connect, with nobody asking"
out=$(as_user tunnel set vps mtu=auto 2>&1); status=$?
check "tunnel set vps mtu=auto (exit $status: $out)" test "$status" = 0
check "  show: mtu-setting auto while down" test "$(field "$(show)" mtu-setting)" = auto
started=$(date +%s%N)
out=$(as_user tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
check "GetTunnel says mtu-probed true within 15 s" wait_probed 15
took_ms=$((($(date +%s%N) - started) / 1000000))
echo "  up and probed after ${took_ms} ms"
grep 'MTU search' "$LAB_HELPER_LOG" | tail -n 1 | sed 's/^/  helper: /'
status_json=$(show)
check "  show: mtu 1216 (the issue's value for a 1300-byte path)" \
    test "$(field "$status_json" mtu)" = 1216
check "  the interface has it" test "$(link_mtu)" = 1216
check "  show: no mtu-error" test "$(field "$status_json" mtu-error)" = ""
check "  show: the tunnel is up" test "$(field "$status_json" state)" = up
check "the 1 MiB download completes" downloads

echo "== mtu=1280 on the connected tunnel: at once"
out=$(as_user tunnel set vps mtu=1280 2>&1); status=$?
check "tunnel set vps mtu=1280 (exit $status: $out)" test "$status" = 0
status_json=$(show)
check "  the interface has 1280 at once" test "$(link_mtu)" = 1280
check "  show: mtu 1280, setting 1280, not probed" \
    test "$(field "$status_json" mtu)/$(field "$status_json" mtu-setting)/$(field "$status_json" mtu-probed)" = 1280/1280/false


echo "== mtu=auto on the connected tunnel: probed now"
out=$(as_user tunnel set vps mtu=auto 2>&1); status=$?
check "tunnel set vps mtu=auto (exit $status: $out)" test "$status" = 0
check "GetTunnel says mtu-probed true within 15 s" wait_probed 15
check "  the interface has 1216 again" test "$(link_mtu)" = 1216

echo "== A probe that fails: said in mtu-error, the tunnel stays up"
as_user tunnel set vps mtu=1280 >/dev/null
# The probes' target stops answering pings (in lab-inet, where it lives).
lab-ns lab-inet nft -f - <<'NFT'
table inet lab_mute {
    chain in {
        type filter hook input priority 0; policy accept;
        ip daddr 203.0.113.53 icmp type echo-request drop
    }
}
NFT
out=$(as_user tunnel set vps mtu=auto 2>&1); status=$?
check "tunnel set vps mtu=auto still succeeds (exit $status: $out)" test "$status" = 0
error=
for _ in $(seq 1 75); do
    error=$(field "$(show)" mtu-error)
    [[ -n $error ]] && break
    sleep 0.2
done
check "  show: mtu-error says why: $error" contains "$error" "automatic MTU probe failed"
status_json=$(show)
check "  the tunnel is still up" test "$(field "$status_json" state)" = up
check "  at its MTU before the probe, 1280" test "$(link_mtu)/$(field "$status_json" mtu)" = 1280/1280
lab-ns lab-inet nft delete table inet lab_mute
as_user tunnel set vps mtu=1280 >/dev/null
check "  a new setting clears mtu-error" test "$(field "$(show)" mtu-error)" = ""

out=$(as_user tunnel down vps 2>&1); status=$?
check "tunnel down vps (exit $status)" test "$status" = 0
check "routes, rules, nft, links and addresses are as before" same_as "$LAB_DIR/before"

echo "== The number again at the next connect"
out=$(as_user tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
check "  the interface starts at 1280" test "$(link_mtu)" = 1280

echo "== mtu=config on the connected tunnel: the configuration's MTU (none: 1420) at once"
settings_file=$LAB_DIR/etc-lifeline/tunnels/vps.settings
check "the 1280 setting is in $settings_file" test -f "$settings_file"
out=$(as_user tunnel set vps mtu=config 2>&1); status=$?
check "tunnel set vps mtu=config (exit $status: $out)" test "$status" = 0
check "  says so" contains "$out" "uses the MTU of its configuration"
check "  the interface has 1420 at once" test "$(link_mtu)" = 1420
status_json=$(show)
check "  show: mtu 1420, no setting" \
    test "$(field "$status_json" mtu)/$(field "$status_json" mtu-setting)" = 1420/
check "  its settings file is gone" test ! -e "$settings_file"
out=$(as_user tunnel down vps 2>&1); status=$?
check "tunnel down vps (exit $status)" test "$status" = 0
check "  nothing left: as before" same_as "$LAB_DIR/before"

out=$(as_user tunnel remove vps 2>&1); status=$?
check "tunnel remove vps (exit $status)" test "$status" = 0
out=$(as_user tunnel import vps "$LAB_DIR/vps.conf" 2>&1); status=$?
check "a new tunnel of the same name starts without the old setting" \
    test "$status/$(field "$(show)" mtu-setting)" = "0/"
as_user tunnel remove vps >/dev/null

summary
