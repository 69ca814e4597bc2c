#!/usr/bin/env bash
# Inside the lab (helper running, IPv4 broken, the ISP's link towards the VPS
# narrowed by --path-mtu to a black hole): `lifelinectl mtu fix` finds the
# largest inner packet that passes both ways, and transfers that stalled at
# the default 1420 complete; one byte (and one padding step) more stalls them
# again. Disconnecting leaves nothing behind. Then, on the same lab: a
# program run through the tunnel downloads (the MSS clamp for forwarded
# traffic), 10% random loss still finds the value, and the path is narrowed
# at run time (lab-path) to 1360, 1400 and 1500 for 1280, 1312 and 1420.
# Usage: mtu.sh LIFELINECTL
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
    [[ $(curl -sS --max-time "${1:-8}" -o /dev/null -w '%{size_download}' \
        http://203.0.113.80/big.bin 2>/dev/null) == "$mib" ]]
}
# A 1 MiB upload to a TCP sink in lab-inet, which answers with the number of
# bytes it read (the lab's http.server refuses PUT).
sink_port=9000
uploads() {
    [[ $(timeout "${1:-8}" python3 - 203.0.113.2 "$sink_port" "$mib" <<'PY' 2>/dev/null
import socket, sys
s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=30)
s.sendall(bytes(int(sys.argv[3])))
s.shutdown(socket.SHUT_WR)
print(s.recv(64).decode().strip())
PY
    ) == "$mib" ]]
}
stalls() { ! downloads "$@"; }
upload_stalls() { ! uploads "$@"; }
link_mtu() { ip -o link show dev ll-vps | grep -o 'mtu [0-9]*' | cut -d' ' -f2; }
# Probes that left the desktop natively instead of through the tunnel,
# counted in a lab table (left out of every snapshot).
nft -f - <<'NFT'
table inet lab_path {
    counter probe_eth0 {}
    chain out {
        type filter hook postrouting priority 0; policy accept;
        oifname "eth0" ip daddr 203.0.113.53 icmp type echo-request counter name probe_eth0
    }
}
NFT
packets() { nft -j list counter inet lab_path "$1" | grep -o '"packets": [0-9]*' | grep -o '[0-9]*$'; }

lab-ns lab-inet python3 - 203.0.113.2 "$sink_port" <<'PY' &
import socket, sys
server = socket.create_server((sys.argv[1], int(sys.argv[2])))
while True:
    connection, _ = server.accept()
    connection.settimeout(30)
    received = 0
    try:
        while chunk := connection.recv(65536):
            received += len(chunk)
        connection.sendall(b"%d\n" % received)
    except OSError:
        pass
    connection.close()
PY
sink=$!
trap 'kill "$sink" 2>/dev/null' EXIT

# WireGuard pads each inner packet to a multiple of 16, capped at the
# sender's MTU (helper/mtu/MtuPath.h): the VPS sends at 1420, and so does the
# desktop while the helper searches up to 1420 (the kernel knows 1500 for the
# way to the server, less 80). The largest inner packet whose outer IPv6
# packet (+32 WireGuard, +8 UDP, +40 IPv6) fits a path of OUTER bytes:
expected_for() { # OUTER
    local size best=0 padded
    for ((size = 576; size <= 1420; size++)); do
        padded=$(((size + 15) / 16 * 16))
        ((padded > 1420)) && padded=1420
        ((padded < size)) && padded=$size
        ((padded + 80 <= $1)) && best=$size
    done
    echo "$best"
}
expected=$(expected_for "$LAB_PATH_MTU")
echo "== Path MTU $LAB_PATH_MTU towards the VPS (IPv6 endpoint): expecting $expected inside"
cp "$LAB_WG_CLIENT_CONF" "$LAB_DIR/vps.conf" && chmod 0644 "$LAB_DIR/vps.conf"
as_user tunnel import vps "$LAB_DIR/vps.conf" >/dev/null
snapshot >"$LAB_DIR/before"
out=$(as_user mtu fix vps 2>&1); status=$?
check "mtu fix of a tunnel that is down is refused (exit $status)" test "$status" = 1
check "  saying: $out" contains "$out" "connect it first"
out=$(as_user mtu fix nope 2>&1); status=$?
check "mtu fix of an unknown tunnel: 66 ($status)" test "$status" = 66
out=$(lab-as "$LAB_USER_DENIED" "$ctl" mtu fix vps 2>&1); status=$?
check "the denied user cannot fix the MTU (77)" test "$status" = 77

out=$(as_user tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
check "the tunnel starts at MTU 1420" test "$(link_mtu)" = 1420
check "small packets pass: the IPv4 site loads" \
    bash -c "curl -sS --max-time 4 http://203.0.113.80/ | grep -q lifeline-lab-v4"
check "a 1 MiB download stalls at 1420 (black hole)" stalls 6

started=$(date +%s%N)
out=$(as_user mtu fix vps 2>&1); status=$?
took_ms=$((($(date +%s%N) - started) / 1000000))
check "lifelinectl mtu fix vps (exit $status, ${took_ms} ms): $out" test "$status" = 0
check "  prints the old and the new MTU" test "$out" = "MTU of vps: 1420 -> $expected"
[[ $LAB_PATH_MTU == 1300 ]] && check "  which is the issue's 1216 for a 1300-byte path" test "$expected" = 1216
check "  the interface has it" test "$(link_mtu)" = "$expected"
show=$(as_user tunnel show vps --json)
check "  show: mtu $expected" contains "$show" "\"mtu\": $expected,"
check "  show: probed, and when" \
    bash -c 'grep -q "\"mtu-probed\": true" <<<"$1" && grep -q "\"mtu-probed-at\": [1-9]" <<<"$1"' _ "$show"
check "  no probe left the desktop outside the tunnel" test "$(packets probe_eth0)" = 0
grep 'MTU search' "$LAB_HELPER_LOG" | tail -n 1 | sed 's/^/  helper: /'
check "the download completes" downloads
check "an upload completes" uploads

ip link set dev ll-vps mtu $((expected + 1))
check "at $((expected + 1)) the download stalls again" stalls 6
ip link set dev ll-vps mtu $((expected + 16))
check "at $((expected + 16)) the download stalls" stalls 6
check "  and so does the upload" upload_stalls 6

out=$(as_user mtu fix vps 2>&1); status=$?
check "a second fix finds $expected again (exit $status: $out)" test "$(link_mtu)" = "$expected"
check "  and the download completes" downloads

echo "== A program run through the tunnel at MTU $expected (MSS clamp for forwarded traffic)"
# The program's own link is wider than the tunnel, so its SYN asks for a
# larger MSS than the tunnel carries; only the helper's clamp on forwarded
# SYNs (present while a launch lives) keeps the server's segments small.
lab-as "$user" "$ctl" run --tunnel vps -- sh -c \
    'ip -o link show | grep -v " lo:" | grep -o "mtu [0-9]*" | head -n 1; sleep 1
     curl -sS --max-time 10 -o /dev/null -w "%{size_download}\n" http://203.0.113.80/big.bin' \
    >"$LAB_DIR/run.out" 2>"$LAB_DIR/run.err" &
launch=$!
ruleset=
for ((i = 0; i < 50; i++)); do
    ruleset=$(nft list table inet lifeline 2>/dev/null)
    grep -q 'lifeline mss clamp' <<<"$ruleset" && break
    sleep 0.1
done
wait "$launch"; status=$?
program_mtu=$(sed -n '1s/^mtu //p' "$LAB_DIR/run.out")
got=$(sed -n 2p "$LAB_DIR/run.out")
check "  the program's own link has MTU $program_mtu, above $expected" test "${program_mtu:-0}" -gt "$expected"
check "  the helper clamps forwarded SYNs: maxseg size set rt mtu" \
    contains "$ruleset" "tcp option maxseg size set rt mtu"
check "run --tunnel vps -- curl big.bin: 1 MiB (exit $status, ${got:-no} bytes)" test "$got" = "$mib"

echo "== 10% random loss each way on the $LAB_PATH_MTU path"
lab-path mtu="$LAB_PATH_MTU" loss=10
for round in 1 2 3; do
    out=$(as_user mtu fix vps 2>&1); status=$?
    got=$(link_mtu)
    check "fix $round with loss: $got, within 16 of $expected (exit $status: $out)" \
        test "$status" = 0 -a "$got" -le "$expected" -a "$got" -ge $((expected - 16))
    grep 'MTU search' "$LAB_HELPER_LOG" | tail -n 1 | sed 's/^/  helper: /'
done
lab-path loss=0

for outer in 1360 1400 1500; do
    want=$(expected_for "$outer")
    echo "== Path MTU $outer (lab-path at run time): expecting $want inside"
    lab-path mtu="$outer" loss=0
    out=$(as_user mtu fix vps 2>&1); status=$?
    check "mtu fix (exit $status): $out" \
        bash -c '[[ $1 =~ ^"MTU of vps: "[0-9]+" -> $2"$ ]]' _ "$out" "$want"
    check "  the interface has it" test "$(link_mtu)" = "$want"
    grep 'MTU search' "$LAB_HELPER_LOG" | tail -n 1 | sed 's/^/  helper: /'
    check "  the download completes at $want" downloads
    check "  an upload completes at $want" uploads
    if ((want < 1420)); then
        ip link set dev ll-vps mtu $((want + 1))
        check "  at $((want + 1)) the download stalls" stalls 4
        ip link set dev ll-vps mtu $((want + 16))
        check "  at $((want + 16)) the download stalls" stalls 4
        ip link set dev ll-vps mtu "$want"
    fi
done

out=$(as_user tunnel down vps 2>&1); status=$?
check "tunnel down vps" test "$status" = 0
check "routes, rules, nft, links and addresses are as before" same_as "$LAB_DIR/before"
show=$(as_user tunnel show vps --json)
check "a tunnel that is down has no probed MTU" contains "$show" '"mtu-probed": false'
as_user tunnel remove vps >/dev/null

summary
