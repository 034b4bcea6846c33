"""si2: decoders over cached token probabilities; parameters chosen on the inner-OOF probs of each training fold.

usage: PYTHONHASHSEED=0 nice -n 19 ../venv/bin/python si2_decode.py DECODER VARIANT[+VARIANT...] FOLDS
A '+' averages the variants' probabilities (inner and test alike).
"""
from __future__ import annotations

import itertools
import json
import pickle
import sys

import numpy as np

from common import Fragment, folds, load, score_si

PUNCT_TRIM = True


def runs_of(mask, line):
    idx = np.flatnonzero(mask)
    if len(idx) == 0:
        return []
    runs, first, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if i == prev + 1 and line[i] == line[prev]:
            prev = i
            continue
        runs.append((first, prev))
        first = prev = i
    runs.append((first, prev))
    return runs


def trim(a, i, j, mode):
    """drop edge tokens: mode 1 = punctuation except closing quotes/brackets kept inside; 2 = all punctuation."""
    if mode == 0:
        return i, j
    isp = lambda t: not t[0].isalnum()  # noqa: E731
    while i <= j and isp(a.toks[i]):
        i += 1
    while j >= i and isp(a.toks[j]):
        j -= 1
    return i, j


def hyst(a, p, low, high, smooth=1, tr=0, minlen=1):
    if smooth > 1:
        p = np.maximum(p, np.convolve(p, np.ones(smooth) / smooth, mode="same"))
    out = []
    for i, j in runs_of(p >= low, a.line):
        if p[i:j + 1].max() < high:
            continue
        i, j = trim(a, i, j, tr)
        if j < i or j - i + 1 < minlen:
            continue
        out.append((int(a.starts[i]), int(a.ends[j])))
    return out


def viterbi(a, p, bias, lam, high, tr=0):
    """2-state (O/I) decode: maximise sum_i y_i*(logit p_i - bias) - lam*#switches, per line; keep spans whose
    max p >= high."""
    lg = np.log(np.clip(p, 1e-6, 1 - 1e-6) / (1 - np.clip(p, 1e-6, 1 - 1e-6))) - bias
    y = np.zeros(len(p), bool)
    _, first, cnt = np.unique(a.line, return_index=True, return_counts=True)
    for f, c in zip(first, cnt):
        s = lg[f:f + c]
        # forward: score of ending in O / I
        o, i_ = 0.0, -lam  # entering I from line start costs lam? start in O free, I costs lam
        i_ = s[0] - lam
        bo, bi = np.zeros(c, np.int8), np.zeros(c, np.int8)  # backpointers: 0 from O, 1 from I
        for t in range(1, c):
            no = max(o, i_ - lam); bo[t] = 0 if o >= i_ - lam else 1
            ni = max(o - lam, i_) + s[t]; bi[t] = 0 if o - lam >= i_ else 1
            o, i_ = no, ni
        st = 1 if i_ - lam > o else 0  # closing a span at line end costs lam too
        for t in range(c - 1, -1, -1):
            y[f + t] = st == 1
            st = bi[t] if st == 1 else bo[t]
    out = []
    for i, j in runs_of(y, a.line):
        if p[i:j + 1].max() < high:
            continue
        i, j = trim(a, i, j, tr)
        if j >= i:
            out.append((int(a.starts[i]), int(a.ends[j])))
    return out


DEC = {
    "h": (hyst, [dict(smooth=s, low=l, high=h) for s, l, h in itertools.product(
        (1, 3), (0.08, 0.12, 0.16, 0.2, 0.25), (0.25, 0.3, 0.35, 0.4, 0.5))]),
    "ht": (hyst, [dict(smooth=s, low=l, high=h, tr=t) for s, l, h, t in itertools.product(
        (1, 3), (0.08, 0.12, 0.16, 0.2, 0.25), (0.25, 0.3, 0.35, 0.4, 0.5), (0, 1))]),
    "htm": (hyst, [dict(smooth=1, low=l, high=h, tr=1, minlen=m) for l, h, m in itertools.product(
        (0.08, 0.12, 0.16, 0.2, 0.25), (0.25, 0.3, 0.35, 0.4, 0.5), (1, 2, 3))]),
    "v": (viterbi, [dict(bias=b, lam=lm, high=h, tr=1) for b, lm, h in itertools.product(
        (-2.5, -2.0, -1.5, -1.0, -0.5), (0.0, 0.5, 1.0, 2.0, 3.0), (0.0, 0.3, 0.4))]),
}


def frags(dec, arts, probs, prm):
    f = DEC[dec][0]
    return [Fragment(a.aid, s, e) for a, p in zip(arts, probs) for s, e in f(a, p, **prm)]


def load_probs(variants, k):
    ds = [pickle.load(open(f"si2_cache/{v}_fold{k}.pkl", "rb")) for v in variants]
    ws = [1.0 / len(ds)] * len(ds)
    inner = [sum(w * d["inner"][i] for w, d in zip(ws, ds)) for i in range(len(ds[0]["inner"]))]
    test = [sum(w * d["test"][i] for w, d in zip(ws, ds)) for i in range(len(ds[0]["test"]))]
    return ds[0]["tr"], ds[0]["te"], inner, test


def char_prf(arts, ids, pred, gold):
    """span-count-free control: character-level P/R/F1 of the predicted vs gold character sets."""
    tp = pp = gg = 0
    masks = {a.aid: [np.zeros(len(a.text), bool), np.zeros(len(a.text), bool)] for a in arts if a.aid in ids}
    for f in pred:
        masks[f.article_id][0][f.start:f.end] = True
    for f in gold:
        if f.article_id in masks:
            masks[f.article_id][1][f.start:f.end] = True
    for pm, gm in masks.values():
        tp += int((pm & gm).sum()); pp += int(pm.sum()); gg += int(gm.sum())
    P, R = tp / max(pp, 1), tp / max(gg, 1)
    return P, R, 2 * P * R / max(P + R, 1e-9)


def main(dec, variants, fold_list, corpus=None, arts=None):
    if corpus is None:
        corpus, arts = load()
    allf, per = [], {}
    for k in fold_list:
        tr, te, inner, test = load_probs(variants.split("+"), k)
        train = [arts[i] for i in tr]
        tst = [arts[i] for i in te]
        ids = {a.aid for a in train}
        g = [f for f in corpus.si if f.article_id in ids]
        f_in, pi = max(((score_si(frags(dec, train, inner, prm), g).f1, i) for i, prm in enumerate(DEC[dec][1])))
        prm = DEC[dec][1][pi]
        fr = frags(dec, tst, test, prm)
        allf += fr
        tid = {a.aid for a in tst}
        s = score_si(fr, [f for f in corpus.si if f.article_id in tid])
        per[k] = dict(p=s.precision, r=s.recall, f1=s.f1, inner=f_in, prm=prm)
        print(f"{dec} {variants} fold {k}: {prm} inner {f_in:.3f} test P {s.precision:.3f} R {s.recall:.3f} "
              f"F1 {s.f1:.4f}", flush=True)
    ids = {arts[i].aid for k in fold_list for i in folds(arts)[k][1]}
    s = score_si(allf, [f for f in corpus.si if f.article_id in ids])
    cp, cr, cf = char_prf(arts, ids, allf, corpus.si)
    res = dict(decoder=dec, variants=variants, folds=fold_list, si_p=s.precision, si_r=s.recall, si_f1=s.f1,
               char_p=cp, char_r=cr, char_f1=cf, per_fold=per)
    print(json.dumps(dict(res, per_fold=None)), flush=True)
    return res



SPLIT = {",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "-"}


def hyst_split(a, p, low, high, hp=None, tr=1):
    """hysteresis runs split at clause punctuation; a piece is kept if its max p >= high (>= hp if shorter
    than 3 tokens, when hp is set)."""
    out = []
    for i, j in runs_of(p >= low, a.line):
        if p[i:j + 1].max() < high:
            continue
        pieces, s = [], i
        for t in range(i, j + 1):
            if a.toks[t] in SPLIT:
                if t > s:
                    pieces.append((s, t - 1))
                s = t + 1
        if s <= j:
            pieces.append((s, j))
        for u, v in pieces:
            m = p[u:v + 1].max()
            if m < high or (hp is not None and v - u < 2 and m < hp):
                continue
            u, v = trim(a, u, v, tr)
            if v >= u:
                out.append((int(a.starts[u]), int(a.ends[v])))
    return out


def hyst_gap(a, p, low, high, gap, tr=1):
    """hysteresis, then kept spans on one line with <= gap tokens between them are joined."""
    sp_ = []
    for i, j in runs_of(p >= low, a.line):
        if p[i:j + 1].max() >= high:
            if sp_ and i - sp_[-1][1] - 1 <= gap and a.line[i] == a.line[sp_[-1][1]]:
                sp_[-1] = (sp_[-1][0], j)
            else:
                sp_.append((i, j))
    out = []
    for i, j in sp_:
        i, j = trim(a, i, j, tr)
        if j >= i:
            out.append((int(a.starts[i]), int(a.ends[j])))
    return out


DEC["hs"] = (hyst_split, [dict(low=l, high=h) for l, h in itertools.product(
    (0.08, 0.12, 0.16, 0.2, 0.25), (0.25, 0.3, 0.35, 0.4, 0.5))])
DEC["hg"] = (hyst_gap, [dict(low=l, high=h, gap=g) for l, h, g in itertools.product(
    (0.12, 0.16, 0.2, 0.25), (0.3, 0.35, 0.4, 0.5), (0, 1, 2, 4))])


CONJ = {"and", "but", "or"}


def hyst_split2(a, p, low, high, conj=0, tr=1):
    """hyst_split, optionally also splitting at 'and'/'but'/'or' (the conjunction is dropped)."""
    out = []
    for i, j in runs_of(p >= low, a.line):
        if p[i:j + 1].max() < high:
            continue
        pieces, s = [], i
        for t in range(i, j + 1):
            if a.toks[t] in SPLIT or (conj and a.toks[t].lower() in CONJ):
                if t > s:
                    pieces.append((s, t - 1))
                s = t + 1
        if s <= j:
            pieces.append((s, j))
        for u, v in pieces:
            if p[u:v + 1].max() < high:
                continue
            u, v = trim(a, u, v, tr)
            if v >= u:
                out.append((int(a.starts[u]), int(a.ends[v])))
    return out


DEC["hs2"] = (hyst_split2, [dict(low=l, high=h, conj=c) for l, h, c in itertools.product(
    (0.06, 0.08, 0.12, 0.16, 0.2), (0.25, 0.3, 0.35, 0.4, 0.5), (0, 1))])


DEC["hsp"] = (hyst_split, [dict(low=l, high=h, hp=q) for l, h, q in itertools.product(
    (0.08, 0.12, 0.16, 0.2), (0.25, 0.3, 0.35, 0.4), (None, 0.45, 0.55, 0.65)) if q is None or q > h])


DEC["hsx"] = (hyst_split, [dict(low=l, high=h) for l, h in itertools.product(
    (0.04, 0.06, 0.08, 0.1, 0.12, 0.16, 0.2), (0.25, 0.3, 0.35, 0.4, 0.5))])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split(",")])
