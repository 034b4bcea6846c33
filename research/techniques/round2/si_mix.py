"""Post-hoc SI decodings over out-of-fold token probabilities of the v3 recipe: tune on folds 0-1, report 2-4
(and the reverse), as the study did for FLC."""
import itertools, json
import numpy as np
from pathlib import Path
from unspin.techniques import train as T
from unspin.techniques.ptc import load_corpus, Fragment
from unspin.techniques.model import Decoding, hysteresis
from unspin.techniques.scoring import score_si
root = Path('/work/shared/data/ptc')
corpus = load_corpus(root); arts = T.prepare(corpus)
import sys
P = np.load(sys.argv[1] if len(sys.argv) > 1 else '/work/experiments/pkgcv/oof_v3.npz')  # or oof_v4.npz
splits = T.group_folds(len(arts), 5)
fold_ids = [[arts[i].id for i in te] for _, te in splits]
byid = {a.id: a for a in arts}
gold = {}
for f in corpus.si: gold.setdefault(f.article_id, []).append(f)

def frags(ids, mode, dec, alpha=1.0):
    out = []
    for aid in ids:
        a = byid[aid]; p = P[aid].astype(np.float64)
        if mode == 'si':
            q = p[:, 0]
        elif mode == 'max':
            q = np.maximum(p[:, 0], alpha * p[:, 1:].max(1))
        elif mode == 'mean':
            q = (1 - alpha) * p[:, 0] + alpha * p[:, 1:].max(1)
        out += [Fragment(aid, s, e) for s, e, _ in hysteresis(a.tokens, q, dec)]
    return out

def score(ids, mode, dec, alpha=1.0):
    g = [f for i in ids for f in gold.get(i, [])]
    return score_si(frags(ids, mode, dec, alpha), g).f1

GRID = [Decoding(s, lo, hi, sp) for sp in (False, True) for s in (1, 3) for lo in (0.04, 0.06, 0.08, 0.12, 0.16) for hi in (0.2, 0.25, 0.3, 0.35, 0.4)]
A = sum(fold_ids[:2], []); B = sum(fold_ids[2:], [])
res = {}
for mode, alphas in (('mean', [0.35, 0.5, 0.65, 0.8]),):
    best = max(((score(A, mode, d, al), d, al) for d in GRID for al in alphas), key=lambda t: t[0])
    best_b = max(((score(B, mode, d, al), d, al) for d in GRID for al in alphas), key=lambda t: t[0])
    held = score(B, mode, best[1], best[2]); held_a = score(A, mode, best_b[1], best_b[2])
    res[mode] = dict(tuned01=round(best[0], 4), params01=str(best[1:]), held234=round(held, 4), held01=round(held_a, 4), params234=str(best_b[1:]))
    print(mode, res[mode], flush=True)
# reference: the shipped per-fold decoding (inner CV) on folds 2-4
print('v3 decoding on 2-4:', round(score(B, 'si', Decoding(3, 0.08, 0.35, True)), 4))
json.dump(res, open('/work/experiments/pkgcv/posthoc2.json', 'w'), indent=1)
