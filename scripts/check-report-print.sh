#!/usr/bin/env bash
# Renders the progress reports of both shipped plans as people will print them:
#   Word (docx) -> PDF in headless LibreOffice, HTML -> PDF in headless Chromium, every page -> PNG.
# Prints each PDF's page count and paper size, checks that no word inside a Word table cell was
# broken over two lines (scripts/check-docx-words.py), and that the Word report of Rotterdam with the
# example progress and the example adviser's text is at most 14 A4 pages in LibreOffice. Exits 1 when
# a check fails (a tool that fails or writes no PDF fails it too).
# Run by .ci/run, which installs the tools (pandoc librsvg2-bin libreoffice-writer-nogui
# fonts-liberation2 poppler-utils chromium) and passes its release build as PLAN.
# NO_CHROMIUM=1 leaves the HTML -> PDF part out (the Word checks do not need it).
#
# Usage: scripts/check-report-print.sh [OUTDIR]   (default /tmp/actionplan-print)
#        PLAN=.build/release/plan scripts/check-report-print.sh   (use a build you already have)
#        MAX_PAGES=1 scripts/check-report-print.sh   (another limit, e.g. to see the check fail)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/actionplan-print}"
rm -rf "$out" && mkdir -p "$out/lo"
if [ -z "${PLAN:-}" ]; then swift build -c release >/dev/null; PLAN=.build/release/plan; fi
rotterdam=plans/rotterdam-2024-2026.yaml
example=examples/rotterdam-2024-2026.voorbeeld.progress.yaml
text=examples/rotterdam-2024-2026.voorbeeld.verslag-2025.md
# LibreOffice with a profile of its own: no clash with a LibreOffice the user has open, same settings each run.
soffice=(soffice "-env:UserInstallation=file://$out/lo-profile" --headless)

pages() { # a PDF's page count, or nothing when it has none
  pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'
}

# name | plan | progress | as-of | adviser's text | most A4 pages of the Word report (empty: no limit)
cases=(
  "rotterdam-voorbeeld-tekst|$rotterdam|$example|2025-03-01|$text|${MAX_PAGES:-14}"
  "rotterdam-voorbeeld|$rotterdam|$example|2025-03-01||"
  "rotterdam|$rotterdam||2025-03-01||"
  "zuid-limburg|plans/zuid-limburg-2022-2025.yaml||2024-01-01||"
)
status=0
fail() { echo "FAIL $*"; status=1; }
for case in "${cases[@]}"; do
  IFS='|' read -r name file progress asof textfile maxpages <<<"$case"
  args=("$file" --as-of "$asof")
  [ -n "$progress" ] && args+=(--progress "$progress")
  [ -n "$textfile" ] && args+=(--text "$textfile")
  "$PLAN" report "${args[@]}" --format docx --output "$out/$name.docx" >/dev/null
  "${soffice[@]}" --convert-to pdf --outdir "$out/lo" "$out/$name.docx" >/dev/null 2>&1 || true
  mv "$out/lo/$name.pdf" "$out/$name.docx.pdf" 2>/dev/null || { fail "$name.docx: LibreOffice wrote no PDF"; continue; }
  pdfs=("$out/$name.docx.pdf")
  if [ "${NO_CHROMIUM:-0}" != 1 ]; then
    "$PLAN" report "${args[@]}" --format html --output "$out/$name.html" >/dev/null
    # As root (CI) Chromium only starts without its sandbox; /dev/shm is small in containers.
    chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer \
      --print-to-pdf="$out/$name.html.pdf" "file://$(realpath "$out/$name.html")" >/dev/null 2>&1 || true
    if [ -n "$(pages "$out/$name.html.pdf")" ]; then pdfs+=("$out/$name.html.pdf"); else fail "$name.html: Chromium wrote no PDF"; fi
  fi
  for pdf in "${pdfs[@]}"; do
    echo "$(basename "$pdf"): $(pages "$pdf") pages, $(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
    pdftoppm -r 50 -png "$pdf" "${pdf%.pdf}"
  done
  python3 scripts/check-docx-words.py "$out/$name.docx" "$out/$name.docx.pdf" || status=1
  if [ -n "$maxpages" ]; then
    count=$(pages "$out/$name.docx.pdf")
    size=$(pdfinfo "$out/$name.docx.pdf" | sed -n 's/^Page size: *//p')
    case "$size" in *"(A4)"*) ;; *) fail "$name.docx: not A4 ($size)" ;; esac
    if [ -z "$count" ]; then fail "$name.docx: no page count"
    elif [ "$count" -le "$maxpages" ]; then echo "ok   $name.docx: $count pages <= $maxpages"
    else fail "$name.docx: $count pages, more than $maxpages"; fi
  fi
done
echo "pages as PNG in $out"
exit $status
