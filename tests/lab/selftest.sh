#!/bin/bash
# shellcheck disable=SC2016 # single-quoted snippets are expanded by the inner shell
# selftest.sh — checks that the outage lab behaves as documented.
# Run inside the lab:  tests/lab/lab-run [--broken ipv4|ipv6|none] -- tests/lab/selftest.sh
# Walks through all three ISP states with lab-break (restoring the initial one
# at the end), prints one line per check and "N passed, M failed"; exits 1 if
# anything failed. Takes ~20 s (most of it waiting for bounded timeouts).
set -uo pipefail

if [[ -z ${LAB_DIR:-} || ! -e /run/netns/lab-isp ]]; then
    echo "selftest.sh: run me inside the lab: tests/lab/lab-run -- $0" >&2
    exit 2
fi

PASS=0
FAIL=0
OUT=$(mktemp -p "$LAB_DIR" selftest.XXXXXX)

pass() {
    PASS=$((PASS + 1))
    echo "ok   - $*"
}
fail() {
    FAIL=$((FAIL + 1))
    echo "FAIL - $*"
    if [[ -s $OUT ]]; then sed 's/^/       | /' "$OUT" | head -n 15; fi
}
# check DESC CMD... — CMD must succeed
check() {
    local desc=$1
    shift
    if "$@" >"$OUT" 2>&1; then pass "$desc"; else fail "$desc (exit $?: $*)"; fi
}
# check_fails DESC CMD... — CMD must fail
check_fails() {
    local desc=$1
    shift
    if "$@" >"$OUT" 2>&1; then fail "$desc (unexpectedly succeeded: $*)"; else pass "$desc"; fi
}
# check_out DESC PATTERN CMD... — CMD must succeed and print something matching PATTERN (grep -E)
check_out() {
    local desc=$1 pattern=$2
    shift 2
    if "$@" >"$OUT" 2>&1 && grep -Eq -- "$pattern" "$OUT"; then
        pass "$desc"
    else
        fail "$desc (expected /$pattern/ from: $*)"
    fi
}
# check_rc DESC RC CMD... — CMD must exit with status RC
check_rc() {
    local desc=$1 want=$2 rc
    shift 2
    "$@" >"$OUT" 2>&1
    rc=$?
    if [[ $rc -eq $want ]]; then pass "$desc"; else fail "$desc (exit $rc, wanted $want: $*)"; fi
}
ms_since() { echo $(((${EPOCHREALTIME//[.,]/} - ${1//[.,]/}) / 1000)); }

CURL=(curl -sS --max-time 3)
PROBE=io.github.lifeline.lab-probe
pk_as() { lab-as "$1" sh -c 'exec pkcheck --action-id "$0" --process $$' "$PROBE"; }

# ---------------------------------------------------------------- per state
check_state() {
    local state=$1 v4=yes v6=yes want_dual=v6 dns
    [[ $state == ipv4 ]] && v4=no
    [[ $state == ipv6 ]] && v6=no && want_dual=v4
    dns=$LAB_DNS6
    [[ $v6 == no ]] && dns=$LAB_DNS4
    echo "# ISP state: $state broken (IPv4 ${v4/no/dropped}, IPv6 ${v6/no/dropped})"

    check_out "[$state] lab-break reports $state" "^$state\$" lab-break
    # The ISP itself answers on both families whatever it drops for forwarding
    check "[$state] ISP reachable over IPv4 (ping $LAB_ISP4)" ping -n -c1 -W1 "$LAB_ISP4"
    check "[$state] ISP reachable over IPv6 (ping $LAB_ISP6)" ping -n -c1 -W1 "$LAB_ISP6"
    check_out "[$state] getent ahosts dual.lab.example gives both families" \
        "$LAB_V4_SITE.*$LAB_V6_SITE|$LAB_V6_SITE.*$LAB_V4_SITE" \
        bash -c 'getent ahosts dual.lab.example | tr "\n" " "'

    if [[ $v4 == yes ]]; then
        check_out "[$state] IPv4 works: curl -4 http://v4.lab.example/ shows the v4 site" \
            lifeline-lab-v4 "${CURL[@]}" -4 http://v4.lab.example/
        check "[$state] IPv4 works: ping the VPS ($LAB_VPS4)" ping -n -c1 -W1 "$LAB_VPS4"
    else
        check_fails "[$state] IPv4 broken: curl -4 http://v4.lab.example/ fails (bounded)" \
            "${CURL[@]}" -4 http://v4.lab.example/
        check_fails "[$state] IPv4 broken: ping the VPS ($LAB_VPS4) fails" ping -n -c1 -W1 "$LAB_VPS4"
    fi
    if [[ $v6 == yes ]]; then
        check_out "[$state] IPv6 works: curl http://v6.lab.example/ shows the v6 site" \
            lifeline-lab-v6 "${CURL[@]}" http://v6.lab.example/
        check "[$state] IPv6 works: ping the VPS ($LAB_VPS6)" ping -n -c1 -W1 "$LAB_VPS6"
    else
        check_fails "[$state] IPv6 broken: curl http://v6.lab.example/ fails (bounded)" \
            "${CURL[@]}" http://v6.lab.example/
        check_fails "[$state] IPv6 broken: ping the VPS ($LAB_VPS6) fails" ping -n -c1 -W1 "$LAB_VPS6"
    fi
    check_out "[$state] dual.lab.example is reached over the working family ($want_dual)" \
        "lifeline-lab-$want_dual" "${CURL[@]}" http://dual.lab.example/
    check_out "[$state] lab DNS answers over the working family ($dns)" \
        "^A $LAB_VPS4" lab-dns -s "$dns" vps.lab.example A
}

# ------------------------------------------------------------- run it all
initial=$LAB_BROKEN
echo "# lab-run --broken $initial; LAB_DIR=$LAB_DIR"

echo "# sandbox and desktop basics"
check_out "desktop has only lo and eth0 (no link to the host)" '^eth0@[^ ]* lo $' \
    bash -c 'ip -o link | awk -F": " "{print \$2}" | sort | tr "\n" " "'
check_out "desktop IPv4 default route goes to the lab ISP" "^default via $LAB_ISP4 dev eth0" ip -4 route show default
check_out "desktop IPv6 default route goes to the lab ISP" "^default via $LAB_ISP6 dev eth0" ip -6 route show default
check_out "desktop eth0 is up (carrier settled before COMMAND)" '^up$' cat /sys/class/net/eth0/operstate
check_out "resolv.conf names only the lab DNS" \
    "^nameserver $LAB_DNS6 nameserver $LAB_DNS4 options timeout:1 attempts:1 \$" \
    bash -c 'grep -v "^#" /etc/resolv.conf | tr -s " \n" "  "'
check_out "nsswitch.conf: hosts: files dns" '^hosts: +files dns$' grep '^hosts:' /etc/nsswitch.conf
check_out "initial lab-break state matches LAB_BROKEN" "^$initial\$" lab-break

echo "# lab DNS (dnsmasq on the lab internet host)"
d=$LAB_DNS6
[[ $initial == ipv6 ]] && d=$LAB_DNS4
check_out "v4.lab.example A = $LAB_V4_SITE" "^A $LAB_V4_SITE\$" lab-dns -s "$d" v4.lab.example A
check_rc "v4.lab.example has no AAAA (NODATA)" 1 lab-dns -s "$d" v4.lab.example AAAA
check_out "v6.lab.example AAAA = $LAB_V6_SITE" "^AAAA $LAB_V6_SITE\$" lab-dns -s "$d" v6.lab.example AAAA
check_rc "v6.lab.example has no A (NODATA)" 1 lab-dns -s "$d" v6.lab.example A
check_out "vps.lab.example AAAA = $LAB_VPS6" "^AAAA $LAB_VPS6\$" lab-dns -s "$d" vps.lab.example AAAA
check_rc "unknown lab name is NXDOMAIN" 2 lab-dns -s "$d" nope.lab.example A
check_rc "outside names are NXDOMAIN, never forwarded" 2 lab-dns -s "$d" example.com A

echo "# web"
fam=-6
site="[$LAB_V6_SITE]"
[[ $initial == ipv6 ]] && fam=-4 && site=$LAB_V4_SITE
check_out "big.bin is 1 MiB and intact over the working family" '^1048576 ok$' \
    bash -c "curl -sS --max-time 5 $fam -o $LAB_DIR/big.dl http://$site/big.bin &&
             printf '%s ' \$(stat -c %s $LAB_DIR/big.dl) && cmp -s $LAB_DIR/big.dl $LAB_DIR/www/v4/big.bin && echo ok"
rm -f "$LAB_DIR/big.dl"
# The VPS is a normal server: it reaches the internet over both families whatever the desktop's ISP drops
check_out "VPS reaches the v4 site" lifeline-lab-v4 lab-ns lab-vps "${CURL[@]}" "http://$LAB_V4_SITE/"
check_out "VPS reaches the v6 site" lifeline-lab-v6 lab-ns lab-vps "${CURL[@]}" "http://[$LAB_V6_SITE]/"

echo "# VPS WireGuard server"
check_out "wg0 listens on 51820" '^51820$' wg show wg0 listen-port
check_out "wg0 has the client peer with its tunnel addresses" \
    '192\.0\.2\.66/32.*fd00:6c6c::2/128|fd00:6c6c::2/128.*192\.0\.2\.66/32' wg show wg0 allowed-ips
check_out "wireguard-go's UDP socket is bound in lab-vps" ':51820 ' lab-ns lab-vps ss -Hlun
check_out "wg0 is administratively up" '<([^>]*,)?UP[,>]' ip -n lab-vps -br link show wg0
check_out "wg0 has 192.0.2.65/26 and fd00:6c6c::1/64" '^wg0 +[A-Z]+ +192\.0\.2\.65/26 fd00:6c6c::1/64' \
    ip -n lab-vps -br addr show wg0
check_out "VPS masquerades tunnel traffic (both families)" 'ip6 saddr fd00:6c6c::/64.*masquerade' \
    bash -c 'nsenter --net=/run/netns/lab-vps nft list table inet lab_nat | tr -s "\n " " "'
want_ep='198\.51\.100\.2:51820'
[[ $initial == ipv4 ]] && want_ep='\[2001:db8:2::2\]:51820'
check_out "client.conf: endpoint for --broken $initial" "^Endpoint = $want_ep\$" cat "$LAB_WG_CLIENT_CONF"
check_out "client.conf: addresses, DNS, AllowedIPs" \
    'Address = 192\.0\.2\.66/32, fd00:6c6c::2/128.*DNS = 203\.0\.113\.53.*AllowedIPs = 0\.0\.0\.0/0, ::/0' \
    bash -c "tr '\n' ' ' <$LAB_WG_CLIENT_CONF"
check_out "client.conf is mode 0600" '^600$' stat -c %a "$LAB_WG_CLIENT_CONF"

echo "# lab users"
check_out "lltest-allowed: uid 64001, also in lltest-extra" \
    '^uid=64001\(lltest-allowed\) gid=64001\(lltest-allowed\) groups=64001\(lltest-allowed\),64010\(lltest-extra\)$' \
    id lltest-allowed
check_out "lltest-denied: uid 64002" '^uid=64002\(lltest-denied\) gid=64002' id lltest-denied
check_out "lltest-slow: uid 64003" '^uid=64003\(lltest-slow\) gid=64003' id lltest-slow
check_out "lab-as switches uid, gid and groups" '^64001 64001 64001 64010 $' \
    bash -c 'lab-as lltest-allowed sh -c "id -u; id -g; id -G" | tr " \n" "  "'
check_out "lab-as gives a clean environment with HOME and the bus address" \
    "^HOME=$LAB_DIR/home/lltest-allowed DBUS=unix:path=/run/dbus/system_bus_socket LAB_DIR= CAPS=0000000000000000 \$" \
    lab-as lltest-allowed sh -c 'echo "HOME=$HOME DBUS=$DBUS_SYSTEM_BUS_ADDRESS LAB_DIR=${LAB_DIR-} CAPS=$(grep CapEff /proc/self/status | cut -f2) "'
check_out "home directory owned by the user, mode 0700" '^lltest-slow 700$' stat -c '%U %a' "$LAB_DIR/home/lltest-slow"

echo "# mount propagation: network namespaces registered in COMMAND are lab-wide"
if ip netns add lltest-probe >"$OUT" 2>&1; then
    check_out "ip netns add in COMMAND is visible in the sandbox's mount namespace" '^lltest-probe' \
        nsenter --mount=/proc/1/ns/mnt ip netns list
    ip netns delete lltest-probe
else
    fail "ip netns add lltest-probe"
fi

if [[ -S /run/dbus/system_bus_socket ]]; then
    echo "# private system bus and polkitd"
    check_out "lltest-allowed can talk to the lab system bus" '^ +string "' \
        lab-as lltest-allowed dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.GetId
    check_out "org.freedesktop.PolicyKit1 has an owner" 'boolean true' \
        lab-as lltest-allowed dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1
    check "polkit: lltest-allowed is authorised for $PROBE" pk_as lltest-allowed
    check_rc "polkit: lltest-denied is refused $PROBE (pkcheck: not authorized)" 1 pk_as lltest-denied
    check_rc "polkit: lltest-allowed gets nothing extra for non-lifeline actions (challenge)" 2 \
        lab-as lltest-allowed sh -c 'exec pkcheck --action-id org.freedesktop.hostname1.set-hostname --process $$'

    rm -f "$LAB_RELEASE_SLOW"
    t0=$EPOCHREALTIME
    pk_as lltest-slow >"$LAB_DIR/slow.out" 2>&1 &
    slow=$!
    sleep 0.7
    if kill -0 "$slow" 2>/dev/null; then
        pass "polkit: lltest-slow is held pending until the release file exists"
        # Informational: is polkitd serving others while one rule is in polkit.spawn()?
        t1=$EPOCHREALTIME
        pk_as lltest-allowed >/dev/null 2>&1 &
        other=$!
        sleep 0.5
        if kill -0 "$other" 2>/dev/null; then
            note="NOT answered while lltest-slow's rule is blocked (polkitd evaluates rules synchronously)"
        else
            note="answered after $(ms_since "$t1") ms while lltest-slow is pending"
        fi
        touch "$LAB_RELEASE_SLOW"
        if wait "$slow"; then
            pass "polkit: lltest-slow authorised $(ms_since "$t0") ms after start, once released"
        else
            fail "polkit: lltest-slow not authorised after release"
        fi
        wait "$other"
        echo "# NOTE: a concurrent lltest-allowed check was $note"
    else
        wait "$slow"
        fail "polkit: lltest-slow was not held pending (answered within 0.7 s, exit $?)"
    fi
    rm -f "$LAB_RELEASE_SLOW"
else
    echo "# no lab system bus (--no-bus): bus and polkit checks skipped"
fi

# ------------------------------------------------------------- path MTU
# lab-path: a 1300-byte black hole on the ISP's link to the VPS (ICMP too-big
# dropped), over the family that works; ~1 s for the probe that must time out.
check_out "lab-path reports --path-mtu and --loss" "^mtu=${LAB_PATH_MTU:-} loss=${LAB_LOSS:-}\$" lab-path
if [[ ${LAB_PATH_MTU:-} == 1500 && ${LAB_LOSS:-} == 0 ]]; then
    echo "# path MTU black hole (lab-path)"
    vps=$LAB_VPS6 hdr=48
    [[ $initial == ipv6 ]] && vps=$LAB_VPS4 hdr=28
    check "lab-path mtu=1300" lab-path mtu=1300
    check "1300-byte packet passes the narrowed path (ping -Mdo -s $((1300 - hdr)) $vps)" \
        ping -n -c1 -W1 -Mdo -s $((1300 - hdr)) "$vps"
    check_fails "1301-byte packet vanishes silently" ping -n -c1 -W1 -Mdo -s $((1301 - hdr)) "$vps"
    check_fails "no ICMP too-big reached the desktop (no cached path MTU)" \
        bash -c "ip route get $vps | grep -q ' mtu '"
    check_out "the ISP dropped its own too-big ICMP" '^[1-9]' \
        bash -c 'nsenter --net=/run/netns/lab-isp nft list chain inet lab_path output |
                 grep -oE "packets [0-9]+" | awk "{ n += \$2 } END { print n }"'
    check "lab-path mtu=default restores the path" lab-path mtu=default
    check "full-size packet passes again" ping -n -c1 -W1 -Mdo -s $((1500 - hdr)) "$vps"
else
    echo "# lab-run --path-mtu/--loss given: lab-path checks skipped"
fi

# ------------------------------------------------- web: connectivity checks
# /generate_204 and the captive-portal mode (lab-portal), over the family that
# works; then inet-mtu: small requests pass, a big download stalls.
web="http://[$LAB_V6_SITE]"
[[ $initial == ipv6 ]] && web=http://$LAB_V4_SITE
echo "# connectivity check, portal and pages that hang (lab-web, lab-portal, lab-path inet-mtu)"
check_out "/generate_204 answers 204" '^204$' "${CURL[@]}" -o /dev/null -w '%{http_code}' "$web/generate_204"
check_out "lab-portal is off" '^off$' lab-portal
check "lab-portal on" lab-portal on
check_out "  every request is redirected to the sign-in page" '^302 http://.*/portal-login$' \
    "${CURL[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "$web/generate_204"
check_out "  which answers 200" 'lifeline-lab portal: sign in' "${CURL[@]}" "$web/portal-login"
check "lab-portal off" lab-portal off
check_out "  /generate_204 answers 204 again" '^204$' "${CURL[@]}" -o /dev/null -w '%{http_code}' "$web/generate_204"
if [[ ${LAB_PATH_MTU:-} == 1500 && ${LAB_LOSS:-} == 0 ]]; then
    check "lab-path inet-mtu=1300" lab-path inet-mtu=1300
    check_out "  lab-path reports it" '^mtu=1500 loss=0 inet-mtu=1300$' lab-path
    check_out "  a small request passes" '^204$' "${CURL[@]}" -o /dev/null -w '%{http_code}' "$web/generate_204"
    check_fails "  a big download stalls" curl -sS -o /dev/null --max-time 2 "$web/big.bin"
    check "lab-path inet-mtu=default" lab-path inet-mtu=default
    check_out "  lab-path reports the default again" '^mtu=1500 loss=0$' lab-path
    check_out "  the big download passes again" '^1048576$' \
        "${CURL[@]}" -o /dev/null -w '%{size_download}' "$web/big.bin"
fi

# ------------------------------------------------------------- ISP states
check_state "$initial"
for s in none ipv6 ipv4; do
    [[ $s == "$initial" ]] && continue
    lab-break "$s"
    check_state "$s"
done
lab-break "$initial"
check_out "lab-break restored the initial state ($initial)" "^$initial\$" lab-break
check_out "ISP nft table has exactly the drop rules for $initial" \
    "$([[ $initial == none ]] && echo '^0$' || echo '^2$')" \
    bash -c 'nsenter --net=/run/netns/lab-isp nft list table inet lab_break | grep -c " drop" || true'

rm -f "$OUT"
echo "$PASS passed, $FAIL failed"
[[ $FAIL -eq 0 ]]
