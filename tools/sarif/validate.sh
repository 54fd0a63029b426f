#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF multitool (the validator GitHub's documentation points to).
#
#   tools/sarif/validate.sh results.sarif [more.sarif ...]
#
# Installs @microsoft/sarif-multitool-linux with npm into a temporary folder (or reuses SARIF_MULTITOOL_DIR when set,
# installing there if needed), then runs its Sarif.Multitool binary directly: the npm wrapper is not needed. The
# multitool exits 0 even when a file is invalid, so this script reads its output and fails when a line reports
# ": error ", and when it silently skipped the file (see below). Warnings and notes (style advice) are printed but do
# not fail. Needs npm and node. Exit codes: 0 valid, 1 invalid, 2 misuse or the tool did not run.
set -euo pipefail

version="${SARIF_MULTITOOL_VERSION:-5.7.0}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 FILE.sarif [FILE.sarif ...]" >&2
  exit 2
fi

for file in "$@"; do
  if [[ ! -f "$file" ]]; then
    echo "$0: no such file: $file" >&2
    exit 2
  fi
done

work_dir="$(mktemp -d)"
if [[ -n "${SARIF_MULTITOOL_DIR:-}" ]]; then
  tool_dir="$SARIF_MULTITOOL_DIR"
  mkdir -p "$tool_dir"
else
  tool_dir="$work_dir/tool"
fi
trap 'rm -rf "$work_dir"' EXIT

package_dir="$tool_dir/node_modules/@microsoft/sarif-multitool-linux"
if [[ ! -x "$package_dir/Sarif.Multitool" ]]; then
  npm install --prefix "$tool_dir" --no-save --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool-linux@$version" >&2
  chmod +x "$package_dir/Sarif.Multitool"
fi

# The multitool is a self-contained .NET program; without ICU on the machine it needs invariant globalization.
if ! ldconfig -p 2>/dev/null | grep -q libicuuc; then
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi

status=0
for file in "$@"; do
  report="$work_dir/validation.sarif"
  rm -f "$report"
  output="$("$package_dir/Sarif.Multitool" validate "$file" --level "Error;Warning;Note" \
    --output "$report" --log ForceOverwrite 2>&1)" || true
  printf '%s\n' "$output"
  # A usage error or a crash also exits 0; it writes no report, so a missing report means the check did not run.
  if [[ ! -s "$report" ]]; then
    echo "$file: the multitool did not run (no validation report); see its output above" >&2
    exit 2
  fi
  # It also skips, silently and with exit 0, a log its object model cannot read (an unknown enum value such as
  # "level": "fatal"). A log it did read always gets notes at --level Note (SARIF2003 at least, once per run, unless
  # the run has versionControlProvenance), so a report without any result means the file was not checked.
  results="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log((r.runs || []).reduce((n, run) => n + (run.results || []).length, 0))' "$report")"
  if [[ "$results" == "0" ]]; then
    echo "$file: INVALID: the multitool could not read it (it reported nothing, not even notes); check it against the schema" >&2
    status=1
    continue
  fi
  if grep -q ': error ' <<<"$output"; then
    echo "$file: INVALID" >&2
    status=1
  else
    echo "$file: valid" >&2
  fi
done
exit "$status"
