"""TC as span classification (TF-IDF of span + context, span features), 5-fold out-of-fold; and FLC by labelling
the out-of-fold SI spans of a token model with the same fold's TC classifier.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python tc.py <lr|svm> [si_model_name]
"""
from __future__ import annotations

import json
import pickle
import re
import sys
import time
from collections import Counter, defaultdict

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from common import Fragment, folds, load, score_flc, score_tc, si_fragments

sys.path.insert(0, "/work/main/src")
from unspin.techniques.labels import TECHNIQUES  # noqa: E402

WORD = re.compile(r"\w+")


def line_of(text, start, end):
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a: b if b >= 0 else len(text)]


def dense(text, start, end, n_same):
    span = text[start:end]
    low = span.lower()
    words = WORD.findall(low)
    occ = text.lower().count(low) if len(low) >= 3 else 1
    first = text.lower().find(low)
    line = line_of(text, start, end)
    return [
        np.log1p(len(span)) / 5, np.log1p(len(words)) / 3, min(occ - 1, 5) / 5, float(first < start),
        float(text.rfind("\n", 0, start) == text.find("\n")) if "\n" in text else 1.0,  # in title line
        float('"' in span or "“" in span), float(span.isupper()), float(span.rstrip().endswith("!")),
        float(span.rstrip().endswith("?")), float(span[:1].isupper()), (n_same - 1) / 2,
        len(span) / max(len(line), 1), float('"' in line or "“" in line),
    ]


class SpanClassifier:
    def __init__(self, kind="lr", C=None):
        self.kind = kind
        self.C = C

    def _texts(self, items):
        spans = [t[s:e].lower() for t, s, e, _ in items]
        ctx = [line_of(t, s, e).lower() for t, s, e, _ in items]
        return spans, ctx

    def _x(self, items, fit=False):
        spans, ctx = self._texts(items)
        d = sp.csr_matrix(np.array([dense(t, s, e, n) for t, s, e, n in items], np.float32))
        if fit:
            self.vw = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            self.vc = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True,
                                      max_features=100000)
            self.vx = TfidfVectorizer(ngram_range=(1, 1), min_df=2, sublinear_tf=True)
            return sp.hstack([self.vw.fit_transform(spans), self.vc.fit_transform(spans),
                              0.5 * self.vx.fit_transform(ctx), d * 2], format="csr")
        return sp.hstack([self.vw.transform(spans), self.vc.transform(spans), 0.5 * self.vx.transform(ctx), d * 2],
                         format="csr")

    def fit(self, items, labels):
        x = self._x(items, fit=True)
        if self.kind == "lr":
            self.clf = LogisticRegression(C=self.C or 10.0, max_iter=2000)
        else:
            self.clf = LinearSVC(C=self.C or 0.3)
        self.clf.fit(x, labels)
        return self

    def scores(self, items):
        x = self._x(items)
        if self.kind == "lr":
            return self.clf.predict_proba(x)
        return self.clf.decision_function(x)


def assign(frags_keys, scores, classes):
    """Spans listed k times get the k best distinct classes."""
    by_span = defaultdict(list)
    for i, key in enumerate(frags_keys):
        by_span[key].append(i)
    out = [None] * len(frags_keys)
    for key, idx in by_span.items():
        order = np.argsort(-scores[idx[0]])
        for r, i in enumerate(idx):
            out[i] = classes[order[r % len(order)]]
    return out


def main(kind, si_name=None):
    corpus, arts = load()
    texts = corpus.articles
    gold_tc = corpus.tc
    n_same = Counter((f.article_id, f.start, f.end) for f in gold_tc)
    si = None
    if si_name:
        with open(f"oof_si_{si_name}.pkl", "rb") as fh:
            si = pickle.load(fh)
    pred_tc, pred_flc = [], []
    fit_t = []
    for k, (tr, te) in enumerate(folds(arts)):
        tr_ids = {arts[i].aid for i in tr}
        te_ids = {arts[i].aid for i in te}
        train = [f for f in gold_tc if f.article_id in tr_ids]
        test = [f for f in gold_tc if f.article_id in te_ids]
        t0 = time.time()
        model = SpanClassifier(kind).fit([(texts[f.article_id], f.start, f.end, n_same[(f.article_id, f.start, f.end)])
                                          for f in train], [f.label for f in train])
        fit_t.append(time.time() - t0)
        classes = list(model.clf.classes_)
        sc = model.scores([(texts[f.article_id], f.start, f.end, n_same[(f.article_id, f.start, f.end)])
                           for f in test])
        labels = assign([(f.article_id, f.start, f.end) for f in test], sc, classes)
        pred_tc += [Fragment(f.article_id, f.start, f.end, lab) for f, lab in zip(test, labels)]
        if si is not None:
            te_arts = [arts[i] for i in te]
            if "params" in si:
                from si_stack import frags as hyst_frags
                spans = hyst_frags(te_arts, [si["probs"][i] for i in te], si["params"][k])
            else:
                spans = si_fragments(te_arts, [si["probs"][i] for i in te], si["thrs"][k], si["spec"]["gap"])
            if spans:
                sc2 = model.scores([(texts[f.article_id], f.start, f.end, 1) for f in spans])
                best = np.argmax(sc2, 1)
                pred_flc += [Fragment(f.article_id, f.start, f.end, classes[b]) for f, b in zip(spans, best)]
        print(f"fold {k} done", flush=True)
    tc = score_tc(pred_tc, gold_tc)
    res = dict(model=kind, tc_f1=tc.f1, tc_correct=tc.correct, tc_total=tc.total,
               fit_seconds_per_fold=float(np.mean(fit_t)),
               per_class={t: round(tc.per_technique[t][2], 3) for t in TECHNIQUES})
    if si is not None:
        flc = score_flc(pred_flc, gold_tc)
        res.update(si_model=si_name, flc_p=flc.precision, flc_r=flc.recall, flc_f1=flc.f1)
    print(json.dumps(res, indent=1))
    with open(f"result_tc_{kind}_{si_name}.json", "w") as fh:
        json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
