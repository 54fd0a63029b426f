#!/usr/bin/env bash
# Regenerates tests/fixtures/charts/expected/*.txt with the reference renderer (helm-oracle).
# Usage: tools/goldens/charts/generate.sh [ORACLE]   (default /tmp/helm-oracle-src/bin/helm-oracle)
# Review the diff before committing: the goldens are the contract the C# renderer is tested against.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
oracle="${1:-/tmp/helm-oracle-src/bin/helm-oracle}"
fixtures="$root/tests/fixtures/charts"
cd "$fixtures"
mkdir -p expected
count=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  id="$(echo "${line%%|*}" | xargs)"
  args="${line#*|}"
  # shellcheck disable=SC2086 # arguments are deliberately split on spaces (see cases.txt)
  if "$oracle" template $args >"expected/$id.txt.out" 2>"expected/$id.txt.err"; then :; fi
  cat "expected/$id.txt.out" "expected/$id.txt.err" >"expected/$id.txt"
  rm -f "expected/$id.txt.out" "expected/$id.txt.err"
  count=$((count + 1))
done <cases.txt
echo "wrote $count goldens to $fixtures/expected"
