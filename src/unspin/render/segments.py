"""Cut a text into pieces at every span boundary, so overlapping spans can be drawn without losing text.

Spans may overlap without nesting (a machine-translation signal that runs past the end of a sentence), so
no view can wrap each span in one element. Instead the text is cut at every start and end; each piece is
covered by a fixed set of spans, and a view styles the piece by that set. Joining the pieces gives the text
back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from unspin.document import LAYERS, Span

__all__ = ["Segment", "nesting_key", "split_segments"]

_LAYER_RANK = {name: i for i, name in enumerate(LAYERS)}


def nesting_key(span: Span) -> tuple[int, int, int, str, str]:
    """Outer spans first: earlier start, then longer, then the layer's place in reading order."""
    return (span.start, -span.end, _LAYER_RANK.get(span.layer, len(LAYERS)), span.layer, span.label or "")


@dataclass(frozen=True, slots=True)
class Segment:
    """``text[start:end]``, covered by ``spans`` (outermost first; empty when no span covers it)."""

    start: int
    end: int
    spans: tuple[Span, ...]


def split_segments(text: str, spans: Iterable[Span]) -> Iterator[Segment]:
    """Every piece of ``text`` between two consecutive span boundaries, in order, with its covering spans.

    Empty spans and spans that do not lie inside the text are left out (a view lists them elsewhere).
    The pieces are contiguous: their ``start``/``end`` run from 0 to ``len(text)`` without a gap.
    """
    n = len(text)
    usable = sorted((s for s in spans if 0 <= s.start < s.end <= n), key=nesting_key)
    bounds = sorted({0, n, *(s.start for s in usable), *(s.end for s in usable)})
    active: list[Span] = []
    i = 0
    for a, b in pairwise(bounds):
        if active:
            active = [s for s in active if s.end > a]
        # Every start is a boundary, so the spans that begin here are exactly those with start == a; they
        # sort after the active ones (later start), which keeps `active` in nesting order.
        while i < len(usable) and usable[i].start <= a:
            active.append(usable[i])
            i += 1
        yield Segment(a, b, tuple(active))
