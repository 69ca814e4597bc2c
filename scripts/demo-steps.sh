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

say "Lifeline's helper runs on the system bus; an ordinary user asks it what this computer offers:"
lab-as "$LAB_USER_ALLOWED" "$LAB_DIR/bin/lifelinectl" info | sed 's/^/  /'

say "Not yet in this version: the backup connection through your own WireGuard server,"
show "running one program IPv4- or IPv6-only, and repairing the tunnel's MTU. They come next."
