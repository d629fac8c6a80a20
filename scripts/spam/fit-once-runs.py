"""
Fits the once-run score (src/spam/find-once-runs.ts; session 29, issue 12): boosted trees of depth 3
(120 rounds, rate 0.1, pasted runs weighed 5) on the rows that scripts/spam/scan-once-runs.ts dumps
for the dev split, written to src/spam/once-run-weights.json in the format src/spam/boosted-trees.ts
reads. Reports the out-of-fold curve by host (4 folds) first.

  npx tsx scripts/spam/scan-once-runs.ts --split=dev > /tmp/runs-dev.jsonl
  python3 scripts/spam/fit-once-runs.py /tmp/runs-dev.jsonl
"""
import collections, json, os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from importlib import import_module
gbdt = import_module('once-runs-gbdt')

rows = [json.loads(l) for l in open(sys.argv[1])]
X = np.array([r['f'] for r in rows], dtype=float)
lab = np.array([r['label'] for r in rows])
y = (lab == 1).astype(float)
fold = np.array([int(r['page'].split('.')[0]) % 4 if r['pool'] == 'once28' else int(r['page'][1:]) % 4 for r in rows])
oof = np.zeros(len(rows))
for f in range(4):
    train = (fold != f) & (lab != -1)
    m = gbdt.fit(X[train], y[train], np.where(y[train] == 1, 5.0, 1.0), depth=3, n=120, lr=0.1)
    oof[fold == f] = gbdt.score(m, X[fold == f])
pages = collections.defaultdict(list)
for i, r in enumerate(rows):
    pages[(r['pool'], r['page'])].append(i)
n_once = sum(1 for k in pages if k[0] == 'once28')
for th in [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]:
    s = collections.Counter()
    for k, ids in pages.items():
        taken = []
        for i in sorted((i for i in ids if oof[i] >= th), key=lambda i: -oof[i]):
            r = rows[i]
            if any(rows[j]['p'] == r['p'] and rows[j]['start'] < r['end'] and r['start'] < rows[j]['end'] for j in taken):
                continue
            taken.append(i)
            n = len(r['text'])
            if k[0] != 'once28':
                s[k[0]] += n
            else:
                s[{1: 'pasted', 0: 'writer', -1: 'partial'}[int(lab[i])]] += n
                s['pieces'] += lab[i] == 1
    p = s['pasted'] / max(1, s['pasted'] + s['writer'] + s['partial'])
    print(f"log-odds >= {th}: pieces {s['pieces']}/{n_once}, pasted {s['pasted']}, writer's {s['writer']} (+{s['partial']} partly), P {p:.3f}; clean {s['clean']}, CPP {s['cpp']}")
train = lab != -1
m = gbdt.fit(X[train], y[train], np.where(y[train] == 1, 5.0, 1.0), depth=3, n=120, lr=0.1)
m['base'] = round(m['base'], 4)
for t in m['trees']:
    t['t'] = [None if x is None else round(x, 5) for x in t['t']]
    t['v'] = [round(x, 4) for x in t['v']]
out = os.path.join(os.path.dirname(__file__), '../../src/spam/once-run-weights.json')
json.dump(m, open(out, 'w'), separators=(',', ':'))
