#!/usr/bin/env bash
# Inside the lab: the authorisation test once as each identity.
set -euo pipefail
test_binary=$1
# The lab users may not be able to reach the build tree; give them a copy.
install -D -m 0755 "$test_binary" "$LAB_DIR/bin/TestLabAuthorisation"
binary=$LAB_DIR/bin/TestLabAuthorisation

failed=0
# Each identity runs the checks that apply to it (root's need root).
everyone=(privilegedMethods readOnlyForEveryone)
lab-as "$LAB_USER_DENIED" "$binary" --role denied "${everyone[@]}" || failed=1
lab-as "$LAB_USER_ALLOWED" "$binary" --role allowed "${everyone[@]}" || failed=1
"$binary" --role root "${everyone[@]}" capabilitiesAreProbedForReal \
    secondCallerServedWhileFirstIsPending || failed=1
exit $failed
