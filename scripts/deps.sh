#!/usr/bin/env bash
# Installs what Lifeline needs to build, test and run its demo on Debian 12.
# Idempotent and quick when everything is there: apt runs only for what's missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libnl-3-dev libnl-route-3-dev libnl-genl-3-dev libnftables-dev
    libssl-dev # the helper makes WireGuard key pairs with libcrypto's X25519
    # the helper's world and the test lab
    dbus-daemon dbus-bin polkitd nftables iproute2 util-linux
    wireguard-go wireguard-tools dnsmasq-base python3 curl iperf3 iputils-ping
    # packaging checks
    desktop-file-utils groff-base xvfb x11-utils
    # the Debian package: its build, lintian, and the installed files' checks
    dpkg-dev debhelper lintian appstream systemd man-db
    dbus # its dbus-daemon-launch-helper starts the helper on the system bus
    # the tray app: Qt's SVG icon engine; its GUI tests: an X11 tray host and input
    libqt6svg6 trayer xdotool
    # Qt's own strings (dialog buttons, --help) in the user's language, next to translations/
    qt6-translations-l10n
    # text in the GUI tests' screenshots (Qt's offscreen platform draws with fontconfig's fonts)
    fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi
if [[ $(id -u) != 0 ]]; then
    echo "deps: need root to install: ${missing[*]}" >&2
    exit 1
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends: recommends would pull in a kernel image.
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
