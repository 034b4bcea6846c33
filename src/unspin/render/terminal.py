"""The terminal view of an analysed document (Rich): a header, the text with its layers styled, the actors,
who said what, the machine-translation evidence, and how the article persuades (the technique profile, the
paragraphs with the most technique evidence, and every technique span numbered with its class and score).

Every string from the document goes through :class:`rich.text.Text` (never through console markup), and
through :func:`~unspin.render.printable.terminal_text`, so neither ``[bold]`` in an article nor an escape
sequence in a file name can change the view. When the output is not a terminal Rich writes no colour codes;
the header and the evidence table still say everything the colours say.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from unspin.document import (
    BYLINE,
    DATELINE,
    HEADLINE,
    MENTION,
    MT_SIGNAL,
    QUOTE,
    REPEATED,
    SENTENCE,
    TECHNIQUE,
    TIMESTAMP,
    Document,
    Span,
)
from unspin.render.printable import printable, terminal_text
from unspin.render.profile import (
    CAVEAT,
    ParagraphRow,
    TechniqueProfile,
    technique_overview,
    technique_profile,
    technique_spans,
)
from unspin.render.segments import split_segments
from unspin.render.speakers import (
    CUE,
    UNNAMED,
    QuoteRow,
    SpeakerGroup,
    actor_rows,
    cue_and_speaker_spans,
    one_line,
    shorten_middle,
    who_said_what,
)
from unspin.render.summary import DEFAULT_LAYERS, Summary, summarize

__all__ = ["DEFAULT_LAYERS", "LAYER_STYLES", "QUOTE_STYLES", "highlighted_text", "print_document",
           "render_document"]

# One look per layer, chosen so that nested layers stay distinguishable: attributes (bold, italic, strike,
# underline, reverse) survive a terminal without colour, colours add to them where there is colour.
LAYER_STYLES: dict[str, Style] = {
    HEADLINE: Style(bold=True),
    REPEATED: Style(dim=True, strike=True),
    DATELINE: Style(reverse=True, color="cyan"),
    BYLINE: Style(italic=True, color="green"),
    TIMESTAMP: Style(color="magenta"),
    "paragraph": Style(overline=True),
    MT_SIGNAL: Style(underline=True, bold=True, color="dark_orange"),
    QUOTE: Style(italic=True, color="green"),
    MENTION: Style(underline=True, color="bright_blue"),
    TECHNIQUE: Style(color="red", underline=True),
}
# A quote's look depends on its kind; its cue is bold, so that "— said" stands out from what was said.
# Without colour, direct and reported quotes are both italic: the "Who said what" list names the kind.
QUOTE_STYLES: dict[str, Style] = {
    "direct": Style(italic=True, color="green"),
    "reported": Style(italic=True, color="cyan"),
    CUE: Style(bold=True),
}
# Sentences alternate between two backgrounds so that where one ends and the next begins is visible.
_SENTENCE_STYLES = (Style(bgcolor="grey19"), Style(bgcolor="grey30"))
_OTHER_STYLE = Style(underline=True)
_LEVEL_COLOURS = {"low": "green", "medium": "yellow", "high": "red"}
_BAR_CELLS = 10
# Below this many columns the evidence is listed rather than tabled.
_NARROW = 70
# A quote in the "who said what" list is cut in the middle beyond this many characters (its offsets, shown
# beside it, always cover the whole quote): about three lines of a wide table's quote column.
_QUOTE_CHARS = 140
# The actors and quotes tables have six or seven columns, three of them free text: below this width their
# cells fold words mid-way, so the two sections are listed instead (the list reads well at 80 columns).
_WIDE = 100
_NAME_CELLS = 24
_PHRASE_CELLS = 20
_NONE = "—"
# Technique evidence is cut in the middle beyond this many characters (its offsets cover all of it); a
# paragraph is shown by its opening words only, enough to find it in the text above.
_EVIDENCE_CHARS = 120
_OPENING_CHARS = 90
# How many paragraphs "the most technique evidence" lists: the few worth reading first, not a second copy
# of the text.
_TOP_PARAGRAPHS = 3


def _style_of(span: Span) -> Style:
    if span.layer == QUOTE:
        return QUOTE_STYLES.get(span.label or "", LAYER_STYLES[QUOTE])
    return LAYER_STYLES.get(span.layer, _OTHER_STYLE)


def _span_styles(doc: Document, layers: Collection[str]) -> tuple[list[Span], dict[int, Style]]:
    """The spans to highlight and the style of each (keyed by ``id(span)``: spans are not hashable)."""
    chosen = [s for s in doc.spans if s.layer in layers]
    if QUOTE in layers or MENTION in layers:
        chosen.extend(s for s in cue_and_speaker_spans(doc) if s.layer in layers)
    styles: dict[int, Style] = {}
    for i, span in enumerate(s for s in sorted(chosen, key=lambda s: s.start) if s.layer == SENTENCE):
        styles[id(span)] = _SENTENCE_STYLES[i % 2]
    for span in chosen:
        if id(span) not in styles:
            styles[id(span)] = _style_of(span)
    return chosen, styles


def highlighted_text(doc: Document, layers: Collection[str] = DEFAULT_LAYERS) -> Text:
    """The article's text with the spans of ``layers`` styled; overlapping spans combine their styles.

    With the ``quote`` layer, quotes are styled by kind and their cues bold; with ``mention``, mentions and
    the speaker phrases of quotes (pronouns included) are underlined.
    """
    spans, styles = _span_styles(doc, layers)
    text = doc.text
    out = Text()
    for seg in split_segments(text, spans):
        piece = terminal_text(text[seg.start:seg.end], next_char=text[seg.end:seg.end + 1])
        if not piece:
            continue
        if seg.spans:
            out.append(piece, style=Style.combine(styles[id(s)] for s in seg.spans))
        else:
            out.append(piece)
    out.rstrip()
    return out


def _one_line(value: object, style: str | Style = "") -> Text:
    return Text(printable(value), style=style)


def _score_bar(score: float, level: str) -> Text:
    filled = max(0, min(_BAR_CELLS, round(score * _BAR_CELLS)))
    colour = _LEVEL_COLOURS.get(level, "")
    bar = Text()
    bar.append(f"{score:.2f} ", style="bold")
    bar.append(level, style=f"bold {colour}")
    bar.append("  ")
    bar.append("█" * filled, style=colour)
    bar.append("░" * (_BAR_CELLS - filled), style="dim")
    return bar


def _header(summary: Summary, profile: TechniqueProfile) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")

    def row(name: str, value: Text) -> None:
        grid.add_row(Text(name), value)

    row("source", _one_line(summary.source or "(none)"))
    row("id", _one_line(summary.short_id))
    if summary.language:
        lang = _one_line(summary.language)
        if summary.language_score is not None:
            lang.append(f" ({summary.language_score:.2f})", style="dim")
        row("language", lang)
    if summary.mt_score is not None and summary.mt_level is not None:
        row("MT score", _score_bar(summary.mt_score, summary.mt_level))
    if summary.mt_signals:
        row("signals", _one_line(", ".join(f"{label} ×{n}" for label, n in summary.mt_signals)))
    elif summary.mt_score is not None:
        row("signals", Text("none", style="dim"))
    if summary.headline is not None:
        row("headline", _one_line(summary.headline, "bold"))
    parts = summary.dateline_parts()
    if summary.dateline_text is not None:
        value = _one_line(summary.dateline_text)
        if parts:
            value.append("\n")
            value.append(printable(" / ".join(f"{k} {v}" for k, v in parts)), style="dim")
        row("dateline", value)
    if summary.wire and ("wire", summary.wire) not in parts:
        row("wire", _one_line(summary.wire))
    for byline in summary.bylines:
        row("byline", _one_line(byline, "italic"))
    for stamp in summary.timestamps:
        row("timestamp", _one_line(stamp))
    row("structure", Text(f"{summary.paragraphs} paragraphs, {summary.sentences} sentences, "
                          f"{summary.length} characters"))
    for rep in summary.repeats:
        what = f"line {rep.line} repeats line {rep.of_line}" if rep.of_line else f"line {rep.line} repeated"
        if rep.kind:
            what += f" ({rep.kind})"
        row("repeated", _one_line(what))
    overview = technique_overview(profile)
    if overview is not None:
        row("techniques", _one_line(overview))
    return Panel(grid, title=Text("unspin"), title_align="left", box=box.ROUNDED)


def _legend(doc: Document, layers: Sequence[str]) -> Text:
    present = {s.layer for s in doc.spans}
    legend = Text("layers: ", style="dim")
    shown = [name for name in layers if name in present]
    for i, name in enumerate(shown):
        if i:
            legend.append(" ")
        if name == QUOTE:
            # One word per look, so the legend explains every style the text uses for quotes.
            legend.append("quote:", style="dim")
            for label in ("direct", "reported", CUE):
                legend.append(" ")
                legend.append(label, style=QUOTE_STYLES[label])
            continue
        style = _SENTENCE_STYLES[0] if name == SENTENCE else LAYER_STYLES.get(name, _OTHER_STYLE)
        legend.append(name, style=style)
    if not shown:
        legend.append("none of the chosen layers found", style="dim")
    return legend


class _EvidenceTable:
    """The machine-translation evidence: a table where there is room, a list in a narrow terminal (a table's
    evidence column would shrink to a few letters a line)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._signals = doc.layer(MT_SIGNAL)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        doc = self._doc
        if not self._signals:
            yield Text("No machine-translation signals.", style="dim")
            return
        if options.max_width < _NARROW:
            yield Text("Machine-translation evidence", style="italic")
            for i, span in enumerate(self._signals, 1):
                head = Text(f"{i}. ")
                head.append(printable(span.label or ""), style="bold")
                head.append(f"  {span.start}–{span.end}", style="dim")
                if span.score is not None:
                    head.append(f"  weight {span.score:.2f}", style="dim")
                yield head
                yield Padding(_one_line(doc.evidence(span), LAYER_STYLES[MT_SIGNAL]), (0, 0, 0, 3))
            return
        table = Table(title="Machine-translation evidence", title_justify="left", box=box.SIMPLE_HEAD,
                      show_edge=False, pad_edge=False)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("signal", overflow="fold", ratio=1)
        table.add_column("evidence", overflow="fold", ratio=3)
        table.add_column("at", justify="right", no_wrap=True)
        table.add_column("weight", justify="right", no_wrap=True)
        for i, span in enumerate(self._signals, 1):
            weight = "" if span.score is None else f"{span.score:.2f}"
            table.add_row(Text(str(i)), _one_line(span.label or ""), _one_line(doc.evidence(span)),
                          Text(f"{span.start}–{span.end}"), Text(weight))
        yield table


class _ActorsTable:
    """The people and organisations: a table where there is room, a list in a narrow terminal."""

    def __init__(self, doc: Document) -> None:
        self._rows = actor_rows(doc)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self._rows:
            yield Text("No actors found.", style="dim")
            return
        if options.max_width < _WIDE:
            yield Text("Actors", style="italic")
            for row in self._rows:
                head = Text(f"{row.actor.id} ", style="dim")
                head.append(printable(row.actor.name), style="bold")
                head.append(f"  {row.actor.kind} · {_count(row.mentions, 'mention')} · "
                            f"{_count(row.quotes, 'quote')}", style="dim")
                yield head
                if row.actor.role:
                    yield Padding(_one_line(f"role: {row.actor.role}"), (0, 0, 0, 3))
                if row.variants:
                    yield Padding(_one_line(f"also: {', '.join(row.variants)}"), (0, 0, 0, 3))
            return
        table = Table(title="Actors", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                      pad_edge=False)
        table.add_column("id", style="dim", no_wrap=True)
        # Names take the width they need up to a cap; the free text of roles and variants shares the rest.
        table.add_column("name", overflow="fold", max_width=_NAME_CELLS)
        table.add_column("kind", no_wrap=True)
        table.add_column("role", overflow="fold", ratio=3)
        table.add_column("variants", overflow="fold", ratio=2)
        table.add_column("mentions", justify="right", no_wrap=True)
        table.add_column("quotes", justify="right", no_wrap=True)
        for row in self._rows:
            table.add_row(Text(row.actor.id), _one_line(row.actor.name, "bold"), Text(row.actor.kind),
                          _one_line(row.actor.role) if row.actor.role else Text(_NONE, style="dim"),
                          _one_line(", ".join(row.variants)) if row.variants else Text(_NONE, style="dim"),
                          Text(str(row.mentions)), Text(str(row.quotes)))
        yield table


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {noun}es" if noun.endswith("s") else f"{n} {noun}s"


def _group_head(group: SpeakerGroup) -> Text:
    head = Text()
    if group.speaker is None:
        head.append(UNNAMED, style="bold italic")
        head.append(" · ", style="dim")
    else:
        head.append(printable(group.name), style="bold")
        head.append(f" {group.speaker} · ", style="dim")
        if group.actor is not None:
            head.append(f"{group.actor.kind} · ", style="dim")
    head.append(_count(len(group.quotes), "quote"), style="dim")
    return head


def _quote_text(row: QuoteRow) -> Text:
    return _one_line(shorten_middle(one_line(row.text), _QUOTE_CHARS), QUOTE_STYLES.get(row.kind, ""))


def _phrase(value: str | None, style: str | Style = "") -> Text:
    return Text(_NONE, style="dim") if value is None else _one_line(one_line(value), style)


def _quoted(value: str | None, style: str | Style = "") -> Text:
    """A phrase of the article inside typographic quotes, so that a bare ":" cue still reads as a cue."""
    if value is None:
        return Text(_NONE, style="dim")
    out = Text("“", style="dim")
    out.append_text(_phrase(value, style))
    out.append("”", style="dim")
    return out


def _width(values: list[str], header: str, cap: int) -> int:
    return min(cap, max([len(header), *(len(v) for v in values)]))


class _WhoSaidWhat:
    """The quotes grouped by speaker: for each, its kind, cue, the speaker as written ("He", "the
    General"), offsets and text; a table per speaker where there is room, a list in a narrow terminal."""

    def __init__(self, doc: Document) -> None:
        self._groups = who_said_what(doc)

    def _list(self, group: SpeakerGroup) -> Table:
        # A grid gives each quote a hanging indent: wrapped lines stay right of the number.
        grid = Table.grid(padding=(0, 1), pad_edge=False)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(overflow="fold")
        for i, row in enumerate(group.quotes, 1):
            body = Text()
            body.append(row.kind, style=QUOTE_STYLES.get(row.kind, ""))
            body.append(" · cue ", style="dim")
            body.append_text(_quoted(row.cue_text, "bold"))
            body.append(" · by ", style="dim")
            body.append_text(_quoted(row.speaker_text))
            body.append(f" · {row.span.start}–{row.span.end}", style="dim")
            body.append("\n")
            body.append_text(_quote_text(row))
            grid.add_row(Text(f"{i}.", style="dim"), body)
        return grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self._groups:
            yield Text("No quotes found.", style="dim")
            return
        yield Text("Who said what", style="italic")
        rows = [row for group in self._groups for row in group.quotes]
        # One width per column for every speaker's table, so that the tables line up under each other.
        cue_w = _width([one_line(r.cue_text or _NONE) for r in rows], "cue", _PHRASE_CELLS)
        who_w = _width([one_line(r.speaker_text or _NONE) for r in rows], "speaker", _PHRASE_CELLS)
        at_w = _width([f"{r.span.start}–{r.span.end}" for r in rows], "at", 20)
        narrow = options.max_width < _WIDE
        for group in self._groups:
            yield _group_head(group)
            if narrow:
                yield Padding(self._list(group), (0, 0, 0, 1))
                continue
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
            table.add_column("#", justify="right", style="dim", no_wrap=True, width=len(str(len(rows))))
            table.add_column("kind", no_wrap=True, width=len("reported"))
            table.add_column("cue", overflow="fold", width=cue_w)
            table.add_column("speaker", overflow="fold", width=who_w)
            table.add_column("at", justify="right", no_wrap=True, width=at_w)
            table.add_column("quote", overflow="fold", ratio=1)
            for i, row in enumerate(group.quotes, 1):
                table.add_row(Text(str(i)), Text(row.kind, style=QUOTE_STYLES.get(row.kind, "")),
                              _phrase(row.cue_text, "bold"), _phrase(row.speaker_text),
                              Text(f"{row.span.start}–{row.span.end}"), _quote_text(row))
            yield Padding(table, (0, 0, 0, 2))


def _evidence(text: str, limit: int = _EVIDENCE_CHARS) -> Text:
    """A piece of the article on one line, cut in the middle when long. Not put inside quote marks: the
    evidence often starts or ends with the article's own, and doubled marks read as a different text."""
    return _one_line(shorten_middle(one_line(text), limit), LAYER_STYLES[TECHNIQUE])


def _density(value: float | None) -> str:
    return _NONE if value is None else f"{value:.1f}"


class _Persuasion:
    """How the article persuades: the technique profile (per class: count, density, strongest evidence),
    the paragraphs with the most technique evidence, and every technique span numbered with class and score.
    A table where there is room, a list in a narrow terminal."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._profile = technique_profile(doc)
        self._spans = technique_spans(doc)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        profile = self._profile
        yield Text("How it persuades", style="italic")
        if profile.status == "absent" and not self._spans:
            yield Text("No technique analysis in this document.", style="dim")
            return
        if profile.status == "skipped":
            yield _one_line(f"Not analysed: {profile.reason}", "dim")
            return
        yield Text(CAVEAT, style="dim")
        facts = [f"model {profile.model}" if profile.model else "",
                 _count(profile.words, "word") if profile.words is not None else "",
                 _count(len(self._spans), "technique span")]
        yield _one_line(" · ".join(f for f in facts if f), "dim")
        narrow = options.max_width < _WIDE
        if profile.status == "done":
            yield Text()
            yield from self._classes(narrow)
            if profile.missing and profile.classes:
                missing = Table.grid(padding=(0, 1), pad_edge=False)
                missing.add_column(no_wrap=True)
                missing.add_column(overflow="fold")
                missing.add_row(Text("not found", style="dim"), _one_line(", ".join(profile.missing), "dim"))
                yield missing
            top = profile.top_paragraphs(_TOP_PARAGRAPHS)
            if top:
                yield Text()
                yield Text("Paragraphs with the most technique evidence", style="italic")
                yield self._paragraphs(top)
        if self._spans:
            yield Text()
            yield from self._span_list(narrow)

    def _classes(self, narrow: bool) -> RenderResult:
        rows = self._profile.classes
        if not rows:
            yield Text("No technique spans found.", style="dim")
            return
        if narrow:
            for row in rows:
                head = _one_line(row.name, "bold")
                head.append(f"  ×{row.count} · {_density(row.per_1000)} per 1,000 words", style="dim")
                yield head
                best = row.strongest
                if best is not None:
                    body = Text("strongest ", style="dim")
                    if best.score is not None:
                        body.append(f"{best.score:.2f} ", style="bold")
                    body.append(f"at {best.start}–{best.end}", style="dim")
                    body.append("\n")
                    body.append_text(_evidence(best.text))
                    yield Padding(body, (0, 0, 0, 3))
            return
        table = Table(title="Technique profile", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                      pad_edge=False)
        table.add_column("class", no_wrap=True)
        table.add_column("count", justify="right", no_wrap=True)
        table.add_column("per 1,000 words", justify="right", no_wrap=True)
        table.add_column("strongest evidence", overflow="fold", ratio=1)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("at", justify="right", no_wrap=True)
        for row in rows:
            ev = row.strongest
            table.add_row(_one_line(row.name, "bold"), Text(str(row.count)), Text(_density(row.per_1000)),
                          Text(_NONE, style="dim") if ev is None else _evidence(ev.text),
                          Text("" if ev is None or ev.score is None else f"{ev.score:.2f}"),
                          Text("" if ev is None else f"{ev.start}–{ev.end}"))
        yield table

    def _paragraphs(self, top: list[ParagraphRow]) -> Table:
        grid = Table.grid(padding=(0, 1), pad_edge=False)
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(overflow="fold")
        for i, para in enumerate(top, 1):
            body = Text()
            body.append(para.name, style="bold")
            body.append(f" · line {para.line} · {para.start}–{para.end} · {_count(para.words, 'word')} · "
                        f"{_count(para.total, 'span')} · {_density(para.per_1000)} per 1,000 words",
                        style="dim")
            body.append("\n")
            body.append(printable(", ".join(f"{name} ×{n}" for name, n in para.counts)))
            body.append("\n")
            body.append_text(_one_line(shorten_middle(one_line(para.text), _OPENING_CHARS), "italic"))
            grid.add_row(Text(f"{i}.", style="dim"), body)
        return grid

    def _span_list(self, narrow: bool) -> RenderResult:
        doc = self._doc
        if narrow:
            yield Text("Technique spans", style="italic")
            grid = Table.grid(padding=(0, 1), pad_edge=False)
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column(overflow="fold")
            for i, span in enumerate(self._spans, 1):
                body = _one_line(span.label or _NONE, "bold")
                if span.score is not None:
                    body.append(f" · {span.score:.2f}")
                body.append(f" · {span.start}–{span.end}", style="dim")
                body.append("\n")
                body.append_text(_evidence(doc.evidence(span)))
                grid.add_row(Text(f"{i}.", style="dim"), body)
            yield grid
            return
        table = Table(title="Technique spans", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                      pad_edge=False)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("class", no_wrap=True)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("at", justify="right", no_wrap=True)
        table.add_column("evidence", overflow="fold", ratio=1)
        for i, span in enumerate(self._spans, 1):
            table.add_row(Text(str(i)), _one_line(span.label or _NONE),
                          Text("" if span.score is None else f"{span.score:.2f}"),
                          Text(f"{span.start}–{span.end}"), _evidence(doc.evidence(span)))
        yield table


def render_document(doc: Document, *, layers: Sequence[str] | None = None) -> Group:
    """The whole view of one document as a Rich renderable: header, highlighted text, actors, who said
    what, machine-translation evidence, how it persuades."""
    chosen = tuple(DEFAULT_LAYERS if layers is None else layers)
    return Group(
        _header(summarize(doc), technique_profile(doc)),
        _legend(doc, chosen),
        Rule(style="dim"),
        highlighted_text(doc, chosen),
        Rule(style="dim"),
        _ActorsTable(doc),
        Text(),
        _WhoSaidWhat(doc),
        Text(),
        _EvidenceTable(doc),
        Text(),
        _Persuasion(doc),
    )


def print_document(console: Console, doc: Document, *, layers: Sequence[str] | None = None) -> None:
    """Print :func:`render_document` and a blank line after it (several documents follow each other)."""
    console.print(render_document(doc, layers=layers))
    console.print()
