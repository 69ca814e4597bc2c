#!/usr/bin/env bash
# Inside the lab (helper running, IPv4 broken at the ISP): tunnels end to end
# through lifelinectl as the allowed user — import, connect per family over
# the working one, the path packets take, disconnect leaving the system
# exactly as before, a server that never answers, an endpoint given by name,
# and the reverse outage.
# Usage: tunnel.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
source "$(dirname "$0")/checks.sh"
tunnel() { lab-as "$user" "$ctl" tunnel "$@"; }
loads() { curl -sS --max-time 4 "$1" 2>/dev/null | grep -q "$2"; }
fails() { ! curl -sS --max-time 3 "$1" >/dev/null 2>&1; }
route_dev() { ip route get "$1" | grep -o 'dev [^ ]*' | head -n1 | cut -d' ' -f2; }
# A config file the allowed user can read, from the lab's client.conf with
# some lines replaced (sed expressions).
config() { # NAME SED...
    local file=$LAB_DIR/$1.conf; shift
    sed "$@" "$LAB_WG_CLIENT_CONF" >"$file"
    chmod 0644 "$file"
    echo "$file"
}
# Packets that leave the desktop's physical link for the v4/v6 sites,
# counted where the ISP link starts (a lab table, left out of every snapshot).
nft -f - <<'NFT'
table inet lab_path {
    counter v4_site_eth0 {}
    counter v6_site_eth0 {}
    counter app_eth0 {}
    chain out {
        type filter hook postrouting priority 0; policy accept;
        oifname "eth0" ip daddr 203.0.113.80 counter name v4_site_eth0
        oifname "eth0" ip6 daddr 2001:db8:3::80 counter name v6_site_eth0
        oifname "eth0" ip saddr 192.0.2.128/25 counter name app_eth0
        oifname "eth0" ip6 saddr fd00:6c6d::/48 counter name app_eth0
    }
}
NFT
packets() { nft -j list counter inet lab_path "$1" | grep -o '"packets": [0-9]*' | grep -o '[0-9]*$'; }

echo "== Import"
conf=$(config vps -e '')
out=$(lab-as "$LAB_USER_DENIED" "$ctl" tunnel import vps "$conf" 2>&1); status=$?
check "the denied user cannot import (77)" test "$status" = 77
check "  and nothing was stored" bash -c "[[ -z \$(lab-as $user $ctl tunnel list --json | grep -o vps) ]]"
bad=$(config hook -e 's/^PersistentKeepalive.*/PostUp = curl http:\/\/v4.lab.example\//')
out=$(tunnel import hook "$bad" 2>&1); status=$?
check "a config with PostUp is refused (65)" test "$status" = 65
hook_line=$(grep -n '^PostUp' "$bad" | cut -d: -f1)
check "  naming the line ($hook_line): $out" contains "$out" "line $hook_line:"
check "  and nothing was stored" bash -c "! lab-as $user $ctl tunnel show hook >/dev/null 2>&1"
out=$(tunnel import vps "$conf" 2>&1); status=$?
check "the lab's wg-quick file imports" test "$status" = 0
out=$(tunnel show vps --json)
check "show says down" contains "$out" '"state": "down"'
check "show never carries the private key" \
    bash -c "! grep -qF -- '$(sed -n 's/^PrivateKey = //p' "$LAB_WG_CLIENT_CONF")' <<<'$out'"

echo "== IPv4 broken: the tunnel carries IPv4, IPv6 stays native"
check "before: the IPv4-only site does not load" fails http://v4.lab.example/
snapshot >"$LAB_DIR/before"
out=$(tunnel up vps --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up vps --ipv4 (exit $status: $out)" test "$status" = 0
check "the IPv4-only site loads" loads http://v4.lab.example/ lifeline-lab-v4
check "IPv4 to the site routes into ll-vps" test "$(route_dev 203.0.113.80)" = ll-vps
check "IPv6 to the site routes natively (eth0)" test "$(route_dev 2001:db8:3::80)" = eth0
check "the server is reached over IPv6, outside the tunnel" test "$(route_dev 2001:db8:2::2)" = eth0
v4before=$(packets v4_site_eth0); v6before=$(packets v6_site_eth0)
loads http://v4.lab.example/ lifeline-lab-v4
check "IPv6 site loads" loads http://v6.lab.example/ lifeline-lab-v6
check "no IPv4 packet for the site left on the physical link" test "$(packets v4_site_eth0)" = "$v4before"
check "IPv6 packets for the site did (natively)" test "$(packets v6_site_eth0)" -gt "$v6before"
check "the tunnel's address is guarded in nftables (security rule 9)" \
    contains "$(nft list chain inet lifeline preraw 2>&1)" 'iifname != "ll-vps" ip daddr 192.0.2.66'
# Someone on the provider's side sends to the tunnel's inside address: the
# desktop must not answer from outside the tunnel.
ip -n lab-isp route add 192.0.2.66/32 via 192.0.2.2
check "  a ping to it from the provider's side gets no answer" \
    bash -c "! ip netns exec lab-isp ping -c 2 -W 1 -i 0.3 192.0.2.66 >/dev/null 2>&1"
ip -n lab-isp route del 192.0.2.66/32 via 192.0.2.2
check "no IPv6 address on the tunnel" bash -c "[[ -z \$(ip -6 addr show dev ll-vps scope global) ]]"
out=$(tunnel show vps --json)
check "show: up, wireguard-go, ipv4 only, bytes counted" \
    bash -c "grep -q '\"state\": \"up\"' <<<'$out' && grep -q '\"backend\": \"wireguard-go\"' <<<'$out' \
             && grep -q '\"ipv4\"' <<<'$out' && ! grep -q '\"ipv6\"' <<<'$out' \
             && grep -q '\"rx-bytes\": [1-9]' <<<'$out' && grep -q '\"last-handshake\": [1-9]' <<<'$out'"
out=$(tunnel down vps 2>&1); status=$?
check "tunnel down vps" test "$status" = 0
check "routes, rules, nft, links and addresses are as before" same_as "$LAB_DIR/before"
check "the IPv4-only site fails again" fails http://v4.lab.example/

echo "== A server that never answers: failed with a reason, nothing left"
wrong=$(config wrongkey -e "s|^PublicKey = .*|PublicKey = $(wg genkey | wg pubkey)|")
tunnel import wrongkey "$wrong" >/dev/null
out=$(tunnel up wrongkey --ipv4 --timeout 30 2>&1); status=$?
check "up fails (exit $status)" test "$status" = 1
check "  saying no handshake came" contains "$out" "no handshake"
check "  show says failed" contains "$(tunnel show wrongkey --json)" '"state": "failed"'
check "  and nothing is left" same_as "$LAB_DIR/before"

echo "== An endpoint given by name (A and AAAA), IPv4 broken: up over IPv6"
named=$(config named -e 's/^Endpoint = .*/Endpoint = vps.lab.example:51820/')
tunnel import named "$named" >/dev/null
out=$(tunnel up named --ipv4 --timeout 20 2>&1); status=$?
check "up (exit $status: $out)" test "$status" = 0
check "  the endpoint is the server's IPv6 address" \
    contains "$(tunnel show named --json)" '"endpoint": "\[2001:db8:2::2\]:51820"'
check "  the IPv4-only site loads" loads http://v4.lab.example/ lifeline-lab-v4
tunnel down named >/dev/null
check "  nothing left" same_as "$LAB_DIR/before"

echo "== One program through the tunnel, while the host does not route IPv4 there"
out=$(tunnel up vps --ipv6 --timeout 20 2>&1); status=$?
check "the host routes only IPv6 through the tunnel (exit $status: $out)" test "$status" = 0
check "  so the host still cannot load the IPv4-only site" fails http://v4.lab.example/
run_tunnel() { lab-as "$user" "$ctl" run --tunnel vps -- "$@"; }
out=$(run_tunnel curl -sS --max-time 5 http://v4.lab.example/ 2>&1)
check "run --tunnel vps: the IPv4-only site loads" contains "$out" lifeline-lab-v4
out=$(run_tunnel getent ahosts v4.lab.example 2>&1)
check "  names resolve through the tunnel's DNS" contains "$out" 203.0.113.80
check "  the program's resolv.conf is the tunnel's" \
    contains "$(run_tunnel cat /etc/resolv.conf)" "nameserver 203.0.113.53"
out=$(run_tunnel ip -6 addr show scope global 2>&1)
check "  and it has no IPv6 to leak through" test -z "$out"
# The counter sees a launch's packets on the physical link: an ipv4-only
# launch (NAT out of eth0, dropped further on by the broken ISP) is counted.
counted=$(packets app_eth0)
lab-as "$user" "$ctl" run --ipv4-only -- curl -sS --max-time 2 http://v4.lab.example/ >/dev/null 2>&1
check "  (the leak counter counts a launch's packets on eth0)" test "$(packets app_eth0)" -gt "$counted"
app_before=$(packets app_eth0); site_before=$(packets v4_site_eth0)
run_tunnel curl -sS --max-time 15 --limit-rate 100k -o /dev/null http://203.0.113.80/big.bin \
    2>"$LAB_DIR/slow.err" &
slow=$!
sleep 1.5
ip link del ll-vps # the tunnel drops mid-transfer
wait "$slow"; status=$?
check "  the transfer stops when the tunnel goes (curl exit $status)" test "$status" != 0
check "  not one packet of the program left through the physical link" \
    test "$(packets app_eth0)" = "$app_before" -a "$(packets v4_site_eth0)" = "$site_before"
out=$(run_tunnel curl -sS --max-time 3 http://v4.lab.example/ 2>&1); status=$?
check "  a new launch through the gone tunnel is refused (exit $status)" test "$status" != 0
check "  and still nothing left through the physical link" test "$(packets app_eth0)" = "$app_before"
tunnel down vps >/dev/null
check "  after down and the program's exit: nothing left" same_as "$LAB_DIR/before"

echo "== The reverse outage: IPv6 broken, IPv4 endpoint, families=ipv6"
lab-break ipv6
snapshot >"$LAB_DIR/before6"
check "before: the IPv6-only site does not load" fails http://v6.lab.example/
v6=$(config v6 -e 's/^Endpoint = .*/Endpoint = 198.51.100.2:51820/')
tunnel import v6 "$v6" >/dev/null
out=$(tunnel up v6 --ipv6 --timeout 20 2>&1); status=$?
check "up --ipv6 (exit $status: $out)" test "$status" = 0
check "  the IPv6 site loads through the tunnel" loads http://v6.lab.example/ lifeline-lab-v6
check "  IPv6 to the site routes into ll-v6" test "$(route_dev 2001:db8:3::80)" = ll-v6
check "  IPv4 stays native" test "$(route_dev 203.0.113.80)" = eth0
check "  the IPv4 site loads natively" loads http://v4.lab.example/ lifeline-lab-v4
tunnel down v6 >/dev/null
check "  nothing left" same_as "$LAB_DIR/before6"

echo "== Remove"
for name in vps wrongkey named v6; do tunnel remove "$name" >/dev/null; done
check "every tunnel removed" bash -c "[[ \$(lab-as $user $ctl tunnel list --json | tr -d ' \n') == '[]' ]]"

summary
