#!/bin/sh
# Runs a root launch test with a test user that exists only here: the test
# runs under `unshare --mount --propagation private`, so binding our own
# passwd and group over /etc changes nothing outside. The host's /etc files
# are never written.
set -eu
work=$(mktemp -d /tmp/lifeline-launch-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"
cp /etc/passwd "$work/passwd"
cp /etc/group "$work/group"
echo "lltest:x:64101:64101:Lifeline launch test:$work/home:/bin/sh" >>"$work/passwd"
echo "lltest:x:64101:" >>"$work/group"
echo "lltestextra:x:64110:lltest" >>"$work/group"
mkdir -m 0755 "$work/home"
chown 64101:64101 "$work/home"
mount --bind "$work/passwd" /etc/passwd
mount --bind "$work/group" /etc/group
status=0
LIFELINE_TEST_UID=64101 LIFELINE_TEST_DIR="$work" "$@" || status=$?
umount /etc/passwd /etc/group
exit $status
