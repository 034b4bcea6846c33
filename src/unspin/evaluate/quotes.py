"""Score quotes, speakers and name-variant merging against a gold folder (``unspin evaluate quotes GOLD_DIR``).

Gold format: one JSON object per article (``*.json``, searched recursively)::

    {"text": "...",
     "quotes": [{"start": 10, "end": 42, "kind": "direct" | "indirect", "speaker": "Canonical Name" | null,
                 "speaker_mention": "He", "cue": "said"}],
     "actors": [{"name": "Canonical Name", "type": "person" | "organisation", "variants": ["Name", "N. Name"]}]}

``text[start:end]`` (end exclusive) is a quote's content without its marks. Gold ``indirect`` is unspin's
``reported``; gold ``type`` is unspin's actor ``kind`` (``organization`` is accepted for ``organisation``).
A quote's ``speaker`` must be the ``name`` of one of the article's actors, or null for an unnamed source.
Keys the scorer does not use (``meta``, ``url``...) are ignored, so a gold file may carry notes.

Predictions are :class:`~unspin.document.Document` objects for the same texts, in the same order: spans of
layer ``quote`` labelled ``direct`` or ``reported``, ``attrs["speaker"]`` an id from ``doc.actors`` or None.

How each figure is computed (every sum runs over all articles before dividing, i.e. micro-averaged):

1. **Quote content, partial overlap** (the PTC span-identification metric of SemEval-2020 task 11). For one
   kind, P is the set of predicted spans with that label and G the gold spans of that kind; within each set,
   spans that overlap are first replaced by their union (as the PTC scorer merges overlapping predictions),
   so that one gold character cannot be credited twice. Then::

       precision = (1/|P|) * sum over p in P, g in G of |p ∩ g| / |p|
       recall    = (1/|G|) * sum over g in G, p in P of |p ∩ g| / |g|
       F1        = 2PR / (P + R)

   The overall figure (``all``) ignores kinds: P is the union-merge of every predicted quote span and G of
   every gold quote span (so a partial direct quote nested inside a gold reported clause is one gold region).
2. **Quote content, exact match**: a prediction is right when a gold quote has the same start and end (and
   the same kind, for the per-kind figures; any kind for ``all``, where identical offsets count once).
   precision = right / |P|, recall = right / |G|.
3. **Speaker accuracy**: each gold quote is matched to the predicted quote of any kind that overlaps it by
   the most characters; ties go to a prediction of the gold quote's own kind, then to the earlier one
   (smaller start, then smaller end). A gold quote that no prediction overlaps is unmatched. Among matched gold
   quotes, the share whose speaker is right. A speaker is right when both gold and predicted speakers are
   null, or when the predicted actor's name or any of its variants equals the gold actor's name or any of its
   variants, compared case-insensitively with white space collapsed. Per kind means by the gold quote's kind.
4. **End-to-end attribution**: right speakers (as in 3) over all gold quotes with a non-null speaker;
   unmatched gold quotes count as wrong.
5. **Variant merge**, pairwise: per article, the universe is the distinct strings (case-insensitive, white
   space collapsed) among the names and variants of the gold *person* actors. Gold pairs are unordered pairs
   of distinct universe strings of one gold person; predicted pairs are unordered pairs of universe strings
   that occur together in the name or variants of one predicted actor (of any kind). precision = right pairs
   / predicted pairs, recall = right pairs / gold pairs. A gold person named by one string adds no pair.

Undefined ratios (no prediction, no gold quote, no pair) are reported as 0.0, never as NaN; each figure comes
with its counts so a reader can tell "0 because nothing was predicted" from "0 because all was wrong".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Literal

from unspin.document import QUOTE, Actor, ActorKind, Document, Span
from unspin.errors import SchemaError

__all__ = [
    "KINDS",
    "GoldActor",
    "GoldArticle",
    "GoldQuote",
    "MergeScore",
    "QuoteScores",
    "SpanScore",
    "SpeakerScore",
    "evaluate_quotes",
    "gold_document",
    "load_gold",
    "score_quotes",
]

QuoteKind = Literal["direct", "reported"]
KINDS: tuple[QuoteKind, ...] = ("direct", "reported")
ALL = "all"

# Gold files say "indirect" (the usual word in quotation-annotation work); unspin's label is "reported".
_GOLD_KINDS: dict[str, QuoteKind] = {"direct": "direct", "indirect": "reported", "reported": "reported"}
_GOLD_TYPES: dict[str, ActorKind] = {"person": "person", "organisation": "organisation",
                                     "organization": "organisation"}
_SPACE = re.compile(r"\s+")


# -- gold --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold quote: ``text[start:end]`` is its content; ``speaker`` is a gold actor's name or None."""

    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_mention: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class GoldActor:
    """One gold person or organisation with every surface string that names it."""

    name: str
    kind: ActorKind
    variants: tuple[str, ...] = ()

    def strings(self) -> set[str]:
        """Name and variants, normalised for comparison."""
        return _normalised([self.name, *self.variants])


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One gold file: the text, its quotes in file order, its actors, and any notes (``meta``)."""

    path: Path
    text: str
    quotes: tuple[GoldQuote, ...]
    actors: tuple[GoldActor, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def actor(self, name: str) -> GoldActor:
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KeyError(name)


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold file, or every ``*.json`` under a folder (recursively, in path order), and validate each.

    Raises :class:`~unspin.errors.SchemaError` naming the file and the faulty field.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
        if not files:
            raise SchemaError(f"{path}: no *.json gold files in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise SchemaError(f"{path}: no such gold file or folder")
    return [_load_article(p) for p in files]


def _load_article(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"{path}: not a readable JSON file ({exc})") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: a gold file must hold one JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text:
        raise SchemaError(f"{path}: 'text' must be a non-empty string")
    actors = tuple(_load_actor(path, i, raw) for i, raw in enumerate(_list(path, data, "actors")))
    names = [a.name for a in actors]
    for name in names:
        if names.count(name) > 1:
            raise SchemaError(f"{path}: two actors share the name {name!r}; a speaker could not be told apart")
    quotes = tuple(_load_quote(path, i, raw, len(text), set(names))
                   for i, raw in enumerate(_list(path, data, "quotes")))
    meta = data.get("meta")
    return GoldArticle(path=path, text=text, quotes=quotes, actors=actors,
                       meta=dict(meta) if isinstance(meta, dict) else {})


def _list(path: Path, data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise SchemaError(f"{path}: {key!r} must be a list")
    return value


def _load_actor(path: Path, i: int, raw: Any) -> GoldActor:
    where = f"{path}: actors[{i}]"
    if not isinstance(raw, dict):
        raise SchemaError(f"{where} must be an object")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SchemaError(f"{where}.name must be a non-empty string")
    kind = _GOLD_TYPES.get(str(raw.get("type")))
    if kind is None:
        raise SchemaError(f"{where}.type is {raw.get('type')!r}; expected 'person' or 'organisation'")
    variants = raw.get("variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
        raise SchemaError(f"{where}.variants must be a list of strings")
    return GoldActor(name=name, kind=kind, variants=tuple(variants))


def _load_quote(path: Path, i: int, raw: Any, length: int, names: set[str]) -> GoldQuote:
    where = f"{path}: quotes[{i}]"
    if not isinstance(raw, dict):
        raise SchemaError(f"{where} must be an object")
    start, end = raw.get("start"), raw.get("end")
    # bool is an int in Python; a true/false offset is a typo, not a position.
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise SchemaError(f"{where}: start and end must be integers")
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start < end <= length:
        raise SchemaError(f"{where}: [{start}, {end}) is empty or lies outside the text (length {length})")
    kind = _GOLD_KINDS.get(str(raw.get("kind")))
    if kind is None:
        raise SchemaError(f"{where}.kind is {raw.get('kind')!r}; expected 'direct' or 'indirect'")
    speaker = raw.get("speaker")
    if speaker is not None and (not isinstance(speaker, str) or speaker not in names):
        raise SchemaError(f"{where}.speaker {speaker!r} is not the name of any actor of this article")
    mention, cue = raw.get("speaker_mention"), raw.get("cue")
    for key, value in (("speaker_mention", mention), ("cue", cue)):
        if value is not None and not isinstance(value, str):
            raise SchemaError(f"{where}.{key} must be a string or null")
    return GoldQuote(start=start, end=end, kind=kind, speaker=speaker, speaker_mention=mention, cue=cue)


def gold_document(article: GoldArticle) -> Document:
    """The gold article as a predicted :class:`Document` (actor ids ``a1``, ``a2``...): scores 1.0 everywhere.

    Useful to check a gold set and to show a predictor's expected output.
    """
    doc = Document(article.text, meta={"gold": str(article.path)})
    ids: dict[str, str] = {}
    for n, actor in enumerate(article.actors, start=1):
        ids[actor.name] = f"a{n}"
        doc.actors.append(Actor(id=f"a{n}", name=actor.name, kind=actor.kind, variants=list(actor.variants)))
    doc.add(Span(q.start, q.end, QUOTE, label=q.kind,
                 attrs={"speaker": None if q.speaker is None else ids[q.speaker]}) for q in article.quotes)
    return doc


# -- scores ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanScore:
    """Precision, recall and F1 of quote spans, with the span counts they were computed from."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


@dataclass(frozen=True, slots=True)
class SpeakerScore:
    """``right`` out of ``total`` quotes; ``accuracy`` is 0.0 when ``total`` is 0."""

    right: int
    total: int
    accuracy: float


@dataclass(frozen=True, slots=True)
class MergeScore:
    """Pairwise precision, recall and F1 of name-variant merging."""

    precision: float
    recall: float
    f1: float
    right_pairs: int
    predicted_pairs: int
    gold_pairs: int


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """Every figure of ``unspin evaluate quotes``; dict keys are ``all``, ``direct`` and ``reported``."""

    articles: int
    overlap: dict[str, SpanScore]
    exact: dict[str, SpanScore]
    speaker: dict[str, SpeakerScore]
    attribution: dict[str, SpeakerScore]
    merge: MergeScore

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``--json`` writes)."""
        return {
            "articles": self.articles,
            "overlap": {k: asdict(v) for k, v in self.overlap.items()},
            "exact": {k: asdict(v) for k, v in self.exact.items()},
            "speaker_accuracy": {k: asdict(v) for k, v in self.speaker.items()},
            "attribution": {k: asdict(v) for k, v in self.attribution.items()},
            "merge": asdict(self.merge),
        }

    def format_table(self) -> str:
        """A plain-text table of every figure with its counts."""
        lines = [f"quotes: {self.articles} articles", "",
                 f"{'quote content':<26}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}"]
        for name, spans in (("overlap", self.overlap), ("exact", self.exact)):
            for kind, s in spans.items():
                lines.append(f"{name + ' ' + kind:<26}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                             f"{s.predicted:>7}{s.gold:>7}")
        lines.append("")
        for name, counts, of in (("speaker accuracy", self.speaker, "matched gold quotes"),
                                 ("attribution", self.attribution, "gold quotes with a named speaker")):
            for kind, a in counts.items():
                lines.append(f"{name + ' ' + kind:<26}{a.accuracy:>7.3f}   {a.right}/{a.total} {of}")
        m = self.merge
        lines += ["", f"{'variant merge':<26}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}{'right':>7}",
                  f"{'pairs':<26}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}{m.predicted_pairs:>7}"
                  f"{m.gold_pairs:>7}{m.right_pairs:>7}"]
        return "\n".join(lines)


def evaluate_quotes(gold: Sequence[GoldArticle], predict: Callable[[str], Document]) -> QuoteScores:
    """Run ``predict`` on each gold text and score the results (the body of ``unspin evaluate quotes``)."""
    return score_quotes(gold, [predict(article.text) for article in gold])


def score_quotes(gold: Sequence[GoldArticle], predicted: Sequence[Document]) -> QuoteScores:
    """Score predicted documents against gold articles, pairwise in order (see the module docstring)."""
    if len(gold) != len(predicted):
        raise SchemaError(f"{len(gold)} gold articles but {len(predicted)} predicted documents")
    overlap = {k: _Ratio() for k in (ALL, *KINDS)}
    exact = {k: _Ratio() for k in (ALL, *KINDS)}
    speaker = {k: _Count() for k in (ALL, *KINDS)}
    attribution = {k: _Count() for k in (ALL, *KINDS)}
    right = n_pred = n_gold = 0  # variant pairs
    for article, doc in zip(gold, predicted, strict=True):
        if doc.text != article.text:
            raise SchemaError(f"{article.path}: the predicted document's text differs from the gold text")
        pred = _predicted_quotes(article.path, doc)
        _add_overlap(overlap, article.quotes, pred)
        _add_exact(exact, article.quotes, pred)
        _add_speakers(speaker, attribution, article, doc, pred)
        pairs = _merge_pairs(article, doc.actors)
        right, n_pred, n_gold = right + pairs[0], n_pred + pairs[1], n_gold + pairs[2]
    p, r = _div(right, n_pred), _div(right, n_gold)
    return QuoteScores(
        articles=len(gold),
        overlap={k: v.score() for k, v in overlap.items()},
        exact={k: v.score() for k, v in exact.items()},
        speaker={k: v.score() for k, v in speaker.items()},
        attribution={k: v.score() for k, v in attribution.items()},
        merge=MergeScore(precision=p, recall=r, f1=_f1(p, r), right_pairs=right, predicted_pairs=n_pred,
                         gold_pairs=n_gold),
    )


# -- the pieces --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ratio:
    """Running sums for one P/R/F1 figure."""

    p_sum: float = 0.0
    r_sum: float = 0.0
    n_pred: int = 0
    n_gold: int = 0

    def score(self) -> SpanScore:
        p, r = _div(self.p_sum, self.n_pred), _div(self.r_sum, self.n_gold)
        return SpanScore(precision=p, recall=r, f1=_f1(p, r), predicted=self.n_pred, gold=self.n_gold)


@dataclass(slots=True)
class _Count:
    right: int = 0
    total: int = 0

    def add(self, right: int, total: int) -> None:
        self.right += right
        self.total += total

    def score(self) -> SpeakerScore:
        return SpeakerScore(right=self.right, total=self.total, accuracy=_div(self.right, self.total))


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _predicted_quotes(path: Path, doc: Document) -> list[Span]:
    spans = doc.layer(QUOTE)
    for span in spans:
        if span.label not in KINDS:
            raise SchemaError(f"{path}: predicted quote [{span.start}, {span.end}) has label {span.label!r}; "
                              "expected 'direct' or 'reported'")
    return spans


def _merged(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping intervals replaced by their union (touching ones stay apart: they share no character)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _add_overlap(acc: dict[str, _Ratio], gold: Sequence[GoldQuote], pred: Sequence[Span]) -> None:
    for kind in (ALL, *KINDS):
        g = _merged((q.start, q.end) for q in gold if kind in (ALL, q.kind))
        p = _merged((s.start, s.end) for s in pred if kind in (ALL, s.label))
        ratio = acc[kind]
        ratio.n_pred += len(p)
        ratio.n_gold += len(g)
        for ps, pe in p:
            for gs, ge in g:
                common = min(pe, ge) - max(ps, gs)
                if common > 0:
                    ratio.p_sum += common / (pe - ps)
                    ratio.r_sum += common / (ge - gs)


def _add_exact(acc: dict[str, _Ratio], gold: Sequence[GoldQuote], pred: Sequence[Span]) -> None:
    for kind in (ALL, *KINDS):
        g = {(q.start, q.end) for q in gold if kind in (ALL, q.kind)}
        p = {(s.start, s.end) for s in pred if kind in (ALL, s.label)}
        right = len(g & p)
        ratio = acc[kind]
        ratio.n_pred += len(p)
        ratio.n_gold += len(g)
        ratio.p_sum += right
        ratio.r_sum += right


def _best_match(quote: GoldQuote, pred: Sequence[Span]) -> Span | None:
    best: Span | None = None
    best_key: tuple[int, int, int, int] | None = None
    for span in pred:
        common = min(span.end, quote.end) - max(span.start, quote.start)
        if common <= 0:
            continue
        # Larger overlap first, then the gold quote's own kind, then the earlier span.
        key = (-common, 0 if span.label == quote.kind else 1, span.start, span.end)
        if best_key is None or key < best_key:
            best, best_key = span, key
    return best


def _add_speakers(speaker: dict[str, _Count], attribution: dict[str, _Count], article: GoldArticle,
                  doc: Document, pred: Sequence[Span]) -> None:
    actors = {a.id: a for a in doc.actors}
    for quote in article.quotes:
        match = _best_match(quote, pred)
        right = match is not None and _speaker_right(article, quote, match, actors)
        for kind in (ALL, quote.kind):
            if match is not None:
                speaker[kind].add(int(right), 1)
            if quote.speaker is not None:
                attribution[kind].add(int(right), 1)


def _speaker_right(article: GoldArticle, quote: GoldQuote, span: Span, actors: Mapping[str, Actor]) -> bool:
    actor_id = span.attrs.get("speaker")
    if actor_id is not None and actor_id not in actors:
        raise SchemaError(f"{article.path}: predicted quote [{span.start}, {span.end}) names speaker "
                          f"{actor_id!r}, which is not the id of any actor of the document")
    if quote.speaker is None or actor_id is None:
        return quote.speaker is None and actor_id is None
    predicted = actors[actor_id]
    return bool(article.actor(quote.speaker).strings() & _normalised([predicted.name, *predicted.variants]))


def _normalised(strings: Iterable[str]) -> set[str]:
    """Case-folded, white space collapsed, empty strings dropped."""
    out = {_SPACE.sub(" ", s).strip().casefold() for s in strings}
    out.discard("")
    return out


def _pairs(strings: set[str]) -> set[tuple[str, str]]:
    return set(combinations(sorted(strings), 2))


def _merge_pairs(article: GoldArticle, predicted: Sequence[Actor]) -> tuple[int, int, int]:
    """(right, predicted, gold) variant pairs of one article."""
    gold: set[tuple[str, str]] = set()
    universe: set[str] = set()
    for actor in article.actors:
        if actor.kind == "person":
            strings = actor.strings()
            universe |= strings
            gold |= _pairs(strings)
    pred: set[tuple[str, str]] = set()
    for found in predicted:
        pred |= _pairs(_normalised([found.name, *found.variants]) & universe)
    return len(gold & pred), len(pred), len(gold)
