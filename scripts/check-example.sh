#!/usr/bin/env bash
# The example program (examples/NightlyReport, target nightly-report) against the CLI: it must use the
# public API only and print, part by part, exactly what `plan` prints for the same questions.
#
# Public API only, checked twice: the target has no package access (Package.swift), and here the
# file is type-checked against the built modules from outside any package (no -package-name), where
# `package` declarations are invisible; a probe naming a package declaration must fail there, so the
# check cannot pass vacuously.
# Usage: scripts/check-example.sh [PLAN-OR-FOLDER...]   (default: plans/; the date is fixed)
set -euo pipefail
cd "$(dirname "$0")/.."
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(plans/)
as_of=2025-03-01

swift build --product plan >/dev/null
swift build --product nightly-report >/dev/null
bin=$(swift build --show-bin-path)
cyaml=$(dirname "$(find .build/checkouts -path '*/Sources/CYaml/include/module.modulemap' | head -n 1)")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
typecheck() { swiftc -typecheck -I "$bin/Modules" -I "$cyaml" "$@"; }
typecheck examples/NightlyReport/main.swift
printf 'import ActionPlan\n_ = CountedOnceOutput.self\n' > "$work/probe.swift"
if typecheck "$work/probe.swift" 2>/dev/null; then
    echo "check-example: a package declaration type-checked from outside the package; the check proves nothing" >&2
    exit 1
fi

# What the CLI prints for each question, headed as the example heads it. Tables at 80 columns, as
# the example draws them (the CLI takes COLUMNS first).
command="${paths[*]}"
{
    echo "# plan validate $command"
    # The public API says it in English (ValidationReport.summary); plan speaks the plans' language unless told.
    "$bin/plan" validate --lang en "${paths[@]}"
    echo "# plan overdue $command --as-of $as_of"
    COLUMNS=80 "$bin/plan" overdue "${paths[@]}" --as-of "$as_of"
    echo "# plan budget $command --as-of $as_of"
    COLUMNS=80 "$bin/plan" budget "${paths[@]}" --as-of "$as_of"
    echo "# plan workload $command --as-of $as_of"
    COLUMNS=80 "$bin/plan" workload "${paths[@]}" --as-of "$as_of"
    echo "# plan overdue $command --as-of $as_of --format markdown"
    "$bin/plan" overdue "${paths[@]}" --as-of "$as_of" --format markdown
} > "$work/cli.txt"
"$bin/nightly-report" "${paths[@]}" --as-of "$as_of" > "$work/example.txt"

if ! diff -u "$work/cli.txt" "$work/example.txt"; then
    echo "check-example: the example's output differs from the CLI's (above: - CLI, + example)" >&2
    exit 1
fi

# Plans with problems: the job prints what `plan validate` prints and stops with its exit code (1).
bad=(Tests/ActionPlanTests/Fixtures/invalid/duplicate-action-id.yaml Tests/ActionPlanTests/Fixtures/invalid/control-character.yaml)
# (--lang en: the public API's diagnostics and summary are the English texts.)
{ echo "# plan validate ${bad[*]}"; "$bin/plan" validate --lang en "${bad[@]}" && echo "exit 0" || echo "exit $?"; } > "$work/cli-bad.txt"
{ "$bin/nightly-report" "${bad[@]}" --as-of "$as_of" && echo "exit 0" || echo "exit $?"; } > "$work/example-bad.txt"
if ! diff -u "$work/cli-bad.txt" "$work/example-bad.txt"; then
    echo "check-example: on plans with errors the example's output differs from plan validate's (above)" >&2
    exit 1
fi
grep -q "^exit 1$" "$work/example-bad.txt" || { echo "check-example: plans with errors did not end the job with exit 1" >&2; exit 1; }
echo "check-example: nightly-report prints what plan prints for ${command} ($(wc -l < "$work/example.txt") lines, 5 questions) and for two plans with errors ($(wc -l < "$work/example-bad.txt") lines); public API only"
