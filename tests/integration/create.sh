#!/usr/bin/env bash
# Inside the lab (helper running, IPv4 broken at the ISP): a tunnel whose key
# pair the helper makes (`lifelinectl tunnel create`), connected to the lab's
# VPS once the server has learnt its public key from the printed server side;
# and ProbeNative: whether IPv4 has come back natively while the tunnel
# carries it, asked outside the tunnel.
# Usage: create.sh LIFELINECTL
set -uo pipefail
install -D -m 0755 "$1" "$LAB_DIR/bin/lifelinectl"
ctl=$LAB_DIR/bin/lifelinectl
user=$LAB_USER_ALLOWED
store=$LAB_DIR/etc-lifeline/tunnels
source "$(dirname "$0")/checks.sh"
tunnel() { lab-as "$user" "$ctl" tunnel "$@"; }
loads() { curl -sS --max-time 4 "$1" 2>/dev/null | grep -q "$2"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }
has() { grep -qF -- "$2" <<<"$1"; }
route_dev() { ip route get "$1" | grep -o 'dev [^ ]*' | head -n1 | cut -d' ' -f2; }
# ProbeNative as USER: "true", "false", or the D-Bus error's name.
probe() { # USER FAMILY ADDRESS PORT
    local out
    out=$(lab-as "$1" dbus-send --system --print-reply --reply-timeout=10000 \
        --dest=io.github.lifeline.Helper1 /io/github/lifeline/Helper1 \
        io.github.lifeline.Helper1.ProbeNative string:"$2" string:"$3" uint16:"$4" 2>&1)
    if [[ $out =~ boolean\ (true|false) ]]; then echo "${BASH_REMATCH[1]}"; else echo "$out"; fi
}
# TCP SYNs to the IPv4 site's port 80 leaving the desktop's physical link.
nft -f - <<'NFT'
table inet lab_path {
    counter v4_syn_eth0 {}
    chain out {
        type filter hook postrouting priority 0; policy accept;
        oifname "eth0" ip daddr 203.0.113.80 tcp dport 80 tcp flags syn counter name v4_syn_eth0
    }
}
NFT
packets() { nft -j list counter inet lab_path "$1" | grep -o '"packets": [0-9]*' | grep -o '[0-9]*$'; }

server_key=$(<"$LAB_DIR/wg/server.pub")
create=(create made --endpoint '[2001:db8:2::2]:51820' --server-key "$server_key"
    --address 192.0.2.66/32 --allowed-ip 0.0.0.0/0 --dns 203.0.113.53)
snapshot >"$LAB_DIR/before"

echo "== Create"
out=$(lab-as "$LAB_USER_DENIED" "$ctl" tunnel "${create[@]}" 2>&1); status=$?
check "the denied user cannot create (77)" test "$status" = 77
check "  and nothing was stored" test -z "$(ls -A "$store")"
out=$(tunnel "${create[@]}" 2>&1); status=$?
check "tunnel create made (exit $status)" test "$status" = 0
public=$(grep -A1 'Its public key' <<<"$out" | tail -n1 | tr -d ' ')
private=$(sed -n 's/^PrivateKey = //p' "$store/made.key")
check "  a 44-character public key is printed ($public)" test "${#public}" = 44
check "  the helper stored the private key that belongs to it (wg pubkey agrees)" \
    test "$(wg pubkey <<<"$private")" = "$public"
check "  the key file is root's, mode 0600" test "$(stat -c '%U %a' "$store/made.key")" = "root 600"
check "  the private key is nowhere in the output" lacks "$out" "$private"
check "  the server config names the client key" contains "$out" "^PublicKey = $public\$"
check "  and the port from the endpoint" contains "$out" '^ListenPort = 51820$'
check "  and the IPv4 forwarding command" contains "$out" '^net/ipv4/ip_forward = 1$'
check "  and the NAT for the client's address" has "$out" 'ip saddr { 192.0.2.66/32 }'
show=$(tunnel show made --json)
check "show says down" has "$show" '"state": "down"'
check "  with the same public key" has "$show" "\"public-key\": \"$public\""
check "  and no private key" lacks "$show" "$private"
out2=$(tunnel "${create[@]}" 2>&1); status=$?
check "creating it again is refused (65): $out2" test "$status" = 65
check "  saying to remove it first" contains "$out2" "remove it first"
check "  and the key is unchanged" test "$(sed -n 's/^PrivateKey = //p' "$store/made.key")" = "$private"

echo "== Before the server knows the key: no handshake"
out2=$(tunnel up made --ipv4 --timeout 30 2>&1); status=$?
check "up fails (exit $status)" test "$status" = 1
check "  saying no handshake came" contains "$out2" "no handshake"
check "  and nothing is left" same_as "$LAB_DIR/before"

echo "== The server learns the key (its peer, as the printed config says)"
peer_ips=$(sed -n 's/^AllowedIPs = //p' <<<"$out" | tr -d ' ')
check "the printed peer AllowedIPs are the client's address ($peer_ips)" test "$peer_ips" = 192.0.2.66/32
wg set wg0 peer "$(<"$LAB_DIR/wg/client.pub")" remove peer "$public" allowed-ips "$peer_ips"
out2=$(tunnel up made --ipv4 --timeout 20 2>&1); status=$?
check "tunnel up made --ipv4 (exit $status: $out2)" test "$status" = 0
check "the IPv4-only site loads through it" loads http://v4.lab.example/ lifeline-lab-v4
check "IPv4 to the site routes into ll-made" test "$(route_dev 203.0.113.80)" = ll-made

echo "== ProbeNative: IPv4 still broken natively, while the tunnel carries it"
syn=$(packets v4_syn_eth0)
check "ProbeNative(ipv4, 203.0.113.80, 80) is false" test "$(probe "$user" ipv4 203.0.113.80 80)" = false
check "  its SYN left through the physical link, not the tunnel" test "$(packets v4_syn_eth0)" -gt "$syn"
check "  while a plain connection through the tunnel works" loads http://203.0.113.80/ lifeline-lab-v4
check "ProbeNative(ipv6, 2001:db8:3::80, 80) is true (native IPv6 works)" \
    test "$(probe "$user" ipv6 2001:db8:3::80 80)" = true
check "the denied user is refused" \
    contains "$(probe "$LAB_USER_DENIED" ipv4 203.0.113.80 80)" org.freedesktop.DBus.Error.AccessDenied
check "a loopback target is refused" \
    contains "$(probe "$user" ipv4 127.0.0.1 80)" io.github.lifeline.Error.InvalidArgument
lab-break none
check "after lab-break none: ProbeNative(ipv4, 203.0.113.80, 80) is true" \
    test "$(probe "$user" ipv4 203.0.113.80 80)" = true
check "  and the host still routes IPv4 through the tunnel" test "$(route_dev 203.0.113.80)" = ll-made
lab-break ipv4

echo "== Down and remove"
out2=$(tunnel down made 2>&1); status=$?
check "tunnel down made" test "$status" = 0
check "routes, rules, nft, links and addresses are as before" same_as "$LAB_DIR/before"
out2=$(tunnel remove made 2>&1); status=$?
check "tunnel remove made" test "$status" = 0
check "  and its files are gone" test -z "$(ls -A "$store")"

summary
