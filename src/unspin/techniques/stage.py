"""The ``techniques`` stage: technique spans over the article, and its profile per paragraph and overall.

Adds ``technique`` spans (label = the PTC class name, ``score`` in 0..1, ``attrs``: ``source`` ("tagger" when
the class's own token tagger found it, "span" when a span-identification span was classified), ``si_score``
and ``class_probability``; spans may overlap) and ``doc.labels["techniques"]``::

    {"model": "...", "words": 812, "spans": 14,
     "article": {"counts": {class: n}, "per_1000_words": {class: x}, "strongest": {class: {start, end, score}}},
     "paragraphs": [{"start", "end", "kind": "headline"|"paragraph", "words", "counts", "per_1000_words",
                     "strongest"}, ...]}

The model was trained on English news (PTC); on other languages it runs but its scores mean little, so the
stage skips a document whose language is known and not English and says so in the profile.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from unspin.document import HEADLINE, PARAGRAPH, SENTENCE, TECHNIQUE, Document, Span
from unspin.settings import Settings

__all__ = ["annotate_techniques", "profile", "units_of"]

_WORD = re.compile(r"\w+")


def units_of(doc: Document) -> list[tuple[int, int]]:
    """The model's units: the headline and sentence spans of an analysed document, disjoint, in text order."""
    spans = sorted((s.start, s.end) for s in doc.spans if s.layer in (HEADLINE, SENTENCE))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


def annotate_techniques(doc: Document, *, settings: Settings) -> None:
    """Find technique spans with the shipped model (loaded once per process) and profile them."""
    # The language stage writes an ISO 639-1 code, or "und" when it cannot tell (then the model runs).
    language = doc.labels.get("language")
    if isinstance(language, str) and language not in ("en", "und", ""):
        doc.labels["techniques"] = {"skipped": f"the model reads English; this text is {language}"}
        return
    from unspin.techniques.model import load_model

    model = load_model()
    spans = [Span(d.start, d.end, TECHNIQUE, d.technique, round(d.score, 4),
                  {"source": d.source, "si_score": round(d.si_score, 4),
                   "class_probability": round(d.class_probability, 4)})
             for d in model.detect(doc.text, units_of(doc))]
    doc.add(spans)
    doc.labels["techniques"] = profile(doc, spans, model_name=str(model.record.get("name", "")))


def _summary(text: str, spans: Sequence[Span], words: int) -> dict[str, Any]:
    counts = Counter(str(s.label) for s in spans)
    strongest: dict[str, dict[str, Any]] = {}
    for span in sorted(spans, key=lambda s: (-(s.score or 0.0), s.start)):
        label = str(span.label)
        if label not in strongest:
            strongest[label] = {"start": span.start, "end": span.end, "score": span.score,
                                "text": text[span.start:span.end]}
    return {
        "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "per_1000_words": {k: round(1000 * v / words, 2) for k, v in counts.items()} if words else {},
        "strongest": strongest,
    }


def profile(doc: Document, spans: Sequence[Span], *, model_name: str = "") -> dict[str, Any]:
    """Counts, density per 1,000 words and the strongest evidence, for the article and each paragraph.

    A span belongs to the paragraph (or headline) its first character lies in.
    """
    text = doc.text
    words = len(_WORD.findall(text))
    blocks = sorted([(s.start, s.end, "headline") for s in doc.layer(HEADLINE)] +
                    [(s.start, s.end, "paragraph") for s in doc.layer(PARAGRAPH)])
    paragraphs = []
    for start, end, kind in blocks:
        inside = [s for s in spans if start <= s.start < end]
        block_words = len(_WORD.findall(text, start, end))
        paragraphs.append({"start": start, "end": end, "kind": kind, "words": block_words,
                           **_summary(text, inside, block_words)})
    return {"model": model_name, "words": words, "spans": len(spans), "article": _summary(text, spans, words),
            "paragraphs": paragraphs}
