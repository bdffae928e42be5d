#!/usr/bin/env python3
"""Writes examples/rotterdam-2024-2026.herziening-voorbeeld.yaml: a made-up revision of the shipped
Rotterdam plan for the handleiding of the aandachtsfunctionaris (docs/handleiding/aandachtsfunctionaris.md).

It is NOT a real plan: the region never adopted it. It makes the four kinds of change a yearly revision
brings: a title corrected (2.3), a yearly action made one-off (2.4), a budget added (3.10) and a new
action that names the municipalities by their role (3.16). Run it again after plans/rotterdam-2024-2026.yaml
changes: python3 scripts/make-example-revision.py
"""
from pathlib import Path

root = Path(__file__).resolve().parent.parent
text = (root / "plans/rotterdam-2024-2026.yaml").read_text(encoding="utf-8")

edits = [
    ('title: "Netwerkbijeenkomst aandachtfunctionarissen."',
     'title: "Netwerkbijeenkomst aandachtsfunctionarissen."'),
    ('''        title: "Ondersteunen opstellen en bijstellen lokaal actieplan, minstens 1 x per jaar fysiek om tafel met alle gemeenten afzonderlijk."
        planning: "Jaarlijks"''',
     '''        title: "Ondersteunen opstellen en bijstellen lokaal actieplan, minstens 1 x per jaar fysiek om tafel met alle gemeenten afzonderlijk."
        planning: "2e helft 2026"'''),
    ('''        title: "Voorlichting aan de risicobranches."
        planning: "Doorlopend"
        who: "VAR/ PVO/ ketenpartners/ aandachtsfunctionarissen."
        owners:
          - VAR
          - PVO
          - ketenpartners
          - aandachtsfunctionarissen
''',
     '''        title: "Voorlichting aan de risicobranches."
        planning: "Doorlopend"
        who: "VAR/ PVO/ ketenpartners/ aandachtsfunctionarissen."
        owners:
          - VAR
          - PVO
          - ketenpartners
          - aandachtsfunctionarissen
        budget:
          amounts: {2025: "€ 15.000"}
'''),
    ('''          - werkgroep
          - VAR

  - id: "4"''',
     '''          - werkgroep
          - VAR
      - id: "3.16"
        title: "Per gemeente een training signaleren van arbeidsuitbuiting voor de medewerkers van de publiekshal."
        planning: "2e helft 2025"
        who: "aandachtsfunctionarissen, met ondersteuning van VAR"
        owners:
          - aandachtsfunctionarissen
          - VAR

  - id: "4"'''),
]
for old, new in edits:
    if text.count(old) != 1:
        raise SystemExit(f"the edit does not apply once: {old[:60]!r}")
    text = text.replace(old, new)

lines = text.split("\n")
# After the schema comment: say what this file is.
header = [
    "# VOORBEELD, GEEN ECHT PLAN: een verzonnen herziening van het Regionaal Actieplan Mensenhandel",
    "# Regio Rotterdam 2024-2026, voor de handleiding van de aandachtsfunctionaris",
    "# (docs/handleiding/aandachtsfunctionaris.md). Gemaakt door scripts/make-example-revision.py.",
]
out = lines[:1] + header + lines[1:]
(root / "examples/rotterdam-2024-2026.herziening-voorbeeld.yaml").write_text("\n".join(out), encoding="utf-8")
print("examples/rotterdam-2024-2026.herziening-voorbeeld.yaml")
