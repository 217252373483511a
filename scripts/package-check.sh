#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, checks the .deb's metadata and dependencies, unpacks it in
# a scratch root and runs the installed escale --version and --help (its sections library); validates the desktop entry and AppStream file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/${BUILD_DIR:-build}"
cd "$build"
rm -f escale_*.deb escale-*.tar.gz
cpack -G "DEB;TGZ" >/dev/null
deb=$(ls escale_*.deb)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
dpkg-deb --field "$deb" Depends | tr ',' '\n' | grep -q 'libqt6sql6-sqlite' || { echo "missing dependency on the SQLite driver"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q 'libqt6widgets6' || { echo "shlibdeps did not find Qt Widgets"; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
"$scratch/usr/bin/escale" --version
# The subcommands are in the sections library, loaded from the installed private folder (lib/escale).
"$scratch/usr/bin/escale" --help | grep -q 'places search' || { echo "the installed escale did not load its sections library"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q 'libqt6charts6' || { echo "shlibdeps did not scan the sections library"; exit 1; }
appstreamcli validate --no-net "$scratch/usr/share/metainfo/org.escale.Escale.metainfo.xml"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$scratch/usr/share/applications/org.escale.Escale.desktop"
fi
tar tzf escale-*.tar.gz | grep -q 'bin/escale$'
echo "package check: ok"
