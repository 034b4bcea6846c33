"""How the article persuades: the technique profile both views show, read once from the document.

The ``techniques`` stage writes ``labels["techniques"]`` (counts, density per 1,000 words and strongest
evidence, for the article and for each paragraph) and ``technique`` spans. A document may come back from
JSON written by another version or by hand, so every field is checked here and a malformed one is left out
rather than trusted; evidence is always re-read from the document's text at the stored offsets.

Values are raw; each view makes them safe for its medium.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from unspin.document import TECHNIQUE, Document, Span
from unspin.render.summary import line_of
from unspin.techniques.labels import TECHNIQUES

__all__ = ["CAVEAT", "ClassRow", "Evidence", "ParagraphRow", "TechniqueProfile", "technique_overview",
           "technique_profile", "technique_spans"]

# Said in every view next to the scores: the model's numbers are where to look, not what to conclude.
CAVEAT = ("Scores come from a statistical model trained on English news (the PTC corpus): they are evidence "
          "to check, not verdicts.")

_ORDER = {name: i for i, name in enumerate(TECHNIQUES)}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One span of the text that the model scored for a class."""

    start: int
    end: int
    score: float | None
    text: str


@dataclass(frozen=True, slots=True)
class ClassRow:
    """One technique class over the whole article."""

    name: str
    count: int
    per_1000: float | None
    strongest: Evidence | None


@dataclass(frozen=True, slots=True)
class ParagraphRow:
    """One paragraph (or the headline) with the technique evidence that starts in it."""

    number: int  # 1-based, in text order, among the blocks of its kind (headline 1, paragraph 1, 2, ...)
    start: int
    end: int
    kind: str
    line: int
    words: int
    total: int
    per_1000: float | None
    counts: list[tuple[str, int]]
    text: str

    @property
    def name(self) -> str:
        """``headline`` or ``paragraph 3``: what a view calls this block."""
        return "headline" if self.kind == "headline" and self.number == 1 else f"{self.kind} {self.number}"


@dataclass(frozen=True, slots=True)
class TechniqueProfile:
    """``status`` is ``absent`` (no technique analysis in the document), ``skipped`` (the stage declined,
    ``reason`` says why) or ``done``."""

    status: Literal["absent", "skipped", "done"]
    reason: str | None = None
    model: str = ""
    words: int | None = None
    spans: int = 0
    classes: list[ClassRow] = field(default_factory=list)
    paragraphs: list[ParagraphRow] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def top_paragraphs(self, n: int) -> list[ParagraphRow]:
        """The ``n`` paragraphs with the most technique spans (denser first on a tie), in that order."""
        found = [p for p in self.paragraphs if p.total > 0]
        found.sort(key=lambda p: (-p.total, -(p.per_1000 or 0.0), p.start))
        return found[:n]


def _number(value: Any) -> float | None:
    # bool is an int in Python; True is not a count or a score.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _count(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number >= 0 and number == int(number) else None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _class_key(name: str) -> tuple[int, str]:
    return _ORDER.get(name, len(_ORDER)), name


def _counts(value: Any) -> list[tuple[str, int]]:
    """``{class: n}`` as (class, n) pairs, most frequent first, then in the label list's order."""
    if not isinstance(value, dict):
        return []
    pairs = [(str(k), n) for k, v in value.items() if (n := _count(v)) is not None and n > 0]
    return sorted(pairs, key=lambda kv: (-kv[1], *_class_key(kv[0])))


def _evidence(doc: Document, value: Any) -> Evidence | None:
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(doc.text):
        return None
    return Evidence(start, end, _number(value.get("score")), doc.text[start:end])


def _density(count: int, words: int | None) -> float | None:
    return round(1000 * count / words, 2) if words else None


def _paragraph(doc: Document, number: int, value: Any) -> ParagraphRow | None:
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(doc.text):
        return None
    words = _count(value.get("words")) or 0
    counts = _counts(value.get("counts"))
    total = sum(n for _, n in counts)
    kind = value.get("kind")
    return ParagraphRow(number=number, start=start, end=end, kind=kind if isinstance(kind, str) else "paragraph",
                        line=line_of(doc.text, start), words=words, total=total,
                        per_1000=_density(total, words), counts=counts, text=doc.text[start:end])


def technique_profile(doc: Document) -> TechniqueProfile:
    """The profile in ``labels["techniques"]``, checked field by field (see the module docstring)."""
    label = doc.labels.get("techniques")
    if not isinstance(label, dict):
        return TechniqueProfile("absent")
    if "skipped" in label:
        return TechniqueProfile("skipped", reason=str(label["skipped"]))
    article = _mapping(label.get("article"))
    words = _count(label.get("words"))
    density = _mapping(article.get("per_1000_words"))
    strongest = _mapping(article.get("strongest"))
    classes = []
    for name, n in _counts(article.get("counts")):
        per_1000 = _number(density.get(name))
        classes.append(ClassRow(name, n, _density(n, words) if per_1000 is None else per_1000,
                                _evidence(doc, strongest.get(name))))
    raw_paragraphs = label.get("paragraphs")
    if not isinstance(raw_paragraphs, list):
        raw_paragraphs = []
    rows = [row for row in (_paragraph(doc, 0, p) for p in raw_paragraphs) if row is not None]
    rows.sort(key=lambda p: (p.start, p.end))
    seen: Counter[str] = Counter()
    paragraphs = []
    for p in rows:
        seen[p.kind] += 1
        paragraphs.append(ParagraphRow(seen[p.kind], p.start, p.end, p.kind, p.line, p.words, p.total, p.per_1000,
                                       p.counts, p.text))
    spans = _count(label.get("spans"))
    found = {row.name for row in classes}
    model = label.get("model")
    return TechniqueProfile(
        "done", model=model if isinstance(model, str) else "", words=words,
        spans=len(technique_spans(doc)) if spans is None else spans, classes=classes, paragraphs=paragraphs,
        missing=[name for name in TECHNIQUES if name not in found])


def _plural(n: int, noun: str) -> str:
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {noun}es" if noun.endswith("s") else f"{n} {noun}s"


def technique_overview(profile: TechniqueProfile, top: int = 3) -> str | None:
    """One line for a header: how many technique spans, and the most frequent classes (None: not analysed)."""
    if profile.status == "absent":
        return None
    if profile.status == "skipped":
        return f"not analysed ({profile.reason})"
    if not profile.classes:
        return "no technique spans found"
    shown = ", ".join(f"{row.name} ×{row.count}" for row in profile.classes[:top])
    more = f", +{len(profile.classes) - top} more" if len(profile.classes) > top else ""
    return f"{_plural(profile.spans, 'span')} in {_plural(len(profile.classes), 'class')}: {shown}{more}"


def technique_spans(doc: Document) -> list[Span]:
    """The ``technique`` spans in text order (the stronger first where two start together)."""
    return sorted(doc.layer(TECHNIQUE), key=lambda s: (s.start, -(s.score or 0.0), s.end, s.label or ""))
