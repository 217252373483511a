#!/usr/bin/env bash
# One command to check Escale: installs what is missing, builds, and runs the whole test suite
# (every label but bench). Arguments go to ctest (e.g. scripts/test.sh -R Cheque -V).
#   scripts/test.sh -L bench -V     the benchmarks, which print their figures
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cd "$root/${BUILD_DIR:-build}"
if [ $# -eq 0 ]; then
  set -- -LE bench
fi
ctest --output-on-failure --parallel "$(nproc)" "$@"
