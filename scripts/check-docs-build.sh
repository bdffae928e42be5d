#!/usr/bin/env bash
# Builds the API documentation twice and fails on any warning (an unresolved symbol link, a documented
# parameter that does not exist, a compiler warning, a public declaration without a `///` comment):
#
# 1. The plain command, `swift package generate-documentation` (swift-docc-plugin), for every target of
#    this package: one archive per layer (ActionPlanCore, ActionPlanFiles, ActionPlanWorkspace,
#    ActionPlan), `plan` and the example. Without `--target` the command also documents the
#    dependencies' modules (Yams, ArgumentParser), whose warnings are in their sources, not ours; so
#    the check names our targets, otherwise it is the same command.
# 2. The complete archive a library user reads: every layer's types in the one `ActionPlan` module.
#    `import ActionPlan` re-exports the lower layers (`@_exported`), but SwiftPM's symbol extraction,
#    which the plugin uses, leaves re-exported modules out and the plugin cannot be told otherwise.
#    So we extract `ActionPlan` with its re-exported layers ourselves and run docc on a catalogue made
#    of ActionPlan.docc plus each lower layer's landing page as an article (titled by its
#    @DisplayName), listed in the landing page's Essentials. Each catalogue links only to its own
#    layer's symbols, so both builds resolve every link.
#
# Also checks that every Swift listing of the getting-started article is a verbatim excerpt of the
# example program, which scripts/check-example.sh builds and runs against the CLI.
# The complete archive: .build/docc/ActionPlan.doccarchive (to browse it, run the docc command below
# with `preview` for `convert`).
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

# 1. The plain command, for each target of this package (test targets have no documentation).
targets=$(swift package describe --type json | python3 -c '
import json, sys
print(" ".join("--target " + t["name"] for t in json.load(sys.stdin)["targets"] if t["type"] != "test"))')
# shellcheck disable=SC2086
swift package generate-documentation $targets 2>&1 | tee -a "$log" | grep -vE '^\[[0-9]+/[0-9]+\]' || true

# 2. The complete archive.
bin=$(swift build --show-bin-path)
cyaml=$(dirname "$(find .build/checkouts -path '*/Sources/CYaml/include/module.modulemap' | head -n 1)")
work=.build/docc
graphs=$work/symbol-graphs
catalogue=$work/ActionPlan.docc
archive=$work/ActionPlan.doccarchive
rm -rf "$work" && mkdir -p "$graphs"
swift-symbolgraph-extract -module-name ActionPlan -target "$(swiftc -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')" \
    -I "$bin/Modules" -I "$cyaml" -minimum-access-level public -skip-inherited-docs -emit-extension-block-symbols \
    -output-dir "$graphs" \
    -experimental-allowed-reexported-modules=ActionPlanCore,ActionPlanFiles,ActionPlanWorkspace 2>&1 | tee -a "$log"
cp -R Sources/ActionPlan/ActionPlan.docc "$catalogue"
python3 - "$catalogue" Sources/ActionPlan/ActionPlanWorkspace.docc Sources/ActionPlan/ActionPlanCore.docc \
    Sources/ActionPlan/ActionPlanFiles.docc <<'LAYERS' 2>&1 | tee -a "$log"
import os, re, sys
catalogue, layers = sys.argv[1], sys.argv[2:]
articles = []
for layer in layers:
    name = os.path.basename(layer)[:-len(".docc")]
    page = open(os.path.join(layer, name + ".md")).read()
    title = f"# ``{name}``\n"
    metadata = re.search(r'\n@Metadata \{\n    @DisplayName\("([^"]+)"\)\n\}\n', page)
    if not page.startswith(title) or not metadata:
        sys.exit(f"{layer}/{name}.md:1: warning: must start with {title.strip()} and a @Metadata block of one @DisplayName")
    article = f"# {metadata.group(1)}\n" + page[len(title):].replace(metadata.group(0), "", 1)
    open(os.path.join(catalogue, name + ".md"), "w").write(article)
    articles.append(f"- <doc:{name}>")
landing = os.path.join(catalogue, "ActionPlan.md")
text = open(landing).read()
anchor = "- <doc:GettingStarted>\n"
if anchor not in text:
    sys.exit(f"{landing}: warning: no '{anchor.strip()}' in Essentials to list the layers after")
open(landing, "w").write(text.replace(anchor, anchor + "".join(a + "\n" for a in articles), 1))
LAYERS
docc convert "$catalogue" --additional-symbol-graph-dir "$graphs" --fallback-display-name ActionPlan \
    --fallback-bundle-identifier ActionPlan --output-path "$archive" --warnings-as-errors 2>&1 | tee -a "$log" || true
# Every public declaration of ours has a `///` comment, except operators and the witnesses of
# standard protocols (hash(into:), errorDescription), which say nothing a reader needs.
python3 - "$graphs/ActionPlan.symbols.json" "$PWD/Sources/" <<'UNDOCUMENTED' 2>&1 | tee -a "$log"
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
UNDOCUMENTED
warnings=$(grep -cE "warning:|error:" "$log" || true)
if [ "$warnings" -gt 0 ] || [ ! -d "$archive" ]; then
    echo "check-docs-build: $warnings warnings or errors (above)" >&2
    exit 1
fi
plain=$(grep -oE "Generated [0-9]+ documentation archives" "$log" | grep -oE "[0-9]+")
pages=$(find "$archive/data/documentation" -name '*.json' | wc -l)
echo "check-docs-build: no warnings; the plain command: $plain archives; the complete one: $pages pages in $archive"
