"""si2: span-level filter on top of the token model (decode = hysteresis candidates, kept if a span classifier
says so). Nested: the span classifier is trained on candidates from the inner-OOF token probs of the training
articles; (candidate params, keep threshold) are chosen on the span classifier's own 3-fold OOF scores over those
training articles; test candidates come from the outer model's test probs.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si2_span.py VARIANT[+VARIANT] FOLDS
"""
from __future__ import annotations

import itertools
import json
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from common import Fragment, folds, load, merge_overlapping, score_si
from si2_decode import load_probs, runs_of, trim

CAND = [(0.12, 0.25), (0.16, 0.25), (0.2, 0.25), (0.12, 0.3), (0.16, 0.3)]
TAUS = np.arange(0.2, 0.71, 0.05)


def candidates(a, p, low, high):
    out = []
    lm = {}
    for i, j in runs_of(p >= low, a.line):
        seg = p[i:j + 1]
        if seg.max() < high:
            continue
        i2, j2 = trim(a, i, j, 1)
        if j2 < i2:
            continue
        ln = a.line[i]
        lt = (a.line == ln)
        lidx = np.flatnonzero(lt)
        nl = len(lidx)
        ntok = j2 - i2 + 1
        num = [seg.max(), seg.mean(), np.median(seg), np.log1p(ntok), ntok / nl, float(i2 == lidx[0]),
               float(j2 >= lidx[-1] - 1), p[lt].mean(), p[lt].max(), float(ln == 0),
               (seg >= 0.5).mean(), np.sort(seg)[-2] if len(seg) > 1 else 0.0, np.log1p(nl)]
        out.append((int(a.starts[i2]), int(a.ends[j2]), a.text[a.starts[i2]:a.ends[j2]], num))
    return out


def gather(arts, probs, low, high, gold=None):
    rows = []
    for ai, (a, p) in enumerate(zip(arts, probs)):
        if gold is not None:
            mask = np.zeros(len(a.text) + 1)
            for s, e in merge_overlapping(gold.get(a.aid, [])):
                mask[s:e] = 1
        for s, e, t, num in candidates(a, p, low, high):
            y = float(mask[s:e].mean()) if gold is not None else 0.0
            rows.append((ai, s, e, t, num, y))
    return rows


class SpanClf:
    def fit(self, rows):
        self.tv = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)
        x = self._x(rows, fit=True)
        y = np.array([r[5] > 0 for r in rows])
        self.clf = LogisticRegression(C=1.0, max_iter=2000, solver="liblinear").fit(x, y)
        return self

    def _x(self, rows, fit=False):
        t = [r[3] for r in rows]
        xt = self.tv.fit_transform(t) if fit else self.tv.transform(t)
        num = np.array([r[4] for r in rows], float)
        if fit:
            self.mu, self.sd = num.mean(0), num.std(0) + 1e-6
        return sp.hstack([xt, sp.csr_matrix((num - self.mu) / self.sd)]).tocsr()

    def score(self, rows):
        return self.clf.predict_proba(self._x(rows))[:, 1] if rows else np.zeros(0)


def to_frags(arts, rows, sc, tau):
    return [Fragment(arts[r[0]].aid, r[1], r[2]) for r, s in zip(rows, sc) if s >= tau]


def main(variants, fold_list):
    corpus, arts = load()
    gold = {}
    for f in corpus.si:
        gold.setdefault(f.article_id, []).append((f.start, f.end))
    allf, per = [], {}
    for k in fold_list:
        tr, te, inner, test = load_probs(variants.split("+"), k)
        train = [arts[i] for i in tr]
        tst = [arts[i] for i in te]
        g_tr = [f for f in corpus.si if f.article_id in {a.aid for a in train}]
        ids = np.array([a.aid for a in train])
        best = None
        cache = {}
        for low, high in CAND:
            rows = gather(train, inner, low, high, gold)
            art_of = np.array([r[0] for r in rows])
            oof = np.zeros(len(rows))
            for itr, ite in GroupKFold(3).split(ids, groups=ids):
                mtr = np.isin(art_of, itr)
                clf = SpanClf().fit([r for r, m in zip(rows, mtr) if m])
                oof[~mtr] = clf.score([r for r, m in zip(rows, mtr) if not m])
            for tau in TAUS:
                f = score_si(to_frags(train, rows, oof, tau), g_tr).f1
                if best is None or f > best[0]:
                    best = (f, low, high, float(tau))
            cache[(low, high)] = rows
        f_in, low, high, tau = best
        clf = SpanClf().fit(cache[(low, high)])
        rows_te = gather(tst, test, low, high)
        fr = to_frags(tst, rows_te, clf.score(rows_te), tau)
        allf += fr
        s = score_si(fr, [f for f in corpus.si if f.article_id in {a.aid for a in tst}])
        per[k] = dict(p=s.precision, r=s.recall, f1=s.f1, inner=f_in, prm=(low, high, tau))
        print(f"span {variants} fold {k}: low {low} high {high} tau {tau:.2f} inner {f_in:.3f} test P "
              f"{s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f}", flush=True)
    ids = {arts[i].aid for k in fold_list for i in folds(arts)[k][1]}
    s = score_si(allf, [f for f in corpus.si if f.article_id in ids])
    print(json.dumps(dict(decoder="span", variants=variants, folds=fold_list, si_p=s.precision, si_r=s.recall,
                          si_f1=s.f1)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2].split(",")])
