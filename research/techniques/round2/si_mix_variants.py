"""Variant + parameters chosen together on folds 0-1; reported on folds 2-4 (and the reverse)."""
import numpy as np
from pathlib import Path
from unspin.techniques import train as T
from unspin.techniques.ptc import load_corpus, Fragment
from unspin.techniques.model import Decoding, hysteresis
from unspin.techniques.scoring import score_si
corpus = load_corpus(Path('/work/shared/data/ptc')); arts = T.prepare(corpus)
P = np.load('/work/experiments/pkgcv/oof_v3.npz')
splits = T.group_folds(len(arts), 5)
fold_ids = [[arts[i].id for i in te] for _, te in splits]
byid = {a.id: a for a in arts}
gold = {}
for f in corpus.si: gold.setdefault(f.article_id, []).append(f)
Q = {}
def q(aid, mode, al):
    p = P[aid].astype(np.float64); t = p[:, 1:]
    if mode == 'mean': return (1 - al) * p[:, 0] + al * t.max(1)
    if mode == 'noisyor': return (1 - al) * p[:, 0] + al * (1 - np.prod(1 - t, 1))
    if mode == 'top2': return (1 - al) * p[:, 0] + al * np.sort(t, 1)[:, -2:].mean(1)
def score(ids, mode, dec, al):
    fr = [Fragment(a, s, e) for a in ids for s, e, _ in hysteresis(byid[a].tokens, q(a, mode, al), dec)]
    return score_si(fr, [f for i in ids for f in gold.get(i, [])]).f1
GRID = [Decoding(s, lo, hi, True) for s in (1, 3) for lo in (0.04, 0.06, 0.08, 0.12) for hi in (0.2, 0.25, 0.3, 0.35)]
A = sum(fold_ids[:2], []); B = sum(fold_ids[2:], [])
for tune, test, name in ((A, B, '0-1 -> 2-4'), (B, A, '2-4 -> 0-1')):
    best = max(((score(tune, m, d, al), m, d, al) for m in ('mean', 'noisyor', 'top2') for d in GRID for al in (0.35, 0.5, 0.65)), key=lambda t: t[0])
    print(name, 'tuned', round(best[0], 4), best[1:], 'held', round(score(test, *best[1:]), 4), flush=True)
