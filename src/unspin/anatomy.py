"""PLACEHOLDER: being written this session; replaced before it lands."""

from __future__ import annotations

from unspin.document import Document
from unspin.settings import Settings


def annotate_anatomy(doc: Document, *, settings: Settings) -> None:
    return None
