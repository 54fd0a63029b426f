#!/usr/bin/env bash
# Regenerates the kustomize goldens from the reference implementation: for every fixture under
# tests/fixtures/kustomize/<name>/, runs `kubectl kustomize <build-dir>` (build-dir is "." unless the fixture has a
# `build-dir` file) and writes its stdout to expected.yaml. When kubectl fails, expected.yaml is removed and its error
# (with the fixture's absolute path replaced by "<fixture>/") goes to kubectl-error.txt; the fixture must then have an
# error-key.txt whose text appears in kubectl's error (checked here) and in ours (checked by the tests).
# Usage: tools/goldens/kustomize/generate-goldens.sh [fixture-name ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
fixtures="$root/tests/fixtures/kustomize"
command -v kubectl >/dev/null || { echo "kubectl is required" >&2; exit 1; }
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  mapfile -t names < <(cd "$fixtures" && ls -d */ | tr -d /)
fi
status=0
for name in "${names[@]}"; do
  dir="$fixtures/$name"
  build="."
  [ -f "$dir/build-dir" ] && build="$(tr -d '\n' < "$dir/build-dir")"
  out="$(mktemp)"; err="$(mktemp)"
  if (cd "$dir" && kubectl kustomize "$build" >"$out" 2>"$err"); then
    mv "$out" "$dir/expected.yaml"
    rm -f "$dir/kubectl-error.txt"
    echo "ok      $name"
  else
    rm -f "$dir/expected.yaml" "$out"
    sed -e "s#$dir/##g" -e "s#$dir#<fixture>#g" -e 's/^E[0-9]* [0-9:.]* *[0-9]* run.go:[0-9]*\] //' "$err" > "$dir/kubectl-error.txt"
    if [ -f "$dir/error-key.txt" ] && grep -qF -- "$(tr -d '\n' < "$dir/error-key.txt")" "$dir/kubectl-error.txt"; then
      echo "failed  $name (expected: $(tr -d '\n' < "$dir/error-key.txt"))"
    else
      echo "FAILED  $name: kubectl failed and error-key.txt is missing or does not match:" >&2
      cat "$dir/kubectl-error.txt" >&2
      status=1
    fi
  fi
  rm -f "$err"
done
exit $status
