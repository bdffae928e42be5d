#!/usr/bin/env python3
"""Writes the large hostile inputs of issue 24 (too big to keep in the repository) into a folder.

    scripts/hostile-inputs.py OUT

  long-period.yaml       66 KB: period 1900-2999, 1,000 yearly actions (valid before the period limit)
  longest-period.yaml    the same over 2001-2025, the longest period allowed
  milestones.yaml        ~7 MB: one activity of 60,000 actions and one milestone naming all of them
  one-line-errors.yaml   ~31 MB on one line (flow style) with 200 unknown keys spread over it
  one-line-clean.yaml    the same bytes without the unknown keys (same length, the keys renamed to 'notes')
  chain/plan-0000.yaml … a regional plan and 1,000 local plans, each extending the previous one

scripts/measure-bounded-work.sh runs every command on them under /usr/bin/time.
"""
import os
import sys


def long_period(out):
    lines = [
        "plan:", "  id: long", "  title: Lang", "  region: Ergens", "  period: 1900-2999", "  language: nl",
        "organisations:", "  VAR:", "    name: Platform",
        "themes:", "  - id: \"1\"", "    title: Alles", "    actions:",
    ]
    for n in range(1, 1001):
        lines.append(f"      - {{id: \"1.{n}\", title: Actie {n}, planning: Jaarlijks, owners: [VAR]}}")
    write(out, "long-period.yaml", "\n".join(lines) + "\n")
    # The same 1,000 yearly actions over the longest period allowed (25 years): valid, so every command answers.
    lines[4] = "  period: 2001-2025"
    write(out, "longest-period.yaml", "\n".join(lines) + "\n")


def milestones(out, count=60000):
    ids = [f"1.1.{n}" for n in range(1, count + 1)]
    lines = [
        "plan:", "  id: mijlpalen", "  title: Mijlpalen", "  region: Ergens", "  period: 2024-2026", "  language: nl",
        "organisations:", "  VAR:", "    name: Platform",
        "themes:", "  - id: \"1\"", "    title: Alles", "    activities:",
        "      - id: \"1.1\"", "        title: Een activiteit", "        milestones:",
        "          - planning: Q2 2025", "            title: Alles af",
        "            actions: [" + ", ".join(f'"{i}"' for i in ids) + "]",
        "        actions:",
    ]
    for i in ids:
        lines += [f"          - id: \"{i}\"", f"            title: Actie {i}", "            owners: [VAR]"]
    write(out, "milestones.yaml", "\n".join(lines) + "\n")


def one_line(out, target=31 * 1024 * 1024, errors=200):
    """One flow mapping on one line; `errors` actions carry an unknown key ('onbekend') where the clean
    file has 'notes', padded so that both files are equally long."""
    head = ('{plan: {id: een-regel, title: Een regel, region: Ergens, period: 2024-2026, language: nl}, '
            'organisations: {VAR: {name: Platform}}, themes: [{id: "1", title: Alles, actions: [')
    tail = ']}]}\n'
    action = '{{id: "1.{n}", title: Actie {n}, planning: Q2 2025, owners: [VAR], {key}: x}}'
    sample = len(action.format(n=100000, key="onbekend")) + 2
    count = (target - len(head) - len(tail)) // sample
    step = max(1, count // errors)
    for name, with_errors in (("one-line-errors.yaml", True), ("one-line-clean.yaml", False)):
        parts = []
        for n in range(1, count + 1):
            key = "onbekend" if with_errors and n % step == 0 and n // step <= errors else "notes"
            parts.append(action.format(n=n, key=key).ljust(sample - 2))
        write(out, name, head + ", ".join(parts) + tail)


def chain(out, length=1000):
    folder = os.path.join(out, "chain")
    os.makedirs(folder, exist_ok=True)
    write(folder, "plan-0000.yaml", "\n".join([
        "plan:", "  id: regio", "  title: Regio", "  region: Regio", "  period: 2024-2026", "  language: nl",
        "organisations:", "  VAR:", "    name: Platform",
        "themes:", "  - id: \"1\"", "    title: Een", "    actions:",
        "      - id: \"1.1\"", "        title: Iets", "        planning: Q2 2025", "        owners: [VAR]",
    ]) + "\n")
    for n in range(1, length + 1):
        write(folder, f"plan-{n:04}.yaml", "\n".join([
            "plan:", f"  id: lokaal-{n}", f"  title: Lokaal {n}", f"  region: Gemeente {n}",
            "extends:", f"  plan: plan-{n - 1:04}.yaml",
        ]) + "\n")


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "hostile-inputs"
    os.makedirs(out, exist_ok=True)
    long_period(out)
    milestones(out)
    one_line(out)
    chain(out)
    for name in sorted(os.listdir(out)):
        path = os.path.join(out, name)
        if os.path.isfile(path):
            print(f"{os.path.getsize(path):>12,}  {path}")
