"""What ``unspin techniques detect|classify`` and ``unspin evaluate techniques`` do, as plain functions.

They read PTC-style folders (``article<ID>.txt``, UTF-8, BOM kept) and write or score the official line
formats, so the official SemEval-2020 Task 11 scorers can be run on our output and ours on anyone's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unspin.document import Document
from unspin.errors import InputError
from unspin.pipeline import analyze_document
from unspin.settings import DEFAULT_SETTINGS
from unspin.techniques.labels import TECHNIQUES
from unspin.techniques.ptc import Fragment, load_articles, read_labels
from unspin.techniques.scoring import score_flc, score_si, score_tc
from unspin.techniques.stage import units_of

__all__ = ["TechniqueScores", "classify_articles", "detect_articles", "evaluate_techniques", "run_model"]

_BEFORE = ("anatomy", "segment")


def _units(text: str) -> list[tuple[int, int]]:
    return units_of(analyze_document(Document(text), settings=DEFAULT_SETTINGS, stages=_BEFORE))


def detect_articles(articles: dict[str, str], *, task: str = "flc",
                    progress: Callable[[int], None] = lambda _: None) -> list[Fragment]:
    """For every article, in article order: FLC fragments (spans with their technique; ``task="flc"``) or the
    task-SI output (``task="si"``, no labels).

    The two differ: FLC spans of the short-span classes come from their own taggers, an SI span whose class is
    unsure is left out of FLC, and task SI mixes the SI column with the taggers.
    """
    if task not in ("si", "flc"):
        raise ValueError(f"task must be 'si' or 'flc', not {task!r}")
    si, flc = run_model(articles, progress=progress)
    return si if task == "si" else flc


def run_model(articles: dict[str, str], *,
              progress: Callable[[int], None] = lambda _: None) -> tuple[list[Fragment], list[Fragment]]:
    """Task-SI fragments and FLC fragments for every article, from one pass of the model over each."""
    from unspin.techniques.features import tokenize
    from unspin.techniques.model import load_model

    model = load_model()
    si: list[Fragment] = []
    flc: list[Fragment] = []
    for aid, text in articles.items():
        tokens = tokenize(text, _units(text))
        probs = model.si.token_probabilities(tokens)
        si += [Fragment(aid, s, e) for s, e, _ in model.si_spans(tokens, probs)]
        flc += [Fragment(aid, d.start, d.end, d.technique) for d in model.detect_tokens(text, tokens, probs)]
        progress(1)
    return si, flc


def classify_articles(articles: dict[str, str], template: Sequence[Fragment]) -> list[Fragment]:
    """The template's spans, in its order, each with a predicted technique (TC)."""
    from unspin.techniques.model import load_model

    model = load_model()
    by_article: dict[str, list[int]] = {}
    for i, frag in enumerate(template):
        if frag.article_id not in articles:
            raise InputError(f"article{frag.article_id}.txt", "named by the template but not in the folder")
        if not 0 <= frag.start < frag.end <= len(articles[frag.article_id]):
            raise InputError(f"article{frag.article_id}.txt",
                             f"template span [{frag.start}, {frag.end}) lies outside the text")
        by_article.setdefault(frag.article_id, []).append(i)
    labels: list[str | None] = [None] * len(template)
    for aid, rows in by_article.items():
        keys = [(template[i].start, template[i].end) for i in rows]
        for i, label in zip(rows, model.classify(articles[aid], keys), strict=True):
            labels[i] = label
    return [Fragment(f.article_id, f.start, f.end, lab) for f, lab in zip(template, labels, strict=True)]


@dataclass(slots=True)
class TechniqueScores:
    si: tuple[float, float, float]
    flc: tuple[float, float, float]
    tc: float | None
    tc_note: str
    flc_per_class: dict[str, tuple[float, float, float]]
    tc_per_class: dict[str, tuple[float, float, float]]
    articles: int
    predicted: int
    gold: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "predicted_spans": self.predicted, "gold_spans": self.gold,
            "si": dict(zip(("precision", "recall", "f1"), self.si, strict=True)),
            "tc": {"micro_f1": self.tc, "note": self.tc_note,
                   "per_class": {k: dict(zip(("precision", "recall", "f1"), v, strict=True))
                                 for k, v in self.tc_per_class.items()}},
            "flc": {**dict(zip(("precision", "recall", "f1"), self.flc, strict=True)),
                    "per_class": {k: dict(zip(("precision", "recall", "f1"), v, strict=True))
                                  for k, v in self.flc_per_class.items()}},
        }

    def format_table(self) -> str:
        lines = [f"{self.articles} articles, {self.gold} gold spans, {self.predicted} predicted spans",
                 "",
                 f"{'task':<6} {'P':>7} {'R':>7} {'F1':>7}",
                 f"{'SI':<6} {self.si[0]:7.4f} {self.si[1]:7.4f} {self.si[2]:7.4f}",
                 f"{'FLC':<6} {self.flc[0]:7.4f} {self.flc[1]:7.4f} {self.flc[2]:7.4f}",
                 f"{'TC':<6} {'':>7} {'':>7} " + (f"{self.tc:7.4f}" if self.tc is not None else "   n/a")
                 + ("" if not self.tc_note else f"  ({self.tc_note})"),
                 "",
                 f"{'technique':<36} {'FLC F1':>7} {'TC F1':>7}"]
        for name in TECHNIQUES:
            flc = self.flc_per_class.get(name, (0.0, 0.0, 0.0))[2]
            tc = self.tc_per_class.get(name)
            lines.append(f"{name:<36} {flc:7.4f} " + (f"{tc[2]:7.4f}" if tc else f"{'':>7}"))
        return "\n".join(lines)


def evaluate_techniques(articles_dir: Path, labels: Path, *, predictions: Path | None = None,
                        si_labels: Path | None = None,
                        progress: Callable[[int], None] = lambda _: None) -> TechniqueScores:
    """SI, TC and FLC by the official definitions.

    Without ``predictions`` the shipped model runs: its span identification (SI), its labelled detections
    (FLC) and its classification of the gold spans (TC). With a predictions file
    (``id<TAB>technique<TAB>start<TAB>end`` lines) SI and FLC are scored from it; TC too when its spans are
    exactly the gold spans (a TC submission).
    Gold SI is ``si_labels`` when given, else the gold technique spans with their labels dropped (the scorer
    merges overlapping spans either way).
    """
    articles = load_articles(articles_dir)
    gold = [f for f in read_labels(labels, with_technique=True) if f.article_id in articles]
    if any(f.label is None for f in gold):
        raise InputError(str(labels), "gold spans need a technique on every line")
    gold_si = ([f for f in read_labels(si_labels, with_technique=False) if f.article_id in articles]
               if si_labels else [Fragment(f.article_id, f.start, f.end) for f in gold])
    tc_note = ""
    if predictions is None:
        si_spans, detected = run_model(articles, progress=progress)
        tc_pred: list[Fragment] | None = classify_articles(articles, gold)
    else:
        detected = [f for f in read_labels(predictions, with_technique=True) if f.article_id in articles]
        if any(f.label is None for f in detected):
            raise InputError(str(predictions), "predictions need a technique on every line")
        tc_pred = detected
        si_spans = [Fragment(f.article_id, f.start, f.end) for f in detected]
    si = score_si(si_spans, gold_si)
    flc = score_flc(detected, gold)
    tc_score: float | None = None
    tc_per: dict[str, tuple[float, float, float]] = {}
    try:
        tc = score_tc(tc_pred or [], gold)
        tc_score, tc_per = tc.f1, dict(tc.per_technique)
    except InputError as exc:
        tc_note = f"the predictions are not a TC submission: {exc.reason}"
    return TechniqueScores(
        si=(si.precision, si.recall, si.f1), flc=(flc.precision, flc.recall, flc.f1), tc=tc_score,
        tc_note=tc_note,
        flc_per_class={k: (v.precision, v.recall, v.f1) for k, v in flc.per_technique.items()},
        tc_per_class=tc_per, articles=len(articles), predicted=len(detected), gold=len(gold))
