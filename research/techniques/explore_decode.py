"""Exploration only (tuned on OOF, optimistic): how much do smoothing / hysteresis decoding add on top of a model?"""
from __future__ import annotations

import pickle
import sys

import numpy as np

from common import Fragment, load, score_si


def hyst(art, p, low, high, smooth):
    if smooth > 1:
        k = np.ones(smooth) / smooth
        p = np.maximum(p, np.convolve(p, k, mode="same"))
    on = p >= low
    idx = np.flatnonzero(on)
    spans = []
    if len(idx) == 0:
        return spans
    first = prev = idx[0]
    runs = []
    for i in idx[1:]:
        if i == prev + 1 and art.line[i] == art.line[prev]:
            prev = i
            continue
        runs.append((first, prev))
        first = prev = i
    runs.append((first, prev))
    for i, j in runs:
        if p[i:j + 1].max() >= high:
            spans.append((int(art.starts[i]), int(art.ends[j])))
    return spans


def main(name):
    corpus, arts = load()
    d = pickle.load(open(f"oof_si_{name}.pkl", "rb"))
    probs = d["probs"]
    res = []
    for smooth in (1, 3):
        for low in (0.06, 0.09, 0.12, 0.15, 0.2):
            for high in (0.2, 0.25, 0.3, 0.35, 0.45):
                if high < low:
                    continue
                fr = [Fragment(a.aid, s, e) for a, p in zip(arts, probs) for s, e in hyst(a, p, low, high, smooth)]
                f = score_si(fr, corpus.si)
                res.append((f.f1, f.precision, f.recall, smooth, low, high, f.predicted))
    for r in sorted(res)[-8:]:
        print("F1 %.3f P %.3f R %.3f smooth %d low %.2f high %.2f n %d" % r)


if __name__ == "__main__":
    main(sys.argv[1])
