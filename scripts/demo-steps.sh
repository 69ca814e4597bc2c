#!/usr/bin/env bash
# The demo's story, told inside the lab (see scripts/demo.sh).
set -uo pipefail
build=$1

say() { printf '\n\033[1m%s\033[0m\n' "$*"; }
show() { printf '  %s\n' "$*"; }
load() { # URL [curl options]: tries to load a page, says what happened
    local url=$1; shift
    if page=$(curl --silent --show-error --max-time 4 "$@" "$url" 2>&1); then
        show "✔ $url loads: \"$(head -n1 <<<"$page")\""
    else
        show "✘ $url does not load ($(tail -n1 <<<"$page"))"
    fi
}

# The lab's users cannot always reach the build tree; give them a copy.
install -D -m 0755 "$build/app/ctl/lifelinectl" "$LAB_DIR/bin/lifelinectl"

say "This is a throw-away lab: a desktop, its internet provider, a small VPS and \"the internet\"."
show "The provider has broken IPv4 (as a failing carrier-grade NAT does); IPv6 still works."

say "From the desktop, a site that has only IPv4 (like many still do):"
load "http://v4.lab.example/"
say "A site reachable over IPv6:"
load "http://v6.lab.example/"
show "So half the web stops loading, and nobody at home knows why."

# The probes go to lab hosts only (on a real desktop they are settings).
config_home=$LAB_DIR/demo-config
install -d -m 0755 "$config_home" "$config_home/lifeline"
{
    lab-probes 2000
    cat <<'CONF'

[backup]
tunnel=vps
CONF
} >"$config_home/lifeline/lifeline.conf"
chmod 0644 "$config_home/lifeline/lifeline.conf"
status() { # the verdict the tray icon shows, as the command line prints it
    show "\$ lifelinectl status"
    local verdict code
    verdict=$(lab-as "$LAB_USER_ALLOWED" XDG_CONFIG_HOME="$config_home" "$LAB_DIR/bin/lifelinectl" status)
    code=$?
    sed 's/^/  /' <<<"$verdict"
    case $code in # 0: all fine; 2: something is broken (what the demo shows); else a failure
        0 | 2) show "  (exit status $code)" ;;
        *) echo "lifelinectl status failed with exit status $code" >&2; exit 1 ;;
    esac
}
say "Lifeline says what is broken, in plain words (the tray icon's tooltip says the same):"
status

say "Lifeline's helper runs on the system bus; an ordinary user asks it what this computer offers:"
lab-as "$LAB_USER_ALLOWED" "$LAB_DIR/bin/lifelinectl" info | sed 's/^/  /'

say "Run one program IPv6-only (no password for the person at the desktop):"
show "\$ lifelinectl run --ipv6-only -- curl http://dual.lab.example/"
as_user() { lab-as "$LAB_USER_ALLOWED" "$@"; }
if page=$(as_user "$LAB_DIR/bin/lifelinectl" run --ipv6-only -- curl --silent --show-error --max-time 4 http://dual.lab.example/ 2>&1); then
    show "✔ it loads inside its own namespace, which has no IPv4 at all: \"$(head -n1 <<<"$page")\""
else
    show "✘ it did not load: $page"
fi
say "The same program IPv4-only meets the provider's fault:"
show "\$ lifelinectl run --ipv4-only -- curl http://v4.lab.example/"
if out=$(as_user "$LAB_DIR/bin/lifelinectl" run --ipv4-only -- curl --silent --show-error --max-time 4 http://v4.lab.example/ 2>&1); then
    show "(unexpectedly it loaded: $out)"
else
    show "✘ $(tail -n1 <<<"$out")"
fi
# The helper tears a namespace down just after the program's exit is reported.
for _ in $(seq 50); do
    ip netns list | grep -q '^lifeline-' || break
    sleep 0.1
done
show "Each such program got a namespace of its own, gone once it exited:"
show "Lifeline namespaces left now: $(ip netns list | grep -c '^lifeline-')"

say "Now the backup connection: your own WireGuard server (the lab's VPS) carries IPv4."
show "The administrator imports the wg-quick file every VPS guide hands out (once):"
show "\$ lifelinectl tunnel import vps client.conf"
install -m 0644 "$LAB_WG_CLIENT_CONF" "$LAB_DIR/client-demo.conf"
as_user "$LAB_DIR/bin/lifelinectl" tunnel import vps "$LAB_DIR/client-demo.conf" | sed 's/^/  /'
show "Then anyone at the desktop switches it on, for IPv4 only — IPv6 keeps working natively:"
show "\$ lifelinectl tunnel up vps --ipv4"
as_user "$LAB_DIR/bin/lifelinectl" tunnel up vps --ipv4 | sed 's/^/  /'
load "http://v4.lab.example/"
load "http://v6.lab.example/"
show "IPv4 now goes via $(ip route get 203.0.113.80 | grep -o 'dev [^ ]*'), IPv6 via $(ip route get 2001:db8:3::80 | grep -o 'dev [^ ]*') (the provider's line)."
as_user "$LAB_DIR/bin/lifelinectl" tunnel show vps | sed 's/^/  /'
say "And the verdict now:"
status
say "Switching it off puts every route and rule back as it was:"
show "\$ lifelinectl tunnel down vps"
as_user "$LAB_DIR/bin/lifelinectl" tunnel down vps | sed 's/^/  /'
load "http://v4.lab.example/"

say "When pages hang through a tunnel (a path-MTU black hole), \`lifelinectl mtu fix vps\` finds"
show "the largest packet that gets through and sets it; \`tunnel set vps mtu=auto\` does so on every connect."
say "On a desktop, the tray icon \`lifeline\` does all of this from its menu: \"Use backup connection\","
show "\"Pages not loading? Repair\", \"Run a program with IPv6 only…\" — and offers it when IPv4 breaks."
