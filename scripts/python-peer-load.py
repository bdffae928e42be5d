#!/usr/bin/env python3
"""The Python "peer" for speed comparisons with `plan`.

    python3 scripts/python-peer-load.py FILES_OR_FOLDERS...

Loads each plan file with PyYAML's C loader (`yaml.load(f, Loader=yaml.CSafeLoader)`) and, to do
comparable work, walks the result: counts the actions (under themes and under activities) and sums
the budgets per year in integer cents (amounts such as "€ 50.000,00", "€ 8000,00", "€ 40.000",
"€50.000,-", 25000 and 25000.5; `per_year` lines count for every year of `years`, or of the plan
period when absent; `existing` counts zero). Prints one line per file; a summary goes to stderr.

Each file is parsed once, however many local plans extend it (a cache by real path, as an analyst's
script would keep one), so the comparison with `plan`, which also loads each file once, is fair.

Folders are searched recursively for *.yaml files, leaving out *.progress.yaml.
Exit status: 0 when every file loaded, 1 when one did not, 2 when libyaml is not available.
"""

import os
import sys
import time
from decimal import Decimal, InvalidOperation

try:
    import yaml
except ImportError:
    sys.exit("python-peer-load: PyYAML is not installed (pip install pyyaml)")

if not getattr(yaml, "__with_libyaml__", False) or not hasattr(yaml, "CSafeLoader"):
    print("python-peer-load: PyYAML is installed without libyaml (yaml.__with_libyaml__ is False); "
          "the C loader is not available, so timings would not be comparable", file=sys.stderr)
    sys.exit(2)


def collect(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in names:
                    if name.endswith(".yaml") and not name.endswith(".progress.yaml"):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def cents(value):
    """An amount as integer cents."""
    if isinstance(value, bool):
        raise ValueError(f"not an amount: {value!r}")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip().replace("\u00a0", " ")
    dutch = False
    if text.startswith("€"):
        dutch, text = True, text[1:]
    elif text.startswith("EUR"):
        dutch, text = True, text[3:]
    text = text.strip()
    if text.endswith(",-"):
        dutch, text = True, text[:-2]
    if "," in text:
        dutch = True
    if dutch:
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}")
    result = amount * 100
    if result != result.to_integral_value() or result < 0:
        raise ValueError(f"not an amount in cents: {value!r}")
    return int(result)


def year_range(value, default):
    if value is None:
        return default
    if isinstance(value, dict):
        return range(int(value["from"]), int(value["until"]) + 1)
    text = str(value).replace("–", "-").replace("/", "-")
    first, last = text.split("-")
    return range(int(first), int(last) + 1)


def add_budget(budget, totals, period):
    if budget is None or isinstance(budget, str):  # "existing", "Bestaande budgetten"
        return
    lines = budget if isinstance(budget, list) else [budget]
    for line in lines:
        if not isinstance(line, dict) or line.get("existing") is True:
            continue
        if "amounts" in line:
            for year, amount in line["amounts"].items():
                year = int(year)
                totals[year] = totals.get(year, 0) + cents(amount)
        elif "per_year" in line:
            amount = cents(line["per_year"])
            for year in year_range(line.get("years"), period):
                totals[year] = totals.get(year, 0) + amount


_loaded = {}


def load(path):
    """The file's YAML, parsed on first use only."""
    key = os.path.realpath(path)
    if key not in _loaded:
        with open(path, "rb") as f:
            _loaded[key] = yaml.load(f, Loader=yaml.CSafeLoader)
    return _loaded[key]


def walk(plan, path=None):
    """(actions, {year: cents}) of a loaded plan. A local plan (`extends:`) loads its regional plan too,
    as `plan` does, and counts the regional actions (all adopted, as the generated ones do) with its own."""
    actions = 0
    totals = {}
    if "extends" in plan:
        base_path = os.path.join(os.path.dirname(path), plan["extends"]["plan"])
        base = load(base_path)
        actions, totals = walk(base, base_path)
        period = year_range(plan["plan"].get("period") or base["plan"]["period"], None)
    else:
        period = year_range(plan["plan"]["period"], None)
    for theme in plan.get("themes") or []:
        for action in theme.get("actions") or []:
            actions += 1
            add_budget(action.get("budget"), totals, period)
        for activity in theme.get("activities") or []:
            add_budget(activity.get("budget"), totals, period)
            for action in activity.get("actions") or []:
                actions += 1
                add_budget(action.get("budget"), totals, period)
    return actions, totals


def euros(amount):
    whole, rest = divmod(amount, 100)
    return f"{whole}.{rest:02d}"


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 64
    files = collect(argv)
    if not files:
        print("python-peer-load: no plan files found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    failed = 0
    total_actions = 0
    total_bytes = 0
    for path in files:
        try:
            total_bytes += os.path.getsize(path)
            plan = load(path)
            actions, totals = walk(plan, path)
        except Exception as error:  # report and go on, like a validator would
            failed += 1
            print(f"{path}: error: {type(error).__name__}: {error}")
            continue
        total_actions += actions
        budget = " ".join(f"{year}={euros(totals[year])}" for year in sorted(totals)) or "none"
        print(f"{path}: {actions} actions; budgets {budget}")
    elapsed = time.perf_counter() - started
    print(f"python-peer-load: {len(files)} files, {total_bytes} bytes, {total_actions} actions, "
          f"{failed} failed, {elapsed:.3f} s (PyYAML {yaml.__version__}, CSafeLoader)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
