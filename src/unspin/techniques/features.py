"""Features of the technique model: tokens and their windows (span identification), span texts (classification).

Span identification (SI) scores every token with a linear model over *ids*: each token gets one id per slot
(its word, the words up to three to either side, affixes, shape, word clusters, the word pairs around it)
plus a few real-valued features of its sentence. The ids index one weight vector, so scoring an article is
``weights[ids].sum(axis=1)``: numpy only, no sparse-matrix library at run time. Training builds the same
ids into a CSR matrix for scikit-learn (see :mod:`unspin.techniques.train`).

Technique classification (TC) describes a span by TF-IDF over its words and word pairs, its character
n-grams, the words of its sentence, and thirteen span features (length, repeated in the article, in the
headline, quoted, ...). The analyzers below are used both to fit the vocabularies (scikit-learn's
``TfidfVectorizer`` with these callables) and at run time, so the two cannot drift apart.

Tokens are the model's own (words with inner apostrophes, single punctuation marks), not the segmenter's:
the vocabularies were learned over them. A *unit* is a sentence or the headline (from the segment and
anatomy layers) or, for text outside those, a line; context windows never cross a unit.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "LEXICON_FEATURES",
    "LINE_FEATURES",
    "SENTENCE_FEATURES",
    "SPAN_FEATURES",
    "LexiconTable",
    "SiSpec",
    "TokenFeaturizer",
    "Tokens",
    "char_ngrams",
    "context_words",
    "lexicon_columns",
    "lexicon_features",
    "sentence_columns",
    "sentence_words",
    "span_dense",
    "tokenize",
    "unit_of",
    "word_ngrams",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]

# Dotted abbreviations ("U.S.") stay one token, so a span cannot stop inside one.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*|[^\w\s]")
_QUOTE_MARK = frozenset("\"“”«»")
_WORD = re.compile(r"\w\w+")
_SPACES = re.compile(r"\s+")
_NEWLINE = re.compile(r"\n")


@dataclass(slots=True)
class Tokens:
    """The tokens of one text: offsets, strings, the unit (sentence) and the line each lies in."""

    starts: IntArray
    ends: IntArray
    words: list[str]
    lower: list[str]
    unit: IntArray
    line: IntArray
    text: str = ""

    def __len__(self) -> int:
        return len(self.words)

    def unit_texts(self) -> tuple[IntArray, list[str]]:
        """The units in text order (by their first token) and the text each covers, first to last token."""
        if len(self.words) == 0:
            return np.zeros(0, np.int64), []
        units, first = np.unique(self.unit, return_index=True)
        last = len(self.unit) - 1 - np.unique(self.unit[::-1], return_index=True)[1]
        by_position = np.argsort(first)
        return units[by_position], [self.text[int(self.starts[first[i]]):int(self.ends[last[i]])]
                                    for i in by_position.tolist()]


def tokenize(text: str, units: Sequence[tuple[int, int]]) -> Tokens:
    """Tokens of ``text``; ``units`` are disjoint (start, end) sentence spans in text order.

    A token inside a unit gets the unit's index; one outside every unit (a byline, a caption) gets a unit of
    its own line, numbered after the units, so that windows stop there too.
    """
    matches = list(_TOKEN.finditer(text))
    n = len(matches)
    starts = np.fromiter((m.start() for m in matches), np.int64, n)
    ends = np.fromiter((m.end() for m in matches), np.int64, n)
    words = [m.group() for m in matches]
    newlines = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), np.int64)
    line = np.searchsorted(newlines, starts, side="right").astype(np.int64)
    return Tokens(starts, ends, words, [w.lower() for w in words], unit_of(starts, units, line), line, text)


def unit_of(starts: IntArray, units: Sequence[tuple[int, int]], line: IntArray) -> IntArray:
    """The unit index of each token start (see :func:`tokenize`)."""
    if not units:
        return line.copy()
    unit_starts = np.fromiter((s for s, _ in units), np.int64, len(units))
    unit_ends = np.fromiter((e for _, e in units), np.int64, len(units))
    idx = np.searchsorted(unit_starts, starts, side="right") - 1
    inside = (idx >= 0) & (starts < unit_ends[np.maximum(idx, 0)])
    return np.where(inside, idx, len(units) + line).astype(np.int64)


# -- span identification: token ids -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SiSpec:
    """Which id slots the SI model uses: a namespace and its window of offsets."""

    slots: tuple[tuple[str, tuple[int, ...]], ...] = (
        ("w", (-3, -2, -1, 0, 1, 2, 3)),
        ("suf", (0,)),
        ("pre", (0,)),
        ("shape", (-1, 0, 1)),
        ("c256", (-2, -1, 0, 1, 2)),
        ("c1024", (-1, 0, 1)),
        ("bigram_prev", (0,)),
        ("bigram_next", (0,)),
    )
    min_count: int = 2
    # Nine columns from a sentence-level model: the probability that the token's unit (and the units before
    # and after it) holds a technique.
    sentence: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"slots": [[ns, list(offsets)] for ns, offsets in self.slots], "min_count": self.min_count,
                "sentence": self.sentence}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiSpec:
        return cls(tuple((str(ns), tuple(int(o) for o in offs)) for ns, offs in data["slots"]),
                   int(data["min_count"]), bool(data.get("sentence", False)))


LINE_FEATURES = ("headline_line", "quote_in_unit", "exclamation_in_unit", "question_in_unit", "position_in_unit",
                 "unit_length", "inside_quotes", "repeated_in_article", "punctuation", "capital_mid_unit")
SENTENCE_FEATURES = ("unit_p", "previous_unit_p", "next_unit_p", "unit_logit", "unit_p_bin0", "unit_p_bin1",
                     "unit_p_bin2", "unit_p_bin3", "unit_p_bin4")
LEXICON_FEATURES = ("lex-2", "lex-1", "lex0", "lex+1", "lex+2", "lex_window_max", "lex_unit_mean", "lex_unit_max")


def _shape(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return "AA"
    if word[:1].isupper():
        return "Aa"
    if word.isdigit():
        return "9"
    if word.isalpha():
        return "a"
    return word if len(word) == 1 else "x"


WORD_NAMESPACES = ("w", "suf", "pre", "shape", "c256", "c1024")


def word_strings(word: str, c256: Mapping[str, int], c1024: Mapping[str, int]) -> tuple[str, ...]:
    """A token's string in each namespace that depends on the word alone (``WORD_NAMESPACES`` order)."""
    low = word.lower()
    return (low, low[-3:], low[:4], _shape(word), str(c256.get(low, -1)), str(c1024.get(low, -1)))


def word_pairs(low: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each token with the one before it, and with the one after it (``<s>``/``</s>`` at the edges)."""
    prev = ["<s>", *low[:-1]]
    nxt = [*low[1:], "</s>"]
    return ([f"{p} {c}" for p, c in zip(prev, low, strict=True)],
            [f"{c} {x}" for c, x in zip(low, nxt, strict=True)])


def namespace_strings(tokens: Tokens, clusters: Mapping[str, Mapping[str, int]]) -> dict[str, list[str]]:
    """The string of every token in every namespace, before windowing."""
    c256 = clusters.get("256", {})
    c1024 = clusters.get("1024", {})
    per_word = [word_strings(w, c256, c1024) for w in tokens.words]
    out = {ns: [row[k] for row in per_word] for k, ns in enumerate(WORD_NAMESPACES)}
    out["bigram_prev"], out["bigram_next"] = word_pairs(tokens.lower)
    return out


class TokenFeaturizer:
    """Maps tokens to column ids (one per slot) and dense features; fitted vocabularies, so deterministic.

    Columns: for each slot a block of ``len(vocab) + 2`` ids (0 = a string not in the vocabulary, the last =
    the window runs outside the unit), then the dense line and lexicon features.
    """

    def __init__(self, spec: SiSpec, vocab: Mapping[str, Sequence[str]],
                 clusters: Mapping[str, Mapping[str, int]], n_lexicons: int = 1) -> None:
        self.spec = spec
        self.n_lexicons = n_lexicons
        self.clusters = clusters
        self.vocab_lists = {ns: list(words) for ns, words in vocab.items()}
        self.index = {ns: {w: i + 1 for i, w in enumerate(words)} for ns, words in vocab.items()}
        self.offsets: dict[tuple[str, int], int] = {}
        col = 0
        for ns, window in spec.slots:
            for offset in window:
                self.offsets[(ns, offset)] = col
                col += len(self.index[ns]) + 2
        self.n_sparse = col
        self.n_sentence = len(SENTENCE_FEATURES) if spec.sentence else 0
        self.n_dense = len(LINE_FEATURES) + self.n_sentence + n_lexicons * len(LEXICON_FEATURES)
        self.n_slots = len(self.offsets)
        self._memo: dict[str, tuple[int, ...]] = {}
        self._c256 = clusters.get("256", {})
        self._c1024 = clusters.get("1024", {})

    @classmethod
    def fit(cls, spec: SiSpec, token_lists: Sequence[Tokens], clusters: Mapping[str, Mapping[str, int]],
            n_lexicons: int = 1) -> TokenFeaturizer:
        counts: dict[str, Counter[str]] = {}
        for tokens in token_lists:
            for ns, strings in namespace_strings(tokens, clusters).items():
                counts.setdefault(ns, Counter()).update(strings)
        vocab = {ns: sorted(s for s, c in counts.get(ns, Counter()).items() if c >= spec.min_count)
                 for ns, _ in spec.slots}
        return cls(spec, vocab, clusters, n_lexicons)

    def ids(self, tokens: Tokens) -> IntArray:
        """An (n tokens, n slots) array of column ids."""
        n = len(tokens)
        unit = tokens.unit
        word_ids = self._word_ids(tokens.words)
        pairs_prev, pairs_next = word_pairs(tokens.lower)
        prev_index = self.index.get("bigram_prev", {})
        next_index = self.index.get("bigram_next", {})
        bigram_prev = np.fromiter((prev_index.get(p, 0) for p in pairs_prev), np.int64, n)
        bigram_next = np.fromiter((next_index.get(p, 0) for p in pairs_next), np.int64, n)
        out = np.empty((n, self.n_slots), np.int64)
        k = 0
        for ns, window in self.spec.slots:
            if ns == "bigram_prev":
                base = bigram_prev
            elif ns == "bigram_next":
                base = bigram_next
            else:
                base = word_ids[:, WORD_NAMESPACES.index(ns)]
            outside = len(self.index[ns]) + 1
            for offset in window:
                col = base if offset == 0 else _shift(base, unit, offset, outside)
                out[:, k] = col + self.offsets[(ns, offset)]
                k += 1
        return out

    def _word_ids(self, words: Sequence[str]) -> IntArray:
        """Per token, its id in each namespace that depends on the word alone; memoised by word.

        Words repeat (Zipf), so most tokens cost one dictionary lookup instead of six. The memo is cleared
        when it grows past a bound, so a long batch over new vocabulary cannot grow it without limit.
        """
        memo = self._memo
        if len(memo) > 200_000:
            memo.clear()
        rows = []
        for word in words:
            row = memo.get(word)
            if row is None:
                strings = word_strings(word, self._c256, self._c1024)
                row = tuple(self.index[ns].get(s, 0) if ns in self.index else 0
                            for ns, s in zip(WORD_NAMESPACES, strings, strict=True))
                memo[word] = row
            rows.append(row)
        if not rows:
            return np.zeros((0, len(WORD_NAMESPACES)), np.int64)
        return np.array(rows, np.int64)

    def dense(self, tokens: Tokens, lexicons: Sequence[Mapping[str, float]] | LexiconTable,
              unit_probs: tuple[IntArray, npt.NDArray[np.float64]] | None = None) -> FloatArray:
        """The line features, the sentence columns (``unit_probs``: units in text order and their sentence
        probabilities) when the spec has them, then eight columns per lexicon (in the order given)."""
        table = lexicons if isinstance(lexicons, LexiconTable) else LexiconTable(lexicons)
        if table.width != self.n_lexicons:
            raise ValueError(f"{table.width} lexicons given, the model has {self.n_lexicons}")
        parts = [line_features(tokens)]
        if self.n_sentence:
            if unit_probs is None:
                raise ValueError("this featurizer needs the sentence probabilities of the units")
            parts.append(sentence_columns(tokens, *unit_probs))
        parts.append(lexicon_columns(tokens, table.scores(tokens.lower)))
        return np.concatenate(parts, axis=1)


def _shift(values: IntArray, unit: IntArray, offset: int, fill: int) -> IntArray:
    """values[i + offset] where that token lies in the same unit, else ``fill``."""
    n = len(values)
    out = np.full(n, fill, np.int64)
    if offset > 0 and offset < n:
        same = unit[offset:] == unit[:-offset]
        out[:-offset] = np.where(same, values[offset:], fill)
    elif offset < 0 and -offset < n:
        k = -offset
        same = unit[:-k] == unit[k:]
        out[k:] = np.where(same, values[:-k], fill)
    return out


def line_features(tokens: Tokens) -> FloatArray:
    """Ten features of a token's place in its unit (see ``LINE_FEATURES``)."""
    n = len(tokens)
    if n == 0:
        return np.zeros((0, len(LINE_FEATURES)), np.float32)
    unit = tokens.unit
    words = tokens.words
    _, first, inverse, count = np.unique(unit, return_index=True, return_inverse=True, return_counts=True)
    position = np.arange(n) - first[inverse]
    relative = position / np.maximum(count[inverse] - 1, 1)
    is_quote = np.fromiter((w in _QUOTE_MARK for w in words), bool, n)
    is_excl = np.fromiter((w == "!" for w in words), bool, n)
    is_ques = np.fromiter((w == "?" for w in words), bool, n)
    quote_unit = np.bincount(inverse, is_quote)[inverse] > 0
    excl_unit = np.bincount(inverse, is_excl)[inverse] > 0
    ques_unit = np.bincount(inverse, is_ques)[inverse] > 0
    # Inside quotes (a heuristic): an odd number of quote marks before the token in its unit.
    before = np.cumsum(is_quote) - is_quote
    inside = ((before - before[first][inverse]) % 2) == 1
    freq = Counter(tokens.lower)
    repeated = np.fromiter((min(freq[w], 10) / 10 if len(w) > 3 else 0.0 for w in tokens.lower), np.float64, n)
    punct = np.fromiter((not w[0].isalnum() for w in words), bool, n)
    capital_mid = np.fromiter((w[:1].isupper() for w in words), bool, n) & (position > 0)
    return np.stack([tokens.line == 0, quote_unit, excl_unit, ques_unit, relative, np.log1p(count[inverse]) / 4,
                     inside, repeated, punct, capital_mid], axis=1).astype(np.float32)


def lexicon_features(tokens: Tokens, lexicon: Mapping[str, float]) -> FloatArray:
    """The learned lexicon's log-odds of a token and its neighbours, and of its unit (``LEXICON_FEATURES``)."""
    n = len(tokens)
    score = np.fromiter((lexicon.get(w, 0.0) for w in tokens.lower), np.float32, n)
    return lexicon_columns(tokens, score[:, None])


def lexicon_columns(tokens: Tokens, scores: FloatArray) -> FloatArray:
    """``LEXICON_FEATURES`` for every column of ``scores`` (n tokens × L lexicons) at once: eight columns per
    lexicon, lexicon after lexicon."""
    n, k = scores.shape
    if n == 0:
        return np.zeros((0, k * len(LEXICON_FEATURES)), np.float32)
    unit = tokens.unit
    window = np.stack([_shift_rows(scores, unit, -2), _shift_rows(scores, unit, -1), scores,
                       _shift_rows(scores, unit, 1), _shift_rows(scores, unit, 2)], axis=2)  # n, k, 5
    _, inverse = np.unique(unit, return_inverse=True)
    groups = int(inverse.max()) + 1
    sums = np.zeros((groups, k))
    np.add.at(sums, inverse, scores.astype(np.float64))
    mean = (sums / np.bincount(inverse, minlength=groups)[:, None])[inverse].astype(np.float32)
    top = np.full((groups, k), -np.inf, np.float32)
    np.maximum.at(top, inverse, scores)
    columns = np.concatenate([window, window.max(axis=2, keepdims=True), mean[:, :, None], top[inverse][:, :, None]],
                             axis=2)  # n, k, 8
    return (columns.reshape(n, k * len(LEXICON_FEATURES)) / 3).astype(np.float32)


def _shift_rows(values: FloatArray, unit: IntArray, offset: int) -> FloatArray:
    """values[i + offset] (row-wise) where that token lies in the same unit, else 0."""
    n = len(values)
    out = np.zeros_like(values)
    if offset > 0 and offset < n:
        out[:-offset] = np.where((unit[offset:] == unit[:-offset])[:, None], values[offset:], 0.0)
    elif offset < 0 and -offset < n:
        k = -offset
        out[k:] = np.where((unit[:-k] == unit[k:])[:, None], values[:-k], 0.0)
    return out


class LexiconTable:
    """Several lexicons merged into one lookup: a word's scores in all of them from one dictionary access."""

    def __init__(self, lexicons: Sequence[Mapping[str, float]]) -> None:
        self.width = len(lexicons)
        self._zero = (0.0,) * self.width
        words = sorted(set().union(*(lex.keys() for lex in lexicons)))
        self._rows = {w: tuple(float(lex.get(w, 0.0)) for lex in lexicons) for w in words}

    def scores(self, lower: Sequence[str]) -> FloatArray:
        if not lower:
            return np.zeros((0, self.width), np.float32)
        zero = self._zero
        return np.array([self._rows.get(w, zero) for w in lower], np.float32)


_SENTENCE_TOKEN = re.compile(r"\w+|[!?\"“”]")


def sentence_words(text: str) -> list[str]:
    """Lower-cased words and the marks ! ? and quotes of a sentence, and their adjacent pairs."""
    words = _SENTENCE_TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def sentence_columns(tokens: Tokens, order: IntArray, probs: npt.NDArray[np.float64]) -> FloatArray:
    """``SENTENCE_FEATURES`` of each token from its unit's probability (units given in text order)."""
    n = len(tokens)
    if n == 0:
        return np.zeros((0, len(SENTENCE_FEATURES)), np.float32)
    padded = np.concatenate([[0.0], probs, [0.0]])
    position = {int(u): i for i, u in enumerate(order.tolist())}
    at = np.fromiter((position[int(u)] for u in tokens.unit), np.int64, n) + 1
    p = padded[at]
    clipped = np.clip(p, 1e-4, 1 - 1e-4)
    bins = np.minimum((p * 5).astype(np.int64), 4)
    one_hot = np.zeros((n, 5))
    one_hot[np.arange(n), bins] = 1.0
    return np.column_stack([p, padded[at - 1], padded[at + 1], np.log(clipped / (1 - clipped)) / 4,
                            one_hot]).astype(np.float32)


# -- technique classification: span texts -----------------------------------------------------------------------

SPAN_FEATURES = ("log_chars", "log_words", "repeated", "earlier_copy", "in_first_line", "has_quote", "all_caps",
                 "ends_exclamation", "ends_question", "capitalised", "listed_again", "share_of_line",
                 "line_has_quote")


def word_ngrams(text: str) -> list[str]:
    """Lower-cased words of two or more characters and their adjacent pairs."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def context_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def char_ngrams(text: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside words padded with one space each side (so word edges count)."""
    out: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n > size:
                break
            out.extend(padded[i:i + n] for i in range(size - n + 1))
    return out


def line_around(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first:last if last >= 0 else len(text)]


def span_dense(text: str, lower_text: str, start: int, end: int, times_listed: int) -> list[float]:
    """Thirteen features of one span (``SPAN_FEATURES``); ``lower_text`` is ``text.lower()``, computed once."""
    span = text[start:end]
    low = span.lower()
    words = _WORD.findall(low)
    occurrences = lower_text.count(low) if len(low) >= 3 else 1
    first_seen = lower_text.find(low)
    line = line_around(text, start, end)
    first_newline = text.find("\n")
    in_first_line = float(first_newline < 0 or start < first_newline)
    stripped = span.rstrip()
    return [
        math.log1p(len(span)) / 5, math.log1p(len(words)) / 3, min(occurrences - 1, 5) / 5,
        float(0 <= first_seen < start), in_first_line, float('"' in span or "“" in span), float(span.isupper()),
        float(stripped.endswith("!")), float(stripped.endswith("?")), float(span[:1].isupper()),
        (times_listed - 1) / 2, len(span) / max(len(line), 1), float('"' in line or "“" in line),
    ]
