"""What the quote finders share about one document: lines, sentences, quoted passages, and found quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from unspin.document import DATELINE, HEADLINE, MENTION, PARAGRAPH, REPEATED, SENTENCE, Document
from unspin.quotes.lexicon import Lexicon
from unspin.quotes.marks import MarkedQuote
from unspin.quotes.speakers import unmarked_mentions
from unspin.segment import find_paragraphs, find_sentences, iter_lines
from unspin.settings import Settings

__all__ = ["Context", "Found", "count_words"]

_WORDS = re.compile(r"\w[\w\-'’.]*")


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


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


class Context:
    """Read-only views of one document for the finders (built once per document)."""

    def __init__(self, doc: Document, lex: Lexicon, settings: Settings) -> None:
        self.text = text = doc.text
        self.lex = lex
        heads = [(s.start, s.end) for s in doc.layer(HEADLINE)]
        heads += [(s.start, s.end) for s in doc.layer(REPEATED) if s.attrs.get("kind", "headline") == "headline"]
        self.lines = list(iter_lines(text))
        self.line_starts = [s for s, _ in self.lines]
        self.headline_lines = [any(hs < e and s < he for hs, he in heads) for s, e in self.lines]
        sentences = doc.layer(SENTENCE)
        if not sentences:
            paragraphs = doc.layer(PARAGRAPH) or find_paragraphs(doc, settings=settings)
            probe = Document(text)
            probe.add(paragraphs)
            probe.add(doc.layer(HEADLINE))
            sentences = find_sentences(probe, settings=settings)
        spans = [(s.start, s.end, s.attrs.get("paragraph", 0) is None) for s in sentences]
        covered = [(s, e) for s, e, _ in spans]
        # A repeated headline is neither a paragraph nor a sentence of the segment stage; quotes in it count.
        for n, (s, e) in enumerate(self.lines):
            if self.headline_lines[n] and not any(cs < e and s < ce for cs, ce in covered):
                spans.append((s, e, True))
        spans.sort()
        self.sentences = spans
        self.sentence_starts = [s for s, _, _ in spans]
        datelines = doc.layer(DATELINE)
        self.dateline = (datelines[0].start, datelines[0].end) if datelines else None
        kinds = {a.id: a.kind for a in doc.actors}
        self.unmarked = unmarked_mentions(doc)
        marked = [(s.start, s.end, str(s.attrs.get("actor"))) for s in doc.layer(MENTION)] + self.unmarked
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
        lowered = text.lower()
        matches = lex.cues.finditer(lowered) if len(lowered) == len(text) else lex.cues_any_case.finditer(text)
        for m in matches:
            for kind in kinds_of.get(" ".join(m.group().lower().split()), ()):
                by_kind[kind].append(m)
        self._cues = {k: ([m.start() for m in found], found) for k, found in by_kind.items()}
        self._quoted_starts: list[int] = []

    def cues(self, kind: str, start: int, end: int) -> list[re.Match[str]]:
        """The matches of one cue kind ("speech", "objects", "tail", "participles", "prefix") lying inside
        text[start:end], in text order."""
        starts, found = self._cues[kind]
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        return [m for m in found[lo:hi] if m.end() <= end]

    def set_quotes(self, marked: list[MarkedQuote]) -> None:
        self.marked = marked
        self.quoted = sorted((q.open_at, (q.close_at + 1) if q.close_at >= 0 else q.end) for q in marked)
        self._quoted_starts = [s for s, _ in self.quoted]

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
        inside = sum(max(0, min(e, end) - max(s, start)) for s, e in self.quoted[lo:hi])
        return inside / (end - start)
