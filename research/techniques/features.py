"""Token features as vocabulary ids, windowed with numpy shifts -> one CSR row per token (fast to build)."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
import scipy.sparse as sp

QUOTE = re.compile(r"[\"“”«»]")


def shape(t: str) -> str:
    if t.isupper() and len(t) > 1:
        return "AA"
    if t[:1].isupper():
        return "Aa"
    if t.isdigit():
        return "9"
    if t.isalpha():
        return "a"
    return t if len(t) == 1 else "x"


def base_strings(art, spec):
    """Per-namespace string per token (before windowing)."""
    low = [t.lower() for t in art.toks]
    out = {"w": low}
    if "suf" in spec:
        out["suf"] = [t[-3:] for t in low]
    if "pre" in spec:
        out["pre"] = [t[:4] for t in low]
    if "shape" in spec:
        out["shape"] = [shape(t) for t in art.toks]
    if spec.get("clu"):
        cl = clusters()
        out["c256"] = [str(cl["256"].get(t, -1)) for t in low]
        out["c1024"] = [str(cl["1024"].get(t, -1)) for t in low]
    return out


_CL = {}


def clusters():
    if not _CL:
        import json
        _CL.update(json.load(open("/work/experiments/issue4/clusters.json")))
    return _CL


class Featurizer:
    """spec: dict of options. window: word offsets; bigrams; suf/pre/shape; line features; numeric extras."""

    def __init__(self, spec, min_count=2):
        self.spec = spec
        self.min_count = min_count

    def fit(self, arts):
        counts = {}
        for a in arts:
            for ns, strs in base_strings(a, self.spec).items():
                counts.setdefault(ns, Counter()).update(strs)
        self.vocab = {ns: {s: i + 1 for i, s in enumerate(sorted(k for k, v in c.items() if v >= self.min_count))}
                      for ns, c in counts.items()}
        # namespaces after windowing: (base ns, offset)
        self.slots = [("w", o) for o in self.spec.get("window", [0])]
        for ns in ("suf", "pre", "shape", "c256", "c1024"):
            if ns in self.spec or (ns.startswith("c") and self.spec.get("clu")):
                self.slots += [(ns, o) for o in self.spec.get(ns + "_window", [0])]
        self.offsets = {}
        col = 0
        for slot in self.slots:
            self.offsets[slot] = col
            col += len(self.vocab[slot[0]]) + 2  # 0 = unknown, last = outside line
        self.n_sparse = col
        self.n_bigram = 2 ** 18 if self.spec.get("bigrams") else 0
        self.n_dense = len(self.dense_names())
        self.n_features = self.n_sparse + self.n_bigram + self.n_dense
        return self

    def dense_names(self):
        names = []
        if self.spec.get("line"):
            names += ["title", "quote_in_line", "excl", "ques", "relpos", "linelen", "in_quotes", "rep_article",
                      "is_punct", "cap_mid"]
        return names

    def transform(self, art, extra=None):
        n = len(art.toks)
        base = base_strings(art, self.spec)
        ids = {ns: np.fromiter((self.vocab[ns].get(s, 0) for s in strs), np.int64, n) for ns, strs in base.items()}
        line = art.line
        cols = []
        for ns, o in self.slots:
            v = ids[ns]
            outside = len(self.vocab[ns]) + 1
            shifted = np.full(n, outside, np.int64)
            if o == 0:
                shifted = v.copy()
            elif o > 0:
                shifted[:-o] = v[o:]
                same = np.zeros(n, bool)
                same[:-o] = line[o:] == line[:-o]
                shifted[~same] = outside
            else:
                k = -o
                shifted[k:] = v[:-k]
                same = np.zeros(n, bool)
                same[k:] = line[:-k] == line[k:]
                shifted[~same] = outside
            cols.append(shifted + self.offsets[(ns, o)])
        blocks = [np.stack(cols, 1)] if cols else []
        data_blocks = [np.ones((n, len(cols)), np.float32)]
        if self.n_bigram:
            w = base["w"]
            prev = ["<s>"] + w[:-1]
            nxt = w[1:] + ["</s>"]
            b1 = np.fromiter((hash(("b", p, c)) % self.n_bigram for p, c in zip(prev, w)), np.int64, n)
            b2 = np.fromiter((hash(("f", c, x)) % self.n_bigram for c, x in zip(w, nxt)), np.int64, n)
            blocks.append(np.stack([b1, b2], 1) + self.n_sparse)
            data_blocks.append(np.ones((n, 2), np.float32))
        dense = []
        if self.spec.get("line"):
            dense.append(self.line_features(art))
        if extra is not None:
            dense.append(extra)
        if dense:
            d = np.concatenate(dense, 1).astype(np.float32)
            nd = d.shape[1]
            blocks.append(np.tile(np.arange(nd) + self.n_sparse + self.n_bigram, (n, 1)))
            data_blocks.append(d)
        indices = np.concatenate(blocks, 1)
        data = np.concatenate(data_blocks, 1)
        k = indices.shape[1]
        width = self.n_features + (0 if extra is None else extra.shape[1])
        return sp.csr_matrix((data.ravel(), indices.ravel(), np.arange(0, n * k + 1, k)), shape=(n, width))

    def line_features(self, art):
        n = len(art.toks)
        line = art.line
        toks = art.toks
        # per line stats
        _, first_idx, inv, cnt = np.unique(line, return_index=True, return_inverse=True, return_counts=True)
        pos = np.arange(n) - first_idx[inv]
        relpos = pos / np.maximum(cnt[inv] - 1, 1)
        is_q = np.array([bool(QUOTE.fullmatch(t)) for t in toks])
        is_e = np.array([t == "!" for t in toks])
        is_qm = np.array([t == "?" for t in toks])
        q_line = np.bincount(inv, is_q)[inv] > 0
        e_line = np.bincount(inv, is_e)[inv] > 0
        qm_line = np.bincount(inv, is_qm)[inv] > 0
        # inside quotes: odd number of quote chars before token on its line
        cq = np.cumsum(is_q) - is_q
        line_start_cq = cq[first_idx][inv]
        in_q = ((cq - line_start_cq) % 2) == 1
        low = [t.lower() for t in toks]
        c = Counter(low)
        rep = np.array([min(c[t], 10) / 10 if len(t) > 3 else 0 for t in low])
        punct = np.array([not t[0].isalnum() for t in toks])
        capmid = np.array([t[:1].isupper() for t in toks]) & (pos > 0)
        title = (line == 0)
        return np.stack([title, q_line, e_line, qm_line, relpos, np.log1p(cnt[inv]) / 4, in_q, rep, punct, capmid],
                        1).astype(np.float32)

    def matrix(self, arts, extras=None):
        mats = [self.transform(a, None if extras is None else extras[i]) for i, a in enumerate(arts)]
        return sp.vstack(mats, format="csr")
