"""FLC step 1: per-technique binary token taggers (token LR, features of SI model bc + per-class learned lexicons).

For each outer fold (common.folds()), one feature matrix is built (bc spec: words +-3, bigrams, affixes, shape,
line features, MiniLM-input-embedding clusters, SI lexicon) plus one inner-OOF lexicon per tagged class, and one
binary LogisticRegression (liblinear, C) per tagged class is fitted on the training articles; the test articles'
token probabilities are stored out-of-fold.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc2_tag.py <name> <C> <class|class|...|short|ln>  (ln = Loaded_Language and Name_Calling,Labeling)
writes flc2_tag_<name>.pkl = dict(classes, probs={class: [per-article arrays]}, fit_seconds)
"""
from __future__ import annotations

import pickle
import sys
import time
from collections import Counter, defaultdict

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from common import folds, load, merge_overlapping
from features import Featurizer
from lexicon import ALPHA, extras_for, lexicon_extras
from si_token import SPECS

SHORT = ["Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation", "Flag-Waving",
         "Slogans", "Doubt"]


def class_targets(corpus, arts, classes):
    """ys[c][i] = token of article i overlaps a gold span of technique c."""
    spans = defaultdict(list)
    for f in corpus.tc:
        spans[(f.article_id, f.label)].append((f.start, f.end))
    ys = {}
    for c in classes:
        ys[c] = []
        for a in arts:
            mask = np.zeros(len(a.text) + 1, np.int32)
            for s, e in merge_overlapping(spans[(a.aid, c)]):
                mask[s:e] = 1
            cum = np.concatenate([[0], np.cumsum(mask)])
            ys[c].append((cum[a.ends] - cum[a.starts]) > 0)
    return ys


def build_lex(arts, ys):
    pos, tot = Counter(), Counter()
    for a, y in zip(arts, ys):
        low = [t.lower() for t in a.toks]
        tot.update(low)
        pos.update(w for w, v in zip(low, y) if v)
    prior = max(sum(pos.values()), 1) / max(sum(tot.values()), 1)
    return {w: float(np.log((pos[w] + ALPHA * prior) / (tot[w] - pos[w] + ALPHA * (1 - prior))) -
                     np.log(prior / (1 - prior))) for w in tot if tot[w] >= 2}


def class_lex_extras(train, ytr, test):
    ids = np.array([a.aid for a in train])
    ex_tr = [None] * len(train)
    for itr, ite in GroupKFold(5).split(ids, groups=ids):
        lex = build_lex([train[i] for i in itr], [ytr[i] for i in itr])
        for i in ite:
            ex_tr[i] = extras_for(train[i], lex)
    lex = build_lex(train, ytr)
    return ex_tr, [extras_for(a, lex) for a in test]


def fit_predict(train, test, ys_tr, classes, C, spec=SPECS["bc"]):
    """ys_tr[c] = list of token targets for train. Returns {c: list of test prob arrays}."""
    fz = Featurizer(spec).fit(train)
    ex_tr, ex_te = lexicon_extras(train, test)
    ex_tr, ex_te = list(ex_tr), list(ex_te)
    for c in classes:
        ctr, cte = class_lex_extras(train, ys_tr[c], test)
        ex_tr = [np.concatenate([a, b], 1) for a, b in zip(ex_tr, ctr)]
        ex_te = [np.concatenate([a, b], 1) for a, b in zip(ex_te, cte)]
    xtr = fz.matrix(train, ex_tr)
    xte = fz.matrix(test, ex_te)
    out = {}
    for c in classes:
        y = np.concatenate(ys_tr[c])
        clf = LogisticRegression(C=C, max_iter=300, solver="liblinear").fit(xtr, y)
        p = clf.predict_proba(xte)[:, 1]
        res, i = [], 0
        for a in test:
            res.append(p[i:i + len(a.toks)])
            i += len(a.toks)
        out[c] = res
    return out


def main(name, C, classes):
    classes = SHORT if classes == "short" else SHORT[:2] if classes == "ln" else classes.split("|")
    corpus, arts = load()
    ys = class_targets(corpus, arts, classes)
    probs = {c: [None] * len(arts) for c in classes}
    times = []
    for k, (tr, te) in enumerate(folds(arts)):
        t0 = time.time()
        train = [arts[i] for i in tr]
        test = [arts[i] for i in te]
        out = fit_predict(train, test, {c: [ys[c][i] for i in tr] for c in classes}, classes, C)
        for c in classes:
            for i, p in zip(te, out[c]):
                probs[c][i] = p
        times.append(time.time() - t0)
        print(f"fold {k}: {times[-1]:.0f}s", flush=True)
    pickle.dump(dict(classes=classes, probs=probs, fit_seconds=times, C=C), open(f"flc2_tag_{name}.pkl", "wb"))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3])
