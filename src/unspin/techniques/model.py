"""The technique model at run time: numpy arrays and JSON vocabularies, loaded once, no training library.

Two linear models work in turn:

1. **Span identification**: a logistic regression scores every token (the probability that it lies inside
   some technique's span); runs of tokens above a low threshold, inside one unit, become a span when their
   best token passes a high threshold (hysteresis: a weak edge joins a strong centre). The thresholds were
   chosen by cross-validation inside the training data.
2. **Technique classification**: a multinomial logistic regression over TF-IDF span features gives the 14
   class probabilities of each span; a span is reported with its best class, and with its second class too
   when that one is likely enough (techniques overlap in the corpus).

A reported span's ``score`` is its SI probability (the best token's) times its class probability.

The files: ``unspin/data/techniques/model.json.gz`` (format tag, vocabularies, decoding parameters, the
training record) and ``weights.npz`` (float arrays, read with ``allow_pickle=False``), written by
:mod:`unspin.techniques.train`. :func:`load_model` reads them once per process.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from unspin.errors import ModelError
from unspin.techniques.features import (
    FloatArray,
    SiSpec,
    TokenFeaturizer,
    Tokens,
    char_ngrams,
    context_words,
    line_around,
    span_dense,
    tokenize,
    word_ngrams,
)

__all__ = ["FORMAT", "Detection", "SiModel", "TcModel", "TechniqueModel", "load_model"]

FORMAT = "unspin.techniques/1"
_SPACES = re.compile(r"\s+")
MODEL_JSON = "model.json.gz"
WEIGHTS = "weights.npz"


@dataclass(frozen=True, slots=True)
class Detection:
    """One technique found: ``text[start:end]``, the PTC class name, and a score in 0..1."""

    start: int
    end: int
    technique: str
    score: float
    si_score: float
    class_probability: float


@dataclass(frozen=True, slots=True)
class Decoding:
    """Hysteresis decoding of token probabilities: ``smooth`` (a moving-max window), ``low``, ``high``."""

    smooth: int
    low: float
    high: float

    def to_dict(self) -> dict[str, Any]:
        return {"smooth": self.smooth, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decoding:
        return cls(int(data["smooth"]), float(data["low"]), float(data["high"]))


class SiModel:
    """Token-level logistic regression for span identification."""

    def __init__(self, featurizer: TokenFeaturizer, lexicon: Mapping[str, float], sparse_weights: FloatArray,
                 dense_weights: FloatArray, bias: float, decoding: Decoding) -> None:
        if sparse_weights.shape != (featurizer.n_sparse,) or dense_weights.shape != (featurizer.n_dense,):
            raise ModelError(f"SI weights have shapes {sparse_weights.shape} and {dense_weights.shape}, the "
                             f"vocabularies need ({featurizer.n_sparse},) and ({featurizer.n_dense},)")
        self.featurizer = featurizer
        self.lexicon = lexicon
        self.sparse_weights = sparse_weights
        self.dense_weights = dense_weights
        self.bias = bias
        self.decoding = decoding

    def token_probabilities(self, tokens: Tokens) -> npt.NDArray[np.float64]:
        if len(tokens) == 0:
            return np.zeros(0)
        ids = self.featurizer.ids(tokens)
        logit = self.sparse_weights[ids].sum(axis=1, dtype=np.float64)
        logit += self.featurizer.dense(tokens, self.lexicon) @ self.dense_weights + self.bias
        probs: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logit))
        return probs

    def decode(self, tokens: Tokens, probs: npt.NDArray[np.float64],
               decoding: Decoding | None = None) -> list[tuple[int, int, float]]:
        """(start, end, best token probability) of every span, in text order."""
        return hysteresis(tokens, probs, decoding or self.decoding)


def hysteresis(tokens: Tokens, probs: npt.NDArray[np.float64], decoding: Decoding) -> list[tuple[int, int, float]]:
    """Runs of adjacent tokens of one unit with p >= low, kept when their best p >= high."""
    p = probs
    if decoding.smooth > 1 and len(p):
        # A short dip between two likely tokens should not cut a span in two.
        p = np.maximum(p, np.convolve(p, np.ones(decoding.smooth) / decoding.smooth, mode="same"))
    idx = np.flatnonzero(p >= decoding.low)
    if len(idx) == 0:
        return []
    unit = tokens.unit
    breaks = np.flatnonzero((np.diff(idx) != 1) | (unit[idx[1:]] != unit[idx[:-1]]))
    firsts = np.concatenate([[idx[0]], idx[breaks + 1]])
    lasts = np.concatenate([idx[breaks], [idx[-1]]])
    out = []
    for i, j in zip(firsts.tolist(), lasts.tolist(), strict=True):
        best = float(p[i:j + 1].max())
        if best >= decoding.high:
            out.append((int(tokens.starts[i]), int(tokens.ends[j]), best))
    return out


class TcModel:
    """Multinomial logistic regression over TF-IDF span features (see :mod:`unspin.techniques.features`)."""

    # The weight of each feature block, as in training.
    BLOCKS = (("word", 1.0), ("char", 1.0), ("context", 0.5))
    DENSE_WEIGHT = 2.0

    def __init__(self, classes: Sequence[str], vocab: Mapping[str, Sequence[str]],
                 idf: Mapping[str, FloatArray], coef: FloatArray, intercept: FloatArray) -> None:
        self.classes = list(classes)
        self.index = {name: {w: i for i, w in enumerate(vocab[name])} for name, _ in self.BLOCKS}
        self.idf = {name: np.asarray(idf[name], np.float64) for name, _ in self.BLOCKS}
        self.offsets: dict[str, int] = {}
        col = 0
        for name, _ in self.BLOCKS:
            self.offsets[name] = col
            col += len(self.index[name])
        self.n_features = col + 13
        if coef.shape != (len(self.classes), self.n_features):
            raise ModelError(f"TC weights have shape {coef.shape}, the vocabularies need "
                             f"({len(self.classes)}, {self.n_features})")
        self.coef = coef
        self.intercept = intercept
        self._char_memo: dict[str, list[int]] = {}
        self._context_memo: dict[str, list[int]] = {}

    def vector(self, text: str, lower_text: str, start: int, end: int,
               times_listed: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """The span's feature vector as (column ids, values): the analyzers of training, memoised per word."""
        span = text[start:end]
        words = word_ngrams(span)
        word_index = self.index["word"]
        char_ids = [i for chunk in _SPACES.split(span.lower()) if chunk for i in self._char_ids(chunk)]
        blocks = {
            "word": [word_index[w] for w in words if w in word_index],
            "char": char_ids,
            "context": self._context_ids(line_around(text, start, end)),
        }
        ids: list[npt.NDArray[np.int64]] = []
        vals: list[npt.NDArray[np.float64]] = []
        for name, weight in self.BLOCKS:
            if not blocks[name]:
                continue
            cols, counts = np.unique(np.asarray(blocks[name], np.int64), return_counts=True)
            v = (1.0 + np.log(counts)) * self.idf[name][cols]
            v *= weight / np.linalg.norm(v)
            ids.append(cols + self.offsets[name])
            vals.append(v)
        dense_start = self.n_features - 13
        ids.append(np.arange(dense_start, self.n_features, dtype=np.int64))
        vals.append(self.DENSE_WEIGHT * np.asarray(span_dense(text, lower_text, start, end, times_listed)))
        return np.concatenate(ids), np.concatenate(vals)

    def _char_ids(self, chunk: str) -> list[int]:
        """Known character n-gram ids of one white-space-free chunk (the char analyzer works word by word)."""
        index = self.index["char"]
        return _memoised(self._char_memo, chunk, lambda: [index[g] for g in char_ngrams(chunk) if g in index],
                         bound=200_000)

    def _context_ids(self, line: str) -> list[int]:
        index = self.index["context"]
        # Only the lines of the article at hand repeat; a small memo is enough.
        return _memoised(self._context_memo, line, lambda: [index[w] for w in context_words(line) if w in index],
                         bound=256)

    def probabilities(self, text: str, spans: Sequence[tuple[int, int, int]]) -> npt.NDArray[np.float64]:
        """Class probabilities, one row per (start, end, times the span is listed)."""
        out = np.zeros((len(spans), len(self.classes)))
        if not spans:
            return out
        lower_text = text.lower()
        for row, (start, end, listed) in enumerate(spans):
            cols, vals = self.vector(text, lower_text, start, end, listed)
            logits = self.coef[:, cols].astype(np.float64) @ vals + self.intercept
            logits -= logits.max()
            e = np.exp(logits)
            out[row] = e / e.sum()
        return out


def _memoised(memo: dict[str, list[int]], key: str, compute: Callable[[], list[int]], *, bound: int) -> list[int]:
    """``memo[key]``, computed on first use; the memo is emptied when it outgrows ``bound``."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= bound:
            memo.clear()
        found = memo[key] = compute()
    return found


class TechniqueModel:
    """Both models and the labelling rule; :meth:`detect` is the stage's entry point."""

    def __init__(self, si: SiModel, tc: TcModel, second_class_min: float, record: Mapping[str, Any]) -> None:
        self.si = si
        self.tc = tc
        self.second_class_min = second_class_min
        self.record = dict(record)

    def spans(self, text: str, units: Sequence[tuple[int, int]]) -> list[tuple[int, int, float]]:
        """Span identification alone: (start, end, score)."""
        tokens = tokenize(text, units)
        return self.si.decode(tokens, self.si.token_probabilities(tokens))

    def label(self, text: str, spans: Sequence[tuple[int, int, float]]) -> list[Detection]:
        """Give each SI span its best class, and its second when that is likely enough."""
        probs = self.tc.probabilities(text, [(s, e, 1) for s, e, _ in spans])
        out: list[Detection] = []
        for (start, end, si_score), row in zip(spans, probs, strict=True):
            order = np.argsort(-row)
            for rank, k in enumerate(order[:2]):
                p = float(row[k])
                if rank == 1 and p < self.second_class_min:
                    break
                out.append(Detection(start, end, self.tc.classes[int(k)], si_score * p, si_score, p))
        return out

    def detect(self, text: str, units: Sequence[tuple[int, int]]) -> list[Detection]:
        return self.label(text, self.spans(text, units))

    def classify(self, text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
        """TC: a technique for each given span; a span listed k times gets its k best classes in turn."""
        listed = Counter(spans)
        probs = self.tc.probabilities(text, [(s, e, listed[(s, e)]) for s, e in spans])
        seen: Counter[tuple[int, int]] = Counter()
        out = []
        for key, row in zip(spans, probs, strict=True):
            order = np.argsort(-row)
            out.append(self.tc.classes[int(order[seen[key] % len(order)])])
            seen[key] += 1
        return out

    # -- files ---------------------------------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fz = self.si.featurizer
        meta = {
            "format": FORMAT,
            "record": self.record,
            "si": {"spec": fz.spec.to_dict(), "vocab": fz.vocab_lists, "lexicon": dict(self.si.lexicon),
                   "decoding": self.si.decoding.to_dict(), "bias": self.si.bias},
            "tc": {"classes": self.tc.classes,
                   "vocab": {name: list(index) for name, index in self.tc.index.items()}},
            "second_class_min": self.second_class_min,
        }
        payload = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
        # mtime=0: the same model gives byte-identical files.
        with open(folder / MODEL_JSON, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(payload)
        arrays: dict[str, npt.NDArray[Any]] = {
            "si_sparse": self.si.sparse_weights.astype(np.float32),
            "si_dense": self.si.dense_weights.astype(np.float32),
            # Half precision halves the file; class probabilities move in the fourth decimal.
            "tc_coef": self.tc.coef.astype(np.float16),
            "tc_intercept": self.tc.intercept.astype(np.float32),
        }
        arrays.update({f"tc_idf_{name}": self.tc.idf[name].astype(np.float32) for name, _ in TcModel.BLOCKS})
        np.savez_compressed(folder / WEIGHTS, **arrays)  # type: ignore[arg-type]

    @classmethod
    def from_files(cls, model_json: bytes, weights: Mapping[str, npt.NDArray[Any]], clusters: Mapping[str, Any],
                   source: str) -> TechniqueModel:
        try:
            meta = json.loads(gzip.decompress(model_json))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{source}: the technique model is not gzipped JSON ({exc})") from exc
        if meta.get("format") != FORMAT:
            raise ModelError(f"{source}: format {meta.get('format')!r}, this unspin reads {FORMAT!r}")
        try:
            si_meta, tc_meta = meta["si"], meta["tc"]
            featurizer = TokenFeaturizer(SiSpec.from_dict(si_meta["spec"]), si_meta["vocab"], clusters)
            si = SiModel(featurizer, si_meta["lexicon"], np.asarray(weights["si_sparse"], np.float32),
                         np.asarray(weights["si_dense"], np.float32), float(si_meta["bias"]),
                         Decoding.from_dict(si_meta["decoding"]))
            tc = TcModel(tc_meta["classes"], tc_meta["vocab"],
                         {name: weights[f"tc_idf_{name}"] for name, _ in TcModel.BLOCKS},
                         np.asarray(weights["tc_coef"], np.float32), np.asarray(weights["tc_intercept"], np.float64))
            return cls(si, tc, float(meta["second_class_min"]), meta.get("record") or {})
        except KeyError as exc:
            raise ModelError(f"{source}: the technique model lacks {exc}") from exc


def load_clusters(folder: Path | None = None) -> dict[str, dict[str, int]]:
    """The word-cluster table ({"256": {word: id}, "1024": {...}}), a fixed input of training."""
    path = (folder / "clusters.json") if folder else resources.files("unspin").joinpath(
        "data", "techniques", "clusters.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"unspin/data/techniques/clusters.json is missing or malformed: {exc}") from exc
    return {str(k): {str(w): int(c) for w, c in v.items()} for k, v in data.items()}


def read_model(folder: Path) -> TechniqueModel:
    """A model from a folder holding ``model.json.gz`` and ``weights.npz`` (and the shipped clusters)."""
    try:
        raw = (folder / MODEL_JSON).read_bytes()
        with np.load(folder / WEIGHTS, allow_pickle=False) as npz:
            weights = {k: npz[k] for k in npz.files}
    except (OSError, ValueError) as exc:
        raise ModelError(f"{folder}: cannot read the technique model ({exc})") from exc
    clusters_dir = folder if (folder / "clusters.json").exists() else None
    return TechniqueModel.from_files(raw, weights, load_clusters(clusters_dir), str(folder))


@cache
def load_model() -> TechniqueModel:
    """The shipped model, read once per process."""
    folder = resources.files("unspin").joinpath("data", "techniques")
    return read_model(Path(str(folder)))
