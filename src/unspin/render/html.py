"""The HTML view: one self-contained page (inline CSS, a few lines of JS, no external asset).

Every span becomes ``<mark>`` elements carrying ``data-layer``, ``data-label``, ``data-start`` and
``data-end`` and a tooltip; mentions also carry ``data-actor`` and quotes ``data-speaker`` (the actor id).
A quote's cue and speaker phrase are drawn as marks too (``data-label="cue"`` in the quote layer,
``data-label="speaker"`` in the mention layer, when no mention covers the phrase), although they are
attributes of the quote rather than spans of the document.

Because spans may overlap without nesting, the text is cut at every span boundary
(:func:`~unspin.render.segments.split_segments`) and each piece is wrapped in the marks of the spans that
cover it; a span that crosses another is therefore drawn as several marks. With the tags
removed and the entities decoded, the text of ``.unspin-text`` is the document's text exactly (a carriage
return is written ``&#13;`` because HTML parsers turn a raw one into a line feed).

Below the summary, the actors table doubles as a control: clicking an actor marks all its mentions and
quotes in the text. "How it persuades" is the technique profile: per class its count, density and strongest
evidence (clicking the evidence scrolls to it), with a checkbox that highlights that class alone, and the
paragraphs with the most technique evidence; each paragraph with technique spans also gets a marker in the
left margin of the text (an empty element whose number is drawn by CSS, so the text stays exact). Below the
text, "Who said what" lists the quotes by speaker; clicking an offset scrolls to that quote.

:func:`render_document_fragment` is the piece the web app reuses; it needs :data:`STYLE` and :data:`SCRIPT`
once on the page that embeds it.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Collection, Iterable

from unspin import __version__
from unspin.document import LAYERS, MENTION, MT_SIGNAL, QUOTE, SENTENCE, TECHNIQUE, Document, Span
from unspin.render.printable import printable
from unspin.render.profile import (
    CAVEAT,
    TechniqueProfile,
    technique_overview,
    technique_profile,
)
from unspin.render.segments import split_segments
from unspin.render.speakers import (
    CUE,
    SPEAKER,
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

__all__ = ["SCRIPT", "STYLE", "render_document_fragment", "render_html"]

STYLE = """
.unspin-page{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fafafa;
  margin:0 auto;padding:1rem;max-width:62rem}
.unspin-doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
.unspin-doc h2{font-size:1.1rem;margin:0 0 .5rem;overflow-wrap:anywhere}
.unspin-summary{border-collapse:collapse;margin:.5rem 0}
.unspin-summary th{text-align:left;font-weight:600;padding:.15rem .75rem .15rem 0;vertical-align:top;
  white-space:nowrap}
.unspin-summary td{padding:.15rem 0;overflow-wrap:anywhere}
.unspin-dim{color:#666}
.unspin-legend{border:1px solid #e3e3e3;border-radius:4px;margin:.75rem 0;padding:.35rem .75rem}
.unspin-legend label{display:inline-block;margin:.15rem .9rem .15rem 0;cursor:pointer}
.unspin-text{white-space:pre-wrap;overflow-wrap:anywhere;font:1rem/1.65 Georgia,"Times New Roman",serif;
  border-top:1px solid #eee;border-bottom:1px solid #eee;padding:.75rem 0;margin:.5rem 0}
:where(.unspin-text) mark,.unspin-swatch{background:none;color:inherit;padding:0;border-radius:2px}
[data-layer="headline"]{font-weight:700;background:#fff3bf}
[data-layer="repeated"]{text-decoration:line-through;color:#777;background:#f1f3f5}
[data-layer="dateline"]{background:#c5f6fa;outline:1px solid #66d9e8}
[data-layer="byline"]{font-style:italic;background:#d3f9d8}
[data-layer="timestamp"]{background:#eebefa}
[data-layer="paragraph"]{background:#f8f9fa}
[data-layer="sentence"]{background:#e7f5ff}
[data-layer="sentence"].unspin-alt{background:#d0ebff}
[data-layer="mt_signal"]{text-decoration:underline wavy #e8590c;text-decoration-skip-ink:none;
  text-underline-offset:3px;background:#fff4e6}
[data-layer="quote"]{background:#d8f5a2;font-style:italic}
[data-layer="quote"][data-label="reported"]{background:#e5dbff}
[data-layer="quote"][data-label="cue"]{background:none;font-style:normal;font-weight:700;color:#0b7285}
[data-layer="mention"]{text-decoration:underline 2px #4c6ef5;text-underline-offset:3px;color:#364fc7}
[data-layer="mention"][data-label="speaker"]{text-decoration-style:dotted}
/* Translucent, so that overlapping technique spans darken where they pile up and the looks of the layers
   underneath stay visible; the underline sits below the mention and MT underlines. */
[data-layer="technique"]{background:rgba(250,82,82,.16);text-decoration:underline 2px #c92a2a;
  text-underline-offset:6px;text-decoration-skip-ink:none}
.unspin-text mark.unspin-off{background:none;text-decoration:none;font-weight:inherit;font-style:inherit;
  color:inherit;outline:none}
.unspin-text.unspin-margin{position:relative;padding-left:3rem}
.unspin-pmark{position:absolute;left:0;width:2.4rem;text-align:center;font:600 .75rem/1.5 system-ui,sans-serif;
  border-radius:3px;margin-top:.2rem;color:#fff;background:#e8a0a0;user-select:none}
.unspin-pmark::before{content:attr(data-marker)}
.unspin-pmark[data-level="2"]{background:#e03131}
.unspin-pmark[data-level="3"]{background:#a61e1e}
.unspin-note{font-size:.9em;color:#555;margin:.25rem 0 .5rem}
.unspin-techniques input{margin:0}
.unspin-text mark.unspin-focus{background:#ffe066}
.unspin-text mark.unspin-flash{outline:3px solid #f76707}
.unspin-legend .unspin-swatch[data-label]{margin-left:.35rem;font-size:.9em}
.unspin-evidence button{font:inherit;color:#1c3faa;background:none;border:0;padding:0;cursor:pointer;
  text-align:left;text-decoration:underline dotted}
.unspin-evidence button[aria-pressed="true"]{background:#ffe066}
.unspin-evidence tr.unspin-focus td{background:#fff9db}
.unspin-evidence tbody th{text-align:left;padding:.6rem .5rem .2rem;border-bottom:1px solid #ccc}
.unspin-evidence .unspin-kind{white-space:nowrap}
.unspin-evidence{border-collapse:collapse;margin:.5rem 0;width:100%}
.unspin-evidence caption{text-align:left;font-weight:600;padding:.25rem 0}
.unspin-evidence th,.unspin-evidence td{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:left;
  vertical-align:top}
.unspin-evidence td.unspin-num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.unspin-evidence td.unspin-quote{white-space:pre-wrap;overflow-wrap:anywhere}
meter{width:8rem;vertical-align:middle}
/* A phone-width screen: the actors and quotes tables become one block per row, the others scroll. */
@media (max-width:40rem){
  .unspin-actors thead,.unspin-quotes thead{display:none}
  .unspin-actors tr,.unspin-quotes tr,.unspin-quotes tbody th{display:block}
  .unspin-actors tr,.unspin-quotes tr{border-bottom:1px solid #eee;padding:.3rem 0}
  .unspin-actors td,.unspin-quotes td{display:inline-block;border:0;padding:.1rem .5rem .1rem 0}
  .unspin-actors td[data-th]::before,.unspin-quotes td[data-th]::before{content:attr(data-th) " ";color:#666;
    font-weight:400}
  .unspin-actors td[data-th="role"],.unspin-actors td[data-th="also"],.unspin-quotes td:last-child{display:block}
  .unspin-actors td.unspin-empty{display:none}
  .unspin-evidence{display:block;overflow-x:auto}
}
""".strip()

# Delegated to the document, so it also works for fragments the web app inserts later. Actor ids are
# compared as attribute values, never pasted into a selector, so an odd id cannot break or inject one.
SCRIPT = """
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box.matches) return;
  var doc = box.closest(".unspin-doc");
  if (!doc) return;
  var classes = doc.querySelectorAll("input[data-toggle-technique]");
  if (box.matches("input[data-toggle-layer]")) {
    var layer = box.getAttribute("data-toggle-layer");
    doc.querySelectorAll(".unspin-text mark").forEach(function (mark) {
      if (mark.getAttribute("data-layer") === layer) mark.classList.toggle("unspin-off", !box.checked);
    });
    if (layer === "technique") classes.forEach(function (c) { c.checked = box.checked; });
    box.indeterminate = false;
  } else if (box.matches("input[data-toggle-technique]")) {
    var label = box.getAttribute("data-toggle-technique");
    doc.querySelectorAll('.unspin-text mark[data-layer="technique"]').forEach(function (mark) {
      if (mark.getAttribute("data-label") === label) mark.classList.toggle("unspin-off", !box.checked);
    });
    var on = 0;
    classes.forEach(function (c) { if (c.checked) on++; });
    var all = doc.querySelector('input[data-toggle-layer="technique"]');
    if (all) { all.checked = on > 0; all.indeterminate = on > 0 && on < classes.length; }
  }
});
document.addEventListener("click", function (event) {
  var target = event.target;
  if (!target.closest) return;
  var doc = target.closest(".unspin-doc");
  var button = target.closest("[data-focus-actor]");
  if (doc && button) {
    var actor = button.getAttribute("data-focus-actor");
    var again = doc.getAttribute("data-focus") === actor;
    doc.querySelectorAll(".unspin-focus").forEach(function (el) { el.classList.remove("unspin-focus"); });
    doc.querySelectorAll("[data-focus-actor]").forEach(function (el) {
      el.setAttribute("aria-pressed", String(!again && el.getAttribute("data-focus-actor") === actor));
    });
    if (again) { doc.removeAttribute("data-focus"); return; }
    doc.setAttribute("data-focus", actor);
    doc.querySelectorAll("[data-actor],[data-speaker]").forEach(function (el) {
      if (el.getAttribute("data-actor") === actor || el.getAttribute("data-speaker") === actor) {
        el.classList.add("unspin-focus");
      }
    });
    return;
  }
  var go = target.closest("[data-goto]");
  if (doc && go) {
    var start = go.getAttribute("data-goto");
    var layer = go.getAttribute("data-goto-layer") || "quote";
    var end = go.getAttribute("data-goto-end");
    var label = go.getAttribute("data-goto-label");
    var marks = doc.querySelectorAll(".unspin-text mark");
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      if (m.getAttribute("data-layer") !== layer || m.getAttribute("data-start") !== start) continue;
      if (end !== null && m.getAttribute("data-end") !== end) continue;
      if (label !== null ? m.getAttribute("data-label") !== label : m.getAttribute("data-label") === "cue") continue;
      // Evidence of a technique class that is switched off: switch that class on, so it stays visible.
      doc.querySelectorAll("input[data-toggle-technique]").forEach(function (c) {
        if (layer === "technique" && !c.checked && c.getAttribute("data-toggle-technique") === label) {
          c.checked = true;
          c.dispatchEvent(new Event("change", {bubbles: true}));
        }
      });
      var mark = m;
      mark.scrollIntoView({block: "center"});
      mark.classList.add("unspin-flash");
      setTimeout(function () { mark.classList.remove("unspin-flash"); }, 1500);
      break;
    }
  }
});
""".strip()

_LANG_CODE = re.compile(r"[a-z]{2,3}")
_MAX_TOOLTIP_ATTR = 80
_LAYER_RANK = {name: i for i, name in enumerate(LAYERS)}


def _esc(value: object) -> str:
    """Escape for element content and quoted attributes; a raw CR would be read back as LF, so it is a
    character reference."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _esc_line(value: object) -> str:
    """Escape a one-line field (source, label, attribute), with control and bidi characters made visible."""
    return html.escape(printable(value), quote=True)


def _actor_label(names: dict[str, str], actor: object) -> str:
    if not isinstance(actor, str) or not actor:
        return UNNAMED
    name = names.get(actor)
    return f"{name} ({actor})" if name else actor


def _phrase_at(doc: Document, value: object) -> str | None:
    """The text at a ``[start, end]`` attribute, when it is a valid pair of offsets."""
    if isinstance(value, list | tuple) and len(value) == 2 and all(type(v) is int for v in value):
        start, end = value
        if 0 <= start < end <= len(doc.text):
            return doc.text[start:end]
    return None


def _quote_tooltip(doc: Document, span: Span, names: dict[str, str]) -> list[str]:
    """What a reader hovering over a quote wants first: who said it and with which words."""
    speaker = _actor_label(names, span.attrs.get("speaker"))
    if span.label == CUE:
        return [f"cue of a quote by {speaker}"]
    parts = [f"{span.label or 'quote'} quote", f"speaker {speaker}"]
    written = _phrase_at(doc, span.attrs.get("speaker_span"))
    if written is not None:
        parts.append(f"as “{shorten_middle(one_line(written), _MAX_TOOLTIP_ATTR)}”")
    cue = _phrase_at(doc, span.attrs.get("cue"))
    parts.append("no cue (continues an earlier quote)" if cue is None
                 else f"cue “{shorten_middle(one_line(cue), _MAX_TOOLTIP_ATTR)}”")
    return parts


def _technique_tooltip(span: Span) -> str:
    """Class and score first (what the reader hovers for), the two probabilities behind the score, the
    offsets, and a reminder that a model proposed it."""
    parts = [span.label or "technique"]
    if span.score is not None:
        parts.append(f"score {span.score:.2f}")
    for key, name in (("si_score", "span probability"), ("class_probability", "class probability")):
        value = span.attrs.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            parts.append(f"{name} {value:.2f}")
    parts.append(f"{span.start}–{span.end}")
    parts.append("a model's evidence to check")
    return " · ".join(parts)


def _tooltip(doc: Document, span: Span, names: dict[str, str]) -> str:
    if span.layer == TECHNIQUE:
        return _technique_tooltip(span)
    if span.layer == QUOTE:
        parts = _quote_tooltip(doc, span, names)
    elif span.layer == MENTION:
        what = "speaker of a quote" if span.label == SPEAKER else f"mention: {span.label or 'name'}"
        parts = [what, _actor_label(names, span.attrs.get("actor"))]
    else:
        parts = [span.layer if not span.label or span.label == span.layer else f"{span.layer}: {span.label}"]
    if span.score is not None:
        parts.append(f"score {span.score:.2f}")
    if span.layer not in (QUOTE, MENTION):
        for key, value in span.attrs.items():
            if key == "of" and isinstance(value, list | tuple) and len(value) == 2:
                parts.append(f"first at {value[0]}–{value[1]}")
            elif isinstance(value, str | int | float) and not isinstance(value, bool) and value != "":
                parts.append(f"{key} {str(value)[:_MAX_TOOLTIP_ATTR]}")
    parts.append(f"{span.start}–{span.end}")
    return " · ".join(parts)


def _open_tag(doc: Document, span: Span, names: dict[str, str], *, on: bool, alt: bool) -> str:
    classes = " ".join(c for c, flag in (("unspin-off", not on), ("unspin-alt", alt)) if flag)
    attrs = [f'data-layer="{_esc_line(span.layer)}"']
    if span.label is not None:
        attrs.append(f'data-label="{_esc_line(span.label)}"')
    attrs.append(f'data-start="{span.start}" data-end="{span.end}"')
    if span.score is not None:
        attrs.append(f'data-score="{span.score:g}"')
    # The actor links that the click-to-highlight script follows.
    for layer, key, name in ((MENTION, "actor", "data-actor"), (QUOTE, "speaker", "data-speaker")):
        value = span.attrs.get(key)
        if span.layer == layer and isinstance(value, str) and value:
            attrs.append(f'{name}="{_esc_line(value)}"')
    if classes:
        attrs.append(f'class="{classes}"')
    attrs.append(f'title="{_esc_line(_tooltip(doc, span, names))}"')
    return f"<mark {' '.join(attrs)}>"


def _text_html(doc: Document, on_layers: Collection[str], markers: dict[int, str] | None = None) -> str:
    """The text as HTML, every span a mark; marks that go on across a cut are kept open, not reopened.

    ``markers`` maps offsets to elements without text (the paragraph margin markers), written just before
    the character at that offset.
    """
    text = doc.text
    markers = markers or {}
    at = sorted(markers)
    next_marker = 0
    spans = [*doc.spans, *cue_and_speaker_spans(doc)]
    names = {a.id: a.name for a in doc.actors}
    sentences = sorted((s for s in spans if s.layer == SENTENCE), key=lambda s: (s.start, s.end))
    alternate = {id(s) for s in sentences[1::2]}
    tags = {id(s): _open_tag(doc, s, names, on=s.layer in on_layers, alt=id(s) in alternate) for s in spans}
    parts: list[str] = []
    stack: tuple[Span, ...] = ()
    for seg in split_segments(text, spans):
        keep = 0
        while keep < len(stack) and keep < len(seg.spans) and stack[keep] is seg.spans[keep]:
            keep += 1
        parts.append("</mark>" * (len(stack) - keep))
        parts.extend(tags[id(s)] for s in seg.spans[keep:])
        stack = seg.spans
        cut = seg.start
        while next_marker < len(at) and at[next_marker] < seg.end:
            offset = max(at[next_marker], cut)
            parts.append(_esc(text[cut:offset]))
            parts.append(markers[at[next_marker]])
            cut = offset
            next_marker += 1
        parts.append(_esc(text[cut:seg.end]))
    parts.append("</mark>" * len(stack))
    return "".join(parts)


def _row(name: str, value_html: str) -> str:
    return f"<tr><th scope=\"row\">{_esc(name)}</th><td>{value_html}</td></tr>"


def _summary_table(summary: Summary, profile: TechniqueProfile) -> str:
    rows = [_row("source", _esc_line(summary.source or "(none)")),
            _row("id", f'<code title="{_esc(summary.id)}">{_esc(summary.short_id)}</code>')]
    if summary.language:
        score = "" if summary.language_score is None else \
            f' <span class="unspin-dim">({summary.language_score:.2f})</span>'
        rows.append(_row("language", _esc_line(summary.language) + score))
    if summary.mt_score is not None and summary.mt_level is not None:
        value = min(1.0, max(0.0, summary.mt_score))
        rows.append(_row("machine translation",
                         f'<meter min="0" max="1" low="0.4" high="0.7" optimum="0" value="{value:.3f}">'
                         f"{value:.2f}</meter> <strong>{summary.mt_score:.2f}</strong> "
                         f"{_esc(summary.mt_level)}"))
    if summary.mt_signals:
        rows.append(_row("signals", _esc_line(", ".join(f"{k} ×{n}" for k, n in summary.mt_signals))))
    elif summary.mt_score is not None:
        rows.append(_row("signals", '<span class="unspin-dim">none</span>'))
    if summary.headline is not None:
        rows.append(_row("headline", f"<strong>{_esc_line(summary.headline)}</strong>"))
    parts = summary.dateline_parts()
    if summary.dateline_text is not None:
        shown = " / ".join(f"{k} {v}" for k, v in parts)
        detail = f'<br><span class="unspin-dim">{_esc_line(shown)}</span>' if shown else ""
        rows.append(_row("dateline", _esc_line(summary.dateline_text) + detail))
    if summary.wire and ("wire", summary.wire) not in parts:
        rows.append(_row("wire", _esc_line(summary.wire)))
    rows.extend(_row("byline", f"<em>{_esc_line(b)}</em>") for b in summary.bylines)
    rows.extend(_row("timestamp", _esc_line(t)) for t in summary.timestamps)
    rows.append(_row("structure", f"{summary.paragraphs} paragraphs, {summary.sentences} sentences, "
                                  f"{summary.length} characters"))
    for rep in summary.repeats:
        what = f"line {rep.line} repeats line {rep.of_line}" if rep.of_line else f"line {rep.line} repeated"
        if rep.kind:
            what += f" ({rep.kind})"
        rows.append(_row("repeated", _esc_line(what)))
    overview = technique_overview(profile)
    if overview is not None:
        rows.append(_row("techniques", _esc_line(overview)))
    return f'<table class="unspin-summary">{"".join(rows)}</table>'


def _legend_looks(layer: str) -> str:
    """The looks a layer takes by label, shown beside its name so the legend explains every style."""
    labels = {QUOTE: ("direct", "reported", CUE), MENTION: ("name", SPEAKER)}.get(layer, ())
    return "".join(f'<span class="unspin-swatch" data-layer="{layer}" data-label="{label}">{label}</span>'
                   for label in labels)


def _legend(doc: Document, on_layers: Collection[str]) -> str:
    counts: dict[str, int] = {}
    for span in doc.spans:
        counts[span.layer] = counts.get(span.layer, 0) + 1
    if not counts:
        return '<p class="unspin-legend unspin-dim">No spans.</p>'
    items = []
    for layer in sorted(counts, key=lambda name: (_LAYER_RANK.get(name, len(LAYERS)), name)):
        checked = " checked" if layer in on_layers else ""
        items.append(f'<label><input type="checkbox" data-toggle-layer="{_esc_line(layer)}"{checked}> '
                     f'<span class="unspin-swatch" data-layer="{_esc_line(layer)}">{_esc_line(layer)}</span> '
                     f'<span class="unspin-dim">({counts[layer]})</span>{_legend_looks(layer)}</label>')
    return f'<fieldset class="unspin-legend"><legend>Layers</legend>{"".join(items)}</fieldset>'


def _evidence_table(doc: Document) -> str:
    signals = doc.layer(MT_SIGNAL)
    if not signals:
        return '<p class="unspin-dim">No machine-translation signals.</p>'
    rows = []
    for i, span in enumerate(signals, 1):
        weight = "" if span.score is None else f"{span.score:.2f}"
        rows.append(f'<tr><td class="unspin-num">{i}</td><td>{_esc_line(span.label or "")}</td>'
                    f'<td class="unspin-quote">{_esc(doc.evidence(span))}</td>'
                    f'<td class="unspin-num">{span.start}–{span.end}</td>'
                    f'<td class="unspin-num">{weight}</td></tr>')
    return ('<table class="unspin-evidence"><caption>Machine-translation evidence</caption>'
            "<thead><tr><th>#</th><th>signal</th><th>evidence</th><th>at</th><th>weight</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _focus_button(actor_id: str, name: str) -> str:
    return (f'<button type="button" data-focus-actor="{_esc_line(actor_id)}" aria-pressed="false" '
            f'title="Mark every mention and quote of {_esc_line(name)} in the text">{_esc_line(name)}</button>')


def _actors_table(doc: Document) -> str:
    rows = actor_rows(doc)
    if not rows:
        return '<p class="unspin-dim">No actors found.</p>'
    none = '<span class="unspin-dim">—</span>'
    empty = ' class="unspin-empty"'
    body = []
    for row in rows:
        actor = row.actor
        body.append(f'<tr data-actor="{_esc_line(actor.id)}"><td class="unspin-dim">{_esc_line(actor.id)}</td>'
                    f"<td>{_focus_button(actor.id, actor.name)}</td><td>{_esc_line(actor.kind)}</td>"
                    f'<td data-th="role"{empty if not actor.role else ""}>'
                    f'{_esc_line(actor.role) if actor.role else none}</td>'
                    f'<td data-th="also"{empty if not row.variants else ""}>'
                    f'{_esc_line(", ".join(row.variants)) if row.variants else none}</td>'
                    f'<td class="unspin-num" data-th="mentions">{row.mentions}</td>'
                    f'<td class="unspin-num" data-th="quotes">{row.quotes}</td></tr>')
    return ('<table class="unspin-evidence unspin-actors"><caption>Actors '
            '<span class="unspin-dim">(click a name to mark its mentions and quotes)</span></caption>'
            "<thead><tr><th>id</th><th>name</th><th>kind</th><th>role</th><th>variants</th>"
            "<th>mentions</th><th>quotes</th></tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


# A quote in the table is cut in the middle beyond this many characters; its full text is in the tooltip
# (up to _MAX_QUOTE_TITLE) and in the article above, at the offsets shown beside it.
_QUOTE_CHARS = 200
_MAX_QUOTE_TITLE = 2000
_SHORT_CUE = 24


def _quote_row(i: int, row: QuoteRow) -> str:
    none = '<span class="unspin-dim">—</span>'
    shown = one_line(row.text)
    cue = none if row.cue_text is None else f"<strong>{_esc_line(one_line(row.cue_text))}</strong>"
    # A short cue stays on one line: "— said" broken after its dash reads as two cues.
    cue_class = ' class="unspin-kind"' if row.cue_text is not None and len(row.cue_text) <= _SHORT_CUE else ""
    who = none if row.speaker_text is None else _esc_line(one_line(row.speaker_text))
    start, end = row.span.start, row.span.end
    return (f'<tr><td class="unspin-num">{i}</td>'
            f'<td class="unspin-kind"><span class="unspin-swatch" data-layer="quote" '
            f'data-label="{_esc_line(row.kind)}">{_esc_line(row.kind)}</span></td>'
            f'<td{cue_class} data-th="cue">{cue}</td><td data-th="by">{who}</td>'
            f'<td class="unspin-num"><button type="button" data-goto="{start}" '
            f'title="Show this quote in the text">{start}–{end}</button></td>'
            f'<td title="{_esc_line(shorten_middle(shown, _MAX_QUOTE_TITLE))}">'
            f"{_esc_line(shorten_middle(shown, _QUOTE_CHARS))}</td></tr>")


def _group_html(group: SpeakerGroup) -> str:
    if group.speaker is None:
        name = f"<em>{_esc(UNNAMED)}</em>"
        detail = _count(len(group.quotes), "quote")
        speaker_attr = ""
    else:
        name = _focus_button(group.speaker, group.name)
        kind = f"{group.actor.kind} · " if group.actor is not None else ""
        detail = f"{group.speaker} · {kind}{_count(len(group.quotes), 'quote')}"
        speaker_attr = f' data-speaker="{_esc_line(group.speaker)}"'
    head = (f'<tr{speaker_attr}><th colspan="6" scope="rowgroup">{name} '
            f'<span class="unspin-dim">{_esc_line(detail)}</span></th></tr>')
    return f"<tbody>{head}{''.join(_quote_row(i, row) for i, row in enumerate(group.quotes, 1))}</tbody>"


def _quotes_table(doc: Document) -> str:
    groups = who_said_what(doc)
    if not groups:
        return '<p class="unspin-dim">No quotes found.</p>'
    return ('<table class="unspin-evidence unspin-quotes"><caption>Who said what</caption>'
            "<thead><tr><th>#</th><th>kind</th><th>cue</th><th>speaker</th><th>at</th><th>quote</th></tr>"
            f"</thead>{''.join(_group_html(g) for g in groups)}</table>")


# Technique evidence in the profile is cut in the middle beyond this many characters (the full text is in
# the tooltip and, one click away, in the article); a paragraph is shown by its opening words.
_EVIDENCE_CHARS = 160
_OPENING_CHARS = 120
# The paragraph table lists the few paragraphs worth reading first; the margin markers show all of them.
_TOP_PARAGRAPHS = 5
# A margin marker's shade: the paragraph's density as a share of the article's densest paragraph, in thirds.
_MARKER_LEVELS = 3


def _goto(start: int, end: int, layer: str, label: str | None, shown: str, title: str) -> str:
    label_attr = "" if label is None else f' data-goto-label="{_esc_line(label)}"'
    return (f'<button type="button" data-goto="{start}" data-goto-end="{end}" data-goto-layer="{_esc_line(layer)}"'
            f'{label_attr} title="{_esc_line(title)}">{shown}</button>')


def _density(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _profile_table(profile: TechniqueProfile, on: bool) -> str:
    if not profile.classes:
        return '<p class="unspin-dim">No technique spans found.</p>'
    checked = " checked" if on else ""
    rows = []
    for row in profile.classes:
        name = _esc_line(row.name)
        best = row.strongest
        if best is None:
            evidence = score = '<span class="unspin-dim">—</span>'
        else:
            clipped = _esc_line(shorten_middle(one_line(best.text), _EVIDENCE_CHARS))
            evidence = _goto(best.start, best.end, TECHNIQUE, row.name, clipped,
                             f"Show this {row.name} evidence in the text ({best.start}–{best.end})")
            score = "" if best.score is None else f"{best.score:.2f}"
        rows.append(f'<tr data-technique="{name}"><td><input type="checkbox" data-toggle-technique="{name}"'
                    f'{checked} aria-label="Highlight {name}"></td><td><strong>{name}</strong></td>'
                    f'<td class="unspin-num">{row.count}</td><td class="unspin-num">{_density(row.per_1000)}</td>'
                    f'<td class="unspin-quote">{evidence}</td><td class="unspin-num">{score}</td></tr>')
    return ('<table class="unspin-evidence unspin-techniques"><caption>Technique profile '
            '<span class="unspin-dim">(tick a class to highlight it; click its evidence to see it in the text)'
            "</span></caption><thead><tr><th>show</th><th>class</th><th>count</th><th>per 1,000 words</th>"
            f"<th>strongest evidence</th><th>score</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _paragraph_table(profile: TechniqueProfile) -> str:
    top = profile.top_paragraphs(_TOP_PARAGRAPHS)
    if not top:
        return ""
    rows = []
    for i, para in enumerate(top, 1):
        name = para.name
        where = _goto(para.start, para.end, para.kind, None, _esc_line(name), f"Show {name} in the text")
        classes = _esc_line(", ".join(f"{k} ×{n}" for k, n in para.counts))
        opening = _esc_line(shorten_middle(one_line(para.text), _OPENING_CHARS))
        rows.append(f'<tr><td class="unspin-num">{i}</td><td class="unspin-kind">{where}</td>'
                    f'<td class="unspin-num">{para.line}</td><td class="unspin-num">{para.words}</td>'
                    f'<td class="unspin-num">{para.total}</td><td class="unspin-num">{_density(para.per_1000)}</td>'
                    f"<td>{classes}</td><td class=\"unspin-dim\">{opening}</td></tr>")
    return ('<table class="unspin-evidence unspin-paragraphs"><caption>Paragraphs with the most technique '
            "evidence</caption><thead><tr><th>#</th><th>paragraph</th><th>line</th><th>words</th><th>spans</th>"
            "<th>per 1,000 words</th><th>classes</th><th>opening</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _persuasion(doc: Document, profile: TechniqueProfile, on: bool) -> str:
    """The "How it persuades" section: the technique profile and the paragraphs with the most evidence."""
    head = "<h3>How it persuades</h3>"
    if profile.status == "absent":
        if not doc.layer(TECHNIQUE):
            return f'<section class="unspin-persuasion">{head}<p class="unspin-dim">No technique analysis in ' \
                   "this document.</p></section>"
        return (f'<section class="unspin-persuasion">{head}<p class="unspin-note">{_esc(CAVEAT)}</p>'
                '<p class="unspin-dim">No technique profile in this document; its technique spans are marked in '
                "the text.</p></section>")
    if profile.status == "skipped":
        return (f'<section class="unspin-persuasion">{head}<p class="unspin-dim">Not analysed: '
                f"{_esc_line(profile.reason)}</p></section>")
    facts = [f"model {profile.model}" if profile.model else "",
             "" if profile.words is None else f"{profile.words} words", _count(profile.spans, "technique span")]
    missing = "" if not profile.missing or not profile.classes else \
        f'<p class="unspin-dim">Not found: {_esc_line(", ".join(profile.missing))}</p>'
    return (f'<section class="unspin-persuasion">{head}<p class="unspin-note">{_esc(CAVEAT)} '
            f'<span class="unspin-dim">{_esc_line(" · ".join(f for f in facts if f))}</span></p>'
            f"{_profile_table(profile, on)}{missing}{_paragraph_table(profile)}</section>")


def _margin_markers(profile: TechniqueProfile) -> dict[int, str]:
    """An empty element at the start of each paragraph with technique spans; CSS draws its count in the
    left margin, shaded by the paragraph's density relative to the densest paragraph of the article."""
    found = [p for p in profile.paragraphs if p.total > 0]
    densest = max((p.per_1000 or 0.0 for p in found), default=0.0)
    markers: dict[int, str] = {}
    for para in found:
        share = (para.per_1000 or 0.0) / densest if densest else 1.0
        level = max(1, min(_MARKER_LEVELS, math.ceil(share * _MARKER_LEVELS)))
        detail = (f"{para.name}: {_count(para.total, 'technique span')}, "
                  f"{_density(para.per_1000)} per 1,000 words — "
                  + ", ".join(f"{k} ×{n}" for k, n in para.counts))
        markers.setdefault(para.start, f'<span class="unspin-pmark" data-marker="{para.total}" '
                                       f'data-level="{level}" data-start="{para.start}" '
                                       f'title="{_esc_line(detail)}" aria-label="{_esc_line(detail)}"></span>')
    return markers


def render_document_fragment(doc: Document, *, layers: Collection[str] | None = None,
                             anchor: str | None = None) -> str:
    """One document as an ``<article class="unspin-doc">``: summary, actors, how it persuades, layer legend,
    text, who said what, machine-translation evidence. It uses no id and no global state, so several
    fragments can share a page; the page needs :data:`STYLE` and :data:`SCRIPT` once.

    Every layer in the document is marked up; those in ``layers`` (default: the anatomy layers,
    ``mt_signal``, ``quote`` and ``mention``) start highlighted, the others start switched off in the legend.
    """
    on_layers = frozenset(DEFAULT_LAYERS if layers is None else layers)
    summary = summarize(doc)
    lang = summary.language if summary.language and _LANG_CODE.fullmatch(summary.language) else None
    anchor_attr = f' id="{_esc(anchor)}"' if anchor else ""
    lang_attr = f' lang="{lang}"' if lang else ""
    profile = technique_profile(doc)
    markers = _margin_markers(profile)
    text_class = "unspin-text unspin-margin" if markers else "unspin-text"
    return (f'<article class="unspin-doc"{anchor_attr} data-id="{_esc(doc.id)}">'
            f"<h2>{_esc_line(summary.source or summary.short_id)}</h2>"
            f"{_summary_table(summary, profile)}{_actors_table(doc)}"
            f"{_persuasion(doc, profile, TECHNIQUE in on_layers)}{_legend(doc, on_layers)}"
            f'<div class="{text_class}"{lang_attr}>{_text_html(doc, on_layers, markers)}</div>'
            f"{_quotes_table(doc)}{_evidence_table(doc)}</article>")


def render_html(docs: Iterable[Document], *, layers: Collection[str] | None = None,
                title: str = "unspin analysis") -> str:
    """A complete HTML page showing every document, with a table of contents when there are several."""
    fragments: list[str] = []
    toc: list[str] = []
    for i, doc in enumerate(docs, 1):
        anchor = f"doc-{i}"
        fragments.append(render_document_fragment(doc, layers=layers, anchor=anchor))
        name = doc.meta.get("source") or doc.id[:12]
        toc.append(f'<li><a href="#{anchor}">{_esc_line(name)}</a></li>')
    count = len(fragments)
    nav = f'<nav><ol>{"".join(toc)}</ol></nav>' if count > 1 else ""
    body = "".join(fragments) if fragments else '<p class="unspin-dim">No documents.</p>'
    noun = "document" if count == 1 else "documents"
    page: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc_line(title)}</title><style>{STYLE}</style></head>",
        '<body class="unspin-page">',
        f'<header><h1>{_esc_line(title)}</h1><p class="unspin-dim">{count} {noun} · unspin {_esc(__version__)}'
        "</p></header>",
        nav,
        f"<main>{body}</main>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
        "",
    ]
    return "\n".join(page)
