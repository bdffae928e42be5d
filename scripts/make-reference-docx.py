#!/usr/bin/env python3
"""Makes the Word reference document that `plan report --format docx` hands to pandoc.

How it was made (run again to remake it; the output is byte-for-byte the same for one pandoc version):

  1. pandoc -o custom-reference.docx --print-default-data-file reference.docx
     (pandoc's own reference document: its style names are the ones pandoc writes)
  2. edited with Python's zipfile, nothing else:
     - page: A4 (11906 x 16838 twips), margins 2 cm (1134 twips), header/footer 1 cm;
     - a footer with the page number, "3 / 20" (PAGE and NUMPAGES fields), centred;
     - language nl-NL by default (pandoc sets the plan's language, nl-NL or en-US, from `lang`);
     - Arial 10 pt for text and headings (Word has it; LibreOffice uses the metric-equal
       Liberation Sans), table cells ("Compact") 9 pt;
     - tables: light rules between rows, a shaded bold header row, cell margins 3.6 pt left and
       right (Sources/ActionPlan/Rendering/ColumnWidths.swift measures columns for these).
  3. the result is written to Resources/reference.docx and, base64-encoded, to
     Sources/ActionPlan/Report/WordReferenceDocument.swift, so the `plan` binary carries it
     (a test checks the two are the same bytes).

Usage: scripts/make-reference-docx.py   (needs pandoc on PATH)
"""
import base64
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DOCX = ROOT / "Resources" / "reference.docx"
OUT_SWIFT = ROOT / "Sources" / "ActionPlan" / "Report" / "WordReferenceDocument.swift"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W} {R}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> / </w:t></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r>\
<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>\
</w:p></w:ftr>
"""

SECTION = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdPlanFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '</w:sectPr>')

ARIAL = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />'


def edit_styles(xml: str) -> str:
    # Text and headings in Arial; body 10 pt; Dutch unless pandoc is told otherwise.
    xml = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>', ARIAL, xml, count=1)
    xml = re.sub(r'<w:rFonts w:asciiTheme="majorHAnsi"[^>]*/>', ARIAL, xml)
    xml = xml.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="20" />\n        <w:szCs w:val="20" />', 1)
    xml = xml.replace('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" />', '<w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA" />', 1)
    # Table cells 9 pt.
    compact = re.search(r'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact">.*?</w:style>', xml, re.S)
    assert compact, "pandoc's reference document has no Compact style"
    xml = xml.replace(compact.group(0), compact.group(0).replace(
        '</w:pPr>', '</w:pPr>\n    <w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>', 1))
    # Tables: light rules between rows, shaded bold header row.
    table = re.search(r'<w:style w:type="table" w:default="1" w:styleId="Table">.*?</w:style>', xml, re.S)
    assert table, "pandoc's reference document has no Table style"
    styled = table.group(0).replace(
        '<w:tblInd w:w="0" w:type="dxa" />',
        '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="999999" />'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999" />'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="D0D0D0" /></w:tblBorders>', 1)
    styled = styled.replace(
        '<w:tblStylePr w:type="firstRow">',
        '<w:tblStylePr w:type="firstRow">\n      <w:rPr><w:b /></w:rPr>', 1)
    styled = styled.replace(
        '<w:vAlign w:val="bottom"/>',
        '<w:vAlign w:val="bottom"/>\n        <w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>', 1)
    styled = styled.replace('<w:left w:w="108" w:type="dxa" />', '<w:left w:w="72" w:type="dxa" />', 1)
    styled = styled.replace('<w:right w:w="108" w:type="dxa" />', '<w:right w:w="72" w:type="dxa" />', 1)
    return xml.replace(table.group(0), styled)


def edit_document(xml: str) -> str:
    if 'xmlns:r=' not in xml.split('>', 2)[1]:
        xml = xml.replace('<w:document ', f'<w:document {R} ', 1)
    assert '<w:sectPr />' in xml, "pandoc's reference document has no empty sectPr"
    return xml.replace('<w:sectPr />', SECTION, 1)


def edit_rels(xml: str) -> str:
    footer = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
              'Id="rIdPlanFooter" Target="footer1.xml" />')
    return xml.replace('</Relationships>', footer + '</Relationships>', 1)


def edit_types(xml: str) -> str:
    footer = ('<Override PartName="/word/footer1.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" />')
    return xml.replace('</Types>', footer + '</Types>', 1)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        default = Path(folder) / "custom-reference.docx"
        subprocess.run(["pandoc", "-o", str(default), "--print-default-data-file", "reference.docx"], check=True)
        version = subprocess.run(["pandoc", "--version"], check=True, capture_output=True, text=True).stdout.splitlines()[0]
        edits = {"word/styles.xml": edit_styles, "word/document.xml": edit_document,
                 "word/_rels/document.xml.rels": edit_rels, "[Content_Types].xml": edit_types}
        OUT_DOCX.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(default) as source, zipfile.ZipFile(OUT_DOCX, "w", zipfile.ZIP_DEFLATED) as target:
            def write(name: str, data: bytes) -> None:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, data)
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename in edits:
                    data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
                write(item.filename, data)
            write("word/footer1.xml", FOOTER.encode("utf-8"))
    data = OUT_DOCX.read_bytes()
    encoded = base64.b64encode(data).decode("ascii")
    lines = "\n".join(f'        "{encoded[i:i + 100]}",' for i in range(0, len(encoded), 100))
    OUT_SWIFT.write_text(f"""// Generated by scripts/make-reference-docx.py from {version}: do not edit; run the script again.
// The same bytes as Resources/reference.docx (a test checks), carried in the binary so `plan`
// needs no resource files beside it.

/// The Word reference document pandoc takes page size, margins, footer and styles from.
enum WordReferenceDocument {{
    /// The document's bytes, base64-encoded.
    static let base64: String = [
{lines}
    ].joined()
}}
""", encoding="utf-8")
    print(f"wrote {OUT_DOCX.relative_to(ROOT)} ({len(data)} bytes) and {OUT_SWIFT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
