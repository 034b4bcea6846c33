"""Inference speed of the FLC pipeline (flc2): tokens -> bc features + SI lexicon + per-class lexicons -> one
sparse product with a (features x 8) weight matrix (SI + 7 class taggers) -> hysteresis decoding of SI and of each
tagger -> TC span LR on the SI spans. Models trained on the first N fold-0 training articles (speed, not quality,
is measured: the per-token cost does not depend on the vocabulary size); timed over all 371 articles.

usage: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONHASHSEED=0 nice -n 19 taskset -c 0 ../venv/bin/python flc2_bench.py [N]
"""
from __future__ import annotations

import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression

from common import folds, load, tokenize
from features import Featurizer
from flc2_tag import SHORT, build_lex, class_lex_extras, class_targets
from lexicon import build, extras_for, lexicon_extras
from si_stack import hyst
from si_token import SPECS
from tc import SpanClassifier


def main(n):
    corpus, arts = load()
    tr, _ = folds(arts)[0]
    train = [arts[i] for i in tr[:n]]
    spec = SPECS["bc"]
    ys = class_targets(corpus, train, SHORT)
    fz = Featurizer(spec).fit(train)
    ex_tr = lexicon_extras(train, [])[0]
    for c in SHORT:
        ex_tr = [np.concatenate([a, b], 1) for a, b in zip(ex_tr, class_lex_extras(train, ys[c], [])[0])]
    x = fz.matrix(train, ex_tr)
    ws, bs = [], []
    for y in [np.concatenate([a.y for a in train])] + [np.concatenate(ys[c]) for c in SHORT]:
        clf = LogisticRegression(C=0.25, max_iter=300, solver="liblinear").fit(x, y)
        ws.append(clf.coef_.ravel())
        bs.append(clf.intercept_[0])
    W, B = np.stack(ws, 1), np.array(bs)
    lexes = [build(train)] + [build_lex(train, ys[c]) for c in SHORT]
    ids = {a.aid for a in train}
    gold = [f for f in corpus.tc if f.article_id in ids]
    tcm = SpanClassifier("lr").fit([(corpus.articles[f.article_id], f.start, f.end, 1) for f in gold],
                                   [f.label for f in gold])
    t0 = time.perf_counter()
    n_spans = 0
    for a in arts:
        tokenize(a.text)
        ex = np.concatenate([extras_for(a, lx) for lx in lexes], 1)
        xa = fz.transform(a, ex)
        p = 1 / (1 + np.exp(-(xa @ W + B)))
        spans = hyst(a, p[:, 0], 0.12, 0.35, 1)
        for j in range(1, p.shape[1]):
            n_spans += len(hyst(a, p[:, j], 0.1, 0.3, 1))
        if spans:
            sc = tcm.scores([(a.text, s, e, 1) for s, e, _ in spans])
            n_spans += len(spans)
            sc.argmax(1)
    dt = time.perf_counter() - t0
    print(f"flc2: {len(arts) / dt:.1f} articles/s on one core ({dt:.2f}s for {len(arts)}; {n_spans} spans)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
