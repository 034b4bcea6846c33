"""si2: SI token models with cached inner-OOF + test probabilities per outer fold (decoding done in si2_decode.py).

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si2_run.py VARIANT FOLDS   (FOLDS e.g. 0 or 0,1,2,3,4)
Writes si2_cache/VARIANT_fold{k}.pkl = dict(inner=[probs per train article], test=[probs per test article],
te=test indices, tr=train indices, fit_seconds).
Inner = 3-fold GroupKFold over the outer-training articles (as si_token.py), used only to choose decoding.
"""
from __future__ import annotations

import pickle
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from common import folds, load
from features import Featurizer
from lexicon import extras_for, lexicon_extras, build
from si_token import SPECS
from si2_feats import char_matrix, load_memes, sent_extras

V = {
    "bc": dict(SPECS["bc"]),
    "s": dict(SPECS["bc"], sent=True),                       # + sentence probability
    "sx": dict(SPECS["bc"], sent=True, memes=True),          # + SemEval-2021 memes as extra rows
    "ch": dict(model="char", sent=True, lex=True, C=0.25),   # char n-gram model (for averaging)
    "s05": dict(SPECS["bc"], sent=True, C=0.5),
    "s012": dict(SPECS["bc"], sent=True, C=0.12),
}


def split(p, arts):
    out, i = [], 0
    for a in arts:
        out.append(p[i:i + len(a.toks)])
        i += len(a.toks)
    return out


def fit_predict(train, test, spec, sent_cache=None):
    """sent_cache: (train extras, test extras) precomputed for these articles, or None to compute."""
    ex_tr = [[] for _ in train]
    ex_te = [[] for _ in test]
    if spec.get("lex"):
        a, b = lexicon_extras(train, test)
        ex_tr = [x + [y] for x, y in zip(ex_tr, a)]
        ex_te = [x + [y] for x, y in zip(ex_te, b)]
    if spec.get("sent"):
        a, b = sent_cache if sent_cache is not None else sent_extras(train, test)[:2]
        ex_tr = [x + [y] for x, y in zip(ex_tr, a)]
        ex_te = [x + [y] for x, y in zip(ex_te, b)]
    fit_arts = list(train)
    if spec.get("memes"):
        memes = load_memes()
        lex = build(train)
        from si2_feats import SentModel, sent_extras_for
        sm = SentModel().fit(train) if spec.get("sent") else None
        for m in memes:
            e = []
            if spec.get("lex"):
                e.append(extras_for(m, lex))
            if sm is not None:
                e.append(sent_extras_for(m, *sm.line_probs(m)))
            ex_tr.append(e)
        fit_arts += memes
    cat = lambda e: np.concatenate(e, 1) if e else None  # noqa: E731
    ex_tr = [cat(e) for e in ex_tr]
    ex_te = [cat(e) for e in ex_te]
    ytr = np.concatenate([a.y for a in fit_arts])
    w = np.concatenate([getattr(a, "w", np.ones(len(a.toks))) * spec.get("meme_w" if hasattr(a, "w") else "_", 1.0)
                        for a in fit_arts])
    if spec.get("model") == "char":
        xtr = sp.hstack([char_matrix(fit_arts), sp.csr_matrix(np.vstack(ex_tr))]).tocsr()
        xte = sp.hstack([char_matrix(test), sp.csr_matrix(np.vstack(ex_te))]).tocsr()
    else:
        fz = Featurizer(spec).fit(train)
        xtr = fz.matrix(fit_arts, ex_tr)
        xte = fz.matrix(test, ex_te)
    clf = LogisticRegression(C=spec["C"], max_iter=300, solver="liblinear")
    clf.fit(xtr, ytr, sample_weight=w)
    return split(clf.predict_proba(xte)[:, 1], test)


def main(name, fold_list):
    spec = V[name]
    corpus, arts = load()
    fo = folds(arts)
    for k in fold_list:
        tr, te = fo[k]
        t0 = time.time()
        train = [arts[i] for i in tr]
        test = [arts[i] for i in te]
        sc_tr = sc_te = None
        if spec.get("sent"):
            sc_tr, sc_te, _ = sent_extras(train, test)  # train rows: inner-OOF (5 splits); test: full model
        ids = np.array([a.aid for a in train])
        inner = [None] * len(train)
        for itr, ite in GroupKFold(3).split(ids, groups=ids):
            # inner models reuse the outer-train inner-OOF sentence features (each article's value comes from
            # a sentence model that never saw it; the outer test fold is never used)
            cache = None if sc_tr is None else ([sc_tr[i] for i in itr], [sc_tr[i] for i in ite])
            pr = fit_predict([train[i] for i in itr], [train[i] for i in ite], spec, cache)
            for i, p in zip(ite, pr):
                inner[i] = p
        t1 = time.time()
        test_p = fit_predict(train, test, spec, None if sc_tr is None else (sc_tr, sc_te))
        fit_s = time.time() - t1
        with open(f"si2_cache/{name}_fold{k}.pkl", "wb") as fh:
            pickle.dump(dict(inner=inner, test=test_p, tr=tr, te=te, fit_seconds=fit_s,
                             total_seconds=time.time() - t0), fh)
        print(f"{name} fold {k}: final fit {fit_s:.0f}s, total {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2].split(",")])
