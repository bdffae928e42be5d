#!/usr/bin/env python3
"""Checks that no word of a Word document's table cells is broken over two lines in its PDF.

Every word of every table cell (word/document.xml, text inside <w:tbl>) must appear whole in the
PDF's text (pdftotext -raw). A word split inside a cell ("Afgero" + "nd") shows up as two pieces
and is reported. A break after a hyphen or slash is allowed (that is where Word and LibreOffice
may break), so words are compared piece by piece between hyphens. Superscript digits (footnote
marks copied from the source) are left out: the PDF's text puts them apart.

Usage: check-docx-words.py REPORT.docx REPORT.pdf
"""
import re
import subprocess
import sys
import zipfile
from collections import Counter


def pieces(text):
    text = re.sub("[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]", "", text)
    for word in re.split(r"[\s\u00a0]+", text):
        for piece in re.split(r"(?<=[-–])", word):
            piece = piece.strip("()[],.;:\"'“”‘’!?*")
            if len(piece) > 1:
                yield piece


def main():
    docx, pdf = sys.argv[1], sys.argv[2]
    document = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    cells = []
    for table in re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S):
        for cell in re.findall(r"<w:tc>.*?</w:tc>", table, re.S):
            text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", cell))
            text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            cells.append(text)
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True, text=True).stdout
    found = Counter(p for p in pieces(raw))
    wanted = Counter(p for cell in cells for p in pieces(cell))
    missing = sorted(word for word in wanted if found[word] == 0)
    print(f"{docx}: {len(cells)} table cells, {sum(wanted.values())} words; {len(missing)} not found whole in the PDF")
    for word in missing[:40]:
        print(f"  broken or missing: {word}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
