"""Paragraphs, sentences and tokens, as character offsets into the untouched text."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["iter_lines"]

_LINE = re.compile(r"[^\n]+")


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line that holds more than white space, trimmed of the white space around it.

    A line ends at ``\\n``; ``\\r`` and other white space at either edge stay outside the span. A leading
    byte-order mark counts as white space here (it stays in the text, outside every span).
    """
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and (text[start].isspace() or text[start] == "\ufeff"):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def annotate_segments(doc: object, *, settings: object) -> None:  # PLACEHOLDER, replaced this session
    return None
