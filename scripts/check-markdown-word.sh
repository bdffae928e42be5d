#!/usr/bin/env bash
# Checks that the queries' Markdown survives Word: each Markdown answer is turned into a Word document
# by pandoc (with the report's A4 reference document, as a secretary pasting it into a letter gets),
# then into PDF by LibreOffice; no word inside a table cell may be broken over two lines
# (scripts/check-docx-words.py), and the letter-sized answers must stay short: RIEC's overdue list
# (12 rows on 3 December 2026 with the example progress) at most 2 A4 pages. Pages go to PNG for looking at.
# Also checks the Word files `plan agenda` and `plan letters` write themselves (RIEC's letter at most
# 2 A4 pages). Exits 1 when a check fails (a tool that fails or writes no PDF fails it too).
# Run by .ci/run, which installs the tools (pandoc libreoffice-writer-nogui poppler-utils fonts-liberation2;
# without Liberation Sans, LibreOffice draws Arial in the much wider DejaVu Sans and breaks words Word
# would not) and passes its release build as PLAN.
#
# Usage: scripts/check-markdown-word.sh [OUTDIR]   (default /tmp/actionplan-markdown-word)
#        PLAN=.build/debug/plan scripts/check-markdown-word.sh   (use a build you already have)
#        MAX_PAGES=1 scripts/check-markdown-word.sh   (another limit for the letter-sized answers, e.g. to see the check fail)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/actionplan-markdown-word}"
rm -rf "$out" && mkdir -p "$out/lo"
if [ -z "${PLAN:-}" ]; then swift build -c release >/dev/null; PLAN=.build/release/plan; fi
rotterdam=plans/rotterdam-2024-2026.yaml
example=examples/rotterdam-2024-2026.voorbeeld.progress.yaml
P=("$rotterdam" --progress "$example")
short=${MAX_PAGES:-2}  # the letter-sized answers
# LibreOffice with a profile of its own: no clash with a LibreOffice the user has open, same settings each run.
soffice=(soffice "-env:UserInstallation=file://$out/lo-profile" --headless)

# name | maximum pages (0: no limit) | plan arguments
cases=(
  "overdue-riec|$short|overdue ${P[*]} --as-of 2026-12-03 --owner RIEC --stale --within 60"
  "overdue-all|0|overdue ${P[*]} --as-of 2025-03-01 --stale --within 60"
  "list-riec|$short|list $rotterdam --owner RIEC"
  "workload-both|0|workload plans/rotterdam-2024-2026.yaml plans/zuid-limburg-2022-2025.yaml --as-of 2025-03-01"
  "status|0|status ${P[*]} --as-of 2025-03-01"
  "budget-zl|0|budget plans/zuid-limburg-2022-2025.yaml --by owner"
)
status=0
check() { # name, docx, maximum pages
  local name=$1 docx=$2 max=$3
  "${soffice[@]}" --convert-to pdf --outdir "$out/lo" "$docx" >/dev/null 2>&1 || true
  if ! mv "$out/lo/$(basename "${docx%.docx}").pdf" "$out/$name.pdf" 2>/dev/null; then
    echo "FAIL $name: LibreOffice wrote no PDF"; status=1; return
  fi
  local pages
  pages=$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "$name: ${pages:-no} page(s), $(pdfinfo "$out/$name.pdf" 2>/dev/null | sed -n 's/^Page size: *//p')"
  if [ -z "$pages" ]; then echo "FAIL $name: no page count"; status=1; return; fi
  if [ "$max" != 0 ] && [ "$pages" -gt "$max" ]; then echo "FAIL $name: $pages pages, more than $max"; status=1; fi
  pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name"
  python3 scripts/check-docx-words.py "$docx" "$out/$name.pdf" || status=1
}
for case in "${cases[@]}"; do
  IFS='|' read -r name max args <<<"$case"
  # shellcheck disable=SC2086
  "$PLAN" $args --format markdown > "$out/$name.md"
  pandoc "$out/$name.md" --from markdown --to docx --reference-doc Resources/reference.docx -o "$out/$name.docx"
  check "$name" "$out/$name.docx" "$max"
done

# The documents the tool writes itself (through the report's pandoc route).
"$PLAN" agenda "${P[@]}" --as-of 2025-03-01 --since 2024-11-01 --format docx --output "$out/agenda.docx" >/dev/null
check agenda "$out/agenda.docx" 0
"$PLAN" letters "${P[@]}" --as-of 2025-03-01 --reply-by 2025-03-15 --owner RIEC --format docx --output "$out/letters" >/dev/null
for letter in "$out"/letters/*.docx; do check "letter-$(basename "${letter%.docx}")" "$letter" "$short"; done
echo "pages as PNG in $out"
exit $status
