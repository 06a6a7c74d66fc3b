#!/usr/bin/env python3
"""The shape of the house: which top-level modules of src/ each module names (crate::X), import
cycles, functions over 60 lines, files over 500 lines, modules without a //! line, and string
literals of two or more words (sentences) per module outside tests. Run: python3 bench/house.py"""
import os, re, sys, collections
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
mods = {}
for dp, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'):
            p = os.path.join(dp, f)
            rel = os.path.relpath(p, root)
            top = rel.split(os.sep)[0].removesuffix('.rs')
            mods.setdefault(top, []).append(p)
names = set(mods)
edges = collections.defaultdict(set)
for m, files in mods.items():
    for p in files:
        src = open(p).read()
        # crate::x and `use crate::{a, b::c}` groups
        for g in re.finditer(r'crate::\{([^}]*)\}', src):
            for part in re.split(r'[,\s]+', g.group(1)):
                t = part.split('::')[0]
                if t in names and t != m: edges[m].add(t)
        for g in re.finditer(r'crate::(\w+)', src):
            t = g.group(1)
            if t in names and t != m: edges[m].add(t)
        # $crate / pathfit:: in main
        for g in re.finditer(r'pathfit::(\w+)', src):
            t = g.group(1)
            if t in names and t != m: edges[m].add(t)
# Tarjan
idx = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges[v]:
        if w not in idx: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        sccs.append(comp)
for v in sorted(names):
    if v not in idx: sc(v)
cyc = [sorted(s) for s in sccs if len(s) > 1]
print('modules:', len(names))
for m in sorted(names): print(f'  {m} -> {", ".join(sorted(edges[m]))}')
print('cycles:', cyc)
# The layers, bottom first; a module may name modules of its own rank or below, never above.
RANKS = [['base'], ['problem', 'error'], ['rubric'], ['answers'],
         ['scoring', 'decide', 'explain', 'compare', 'plan', 'quality', 'summary', 'report'],
         ['text'], ['render'], ['interview', 'commands'], ['settings', 'cli'], ['lib'], ['main']]
rank = {m: i for i, ms in enumerate(RANKS) for m in ms}
unranked = sorted(m for m in names if m not in rank)
print('modules without a layer:', unranked)
up = sorted((m, t) for m in names for t in edges[m] if m in rank and t in rank and rank[t] > rank[m])
print('upward imports:', len(up), up)
long = []
for m, files in mods.items():
    for p in files:
        lines = open(p).read().split('\n')
        i = 0
        while i < len(lines):
            l = lines[i]
            if re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+\w+', l):
                ind = len(l) - len(l.lstrip())
                j = i
                # find closing brace at same indent
                while j < len(lines):
                    if lines[j].rstrip().endswith(';') and j == i: break
                    if j > i and lines[j].startswith(' ' * ind + '}') and len(lines[j]) - len(lines[j].lstrip()) == ind: break
                    j += 1
                n = j - i + 1
                if n > 60: long.append((n, p, re.search(r'fn\s+(\w+)', l).group(1)))
            i += 1
long.sort(reverse=True)
print('functions over 60 lines:', len(long))
for n, p, f in long: print(f'  {n:4} {p} {f}')
big = []
for files in mods.values():
    for p in files:
        n = open(p).read().count('\n')
        if n > 500: big.append((n, p))
print('files over 500 lines:', sorted(big, reverse=True))
sizes = sorted(open(p).read().count('\n') for fs in mods.values() for p in fs)
print('files:', len(sizes), 'median lines:', sizes[len(sizes)//2])
nodoc = [p for fs in mods.values() for p in fs if not open(p).read().lstrip().startswith('//!')]
print('modules without //!:', nodoc)
# Sentences: string literals with two or more words, outside tests, comments and attributes.
lit = re.compile(r'"((?:[^"\\]|\\.)*)"')
words2 = re.compile(r"[A-Za-z][A-Za-z']+\W+(?:\{[^}]*\}\W*)*[A-Za-z][A-Za-z']+")
per = collections.Counter()
for m, files in mods.items():
    for p in files:
        if p.endswith('tests.rs'): continue
        src = open(p).read()
        cut = src.find('#[cfg(test)]')
        if cut >= 0: src = src[:cut]
        for line in src.split('\n'):
            s = line.strip()
            if s.startswith('//') or s.startswith('#['): continue
            for g in lit.finditer(line):
                if words2.search(g.group(1)): per[p.split('/')[1].removesuffix('.rs')] += 1
print('sentences:', sum(per.values()), dict(sorted(per.items(), key=lambda x: -x[1])))
