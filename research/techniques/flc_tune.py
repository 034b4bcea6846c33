"""FLC = out-of-fold SI token probabilities (model bh or bc) decoded for FLC + the fold's TC classifier (LR).
Decoding/label parameters are tuned on folds 0-1 and reported on folds 2-4 (held out from the tuning), plus the
all-fold figure with the SI-tuned defaults.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc_tune.py bh
"""
from __future__ import annotations

import itertools
import json
import pickle
import sys

import numpy as np

from common import Fragment, folds, load, score_flc
from si_stack import hyst
from tc import SpanClassifier

GRID_DEC = [(1, 0.12, 0.3), (1, 0.12, 0.4), (1, 0.16, 0.45), (1, 0.2, 0.5), (1, 0.25, 0.6)]
GRID_PMIN = [0.0, 0.3, 0.45, 0.6]
GRID_SECOND = [2.0, 0.35, 0.25]  # add the second-best technique when its probability is at least this


def main(name):
    corpus, arts = load()
    d = pickle.load(open(f"oof_si_{name}.pkl", "rb"))
    probs = d["probs"]
    texts = corpus.articles
    per_fold = []  # per fold: list over (dec) of (spans, probs matrix, classes)
    for k, (tr, te) in enumerate(folds(arts)):
        tr_ids = {arts[i].aid for i in tr}
        train = [f for f in corpus.tc if f.article_id in tr_ids]
        model = SpanClassifier("lr").fit([(texts[f.article_id], f.start, f.end, 1) for f in train],
                                         [f.label for f in train])
        classes = list(model.clf.classes_)
        by_dec = {}
        for dec in GRID_DEC:
            spans = [(arts[i].aid, s, e) for i in te for s, e, _ in hyst(arts[i], probs[i], dec[1], dec[2], dec[0])]
            sc = model.scores([(texts[a], s, e, 1) for a, s, e in spans]) if spans else np.zeros((0, 14))
            by_dec[dec] = (spans, sc)
        per_fold.append((by_dec, classes, {arts[i].aid for i in te}))
        print(f"fold {k} scored", flush=True)

    def predict(fold_ids, dec, pmin, second):
        out = []
        for k in fold_ids:
            by_dec, classes, _ = per_fold[k]
            spans, sc = by_dec[dec]
            for (a, s, e), row in zip(spans, sc):
                order = np.argsort(-row)
                if row[order[0]] >= pmin:
                    out.append(Fragment(a, s, e, classes[order[0]]))
                    if row[order[1]] >= second:
                        out.append(Fragment(a, s, e, classes[order[1]]))
        return out

    def gold_for(fold_ids):
        ids = set().union(*(per_fold[k][2] for k in fold_ids))
        return [f for f in corpus.tc if f.article_id in ids]

    tune, held = [0, 1], [2, 3, 4]
    g_t, g_h = gold_for(tune), gold_for(held)
    best = max((score_flc(predict(tune, *prm), g_t).f1, prm)
               for prm in itertools.product(GRID_DEC, GRID_PMIN, GRID_SECOND))
    h = score_flc(predict(held, *best[1]), g_h)
    default = score_flc(predict(range(5), GRID_DEC[0], 0.0, 2.0), corpus.tc)
    res = dict(si_model=name, tuned_params=str(best[1]), tune_f1=best[0], heldout_flc_p=h.precision,
               heldout_flc_r=h.recall, heldout_flc_f1=h.f1, allfolds_default_flc_f1=default.f1,
               allfolds_default_p=default.precision, allfolds_default_r=default.recall)
    print(json.dumps(res, indent=1))
    json.dump(res, open(f"result_flc_{name}.json", "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
