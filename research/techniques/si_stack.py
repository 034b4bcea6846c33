"""SI (b2): token LR (spec b) + a second stage (gradient boosting over a window of first-stage probabilities and
line statistics) + hysteresis decoding. Strictly nested: the stacker is trained on inner out-of-fold first-stage
probabilities of the training articles; decoding parameters are chosen on the stacker's inner out-of-fold output.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si_stack.py
"""
from __future__ import annotations

import itertools
import json
import pickle
import time

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from common import Fragment, folds, load, score_si
from si_token import SPECS, fit_predict

OFFS = (-6, -4, -3, -2, -1, 1, 2, 3, 4, 6)
GRID = list(itertools.product((1, 3), (0.08, 0.12, 0.16, 0.2, 0.25), (0.25, 0.3, 0.35, 0.4, 0.5)))


def stack_features(art, p):
    n = len(p)
    line = art.line
    cols = [p]
    for o in OFFS:
        sh = np.zeros(n)
        if o > 0:
            sh[:-o] = p[o:]
            sh[:-o][line[o:] != line[:-o]] = -1
            sh[-o:] = -1
        else:
            k = -o
            sh[k:] = p[:-k]
            sh[k:][line[:-k] != line[k:]] = -1
            sh[:k] = -1
        cols.append(sh)
    _, first, inv, cnt = np.unique(line, return_index=True, return_inverse=True, return_counts=True)
    lmean = (np.bincount(inv, p) / cnt)[inv]
    lmax = np.zeros(len(cnt))
    np.maximum.at(lmax, inv, p)
    pos = np.arange(n) - first[inv]
    punct = np.array([not t[0].isalnum() for t in art.toks], float)
    # max prob to the left / right within the line (is this token between two likely tokens?)
    return np.column_stack(cols + [lmean, lmax[inv], np.log1p(cnt[inv]), pos / np.maximum(cnt[inv], 1), punct,
                                   (line == 0).astype(float)])


def hyst(art, p, low, high, smooth):
    if smooth > 1:
        p = np.maximum(p, np.convolve(p, np.ones(smooth) / smooth, mode="same"))
    idx = np.flatnonzero(p >= low)
    if len(idx) == 0:
        return []
    runs, first, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if i == prev + 1 and art.line[i] == art.line[prev]:
            prev = i
            continue
        runs.append((first, prev))
        first = prev = i
    runs.append((first, prev))
    return [(int(art.starts[i]), int(art.ends[j]), float(p[i:j + 1].max())) for i, j in runs
            if p[i:j + 1].max() >= high]


def frags(arts, probs, params):
    s, lo, hi = params
    return [Fragment(a.aid, x, y) for a, p in zip(arts, probs) for x, y, _ in hyst(a, p, lo, hi, s)]


def choose(arts, probs, gold):
    ids = {a.aid for a in arts}
    g = [f for f in gold if f.article_id in ids]
    return max((score_si(frags(arts, probs, prm), g).f1, prm) for prm in GRID)


def split(p, arts):
    out, i = [], 0
    for a in arts:
        out.append(p[i:i + len(a.toks)])
        i += len(a.toks)
    return out


def hgb():
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, max_leaf_nodes=31, random_state=0)


def main():
    spec = SPECS["b"]
    corpus, arts = load()
    out_first, out_stack, chosen = [None] * len(arts), [None] * len(arts), []
    t0 = time.time()
    for k, (tr, te) in enumerate(folds(arts)):
        train = [arts[i] for i in tr]
        test = [arts[i] for i in te]
        ids = np.array([a.aid for a in train])
        inner = [None] * len(train)
        for itr, ite in GroupKFold(3).split(ids, groups=ids):
            pr, _, _ = fit_predict([train[i] for i in itr], [train[i] for i in ite], spec)
            for i, p in zip(ite, pr):
                inner[i] = p
        first_te, _, _ = fit_predict(train, test, spec)
        # second stage on the inner out-of-fold probabilities
        xs = np.vstack([stack_features(a, p) for a, p in zip(train, inner)])
        ys = np.concatenate([a.y for a in train])
        grp = np.concatenate([[j] * len(a.toks) for j, a in enumerate(train)])
        inner2 = np.zeros(len(ys))
        for itr, ite in GroupKFold(3).split(xs, groups=grp):
            inner2[ite] = hgb().fit(xs[itr], ys[itr]).predict_proba(xs[ite])[:, 1]
        f_in, prm = choose(train, split(inner2, train), corpus.si)
        stacker = hgb().fit(xs, ys)
        xt = np.vstack([stack_features(a, p) for a, p in zip(test, first_te)])
        st = split(stacker.predict_proba(xt)[:, 1], test)
        for i, p1, p2 in zip(te, first_te, st):
            out_first[i], out_stack[i] = p1, p2
        chosen.append(prm)
        te_ids = {a.aid for a in test}
        f = score_si(frags(test, st, prm), [x for x in corpus.si if x.article_id in te_ids])
        print(f"fold {k}: params={prm} inner={f_in:.3f} test SI F1={f.f1:.3f} {time.time() - t0:.0f}s", flush=True)
    allf = []
    for k, (tr, te) in enumerate(folds(arts)):
        allf += frags([arts[i] for i in te], [out_stack[i] for i in te], chosen[k])
    s = score_si(allf, corpus.si)
    res = dict(model="b2", si_p=s.precision, si_r=s.recall, si_f1=s.f1, n_pred=s.predicted,
               params=[list(p) for p in chosen], total_seconds=time.time() - t0)
    print(json.dumps(res))
    with open("oof_si_b2.pkl", "wb") as fh:
        pickle.dump(dict(probs=out_stack, first=out_first, params=chosen, res=res), fh)
    with open("result_si_b2.json", "w") as fh:
        json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main()
