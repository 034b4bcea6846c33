"""Paragraphs, sentences and tokens, as character offsets into the untouched text.

Paragraphs are body lines (see :func:`find_paragraphs`); sentences are cut inside each paragraph and inside
the headline (see :func:`find_sentences`); tokens are computed on demand for later stages
(:func:`tokenize`) and never stored as spans.

The sentence splitter is a heuristic, not a trained model: one compiled regex finds every place where a
sentence *could* end (terminal punctuation, optional closing quotes or brackets, then white space), and a
few cheap checks at those places only decide whether it *does* end there. The checks read per-language
abbreviation lists from ``unspin/data/segment/*.json``. The language stage runs after this one, so every
list is applied to every text; the lists hold only forms that are not ordinary sentence-final words in the
other languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from unspin.document import BYLINE, HEADLINE, PARAGRAPH, REPEATED, SENTENCE, TIMESTAMP, Document, Span
from unspin.settings import Settings
from unspin.wordlists import load_object, trie_pattern

__all__ = ["annotate_segments", "find_paragraphs", "find_sentences", "iter_lines", "tokenize"]

_LINE = re.compile(r"[^\n]+")

# Lines wholly made of these layers are page furniture, not body paragraphs.
_NOT_BODY = (HEADLINE, BYLINE, TIMESTAMP)

# The languages whose abbreviation lists are merged (one JSON file each under data/segment).
_LANGUAGES = ("en", "fr", "de", "ru")


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


# -- the abbreviation data -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rules:
    """The merged word lists (entries without their final period, matched case-sensitively)."""

    no_break: frozenset[str]  # "Dr", "e.g", "z.B", "т.е": a period after these never ends a sentence
    ambiguous: frozenset[str]  # "Inc", "etc", "г": ends one only if an opener word follows
    before_number: frozenset[str]  # "No", "Nr", "p": does not end one when a digit follows
    openers: frozenset[str]  # "The", "Он", "Le", "Der": words that typically open a sentence
    months: frozenset[str]  # "März": "3. März" is an ordinal date, not a sentence end


@cache
def _rules() -> _Rules:
    lists: dict[str, set[str]] = {"no_break": set(), "ambiguous": set(), "before_number": set(),
                                  "openers": set(), "months": set()}
    for lang in _LANGUAGES:
        data = load_object("segment", f"{lang}.json")
        for key, words in lists.items():
            words.update(data.get(key, ()))
    return _Rules(**{key: frozenset(words) for key, words in lists.items()})


# -- paragraphs ------------------------------------------------------------------------------------


def _merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _furniture(doc: Document) -> list[tuple[int, int]]:
    """Merged intervals of headline, byline and timestamp spans, and of repeats of those.

    A ``repeated`` span counts when anatomy marked it as repeating one of those layers
    (``attrs["kind"]``) or, whatever its attrs, when its text equals one of their texts: a page that prints
    the title twice should not give the title back as the first body paragraph.
    """
    text = doc.text
    kept = [s for s in doc.spans if s.layer in _NOT_BODY]
    seen = {_squash(text[s.start:s.end]) for s in kept}
    for span in doc.spans:
        if span.layer == REPEATED and (span.attrs.get("kind") in _NOT_BODY
                                       or _squash(text[span.start:span.end]) in seen):
            kept.append(span)
    return _merge((s.start, s.end) for s in kept if s.end > s.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "\ufeff"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What may separate furniture from the body on one line ("By Jane Roe | 12 May", "Jane Roe, 12 May").
_SEPARATORS = " \t\u00a0,;:|•·/-–—"


def _body_part(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> tuple[int, int]:
    """The line minus furniture that covers its start or its end; empty when nothing of the body is left.

    Furniture in the middle of a line is left in: cutting there would make two paragraphs out of one line.
    What is left after a cut loses its separators, and counts as nothing when it holds no letter or digit
    (the ", " between a byline and a timestamp on one line).
    """
    cut = False
    for c_start, c_end in covered:
        if c_end <= start or c_start >= end:
            continue
        if c_start <= start:
            start, cut = max(start, c_end), True
            while start < end and text[start] in _SEPARATORS:
                start += 1
        elif c_end >= end:
            end, cut = c_start, True
            while end > start and text[end - 1] in _SEPARATORS:
                end -= 1
        if start >= end:
            return start, start
    if cut:
        start, end = _trim(text, start, end)
        if not any(c.isalnum() for c in text[start:end]):
            return start, start
    return start, end


def find_paragraphs(doc: Document, *, settings: Settings) -> list[Span]:
    """Body paragraphs: every non-blank line that headline, byline and timestamp spans do not cover.

    A line is a paragraph because real inputs separate paragraphs by a blank line *or* by a single newline
    (the PTC articles mix both), and no news article wraps a paragraph over several lines. Furniture that
    covers the start or the end of a line is cut off it. Attrs: ``{"index": n}``, n from 0.
    """
    text = doc.text
    covered = _furniture(doc)
    spans: list[Span] = []
    for start, end in iter_lines(text):
        if covered:
            start, end = _body_part(text, start, end, covered)
            if start >= end:
                continue
        spans.append(Span(start, end, PARAGRAPH, attrs={"index": len(spans)}))
    return spans


# -- sentences -------------------------------------------------------------------------------------

_OPENING = "\"'“‘„«‹([{¿¡"
_DASHES = "—–-‒―"
_NO_BREAK_AFTER = _DASHES + ",;:)]}/"

# Where a sentence may end: a token that ends in terminal punctuation (".", "!", "?", "…", "。" or a run of
# them), then closing quotes or brackets, then white space or the end of the region. ``prev`` is the token
# before the punctuation (it may hold inner periods: "U.S"), ``next`` the token after the white space.
# French typography spaces a closing guillemet off ("Jamais. »"); such a mark still closes the sentence.
# U+FEFF counts as a token edge because a PTC article's first line starts right after one.
_CANDIDATE = re.compile(
    r"(?<![^\s\ufeff])(?P<prev>\S*?)(?P<term>[.!?…。]+)(?P<close>[\"'”’»›)\]]*(?:[ \u00a0\u202f][»›”])?)"
    r"(?=\s+(?P<next>\S+)|\s*$)"
)
# The letters of a word, without trailing punctuation: "В." -> "В", "Le," -> "Le".
_CORE = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
# "U.S", "e.g", "a.m", "т.е": letters joined by inner periods (the final period is the candidate itself).
_DOTTED = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+")


def _ends_sentence(m: re.Match[str], region_start: int, rules: _Rules) -> bool:
    """Whether the candidate ``m`` ends a sentence (a heuristic; see the rules below, in order)."""
    nxt = m.group("next")
    if nxt is None:  # the end of the paragraph ends the sentence anyway
        return True
    lead = nxt[0]
    # "?” — said X." and "… 14. /TASS/. The": an attribution dash or a wire credit continues the sentence.
    if lead in _NO_BREAK_AFTER:
        return False
    word = nxt.lstrip(_OPENING)
    if not word:  # a lone quote mark (machine-translated text spaces them): no evidence either way
        return True
    first = word[0]
    if first.islower():  # "e.g. the", "?” he asked", "... and then": lower case continues the sentence
        return False
    term = m.group("term")
    if term != ".":  # "!", "?", "...", "…": no abbreviation ends in these
        return True
    prev = m.group("prev").lstrip(_OPENING)
    if "-" in prev and prev not in rules.no_break and prev not in rules.ambiguous:
        prev = prev.rsplit("-", 1)[1]  # a compound name: "Lake-St. Anne" reads as "St. Anne"
    if prev in rules.no_break:
        return False
    core_m = _CORE.match(word)
    core = core_m.group() if core_m else ""
    if prev in rules.ambiguous or _DOTTED.fullmatch(prev):
        # "in the U.S. The next day" vs "the U.S. Army", "Acme Inc. He" vs "Acme Inc. Board": the rule is
        # to end the sentence only when the next word is a common sentence opener. A proper name or a
        # number after "U.S." ("the U.S. 2016 election", frequent in news) thus stays in the sentence.
        return core in rules.openers
    if first.isdigit():
        # "No. 5", "p. 12" continue; otherwise a number can open a sentence ("... in 2014. 15 died").
        return prev not in rules.before_number
    if len(prev) == 1 and prev.isupper():
        # An initial ("J. Doe", "В. Путин") unless the next word is an opener of more than one letter
        # ("World War I. The"); the length test keeps "А. В. Иванов" whole, since "В" is also an opener.
        return len(core) > 1 and core in rules.openers
    if prev.isdigit() and len(prev) <= 2:
        if core in rules.months:  # German ordinal date: "am 3. März"
            return False
        if m.start() == region_start:  # a numbered item opening the paragraph: "1. The first point"
            return False
    return True


def _split(text: str, start: int, end: int, rules: _Rules) -> Iterator[tuple[int, int]]:
    """Trimmed (start, end) of each sentence in the trimmed region text[start:end]."""
    sent_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        next_start = m.start("next")
        if next_start < 0:
            break
        if _ends_sentence(m, start, rules):
            yield sent_start, m.end()
            sent_start = next_start
    yield sent_start, end


def _sentences_in(text: str, paragraphs: list[Span], headlines: list[Span]) -> list[Span]:
    rules = _rules()
    spans: list[Span] = []
    for head in headlines:
        # A headline spread over several lines (title and kicker) is one sentence per line at least.
        for line_start, line_end in iter_lines(text[head.start:head.end]):
            for s, e in _split(text, head.start + line_start, head.start + line_end, rules):
                spans.append(Span(s, e, SENTENCE, attrs={"paragraph": None}))
    for para in paragraphs:
        index = para.attrs.get("index")
        for s, e in _split(text, para.start, para.end, rules):
            spans.append(Span(s, e, SENTENCE, attrs={"paragraph": index}))
    spans.sort(key=lambda s: s.start)
    return spans


def find_sentences(doc: Document, *, settings: Settings) -> list[Span]:
    """Sentences inside every paragraph and every headline span; none crosses a paragraph or a line.

    Reads the ``paragraph`` layer when the document has one, else finds paragraphs first. A headline is
    one sentence unless the same rules find a clear end inside it. Attrs: ``{"paragraph": index}``, or
    ``None`` for a headline sentence. Heuristic rules, in order of precedence:

    - a sentence may end only after ``.``, ``!``, ``?``, ``…`` (closing quotes and brackets go with it),
      followed by white space; never inside a token ("3.5", "U.S.-led");
    - it does not end when the next token starts with a dash (``?” — said X.``: the attribution belongs to
      the quote), with ``,;:)/`` (``14. /TASS/.``: a dateline's date and its wire credit stay together,
      and the dateline up to the credit becomes its own short sentence), or with a lower-case letter;
    - after ``!``, ``?`` and ellipses it ends (the lower-case rule keeps a mid-sentence ellipsis);
    - after ``.`` it does not end after a listed never-final abbreviation ("Dr.", "M." for Monsieur,
      "e.g.", "z.B.", "т.е.");
    - after dotted acronyms ("U.S.", "a.m.") and ambiguous abbreviations ("Inc.", "etc.", "г.") it ends
      only when the next word is a listed sentence opener ("The", "He", "Он", "Le", "Der"), so never
      before a proper name or a number ("the U.S. Army", "the U.S. 2016 election");
    - before a digit it ends unless a number-taking abbreviation precedes ("No. 5", "p. 12"): a number
      may open a sentence ("in 2014. 15 died");
    - after a single capital letter (an initial: "J. Doe", "В. Путин") it ends only before a listed opener
      of two letters or more;
    - after a 1-2 digit number it does not end before a month name ("3. März") or when the number opens
      the paragraph (a numbered item).
    """
    paragraphs = doc.layer(PARAGRAPH) or find_paragraphs(doc, settings=settings)
    return _sentences_in(doc.text, paragraphs, doc.layer(HEADLINE))


def annotate_segments(doc: Document, *, settings: Settings) -> None:
    """Add the ``paragraph`` and ``sentence`` layers (after anatomy, which marks the headline)."""
    paragraphs = find_paragraphs(doc, settings=settings)
    doc.add(paragraphs)
    doc.add(_sentences_in(doc.text, paragraphs, doc.layer(HEADLINE)))


# -- tokens ----------------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐΑ-Ω"
_WORD_PART = r"(?:\d+(?:[.,]\d+)+|[^\W_]+)"




@cache
def _token_pattern() -> re.Pattern[str]:
    rules = _rules()

    # Every abbreviation-like branch sits behind one look-behind (a token start) and one cheap look-ahead
    # (a short run of letters, then "." or "-"), so ordinary words skip them after two tests.
    return re.compile(
        rf"(?<![^\W_])(?=[^\W\d_]{{1,8}}[.-])(?:"
        rf"(?:{trie_pattern(rules.no_break | rules.ambiguous)})\.(?![^\W_])"  # "Dr.", "etc."
        rf"|(?:{trie_pattern(rules.before_number)})\.(?=[ \t\u00a0]?\d)"  # "No." before "5"
        r"|[^\W\d_](?:\.[^\W\d_])+\.?(?![^\W_])"  # "U.S.", "e.g.", "т.е.", "z.B."
        rf"|[{_UPPER}]\.(?=[ \t\u00a0]?[{_UPPER}])"  # an initial: "J." before "Doe"
        r")"
        rf"|{_WORD_PART}(?:[-‐'’]{_WORD_PART})*"  # words, "it’s", "d’État", "well-known", "2,000", "1.5"
        r"|\.{2,}"  # an ellipsis typed as dots
        r"|[^\w\s]|_"  # any other punctuation mark or symbol, one character each
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the word and punctuation tokens of ``text[start:end]``.

    Words keep inner hyphens and apostrophes ("it’s", "d’État"), numbers their separators ("2,000",
    "1.5"), listed abbreviations and dotted acronyms their periods ("Dr.", "U.S."), initials their period
    ("J." before a capitalised word). Every other non-space character is a token of its own.
    """
    pattern = _token_pattern()
    if end is None:
        end = len(text)
    return [m.span() for m in pattern.finditer(text, start, end)]
