"""exploration only: test-fold F1 over a decoder grid (optimistic), to see how flat the surface is."""
import sys
from common import load, score_si
from si2_decode import DEC, frags, load_probs
corpus, arts = load()
dec, var, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
tr, te, inner, test = load_probs(var.split("+"), k)
tst = [arts[i] for i in te]; trn = [arts[i] for i in tr]
tid = {a.aid for a in tst}; g = [f for f in corpus.si if f.article_id in tid]
iid = {a.aid for a in trn}; gi = [f for f in corpus.si if f.article_id in iid]
res = []
for prm in DEC[dec][1]:
    s = score_si(frags(dec, tst, test, prm), g); si = score_si(frags(dec, trn, inner, prm), gi)
    res.append((s.f1, si.f1, prm))
for r in sorted(res, key=lambda r: r[1])[-6:]: print("inner-ranked test %.4f inner %.4f %s" % r)
for r in sorted(res, key=lambda r: r[0])[-4:]: print("best test %.4f inner %.4f %s" % r)
