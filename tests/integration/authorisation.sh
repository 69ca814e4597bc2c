#!/usr/bin/env bash
# Inside the lab: the authorisation test once as each identity.
set -euo pipefail
test_binary=$1
# The lab users may not be able to reach the build tree; give them a copy.
install -D -m 0755 "$test_binary" "$LAB_DIR/bin/TestLabAuthorisation"
binary=$LAB_DIR/bin/TestLabAuthorisation

failed=0
lab-as "$LAB_USER_DENIED" "$binary" --role denied || failed=1
lab-as "$LAB_USER_ALLOWED" "$binary" --role allowed || failed=1
PATH=$PATH "$binary" --role root || failed=1
exit $failed
