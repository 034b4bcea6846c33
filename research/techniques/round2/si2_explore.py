"""Exploration only (optimistic, on OOF test probs of bc): where is SI lost? edge analysis."""
import pickle, numpy as np
from collections import Counter
from common import load, score_si, Fragment
from si_stack import frags, hyst
corpus, arts = load()
d = pickle.load(open("oof_si_bc.pkl", "rb"))
probs, params = d["probs"], d["thrs"]
from common import folds
fr = []
fo = folds(arts)
for k, (tr, te) in enumerate(fo):
    fr += frags([arts[i] for i in te], [probs[i] for i in te], tuple(params[k]))
s = score_si(fr, corpus.si); print("bc", s.precision, s.recall, s.f1, s.predicted, s.gold)
ntok = sum(len(a.toks) for a in arts); print("tokens", ntok, "pos rate", sum(a.y.sum() for a in arts)/ntok)
print("lines", sum(len(set(a.line.tolist())) for a in arts))
# gold edge chars
st = Counter(); en = Counter()
by = {a.aid: a for a in arts}
for f in corpus.si:
    t = by[f.article_id].text
    st[t[f.start]] += 1; en[t[f.end-1]] += 1
print("gold start chars", st.most_common(8)); print("gold end chars", en.most_common(8))
# predicted edge tokens
pst = Counter(); pen = Counter()
for f in fr:
    t = by[f.article_id].text
    pst[t[f.start]] += 1; pen[t[f.end-1]] += 1
print("pred start", pst.most_common(8)); print("pred end", pen.most_common(8))
# span lengths in tokens
gl = [len(by[f.article_id].text[f.start:f.end].split()) for f in corpus.si]
pl = [len(by[f.article_id].text[f.start:f.end].split()) for f in fr]
print("gold len pct", np.percentile(gl, [10,25,50,75,90]), "pred len pct", np.percentile(pl, [10,25,50,75,90]))
# per-span: precision contribution by predicted span length bucket
