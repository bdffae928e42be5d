#!/usr/bin/env bash
# How many planning phrases of Tests/ActionPlanTests/Fixtures/planning/real-phrases.tsv a plan binary
# accepts, and how many of those get the documented kind, start and due date. Run it with any build
# (before/after a change):  scripts/planning-acceptance.sh [PLAN-BINARY]   (default: swift run plan)
# Prints the phrases that fail and the rates, for the phrases the issue names and for all.
set -euo pipefail
cd "$(dirname "$0")/.."
PLAN=${1:-}
if [ -z "$PLAN" ]; then swift build --product plan >/dev/null; PLAN=.build/debug/plan; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$PLAN" "$WORK" <<'PY'
import json, subprocess, sys
plan, work = sys.argv[1], sys.argv[2]
rows = [l.rstrip("\n").split("\t") for l in open("Tests/ActionPlanTests/Fixtures/planning/real-phrases.tsv", encoding="utf-8")
        if l.strip() and not l.startswith("#")]
counts = {"yes": [0, 0, 0], "all": [0, 0, 0]}
for issue, phrase, kind, start, due in rows:
    path = f"{work}/p.yaml"
    with open(path, "w", encoding="utf-8") as f:
        f.write("plan: {id: p, title: T, region: R, period: 2009-2030, language: nl, adopted: {on: 2024-01-15}}\n"
                "organisations: {VAR: {name: V}}\nthemes:\n  - id: '1'\n    title: T\n    actions:\n"
                f"      - id: '1.1'\n        title: A.\n        planning: {json.dumps(phrase)}\n        owners: [VAR]\n")
    run = subprocess.run([plan, "export", path], capture_output=True, text=True)
    groups = ["all"] + (["yes"] if issue == "yes" else [])
    for g in groups: counts[g][0] += 1
    if run.returncode != 0:
        print(f"refused:  {phrase}")
        continue
    for g in groups: counts[g][1] += 1
    p = json.loads(run.stdout)["themes"][0]["actions"][0]["planning"]
    got = (p.get("kind"), p.get("start") or "-", p.get("due") or "-")
    want = (kind, start, due) if kind in ("deadline", "ongoing") else (kind, got[1], got[2])
    if kind == "ongoing": want = (kind, start, "-")
    if got == want:
        for g in groups: counts[g][2] += 1
    else:
        print(f"wrong:    {phrase}: got {got}, documented {want}")
for g, (n, ok, right) in counts.items():
    label = "named in issue 21" if g == "yes" else "all phrases"
    print(f"{label}: {ok} of {n} accepted ({100*ok//n} %), {right} of {ok} with the documented date")
PY
