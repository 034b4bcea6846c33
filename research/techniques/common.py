"""Shared pieces of the issue-4 model study: data, folds, tokens, decoding, scoring (via the repo's scorer)."""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, "/work/main/src")
# Import unspin.techniques without unspin/__init__ (whose readers need packages this venv lacks).
import types  # noqa: E402

_pkg = types.ModuleType("unspin")
_pkg.__path__ = ["/work/main/src/unspin"]
sys.modules.setdefault("unspin", _pkg)
from unspin.techniques.ptc import Fragment, load_corpus  # noqa: E402
from unspin.techniques.scoring import merge_overlapping, score_flc, score_si, score_tc  # noqa: E402

PTC = Path("/work/shared/data/ptc")
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


@dataclass
class Art:
    aid: str
    text: str
    starts: np.ndarray
    ends: np.ndarray
    toks: list[str]
    y: np.ndarray  # token overlaps a gold SI span
    line: np.ndarray  # line (sentence) index of each token


def tokenize(text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    ms = list(TOKEN.finditer(text))
    return (np.fromiter((m.start() for m in ms), np.int64, len(ms)),
            np.fromiter((m.end() for m in ms), np.int64, len(ms)), [m.group() for m in ms])


def load():
    corpus = load_corpus(PTC)
    gold_si = defaultdict(list)
    for f in corpus.si:
        gold_si[f.article_id].append((f.start, f.end))
    arts = []
    for aid, text in corpus.articles.items():
        s, e, toks = tokenize(text)
        mask = np.zeros(len(text) + 1, np.int32)
        for a, b in merge_overlapping(gold_si[aid]):
            mask[a:b] = 1
        cum = np.concatenate([[0], np.cumsum(mask)])
        y = (cum[e] - cum[s]) > 0
        nl = np.concatenate([[0], np.cumsum(np.frombuffer(text.encode("utf-32-le"), np.uint32) == 10)])
        arts.append(Art(aid, text, s, e, toks, y, nl[s]))
    return corpus, arts


def folds(arts, k=5):
    ids = np.array([a.aid for a in arts])
    return list(GroupKFold(n_splits=k).split(ids, groups=ids))


def decode(art: Art, prob: np.ndarray, thr: float, gap: int = 0) -> list[tuple[int, int, float]]:
    """Runs of tokens with prob >= thr -> char spans; runs on one line with <= `gap` tokens between join."""
    idx = np.flatnonzero(prob >= thr)
    if len(idx) == 0:
        return []
    runs = []
    first = prev = idx[0]
    for i in idx[1:]:
        if i - prev - 1 <= gap and art.line[i] == art.line[prev]:
            prev = i
            continue
        runs.append((first, prev))
        first = prev = i
    runs.append((first, prev))
    return [(int(art.starts[i]), int(art.ends[j]), float(prob[i:j + 1].mean())) for i, j in runs]


def si_fragments(arts, probs, thr, gap=0):
    out = []
    for a, p in zip(arts, probs):
        out += [Fragment(a.aid, s, e) for s, e, _ in decode(a, p, thr, gap)]
    return out


def best_threshold(arts, probs, gold, grid=None, gap=0):
    grid = grid if grid is not None else np.arange(0.15, 0.71, 0.025)
    ids = {a.aid for a in arts}
    g = [f for f in gold if f.article_id in ids]
    best = max(((score_si(si_fragments(arts, probs, t, gap), g).f1, t) for t in grid))
    return best[1], best[0]


__all__ = ["Art", "Fragment", "load", "folds", "decode", "si_fragments", "best_threshold",
           "score_si", "score_tc", "score_flc", "merge_overlapping", "tokenize"]
