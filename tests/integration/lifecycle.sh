#!/usr/bin/env bash
# Inside the lab with the helper installed for D-Bus activation, not started
# (lab-run --activatable-helper, --idle-timeout 2, IPv4 broken at the ISP):
# the first call starts it; it exits when it supervises nothing, and not
# while calls come or a tunnel is up; killed with SIGKILL while a tunnel is
# up, the next activation adopts the tunnel untouched (same interface, not a
# packet lost, a later disconnect removes everything); killed in the middle
# of a connect, the next activation leaves no trace of that connect and the
# store as it was; what a crash leaves half-made is removed, each part
# reported, and what is not ours is never touched.
# Usage: lifecycle.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
log=$LAB_HELPER_LOG
source "$(dirname "$0")/checks.sh"
tunnel() { lab-as "$user" "$ctl" tunnel "$@"; }
loads() { curl -sS --max-time 4 "$1" 2>/dev/null | grep -q "$2"; }
route_dev() { ip route get "$1" | grep -o 'dev [^ ]*' | head -n1 | cut -d' ' -f2; }
ifindex() { ip -o link show dev "$1" 2>/dev/null | cut -d: -f1; }
has_owner() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:io.github.lifeline.Helper1 | grep -q 'boolean true'
}
activations() { grep -c '^=== activated' "$log"; }
link_gone() { ! ip link show "$1" >/dev/null 2>&1; }
exited_with() { grep -q "^=== helper (pid $1) exited with status $2\$" "$log"; }
logged() { grep -qF -- "$1" "$log"; }
tagged_count() { { ip -4 rule; ip -6 rule; ip -4 route show table all; ip -6 route show table all; } | grep -c 'proto 76'; }
# The wireguard-go serving ll-NAME's control socket (the only one of that name).
wireguard_go_of() { ss -Hxlp src "/var/run/wireguard/$1.sock" | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2; }
store_digest() { (cd "$LAB_DIR/etc-lifeline/tunnels" && sha256sum -- *); }
config() { # NAME SED...: the lab's client.conf with some lines replaced
    local file=$LAB_DIR/$1.conf; shift
    sed "$@" "$LAB_WG_CLIENT_CONF" >"$file"
    chmod 0644 "$file"
    echo "$file"
}

snapshot >"$LAB_DIR/before"

echo "== Activation"
check "no helper runs before the first call" not helper_pid
check "  and nobody owns the name" not has_owner
out=$(tunnel list 2>&1); status=$?
check "the first call is answered (exit $status: $out)" test "$status" = 0
pid=$(helper_pid)
check "  by a helper the bus started (activations: $(activations), pid ${pid:-none})" \
    test "$(activations)" = 1 -a -n "$pid"

echo "== Idle exit"
check "supervising nothing, it exits after its quiet period" gone_within 15
check "  with status 0" exited_with "$pid" 0
check "  saying why" logged "supervising nothing: exiting"
check "  and the name is free again" not has_owner
check "  nothing is left behind" same_as "$LAB_DIR/before"

echo "== Calls keep it"
tunnel list >/dev/null
pid=$(helper_pid)
for _ in $(seq 10); do # 5 s of calls; the quiet period is 2 s
    tunnel list >/dev/null
    sleep 0.5
done
check "calls every half second keep the same helper for 5 s" test "$(helper_pid)" = "$pid"
check "  and once they stop, it exits" gone_within 15
check "  with status 0" exited_with "$pid" 0

echo "== A tunnel up keeps it"
tunnel import vps "$(config vps -e '')" >/dev/null
out=$(tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
pid=$(helper_pid)
sleep 5
check "with a tunnel up the helper stays (5 s; the quiet period is 2 s)" test "$(helper_pid)" = "$pid"
check "  and keeps its name" has_owner
index=$(ifindex ll-vps)
snapshot >"$LAB_DIR/up"
mapfile -d '' -t argv <"$LAB_DIR/helper.argv"
out=$(lab-ns lab-desktop "${argv[@]}" 2>&1); status=$?
check "a second helper started by hand refuses to run (exit $status)" test "$status" = 1
check "  saying the name is taken" contains "$out" "cannot own io.github.lifeline.Helper1"
check "  and leaves the running one's tunnel alone" same_as "$LAB_DIR/up"
check "  which still carries traffic" loads http://v4.lab.example/ lifeline-lab-v4

echo "== SIGKILL while the tunnel is up"
ping -n -c 250 -i 0.02 -W 1 203.0.113.80 >"$LAB_DIR/ping.out" 2>&1 &
pinger=$!
sleep 0.5
before=$(activations)
kill -KILL "$pid"
check "the helper is killed" gone_within 5
check "  and exited with SIGKILL's status" exited_with "$pid" 137
check "  the tunnel carries traffic while no helper runs" loads http://v4.lab.example/ lifeline-lab-v4
out=$(tunnel show vps --json 2>&1); status=$?
check "the next call (exit $status) activates a new helper" \
    test "$(activations)" = $((before + 1)) -a -n "$(helper_pid)" -a "$(helper_pid)" != "$pid"
check "  GetTunnel says up" contains "$out" '"state": "up"'
check "  on the same interface (index $index)" test "$(ifindex ll-vps)" = "$index"
check "  the helper adopted it" logged "start-up: adopted tunnel vps (ll-vps, index $index, wireguard-go)"
wait "$pinger"
check "  not one of 250 pings through it lost across the kill and the restart" \
    grep -q ' 250 received, 0% packet loss' "$LAB_DIR/ping.out"
check "  routes, rules, nft, links and addresses exactly as before the kill" same_as "$LAB_DIR/up"
check "  the IPv4-only site loads through it" loads http://v4.lab.example/ lifeline-lab-v4
check "  IPv4 to the site still routes into ll-vps" test "$(route_dev 203.0.113.80)" = ll-vps
pid=$(helper_pid)
sleep 3
check "  the new helper does not go idle with the adopted tunnel up" test "$(helper_pid)" = "$pid"
out=$(tunnel down vps 2>&1); status=$?
check "a later tunnel down (exit $status: $out)" test "$status" = 0
check "  removes everything" same_as "$LAB_DIR/before"
check "  wireguard-go for it is gone" test -z "$(wireguard_go_of ll-vps)"
check "  and then the helper exits when idle" gone_within 15

echo "== SIGKILL in the middle of a connect (before the handshake)"
# The server never answers a key it does not know: the connect stays
# "connecting" (the handshake timeout is 30 s) until the kill.
tunnel import wrongkey \
    "$(config wrongkey -e "s|^PublicKey = .*|PublicKey = $(wg genkey | wg pubkey)|")" >/dev/null
digest=$(store_digest)
out=$(tunnel up wrongkey --ipv4 --no-wait 2>&1); status=$?
check "tunnel up wrongkey --no-wait (exit $status: $out)" test "$status" = 0
check "  it is connecting" contains "$(tunnel show wrongkey --json)" '"state": "connecting"'
check "  with its interface and tagged rules in place" \
    test -n "$(ifindex ll-wrongkey)" -a "$(tagged_count)" -gt 0
pid=$(helper_pid)
kill -KILL "$pid"
check "the helper is killed mid-connect" gone_within 5
out=$(tunnel show wrongkey --json 2>&1); status=$?
check "after the next activation (exit $status): no link, route, rule or nft object of it" \
    same_as "$LAB_DIR/before"
check "  no wireguard-go left for it" test -z "$(wireguard_go_of ll-wrongkey)"
check "  nor its control socket" test ! -e /var/run/wireguard/ll-wrongkey.sock
check "  the tunnel store is as it was" test "$(store_digest)" = "$digest"
check "  GetTunnel says failed" contains "$out" '"state": "failed"'
check "  and why" contains "$out" "still connecting"
check "  the helper reported it" logged "start-up: removed ll-wrongkey: it was still connecting"

echo "== Half-made leftovers and things that are not ours"
out=$(tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps again (exit $status: $out)" test "$status" = 0
kill -KILL "$(helper_pid)"
gone_within 5
daemon=$(wireguard_go_of ll-vps)
kill -KILL "$daemon" # its interface goes with it; the tagged rules stay
check "wireguard-go killed: its interface goes" within 5 link_gone ll-vps
check "  the tagged rules stay" test "$(ip -4 rule | grep -c 'proto 76')" -gt 0
ip tuntap add ll-ghost mode tun # an ll-* interface of no stored tunnel
ip rule add table 51999 priority 32050 protocol 76 # tagged, leads nowhere
ip rule add table 51998 priority 32051 # untagged: not ours
ip link add notours type veth peer name notours-peer
out=$(tunnel show vps --json 2>&1); status=$?
check "the next activation (exit $status) removes the dead tunnel's rules and routes" \
    test "$(tagged_count)" = 0
check "  the interface of no stored tunnel" not ip link show ll-ghost
check "  and the dead daemon's control socket" test ! -e /var/run/wireguard/ll-vps.sock
check "  the tunnel is down, its configuration still there" contains "$out" '"state": "down"'
check "  each problem is reported on its own line" \
    bash -c "grep -q 'start-up: removed ll-ghost: no tunnel named \"ghost\" is stored' '$log' \
             && grep -q 'start-up: removed rule ipv4 table 51999 prio 32050 proto lifeline' '$log'"
check "  the untagged rule is untouched" contains "$(ip -4 rule)" '32051:.*lookup 51998'
check "  the interface that is not ours too" ip link show notours
ip rule del table 51998 priority 32051
ip link del notours
check "  and otherwise nothing is left" same_as "$LAB_DIR/before"

for name in vps wrongkey; do tunnel remove "$name" >/dev/null; done
summary
