#!/usr/bin/env bash
# Inside the lab (helper running): RunIsolated end to end through
# lifelinectl as the allowed user, against real namespaces, nftables and DNS.
# Usage: isolated.sh LIFELINECTL TESTLABISOLATED
set -uo pipefail
# The lab's users may not reach the build tree: give them copies.
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
install -D -m 0755 "$2" "$LAB_DIR/bin/TestLabIsolated"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
source "$(dirname "$0")/checks.sh"
source "$(dirname "$0")/../gui/xsession.sh"
as_user() { lab-as "$user" "$@"; }
run4() { as_user "$ctl" run --ipv4-only -- "$@"; }
run6() { as_user "$ctl" run --ipv6-only -- "$@"; }
nothing_left() { # no namespace, veth or nft table of any launch
    local waited=0
    while ((waited < 100)); do
        if ! ls /run/netns 2>/dev/null | grep -q '^lifeline-' \
            && [[ -z $(launch_veths) ]] \
            && ! nft list table inet lifeline >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1; waited=$((waited + 1))
    done
    echo "  left behind: $(ls /run/netns 2>/dev/null) $(launch_veths)" >&2
    nft list table inet lifeline >&2 2>/dev/null
    return 1
}

echo "== IPv6 broken at the ISP: an IPv4-only program is fine"
lab-break ipv6
out=$(run4 curl -sS --max-time 5 http://v4.lab.example/)
check "ipv4-only: curl to the IPv4-only site loads it" contains "$out" lifeline-lab-v4
check "ipv4-only: a forced IPv6 request fails" \
    bash -c "! lab-as $user $ctl run --ipv4-only -- curl -6 -sS --max-time 3 http://dual.lab.example/"
hosts=$(run4 getent ahosts dual.lab.example)
check "ipv4-only: getent ahosts has an IPv4 address" contains "$hosts" 203.0.113.80
check "ipv4-only: getent ahosts has no IPv6 address" bash -c "! grep -q : <<<'$hosts'"
check "ipv4-only: no IPv6 route inside" bash -c "[[ -z \$(lab-as $user $ctl run --ipv4-only -- ip -6 route show) ]]"
check "ipv4-only: nothing left after" nothing_left

echo "== IPv4 broken at the ISP: an IPv6-only program is fine"
lab-break ipv4
out=$(run6 curl -sS --max-time 5 http://v6.lab.example/)
check "ipv6-only: curl to the IPv6 site loads it" contains "$out" lifeline-lab-v6
check "ipv6-only: a forced IPv4 request fails" \
    bash -c "! lab-as $user $ctl run --ipv6-only -- curl -4 -sS --max-time 3 http://dual.lab.example/"
hosts=$(run6 getent ahosts dual.lab.example)
check "ipv6-only: getent ahosts has an IPv6 address" contains "$hosts" 2001:db8:3::80
check "ipv6-only: getent ahosts has no IPv4 address" bash -c "! grep -q 203.0.113 <<<'$hosts'"
check "ipv6-only: nothing left after" nothing_left

echo "== Between launches one veth pair waits for the next one"
check "exactly one spare pair" within 5 bash -c "[[ \$(ip -o link | grep -cF 'alias $spare_label') == 1 ]]"
spare=$(spare_veths)
id=${spare:3:8}
check "  its host end $spare is down and has no address" \
    bash -c "ip -o link show dev '$spare' | grep -q 'state DOWN' && [[ -z \$(ip -o addr show dev '$spare') ]]"
check "  the next launch gets it: its end inside is llv${id}n" contains "$(run4 ip -o link)" "llv${id}n@"
check "  and a new one waits again" within 5 bash -c "ip -o link | grep -F 'alias $spare_label' | grep -qv ': $spare@'"

echo "== The program is the caller's"
check "uid, gid and groups are the caller's" \
    bash -c "[[ \$(lab-as $user id) == \$(lab-as $user $ctl run --ipv4-only -- id) ]]"
home=$(getent passwd "$user" | cut -d: -f6)
check "working directory is the caller's" \
    bash -c "[[ \$(cd $home && lab-as $user $ctl run --ipv6-only -- pwd) == $home ]]"
check "stdin is the caller's" bash -c "[[ \$(echo hello-stdin | lab-as $user $ctl run --ipv4-only -- cat) == hello-stdin ]]"
check "stderr is the caller's" \
    bash -c "[[ \$(lab-as $user $ctl run --ipv4-only -- sh -c 'echo to-stderr >&2' 2>&1 >/dev/null) == to-stderr ]]"
run4 sh -c 'exit 7'; status=$?
check "exit status propagated (7)" test "$status" = 7
run4 sh -c 'kill -TERM $$'; status=$?
check "death by signal propagated (128+15)" test "$status" = 143
check "no capabilities inside" \
    bash -c "lab-as $user $ctl run --ipv4-only -- grep -q '^CapEff:[[:space:]]*0*\$' /proc/self/status"

echo "== A program that leaves a daemon behind keeps its namespace until the daemon ends"
start=$(date +%s%N)
run4 sh -c 'setsid sleep 3 </dev/null >/dev/null 2>&1 & exit 0'; status=$?
check "the launcher returns when the program exits" test "$status" = 0 -a $(( ($(date +%s%N) - start) / 1000000 )) -lt 2500
check "the namespace is still there for the daemon" bash -c "ls /run/netns | grep -q '^lifeline-'"
sleep 3.5
check "and gone after the daemon exits" nothing_left

echo "== A GUI program starts inside the namespace (X11 through the filesystem socket)"
# The launch sees the lab's /tmp/.X11-unix, so no private socket directory here.
mkdir -p "$LAB_DIR/isolated-x"
x_start_server "$LAB_DIR/isolated-x" 640x480
display=${DISPLAY:-}
out=$(lab-as "$user" DISPLAY="$display" "$ctl" run --ipv4-only -- xdpyinfo 2>&1)
check "xdpyinfo inside the namespace reaches the X server" contains "$out" "screen #0"
x_stop

echo "== The denied user gets nothing"
lab-as "$LAB_USER_DENIED" "$ctl" run --ipv4-only -- /bin/true 2>/dev/null; status=$?
check "denied: exit 77 (not authorised)" test "$status" = 77
check "denied: nothing was created" nothing_left

echo "== 20 launches at once, each its own address"
rm -f "$LAB_DIR"/addr.*
for i in $(seq 1 20); do
    run4 sh -c 'ip -4 -o addr show scope global | awk "{print \$4}"; sleep 1' >"$LAB_DIR/addr.$i" &
done
wait
addresses=$(cat "$LAB_DIR"/addr.* | sort -u | grep -c .)
check "20 launches got 20 distinct addresses ($addresses)" test "$addresses" = 20
check "nothing left after 20 launches" nothing_left

echo "== Bad input over the bus (as the allowed user)"
lab-as "$user" "$LAB_DIR/bin/TestLabIsolated"; status=$?
check "TestLabIsolated" test "$status" = 0

summary
