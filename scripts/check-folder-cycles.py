#!/usr/bin/env python3
"""Fails when the folders of Sources/ActionPlan form a cycle, or a folder uses a folder of a higher
layer. A folder 'uses' another when it names a type declared there (comments and string text left
out). The layers and their folders are read from Package.swift's `layers` list, lowest first.

Usage, from the repository's root: python3 scripts/check-folder-cycles.py [--graph]
(--graph prints every folder's edges). Exit 0: no cycle, every edge points down or sideways."""
import collections, os, re, sys

ROOT = 'Sources/ActionPlan'

def strip(src):
    src = re.sub(r'/\*.*?\*/', '', src, flags=re.S)
    src = re.sub(r'//[^\n]*', '', src)
    src = re.sub(r'"""(.*?)"""', '""', src, flags=re.S)
    # plain string content goes; interpolated expressions stay (they name types too)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"', lambda m: ' '.join(re.findall(r'\\\((.*?)\)', m.group(0))), src)

def layers():
    text = open('Package.swift').read()
    block = re.search(r'let layers[^=]*=\s*\[(.*?)\n\]', text, re.S).group(1)
    return [(name, re.findall(r'"([^"]+)"', folders)) for name, folders in re.findall(r'\("(\w+)",\s*\[([^\]]*)\]\)', block)]

def main():
    sources = {}
    for folder in sorted(os.listdir(ROOT)):
        path = os.path.join(ROOT, folder)
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith('.swift'):
                    sources[(folder, name)] = strip(open(os.path.join(path, name)).read())
    # Top-level declarations (nested types are named through their outer type).
    declaration = re.compile(r'^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect)\s+)*'
                             r'(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)', re.M)
    owners = collections.defaultdict(set)
    for (folder, _), text in sources.items():
        for name in declaration.findall(text):
            owners[name].add(folder)
    edges = collections.defaultdict(lambda: collections.defaultdict(set))
    for (folder, file), text in sources.items():
        for name in set(re.findall(r'(?<![.\w])[A-Z]\w*\b', text)):
            places = owners.get(name, set())
            if len(places) == 1 and folder not in places:
                edges[folder][next(iter(places))].add(f'{file}:{name}')
    folders = sorted({folder for folder, _ in sources})
    level = {folder: index for index, (_, names) in enumerate(layers()) for folder in names}
    problems = []
    for folder in folders:
        if folder not in level:
            problems.append(f'{folder}: in no layer of Package.swift')
    if '--graph' in sys.argv:
        for folder in folders:
            print(f'{folder} -> ' + ', '.join(f'{to}({len(edges[folder][to])})' for to in sorted(edges[folder])))
    for folder in folders:
        for to, why in sorted(edges[folder].items()):
            if level.get(to, -1) > level.get(folder, -1):
                problems.append(f'{folder} -> {to} reaches up a layer: ' + ', '.join(sorted(why)[:6]))
    # Cycles: Tarjan's strongly connected components.
    index, low, stack, on, components, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1; stack.append(v); on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop(); on.discard(w); component.append(w)
                if w == v: break
            components.append(sorted(component))
    for folder in folders:
        if folder not in index: visit(folder)
    for component in components:
        if len(component) > 1:
            inside = [f'{a} -> {b} ({", ".join(sorted(edges[a][b])[:4])})' for a in component for b in component if b in edges[a]]
            problems.append('folders in a cycle: ' + ', '.join(component) + '\n    ' + '\n    '.join(inside))
    for problem in problems:
        print('error:', problem)
    print(f'{len(folders)} folders in {len(layers())} layers; ' + ('no cycle, every use points down or sideways' if not problems else f'{len(problems)} problem(s)'))
    return 1 if problems else 0

sys.exit(main())
