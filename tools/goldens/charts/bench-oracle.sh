#!/usr/bin/env bash
# Times N renders of tests/fixtures/charts/bench20 with the reference renderer (helm-oracle), one process per render,
# as `helm template` would be run; prints renders per second. Compare with HelmRenderBenchmarks (in-process).
# Usage: tools/goldens/charts/bench-oracle.sh [N] [ORACLE]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
n="${1:-50}"
oracle="${2:-/tmp/helm-oracle-src/bin/helm-oracle}"
cd "$root/tests/fixtures/charts"
"$oracle" template bench20 >/dev/null
start=$(date +%s.%N)
for _ in $(seq "$n"); do "$oracle" template bench20 >/dev/null; done
end=$(date +%s.%N)
echo "$n renders in $(echo "$end - $start" | bc) s: $(echo "scale=1; $n / ($end - $start)" | bc) renders/s (process start included)"
