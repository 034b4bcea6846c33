"""exploration: is the clause-split gain a span-count artefact? (a) gold spans containing split punctuation;
(b) hs decode with kept pieces of one run re-joined (same characters, fewer spans), fold 0, inner-chosen params."""
import re, numpy as np
from common import load, score_si, Fragment, merge_overlapping
from si2_decode import load_probs, runs_of, trim, SPLIT, hyst_split
corpus, arts = load()
by = {a.aid: a for a in arts}
n = len(corpus.si); c = 0
for f in corpus.si:
    seg = by[f.article_id].text[f.start:f.end]
    if any(ch in seg for ch in ",;:—–()\"“”"): c += 1
print("gold spans with clause punct inside", c, n, c / n)
tr, te, inner, test = load_probs(["sx"], 0)
tst = [arts[i] for i in te]; g = [f for f in corpus.si if f.article_id in {a.aid for a in tst}]
fr = [Fragment(a.aid, s, e) for a, p in zip(tst, test) for s, e in hyst_split(a, p, 0.08, 0.35)]
s = score_si(fr, g); print("hs split", s.precision, s.recall, s.f1, s.predicted)
# rejoin: pieces from one run -> one span from first kept to last kept piece
def rejoin(a, p, low, high):
    out = []
    for i, j in runs_of(p >= low, a.line):
        if p[i:j+1].max() < high: continue
        ks = [(x, y) for x, y in hyst_split(a, p, low, high) if x >= a.starts[i] and y <= a.ends[j]]
        if ks: out.append((ks[0][0], ks[-1][1]))
    return out
fr2 = [Fragment(a.aid, s, e) for a, p in zip(tst, test) for s, e in rejoin(a, p, 0.08, 0.35)]
s = score_si(fr2, g); print("hs rejoined (same first/last, spans over gaps)", s.precision, s.recall, s.f1, s.predicted)
# char-level F1 (span-count free): predicted char mask vs gold char mask
def charf(frs):
    tp = pp = gg = 0
    for a in tst:
        pm = np.zeros(len(a.text)); gm = np.zeros(len(a.text))
        for f in frs:
            if f.article_id == a.aid: pm[f.start:f.end] = 1
        for f in g:
            if f.article_id == a.aid: gm[f.start:f.end] = 1
        tp += (pm * gm).sum(); pp += pm.sum(); gg += gm.sum()
    P, R = tp / pp, tp / gg; return P, R, 2 * P * R / (P + R)
from si2_decode import hyst
fr0 = [Fragment(a.aid, s, e) for a, p in zip(tst, test) for s, e in hyst(a, p, 0.16, 0.35, tr=1)]
print("char-level P R F1: ht", charf(fr0), "hs", charf(fr))
