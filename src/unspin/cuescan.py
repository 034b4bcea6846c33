"""One pass over a document's lower-cased text for the cue words of both the actors and the quotes stage.

The actors stage looks for its cue words (role nouns, titles, organisation types: ``actors._scan_cues``) and
the quotes stage for its cue phrases (speech verbs, "according to": ``quotes.context.Context``), each with a
big alternation tried at every word start of the same lower-cased text. Most of the cost of such a scan is
entering the pattern at each of those ~1,500 positions, not the alternation itself; one pattern that tries
both alternations at each position costs three quarters of the two scans.

The combined scan finds exactly what the two scans find (``merged_pattern`` says why and checks what that
rests on). The actors stage runs it and keeps the quotes stage's matches for the same text, which the
quotes stage picks up a moment later (:func:`quote_cues`); a text read only by the quotes stage, or whose
lists do not allow the combined scan, is scanned the usual way.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["merged_pattern", "quote_cues", "scan"]

# The quotes stage's word edge: letters, digits, hyphens and apostrophes glue to a word (see its lexicon).
_QUOTE_WORD = re.compile(r"[\w\-'’]")
# Matches all of text[pos:endpos]: it turns a kept span into the re.Match the quotes stage reads.
_SPAN = re.compile(r".+", re.DOTALL)


@cache
def merged_pattern(actor_trie: str, actor_words: frozenset[str], quote_trie: str,
                   quote_phrases: frozenset[str]) -> re.Pattern[str] | None:
    """The combined scan for the actors' lower-case cue words (``actor_trie`` over ``actor_words``) and the
    quotes stage's cue phrases (``quote_trie`` over ``quote_phrases``), or None when the lists do not allow it.

    Group 1 is a quote cue (inside a look-ahead, so that it may overlap an actor cue), group 2 or 3 an actor
    cue. The two scans it replaces:

    - actors: ``[\\W_](actor_trie)(?![^\\W_])`` over the lower-cased text from some position;
    - quotes: ``(?<![\\w\\-'’])(?:quote_trie)(?![\\w\\-'’])`` over the same text from its start.

    At each character outside words the combined pattern tries a quote cue right after it (when that
    character is no hyphen, apostrophe or underscore: the quote scan's look-behind), then an actor cue there,
    as the actor scan does. An actor cue is consumed as the actor scan consumes it; a quote cue is not, so the
    caller drops a quote cue that starts inside the previous one, as the quote scan would never have tried it.
    Same matches, on two conditions checked here: every quote phrase starts and ends with a letter or digit
    (so a quote cue starts right after a character outside words, and the quote scan never starts a cue
    where its previous one ended), and every actor cue word is made of letters, digits, hyphens and
    apostrophes (so no quote cue can start inside an actor cue, where the combined scan does not look).
    A quote cue at the very start of the text has no character before it: the caller matches it on its own.
    """
    if not quote_phrases or not actor_words:
        return None
    if not all(p[:1].isalnum() and p[-1:].isalnum() for p in quote_phrases):
        return None
    if not all(_QUOTE_WORD.fullmatch(c) for w in actor_words for c in w):
        return None
    actor = rf"({actor_trie})(?![^\W_])"
    lead = rf"[{_not_alnum_bmp()}\W_]"  # [\W_], tested faster (see _not_alnum_bmp)
    return re.compile(rf"{lead}(?:(?<![_\-'’])(?=((?:{quote_trie})(?![\w\-'’])))(?:{actor})?|{actor})")


@cache
def _not_alnum_bmp() -> str:
    """The characters of the Basic Multilingual Plane that are no letter or digit, as a character class body.

    The combined scan is led by ``[\\W_]``, which the regex engine tests at every character of the text with
    Unicode category look-ups (four of them for a space or a comma). Listed before ``\\W_`` in the same class,
    these ranges are compiled into a bitmap that says yes to spaces and punctuation at once; ``\\W_`` still
    answers for the rest (letters and digits, and characters beyond the plane), so the class is the same set.
    A tenth of the scan's time. Built once (about 10 ms) with the regex engine's own word class, so that the
    two agree in every Python version.
    """
    plane = "".join(map(chr, range(0x10000)))
    ranges = []
    at = 0
    for m in _ALNUM_RUN.finditer(plane):
        if m.start() > at:
            ranges.append((at, m.start() - 1))
        at = m.end()
    if at < len(plane):
        ranges.append((at, len(plane) - 1))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_ALNUM_RUN = re.compile(r"[^\W_]+")


# The quote cues of the last text scanned: (text, the quotes pattern they are for, their spans).
_KEPT: list[tuple[str, re.Pattern[str], list[tuple[int, int]]]] = []


def scan(text: str, low: str, pos: int, merged: re.Pattern[str], quotes: re.Pattern[str]) -> list[tuple[int, int]]:
    """The actor cues of ``merged`` in ``low`` (``text`` lower-cased) from ``pos`` on, as (start, end).

    Keeps the quote cues of the whole text for :func:`quote_cues` (``quotes``: the quote scan's own pattern,
    which finds a cue at the start of the text). ``pos`` must be 0 or the end of an actor cue word at the
    start of the text: no quote cue can start before it but at 0 (see ``merged_pattern``).
    """
    actor: list[tuple[int, int]] = []
    quote: list[tuple[int, int]] = []
    first = quotes.match(low)
    quote_end = 0
    if first is not None:
        quote.append(first.span())
        quote_end = first.end()
    for m in merged.finditer(low, pos):
        s = m.start(1)
        if s >= quote_end:  # -1 when no quote cue starts here
            quote_end = m.end(1)
            quote.append((s, quote_end))
        s = m.start(2)
        if s >= 0:
            actor.append((s, m.end(2)))
        else:
            s = m.start(3)
            if s >= 0:
                actor.append((s, m.end(3)))
    _KEPT[:] = [(text, quotes, quote)]
    return actor


def quote_cues(text: str, low: str, quotes: re.Pattern[str]) -> list[re.Match[str]] | None:
    """``list(quotes.finditer(low))`` when the actors stage scanned ``text`` (the same object) for the cues
    of ``quotes`` a moment ago, else None. The matches are rebuilt over the kept spans: the same start, end
    and text."""
    if not _KEPT:
        return None
    kept_text, kept_quotes, spans = _KEPT[0]
    if kept_text is not text or kept_quotes is not quotes:
        return None
    out = []
    for s, e in spans:
        m = _SPAN.match(low, s, e)
        assert m is not None  # a cue is never empty
        out.append(m)
    return out
