"""si2: extra features for the SI token model (new file; the study's files are untouched).

- sentence (line) propaganda probability: TF-IDF LR on lines, inner-OOF for training articles
- SemEval-2021 Task 6 subtask-2 meme texts as extra training Arts (mapped techniques only)
- char n-gram token matrix (hashed, murmurhash => deterministic) for a second token model
"""
from __future__ import annotations

import json
import unicodedata

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from common import Art, tokenize

# ---------------------------------------------------------------- sentence probability

def art_lines(a):
    """(line ids in token order, list of line strings) for the lines that hold tokens."""
    ul, inv = np.unique(a.line, return_inverse=True)
    texts, ys = [], []
    for j in range(len(ul)):
        m = inv == j
        idx = np.flatnonzero(m)
        texts.append(a.text[a.starts[idx[0]]:a.ends[idx[-1]]])
        ys.append(bool(a.y[m].any()))
    return inv, texts, ys


class SentModel:
    def __init__(self, C=1.0):
        self.C = C

    def fit(self, arts):
        texts, ys = [], []
        for a in arts:
            _, t, y = art_lines(a)
            texts += t
            ys += y
        self.wv = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                                  token_pattern=r"(?u)\b\w+\b|[!?\"“”]")
        self.cv = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True,
                                  lowercase=True, max_features=200000)
        x = sp.hstack([self.wv.fit_transform(texts), self.cv.fit_transform(texts)]).tocsr()
        self.clf = LogisticRegression(C=self.C, max_iter=1000, solver="liblinear").fit(x, ys)
        return self

    def line_probs(self, a):
        inv, t, _ = art_lines(a)
        x = sp.hstack([self.wv.transform(t), self.cv.transform(t)]).tocsr()
        return inv, self.clf.predict_proba(x)[:, 1]


def sent_extras_for(a, inv, lp):
    """token features from line probabilities: p, p of previous/next line, logit, 5 one-hot bins."""
    n = len(lp)
    prev = np.concatenate([[0.0], lp[:-1]])
    nxt = np.concatenate([lp[1:], [0.0]])
    p = lp[inv]
    logit = np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4))) / 4
    bins = np.zeros((len(p), 5), np.float32)
    bins[np.arange(len(p)), np.minimum((p * 5).astype(int), 4)] = 1
    return np.column_stack([p, prev[inv], nxt[inv], logit, bins]).astype(np.float32)


def sent_extras(train, test, C=1.0, k=5):
    ids = np.array([a.aid for a in train])
    ex_tr = [None] * len(train)
    for itr, ite in GroupKFold(k).split(ids, groups=ids):
        m = SentModel(C).fit([train[i] for i in itr])
        for i in ite:
            ex_tr[i] = sent_extras_for(train[i], *m.line_probs(train[i]))
    m = SentModel(C).fit(train)
    return ex_tr, [sent_extras_for(a, *m.line_probs(a)) for a in test], m

# ---------------------------------------------------------------- SemEval-2021 memes

MAPPED = {"Appeal to authority", "Appeal to fear/prejudice", "Black-and-white Fallacy/Dictatorship",
          "Causal Oversimplification", "Doubt", "Exaggeration/Minimisation", "Flag-waving", "Loaded Language",
          "Name calling/Labeling", "Reductio ad hitlerum", "Repetition", "Slogans", "Thought-terminating cliché",
          "Whataboutism", "Bandwagon", "Misrepresentation of Someone's Position (Straw Man)",
          "Presenting Irrelevant Data (Red Herring)"}
UNMAPPED = {"Glittering generalities (Virtue)", "Smears", "Obfuscation, Intentional vagueness, Confusion"}


def load_memes(splits=("training", "dev", "test")):
    """Meme texts as Arts. y = token overlaps a mapped-technique span; w = 0 for tokens that overlap only an
    unmapped-technique span (they are neither clean positives nor clean negatives)."""
    out = []
    for sp_ in splits:
        for d in json.load(open(f"/work/shared/data/semeval2021-task6/data/{sp_}_set_task2.txt")):
            text = d["text"]
            s, e, toks = tokenize(text)
            if len(toks) == 0:
                continue
            pos = np.zeros(len(text) + 1, np.int32)
            unm = np.zeros(len(text) + 1, np.int32)
            for l in d["labels"]:
                (pos if l["technique"] in MAPPED else unm)[l["start"]:l["end"]] = 1
            cp = np.concatenate([[0], np.cumsum(pos)])
            cu = np.concatenate([[0], np.cumsum(unm)])
            y = (cp[e] - cp[s]) > 0
            w = np.where(~y & ((cu[e] - cu[s]) > 0), 0.0, 1.0)
            nl = np.concatenate([[0], np.cumsum(np.array([c == "\n" for c in text]))])
            a = Art(f"meme{sp_}{d['id']}", text, s, e, toks, y, nl[s])
            a.w = w
            out.append(a)
    return out

# ---------------------------------------------------------------- char n-gram token matrix

_HV = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=2 ** 18, alternate_sign=False,
                        norm="l2", lowercase=True)


def char_matrix(arts, window=(-1, 0, 1)):
    """rows = tokens; blocks = hashed char n-grams of the word at each offset (zero outside the line)."""
    words = sorted({t.lower() for a in arts for t in a.toks})
    wid = {w: i for i, w in enumerate(words)}
    W = _HV.transform(words).tocsr()
    W = sp.vstack([W, sp.csr_matrix((1, W.shape[1]))]).tocsr()  # last row = outside
    blocks = []
    for o in window:
        rows = []
        for a in arts:
            ids = np.fromiter((wid[t.lower()] for t in a.toks), np.int64, len(a.toks))
            n = len(ids)
            sh = np.full(n, W.shape[0] - 1)
            if o == 0:
                sh = ids
            elif o > 0:
                sh[:-o] = ids[o:]
                sh[:-o][a.line[o:] != a.line[:-o]] = W.shape[0] - 1
            else:
                k = -o
                sh[k:] = ids[:-k]
                sh[k:][a.line[:-k] != a.line[k:]] = W.shape[0] - 1
            rows.append(sh)
        blocks.append(W[np.concatenate(rows)])
    return sp.hstack(blocks).tocsr()
