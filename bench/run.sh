#!/usr/bin/env bash
# Speed of `plan` against a peer measured in the same run (hyperfine, medians and ratios).
# Not part of the tests. Needs hyperfine (Debian: apt-get install hyperfine) and PyYAML with libyaml.
#
#   bench/run.sh            everything
#   bench/run.sh shipped    the shipped plans only
#   BASELINE=../old/.build-static/release/plan bench/run.sh   also times an older build on the 10 MB plan
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
out=bench/out
mkdir -p "$out"

# A release build with the Swift runtime linked in statically, as the tool would be installed;
# it saves about 5 ms of start-up over the dynamically linked one.
swift build -c release --static-swift-stdlib --scratch-path .build-static >/dev/null
plan=.build-static/release/plan

report() { # json-file: prints median and ratio to the last command (the peer)
  python3 - "$1" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
peer = results[-1]["median"]
for r in results:
    print(f"  {r['median']*1000:8.1f} ms median  {peer / r['median']:5.2f}x the peer   {r['command']}")
PY
}

shipped="plans/rotterdam-2024-2026.yaml plans/zuid-limburg-2022-2025.yaml"
peer_shipped="python3 -c \"import yaml; [yaml.load(open(f, encoding='utf-8'), Loader=yaml.CSafeLoader) for f in '$shipped'.split()]\""

echo "== shipped plans: every command, against loading the same two files with PyYAML's CSafeLoader"
hyperfine -N --warmup 3 -r 30 --export-json "$out/shipped.json" \
  "$plan validate $shipped" "$plan export plans/zuid-limburg-2022-2025.yaml" \
  "$plan overdue $shipped --as-of 2025-01-01" "$plan workload $shipped --as-of 2025-01-01" \
  "$plan budget $shipped --as-of 2025-01-01" "$plan status $shipped --as-of 2025-01-01" "$plan list $shipped" \
  "$peer_shipped" >/dev/null
report "$out/shipped.json"
[ "$what" = shipped ] && exit 0

[ -f "$out/big-plan.yaml" ] || python3 scripts/generate-plans.py big --size-mb 10 --out "$out/big-plan.yaml" >/dev/null
[ -d "$out/plans" ] || python3 scripts/generate-plans.py folder --out "$out/plans" --regional 25 --local 375 --actions 50 >/dev/null

echo "== a generated 10 MB plan: validate against PyYAML's CSafeLoader loading it"
size=$(stat -c %s "$out/big-plan.yaml")
baseline=()
[ -n "${BASELINE:-}" ] && baseline=("$BASELINE validate $out/big-plan.yaml")
hyperfine -N --warmup 1 -r 10 --export-json "$out/big.json" \
  "$plan validate $out/big-plan.yaml" "${baseline[@]}" \
  "python3 -c \"import yaml; yaml.load(open('$out/big-plan.yaml', encoding='utf-8'), Loader=yaml.CSafeLoader)\"" >/dev/null
report "$out/big.json"
python3 -c "
import json; r = json.load(open('$out/big.json'))['results']
print('  throughput: plan %.1f MB/s, CSafeLoader %.1f MB/s' % ($size / 1e6 / r[0]['median'], $size / 1e6 / r[-1]['median']))"
rss=$( { /usr/bin/time -f %M "$plan" validate "$out/big-plan.yaml" >/dev/null; } 2>&1 | tail -1)
echo "  memory: max RSS $((rss / 1024)) MiB for a $((size / 1048576)) MiB file ($(python3 -c "print(f'{$rss * 1024 / $size:.1f}')")x)"

[ -d "$out/local-plans" ] || python3 scripts/generate-plans.py folder --out "$out/local-plans" --regional 25 --local 375 --actions 50 --local-extends >/dev/null

echo "== 400 generated plans: budget and overdue against a PyYAML script loading them and summing budgets"
hyperfine -N --warmup 1 -r 10 --export-json "$out/folder.json" \
  "$plan budget $out/plans --as-of 2025-01-01 --format json" \
  "$plan overdue $out/plans --as-of 2025-01-01 --format json" \
  "python3 scripts/python-peer-load.py $out/plans" >/dev/null
report "$out/folder.json"

echo "== 400 generated plans of which 375 local plans extending their regional plan (the peer parses each file once)"
hyperfine -N --warmup 1 -r 10 --export-json "$out/local.json" \
  "$plan budget $out/local-plans --as-of 2025-01-01 --format json" \
  "$plan overdue $out/local-plans --as-of 2025-01-01" \
  "$plan overdue $out/local-plans --as-of 2025-01-01 --format json" \
  "python3 scripts/python-peer-load.py $out/local-plans" >/dev/null
report "$out/local.json"

echo "== derive and diff on the Rotterdam plan (no peer: absolute times)"
hyperfine -N -i --warmup 3 -r 30 --export-json "$out/derive.json" \
  "$plan derive plans/rotterdam-2024-2026.yaml --municipality Maassluis --output $out/maassluis.yaml --force" \
  "$plan diff --upstream plans/examples/maassluis-2024-2026.yaml" \
  "$plan diff plans/rotterdam-2024-2026.yaml $out/maassluis.yaml" >/dev/null
python3 - "$out/derive.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['median']*1000:8.1f} ms median   {r['command']}")
PY

echo "== plan log on a progress file of 10,000 entries, and overdue with it loaded"
if [ ! -f "$out/progress/rotterdam.progress.yaml" ]; then
  mkdir -p "$out/progress" && cp plans/rotterdam-2024-2026.yaml "$out/progress/rotterdam.yaml"
  python3 - "$out/progress/rotterdam.progress.yaml" <<'PY'
import random, sys
random.seed(1)
recurring = ["1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.15"]
others = ["1.2", "1.3", "1.5", "2.6", "2.7", "3.1", "3.2", "4.3", "5.1", "5.2"]
out = ["# generated: 10,000 progress entries for benchmarks"]
for i in range(10000):
    y = random.choice([2024, 2025, 2026]); m = random.randint(1, 12 if y < 2026 else 10); d = random.randint(1, 28)
    if random.random() < 0.5:
        out.append(f'- action: "{random.choice(recurring)}"\n  date: {y}-{m:02d}-{d:02d}\n  occurrence: true\n  note: "Bijeenkomst {i}"')
    else:
        out.append(f'- action: "{random.choice(others)}"\n  date: {y}-{m:02d}-{d:02d}\n  note: "Voortgang {i}"')
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
fi
cp "$out/progress/rotterdam.progress.yaml" "$out/progress/keep.yaml"
hyperfine -N --warmup 3 -r 30 --export-json "$out/log.json" \
  "$plan log $out/progress/rotterdam.yaml 1.2 --date 2025-03-01 --note bench" \
  "$plan overdue $out/progress/rotterdam.yaml --as-of 2026-10-01 --format json" \
  "$plan overdue plans/rotterdam-2024-2026.yaml --as-of 2026-10-01 --format json" >/dev/null
mv "$out/progress/keep.yaml" "$out/progress/rotterdam.progress.yaml"
python3 - "$out/log.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['median']*1000:8.1f} ms median   {r['command']}")
PY

echo "== plan report on the Rotterdam plan with 1,000 progress entries"
mkdir -p "$out/report" && cp plans/rotterdam-2024-2026.yaml "$out/report/rotterdam.yaml"
python3 - "$out/progress/rotterdam.progress.yaml" "$out/report/rotterdam.progress.yaml" <<'PY'
import sys
parts = open(sys.argv[1]).read().split("\n- action")
open(sys.argv[2], "w").write(parts[0] + "".join("\n- action" + p for p in parts[1:1001]).rstrip("\n") + "\n")
PY
hyperfine -N --warmup 3 -r 30 --export-json "$out/report.json" \
  "$plan report $out/report/rotterdam.yaml --as-of 2026-11-01 --output $out/report/r.html" \
  "$plan report $out/report/rotterdam.yaml --as-of 2026-11-01 --format markdown --output $out/report/r.md" >/dev/null
python3 - "$out/report.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['median']*1000:8.1f} ms median   {r['command']}")
PY

echo "== plan report is linear in the plan's size (1 MB against 10 MB, processor time)"
python3 scripts/check-report-scaling.py "$plan"
