#!/usr/bin/env bash
# Refreshes translations/escale_fr.ts and escale_en.ts from the tr() strings of app/, core/ and ui/,
# then lists the French strings still to translate. Safe to run from several shells at once (flock).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)
exec 9>"$root/translations/.lock"
flock 9
cd "$root"
"$lupdate" -silent -no-obsolete -locations none -I . -I core -extensions cpp,h app core ui -ts translations/escale_fr.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly -I . -I core -extensions cpp,h app core ui -ts translations/escale_en.ts
python3 tools/ts-fill.py --report translations/escale_fr.ts
