#!/usr/bin/env bash
# Speed of `plan` against a peer measured in the same run (hyperfine, medians and ratios).
# Not part of the tests. Needs hyperfine (Debian: apt-get install hyperfine) and PyYAML with libyaml.
#
#   bench/run.sh            everything
#   bench/run.sh shipped    the shipped plans only
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
hyperfine -N --warmup 1 -r 10 --export-json "$out/big.json" \
  "$plan validate $out/big-plan.yaml" \
  "python3 -c \"import yaml; yaml.load(open('$out/big-plan.yaml', encoding='utf-8'), Loader=yaml.CSafeLoader)\"" >/dev/null
report "$out/big.json"
python3 -c "
import json; r = json.load(open('$out/big.json'))['results']
print('  throughput: plan %.1f MB/s, CSafeLoader %.1f MB/s' % tuple($size / 1e6 / x['median'] for x in r))"

echo "== 400 generated plans: budget and overdue against a PyYAML script loading them and summing budgets"
hyperfine -N --warmup 1 -r 10 --export-json "$out/folder.json" \
  "$plan budget $out/plans --as-of 2025-01-01 --format json" \
  "$plan overdue $out/plans --as-of 2025-01-01 --format json" \
  "python3 scripts/python-peer-load.py $out/plans" >/dev/null
report "$out/folder.json"
