#!/usr/bin/env bash
# Builds the libFuzzer harness fuzz/PlanFuzzer.swift and runs it for SECONDS (default 60), seeded with every
# fixture and the shipped plans. New crashers (crash-*, timeout-*, oom-*) are copied into
# Tests/ActionPlanTests/Fixtures/fuzz-crashers/, where a test loads each and expects no crash.
#
#   scripts/fuzz.sh 1800            # half an hour
#   JOBS=2 scripts/fuzz.sh 600      # two fuzzing processes (their output goes to fuzz-N.log)
#   FUZZ_TIMEOUT=30 scripts/fuzz.sh 1800   # on a loaded machine: a unit counts as a hang after 30 s (default 5)
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/fuzz"
work="$fuzz/.work"
crashers="$root/Tests/ActionPlanTests/Fixtures/fuzz-crashers"
mkdir -p "$work/corpus" "$work/artifacts" "$crashers"

# The library is built with coverage instrumentation in its own build folder (so the main build
# is untouched), then the harness is linked against its objects: libFuzzer brings main().
# A copy of the sources is built, so editing them while the build runs does no harm. The copy's
# manifest declares the library's four layer targets exactly as Package.swift does (its `layers`
# and `layer(_:)` are copied from there), without the tool, the example and the tests.
scratch="$fuzz/.build"
snapshot="$work/package"
rm -rf "$snapshot/Sources" && mkdir -p "$snapshot/Sources" && cp -Rp "$root/Sources/ActionPlan" "$snapshot/Sources/"
{
    echo '// swift-tools-version:6.0'
    echo 'import PackageDescription'
    sed -n '/^let layers/,/^let package = Package(/p' "$root/Package.swift" | sed '$d'
    cat <<'MANIFEST'
let package = Package(
    name: "ActionPlan",
    dependencies: [.package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2"))],
    targets: [layer(0), layer(1, dependencies: [.product(name: "Yams", package: "Yams")]), layer(2), layer(3)],
    swiftLanguageModes: [.v6]
)
MANIFEST
} > "$snapshot/Package.swift"
grep -q 'layer(3)' "$snapshot/Package.swift" && grep -q '^func layer' "$snapshot/Package.swift" ||
    { echo "fuzz: could not copy the layers from Package.swift" >&2; exit 2; }
targets=(ActionPlanCore ActionPlanFiles ActionPlanWorkspace ActionPlan)
swift build --package-path "$snapshot" --scratch-path "$scratch" -c release --target ActionPlan \
    -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link >&2
bin="$(swift build --package-path "$snapshot" --scratch-path "$scratch" -c release --show-bin-path)"
binary="$scratch/PlanFuzzer"
# Only the objects of the sources there are now (a deleted source leaves its object behind): each
# source's object is in its layer's build folder; when a file moved between layers, the newest.
objects=()
while IFS= read -r source; do
    object="$(ls -t $(printf "$bin/%s.build/$(basename "$source").o " "${targets[@]}") 2>/dev/null | head -1 || true)"
    [ -n "$object" ] || { echo "fuzz: no object for $source" >&2; exit 2; }
    objects+=("$object")
done < <(find "$snapshot/Sources/ActionPlan" -name '*.swift')
# The harness uses the library's `package` declarations: the same package name as the copy's
# (SwiftPM names it after the folder, "package").
swiftc -O -sanitize=fuzzer -parse-as-library -module-name PlanFuzzer -package-name package \
    -I "$bin/Modules" -Xcc -fmodule-map-file="$(find "$scratch/checkouts" -path '*CYaml/include/module.modulemap' | head -1)" \
    "$fuzz/PlanFuzzer.swift" "${objects[@]}" "$bin"/Yams.build/*.o "$bin"/CYaml.build/src/*.o \
    -o "$binary" >&2

# Seeds: every YAML fixture and the shipped plans (the corpus folder keeps what the fuzzer learns).
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
find "$root/Tests/ActionPlanTests/Fixtures" "$root/plans" -name '*.yaml' -type f -size -1024k -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/$(echo "$file" | md5sum | cut -c1-12).yaml"; done

# -timeout: a file that takes seconds is a finding (loading is linear); -rss_limit_mb: so is memory.
cd "$work"
"$binary" "$work/corpus" "$seeds" \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-5}" -rss_limit_mb=2048 -max_len=65536 \
    ${JOBS:+-jobs="$JOBS" -workers="$JOBS"} \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>&1 | tee "$work/last-run.log" | grep -v '^#.*\(REDUCE\|pulse\)' || true

found=0
# Crashes, hangs and memory only: a slow-unit-* is what libFuzzer merely noticed as slow (on a
# loaded machine, any unit), and is left in the artifacts folder to look at.
for artifact in "$work"/artifacts/crash-* "$work"/artifacts/timeout-* "$work"/artifacts/oom-* "$work"/artifacts/leak-*; do
    [ -e "$artifact" ] || continue
    name="$(basename "$artifact")"
    if [ ! -e "$crashers/$name.yaml" ]; then cp "$artifact" "$crashers/$name.yaml"; found=$((found + 1)); fi
done
echo "fuzz: $found new crasher(s) copied to $crashers" >&2
