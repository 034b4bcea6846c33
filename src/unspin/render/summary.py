"""The facts a view shows above an article, computed once from the document for every view.

Values are raw (as found in the document); each view makes them safe for its medium.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from unspin.document import (
    BYLINE,
    DATELINE,
    HEADLINE,
    MENTION,
    MT_SIGNAL,
    PARAGRAPH,
    QUOTE,
    REPEATED,
    SENTENCE,
    TIMESTAMP,
    Document,
    Span,
)

__all__ = ["DEFAULT_LAYERS", "Repeat", "Summary", "line_of", "mt_level", "summarize"]

# What a view highlights unless told otherwise: the article's anatomy, the MT evidence and who said what.
# Paragraphs and sentences cover the whole text, so highlighting them by default would drown everything else.
# Technique spans are off too: a model proposes dozens per article, many overlapping each other and the
# quotes, so on by default they would hide the anatomy and quote looks under one colour, and would present a
# statistical guess with the same weight as a found fact. Each view lists them instead (the terminal numbers
# every span with its class and score; the HTML profile switches a class on with one click), and
# ``--layers ...,technique`` or the HTML legend turns them all on.
DEFAULT_LAYERS: tuple[str, ...] = (HEADLINE, REPEATED, DATELINE, BYLINE, TIMESTAMP, MT_SIGNAL, QUOTE, MENTION)

# Reading aids, not findings: the words a view puts next to labels.mt_score. A heuristic split of the
# 0..1 score into thirds-ish; the score itself is always shown beside the word.
_MT_LEVELS = ((0.7, "high"), (0.4, "medium"), (0.0, "low"))


def mt_level(score: float) -> str:
    """``low``, ``medium`` or ``high`` for a machine-translation score in 0..1 (display only)."""
    for floor, word in _MT_LEVELS:
        if score >= floor:
            return word
    return "low"


def line_of(text: str, offset: int) -> int:
    """The 1-based line number of a character offset (lines end at ``\\n``)."""
    return text.count("\n", 0, offset) + 1


@dataclass(frozen=True, slots=True)
class Repeat:
    """A repeated block: its evidence, the line it is on, and the line of its first occurrence."""

    span: Span
    text: str
    line: int
    of_line: int | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    source: str
    id: str
    short_id: str
    length: int
    language: str | None
    language_score: float | None
    mt_score: float | None
    mt_level: str | None
    mt_signals: list[tuple[str, int]]
    wire: str | None
    headline: str | None
    dateline: Span | None
    dateline_text: str | None
    bylines: list[str]
    timestamps: list[str]
    paragraphs: int
    sentences: int
    repeats: list[Repeat] = field(default_factory=list)

    def dateline_parts(self) -> list[tuple[str, str]]:
        """(name, value) of the dateline's place, date, date_iso and wire that the anatomy stage found."""
        if self.dateline is None:
            return []
        return [(k, str(self.dateline.attrs[k])) for k in ("place", "date", "date_iso", "wire")
                if self.dateline.attrs.get(k) not in (None, "")]


def _number(value: Any) -> float | None:
    # bool is an int in Python; a label that is True/False is not a score.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _signal_counts(doc: Document) -> list[tuple[str, int]]:
    """Counts per kind of machine-translation signal: from the spans (the evidence) when there are any,
    else from ``labels.mt_signals`` (a document read back from JSON may carry only the labels)."""
    counts = Counter(s.label or "signal" for s in doc.spans if s.layer == MT_SIGNAL)
    if not counts:
        declared = doc.labels.get("mt_signals")
        if isinstance(declared, dict):
            counts.update({str(k): int(v) for k, v in declared.items() if _number(v) is not None})
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _repeat(doc: Document, span: Span) -> Repeat:
    evidence = doc.evidence(span)
    of = span.attrs.get("of")
    first: int | None = None
    if isinstance(of, list | tuple) and of and isinstance(of[0], int):
        first = of[0]
    else:
        # Without the anatomy stage's pointer, the first earlier occurrence of the same text is the original.
        found = doc.text.find(evidence) if evidence else -1
        first = found if 0 <= found < span.start else None
    kind = span.attrs.get("kind")
    return Repeat(span=span, text=evidence, line=line_of(doc.text, span.start),
                  of_line=None if first is None else line_of(doc.text, first),
                  kind=kind if isinstance(kind, str) else None)


def summarize(doc: Document) -> Summary:
    """Everything a header shows, read from the document's labels and spans."""
    labels = doc.labels
    mt_score = _number(labels.get("mt_score"))
    language = labels.get("language")
    headlines = doc.layer(HEADLINE)
    datelines = doc.layer(DATELINE)
    dateline = datelines[0] if datelines else None
    wire = labels.get("wire")
    if not wire and dateline is not None:
        wire = dateline.attrs.get("wire")
    return Summary(
        source=str(doc.meta.get("source") or ""),
        id=doc.id,
        short_id=doc.id[:12],
        length=len(doc.text),
        language=str(language) if language else None,
        language_score=_number(labels.get("language_score")),
        mt_score=mt_score,
        mt_level=None if mt_score is None else mt_level(mt_score),
        mt_signals=_signal_counts(doc),
        wire=str(wire) if wire else None,
        headline=doc.evidence(headlines[0]) if headlines else None,
        dateline=dateline,
        dateline_text=None if dateline is None else doc.evidence(dateline),
        bylines=[doc.evidence(s) for s in doc.layer(BYLINE)],
        timestamps=[doc.evidence(s) for s in doc.layer(TIMESTAMP)],
        paragraphs=len(doc.layer(PARAGRAPH)),
        sentences=len(doc.layer(SENTENCE)),
        repeats=[_repeat(doc, s) for s in doc.layer(REPEATED)],
    )
