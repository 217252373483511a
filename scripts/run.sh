#!/usr/bin/env bash
# One command to use Escale: installs what is missing, builds, and starts the window.
# Arguments are passed to escale (e.g. scripts/run.sh --database /tmp/essai.sqlite --lang fr).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
exec "$root/${BUILD_DIR:-build}/app/escale" "$@"
