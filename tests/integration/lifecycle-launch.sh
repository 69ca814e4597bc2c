#!/usr/bin/env bash
# Inside the lab with the helper installed for D-Bus activation, not started
# (lab-run --activatable-helper, --idle-timeout 2, IPv6 broken at the ISP,
# --test-hook-launch-delay 1500): isolated launches and the helper's life
# cycle. The spare launch supervisor never outlives its helper nor keeps it
# from going idle. A program run isolated outlives a SIGKILLed helper with
# its network, is taken over by the next activation (listed, its rules and
# routing the same, names resolving again) and torn down with an
# IsolatedExited when it ends; through a tunnel it is taken over with the
# tunnel, or stays cut off when the tunnel went with the helper. Killed in
# the middle of a launch, the helper leaves nothing behind.
# Usage: lifecycle-launch.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
log=$LAB_HELPER_LOG
source "$(dirname "$0")/checks.sh"
tunnel() { lab-as "$user" "$ctl" tunnel "$@"; }
logged() { grep -qF -- "$1" "$log"; }
mark_log() { log_mark=$(wc -l <"$log"); }
logged_since_mark() { tail -n "+$((log_mark + 1))" "$log" | grep -qF -- "$1"; }
# Launch supervisors, waiting or supervising, by their process names.
supervisors() {
    local d n=0
    for d in /proc/[0-9]*; do
        case $(cat "$d/comm" 2>/dev/null) in lifeline-launch | lifeline-linger) n=$((n + 1)) ;; esac
    done
    echo "$n"
}
supervisors_are() { test "$(supervisors)" = "$1"; }
no_supervisor() { supervisors_are 0; }
runs_as_user() { # NAME: a process of the test user with that name runs
    local d uid
    uid=$(id -u "$user")
    for d in /proc/[0-9]*; do
        [[ $(cat "$d/comm" 2>/dev/null) == "$1" && $(stat -c %u "$d" 2>/dev/null) == "$uid" ]] && return 0
    done
    return 1
}
list_isolated() { # ListIsolated, one "id mode pid command" line per launch
    dbus-send --system --print-reply --dest=io.github.lifeline.Helper1 /io/github/lifeline/Helper1 \
        io.github.lifeline.Helper1.ListIsolated |
        awk '/string "/ {sub(/^[^"]*"/, ""); sub(/"$/, ""); f[n++] = $0}
             /uint32/ {print f[0], f[1], $2, f[2]; n = 0}'
}
nothing_left() { # no namespace, veth or nft table of any launch
    ! ls /run/netns 2>/dev/null | grep -q '^lifeline-' && [[ -z $(launch_veths) ]] &&
        ! nft list table inet lifeline >/dev/null 2>&1
}
launch_in_the_making() { # a launch's namespace, veth and nft table exist
    ls /run/netns | grep -q '^lifeline-' && [[ -n $(launch_veths) ]] &&
        nft list table inet lifeline >/dev/null 2>&1
}
launch_rules() { ip -4 rule | grep -c 'iif llv'; }
# The probe (below) runs as the user inside a launch: DIR/ready holds its pid
# once it runs; it fetches each URL it is handed in DIR/urlN into DIR/outN.
probe=$LAB_DIR/bin/probe
cat >"$probe" <<'EOF'
#!/bin/sh
dir=$1 n=0
echo $$ >"$dir/ready.tmp" && mv "$dir/ready.tmp" "$dir/ready"
while [ ! -e "$dir/stop" ]; do
    if [ -e "$dir/url$n" ]; then
        curl -sS --max-time 3 "$(cat "$dir/url$n")" >"$dir/out.tmp" 2>&1
        echo "status=$?" >>"$dir/out.tmp"
        mv "$dir/out.tmp" "$dir/out$n"
        n=$((n + 1))
    fi
    sleep 0.05
done
EOF
chmod 0755 "$probe"
new_probe() { # NAME: a directory for one probe, the user's
    install -d -o "$user" -m 0755 "$LAB_DIR/probe-$1"
    echo "$LAB_DIR/probe-$1"
}
start_probe() { # DIR MODE...: runs the probe isolated, in the background
    local dir=$1; shift
    lab-as "$user" "$ctl" run "$@" -- "$probe" "$dir" >"$dir.log" 2>&1 &
    within 15 test -s "$dir/ready"
}
fetch() { # DIR URL: what the probe got (curl's output, then status=N)
    local dir=$1 n
    n=$(ls "$dir" | grep -c '^url')
    echo "$2" >"$dir/url$n"
    within 15 test -e "$dir/out$n" >/dev/null
    cat "$dir/out$n" 2>/dev/null
}
probe_runs() { kill -0 "$(cat "$1/ready")" 2>/dev/null; }
exited_signal() { # ID: the last IsolatedExited of ID the monitor saw, as "status signal"
    awk -v id="\"$1\"" '
        /member=IsolatedExited/ {state = 1; next}
        state == 1 && /string/ {state = ($2 == id) ? 2 : 0; got = ""; next}
        state == 2 && /int32/ {got = got " " $2; if (split(got, parts, " ") == 2) {last = got; state = 0}}
        END {print substr(last, 2)}' "$LAB_DIR/monitor.log"
}
exited_as() { test "$(exited_signal "$1")" = "$2"; } # ID "STATUS SIGNAL"
adopted_line() { grep -F "start-up: adopted launch $1 " "$log" | tail -n1; }
net30() { # ADDRESS[/LEN]: the /30 it lies in, as a number
    local IFS=.
    set -- ${1%/*}
    echo $(((($1 << 24) + ($2 << 16) + ($3 << 8) + $4) >> 2))
}
v4_site=http://v4.lab.example/

snapshot >"$LAB_DIR/before"
stdbuf -oL dbus-monitor --system "type='signal',interface='io.github.lifeline.Helper1',member='IsolatedExited'" \
    >"$LAB_DIR/monitor.log" 2>&1 &
monitor=$!

echo "== The spare supervisor"
out=$(tunnel list 2>&1); status=$?
check "the first call activates the helper (exit $status)" test "$status" = 0 -a -n "$(helper_pid)"
check "one spare launch supervisor waits beside it" within 5 supervisors_are 1
check "  which does not keep it from its idle exit" gone_within 15
check "  and goes with it" within 5 no_supervisor
tunnel list >/dev/null
within 5 supervisors_are 1
kill -KILL "$(helper_pid)"
gone_within 5
check "a spare whose helper was SIGKILLed exits by itself" within 5 no_supervisor

echo "== An IPv4-only program outlives a SIGKILLed helper"
a=$(new_probe a)
start_probe "$a" --ipv4-only
check "the program runs isolated" probe_runs "$a"
id=$(list_isolated | awk '{print $1}')
check "ListIsolated lists it (id ${id:-none})" test -n "$id"
check "it loads the IPv4-only site by name" contains "$(fetch "$a" $v4_site)" lifeline-lab-v4
subnet=$(ip -o -4 addr show dev "llv${id}h" | awk '{print $4}')
snapshot >"$LAB_DIR/running"
mark_log
kill -KILL "$(helper_pid)"
check "the helper is SIGKILLed" gone_within 5
check "the program still runs" probe_runs "$a"
check "  and reaches the site by address while no helper runs" \
    contains "$(fetch "$a" http://203.0.113.80/)" lifeline-lab-v4
check "  its supervisor still runs; no other supervisor does" test "$(supervisors)" = 1
list=$(list_isolated)
check "the next activation lists it: $list" contains "$list" "^$id ipv4-only $(cat "$a/ready") .*probe"
check "  the helper says it took it over" logged "start-up: adopted launch $id (ipv4-only, uid 64001"
check "  with the IPv4 forwarding the killed helper had switched on" \
    logged_since_mark "start-up: found ipv4 forwarding settings an earlier run changed"
check "  routes, rules, nft, links and addresses as before the kill" same_as "$LAB_DIR/running"
check "  names resolve inside again (a new DNS forwarder)" contains "$(fetch "$a" $v4_site)" lifeline-lab-v4
other=$(lab-as "$user" "$ctl" run --ipv4-only -- ip -o -4 addr show scope global 2>&1 | awk '{print $4}')
check "  a new launch meanwhile gets another subnet ($other) than the adopted one ($subnet)" \
    test -n "$subnet" -a -n "$other" -a "$(net30 "${other:-0.0.0.0}")" != "$(net30 "${subnet:-0.0.0.0}")"
check "  the new helper stays while the adopted launch runs" not gone_within 4
touch "$a/stop"
check "when the program ends, IsolatedExited says $id, -1, 0 (status unknown)" \
    within 10 exited_as "$id" "-1 0"
check "  and namespace, veth and rules are gone" within 5 nothing_left
check "  exactly as before the launch" same_as "$LAB_DIR/before"
check "  then the helper exits when idle" gone_within 15
check "  no supervisor is left" no_supervisor

echo "== A program that left a daemon: its namespace stays until the daemon ends"
lab-as "$user" "$ctl" run --ipv4-only -- /bin/sh -c 'setsid sleep 8 </dev/null >/dev/null 2>&1 & exit 0'
id=$(list_isolated | awk '{print $1}')
check "the program has exited, its IsolatedExited says 0, 0" within 5 exited_as "$id" "0 0"
kill -KILL "$(helper_pid)"
gone_within 5
list=$(list_isolated)
check "after the kill it is listed without a program pid: $list" contains "$list" "^$id ipv4-only 0 "
check "  the helper says it took it over, program exited: $(adopted_line "$id")" \
    contains "$(adopted_line "$id")" "its program has exited)"
check "  and sends its IsolatedExited again (-1, 0: it cannot know it was sent)" \
    within 5 exited_as "$id" "-1 0"
check "  the namespace goes when the daemon ends" within 15 nothing_left
check "  exactly as before" same_as "$LAB_DIR/before"
gone_within 15

echo "== Through a tunnel: taken over with the tunnel, or cut off without it"
cp "$LAB_WG_CLIENT_CONF" "$LAB_DIR/vps.conf" && chmod 0644 "$LAB_DIR/vps.conf"
tunnel import vps "$LAB_DIR/vps.conf" >/dev/null
out=$(tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
snapshot >"$LAB_DIR/tunnel-up"
b=$(new_probe b)
start_probe "$b" --tunnel vps
id=$(list_isolated | awk '{print $1}')
check "a program through the tunnel loads the site" contains "$(fetch "$b" $v4_site)" lifeline-lab-v4
snapshot >"$LAB_DIR/running"
kill -KILL "$(helper_pid)"
gone_within 5
list=$(list_isolated)
check "after the kill it is listed: $list" contains "$list" "^$id tunnel:vps $(cat "$b/ready") "
check "  taken over with its tunnel" \
    bash -c "grep -qF 'start-up: adopted tunnel vps' '$log' && grep -qF 'start-up: adopted launch $id (tunnel:vps' '$log'"
check "  not cut off: $(adopted_line "$id")" not contains "$(adopted_line "$id")" "cut off"
check "  routes, rules, nft, links and addresses as before" same_as "$LAB_DIR/running"
check "  it still loads the site through the tunnel" contains "$(fetch "$b" $v4_site)" lifeline-lab-v4
touch "$b/stop"
check "  when it ends, its IsolatedExited comes" within 10 exited_as "$id" "-1 0"
check "  and its rules go, the tunnel's stay" within 5 same_as "$LAB_DIR/tunnel-up"

c=$(new_probe c)
start_probe "$c" --tunnel vps
id=$(list_isolated | awk '{print $1}')
kill -KILL "$(helper_pid)"
gone_within 5
daemon=$(ss -Hxlp src /var/run/wireguard/ll-vps.sock | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)
kill -KILL "$daemon" # the tunnel goes while no helper runs
within 5 not ip link show ll-vps
nft add table inet lltest_leak
nft add chain inet lltest_leak post '{ type filter hook postrouting priority 100; }'
nft add rule inet lltest_leak post iifname "llv*" counter
list=$(list_isolated)
check "its tunnel gone, the launch is still listed after the kill: $list" contains "$list" "^$id tunnel:vps "
check "  the helper says it is cut off: $(adopted_line "$id")" \
    contains "$(adopted_line "$id")" "(tunnel:vps, .*: cut off, tunnel vps was not taken over"
out=$(fetch "$c" http://203.0.113.80/ | tr '\n' ' ')
check "  it cannot reach the site by address ($out)" not contains "$out" lifeline-lab-v4
check "  not one packet of it left the desktop" \
    bash -c "nft list table inet lltest_leak | grep -q 'counter packets 0 '"
nft delete table inet lltest_leak
check "  the program runs on" probe_runs "$c"
touch "$c/stop"
check "  when it ends, its IsolatedExited comes" within 10 exited_as "$id" "-1 0"
check "  and nothing of it is left" within 5 nothing_left
check "  no launch rule either" test "$(launch_rules)" = 0
tunnel remove vps >/dev/null
check "  exactly as before" same_as "$LAB_DIR/before"
gone_within 15

echo "== SIGKILL in the middle of a launch (the test hook holds it 1.5 s before the start)"
lab-as "$user" "$ctl" run --ipv4-only -- /bin/sleep 30 >/dev/null 2>&1 &
check "the launch's namespace, veth and rules are being made" \
    within 10 launch_in_the_making
id=$(ls /run/netns | sed -n 's/^lifeline-//p' | head -n1)
mark_log
kill -KILL "$(helper_pid)"
gone_within 5
check "no program was started" not runs_as_user sleep
check "  its supervisor and the waiting program child exit by themselves" within 5 no_supervisor
list=$(list_isolated)
check "the next activation lists no launch" test -z "$list"
check "  says what it removed" logged "start-up: removed launch $id: no process is left in its namespace"
check "  found the IPv4 forwarding the killed helper had switched on" \
    logged_since_mark "start-up: found ipv4 forwarding settings an earlier run changed"
check "  and put it back" logged_since_mark "start-up: put back the ipv4 forwarding settings an earlier run changed"
check "  forwarding is off again" test "$(sysctl -n net.ipv4.ip_forward)" = 0
check "  and leaves no namespace, veth or rule" nothing_left
check "  exactly as before" same_as "$LAB_DIR/before"
check "the helper exits when idle" gone_within 15
check "  its spare veth pair (ready for the next launch) went with it" \
    within 5 bash -c "! ls /sys/class/net | grep -q '^llv'"

kill "$monitor"
summary
