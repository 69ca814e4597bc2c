#!/usr/bin/env bash
# lifelinectl and lifeline speak LOCALE: an unknown command is refused in it,
# and lifeline --help describes itself in it; LANG=C stays English.
# Usage: speaks.sh LIFELINECTL LIFELINE LOCALE CTL-TEXT TRAY-TEXT
set -uo pipefail
ctl=$1 tray=$2 locale=$3 ctl_text=$4 tray_text=$5
source "$(dirname "$0")/../../integration/checks.sh"

unset LANGUAGE LC_MESSAGES
out=$(LANG=$locale LC_ALL=$locale "$ctl" frobnicate 2>&1); status=$?
check "lifelinectl refuses an unknown command (exit $status)" test "$status" = 64
check "lifelinectl says so in $locale: $out" contains "$out" "$ctl_text"
check "naming the command" contains "$out" frobnicate

out=$(LANG=$locale LC_ALL=$locale "$tray" --help 2>&1); status=$?
check "lifeline --help works without a display (exit $status)" test "$status" = 0
check "lifeline --help describes itself in $locale" contains "$out" "$tray_text"

out=$(LANG=C LC_ALL=C "$ctl" frobnicate 2>&1)
check "in the C locale it stays English: $out" contains "$out" 'unknown command "frobnicate"'

summary
