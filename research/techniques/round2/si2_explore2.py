"""exploration only: per predicted span precision by length / max p (fold 0, s, hyst chosen params)."""
import numpy as np
from common import load, merge_overlapping
from si2_decode import load_probs, hyst
corpus, arts = load()
tr, te, inner, test = load_probs(["s"], 0)
gold = {}
for f in corpus.si: gold.setdefault(f.article_id, []).append((f.start, f.end))
rows = []
for i, p in zip(te, test):
    a = arts[i]; g = merge_overlapping(gold.get(a.aid, []))
    mask = np.zeros(len(a.text) + 1); 
    for s, e in g: mask[s:e] = 1
    for s, e in hyst(a, p, 0.12, 0.35):
        ntok = int(((a.starts >= s) & (a.ends <= e)).sum())
        tokm = (a.starts >= s) & (a.ends <= e)
        rows.append((ntok, mask[s:e].mean(), p[tokm].max(), p[tokm].mean()))
r = np.array(rows)
print("n spans", len(r), "mean prec", r[:, 1].mean(), "zero-overlap frac", (r[:, 1] == 0).mean())
for lo, hi in [(1, 1), (2, 2), (3, 4), (5, 8), (9, 15), (16, 30), (31, 999)]:
    m = (r[:, 0] >= lo) & (r[:, 0] <= hi)
    print(f"len {lo}-{hi}: n {m.sum()} prec {r[m,1].mean():.3f} zero {(r[m,1]==0).mean():.2f}")
for lo, hi in [(0.35, 0.45), (0.45, 0.6), (0.6, 0.8), (0.8, 1)]:
    m = (r[:, 2] >= lo) & (r[:, 2] < hi)
    print(f"maxp {lo}-{hi}: n {m.sum()} prec {r[m,1].mean():.3f} zero {(r[m,1]==0).mean():.2f}")
