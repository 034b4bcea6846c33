"""One article flows one way: read -> anatomy -> segment -> language -> MT signals -> actors -> quotes ->
techniques.

Each stage is a plain function ``annotate_x(doc, *, settings) -> None`` that reads the layers of the stages
before it and adds its own spans and labels. It does no I/O and keeps no state beyond data loaded once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from unspin.actors import annotate_actors
from unspin.anatomy import annotate_anatomy
from unspin.document import Document
from unspin.language import annotate_language
from unspin.mt import annotate_mt
from unspin.quotes import annotate_quotes
from unspin.segment import annotate_segments
from unspin.settings import DEFAULT_SETTINGS, Settings
from unspin.techniques.stage import annotate_techniques

__all__ = ["STAGES", "STAGE_NAMES", "analyze", "analyze_document"]

Stage = Callable[..., None]

# The path of the data, in order. Actors come before quotes: a quote's speaker is resolved through the
# mention spans the actors stage adds. Techniques read the sentence and headline layers (their model's units);
# their model is loaded on first use, so the stages before them start fast.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("anatomy", annotate_anatomy),
    ("segment", annotate_segments),
    ("language", annotate_language),
    ("mt", annotate_mt),
    ("actors", annotate_actors),
    ("quotes", annotate_quotes),
    ("techniques", annotate_techniques),
)


STAGE_NAMES = tuple(name for name, _ in STAGES)


def analyze_document(doc: Document, *, settings: Settings = DEFAULT_SETTINGS,
                     stages: Collection[str] | None = None) -> Document:
    """Run the stages over a document that a reader built, in place, and return it.

    ``stages`` names the stages to run (default: all, always in pipeline order); a stage reads the layers of
    the stages before it, so leaving out an early one starves the later ones.
    """
    if stages is not None and (unknown := set(stages) - set(STAGE_NAMES)):
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; the stages are {', '.join(STAGE_NAMES)}")
    with collector_paused():
        for name, stage in STAGES:
            if stages is None or name in stages:
                stage(doc, settings=settings)
    return doc


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with Python's cyclic garbage collector paused (as it was before, afterwards).

    The stages allocate hundreds of thousands of short-lived lists, tuples and match objects per article and
    almost no reference cycles; the collector, triggered by allocation counts, spent 5-7 % of the actors and
    quotes stages walking them for nothing (perf, 2026-11-25), and left about a hundred cyclic objects over 742
    articles for the next pass once re-enabled. Reference counting frees everything else at once, so memory
    does not grow. With threads, the collector comes back on when the block that found it on ends.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def analyze(text: str, meta: Mapping[str, Any] | None = None, *,
            settings: Settings = DEFAULT_SETTINGS, stages: Collection[str] | None = None) -> Document:
    """Analyse one article given as text: the Python API's front door.

    >>> doc = analyze("MOSCOW, May 3. /TASS/. Officials said nothing.")
    >>> doc.layer("dateline")[0].attrs["wire"]
    'TASS'
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes the article as str, not {type(text).__name__}; "
                        "use unspin.read_path() for files and bytes")
    return analyze_document(Document(text, dict(meta or {})), settings=settings, stages=stages)
