# Sourced by the lab's integration scripts: named checks that count, and the
# summary that decides the script's exit status.
passed=0
failed=0

check() { # DESCRIPTION COMMAND...: passes when COMMAND succeeds
    local what=$1; shift
    if "$@"; then
        passed=$((passed + 1)); echo "PASS: $what"
    else
        failed=$((failed + 1)); echo "FAIL: $what"
    fi
}
contains() { grep -q -- "$2" <<<"$1"; }
not() { ! "$@"; }
within() { # SECONDS COMMAND...: until COMMAND succeeds; its last try decides
    local deadline=$((SECONDS + $1)); shift
    while ((SECONDS < deadline)); do
        "$@" && return 0
        sleep 0.1
    done
    "$@"
}
# The lab's helper (tests/lab/lab-helper): its pid while it runs.
helper_pid() { lab-helper status 2>/dev/null; }
helper_gone() { ! helper_pid >/dev/null; }
gone_within() { within "$1" helper_gone; } # SECONDS: until the helper's process is gone
# Between launches the helper keeps one veth pair ready for the next one
# (SpareNamespace): its host end llv<id>h is down, has no address and carries
# this alias, which the launch that takes it replaces with its own.
spare_label="lifeline spare: ready for the next launch"
# The host ends of the spare's and of launches' veth pairs, one per line.
spare_veths() { ip -o link | awk -F': ' -v s="alias $spare_label" '$2 ~ /^llv/ && index($0, s) {sub(/@.*/, "", $2); print $2}'; }
launch_veths() { ip -o link | awk -F': ' -v s="alias $spare_label" '$2 ~ /^llv/ && !index($0, s) {sub(/@.*/, "", $2); print $2}'; }
# Everything a connect or launch may touch, as text: routes and rules of both
# families in every table, nftables (without the tests' own lab_path counters),
# links and addresses, and the forwarding switches (with accept_ra, which
# switching IPv6 forwarding on changes).
snapshot() {
    {
        sysctl net.ipv4.ip_forward net.ipv6.conf.all.forwarding net.ipv6.conf.default.accept_ra
        ip -4 rule; ip -6 rule
        ip -4 route show table all; ip -6 route show table all
        nft list ruleset | awk '/^table inet lab_path/ {skip = 1} !skip {print} skip && /^}/ {skip = 0}'
        ip -o link | awk -v s="alias $spare_label" '!index($0, s) {print $2}'
        ip -o addr | awk '{print $2, $4}'
    } 2>&1
}
same_as() { # FILE: the system is as it was when FILE was written
    local now; now=$(snapshot)
    if [[ $now == "$(<"$1")" ]]; then return 0; fi
    diff <(cat "$1") <(echo "$now") | sed 's/^/  /' >&2
    return 1
}

# The last line of every script: the counts, and failure if any check failed.
summary() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
}
