#!/usr/bin/env bash
# Renders the progress reports of both shipped plans as people will print them, for looking at:
#   HTML -> PDF in headless Chromium, Word (docx) -> PDF in headless LibreOffice, every page -> PNG.
# Prints each PDF's page count and paper size, and checks that no word inside a Word table cell was
# broken over two lines (scripts/check-docx-words.py). Not part of .ci/run: it needs Chromium and
# LibreOffice (apt-get install chromium libreoffice-writer-nogui poppler-utils).
#
# Usage: scripts/check-report-print.sh [OUTDIR]   (default /tmp/actionplan-print)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/actionplan-print}"
mkdir -p "$out"
swift build -c release >/dev/null
plan=.build/release/plan
rotterdam=plans/rotterdam-2024-2026.yaml
example=examples/rotterdam-2024-2026.voorbeeld.progress.yaml

# name | plan | progress | as-of
cases=(
  "rotterdam-voorbeeld|$rotterdam|$example|2025-03-01"
  "rotterdam|$rotterdam||2025-03-01"
  "zuid-limburg|plans/zuid-limburg-2022-2025.yaml||2024-01-01"
)
status=0
for case in "${cases[@]}"; do
  IFS='|' read -r name file progress asof <<<"$case"
  args=("$file" --as-of "$asof")
  [ -n "$progress" ] && args+=(--progress "$progress")
  "$plan" report "${args[@]}" --format html --output "$out/$name.html" >/dev/null
  "$plan" report "${args[@]}" --format docx --output "$out/$name.docx" >/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/$name.html.pdf" "file://$(realpath "$out/$name.html")" >/dev/null 2>&1
  libreoffice --headless --convert-to pdf --outdir "$out/lo" "$out/$name.docx" >/dev/null 2>&1
  mv "$out/lo/$name.pdf" "$out/$name.docx.pdf"
  for pdf in "$out/$name.html.pdf" "$out/$name.docx.pdf"; do
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    echo "$(basename "$pdf"): $pages pages, $size"
    rm -f "${pdf%.pdf}"-*.png
    pdftoppm -r 50 -png "$pdf" "${pdf%.pdf}"
  done
  python3 scripts/check-docx-words.py "$out/$name.docx" "$out/$name.docx.pdf" || status=1
done
echo "pages as PNG in $out"
exit $status
