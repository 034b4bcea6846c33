"""FLC step 2: label the out-of-fold SI spans (oof_si_bc.pkl, hysteresis decodings) with the fold's TC span
classifier (tc.SpanClassifier LR, trained on the fold's gold training spans); store the class probabilities.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc2_spans.py [si_name]
writes flc2_spans_<si_name>.pkl = list over folds of dict(classes, by_dec={(smooth,lo,hi): (spans, probs)})
"""
from __future__ import annotations

import pickle
import sys
import time

import numpy as np

from common import folds, load
from si_stack import hyst
from tc import SpanClassifier

DECS = [(1, 0.12, 0.3), (1, 0.12, 0.35), (1, 0.16, 0.35), (1, 0.16, 0.45), (1, 0.2, 0.5), (1, 0.25, 0.6), (1, 0.3, 0.6),
        (1, 0.35, 0.7)]


def main(name):
    corpus, arts = load()
    probs = pickle.load(open(f"oof_si_{name}.pkl", "rb"))["probs"]
    texts = corpus.articles
    out = []
    for k, (tr, te) in enumerate(folds(arts)):
        t0 = time.time()
        tr_ids = {arts[i].aid for i in tr}
        train = [f for f in corpus.tc if f.article_id in tr_ids]
        model = SpanClassifier("lr").fit([(texts[f.article_id], f.start, f.end, 1) for f in train],
                                         [f.label for f in train])
        fit_s = time.time() - t0
        by_dec = {}
        for dec in DECS:
            spans = [(arts[i].aid, s, e) for i in te for s, e, _ in hyst(arts[i], probs[i], dec[1], dec[2], dec[0])]
            sc = model.scores([(texts[a], s, e, 1) for a, s, e in spans]) if spans else np.zeros((0, 14))
            by_dec[dec] = (spans, sc)
        out.append(dict(classes=list(model.clf.classes_), by_dec=by_dec, fit_seconds=fit_s))
        print(f"fold {k}: fit {fit_s:.0f}s total {time.time() - t0:.0f}s", flush=True)
    pickle.dump(out, open(f"flc2_spans_{name}.pkl", "wb"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bc")
