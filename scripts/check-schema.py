#!/usr/bin/env python3
"""Checks the JSON Schemas in schema/ against the files the decoder reads, so they cannot drift apart.

Every valid fixture, example and shipped plan must pass its schema; every structurally invalid fixture
listed below must fail it. (The other invalid fixtures are wrong in ways a schema cannot see: an
unknown owner, a budget year outside the period, totals that do not add up, YAML syntax errors.)
YAML is read twice: with BaseLoader, which keeps every scalar a string ("2.10" stays "2.10"), as the decoder
does; and as an editor's YAML language server reads it (YAML 1.2 core schema: `2025` an integer, `2.5` a
number, `true` a boolean, `~` null, dates and `yes` text; keys as JSON text), so the schema never underlines
in the editor what `plan validate` accepts (`planning: 2025`).

Usage: python3 scripts/check-schema.py [FILE...]   (no files: the built-in lists)
Needs: pip install jsonschema PyYAML
"""
import glob
import json
import os
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests/ActionPlanTests/Fixtures")

# Invalid fixtures whose problem is one of structure: a key, a type, a required field, an enum, a pattern.
STRUCTURAL = [
    "invalid/action-id-empty.yaml",
    "invalid/bad-plan-id.yaml",
    "invalid/budget-line-without-money.yaml",
    "invalid/budget-two-forms.yaml",
    "invalid/budget-unknown-word.yaml",
    "invalid/budget-years-without-per-year.yaml",
    "invalid/empty-file.yaml",
    "invalid/empty-title.yaml",
    "invalid/existing-not-boolean.yaml",
    "invalid/explicit-planning-missing-due.yaml",
    "invalid/explicit-planning-unknown-kind.yaml",
    "invalid/lead-not-boolean.yaml",
    "invalid/malformed-date.yaml",
    "invalid/missing-owners.yaml",
    "invalid/missing-period.yaml",
    "invalid/missing-plan-section.yaml",
    "invalid/missing-title-in-action.yaml",
    "invalid/only-comments.yaml",
    "invalid/organisation-missing-name.yaml",
    "invalid/owner-mapping-missing-org.yaml",
    "invalid/owner-mapping-unknown-key.yaml",
    "invalid/owners-empty-list.yaml",
    "invalid/period-malformed.yaml",
    "invalid/plan-is-a-text.yaml",
    "invalid/planning-is-a-list.yaml",
    "invalid/root-is-a-list.yaml",
    "invalid/theme-missing-id.yaml",
    "invalid/unknown-key-in-action.yaml",
    "invalid/unknown-key-in-organisation.yaml",
    "invalid/unknown-key-in-plan.yaml",
    "invalid/unknown-key-top-level.yaml",
    "invalid/unknown-language.yaml",
    "invalid/unknown-organisation-kind.yaml",
    "invalid/wrong-type-themes-is-mapping.yaml",
    "invalid/wrong-type-title-is-list.yaml",
    "local/invalid/override-title.yaml",
    "progress/invalid/recorded-not-a-date.progress.yaml",
    "progress/invalid/records-nothing.progress.yaml",
    "progress/invalid/replan-empty.progress.yaml",
    "progress/invalid/root-is-a-mapping.progress.yaml",
    "progress/invalid/unknown-key.progress.yaml",
    "progress/invalid/unknown-status.progress.yaml",
    "progress/invalid/year-without-spent.progress.yaml",
]


def valid_files():
    files = glob.glob(os.path.join(FIXTURES, "valid/*.yaml"))
    files += glob.glob(os.path.join(FIXTURES, "local/*.yaml")) + glob.glob(os.path.join(FIXTURES, "local/diff/*.yaml"))
    files += glob.glob(os.path.join(FIXTURES, "progress/*.yaml"))
    files += glob.glob(os.path.join(ROOT, "plans/**/*.yaml"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "examples/**/*.yaml"), recursive=True)
    return sorted(files)


def load_schemas():
    registry = Registry()
    schemas = {}
    for name in ("plan", "local-plan", "progress"):
        with open(os.path.join(ROOT, "schema", f"{name}.schema.json"), encoding="utf-8") as f:
            schemas[name] = json.load(f)
        Draft202012Validator.check_schema(schemas[name])
        registry = registry.with_resource(f"{name}.schema.json", Resource.from_contents(schemas[name]))
    return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: the YAML 1.2 core schema."""


EditorLoader.yaml_implicit_resolvers = {}
for first, pattern, tag in [
    ("-+0123456789", r"^[-+]?[0-9]+$", "tag:yaml.org,2002:int"),
    ("0", r"^0o[0-7]+$|^0x[0-9a-fA-F]+$", "tag:yaml.org,2002:int"),
    ("-+.0123456789", r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", "tag:yaml.org,2002:float"),
    ("-+.", r"^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$", "tag:yaml.org,2002:float"),
    ("tTfF", r"^(true|True|TRUE|false|False|FALSE)$", "tag:yaml.org,2002:bool"),
    ("~nN", r"^(~|null|Null|NULL)$", "tag:yaml.org,2002:null"),
    ("", r"^$", "tag:yaml.org,2002:null"),
]:
    import re as _re
    for character in first or [""]:
        EditorLoader.yaml_implicit_resolvers.setdefault(character, []).append((tag, _re.compile(pattern)))


def as_json(value):
    """A YAML value as JSON holds it: mapping keys are text."""
    if isinstance(value, dict):
        return {str(key).lower() if isinstance(key, bool) else str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def schema_for(path, document):
    if path.endswith(".progress.yaml") or path.endswith(".progress.yml"):
        return "progress"
    if isinstance(document, dict) and "extends" in document:
        return "local-plan"
    return "plan"


def errors(validators, path, editor=False):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    try:
        document = yaml.load(text, Loader=EditorLoader if editor else yaml.BaseLoader)
    except yaml.YAMLError as error:
        return "plan", [f"YAML: {error}".splitlines()[0]]
    if editor:
        document = as_json(document)
    name = schema_for(path, document)
    found = sorted(validators[name].iter_errors(document), key=lambda e: list(e.absolute_path))
    where = "as an editor reads it: " if editor else ""
    return name, [f"{where}{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message[:160]}" for e in found]


def all_errors(validators, path):
    """The problems as the decoder reads the file, then as an editor does."""
    name, found = errors(validators, path)
    return name, found + errors(validators, path, editor=True)[1]


def main(arguments):
    validators = load_schemas()
    failures = 0
    if arguments:
        for path in arguments:
            name, found = all_errors(validators, path)
            print(f"{path}: {name}: " + ("ok" if not found else f"{len(found)} problem(s)"))
            for line in found:
                print("  " + line)
            failures += bool(found)
        return 1 if failures else 0
    valid = valid_files()
    for path in valid:
        name, found = all_errors(validators, path)
        if found:
            failures += 1
            print(f"FAIL {os.path.relpath(path, ROOT)} should pass the {name} schema:")
            for line in found[:10]:
                print("  " + line)
    for relative in STRUCTURAL:
        path = os.path.join(FIXTURES, relative)
        if not os.path.exists(path):
            failures += 1
            print(f"FAIL {relative} is listed as structurally invalid but does not exist")
            continue
        name, found = errors(validators, path)
        if not found:
            failures += 1
            print(f"FAIL {relative} should fail the {name} schema but passes")
    print(f"schema check: {len(valid)} valid files, {len(STRUCTURAL)} structurally invalid fixtures, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
