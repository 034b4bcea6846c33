"""What the quote finders share about one document: lines, sentences, quoted passages, and found quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from unspin.actors import lowered
from unspin.cuescan import quote_cues
from unspin.document import DATELINE, HEADLINE, MENTION, PARAGRAPH, REPEATED, SENTENCE, Document, Span
from unspin.quotes.lexicon import Lexicon
from unspin.quotes.marks import MarkedQuote
from unspin.quotes.speakers import unmarked_mentions
from unspin.segment import find_paragraphs, find_sentences, iter_lines
from unspin.settings import Settings

__all__ = ["Context", "Found", "count_words", "has_words"]

_WORDS = re.compile(r"\w[\w\-'’.]*")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``count_words(text[start:end]) >= n``, reading only as far as the n-th word (quotes and
    clauses run to hundreds of characters; the callers ask whether they hold two words, or five)."""
    if n <= 0:
        return True
    # The word pattern has no look-around: read in place (pos, endpos), it finds what it finds in the slice.
    for i, _ in enumerate(_WORDS.finditer(text, start, end), 1):
        if i >= n:
            return True
    return False


@dataclass(slots=True, eq=False)
class Found:
    """A quote being built: its content span, kind, cue, the region of text naming its speaker, and where to
    take the speaker from when the quote has no cue of its own (``source``)."""

    start: int
    end: int
    kind: str  # "direct" | "reported"
    cue: tuple[int, int] | None = None
    region: tuple[int, int] | None = None  # the text that names the speaker
    after: bool = False  # the speaker phrase follows its cue ("said X")
    source: Found | None = None
    score: float = 0.8
    hidden: bool = False  # a reported clause that is all one direct quote: kept only as an attribution
    marked: MarkedQuote | None = None
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    pronoun: str | None = None  # the gender of a pronoun inside the cue itself ("a-t-elle ajouté")
    pronoun_at: int = -1


def _layers(doc: Document, names: tuple[str, ...]) -> dict[str, list[Span]]:
    """The spans of each of ``names`` in text order, as ``Document.layer`` gives them, in one pass."""
    found: dict[str, list[Span]] = {name: [] for name in names}
    for span in doc.spans:
        bucket = found.get(span.layer)
        if bucket is not None:
            bucket.append(span)
    for spans in found.values():
        spans.sort(key=_span_key)  # stable, as Document.layer's sorted()
    return found


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


class Context:
    """Read-only views of one document for the finders (built once per document)."""

    def __init__(self, doc: Document, lex: Lexicon, settings: Settings) -> None:
        self.text = text = doc.text
        self.lex = lex
        # The layers read here, sorted once: Document.layer filters and sorts all spans on every call.
        layers = _layers(doc, (HEADLINE, REPEATED, SENTENCE, PARAGRAPH, DATELINE, MENTION))
        self.mention_layer = layers[MENTION]
        heads = [(s.start, s.end) for s in layers[HEADLINE]]
        heads += [(s.start, s.end) for s in layers[REPEATED] if s.attrs.get("kind", "headline") == "headline"]
        self.lines = list(iter_lines(text))
        self.line_starts = [s for s, _ in self.lines]
        self.headline_lines = [False] * len(self.lines)
        for hs, he in heads:
            # The lines overlapping [hs, he): they start before he, and (lines are disjoint and in order,
            # so their ends grow) a walk back from the last of them stops at the first that ends by hs.
            n = bisect_left(self.line_starts, he) - 1
            while n >= 0 and self.lines[n][1] > hs:
                self.headline_lines[n] = True
                n -= 1
        sentences = layers[SENTENCE]
        if not sentences:
            paragraphs = layers[PARAGRAPH] or find_paragraphs(doc, settings=settings)
            probe = Document(text)
            probe.add(paragraphs)
            probe.add(layers[HEADLINE])
            sentences = find_sentences(probe, settings=settings)
        spans = [(s.start, s.end, s.attrs.get("paragraph", 0) is None) for s in sentences]
        covered = [(s, e) for s, e, _ in spans]
        # A repeated headline is neither a paragraph nor a sentence of the segment stage; quotes in it count.
        if heads:
            for n, (s, e) in enumerate(self.lines):
                if self.headline_lines[n] and not any(cs < e and s < ce for cs, ce in covered):
                    spans.append((s, e, True))
        spans.sort()
        self.sentences = spans
        self.sentence_starts = [s for s, _, _ in spans]
        datelines = layers[DATELINE]
        self.dateline = (datelines[0].start, datelines[0].end) if datelines else None
        kinds = {a.id: a.kind for a in doc.actors}
        self.unmarked = unmarked_mentions(doc, mentions=self.mention_layer)
        marked = [(s.start, s.end, str(s.attrs.get("actor"))) for s in self.mention_layer] + self.unmarked
        self.mention_spans = [(s, e) for s, e, a in marked if a in kinds]
        self.person_spans = [(s, e) for s, e, a in marked if kinds.get(a) == "person"]
        self.marked: list[MarkedQuote] = []
        self.quoted: list[tuple[int, int]] = []  # accepted quotes, marks included: [open, close + 1)

        # Every cue of the text, found in one pass per kind (a search per sentence cost three times more).
        by_kind: dict[str, list[re.Match[str]]] = {k: [] for k in ("speech", "objects", "tail", "participles",
                                                                       "prefix")}
        kinds_of = lex.cue_kinds
        # Matching lower-cased text is twice as fast as a case-insensitive pattern; offsets only survive when
        # lower-casing keeps the length (it does not for a few letters, such as the dotted capital I).
        low = lowered(text)  # the actors stage lower-cased the same text a moment ago
        # ... and found these cues in the same pass as its own (cuescan), when it could.
        matches: Iterable[re.Match[str]] | None = quote_cues(text, low, lex.cues)
        if matches is None:
            matches = lex.cues.finditer(low) if len(low) == len(text) else lex.cues_any_case.finditer(text)
        for m in matches:
            for kind in kinds_of.get(" ".join(m.group().lower().split()), ()):
                by_kind[kind].append(m)
        self._cues = {k: ([m.start() for m in found], found) for k, found in by_kind.items()}
        self._quoted_starts: list[int] = []
        self._opens: list[int] = []
        self._open_set: set[int] = set()
        self._by_open: list[tuple[int, int]] = []
        self._by_anchor: list[tuple[int, int]] = []

    def cues(self, kind: str, start: int, end: int) -> list[re.Match[str]]:
        """The matches of one cue kind ("speech", "objects", "tail", "participles", "prefix") lying inside
        text[start:end], in text order."""
        starts, found = self._cues[kind]
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        return [m for m in found[lo:hi] if m.end() <= end]

    def has_cue(self, kind: str, start: int, end: int) -> bool:
        """Whether ``cues(kind, start, end)`` is not empty (without building the list)."""
        starts, found = self._cues[kind]
        lo = bisect_left(starts, start)
        for i in range(lo, bisect_left(starts, end, lo)):
            if found[i].end() <= end:
                return True
        return False

    def set_quotes(self, marked: list[MarkedQuote]) -> None:
        self.marked = marked
        self.quoted = sorted((q.open_at, (q.close_at + 1) if q.close_at >= 0 else q.end) for q in marked)
        self._quoted_starts = [s for s, _ in self.quoted]
        # Indexes of the passages by opening mark and by where they stop (the closing mark, or the end of a
        # quote that never closes), so the finders ask for the few near a position instead of reading all.
        self._opens = sorted(q.open_at for q in marked)
        self._open_set = set(self._opens)
        self._by_open = sorted((q.open_at, i) for i, q in enumerate(marked))
        self._by_anchor = sorted((q.close_at if q.close_at >= 0 else q.end, i) for i, q in enumerate(marked))

    def opens_at(self, at: int) -> bool:
        """Whether a passage's opening mark stands at ``at``."""
        return at in self._open_set

    def next_open(self, after: int) -> int | None:
        """The first opening mark after offset ``after``, or None."""
        i = bisect_right(self._opens, after)
        return self._opens[i] if i < len(self._opens) else None

    def stopping_in(self, start: int, end: int) -> list[MarkedQuote]:
        """Passages whose closing mark (or, unclosed, whose end) lies in [start, end] (end included)."""
        lo = bisect_left(self._by_anchor, (start, -1))
        hi = bisect_right(self._by_anchor, (end, len(self.marked)))
        return [self.marked[i] for _, i in self._by_anchor[lo:hi]]

    def last_closed_after(self, start: int, end: int) -> MarkedQuote | None:
        """Of the passages opening at or after ``start`` and closed before ``end``, the last in ``marked``
        order, or None."""
        lo = bisect_left(self._by_open, (start, -1))
        best = -1
        for _, i in self._by_open[lo:]:
            q = self.marked[i]
            if 0 <= q.close_at < end and i > best:
                best = i
        return self.marked[best] if best >= 0 else None

    def last_break(self, start: int, end: int) -> int:
        """The last offset in [start, end) holding ";" or ":", or a closing mark (”»"›) inside a quote; -1
        when there is none (where a verb's subject may begin)."""
        text = self.text
        found = max(text.rfind(";", start, end), text.rfind(":", start, end))
        for mark in "”»\"›":
            i = text.rfind(mark, max(start, found + 1), end)
            while i >= 0 and not self.in_quote(i):
                i = text.rfind(mark, max(start, found + 1), i)
            if i > found:
                found = i
        return found

    def sentence_index(self, at: int) -> int:
        return max(0, bisect_right(self.sentence_starts, at) - 1)

    def sentence_at(self, at: int) -> tuple[int, int]:
        s, e, _ = self.sentences[self.sentence_index(at)] if self.sentences else (0, len(self.text), False)
        return s, e

    def line_index(self, at: int) -> int:
        return max(0, bisect_right(self.line_starts, at) - 1)

    def in_quote(self, at: int) -> bool:
        i = bisect_right(self._quoted_starts, at) - 1  # accepted quotes never overlap: one candidate
        return i >= 0 and at < self.quoted[i][1]

    def quoted_share(self, start: int, end: int) -> float:
        """The share of text[start:end] inside accepted quotes (marks included)."""
        if end <= start or not self.quoted:
            return 0.0
        lo = max(0, bisect_right(self._quoted_starts, start) - 1)
        hi = bisect_left(self._quoted_starts, end)
        inside = 0
        for s, e in self.quoted[lo:hi]:  # a loop, not sum() over a generator: most ranges hold one quote or none
            s = max(s, start)
            e = min(e, end)
            if e > s:
                inside += e - s
        return inside / (end - start)
