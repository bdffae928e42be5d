#!/usr/bin/env bash
# Builds the API documentation (swift-docc-plugin) and fails on any warning: an unresolved symbol
# link, a documented parameter that does not exist, a compiler warning, a public declaration without a
# `///` comment. Also checks that every Swift
# listing of the getting-started article is a verbatim excerpt of the example program, which
# scripts/check-example.sh builds and runs against the CLI.
#
# Why the extra symbol graph: `import ActionPlan` re-exports the three lower layers (`@_exported`),
# but SwiftPM's symbol extraction, which the plugin uses, leaves re-exported modules out, so the
# plugin alone documents only the top layer's types. We extract the ActionPlan module once more,
# allowing its re-exported layers, and hand that graph to the plugin; DocC merges the two graphs of
# the one module. The archive: .build/plugins/Swift-DocC/outputs/ActionPlan.doccarchive
# (preview: swift package --disable-sandbox preview-documentation --target ActionPlan, same flags).
# Usage: scripts/check-docs-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - <<'PY'
import re, sys
article = open("Sources/ActionPlan/ActionPlan.docc/GettingStarted.md").read()
program = [line.rstrip() for line in open("examples/NightlyReport/main.swift")]
def found(block):
    lines = [line.rstrip() for line in block.strip("\n").split("\n")]
    return any(program[i:i + len(lines)] == lines for i in range(len(program)))
blocks = re.findall(r"```swift\n(.*?)```", article, re.S)
missing = [b for b in blocks if not found(b)]
for block in missing:
    print("check-docs-build: not in examples/NightlyReport/main.swift:\n" + block, file=sys.stderr)
if not blocks or missing:
    sys.exit(1)
print(f"check-docs-build: the article's {len(blocks)} Swift listings are excerpts of the example program")
PY

log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift build --target ActionPlan 2>&1 | tee "$log" | grep -E "warning:|error:" || true
bin=$(swift build --show-bin-path)
cyaml=$(dirname "$(find .build/checkouts -path '*/Sources/CYaml/include/module.modulemap' | head -n 1)")
graphs=.build/docc-symbol-graphs
rm -rf "$graphs" && mkdir -p "$graphs"
swift-symbolgraph-extract -module-name ActionPlan -target "$(swiftc -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')" \
    -I "$bin/Modules" -I "$cyaml" -minimum-access-level public -skip-inherited-docs -output-dir "$graphs" \
    -experimental-allowed-reexported-modules=ActionPlanCore,ActionPlanFiles,ActionPlanWorkspace 2>&1 | tee -a "$log"

swift package generate-documentation --target ActionPlan --additional-symbol-graph-dir "$graphs" \
    --warnings-as-errors 2>&1 | tee -a "$log" | grep -vE '^\[[0-9]+/[0-9]+\]' || true
# Every public declaration of ours has a `///` comment, except operators and the witnesses of
# standard protocols (hash(into:), errorDescription), which say nothing a reader needs.
python3 - "$graphs/ActionPlan.symbols.json" "$PWD/Sources/" <<'PY' 2>&1 | tee -a "$log"
import json, sys
graph, sources = json.load(open(sys.argv[1])), sys.argv[2]
for symbol in graph["symbols"]:
    where = symbol.get("location", {})
    if sources not in where.get("uri", "") or "docComment" in symbol:
        continue
    if symbol["kind"]["identifier"] == "swift.func.op" or symbol["names"]["title"] in ("hash(into:)", "errorDescription"):
        continue
    file = where["uri"].split(sources, 1)[1]
    print(f"Sources/{file}:{where['position']['line'] + 1}: warning: public '{'.'.join(symbol['pathComponents'])}' has no /// comment")
PY
archive=.build/plugins/Swift-DocC/outputs/ActionPlan.doccarchive
warnings=$(grep -cE "warning:|error:" "$log" || true)
if [ "$warnings" -gt 0 ] || [ ! -d "$archive" ]; then
    echo "check-docs-build: $warnings warnings or errors (above)" >&2
    exit 1
fi
pages=$(find "$archive/data/documentation" -name '*.json' | wc -l)
echo "check-docs-build: no warnings; $pages pages in $archive"
