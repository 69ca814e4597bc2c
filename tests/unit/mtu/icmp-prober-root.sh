#!/bin/sh
# Runs TestIcmpProberRoot ($1) in a fresh network and mount namespace (from
# `unshare --net --mount --propagation private`), with a tmpfs on /run so the
# second namespace ("far", reached over a veth pair) is registered nowhere on
# the host. Only documentation addresses; nothing leaves these namespaces.
set -eu
mount -t tmpfs -o mode=0755 lifeline-test /run
ip netns add far
ip link add near mtu 1500 type veth peer name far netns far
ip addr add 192.0.2.1/24 dev near
ip addr add 2001:db8::1/64 dev near nodad
ip link set near up
ip -n far link set lo up
ip -n far link set far mtu 1300
ip -n far addr add 192.0.2.2/24 dev far
ip -n far addr add 2001:db8::2/64 dev far nodad
ip -n far link set far up
# A veth accepts frames up to 4 bytes over its MTU (room for a VLAN tag);
# drop those too, silently, so the limit is exactly 1300 both ways.
ip netns exec far nft -f - <<'NFT'
table inet lifeline_test {
    chain input {
        type filter hook input priority filter; policy accept;
        meta length > 1300 drop
    }
}
NFT
# Carrier up and neighbours resolved first: a packet sent before that waits
# for the next neighbour solicitation (1 s), and the test would time the
# lab's set-up rather than the prober. On a WireGuard link there is no ARP/ND.
i=0
until ip -br link show near | grep -q ' UP ' && ip -n far -br link show far | grep -q ' UP '; do
    i=$((i + 1))
    [ $i -lt 100 ] || { echo "veth never came up" >&2; exit 1; }
    sleep 0.05
done
ping -n -q -c1 -W3 192.0.2.2 >/dev/null
ping -n -q -c1 -W3 2001:db8::2 >/dev/null
exec "$@"
