#!/bin/bash
# teardown-check.sh — run on the HOST (not inside the lab), after lab-run has
# exited, to confirm the lab left nothing behind. No arguments. Root needed
# (reads other processes' namespaces and nftables). Exit 0 if clean, 1 if not.
# Not meant to run while another lab-run is active (its processes would count).
set -uo pipefail

if [[ -d /run/lifeline-lab && -e /run/netns/lab-isp ]]; then
    echo "teardown-check.sh: this looks like the inside of a lab; run it on the host" >&2
    exit 2
fi
[[ $EUID -eq 0 ]] || {
    echo "teardown-check.sh: run as root" >&2
    exit 2
}

PASS=0
FAIL=0
pass() {
    PASS=$((PASS + 1))
    echo "ok   - $*"
}
fail() {
    FAIL=$((FAIL + 1))
    echo "FAIL - $*"
}

# 1. no lab network namespace registered on the host
lab_ns=$(ip netns list 2>/dev/null | awk '$1 ~ /^lab-(desktop|isp|vps|inet)$/ {print $1}')
if [[ -z $lab_ns ]]; then pass "no lab-* network namespace in 'ip netns list'"; else fail "lab namespaces left: $lab_ns"; fi

# 2. no stray lab processes. Lab processes always live in a PID namespace
#    below ours; the host may legitimately run its own dbus-daemon, polkitd or
#    dnsmasq, so a daemon only counts if it is in another PID namespace, or if
#    its command line names lab things.
# (no forks per process: this loop must be quick enough to poll with)
stray=()
for d in /proc/[0-9]*; do
    pid=${d#/proc/}
    [[ $pid == "$$" ]] && continue
    read -r comm 2>/dev/null <"$d/comm" || continue
    mapfile -d '' args 2>/dev/null <"$d/cmdline" || continue
    cmdline="${args[*]}"
    lab=no
    case $cmdline in
        # (a lab helper always runs with --config-dir /run/lifeline-lab/...)
        *tests/lab/lab-run* | */lab-run\ * | */run/lifeline-lab* | *lab.example* | *"--bind 203.0.113.80"* | *"--bind 2001:db8:3::80"*) lab=yes ;;
    esac
    if [[ -e $d/ns/pid && ! $d/ns/pid -ef /proc/$$/ns/pid ]]; then # another PID namespace
        case $comm in
            wireguard-go | dnsmasq | polkitd | dbus-daemon | python3 | unshare) lab=yes ;;
        esac
    fi
    [[ $lab == yes ]] && stray+=("$pid $comm: $cmdline")
done
if [[ ${#stray[@]} -eq 0 ]]; then
    pass "no stray lab processes (lab-run, wireguard-go, dnsmasq, polkitd, dbus-daemon, web servers, helper)"
else
    fail "stray lab processes:"
    printf '       | %s\n' "${stray[@]}"
fi

# 3. host accounts untouched
for f in /etc/passwd /etc/group /etc/shadow /etc/gshadow; do
    [[ -e $f ]] || continue
    if grep -q '^lltest-' "$f"; then fail "$f contains lltest-* entries"; else pass "$f has no lltest-* entry"; fi
done
if getent passwd lltest-allowed >/dev/null || getent passwd 64001 >/dev/null; then
    fail "getent still resolves lltest-allowed / uid 64001 on the host"
else
    pass "getent does not know lltest-allowed / uid 64001"
fi

# 4. no lab mounts, files, interfaces or firewall tables on the host
# (lab-run names its tmpfs mounts "lab-run" and "lab-state"; every lab bind
# mount comes from one of them)
if grep -Eq ' - tmpfs lab-(run|state) | /run/lifeline-lab ' /proc/self/mountinfo; then
    fail "lab bind mounts visible in the host mount namespace"
else
    pass "no lab mounts in the host mount namespace"
fi
if [[ -e /run/lifeline-lab || -e /run/wireguard/wg0.sock ]]; then
    fail "lab files in the host's /run (/run/lifeline-lab or /run/wireguard/wg0.sock)"
else
    pass "no lab files in the host's /run"
fi
if grep -q 'lifeline-lab\|lab\.example' /etc/resolv.conf /etc/hosts 2>/dev/null; then
    fail "host resolv.conf/hosts mention the lab"
else
    pass "host resolv.conf and hosts untouched by the lab"
fi
links=$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -E '^(d0|v0|i0|wg0)(@|$)' || true)
if [[ -z $links ]]; then pass "no lab interfaces (d0, v0, i0, wg0) on the host"; else fail "lab interfaces on the host: $links"; fi
if command -v nft >/dev/null; then
    if nft list tables 2>/dev/null | grep -Eq 'lab_break|lab_nat'; then
        fail "lab nftables tables on the host"
    else
        pass "no lab nftables tables on the host"
    fi
fi

echo "$PASS passed, $FAIL failed"
[[ $FAIL -eq 0 ]]
