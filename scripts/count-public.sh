#!/usr/bin/env bash
# Counts the library's public declarations (the API a library user sees and the next engineer must
# keep): every declaration in Sources/ActionPlan written `public` or `open`, one per line.
# Usage: scripts/count-public.sh [--list] [--max N]   (--max: exit 1 when the count is above N)
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='^\s*(@[A-Za-z_]+(\([^)]*\))?\s+)*(public|open)\b'
list=$(grep -rnE "$pattern" Sources/ActionPlan --include='*.swift' || true)
count=$(printf '%s' "$list" | grep -c . || true)
if [ "${1:-}" = "--list" ]; then printf '%s\n' "$list"; shift; fi
echo "public declarations in Sources/ActionPlan: $count"
if [ "${1:-}" = "--max" ] && [ "$count" -gt "$2" ]; then
  echo "error: more than $2 public declarations; what only the CLI or another layer needs is 'package'" >&2
  exit 1
fi
