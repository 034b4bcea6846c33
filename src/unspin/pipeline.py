"""One article flows one way: read -> anatomy -> segment -> language -> machine-translation signals.

Each stage is a plain function ``annotate_x(doc, *, settings) -> None`` that reads the layers of the stages
before it and adds its own spans and labels. It does no I/O and keeps no state beyond data loaded once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from unspin.anatomy import annotate_anatomy
from unspin.document import Document
from unspin.language import annotate_language
from unspin.mt import annotate_mt
from unspin.segment import annotate_segments
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = ["STAGES", "analyze", "analyze_document"]

Stage = Callable[..., None]

# The path of the data, in order. Later issues add quotes, actors, techniques after "mt".
STAGES: tuple[tuple[str, Stage], ...] = (
    ("anatomy", annotate_anatomy),
    ("segment", annotate_segments),
    ("language", annotate_language),
    ("mt", annotate_mt),
)


def analyze_document(doc: Document, *, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Run every stage over a document that a reader built, in place, and return it."""
    for _name, stage in STAGES:
        stage(doc, settings=settings)
    return doc


def analyze(text: str, meta: Mapping[str, Any] | None = None, *,
            settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Analyse one article given as text: the Python API's front door.

    >>> doc = analyze("MOSCOW, May 3. /TASS/. Officials said nothing.")
    >>> doc.layer("dateline")[0].attrs["wire"]
    'TASS'
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes the article as str, not {type(text).__name__}; "
                        "use unspin.read_path() for files and bytes")
    return analyze_document(Document(text, dict(meta or {})), settings=settings)
