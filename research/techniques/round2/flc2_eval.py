"""FLC step 3: combine per-technique token taggers (flc2_tag_<tag>.pkl) with span-classifier-labelled SI spans
(flc2_spans_bc.pkl), tune decoding by coordinate ascent on folds 0-1, report folds 2-4 (and the reverse split:
tune on 2-4, report 0-1, so every fold gets a figure from parameters tuned on other folds).

Decoding, per article:
  span path: SI spans (hysteresis decoding `dec` of the bc token probabilities); class probabilities p from the
    TC span LR. Allowed classes A = {c : t_c is not None}. Emit the argmax over A, c*, when p[c*] >= t_{c*};
    emit any other c in A with p[c] >= max(second, t_c).
  tagger path: for each tagged class c with tag_c = (lo, hi) not None: runs of tokens with p_c >= lo on one
    line, kept when max p_c >= hi, emitted with label c.
  FLC merges same-label overlapping spans, so both paths may emit the same class.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python flc2_eval.py <tagname> [spans_name]
"""
from __future__ import annotations

import itertools
import json
import pickle
import sys
import time

import numpy as np

from common import Fragment, folds, load, score_flc
from si_stack import hyst

sys.path.insert(0, "/work/main/src")
from unspin.techniques.labels import TECHNIQUES  # noqa: E402

T_GRID = [None, 0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
TAG_GRID = [None] + [(lo, hi) for lo in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4) for hi in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
                     if hi >= lo]
SECOND_GRID = [2.0, 0.5, 0.4, 0.3, 0.25, 0.2]


class Data:
    def __init__(self, tagname, spans_name="bc"):
        self.corpus, self.arts = load()
        self.folds = folds(self.arts)
        self.tag = pickle.load(open(f"flc2_tag_{tagname}.pkl", "rb")) if tagname != "none" else dict(classes=[],
                                                                                                    probs={})
        self.spans = pickle.load(open(f"flc2_spans_{spans_name}.pkl", "rb"))
        self.decs = list(self.spans[0]["by_dec"].keys())
        self._tagcache = {}

    def fold_ids(self, ks):
        return [i for k in ks for i in self.folds[k][1]]

    def gold(self, ks):
        ids = {self.arts[i].aid for i in self.fold_ids(ks)}
        return [f for f in self.corpus.tc if f.article_id in ids]

    def tagger_frags(self, c, prm, ks):
        key = (c, prm, tuple(ks))
        if key not in self._tagcache:
            lo, hi = prm
            p = self.tag["probs"][c]
            self._tagcache[key] = [Fragment(self.arts[i].aid, s, e, c) for i in self.fold_ids(ks)
                                   for s, e, _ in hyst(self.arts[i], p[i], lo, hi, 1)]
        return self._tagcache[key]

    def span_frags(self, params, ks):
        out = []
        t = params["t"]
        allowed = np.array([t.get(c) is not None for c in self.spans[0]["classes"]])
        for k in ks:
            classes = self.spans[k]["classes"]
            tv = np.array([t.get(c) if t.get(c) is not None else 9.0 for c in classes])
            spans, sc = self.spans[k]["by_dec"][params["dec"]]
            if not len(spans) or not allowed.any():
                continue
            masked = np.where(allowed[None, :], sc, -1.0)
            best = masked.argmax(1)
            for (a, s, e), row, b in zip(spans, masked, best):
                if row[b] >= tv[b]:
                    out.append(Fragment(a, s, e, classes[b]))
                for j in np.flatnonzero((row >= params["second"]) & (row >= tv)):
                    if j != b:
                        out.append(Fragment(a, s, e, classes[j]))
        return out

    def predict(self, params, ks):
        out = self.span_frags(params, ks)
        for c, prm in params["tag"].items():
            if prm is not None:
                out += self.tagger_frags(c, prm, ks)
        return out

    def score(self, params, ks, gold=None):
        return score_flc(self.predict(params, ks), gold if gold is not None else self.gold(ks))


def default_params(dec=(1, 0.12, 0.3)):
    return dict(dec=dec, second=2.0, t={c: 0.0 for c in TECHNIQUES}, tag={})


def tune(data, ks, tagged, rounds=2, start=None, log=print):
    gold = data.gold(ks)
    p = start or default_params()
    p = dict(p, t=dict(p["t"]), tag=dict(p["tag"]))
    best = data.score(p, ks, gold).f1
    log(f"  start F1={best:.4f}")

    def try_set(setter, options):
        nonlocal best, p
        for o in options:
            q = dict(p, t=dict(p["t"]), tag=dict(p["tag"]))
            setter(q, o)
            f = data.score(q, ks, gold).f1
            if f > best + 1e-9:
                best, p = f, q

    for r in range(rounds):
        try_set(lambda q, o: q.__setitem__("dec", o), data.decs)
        try_set(lambda q, o: q.__setitem__("second", o), SECOND_GRID)
        for c in tagged:
            # joint over (tagger, span threshold) for the tagged class
            opts = list(itertools.product(TAG_GRID, T_GRID))
            try_set(lambda q, o, c=c: (q["tag"].__setitem__(c, o[0]), q["t"].__setitem__(c, o[1])), opts)
        for c in TECHNIQUES:
            if c not in tagged:
                try_set(lambda q, o, c=c: q["t"].__setitem__(c, o), T_GRID)
        log(f"  round {r}: F1={best:.4f} dec={p['dec']} second={p['second']}")
    return p, best


def fmt(s):
    return dict(p=round(s.precision, 4), r=round(s.recall, 4), f1=round(s.f1, 4))


def main(tagname, spans_name="bc", rounds=2):
    t0 = time.time()
    data = Data(tagname, spans_name)
    tagged = data.tag["classes"]
    res = dict(tag=tagname, spans=spans_name)
    # untuned reference: SI-default decoding, argmax label
    res["default_all"] = fmt(data.score(default_params(), range(5)))
    res["default_fold0"] = fmt(data.score(default_params(), [0]))
    p01, f01 = tune(data, [0, 1], tagged, rounds)
    s_held = data.score(p01, [2, 3, 4])
    res["tuned01_on01"] = round(f01, 4)
    res["tuned01_held234"] = fmt(s_held)
    p234, f234 = tune(data, [2, 3, 4], tagged, rounds)
    s01 = data.score(p234, [0, 1])
    s0 = data.score(p234, [0])
    res["tuned234_held01"] = fmt(s01)
    res["tuned234_held0"] = fmt(s0)
    both = data.predict(p01, [2, 3, 4]) + data.predict(p234, [0, 1])
    sall = score_flc(both, data.corpus.tc)
    res["cross_all"] = fmt(sall)
    res["per_class_held234"] = {c: round(s_held.per_technique[c].f1, 3) for c in TECHNIQUES}
    res["per_class_cross_all"] = {c: round(sall.per_technique[c].f1, 3) for c in TECHNIQUES}
    res["params01"] = repr(p01)
    res["params234"] = repr(p234)
    res["seconds"] = round(time.time() - t0)
    print(json.dumps(res, indent=1))
    json.dump(res, open(f"result_flc2_{tagname}_{spans_name}.json", "w"), indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:])
