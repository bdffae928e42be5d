#!/usr/bin/env bash
# Stress test of `plan log` (not part of `swift test`: it takes a minute).
#  1. Two processes log 200 entries each at the same time: all 400 must land, none torn.
#  2. `plan log` is killed with SIGKILL at random moments, 100 times: the progress file must always
#     parse, and hold every entry whose `plan log` reported success.
# Usage: scripts/stress-log.sh [path/to/plan-binary]   (default: .build/release/plan, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
plan="${1:-.build/release/plan}"
[ -x "$plan" ] || swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp plans/rotterdam-2024-2026.yaml "$work/plan.yaml"
progress="$work/plan.progress.yaml"

count_entries() { grep -c '^- action:' "$progress" || true; }

echo "1. two writers, 200 entries each"
writer() { for i in $(seq 1 200); do "$plan" log "$work/plan.yaml" 1.2 --date 2024-06-01 --note "writer $1 entry $i" >/dev/null; done; }
writer A & writer B & wait
"$plan" validate "$work/plan.yaml" >/dev/null
entries=$(count_entries)
distinct=$(grep -c '^  note: "writer [AB] entry [0-9]*"$' "$progress")
echo "   entries: $entries, distinct well-formed notes: $distinct"
[ "$entries" = 400 ] && [ "$distinct" = 400 ] || { echo "FAILED"; exit 1; }

echo "2. kill -9 at random moments, 100 times"
rm -f "$progress"
acknowledged=0
for round in $(seq 1 100); do
  "$plan" log "$work/plan.yaml" 1.3 --date 2024-06-02 --note "round $round" >/dev/null 2>&1 &
  pid=$!
  sleep "0.0$((RANDOM % 3))$((RANDOM % 10))"   # 0 to 29 ms: a run takes about 15
  kill -9 "$pid" 2>/dev/null || true
  if wait "$pid" 2>/dev/null; then acknowledged=$((acknowledged + 1)); echo "round $round" >> "$work/acknowledged"; fi
  if [ -f "$progress" ]; then
    "$plan" validate "$work/plan.yaml" >/dev/null || { echo "FAILED: unparseable after round $round"; exit 1; }
  fi
done
missing=0
if [ -f "$work/acknowledged" ]; then
  while read -r note; do grep -q "note: \"$note\"$" "$progress" || missing=$((missing + 1)); done < "$work/acknowledged"
fi
echo "   acknowledged: $acknowledged, killed before acknowledging: $((100 - acknowledged)), in file: $(count_entries), acknowledged but missing: $missing"
[ "$missing" = 0 ] || { echo "FAILED"; exit 1; }
leftovers=$(find "$work" -name '.*.tmp-*' | wc -l)
echo "   temporary files left by killed writers: $leftovers (at most the last one: the next log removes them)"
echo "OK"
