"""The technique model at run time: numpy arrays and JSON vocabularies, loaded once, no training library.

Two families of linear models:

1. **Token models**: logistic regressions over one feature matrix score every token. Column ``si`` is span
   identification (the probability that the token lies inside some technique's span); the other columns are
   taggers of single short-span techniques (Loaded_Language, Name_Calling,Labeling, Doubt, ...). Runs of
   tokens above a low threshold, inside one unit, become a span when their best token passes a high
   threshold (hysteresis: a weak edge joins a strong centre).
2. **Technique classification**: a multinomial logistic regression over TF-IDF span features gives the 14
   class probabilities of a span (task TC, and the label of an SI span).

Detection (FLC): a tagged class is reported where its tagger finds it (score = its best token's probability);
the other classes come from the SI spans, each given its most likely untagged class when that probability is
high enough (score = SI probability × class probability).

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
    LexiconTable,
    SiSpec,
    TokenFeaturizer,
    Tokens,
    char_ngrams,
    context_words,
    line_around,
    sentence_words,
    span_dense,
    tokenize,
    word_ngrams,
)

__all__ = ["FORMAT", "Detection", "TcModel", "TechniqueModel", "TokenModel", "load_model"]

FORMAT = "unspin.techniques/2"
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
    source: str = "span"  # "tagger": a class's own token tagger; "span": an SI span and the classifier


@dataclass(frozen=True, slots=True)
class Decoding:
    """Hysteresis decoding of token probabilities: ``smooth`` (a moving-max window), ``low``, ``high``, and
    ``split``: cut spans at clause punctuation (see :func:`hysteresis`)."""

    smooth: int
    low: float
    high: float
    split: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"smooth": self.smooth, "low": self.low, "high": self.high, "split": self.split}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decoding:
        return cls(int(data["smooth"]), float(data["low"]), float(data["high"]), bool(data.get("split", False)))


def tfidf(ids: Sequence[int], idf: npt.NDArray[np.float64],
          weight: float = 1.0) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Distinct column ids and their values, as scikit-learn's TfidfVectorizer makes them at training time
    (sublinear tf × idf, scaled to length ``weight``)."""
    cols, counts = np.unique(np.asarray(ids, np.int64), return_counts=True)
    v = (1.0 + np.log(counts)) * idf[cols]
    v *= weight / np.linalg.norm(v)
    return cols, v


class SentenceModel:
    """Logistic regression over TF-IDF of a unit's words, marks and word pairs and its character n-grams: the
    probability that the unit holds a technique. Its output feeds the token models (``SENTENCE_FEATURES``)."""

    BLOCKS = ("word", "char")

    def __init__(self, vocab: Mapping[str, Sequence[str]], idf: Mapping[str, FloatArray], coef: FloatArray,
                 intercept: float) -> None:
        self.index = {name: {w: i for i, w in enumerate(vocab[name])} for name in self.BLOCKS}
        self.idf = {name: np.asarray(idf[name], np.float64) for name in self.BLOCKS}
        self.offsets = {"word": 0, "char": len(self.index["word"])}
        if coef.shape != (len(self.index["word"]) + len(self.index["char"]),):
            raise ModelError(f"sentence weights have shape {coef.shape}, the vocabularies need "
                             f"({len(self.index['word']) + len(self.index['char'])},)")
        self.coef = np.asarray(coef, np.float64)
        self.intercept = intercept
        self._char_memo: dict[str, list[int]] = {}

    def probabilities(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        out = np.zeros(len(texts))
        word_index = self.index["word"]
        for row, text in enumerate(texts):
            logit = self.intercept
            blocks = {
                "word": [word_index[w] for w in sentence_words(text) if w in word_index],
                "char": [i for chunk in _SPACES.split(text.lower()) if chunk for i in self._char_ids(chunk)],
            }
            for name in self.BLOCKS:
                if blocks[name]:
                    cols, v = tfidf(blocks[name], self.idf[name])
                    logit += float(self.coef[cols + self.offsets[name]] @ v)
            out[row] = 1.0 / (1.0 + np.exp(-logit))
        return out

    def _char_ids(self, chunk: str) -> list[int]:
        index = self.index["char"]
        return _memoised(self._char_memo, chunk, lambda: [index[g] for g in char_ngrams(chunk) if g in index],
                         bound=200_000)


class TokenModel:
    """Token-level logistic regressions over one feature matrix: column 0 is span identification ("si"),
    the others are taggers of single techniques (the short-span classes)."""

    def __init__(self, featurizer: TokenFeaturizer, lexicons: Sequence[Mapping[str, float]],
                 outputs: Sequence[str], sparse_weights: FloatArray, dense_weights: FloatArray,
                 bias: npt.NDArray[np.float64], decodings: Mapping[str, Decoding],
                 sentence: SentenceModel | None = None) -> None:
        if featurizer.n_sentence and sentence is None:
            raise ModelError("the token features use a sentence model, and none was given")
        k = len(outputs)
        if (sparse_weights.shape != (featurizer.n_sparse, k) or dense_weights.shape != (featurizer.n_dense, k)
                or bias.shape != (k,)):
            raise ModelError(f"token weights have shapes {sparse_weights.shape}, {dense_weights.shape}, "
                             f"{bias.shape}; the vocabularies need ({featurizer.n_sparse}, {k}), "
                             f"({featurizer.n_dense}, {k}), ({k},)")
        if outputs[0] != "si" or set(decodings) != set(outputs):
            raise ModelError(f"token outputs {list(outputs)} must start with 'si' and each have a decoding")
        self.featurizer = featurizer
        self.lexicons = list(lexicons)
        self._table = LexiconTable(self.lexicons)
        self.outputs = list(outputs)
        self.sparse_weights = sparse_weights
        self.dense_weights = dense_weights
        self.bias = bias
        self.decodings = dict(decodings)
        self.sentence = sentence

    def unit_probabilities(self, tokens: Tokens) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]] | None:
        """The units in text order and their sentence-model probabilities (None without a sentence model)."""
        if self.sentence is None or not self.featurizer.n_sentence:
            return None
        order, texts = tokens.unit_texts()
        return order, self.sentence.probabilities(texts)

    @property
    def decoding(self) -> Decoding:
        """The decoding of span identification."""
        return self.decodings["si"]

    def token_probabilities(self, tokens: Tokens) -> npt.NDArray[np.float64]:
        """An (n tokens, n outputs) array of probabilities."""
        k = len(self.outputs)
        if len(tokens) == 0:
            return np.zeros((0, k))
        ids = self.featurizer.ids(tokens)
        logit = self.sparse_weights[ids].sum(axis=1, dtype=np.float64)
        dense = self.featurizer.dense(tokens, self._table, self.unit_probabilities(tokens))
        logit += dense @ self.dense_weights + self.bias
        probs: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logit))
        return probs

    def decode(self, tokens: Tokens, probs: npt.NDArray[np.float64],
               decoding: Decoding | None = None) -> list[tuple[int, int, float]]:
        """SI spans: (start, end, best token probability), in text order."""
        column = probs[:, 0] if probs.ndim == 2 else probs
        return hysteresis(tokens, column, decoding or self.decoding)

    def tagged(self, tokens: Tokens, probs: npt.NDArray[np.float64]) -> list[tuple[str, int, int, float]]:
        """(technique, start, end, best token probability) from each technique's own tagger."""
        out = []
        for j, name in enumerate(self.outputs[1:], start=1):
            out += [(name, s, e, p) for s, e, p in hysteresis(tokens, probs[:, j], self.decodings[name])]
        return out


def hysteresis(tokens: Tokens, probs: npt.NDArray[np.float64], decoding: Decoding) -> list[tuple[int, int, float]]:
    """Runs of adjacent tokens of one unit with p >= low, kept when their best p >= high."""
    p = probs
    if decoding.smooth > 1 and len(p):
        # A short dip between two likely tokens should not cut a span in two.
        # (np.convolve's "same" mode returns the longer input's length, so pad by hand for short texts.)
        w = decoding.smooth
        padded = np.pad(p, (w // 2, w - 1 - w // 2))
        p = np.maximum(p, np.convolve(padded, np.ones(w) / w, mode="valid"))
    idx = np.flatnonzero(p >= decoding.low)
    if len(idx) == 0:
        return []
    unit = tokens.unit
    breaks = np.flatnonzero((np.diff(idx) != 1) | (unit[idx[1:]] != unit[idx[:-1]]))
    firsts = np.concatenate([[idx[0]], idx[breaks + 1]])
    lasts = np.concatenate([idx[breaks], [idx[-1]]])
    out = []
    words = tokens.words
    for i, j in zip(firsts.tolist(), lasts.tolist(), strict=True):
        best = float(p[i:j + 1].max())
        if best < decoding.high:
            continue
        if not decoding.split:
            out.append((int(tokens.starts[i]), int(tokens.ends[j]), best))
            continue
        # Clause split: annotated technique spans rarely cross a comma, a dash, a bracket or a quote mark
        # (about three in four hold none), so a run is cut there and each piece must pass ``high`` itself.
        # Caveat, measured in the model study: the official SI measure averages precision over predicted
        # spans, so part of this decoding's gain comes from emitting more, shorter spans; at the level of
        # characters it is neutral. docs/model-techniques.md reports both.
        piece: list[int] = []
        for k in [*range(i, j + 1), -1]:
            if k >= 0 and words[k] not in _CLAUSE_MARKS:
                piece.append(k)
                continue
            while piece and not words[piece[-1]][0].isalnum():
                piece.pop()
            while piece and not words[piece[0]][0].isalnum():
                piece.pop(0)
            if piece:
                top = float(p[piece[0]:piece[-1] + 1].max())
                if top >= decoding.high:
                    out.append((int(tokens.starts[piece[0]]), int(tokens.ends[piece[-1]]), top))
            piece = []
    return out


_CLAUSE_MARKS = frozenset([",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "-"])


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
            if blocks[name]:
                cols, v = tfidf(blocks[name], self.idf[name], weight)
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
    """The token model, the span classifier and the labelling rule; :meth:`detect` is the stage's entry point.

    Labelling: a class with its own tagger is reported where that tagger finds it; every other class comes
    from the SI spans, each labelled with its most likely untagged class when that class's probability is at
    least ``span_class_min``.
    """

    def __init__(self, si: TokenModel, tc: TcModel, span_class_min: float, record: Mapping[str, Any],
                 si_output: tuple[float, Decoding] | None = None) -> None:
        self.si = si
        self.tc = tc
        self.span_class_min = span_class_min
        self.record = dict(record)
        # Task SI's own output (``spans``): the SI column mixed with the strongest tagger, weight ``alpha`` on
        # the tagger, decoded on its own; None = the SI column and its decoding, as the span path uses.
        self.si_output = si_output
        tagged = set(si.outputs[1:])
        self._untagged = np.array([c not in tagged for c in tc.classes])

    def spans(self, text: str, units: Sequence[tuple[int, int]]) -> list[tuple[int, int, float]]:
        """Span identification alone (task SI): (start, end, score)."""
        tokens = tokenize(text, units)
        return self.si_spans(tokens, self.si.token_probabilities(tokens))

    def si_spans(self, tokens: Tokens, probs: npt.NDArray[np.float64]) -> list[tuple[int, int, float]]:
        """Task SI's spans from token probabilities: where the SI column and the taggers agree or either is
        confident (a weighted mean of the SI column and the strongest tagger), when ``si_output`` is set."""
        if self.si_output is None or probs.shape[1] < 2:
            return self.si.decode(tokens, probs)
        alpha, decoding = self.si_output
        mixed = (1.0 - alpha) * probs[:, 0] + alpha * probs[:, 1:].max(axis=1)
        return hysteresis(tokens, mixed, decoding)

    def label(self, text: str, spans: Sequence[tuple[int, int, float]]) -> list[Detection]:
        """The span path: SI spans labelled with their most likely untagged class, when likely enough."""
        if not self._untagged.any():
            return []
        probs = self.tc.probabilities(text, [(s, e, 1) for s, e, _ in spans])
        out: list[Detection] = []
        for (start, end, si_score), row in zip(spans, probs, strict=True):
            k = int(np.argmax(np.where(self._untagged, row, -1.0)))
            p = float(row[k])
            if p >= self.span_class_min:
                out.append(Detection(start, end, self.tc.classes[k], si_score * p, si_score, p, "span"))
        return out

    def detect(self, text: str, units: Sequence[tuple[int, int]]) -> list[Detection]:
        tokens = tokenize(text, units)
        return self.detect_tokens(text, tokens, self.si.token_probabilities(tokens))

    def detect_tokens(self, text: str, tokens: Tokens, probs: npt.NDArray[np.float64]) -> list[Detection]:
        found = [Detection(s, e, name, p, p, 1.0, "tagger") for name, s, e, p in self.si.tagged(tokens, probs)]
        found += self.label(text, self.si.decode(tokens, probs))
        return sorted(found, key=lambda d: (d.start, d.end, d.technique))

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
            "tokens": {"spec": fz.spec.to_dict(), "vocab": fz.vocab_lists,
                       "lexicons": [dict(lex) for lex in self.si.lexicons], "outputs": self.si.outputs,
                       "decodings": {k: d.to_dict() for k, d in self.si.decodings.items()},
                       "bias": self.si.bias.tolist(),
                       "sentence": (None if self.si.sentence is None else
                                    {"vocab": {n: list(ix) for n, ix in self.si.sentence.index.items()},
                                     "intercept": self.si.sentence.intercept})},
            "tc": {"classes": self.tc.classes,
                   "vocab": {name: list(index) for name, index in self.tc.index.items()}},
            "span_class_min": self.span_class_min,
            "si_output": (None if self.si_output is None else
                          {"alpha": self.si_output[0], "decoding": self.si_output[1].to_dict()}),
        }
        payload = json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8")
        # mtime=0: the same model gives byte-identical files.
        with open(folder / MODEL_JSON, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(payload)
        arrays: dict[str, npt.NDArray[Any]] = {
            "token_sparse": self.si.sparse_weights.astype(np.float32),
            "token_dense": self.si.dense_weights.astype(np.float32),
            # Half precision halves the file; class probabilities move in the fourth decimal.
            "tc_coef": self.tc.coef.astype(np.float16),
            "tc_intercept": self.tc.intercept.astype(np.float32),
        }
        arrays.update({f"tc_idf_{name}": self.tc.idf[name].astype(np.float32) for name, _ in TcModel.BLOCKS})
        if self.si.sentence is not None:
            arrays["sentence_coef"] = self.si.sentence.coef.astype(np.float32)
            arrays.update({f"sentence_idf_{name}": self.si.sentence.idf[name].astype(np.float32)
                           for name in SentenceModel.BLOCKS})
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
            tok, tc_meta = meta["tokens"], meta["tc"]
            featurizer = TokenFeaturizer(SiSpec.from_dict(tok["spec"]), tok["vocab"], clusters, len(tok["lexicons"]))
            sent = tok.get("sentence")
            sentence = None if sent is None else SentenceModel(
                sent["vocab"], {n: weights[f"sentence_idf_{n}"] for n in SentenceModel.BLOCKS},
                np.asarray(weights["sentence_coef"], np.float32), float(sent["intercept"]))
            si = TokenModel(featurizer, tok["lexicons"], tok["outputs"],
                            np.asarray(weights["token_sparse"], np.float32),
                            np.asarray(weights["token_dense"], np.float32), np.asarray(tok["bias"], np.float64),
                            {k: Decoding.from_dict(d) for k, d in tok["decodings"].items()}, sentence)
            tc = TcModel(tc_meta["classes"], tc_meta["vocab"],
                         {name: weights[f"tc_idf_{name}"] for name, _ in TcModel.BLOCKS},
                         np.asarray(weights["tc_coef"], np.float32), np.asarray(weights["tc_intercept"], np.float64))
            out = meta.get("si_output")
            si_output = None if out is None else (float(out["alpha"]), Decoding.from_dict(out["decoding"]))
            return cls(si, tc, float(meta["span_class_min"]), meta.get("record") or {}, si_output)
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
