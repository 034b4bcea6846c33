"""Who said what, computed once from the document for every view: the actors with their counts, the
quotes grouped by speaker, and the render-only spans (cues, speaker phrases) the views draw in the text.

The quotes stage records a quote's cue and speaker phrase as ``[start, end]`` attributes, not as spans of
their own; the views still want to style them in the text, so :func:`cue_and_speaker_spans` turns them into
:class:`~unspin.document.Span` objects that exist only while rendering (they never enter ``doc.spans``).

Values are raw (as found in the document) except where a function says it shortens them for display; each
view makes them safe for its medium.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from unspin.document import MENTION, QUOTE, Actor, Document, Span

__all__ = [
    "CUE",
    "SPEAKER",
    "UNNAMED",
    "ActorRow",
    "QuoteRow",
    "SpeakerGroup",
    "actor_rows",
    "cue_and_speaker_spans",
    "one_line",
    "shorten_middle",
    "who_said_what",
]

# Labels of the render-only spans: a cue is drawn with the quote layer (it belongs to a quote), a speaker
# phrase with the mention layer (it names an actor, even when it is a pronoun the actors stage skips).
CUE = "cue"
SPEAKER = "speaker"
UNNAMED = "(unnamed source)"

_WHITESPACE = re.compile(r"\s+")
_ELLIPSIS = " … "
# How far a cut may move to fall between two words rather than inside one.
_WORD_SLACK = 15


def one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks included) shown as one space: a quote that runs
    over two paragraphs reads as one line in a table. Display only; offsets always refer to the original."""
    return _WHITESPACE.sub(" ", text).strip()


def shorten_middle(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters by dropping its middle for `` … ``: a quote's opening
    and its end say more about it than its first ``limit`` characters alone. Cuts fall between words when
    a word boundary is near (a heuristic: within :data:`_WORD_SLACK` characters)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    if limit < 8:
        return text[:limit - 1] + "…"
    # The opening gets two thirds: it carries the claim, the end mostly its qualification or attribution.
    keep = limit - len(_ELLIPSIS)
    head_len = (2 * keep + 2) // 3
    tail_len = keep - head_len
    head = text[:head_len]
    # Move a cut that falls inside a word back (or forward) to the nearest space, unless it is on one.
    if not text[head_len].isspace() and (cut := head.rfind(" ", head_len - _WORD_SLACK)) > 0:
        head = head[:cut]
    tail_at = len(text) - tail_len
    tail = text[tail_at:] if tail_len else ""
    if tail and not text[tail_at - 1].isspace() and (cut := tail.find(" ", 0, _WORD_SLACK)) >= 0:
        tail = tail[cut + 1:]
    return head.rstrip() + _ELLIPSIS + tail.lstrip()


def _offsets(value: object, length: int) -> tuple[int, int] | None:
    """A ``[start, end]`` attribute as a pair inside the text, or None when it is absent or malformed (a
    document read from JSON may carry anything; the views must not fail on it)."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = value
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return None
    if not 0 <= start < end <= length:
        return None
    return start, end


def _actor_id(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor as a table shows it: ``variants`` are the written forms other than ``actor.name``."""

    actor: Actor
    variants: list[str]
    mentions: int
    quotes: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as the "who said what" list shows it; ``cue``/``speaker_span`` are checked offsets."""

    span: Span
    kind: str
    speaker: str | None
    cue: tuple[int, int] | None
    cue_text: str | None
    speaker_span: tuple[int, int] | None
    speaker_text: str | None
    text: str


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    """The quotes of one speaker (``speaker`` None: every quote without a resolved speaker)."""

    speaker: str | None
    name: str
    actor: Actor | None
    quotes: list[QuoteRow]


def actor_rows(doc: Document) -> list[ActorRow]:
    """Every actor in ``doc.actors`` order, with how many mention spans and quotes point at it."""
    mentions = Counter(_actor_id(s.attrs.get("actor")) for s in doc.spans if s.layer == MENTION)
    quotes = Counter(_actor_id(s.attrs.get("speaker")) for s in doc.spans if s.layer == QUOTE)
    rows = []
    for actor in doc.actors:
        variants = [v for v in dict.fromkeys(actor.variants) if v != actor.name]
        rows.append(ActorRow(actor=actor, variants=variants, mentions=mentions[actor.id], quotes=quotes[actor.id]))
    return rows


def _quote_row(doc: Document, span: Span) -> QuoteRow:
    n = len(doc.text)
    cue = _offsets(span.attrs.get("cue"), n)
    who = _offsets(span.attrs.get("speaker_span"), n)
    return QuoteRow(
        span=span,
        kind=span.label or QUOTE,
        speaker=_actor_id(span.attrs.get("speaker")),
        cue=cue,
        cue_text=None if cue is None else doc.text[cue[0]:cue[1]],
        speaker_span=who,
        speaker_text=None if who is None else doc.text[who[0]:who[1]],
        text=doc.evidence(span),
    )


def who_said_what(doc: Document) -> list[SpeakerGroup]:
    """The quotes grouped by speaker, speakers in the order of their first quote, quotes in text order.

    Quotes without a speaker form one group named :data:`UNNAMED`; a speaker id that no actor carries is
    shown by its id rather than dropped.
    """
    actors = {a.id: a for a in doc.actors}
    groups: dict[str | None, list[QuoteRow]] = {}
    for span in doc.layer(QUOTE):
        row = _quote_row(doc, span)
        groups.setdefault(row.speaker, []).append(row)
    out = []
    for speaker, rows in groups.items():
        actor = None if speaker is None else actors.get(speaker)
        name = UNNAMED if speaker is None else (actor.name if actor is not None else speaker)
        out.append(SpeakerGroup(speaker=speaker, name=name, actor=actor, quotes=rows))
    return out


def cue_and_speaker_spans(doc: Document) -> list[Span]:
    """Render-only spans for every quote's cue (layer ``quote``, label :data:`CUE`) and for every speaker
    phrase that no mention span already covers exactly (layer ``mention``, label :data:`SPEAKER`: mostly
    pronouns and phrases in headlines). Both carry the quote's speaker, so a view can link them to it."""
    n = len(doc.text)
    mentioned = {(s.start, s.end) for s in doc.spans if s.layer == MENTION}
    seen: set[tuple[str, int, int]] = set()
    out: list[Span] = []
    for span in doc.layer(QUOTE):
        speaker = _actor_id(span.attrs.get("speaker"))
        cue = _offsets(span.attrs.get("cue"), n)
        # Several quotes can share a cue ("X said A and B"): draw it once.
        if cue is not None and (QUOTE, *cue) not in seen:
            seen.add((QUOTE, *cue))
            out.append(Span(cue[0], cue[1], QUOTE, CUE, attrs={"speaker": speaker}))
        who = _offsets(span.attrs.get("speaker_span"), n)
        if who is not None and who not in mentioned and (MENTION, *who) not in seen:
            seen.add((MENTION, *who))
            out.append(Span(who[0], who[1], MENTION, SPEAKER, attrs={"actor": speaker}))
    return out
