#!/usr/bin/env bash
# Each file of a local plan's workflow is read once per run: derive, adopt --suggest, derive --force,
# and diff --upstream --accept after a regional revision open the regional plan, the local plan and
# its snapshot at most once each (strace counts the opens). Usage: scripts/check-read-once.sh [plan binary]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
plan="${1:-$here/.build/debug/plan}"
command -v strace >/dev/null || { echo "check-read-once: strace is not installed (apt-get install strace)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/regio" "$work/gemeenten"
cp "$here/plans/rotterdam-2024-2026.yaml" "$work/regio/"
cd "$work/gemeenten"
failed=0
# Runs one command under strace; prints how often each .yaml input was opened; fails above one.
count() {
    local name="$1"; shift
    strace -f -e trace=openat -o "$work/trace" "$plan" "$@" >/dev/null 2>&1 || true
    echo "$name:"
    grep -v ENOENT "$work/trace" | grep -o '"[^"]*\.yaml"' | grep -v '/\.' | sort | uniq -c | while read -r times file; do
        echo "  $times× $file"
        if [ "$times" -gt 1 ]; then echo "  FAIL: $file opened $times times"; echo fail >> "$work/failed"; fi
    done
}
count "derive" derive ../regio/rotterdam-2024-2026.yaml --municipality Maassluis
count "adopt --suggest" adopt maassluis-2024-2026.yaml --suggest
count "derive --force" derive ../regio/rotterdam-2024-2026.yaml --municipality Maassluis --force
sed -i 's/Netwerkbijeenkomst aandachtfunctionarissen\./Netwerkbijeenkomst aandachtsfunctionarissen./' ../regio/rotterdam-2024-2026.yaml
count "diff --upstream --accept (after a revision)" diff --upstream maassluis-2024-2026.yaml --accept
"$plan" validate --strict maassluis-2024-2026.yaml >/dev/null || { echo "FAIL: the accepted local plan does not validate"; exit 1; }
[ ! -e "$work/failed" ] || exit 1
echo "every file read once per run"
