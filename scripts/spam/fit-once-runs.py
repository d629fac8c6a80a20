"""
Fits the once-run score (src/spam/find-once-runs.ts; sessions 29–30, issue 12): boosted trees of
depth 3 (120 rounds, rate 0.1, pasted runs weighed 5) on the rows that scripts/spam/scan-once30.ts
dumps for the dev split (once28 and once30 pages, dev corpus articles, dev CPP pages), written to
src/spam/once-run-weights.json in the format src/spam/boosted-trees.ts reads. Rows of pages the
page gate leaves unread are not trained on (the score never reads them). Reports the out-of-fold
curve by host (4 folds) first.

  npx tsx scripts/spam/scan-once30.ts --split=dev > /tmp/once30-dev.jsonl
  python3 scripts/spam/fit-once-runs.py /tmp/once30-dev.jsonl [--no-cv]
"""
import collections, json, os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from importlib import import_module
gbdt = import_module('once-runs-gbdt')

PASTED = ('once28', 'once30')
rows = [r for r in (json.loads(l) for l in open(sys.argv[1])) if not r['gated']]
X = np.array([r['f'] for r in rows], dtype=float)
lab = np.array([r['label'] for r in rows])
y = (lab == 1).astype(float)
host = lambda r: int(r['page'].split('.')[0]) if r['pool'] in PASTED else int(r['page'][1:])
fold = np.array([host(r) % 4 for r in rows])
weight = lambda t: np.where(y[t] == 1, 5.0, 1.0)
oof = np.zeros(len(rows))
for f in range(0 if '--no-cv' in sys.argv else 4):
    train = (fold != f) & (lab != -1)
    m = gbdt.fit(X[train], y[train], weight(train), depth=3, n=120, lr=0.1)
    oof[fold == f] = gbdt.score(m, X[fold == f])
pages = collections.defaultdict(list)
for i, r in enumerate(rows):
    pages[(r['pool'], r['page'])].append(i)
for th in [] if '--no-cv' in sys.argv else [0, 1, 1.5, 2, 2.5, 3, 3.5, 4]:
    s = collections.Counter()
    for k, ids in pages.items():
        taken = []
        for i in sorted((i for i in ids if oof[i] >= th), key=lambda i: -oof[i]):
            r = rows[i]
            if any(rows[j]['p'] == r['p'] and rows[j]['start'] < r['end'] and r['start'] < rows[j]['end'] for j in taken):
                continue
            taken.append(i)
            n = r['end'] - r['start']
            s[k[0] + {1: ' pasted', 0: ' writer', -1: ' writer'}[int(lab[i])] if k[0] in PASTED else k[0]] += n
            s[k[0] + ' pieces'] += lab[i] == 1
    line = ', '.join(f"{p} {s[p + ' pieces']} pieces, P {s[p + ' pasted'] / max(1, s[p + ' pasted'] + s[p + ' writer']):.3f}" for p in PASTED)
    print(f"log-odds >= {th}: {line}; clean {s['clean']}, CPP {s['cpp']}")
train = lab != -1
m = gbdt.fit(X[train], y[train], weight(train), depth=3, n=120, lr=0.1)
m['base'] = round(m['base'], 4)
for t in m['trees']:
    t['t'] = [None if x is None else round(x, 5) for x in t['t']]
    t['v'] = [round(x, 4) for x in t['v']]
out = os.path.join(os.path.dirname(__file__), '../../src/spam/once-run-weights.json')
json.dump(m, open(out, 'w'), separators=(',', ':'))
