"""Pair quotation marks into quoted passages: a small state machine run over each line of the text.

Heuristic, by design: real copy has every typography (“ ” ‘ ’ " ' « » „ “ ‚ ‘ ‹ › and German » «), marks typed
the wrong way round, quotes that never close and apostrophes that look like marks. The machine decides what
a mark does from the characters around it, not from its glyph alone:

- a mark with white space (or a line edge, an opening bracket or a dash) before it and a word after it
  *opens*; one with a word before it and white space or punctuation after it *closes* (so ``report«, —``
  closes, as the press types it by mistake); one with space on both sides (``" stupid "``, French
  ``« mot »``) closes if a mark of its family is open, else opens;
- a single quote between two letters is an apostrophe (``it's``, ``d'une``, ``O'Brien``), as is a closing
  single quote when none is open (``the farmers' union``);
- marks of one family pair with each other: doubles (“ ” „ " ‟), singles (‘ ’ ‚ '), guillemets (« »),
  single guillemets (‹ ›). Only the outermost pair is a quote; inner ones only keep the count;
- a line that ends inside a quote continues into the next line when that line opens with a mark of the same
  family (the multi-paragraph convention); otherwise the quote ends with its line. If the last closing mark
  of such a line only closed an inner quote, it is taken to close the outer one instead (an inner quote
  that never closes, followed by ``” — said X``);
- a doubled opening mark (``““The``) counts once; an empty pair (``«»``) is ignored; a single quote that
  never closes is dropped (it was more likely an apostrophe than a quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MarkedQuote", "find_marked_quotes", "strip_span"]

_MARK = re.compile("[\"'“”„‟«»‹›‚‘’‛]")
_DOUBLE, _SINGLE, _GUILLEMET, _SINGLE_GUILLEMET = 1, 2, 3, 4
_FAMILY = {'"': _DOUBLE, "“": _DOUBLE, "”": _DOUBLE, "„": _DOUBLE, "‟": _DOUBLE,
           "'": _SINGLE, "‘": _SINGLE, "’": _SINGLE, "‚": _SINGLE, "‛": _SINGLE,
           "«": _GUILLEMET, "»": _GUILLEMET, "‹": _SINGLE_GUILLEMET, "›": _SINGLE_GUILLEMET}
_MARKS = frozenset(_FAMILY)
# What may stand before an opening mark / after a closing mark besides white space.
_BEFORE_OPEN = frozenset("([{<—–-‒―/:")
_AFTER_CLOSE = frozenset(".,;:!?)]}>…—–-‒―/")
_OPEN, _CLOSE, _EITHER, _APOSTROPHE = 0, 1, 2, 3
_TRIM = " \t\r\n\u00a0\u202f\u2009\u2007\ufeff"


@dataclass(slots=True)
class MarkedQuote:
    """A quoted passage: ``start``/``end`` bound its trimmed content; ``open_at``/``close_at`` are the
    offsets of its outer marks (``close_at`` is -1 when the quote never closes and runs to ``end``)."""

    start: int
    end: int
    open_at: int
    close_at: int
    line: int  # index of the line the quote opens in
    end_line: int  # index of the line it ends in
    headline: bool


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space (no-break and narrow no-break spaces included) from both ends of a span."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _role(text: str, i: int, lo: int, hi: int) -> int:
    """What the mark at ``i`` does, judged by the nearest non-mark characters inside the line [lo, hi)."""
    j = i - 1
    while j >= lo and text[j] in _MARKS:
        j -= 1
    k = i + 1
    while k < hi and text[k] in _MARKS:
        k += 1
    before = text[j] if j >= lo else " "
    after = text[k] if k < hi else " "
    left = before.isspace() or before in _BEFORE_OPEN
    right = after.isspace() or after in _AFTER_CLOSE
    if left and not right:
        return _OPEN
    if right and not left:
        return _CLOSE
    if left and right:
        return _EITHER
    # A word on both sides: an apostrophe for single quotes ("it's"), else no evidence either way.
    return _APOSTROPHE if _FAMILY[text[i]] == _SINGLE else _EITHER


@dataclass(slots=True)
class _Open:
    family: int
    at: int  # offset of the mark
    line: int


def find_marked_quotes(text: str, lines: list[tuple[int, int]], headline: list[bool]) -> list[MarkedQuote]:
    """Every outermost quoted passage in ``text``, given its lines (start, end) and which are headlines."""
    found: list[MarkedQuote] = []
    stack: list[_Open] = []
    skip_at = -1  # the opening mark of a continued paragraph, already accounted for
    for n, (lo, hi) in enumerate(lines):
        last_close = -1  # offset of the last closing mark in this line
        last_close_inner = False  # whether it closed an inner quote (the outer one still open)
        prev_open_at = -2
        for m in _MARK.finditer(text, lo, hi):
            i = m.start()
            if i == skip_at:
                continue
            family = _FAMILY[text[i]]
            role = _role(text, i, lo, hi)
            if role == _APOSTROPHE:
                continue
            has_family = any(o.family == family for o in stack)
            if role == _EITHER:
                role = _CLOSE if has_family else _OPEN
            if role == _OPEN:
                if prev_open_at == i - 1 and stack and stack[-1].family == family:
                    stack[-1].at = prev_open_at = i  # "““The": a doubled opening mark counts once
                    continue
                stack.append(_Open(family, i, n))
                prev_open_at = i
                continue
            if not has_family:
                continue  # a stray closing mark; for single quotes, a plural possessive ("farmers'")
            while stack[-1].family != family:
                stack.pop()
            opened = stack.pop()
            if stack:
                last_close, last_close_inner = i, True
                continue
            last_close, last_close_inner = i, False
            _emit(found, text, opened, i, i, n, headline)
        if not stack:
            continue
        # The line ends inside a quote.
        outer = stack[0]
        nxt = n + 1
        if not headline[n] and nxt < len(lines) and not headline[nxt]:
            first = lines[nxt][0]
            if text[first] in _MARKS and _FAMILY[text[first]] == outer.family and \
                    _role(text, first, *lines[nxt]) != _CLOSE:
                del stack[1:]
                skip_at = first
                continue
        if last_close_inner and last_close > outer.at:
            _emit(found, text, outer, last_close, last_close, n, headline)
        elif outer.family not in (_SINGLE,):
            _emit(found, text, outer, hi, -1, n, headline)
        stack.clear()
    return found


def _emit(found: list[MarkedQuote], text: str, opened: _Open, end: int, close_at: int, line: int,
          headline: list[bool]) -> None:
    start, stop = strip_span(text, opened.at + 1, end)
    if start >= stop or not any(c.isalnum() for c in text[start:stop]):
        return  # "«»" or a pair around nothing but punctuation
    found.append(MarkedQuote(start, stop, opened.at, close_at, opened.line, line, headline[opened.line]))
