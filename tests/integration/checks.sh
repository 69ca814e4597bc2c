# Sourced by the lab's integration scripts: named checks that count, and the
# summary that decides the script's exit status.
passed=0
failed=0

check() { # DESCRIPTION COMMAND...: passes when COMMAND succeeds
    local what=$1; shift
    if "$@"; then
        passed=$((passed + 1)); echo "PASS: $what"
    else
        failed=$((failed + 1)); echo "FAIL: $what"
    fi
}
contains() { grep -q -- "$2" <<<"$1"; }
# The last line of every script: the counts, and failure if any check failed.
summary() {
    echo "$passed passed, $failed failed"
    ((failed == 0))
}
