#!/usr/bin/env bash
# Issue 24, item 3: every command on the large hostile inputs (scripts/hostile-inputs.py) under
# /usr/bin/time -v, one line each: exit code, wall time, peak memory, bytes written.
#
#   scripts/measure-bounded-work.sh [PLAN_BINARY]     (default .build/debug/plan, built if missing)
#   LIMIT_SECONDS=2 LIMIT_MB=300 scripts/measure-bounded-work.sh   # exit 1 when a command exceeds them
#
# A command ends after TIMEOUT seconds (default 120) at most; it is then shown as 'timeout'.
set -uo pipefail
cd "$(dirname "$0")/.."
PLAN=${1:-.build/debug/plan}
[ -x "$PLAN" ] || swift build >/dev/null
TIMEOUT=${TIMEOUT:-120}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/hostile-inputs.py "$WORK" >/dev/null

failures=0
run() { # label, then the command's arguments
    local label=$1; shift
    local out="$WORK/out" stats="$WORK/stats"
    /usr/bin/time -v -o "$stats" timeout "$TIMEOUT" "$PLAN" "$@" >"$out" 2>"$WORK/err"
    local code=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$stats")
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$stats")
    local seconds
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    [ "$code" = 124 ] && code=timeout
    printf '%-44s exit %-7s %8.2f s %6d MB %12d bytes out\n' "$label" "$code" "$seconds" "$rss" "$(stat -c %s "$out")"
    if [ -n "${LIMIT_SECONDS:-}" ] && awk -v s="$seconds" -v l="$LIMIT_SECONDS" 'BEGIN { exit !(s > l) }'; then failures=$((failures + 1)); fi
    if [ -n "${LIMIT_MB:-}" ] && [ "$rss" -gt "$LIMIT_MB" ]; then failures=$((failures + 1)); fi
    if [ "$code" != 0 ] && [ "$code" != 1 ] && [ "$code" != 64 ]; then failures=$((failures + 1)); fi
}

LONG="$WORK/long-period.yaml"
run "validate long-period (66 KB, 1,100 years)" validate "$LONG"
run "list long-period" list "$LONG"
run "overdue long-period --as-of 2999-12-31" overdue "$LONG" --as-of 2999-12-31
run "workload long-period" workload "$LONG" --as-of 2999-12-31
run "budget long-period" budget "$LONG"
run "status long-period" status "$LONG" --as-of 2999-12-31
run "report long-period" report "$LONG" --as-of 2999-12-31
run "calendar long-period" calendar "$LONG"
run "export long-period" export "$LONG"
LONGEST="$WORK/longest-period.yaml"
run "validate longest-period (25 years)" validate "$LONGEST"
run "overdue longest-period --as-of 9999-12-31" overdue "$LONGEST" --as-of 9999-12-31
run "workload longest-period" workload "$LONGEST" --as-of 2025-06-30
run "status longest-period" status "$LONGEST" --as-of 2025-06-30
run "report longest-period" report "$LONGEST" --as-of 2025-06-30
run "calendar longest-period" calendar "$LONGEST"
run "export longest-period" export "$LONGEST"
run "validate milestones (7 MB)" validate "$WORK/milestones.yaml"
run "validate one line, no errors (31 MB)" validate "$WORK/one-line-clean.yaml"
run "validate one line, 200 errors (31 MB)" validate "$WORK/one-line-errors.yaml"
run "validate chain of 1,000 extends" validate "$WORK/chain/plan-1000.yaml"
exit $((failures > 0))
