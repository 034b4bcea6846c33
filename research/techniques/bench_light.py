"""Inference speed of the light pipeline on ONE core: tokens -> features -> LR (spec a or b) [-> HGB stacker]
-> decode -> TC classifier on the predicted spans. Models trained on fold-0 training articles; timed over all 371
articles (the timing, not the quality, is what this measures).

usage: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 nice -n 19 taskset -c 0 ../venv/bin/python bench_light.py a|bh|bc|b2
"""
from __future__ import annotations

import sys
import time

import numpy as np

from common import folds, load, si_fragments
from features import Featurizer
from lexicon import build, extras_for, lexicon_extras
from si_stack import frags as hyst_frags
from si_stack import hgb, stack_features
from si_token import SPECS, fit_predict
from sklearn.linear_model import LogisticRegression
from tc import SpanClassifier


def main(name):
    corpus, arts = load()
    tr, _ = folds(arts)[0]
    train = [arts[i] for i in tr]
    spec = SPECS[name if name in SPECS else "b"]
    fz = Featurizer(spec).fit(train)
    ex_tr = lexicon_extras(train, [])[0] if spec["lex"] else None
    lex = build(train) if spec["lex"] else None
    x = fz.matrix(train, ex_tr)
    y = np.concatenate([a.y for a in train])
    clf = LogisticRegression(C=spec["C"], max_iter=300, solver="liblinear").fit(x, y)
    stacker = None
    if name == "b2":
        xs = np.vstack([stack_features(a, p) for a, p in zip(train, fit_predict(train, train, spec)[0])])
        stacker = hgb().fit(xs, y)
    train_ids = {a.aid for a in train}
    gold = [f for f in corpus.tc if f.article_id in train_ids]
    tcm = SpanClassifier("lr").fit([(corpus.articles[f.article_id], f.start, f.end, 1) for f in gold],
                                   [f.label for f in gold])
    w, b = clf.coef_.ravel(), clf.intercept_[0]
    t0 = time.perf_counter()
    n_spans = 0
    for a in arts:
        # re-tokenised from the raw text to count tokenisation in the time
        from common import tokenize
        tokenize(a.text)
        ex = extras_for(a, lex) if lex is not None else None
        xa = fz.transform(a, ex)
        p = 1 / (1 + np.exp(-(xa @ w + b)))
        if stacker is not None:
            p = stacker.predict_proba(stack_features(a, p))[:, 1]
            spans = hyst_frags([a], [p], (1, 0.15, 0.35))
        elif spec.get("hyst"):
            spans = hyst_frags([a], [p], (1, 0.12, 0.3))
        else:
            spans = si_fragments([a], [p], 0.25, spec["gap"])
        if spans:
            sc = tcm.scores([(a.text, f.start, f.end, 1) for f in spans])
            n_spans += len(spans)
            sc.argmax(1)
    dt = time.perf_counter() - t0
    print(f"{name}: {len(arts) / dt:.1f} articles/s on one core ({dt:.2f}s for {len(arts)}; {n_spans} spans)")


if __name__ == "__main__":
    main(sys.argv[1])
