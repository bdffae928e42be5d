#!/usr/bin/env python3
"""Adds to each Swift file of Sources/ActionPlan the imports of the layers below its own (read from
Package.swift's `layers` list), where missing: a new file in Queries/ starts with
`import ActionPlanCore` and `import ActionPlanFiles`. Run from the repository's root after adding a
file, or after a merge brings files from before the layers were targets. --check only lists them
(exit 1 when one lacks an import)."""
import os, re, sys

text = open('Package.swift').read()
block = re.search(r'let layers[^=]*=\s*\[(.*?)\n\]', text, re.S).group(1)
layers = [(name, re.findall(r'"([^"]+)"', folders)) for name, folders in re.findall(r'\("(\w+)",\s*\[([^\]]*)\]\)', block)]
missing_any = False
for index, (_, folders) in enumerate(layers):
    below = [name for name, _ in layers[:index]]
    for folder in folders:
        path = os.path.join('Sources/ActionPlan', folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith('.swift'):
                continue
            file = os.path.join(path, name)
            source = open(file).read()
            missing = [m for m in below if not re.search(rf'^(?:@_exported |package |public |internal )?import {m}$', source, re.M)]
            if not missing:
                continue
            missing_any = True
            print(('lacks ' if '--check' in sys.argv else 'adding ') + ', '.join(missing) + ': ' + file)
            if '--check' not in sys.argv:
                open(file, 'w').write(''.join(f'import {m}\n' for m in missing) + source)
sys.exit(1 if missing_any and '--check' in sys.argv else 0)
