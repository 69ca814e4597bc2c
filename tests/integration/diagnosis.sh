#!/usr/bin/env bash
# Inside the lab (helper running, IPv4 broken at the ISP): `lifelinectl status`
# as an unprivileged lab user, with every probe pointed at lab hosts through a
# lifeline.conf under a test XDG_CONFIG_HOME, says what is broken: IPv4, IPv6
# (lab-break), nothing, DNS (the lab's dnsmasq stopped), a captive portal
# (lab-portal), pages that hang (lab-path inet-mtu: a black hole on the way to
# the web server), and, with the backup tunnel carrying IPv4, that the backup
# covers the broken family and that native IPv4 is back once the ISP is healed.
# Usage: diagnosis.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
source "$(dirname "$0")/checks.sh"

# Every target is a lab host; nothing here may fall back to a public default.
config_home=$LAB_DIR/diagnosis-config
install -d -m 0755 "$config_home" "$config_home/lifeline"
{
    lab-probes 2000
    cat <<'EOF'

[backup]
tunnel=vps
EOF
} >"$config_home/lifeline/lifeline.conf"
chmod 0644 "$config_home/lifeline/lifeline.conf"

ctl_as_user() { lab-as "$user" XDG_CONFIG_HOME="$config_home" "$ctl" "$@"; }
# status_json: runs `status --json`, keeps the output in $out and the exit code in $code.
status_json() { out=$(ctl_as_user status --json 2>&1); code=$?; }
field() { # PATH.IN.JSON — one value of the last status, printed as JSON
    python3 -c 'import json, sys
value = json.loads(sys.argv[1])
for key in sys.argv[2].split("."):
    value = value[key]
print(json.dumps(value))' "$out" "$1" 2>/dev/null
}
verdict_is() { # VERDICT EXIT
    [[ $(field verdict) == "\"$1\"" && $code == "$2" ]] && return 0
    echo "  got exit $code: $out" >&2
    return 1
}

echo "== IPv4 broken at the ISP"
lab-break ipv4
status_json
check "status says ipv4-broken, exit 2" verdict_is ipv4-broken 2
check "  in a sentence for people" test "$(field sentence)" = \
    "\"Some websites can't be reached: your provider's IPv4 is down. IPv6 works.\""
check "  IPv4 fails natively" test "$(field ipv4.native.works)" = false
check "  IPv6 works natively" test "$(field ipv6.native.works)" = true
check "  both routes are there" test "$(field ipv4.native.route)$(field ipv6.native.route)" = truetrue
check "  DNS answers A and AAAA (over IPv6)" test "$(field dns.a)$(field dns.aaaa)" = truetrue
text=$(ctl_as_user status 2>&1); text_code=$?
check "the plain output exits 2 too" test "$text_code" = 2
check "  and starts with the sentence" test "$(head -n1 <<<"$text")" = \
    "Some websites can't be reached: your provider's IPv4 is down. IPv6 works."
check "  with the per-family table" contains "$text" "TCP  *no  *yes"

echo "== IPv6 broken at the ISP"
lab-break ipv6
status_json
check "status says ipv6-broken, exit 2" verdict_is ipv6-broken 2
check "  IPv4 works natively" test "$(field ipv4.native.works)" = true

echo "== Both families pass"
lab-break none
status_json
check "status says all-fine, exit 0" verdict_is all-fine 0
check "  the big transfer passed on both" \
    test "$(field ipv4.native.big-transfer)$(field ipv6.native.big-transfer)" = '"passed""passed"'
check "  the web check passed on both" \
    test "$(field ipv4.native.web)$(field ipv6.native.web)" = '"passed""passed"'

echo "== The lab's DNS server stopped"
# With the resolver library's default timeouts (5 s, 2 attempts, per server) a
# query through it would take 20 s here; the diagnosis asks the servers itself
# and is done at its own deadline. (cp keeps the inode the bind mount shows.)
cp "$LAB_DIR/etc/resolv.conf" "$LAB_DIR/resolv.conf.lab"
grep -v '^options' "$LAB_DIR/resolv.conf.lab" >"$LAB_DIR/etc/resolv.conf"
dnsmasq_pid=$(<"$LAB_DIR/dnsmasq.pid")
kill -STOP "$dnsmasq_pid"
started=$SECONDS
status_json
took=$((SECONDS - started))
kill -CONT "$dnsmasq_pid"
cp "$LAB_DIR/resolv.conf.lab" "$LAB_DIR/etc/resolv.conf"
check "status says dns-broken, exit 2" verdict_is dns-broken 2
check "  and exits at its own deadline, not after the resolver's 20 s (took ${took} s)" \
    test "$took" -lt 10
check "  while TCP passes on both" test "$(field ipv4.native.tcp)$(field ipv6.native.tcp)" = truetrue
status_json
check "DNS back: all-fine" verdict_is all-fine 0

echo "== A captive portal answers instead of the web server"
lab-portal on
status_json
lab-portal off
check "status says captive-portal, exit 2" verdict_is captive-portal 2
check "  the web check met the portal" test "$(field ipv4.native.web)" = '"portal"'
status_json
check "portal gone: all-fine" verdict_is all-fine 0

echo "== A path-MTU black hole towards the web server"
lab-path inet-mtu=1300
status_json
lab-path inet-mtu=default
check "status says pages-hang, exit 2" verdict_is pages-hang 2
check "  small requests passed" test "$(field ipv4.native.web)$(field ipv6.native.web)" = \
    '"passed""passed"'
check "  the big transfer did not" \
    test "$(field ipv4.native.big-transfer)$(field ipv6.native.big-transfer)" = '"failed""failed"'
status_json
check "path healed: all-fine" verdict_is all-fine 0

echo "== The backup tunnel carries the broken IPv4"
lab-break ipv4
conf=$LAB_DIR/vps.conf
cp "$LAB_WG_CLIENT_CONF" "$conf"
chmod 0644 "$conf"
ctl_as_user tunnel import vps "$conf" >/dev/null
tunnel_out=$(ctl_as_user tunnel up vps --ipv4 --timeout 20 2>&1); tunnel_code=$?
check "tunnel up vps --ipv4 (exit $tunnel_code: $tunnel_out)" test "$tunnel_code" = 0
status_json
check "status says ipv4-broken, exit 0 (covered)" verdict_is ipv4-broken 0
check "  and that the backup covers it" test "$(field sentence)" = \
    "\"Your provider's IPv4 is down; the backup connection covers it. Everything works.\""
check "  the tunnel carries IPv4" test "$(field tunnel.name)$(field tunnel.carries)" = '"vps"["ipv4"]'
check "  IPv4 works through the tunnel" test "$(field ipv4.tunnel.works)" = true
check "  the helper found native IPv4 down" \
    test "$(field ipv4.native.tried)$(field ipv4.native.works)" = truefalse
check "  not back natively" test "$(field ipv4.native-back)" = false

lab-break none
status_json
check "ISP healed, tunnel still up: all-fine, exit 0" verdict_is all-fine 0
check "  native IPv4 is back" test "$(field ipv4.native-back)" = true
check "  and the sentence says so" contains "$(field sentence)" "Your provider's IPv4 is back"
ctl_as_user tunnel down vps >/dev/null

summary
