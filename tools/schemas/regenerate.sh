#!/usr/bin/env bash
# Regenerates schemas/ (the shipped Kubernetes and CRD schemas) from shared/upstream with the project's importer.
# Usage: tools/schemas/regenerate.sh [UPSTREAM_DIR]   (default: ../shared/upstream beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
upstream="${1:-$root/../shared/upstream}"
if [ ! -d "$upstream" ]; then
  echo "upstream folder not found: $upstream" >&2
  exit 1
fi
dotnet run --project "$root/tools/schemas/Regenerate" -c Release -- "$upstream" "$root/tools/schemas/inputs.txt" "$root/schemas"
