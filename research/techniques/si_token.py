"""SI with token-level logistic regression, 5-fold GroupKFold out-of-fold; threshold chosen by inner CV on train.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si_token.py a|b
Writes oof_si_<name>.pkl (token probabilities, per-fold thresholds) and prints SI figures.
"""
from __future__ import annotations

import json
import pickle
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from common import best_threshold, folds, load, score_si, si_fragments
from features import Featurizer
from lexicon import lexicon_extras

SPECS = {
    # (a) the baseline: word + neighbours, affixes, shape
    "a": dict(window=[-1, 0, 1], suf=True, pre=True, shape=True, C=0.5, gap=0, lex=False),
    # (b) wider context, bigrams, line features, learned lexicon scores over a window
    "b": dict(window=[-3, -2, -1, 0, 1, 2, 3], suf=True, pre=True, shape=True, shape_window=[-1, 0, 1],
              bigrams=True, line=True, C=0.25, gap=2, lex=True),
}
# "bh": spec b, decoded by hysteresis (runs of p >= low kept when their max >= high), params chosen on inner OOF
SPECS["bh"] = dict(SPECS["b"], hyst=True)
SPECS["ah"] = dict(SPECS["a"], hyst=True)
# "bc": bh + word clusters of MiniLM input embeddings (256 and 1024 k-means clusters) over a window
SPECS["bc"] = dict(SPECS["bh"], clu=True, c256_window=[-2, -1, 0, 1, 2], c1024_window=[-1, 0, 1])


def fit_predict(train, test, spec):
    fz = Featurizer(spec).fit(train)
    if spec["lex"]:
        ex_tr, ex_te = lexicon_extras(train, test)
    else:
        ex_tr = ex_te = None
    xtr = fz.matrix(train, ex_tr)
    ytr = np.concatenate([a.y for a in train])
    clf = LogisticRegression(C=spec["C"], max_iter=300, solver="liblinear")
    clf.fit(xtr, ytr)
    xte = fz.matrix(test, ex_te)
    p = clf.predict_proba(xte)[:, 1]
    out, i = [], 0
    for a in test:
        out.append(p[i:i + len(a.toks)])
        i += len(a.toks)
    return out, fz, clf


def decode_any(arts, probs, thr, spec):
    if spec.get("hyst"):
        from si_stack import frags as hyst_frags
        return hyst_frags(arts, probs, thr)
    return si_fragments(arts, probs, thr, spec["gap"])


def main(name):
    spec = SPECS[name]
    corpus, arts = load()
    probs = [None] * len(arts)
    thrs = []
    t0 = time.time()
    fit_times = []
    for k, (tr, te) in enumerate(folds(arts)):
        train = [arts[i] for i in tr]
        # inner 3-fold on the training articles to pick the decoding threshold without touching the test fold
        ids = np.array([a.aid for a in train])
        inner = [None] * len(train)
        for itr, ite in GroupKFold(3).split(ids, groups=ids):
            pr, _, _ = fit_predict([train[i] for i in itr], [train[i] for i in ite], spec)
            for i, p in zip(ite, pr):
                inner[i] = p
        if spec.get("hyst"):
            from si_stack import choose
            f_in, thr = choose(train, inner, corpus.si)
        else:
            thr, f_in = best_threshold(train, inner, corpus.si, gap=spec["gap"])
        t1 = time.time()
        pr, _, _ = fit_predict(train, [arts[i] for i in te], spec)
        fit_times.append(time.time() - t1)
        for i, p in zip(te, pr):
            probs[i] = p
        thrs.append(thr)
        f = score_si(decode_any([arts[i] for i in te], pr, thr, spec),
                     [x for x in corpus.si if x.article_id in {arts[i].aid for i in te}])
        print(f"fold {k}: thr={thr} inner F1={f_in:.3f} test SI F1={f.f1:.3f}", flush=True)
    frags = []
    for k, (tr, te) in enumerate(folds(arts)):
        frags += decode_any([arts[i] for i in te], [probs[i] for i in te], thrs[k], spec)
    s = score_si(frags, corpus.si)
    res = dict(model=name, si_p=s.precision, si_r=s.recall, si_f1=s.f1, n_pred=s.predicted, thresholds=thrs,
               fit_seconds_per_fold=float(np.mean(fit_times)), total_seconds=time.time() - t0)
    print(json.dumps(res))
    with open(f"oof_si_{name}.pkl", "wb") as fh:
        extra = dict(params=thrs) if spec.get("hyst") else {}
        pickle.dump(dict(probs=probs, thrs=thrs, spec=spec, res=res, **extra), fh)
    with open(f"result_si_{name}.json", "w") as fh:
        json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
