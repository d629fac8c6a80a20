"""
Fits the once-run trees on the dev rows of scripts/spam/scan-once30.ts (as fit-once-runs.py does:
gated pages' rows out, partial runs out, pasted weighed 5) with the first K features, and reads other
dumps against it: per level, pieces (a run covering the piece), pasted / writer's characters of the
best non-overlapping runs, precision; on cost dumps the characters marked (session 31).

  python3 scripts/spam/eval-once-runs.py DEV.jsonl K OTHER.jsonl [OTHER.jsonl …]
"""
import collections, json, os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from importlib import import_module
gbdt = import_module('once-runs-gbdt')

PASTED = ('once28', 'once30', 'once31')
K = int(sys.argv[2])
load = lambda f: [r for r in (json.loads(l) for l in open(f)) if not r['gated']]
dev = load(sys.argv[1])
X = np.array([r['f'][:K] for r in dev], dtype=float)
lab = np.array([r['label'] for r in dev])
train = lab != -1
y = (lab == 1).astype(float)
m = gbdt.fit(X[train], y[train], np.where(y[train] == 1, 5.0, 1.0), depth=3, n=120, lr=0.1)
for f in sys.argv[3:]:
    rows = load(f)
    s = gbdt.score(m, np.array([r['f'][:K] for r in rows], dtype=float))
    pages = collections.defaultdict(list)
    for i, r in enumerate(rows):
        pages[(r['pool'], r['page'])].append(i)
    print(f'{os.path.basename(f)} ({K} features): {len(pages)} pages read (not gated)')
    for th in [1, 1.5, 2, 2.5, 3, 3.5, 4, 5]:
        c = collections.Counter()
        for k, ids in pages.items():
            taken = []
            for i in sorted((i for i in ids if s[i] >= th), key=lambda i: -s[i]):
                r = rows[i]
                if any(rows[j]['p'] == r['p'] and rows[j]['start'] < r['end'] and r['start'] < rows[j]['end'] for j in taken):
                    continue
                taken.append(i)
                n = r['end'] - r['start']
                c['pasted' if r['label'] == 1 else 'writer'] += n
                c['alike'] += n if r['alike'] else 0
                c['pieces'] += r['label'] == 1
        print(f"  >= {th}: pieces {c['pieces']}, pasted {c['pasted']} / writer's {c['writer']} (digressions {c['alike']}), P {c['pasted'] / max(1, c['pasted'] + c['writer']):.3f}")
