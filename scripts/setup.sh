#!/usr/bin/env bash
# Installs what Escale needs on Debian 12 / Ubuntu 22.04+ (only what is missing), the Node tools of
# the tests from the committed lockfile, then configures and builds. Idempotent: a second run only
# rebuilds what changed.
#
#   scripts/setup.sh            set up and build (used by run.sh and test.sh)
#   BUILD_DIR=… BUILD_TYPE=…    where and how to build (default: build, Release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-Release}

packages=(
  build-essential cmake ninja-build ccache pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-positioning-dev libqt6positioning6-plugins qt6-serialport-dev qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev libgl-dev libvulkan-dev
  nodejs npm sqlite3 xvfb xauth poppler-utils appstream dpkg-dev file fonts-dejavu-core
  gpsd gpsd-clients python3-gps   # TestPositionSource replays an NMEA log through a real gpsd (gpsfake)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A node that already works (from nodesource or nvm) is as good as Debian's.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<< "${missing[*]:-}"
if ((${#missing[@]})); then
  echo "== Installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node tools for the tests (pouchdb-server, PouchDB, world-atlas, supercluster), from the lockfile.
stamp=node_modules/.escale-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "== npm ci --ignore-scripts"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$build_dir/build.ninja" ]; then
  echo "== Configuring ($build_type) in $build_dir"
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DESCALE_WERROR="$werror"
else
  cmake -S . -B "$build_dir" -DESCALE_WERROR="$werror" >/dev/null
fi
echo "== Building"
cmake --build "$build_dir" --parallel "$(nproc)"
