#!/usr/bin/env bash
# Inside the lab (a private system bus with a real polkitd that loaded POLICY):
# polkitd gives every action's description and message in German, French and
# Spanish, as the built policy has them. Asked over D-Bus with the locale,
# as an authentication agent is; pkaction always asks for the untranslated text.
# Usage: polkit-languages.sh POLICY
set -uo pipefail
policy=$1
source "$(dirname "$0")/../../integration/checks.sh"
has() { grep -qF -- "$2" <<<"$1"; }

declare -A locales=([de]=de_DE.UTF-8 [fr]=fr_FR.UTF-8 [es]=es_ES.UTF-8)
for language in de fr es; do
    reply=$(dbus-send --system --print-reply --dest=org.freedesktop.PolicyKit1 \
        /org/freedesktop/PolicyKit1/Authority org.freedesktop.PolicyKit1.Authority.EnumerateActions \
        "string:${locales[$language]}" 2>&1)
    for action in configure-tunnels connect-tunnel run-isolated fix-mtu; do
        block=$(sed -n "/<action id=\"io.github.lifeline.$action\">/,/<\/action>/p" "$policy")
        for element in description message; do
            text=$(sed -n "s|.*<$element xml:lang=\"$language\">\(.*\)</$element>.*|\1|p" <<<"$block")
            check "the built policy has a $language $element for $action" test -n "$text"
            check "polkitd gives it for $action in ${locales[$language]}: $text" has "$reply" "string \"$text\""
        done
    done
done
summary
