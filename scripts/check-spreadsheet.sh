#!/usr/bin/env bash
# Checks that `plan … --excel` opens right in a spreadsheet: writes CSV for both shipped plans,
# converts it with LibreOffice headless as Excel opens a double-clicked file (formulas evaluated,
# numbers and dates detected) in an nl-NL locale (';', `--excel`) and an en-US locale (',',
# `--excel --delimiter ,`), reads the cells back from the xlsx and checks them: accents intact,
# ids such as 2.10 and fractions such as 1/3 kept as text (after an invisible word joiner, U+2060,
# never a formula), amounts as numbers, one header.
# Also shows, for comparison, what plain `--format csv` turns into in en-US.
#
# Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui) and python3.
# Usage: scripts/check-spreadsheet.sh   (exit 0 when every check passes)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v soffice >/dev/null || { echo "check-spreadsheet: soffice not found; apt-get install libreoffice-calc-nogui" >&2; exit 2; }
[ -n "${PLAN:-}" ] || swift build >/dev/null
PLAN=${PLAN:-.build/debug/plan}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
AS_OF=(--as-of 2025-03-01)
ROTTERDAM=plans/rotterdam-2024-2026.yaml
LIMBURG=plans/zuid-limburg-2022-2025.yaml
PROGRESS=(--progress examples/rotterdam-2024-2026.voorbeeld.progress.yaml)

write() { # locale name, then the delimiter options
    local locale=$1; shift
    "$PLAN" list "$ROTTERDAM" "${AS_OF[@]}" "$@" >"$WORK/$locale-list-rotterdam.csv"
    "$PLAN" list "$LIMBURG" "${AS_OF[@]}" "$@" >"$WORK/$locale-list-limburg.csv"
    "$PLAN" overdue "$ROTTERDAM" "${PROGRESS[@]}" "${AS_OF[@]}" --stale "$@" >"$WORK/$locale-overdue-rotterdam.csv"
    "$PLAN" workload "$LIMBURG" "${AS_OF[@]}" "$@" >"$WORK/$locale-workload-limburg.csv"
    "$PLAN" budget "$ROTTERDAM" "$LIMBURG" "${AS_OF[@]}" --by theme "$@" >"$WORK/$locale-budget-both.csv"
    "$PLAN" status "$ROTTERDAM" "$LIMBURG" "${AS_OF[@]}" "$@" >"$WORK/$locale-status-both.csv"
}
write nl --excel
write en --excel --delimiter ,
write plain --format csv
# Formulas hidden after the other delimiter (issue 24): each file is opened with the delimiter it was
# not written with, as a Dutch Excel does with a ',' file.
HOSTILE=Tests/ActionPlanTests/Fixtures/hostile/csv-delimiters.yaml
"$PLAN" list "$HOSTILE" "${AS_OF[@]}" --excel >"$WORK/swapcomma-semicolon.csv"
"$PLAN" list "$HOSTILE" "${AS_OF[@]}" --excel --delimiter , >"$WORK/swapsemicolon-comma.csv"
"$PLAN" list "$HOSTILE" "${AS_OF[@]}" --format csv >"$WORK/swapsemicolon-plain.csv"
"$PLAN" list "$HOSTILE" "${AS_OF[@]}" --format csv --delimiter ';' >"$WORK/swapcomma-plain.csv"
# The shipped plans' --excel files too: every id cell there carries the word joiner.
"$PLAN" list "$ROTTERDAM" "${AS_OF[@]}" --excel >"$WORK/swapcomma-rotterdam.csv"
"$PLAN" list "$ROTTERDAM" "${AS_OF[@]}" --excel --delimiter , >"$WORK/swapsemicolon-rotterdam.csv"

convert() { # locale prefix, separator code, language id
    local prefix=$1 separator=$2 language=$3
    # CSV filter options: separator, quote, UTF-8, first line, standard cells, locale, quoted fields
    # not forced to text, detect special numbers, …, evaluate formulas (as Excel does).
    soffice -env:UserInstallation="file://$WORK/profile" --headless \
        --infilter="Text - txt - csv (StarCalc):$separator,34,76,1,,$language,false,true,false,false,false,-1,true" \
        --convert-to xlsx --outdir "$WORK/xlsx" "$WORK/$prefix"-*.csv >/dev/null 2>&1
}
convert nl 59 1043
convert en 44 1033
convert plain 44 1033
convert swapcomma 44 1033      # written with ';', opened with ','
convert swapsemicolon 59 1043  # written with ',', opened with ';'

python3 - "$WORK/xlsx" "$WORK" <<'PY'
import sys, glob, zipfile, xml.etree.ElementTree as ET
folder = sys.argv[1]
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'

failures = 0
def check(ok, what):
    global failures
    print(('  ok    ' if ok else '  FAIL  ') + what)
    if not ok: failures += 1

def cells(name):
    """The first sheet as rows of (type, value): 'text' or 'number'."""
    z = zipfile.ZipFile(f'{folder}/{name}.xlsx')
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        shared = [''.join(t.text or '' for t in si.iter(M + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(M + 'si')]
    rows = []
    for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'row'):
        out = {}
        for c in row.findall(M + 'c'):
            column = ''.join(ch for ch in c.get('r') if ch.isalpha())
            index = 0
            for ch in column: index = index * 26 + ord(ch) - 64
            v = c.find(M + 'v')
            if v is None: continue
            t = c.get('t')
            if t == 's': out[index - 1] = ('text', shared[int(v.text)])
            elif t in ('str', 'inlineStr'): out[index - 1] = ('text', v.text or '')
            else: out[index - 1] = ('number', v.text)
        width = max(out) + 1 if out else 0
        rows.append([out.get(i, ('empty', '')) for i in range(width)])
    return rows


MARK = '\u2060'  # the word joiner --excel writes before number-like text

def find(rows, column, value):
    """The first row whose cell is the value (with or without the word joiner before it)."""
    return next((r for r in rows if len(r) > column and r[column][1] in (value, MARK + value)), None)

print('the files themselves:')
for path in sorted(glob.glob(sys.argv[2] + '/nl-*.csv') + glob.glob(sys.argv[2] + '/en-*.csv')):
    raw = open(path, 'rb').read()
    body = raw[3:]
    ok = raw.startswith(b'\xef\xbb\xbf') and body.count(b'\n') == body.count(b'\r\n') and body.endswith(b'\r\n')
    check(ok, path.rsplit('/', 1)[1] + ': UTF-8 byte-order mark, CRLF line ends')
    first = body.split(b'\r\n', 1)[0]
    separator = b';' if '/nl-' in path else b','
    check(separator in first, path.rsplit('/', 1)[1] + ': fields separated by ' + separator.decode())

for locale in ('nl', 'en'):
    print(f'{locale}: ' + ('nl-NL, --excel (";", decimal comma)' if locale == 'nl' else 'en-US, --excel --delimiter ,'))
    rows = cells(f'{locale}-list-rotterdam')
    row = find(rows, 0, '2.10')
    check(row is not None and row[0] == ('text', MARK + '2.10'), f'list Rotterdam: id 2.10 is the text "2.10" after the word joiner (got {row[0] if row else None})')
    check(find(rows, 0, '2.1') is not None and find(rows, 0, '2.1')[0][0] == 'text', 'list Rotterdam: id 2.1 is text, distinct from 2.10')
    rows = cells(f'{locale}-list-limburg')
    check(any(r[0] == ('text', MARK + '1.2.3') for r in rows), 'list Zuid-Limburg: id 1.2.3 is text')
    text = ' '.join(v for r in rows for _, v in r)
    check('coördinator' in text and 'Ã' not in text, 'list Zuid-Limburg: "coördinator" intact, no mojibake')
    check('Gemeenten Zuid-Limburg' in text and 'zl-gemeenten' not in text, 'list Zuid-Limburg: owners by display name')
    rows = cells(f'{locale}-overdue-rotterdam')
    row = find(rows, 0, '2.1')
    done = [c[1] for c in rows[0]].index('Gedaan')  # by header: the sheet's columns have grown
    check(row is not None and row[done] == ('text', MARK + '1/3'), f'overdue: 2.1 done "1/3" is text (got {row[done] if row else None})')
    check(row is not None and row[2][0] == 'number', 'overdue: the due date 2024-12-31 is a date (a number)')
    rows = cells(f'{locale}-workload-limburg')
    owner = find(rows, 0, 'Zorgcoördinator Mensenhandel') or find(rows, 0, 'ZoCo')
    check(owner is not None, 'workload: ZoCo present')
    rows = cells(f'{locale}-budget-both')
    headers = [r for r in rows if r and r[0][1] == 'Plan']
    check(len(headers) == 1 and rows[0][0][1] == 'Plan', 'budget of two plans: one table, one header row, a Plan column')
    total = next((r for r in rows if r[0][1] == 'zuid-limburg-2022-2025' and r[1][1] == 'Totaal'), None)
    check(total is not None and total[2] == ('number', '153000'), f'budget: Zuid-Limburg 2022 total is the number 153000 (got {total[2] if total else None})')
    rows = cells(f'{locale}-status-both')
    check(sum(1 for r in rows if r and r[0][1] == 'Plan') == 1 and {r[0][1] for r in rows[1:]} == {'rotterdam-2024-2026', 'zuid-limburg-2022-2025'} and any(r[1][1] == 'terugkerend' for r in rows),
          'status of two plans: one table with a Plan column, themes and recurring obligations')

print('formulas after the other delimiter (the hostile titles of csv-delimiters.yaml):')
for name in ('swapcomma-semicolon', 'swapsemicolon-comma', 'swapsemicolon-plain', 'swapcomma-plain',
             'swapcomma-rotterdam', 'swapsemicolon-rotterdam'):
    z = zipfile.ZipFile(f'{folder}/{name}.xlsx')
    sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    formulas = [f.text or '' for f in sheet.iter(M + 'f')]
    # No formula at all: not from a title, and (since issue 24's second round) not from --excel's own
    # cells, which used to be ="2.10" and ran on over the rest of the row when split the other way.
    check(not formulas, f'{name}: opened with the other delimiter, no cell is a formula (found {formulas[:3]})')
    if name.endswith('plain'):
        text = ' '.join(v for r in cells(name) for _, v in r)
        check('cmd|' in text and 'HYPERLINK' in text, f'{name}: the would-be formulas are shown as text')

print('for comparison, plain --format csv opened in en-US (not checked):')
rows = cells('plain-list-rotterdam')
row = next((r for r in rows if r[0][1] in ('2.10', '2.1')), None)
print(f'  id 2.10 became {[r[0] for r in rows if r[0][1] in ("2.1", "2.10")][:2]}')
rows = cells('plain-overdue-rotterdam')
row = next((r for r in rows if len(r) > 4 and r[1][1] == 'herhaling gemist'), None)
print(f'  "1/3" became {row[4] if row else None}')
sys.exit(1 if failures else 0)
PY
