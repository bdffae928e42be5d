#!/usr/bin/env bash
# Renders the progress reports of both shipped plans as people will print them, for looking at:
#   HTML -> PDF in headless Chromium, Word (docx) -> PDF in headless LibreOffice, every page -> PNG.
# Prints each PDF's page count and paper size, checks that no word inside a Word table cell was
# broken over two lines (scripts/check-docx-words.py), and that the Word report of Rotterdam with the
# example progress and the example adviser's text is at most 14 A4 pages in LibreOffice. Not part of
# .ci/run: it needs Chromium and LibreOffice (apt-get install chromium libreoffice-writer-nogui
# poppler-utils pandoc librsvg2-bin).
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

text=examples/rotterdam-2024-2026.voorbeeld.verslag-2025.md

# name | plan | progress | as-of | adviser's text | most A4 pages of the Word report (empty: no limit)
cases=(
  "rotterdam-voorbeeld-tekst|$rotterdam|$example|2025-03-01|$text|14"
  "rotterdam-voorbeeld|$rotterdam|$example|2025-03-01||"
  "rotterdam|$rotterdam||2025-03-01||"
  "zuid-limburg|plans/zuid-limburg-2022-2025.yaml||2024-01-01||"
)
status=0
for case in "${cases[@]}"; do
  IFS='|' read -r name file progress asof textfile maxpages <<<"$case"
  args=("$file" --as-of "$asof")
  [ -n "$progress" ] && args+=(--progress "$progress")
  [ -n "$textfile" ] && args+=(--text "$textfile")
  "$plan" report "${args[@]}" --format html --output "$out/$name.html" >/dev/null
  "$plan" report "${args[@]}" --format docx --output "$out/$name.docx" >/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/$name.html.pdf" "file://$(realpath "$out/$name.html")" >/dev/null 2>&1
  soffice --headless --convert-to pdf --outdir "$out/lo" "$out/$name.docx" >/dev/null 2>&1
  mv "$out/lo/$name.pdf" "$out/$name.docx.pdf"
  for pdf in "$out/$name.html.pdf" "$out/$name.docx.pdf"; do
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    echo "$(basename "$pdf"): $pages pages, $size"
    rm -f "${pdf%.pdf}"-*.png
    pdftoppm -r 50 -png "$pdf" "${pdf%.pdf}"
  done
  python3 scripts/check-docx-words.py "$out/$name.docx" "$out/$name.docx.pdf" || status=1
  if [ -n "$maxpages" ]; then
    pages=$(pdfinfo "$out/$name.docx.pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$out/$name.docx.pdf" | sed -n 's/^Page size: *//p')
    case "$size" in *"(A4)"*) ;; *) echo "FAIL $name.docx: not A4 ($size)"; status=1 ;; esac
    if [ "$pages" -le "$maxpages" ]; then echo "ok   $name.docx: $pages pages <= $maxpages"
    else echo "FAIL $name.docx: $pages pages, more than $maxpages"; status=1; fi
  fi
done
echo "pages as PNG in $out"
exit $status
