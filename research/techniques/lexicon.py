"""A learned loaded-language lexicon: smoothed log-odds that a word lies inside a propaganda span.

Scores for training articles are computed out-of-fold (inner 5 splits) so the classifier does not learn to
trust a lexicon that memorised its own rows.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
from sklearn.model_selection import GroupKFold

ALPHA = 2.0


def build(arts):
    pos, tot = Counter(), Counter()
    for a in arts:
        low = [t.lower() for t in a.toks]
        tot.update(low)
        pos.update(w for w, y in zip(low, a.y) if y)
    prior = sum(pos.values()) / max(sum(tot.values()), 1)
    lex = {w: float(np.log((pos[w] + ALPHA * prior) / (tot[w] - pos[w] + ALPHA * (1 - prior))) -
                    np.log(prior / (1 - prior))) for w in tot if tot[w] >= 2}
    return lex


def extras_for(art, lex):
    s = np.array([lex.get(t.lower(), 0.0) for t in art.toks], np.float32)
    n = len(s)
    line = art.line
    cols = [s]
    for o in (-2, -1, 1, 2):
        sh = np.zeros(n, np.float32)
        if o > 0:
            sh[:-o] = s[o:]
            sh[:-o][line[o:] != line[:-o]] = 0
        else:
            k = -o
            sh[k:] = s[:-k]
            sh[k:][line[:-k] != line[k:]] = 0
        cols.append(sh)
    win = np.stack(cols, 1)
    _, inv = np.unique(line, return_inverse=True)
    line_mean = (np.bincount(inv, s) / np.bincount(inv))[inv].astype(np.float32)
    line_max = np.zeros(n, np.float32)
    np.maximum.at(line_max, inv, s)
    return np.concatenate([win, win.max(1, keepdims=True), line_mean[:, None], line_max[inv][:, None]], 1) / 3


def lexicon_extras(train, test):
    ids = np.array([a.aid for a in train])
    ex_tr = [None] * len(train)
    for itr, ite in GroupKFold(5).split(ids, groups=ids):
        lex = build([train[i] for i in itr])
        for i in ite:
            ex_tr[i] = extras_for(train[i], lex)
    lex = build(train)
    return ex_tr, [extras_for(a, lex) for a in test]
