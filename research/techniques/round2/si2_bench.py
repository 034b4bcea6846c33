"""si2: inference speed of the sx model + clause-split decode on one core (fold-0 model, fold-0 test articles).
Inference path = tokenise, featurise (vocab lookups, hashed bigrams, lexicon, clusters), sentence TF-IDF LR,
token LR (sparse dot), decode. sklearn objects are used here as stand-ins for their numpy equivalents.

usage: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 nice -n 19 taskset -c 0 ../venv/bin/python si2_bench.py
"""
import time

import numpy as np
from sklearn.linear_model import LogisticRegression

from common import Art, folds, load, tokenize
from features import Featurizer
from lexicon import build, extras_for
from si2_decode import hyst_split
from si2_feats import SentModel, load_memes, sent_extras_for
from si2_run import V

spec = V["sx"]
corpus, arts = load()
tr, te = folds(arts)[0]
train = [arts[i] for i in tr]
test = [arts[i] for i in te]
t0 = time.time()
lex = build(train)
sm = SentModel().fit(train)
memes = load_memes()
fit_arts = train + memes
ex = [np.concatenate([extras_for(a, lex), sent_extras_for(a, *sm.line_probs(a))], 1) for a in fit_arts]
fz = Featurizer(spec).fit(train)
x = fz.matrix(fit_arts, ex)
y = np.concatenate([a.y for a in fit_arts])
w = np.concatenate([getattr(a, "w", np.ones(len(a.toks))) for a in fit_arts])
clf = LogisticRegression(C=spec["C"], max_iter=300, solver="liblinear").fit(x, y, sample_weight=w)
print(f"train {time.time() - t0:.0f}s (no inner OOF)", flush=True)
coef, b = clf.coef_.ravel().astype(np.float32), float(clf.intercept_[0])
n_tok = 0
t0 = time.perf_counter()
for rep in range(2):
    for a0 in test:
        s, e, toks = tokenize(a0.text)
        nl = np.concatenate([[0], np.cumsum(np.frombuffer(a0.text.encode("utf-32-le"), np.uint32) == 10)])
        a = Art(a0.aid, a0.text, s, e, toks, np.zeros(len(toks), bool), nl[s])
        e1 = np.concatenate([extras_for(a, lex), sent_extras_for(a, *sm.line_probs(a))], 1)
        xm = fz.transform(a, e1)
        p = 1 / (1 + np.exp(-(xm @ coef + b)))
        spans = hyst_split(a, p, 0.08, 0.35)
        n_tok += len(toks)
dt = time.perf_counter() - t0
print(f"{2 * len(test)} articles in {dt:.2f}s: {2 * len(test) / dt:.1f} art/s, {n_tok / dt:.0f} tok/s")
