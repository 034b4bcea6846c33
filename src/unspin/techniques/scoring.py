"""The official SemEval-2020 Task 11 measures (SI, TC) and the PTC fragment-level measure (FLC).

Pure functions over :class:`~unspin.techniques.ptc.Fragment` lists; nothing is read or printed. Every sum runs
over all articles before dividing (micro-averaging). Spans of different articles never interact, even with
equal offsets. A span is the set of characters ``start .. end-1``.

**SI, span identification** (labels ignored). Per article, gold spans that share at least one character are
replaced by their union, repeatedly, until no two overlap; predicted spans are merged the same way (the
official SI scorer does this when run with ``-m``; without it, it refuses overlapping predictions, so merging
changes no score it would give). Spans that only touch (``[0, 5)`` and ``[5, 9)``) share no character and stay
apart. With S the merged predictions and T the merged gold spans of all articles::

    precision = (1/|S|) * sum over s in S, t in T of |s ∩ t| / |s|
    recall    = (1/|T|) * sum over s in S, t in T of |s ∩ t| / |t|
    F1        = 2PR / (P + R)

A ratio whose denominator is 0 is 0; F1 is 0 unless both P and R are positive, except that no prediction and
no gold span at all scores F1 = 1.0, as the official scorer does.

**FLC, fragment-level classification**: the same sums, but a pair (s, t) counts only when both carry the same
technique, and merging happens within each technique (two overlapping spans of different techniques stay two
spans). |S| and |T| count the merged spans of every technique. The per-technique figures restrict S and T to
one technique.

**TC, technique classification**: the predictions label exactly the gold spans (the same multiset of
``(article, start, end)``; a span the gold labels twice appears twice). Within one span, predicted and gold
labels are matched in whatever order matches most (the official scorer aligns them before comparing), so a
span's correct count is the size of the multiset intersection of its predicted and gold labels. Micro-averaged
over the 14 classes, precision, recall and F1 are all ``correct / number of gold spans``. Per technique c:
precision = correct c / predicted c, recall = correct c / gold c, and F1 = 0 for a class neither side uses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from unspin.errors import InputError
from unspin.techniques.labels import TECHNIQUES
from unspin.techniques.ptc import Fragment

__all__ = [
    "SpanScore",
    "TcScore",
    "merge_overlapping",
    "score_flc",
    "score_si",
    "score_tc",
]

Interval = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SpanScore:
    """A partial-overlap score with the sums behind it, so a reader can redo the division."""

    precision: float
    recall: float
    f1: float
    predicted: int  # |S|, after merging
    gold: int  # |T|, after merging
    precision_sum: float  # sum of |s ∩ t| / |s|
    recall_sum: float  # sum of |s ∩ t| / |t|
    per_technique: Mapping[str, SpanScore] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TcScore:
    """Technique classification on given spans: micro-F1 (= accuracy here) and per-technique figures."""

    f1: float
    correct: int
    total: int
    per_technique: Mapping[str, tuple[float, float, float]] = field(default_factory=dict)  # (P, R, F1)


def merge_overlapping(spans: Iterable[Interval]) -> list[Interval]:
    """The union of ``spans`` as disjoint intervals in text order; only spans sharing a character merge."""
    merged: list[Interval] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def score_si(predicted: Iterable[Fragment], gold: Iterable[Fragment]) -> SpanScore:
    """Span identification: partial-overlap F1 of merged spans, labels ignored (see the module docstring)."""
    pred = _merge_by_article(_checked(predicted), by_label=False)
    true = _merge_by_article(_checked(gold), by_label=False)
    return _score_merged(pred, true)


def score_flc(predicted: Iterable[Fragment], gold: Iterable[Fragment]) -> SpanScore:
    """Find and label: the SI measure counting overlap only between spans of the same technique.

    ``per_technique`` holds the figure restricted to each of the 14 classes.
    """
    pred_frags = _checked(predicted)
    gold_frags = _checked(gold)
    for frag in (*pred_frags, *gold_frags):
        if frag.label is None:
            raise InputError(frag.article_id, f"FLC needs a technique on every span, [{frag.start}, {frag.end})")
    pred = _merge_by_article(pred_frags, by_label=True)
    true = _merge_by_article(gold_frags, by_label=True)
    overall = _score_merged(pred, true)
    per_technique = {
        technique: _score_merged(
            {key: spans for key, spans in pred.items() if key[1] == technique},
            {key: spans for key, spans in true.items() if key[1] == technique},
        )
        for technique in TECHNIQUES
    }
    return SpanScore(overall.precision, overall.recall, overall.f1, overall.predicted, overall.gold,
                     overall.precision_sum, overall.recall_sum, per_technique)


def score_tc(predicted: Iterable[Fragment], gold: Iterable[Fragment]) -> TcScore:
    """Technique classification micro-F1 on the gold spans, labels of one span matched in the best order.

    Raises :class:`~unspin.errors.InputError` when the predictions do not cover exactly the gold spans (the
    official scorer refuses such a file too) or a label is missing.
    """
    pred_by_span: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    gold_by_span: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for frags, table, side in ((predicted, pred_by_span, "predictions"), (gold, gold_by_span, "gold")):
        for frag in frags:
            if frag.label is None:
                raise InputError(side, f"article {frag.article_id} span [{frag.start}, {frag.end}) has no label")
            table[(frag.article_id, frag.start, frag.end)][frag.label] += 1
    for key in pred_by_span.keys() | gold_by_span.keys():
        n_pred = sum(pred_by_span[key].values())
        n_gold = sum(gold_by_span[key].values())
        if n_pred != n_gold:
            raise InputError("predictions", f"article {key[0]} span [{key[1]}, {key[2]}) is labelled {n_pred} "
                                            f"time(s), the gold labels it {n_gold} time(s)")
    right: Counter[str] = Counter()
    n_pred_label: Counter[str] = Counter()
    n_gold_label: Counter[str] = Counter()
    for key, gold_labels in gold_by_span.items():
        right.update(gold_labels & pred_by_span[key])
        n_pred_label.update(pred_by_span[key])
        n_gold_label.update(gold_labels)
    total = sum(n_gold_label.values())
    correct = sum(right.values())
    per_technique = {
        technique: _prf(right[technique], n_pred_label[technique], right[technique], n_gold_label[technique],
                        empty_f1=0.0)
        for technique in TECHNIQUES
    }
    return TcScore(f1=correct / total if total else 0.0, correct=correct, total=total,
                   per_technique=per_technique)


# -- internals --------------------------------------------------------------------------------------------------

_Key = tuple[str, str | None]  # (article id, technique or None when labels are ignored)


def _checked(fragments: Iterable[Fragment]) -> list[Fragment]:
    frags = list(fragments)
    for frag in frags:
        # The official scorers reject empty and negative spans; a silent pass would divide by zero.
        if not 0 <= frag.start < frag.end:
            raise InputError(frag.article_id, f"need 0 <= start < end, found [{frag.start}, {frag.end})")
    return frags


def _merge_by_article(fragments: list[Fragment], *, by_label: bool) -> dict[_Key, list[Interval]]:
    groups: dict[_Key, list[Interval]] = defaultdict(list)
    for frag in fragments:
        groups[(frag.article_id, frag.label if by_label else None)].append((frag.start, frag.end))
    return {key: merge_overlapping(spans) for key, spans in groups.items()}


def _score_merged(pred: Mapping[_Key, list[Interval]], gold: Mapping[_Key, list[Interval]]) -> SpanScore:
    n_pred = sum(len(spans) for spans in pred.values())
    n_gold = sum(len(spans) for spans in gold.values())
    precision_sum = recall_sum = 0.0
    for key, pred_spans in pred.items():
        gold_spans = gold.get(key)
        if not gold_spans:
            continue
        # Both lists are disjoint and sorted, so one forward sweep visits every overlapping pair once.
        i = j = 0
        while i < len(pred_spans) and j < len(gold_spans):
            (ps, pe), (gs, ge) = pred_spans[i], gold_spans[j]
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                precision_sum += overlap / (pe - ps)
                recall_sum += overlap / (ge - gs)
            if pe <= ge:
                i += 1
            else:
                j += 1
    precision, recall, f1 = _prf(precision_sum, n_pred, recall_sum, n_gold)
    return SpanScore(precision, recall, f1, n_pred, n_gold, precision_sum, recall_sum)


def _prf(prec_num: float, prec_den: int, rec_num: float, rec_den: int, *,
         empty_f1: float = 1.0) -> tuple[float, float, float]:
    precision = prec_num / prec_den if prec_den else 0.0
    recall = rec_num / rec_den if rec_den else 0.0
    if prec_den == 0 and rec_den == 0:
        # Nothing to find and nothing claimed: the official span scorer calls that perfect (1.0); the TC
        # scorer's per-class figure (scikit-learn's) calls it 0.0.
        return precision, recall, empty_f1
    f1 = 2 * precision * recall / (precision + recall) if precision > 0 and recall > 0 else 0.0
    return precision, recall, f1
