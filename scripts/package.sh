#!/usr/bin/env bash
# Builds the Debian package from the working tree and checks it with lintian.
#
#   scripts/package.sh [--output DIR] [--no-lintian]
#
# The build runs in a temporary copy of the tree (build directories and .git
# left out) with packaging/debian as its debian/, so the tree stays clean;
# dpkg-buildpackage -us -uc -b writes the .deb files next to that copy, and
# they are moved to DIR (default: build/package). lintian then fails the
# script on any error and lists its warnings. Prints the package paths last.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

usage() {
    echo "usage: scripts/package.sh [--output DIR] [--no-lintian]" >&2
    exit 64
}
output=$source_dir/${LIFELINE_BUILD_DIR:-build}/package
lintian=1
while (($#)); do
    case $1 in
        --output) [[ $# -ge 2 ]] || usage; output=$2; shift ;;
        --no-lintian) lintian=0 ;;
        *) echo "package.sh: unknown argument '$1'" >&2; usage ;;
    esac
    shift
done

for tool in dpkg-buildpackage dh dpkg-parsechangelog; do
    command -v "$tool" >/dev/null || { echo "package.sh: $tool is not installed (scripts/deps.sh installs it)" >&2; exit 1; }
done
if ((lintian)) && ! command -v lintian >/dev/null; then
    echo "package.sh: lintian is not installed (scripts/deps.sh installs it)" >&2
    exit 1
fi

# The package's version is the project's.
project_version=$(sed -n 's/^project(lifeline VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
package_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
if [[ -z $project_version || $project_version != "$package_version" ]]; then
    echo "package.sh: packaging/debian/changelog says $package_version, CMakeLists.txt says ${project_version:-nothing}:" \
        "add a changelog entry for the project's version" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lifeline-package.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
copy=$work/lifeline-$package_version
mkdir "$copy"
tar -C "$source_dir" --exclude-vcs --exclude=./build --exclude='./build-*' --exclude=./debian -cf - . |
    tar -C "$copy" -xf -
cp -a packaging/debian "$copy/debian"

# The compiler cache, where there is one, makes a second run cheap. Debian's
# flags map the build path away (-ffile-prefix-map), so base_dir lets runs
# from different temporary copies share entries.
if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR=$work
fi

started=$SECONDS
echo "package.sh: building lifeline $package_version in $copy"
if ! (cd "$copy" && DEB_BUILD_OPTIONS="parallel=$(nproc)" dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1); then
    tail -n 60 "$work/build.log" >&2
    echo "package.sh: dpkg-buildpackage failed (the last lines of its log are above)" >&2
    exit 1
fi
echo "package.sh: dpkg-buildpackage took $((SECONDS - started)) s"

changes=$work/lifeline_${package_version}_$(dpkg-architecture -qDEB_HOST_ARCH).changes
if ((lintian)); then
    # --fail-on error: warnings are listed, and only errors fail the build.
    if ! lintian --fail-on error --tag-display-limit 0 "$changes" >"$work/lintian.log" 2>&1; then
        cat "$work/lintian.log" >&2
        echo "package.sh: lintian found errors" >&2
        exit 1
    fi
    # (lintian's note that it runs as root says nothing about the package)
    sed -i '/^running with root privileges is not recommended!$/d' "$work/lintian.log"
    if [[ -s $work/lintian.log ]]; then
        echo "package.sh: lintian (no errors):"
        sed 's/^/  /' "$work/lintian.log"
    else
        echo "package.sh: lintian: clean"
    fi
fi

mkdir -p "$output"
for deb in "$work"/*.deb; do
    mv -f -- "$deb" "$output/"
    echo "$output/${deb##*/}"
done
