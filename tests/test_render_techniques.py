"""How the views show propaganda techniques, over documents built by hand (no model needed)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from rich.console import Console

from unspin.document import Document, Span
from unspin.render.html import render_document_fragment, render_html
from unspin.render.profile import CAVEAT, technique_overview, technique_profile, technique_spans
from unspin.render.summary import DEFAULT_LAYERS
from unspin.render.terminal import highlighted_text, print_document

# An invented article: a headline with two overlapping technique spans, a paragraph where one span carries two
# classes and another crosses into a quote, and a quiet last paragraph.
HEADLINE = "Council vows to crush the evil scheme"
BODY = ("The council said on Monday that the so-called reformers were traitors who would ruin everything. "
        "“We will never surrender,” the mayor said.")
QUIET = "Residents were unconvinced."
TEXT = f"{HEADLINE}\n\n{BODY}\n\n{QUIET}\n"


def at(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


# (evidence, class, score): "evil scheme" lies inside "crush the evil scheme"; "so-called reformers were
# traitors" carries two classes; the exaggeration crosses the opening quote mark.
TECHNIQUE_SPANS = [
    ("crush the evil scheme", "Loaded_Language", 0.81),
    ("evil scheme", "Name_Calling,Labeling", 0.55),
    ("so-called reformers were traitors", "Name_Calling,Labeling", 0.72),
    ("so-called reformers were traitors", "Doubt", 0.21),
    ("traitors who would ruin everything. “We will never", "Exaggeration,Minimisation", 0.4),
    ("We will never surrender", "Slogans", 0.66),
]


def techniques_label() -> dict[str, Any]:
    """The profile the techniques stage would write for the spans above, spelled out by hand."""
    def strongest(evidence: str, score: float) -> dict[str, Any]:
        start, end = at(evidence)
        return {"start": start, "end": end, "score": score, "text": evidence}

    head, body = at(HEADLINE), (at(BODY)[0], at(BODY)[1])
    return {
        "model": "hand-made",
        "words": 33,
        "spans": 6,
        "article": {
            "counts": {"Name_Calling,Labeling": 2, "Doubt": 1, "Exaggeration,Minimisation": 1, "Loaded_Language": 1,
                       "Slogans": 1},
            "per_1000_words": {"Name_Calling,Labeling": 60.61, "Doubt": 30.3, "Exaggeration,Minimisation": 30.3,
                               "Loaded_Language": 30.3, "Slogans": 30.3},
            "strongest": {
                "Name_Calling,Labeling": strongest("so-called reformers were traitors", 0.72),
                "Doubt": strongest("so-called reformers were traitors", 0.21),
                "Exaggeration,Minimisation": strongest("traitors who would ruin everything. “We will never", 0.4),
                "Loaded_Language": strongest("crush the evil scheme", 0.81),
                "Slogans": strongest("We will never surrender", 0.66),
            },
        },
        "paragraphs": [
            {"start": head[0], "end": head[1], "kind": "headline", "words": 7,
             "counts": {"Loaded_Language": 1, "Name_Calling,Labeling": 1},
             "per_1000_words": {"Loaded_Language": 142.86, "Name_Calling,Labeling": 142.86}, "strongest": {}},
            {"start": body[0], "end": body[1], "kind": "paragraph", "words": 22,
             "counts": {"Doubt": 1, "Exaggeration,Minimisation": 1, "Name_Calling,Labeling": 1, "Slogans": 1},
             "per_1000_words": {}, "strongest": {}},
            {"start": at(QUIET)[0], "end": at(QUIET)[1], "kind": "paragraph", "words": 3, "counts": {},
             "per_1000_words": {}, "strongest": {}},
        ],
    }


def technique_doc(label: dict[str, Any] | None = None, *, spans: bool = True) -> Document:
    doc = Document(TEXT, meta={"source": "council.txt"})
    doc.add([Span(*at(HEADLINE), "headline", "headline"), Span(*at(BODY), "paragraph"),
             Span(*at(QUIET), "paragraph"),
             Span(*at("We will never surrender,"), "quote", "direct", 0.9,
                  {"speaker": None, "speaker_span": list(at("the mayor")),
                   "cue": [at("said.")[0], at("said.")[1] - 1]})])
    if spans:
        doc.add([Span(*at(evidence), "technique", name, score,
                      {"si_score": 0.9, "class_probability": round(score / 0.9, 4)})
                 for evidence, name, score in TECHNIQUE_SPANS])
    doc.labels["language"] = "en"
    doc.labels["techniques"] = techniques_label() if label is None else label
    return doc


def record(doc: Document, width: int = 140, layers: tuple[str, ...] | None = None) -> str:
    console = Console(file=io.StringIO(), width=width, record=True)
    print_document(console, doc, layers=layers)
    return console.export_text()


def persuasion(out: str) -> str:
    return out.split("How it persuades", 1)[1]


# -- the profile ------------------------------------------------------------------------------------------
def test_profile_rows_come_from_the_label_and_evidence_from_the_text() -> None:
    profile = technique_profile(technique_doc())
    assert profile.status == "done" and profile.model == "hand-made" and profile.words == 33
    rows = [(r.name, r.count, r.per_1000) for r in profile.classes]
    # Most frequent first, ties in the label list's (alphabetical) order.
    assert rows == [("Name_Calling,Labeling", 2, 60.61), ("Doubt", 1, 30.3), ("Exaggeration,Minimisation", 1, 30.3),
                    ("Loaded_Language", 1, 30.3), ("Slogans", 1, 30.3)]
    best = profile.classes[0].strongest
    assert best is not None and (best.text, best.score) == ("so-called reformers were traitors", 0.72)
    assert "Appeal_to_Authority" in profile.missing and "Slogans" not in profile.missing
    assert len(profile.missing) == 14 - 5


def test_top_paragraphs_are_ordered_by_evidence() -> None:
    top = technique_profile(technique_doc()).top_paragraphs(5)
    assert [(p.kind, p.number, p.total, p.line) for p in top] == [("paragraph", 1, 4, 3), ("headline", 1, 2, 1)]
    assert top[0].per_1000 == pytest.approx(181.82)
    assert top[1].counts == [("Loaded_Language", 1), ("Name_Calling,Labeling", 1)]


@pytest.mark.parametrize(("label", "overview"), [
    (None, None),
    ({"skipped": "this text is de"}, "not analysed (this text is de)"),
    ({"model": "m", "words": 10, "spans": 0, "article": {"counts": {}}, "paragraphs": []}, "no technique spans found"),
])
def test_overview_line(label: dict[str, Any] | None, overview: str | None) -> None:
    doc = Document("Some text.")
    if label is not None:
        doc.labels["techniques"] = label
    assert technique_overview(technique_profile(doc)) == overview


def test_overview_names_the_most_frequent_classes() -> None:
    assert technique_overview(technique_profile(technique_doc())) == (
        "6 spans in 5 classes: Name_Calling,Labeling ×2, Doubt ×1, Exaggeration,Minimisation ×1, +2 more")


@pytest.mark.parametrize("broken", [
    {"article": "nonsense"},
    {"article": {"counts": {"Doubt": "many", "Slogans": True, "Repetition": -1, "Flag-Waving": 1.5}}},
    {"article": {"counts": {"Doubt": 1}, "strongest": {"Doubt": {"start": 5, "end": 99999}}}},
    {"article": {"counts": {"Doubt": 1}, "strongest": {"Doubt": {"start": "5", "end": 9}}}},
    {"paragraphs": "nonsense"},
    {"paragraphs": [None, {"start": 3}, {"start": 0, "end": 10 ** 6}, {"start": True, "end": 4}]},
    {"words": "lots", "spans": None},
])
def test_a_malformed_profile_is_read_without_trusting_it(broken: dict[str, Any]) -> None:
    doc = technique_doc({"model": "m", **broken})
    profile = technique_profile(doc)
    assert profile.status == "done"
    for row in profile.classes:
        assert row.strongest is None or row.strongest.text == doc.text[row.strongest.start:row.strongest.end]
    assert all(0 <= p.start <= p.end <= len(doc.text) for p in profile.paragraphs)
    assert "How it persuades" in record(doc)
    assert_valid_and_exact(render_html([doc]), doc.text)


def test_technique_spans_in_text_order_stronger_first() -> None:
    shown = [(s.label, s.score) for s in technique_spans(technique_doc())][2:4]
    assert shown == [("Name_Calling,Labeling", 0.72), ("Doubt", 0.21)]


# -- terminal -------------------------------------------------------------------------------------------
def test_terminal_profile_rows() -> None:
    doc = technique_doc()
    section = persuasion(record(doc))
    for evidence, name, score in [("so-called reformers were traitors", "Name_Calling,Labeling", "0.72"),
                                  ("crush the evil scheme", "Loaded_Language", "0.81"),
                                  ("We will never surrender", "Slogans", "0.66")]:
        start, end = at(evidence)
        count = "2" if name.startswith("Name") else "1"
        density = "60.6" if name.startswith("Name") else "30.3"
        assert re.search(rf"{re.escape(name)}\s+{count}\s+{density}\s+{re.escape(evidence)}\s+{score}\s+"
                         rf"{start}–{end}", section), name
    assert "not found" in section and "Appeal_to_Authority" in section


def test_terminal_says_the_scores_are_a_models_evidence() -> None:
    flat = re.sub(r"\s+", " ", persuasion(record(technique_doc(), width=80)))
    assert re.sub(r"\s+", " ", CAVEAT) in flat
    assert "trained on English news" in CAVEAT and "not verdicts" in CAVEAT
    assert "model hand-made · 33 words · 6 technique spans" in flat


def test_terminal_lists_the_paragraphs_with_the_most_evidence() -> None:
    section = persuasion(record(technique_doc())).split("Paragraphs with the most technique evidence", 1)[1]
    flat = re.sub(r"\s+", " ", section)
    start, end = at(BODY)
    assert (f"1. paragraph 1 · line 3 · {start}–{end} · 22 words · 4 spans · 181.8 per 1,000 words "
            "Doubt ×1, Exaggeration,Minimisation ×1, Name_Calling,Labeling ×1, Slogans ×1") in flat
    assert "2. headline · line 1" in flat
    assert "Residents" not in flat.split("Technique spans")[0]


def test_terminal_numbers_every_technique_span_with_class_and_score() -> None:
    section = persuasion(record(technique_doc())).split("Technique spans", 1)[1]
    for i, span in enumerate(technique_spans(technique_doc()), 1):
        assert re.search(rf"\b{i}\s+{re.escape(span.label or '')}\s+{span.score:.2f}\s+{span.start}–{span.end}",
                         section), span


@pytest.mark.parametrize("width", [40, 60, 80])
def test_terminal_persuasion_in_a_narrow_terminal(width: int) -> None:
    out = record(technique_doc(), width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    flat = re.sub(r"\s+", " ", persuasion(out))
    start, end = at("crush the evil scheme")
    assert "Loaded_Language ×1 · 30.3 per 1,000 words" in flat
    assert f"strongest 0.81 at {start}–{end} crush the evil scheme" in flat
    assert f"Slogans · 0.66 · {at('We will never surrender')[0]}–" in flat


def test_terminal_skipped_profile_shows_its_reason() -> None:
    doc = technique_doc({"skipped": "the model reads English; this text is fr"}, spans=False)
    out = record(doc)
    assert "Not analysed: the model reads English; this text is fr" in persuasion(out)
    assert re.search(r"techniques\s+not analysed \(the model reads English; this text is fr\)", out)


def test_terminal_without_a_techniques_label() -> None:
    doc = technique_doc(spans=False)
    del doc.labels["techniques"]
    out = record(doc)
    assert "No technique analysis in this document." in out
    assert "techniques " not in out.split("How it persuades")[0]
    assert "Residents were unconvinced." in out


def test_terminal_technique_spans_without_a_profile_are_still_listed() -> None:
    doc = technique_doc()
    del doc.labels["techniques"]
    section = persuasion(record(doc))
    assert "Technique spans" in section and "Slogans" in section and "0.66" in section


def test_technique_layer_is_off_by_default_and_highlighted_when_chosen() -> None:
    assert "technique" not in DEFAULT_LAYERS
    doc = technique_doc()
    assert not any("red" in str(s.style) for s in highlighted_text(doc).spans)
    chosen = highlighted_text(doc, ["technique"])
    assert chosen.plain == doc.text.rstrip()
    styled = {(s.start, s.end) for s in chosen.spans}
    # Overlapping spans are cut into pieces: every character of every span is styled, nothing outside.
    covered = {i for a, b in styled for i in range(a, b)}
    expected = {i for evidence, _, _ in TECHNIQUE_SPANS for i in range(*at(evidence))}
    assert covered == expected
    legend = re.search(r"^layers: .*$", record(doc, layers=("headline", "technique")), re.M)
    assert legend is not None and legend.group() == "layers: headline technique"


# -- HTML -----------------------------------------------------------------------------------------------
_VOID = {"input", "meta", "br", "hr", "img", "link", "wbr"}


class NestingChecker(HTMLParser):
    """Checks that every element closes in order, and collects the text of ``.unspin-text`` blocks and the
    attributes of every technique mark and margin marker."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.blocks: list[str] = []
        self.in_text = 0  # depth of the open .unspin-text block in self.stack, 0 outside
        self.marks: list[dict[str, str | None]] = []
        self.markers: list[tuple[int, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag == "div" and "unspin-text" in (attr.get("class") or "").split():
            self.blocks.append("")
            self.in_text = len(self.stack)
        elif self.in_text and tag == "mark" and attr.get("data-layer") == "technique":
            self.marks.append(attr)
        elif self.in_text and tag == "span" and "unspin-pmark" in (attr.get("class") or ""):
            self.markers.append((len(self.blocks[-1]), attr))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.blocks[-1] += data


def check(page: str) -> NestingChecker:
    parser = NestingChecker()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack in ([], ["html"])  # the page's <html> is closed by </html>; a fragment has none
    return parser


def assert_valid_and_exact(page: str, text: str) -> NestingChecker:
    parser = check(page)
    assert parser.blocks == [text]
    return parser


def test_html_overlapping_technique_spans_nest_and_keep_the_text() -> None:
    doc = technique_doc()
    parser = assert_valid_and_exact(render_html([doc], layers=["technique"]), doc.text)
    # A span that crosses another is drawn as several marks; all of them name its class and offsets.
    drawn = {(m["data-label"], int(m["data-start"] or -1), int(m["data-end"] or -1)) for m in parser.marks}
    assert drawn == {(name, *at(evidence)) for evidence, name, _ in TECHNIQUE_SPANS}
    crossing = at("traitors who would ruin everything. “We will never")
    assert sum(1 for m in parser.marks if int(m["data-start"] or -1) == crossing[0]) > 1


def test_html_tooltips_carry_class_and_score() -> None:
    fragment = render_document_fragment(technique_doc())
    start, end = at("so-called reformers were traitors")
    for name, score, probability in [("Name_Calling,Labeling", "0.72", "0.80"), ("Doubt", "0.21", "0.23")]:
        tag = re.search(rf'<mark data-layer="technique" data-label="{name}" data-start="{start}" [^>]*>', fragment)
        assert tag is not None
        assert (f'title="{name} · score {score} · span probability 0.90 · class probability {probability} · '
                f"{start}–{end} · a model&#x27;s evidence to check\"") in tag.group()


def test_html_profile_table() -> None:
    fragment = render_document_fragment(technique_doc())
    table = fragment.split('<table class="unspin-evidence unspin-techniques">', 1)[1].split("</table>", 1)[0]
    rows = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr data-technique[^>]*>(.*?)</tr>", table)]
    assert rows == [
        ["", "Name_Calling,Labeling", "2", "60.6", "so-called reformers were traitors", "0.72"],
        ["", "Doubt", "1", "30.3", "so-called reformers were traitors", "0.21"],
        ["", "Exaggeration,Minimisation", "1", "30.3", "traitors who would ruin everything. “We will never", "0.40"],
        ["", "Loaded_Language", "1", "30.3", "crush the evil scheme", "0.81"],
        ["", "Slogans", "1", "30.3", "We will never surrender", "0.66"],
    ]
    assert CAVEAT in fragment
    assert "Not found: Appeal_to_Authority" in fragment


def test_html_strongest_evidence_links_to_its_mark() -> None:
    fragment = render_document_fragment(technique_doc())
    buttons = re.findall(r'data-goto="(\d+)" data-goto-end="(\d+)" data-goto-layer="technique" '
                         r'data-goto-label="([^"]+)"', fragment)
    assert len(buttons) == 5
    for start, end, name in buttons:
        assert f'<mark data-layer="technique" data-label="{name}" data-start="{start}" data-end="{end}"' in fragment


@pytest.mark.parametrize(("layers", "on"), [(None, False), (["headline", "technique"], True)])
def test_html_class_toggles_follow_the_technique_layer(layers: list[str] | None, on: bool) -> None:
    fragment = render_document_fragment(technique_doc(), layers=layers)
    checked = " checked" if on else ""
    assert f'<input type="checkbox" data-toggle-technique="Slogans"{checked} aria-label="Highlight Slogans">' \
        in fragment
    assert f'<input type="checkbox" data-toggle-layer="technique"{checked}>' in fragment
    off = re.findall(r'<mark data-layer="technique"[^>]*class="unspin-off"', fragment)
    assert bool(off) != on


def test_html_paragraph_table_and_margin_markers() -> None:
    doc = technique_doc()
    fragment = render_document_fragment(doc)
    table = fragment.split('<table class="unspin-evidence unspin-paragraphs">', 1)[1].split("</table>", 1)[0]
    rows = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(<td.*?)</tr>", table)]
    assert [r[:7] for r in rows] == [
        ["1", "paragraph 1", "3", "22", "4", "181.8",
         "Doubt ×1, Exaggeration,Minimisation ×1, Name_Calling,Labeling ×1, Slogans ×1"],
        ["2", "headline", "1", "7", "2", "285.7", "Loaded_Language ×1, Name_Calling,Labeling ×1"],
    ]
    parser = assert_valid_and_exact(fragment, doc.text)
    # One marker per paragraph with evidence, placed at its first character, darker where denser.
    assert [(offset, m["data-marker"], m["data-level"]) for offset, m in parser.markers] == [
        (at(HEADLINE)[0], "2", "3"), (at(BODY)[0], "4", "2")]
    assert "paragraph 1: 4 technique spans, 181.8 per 1,000 words — Doubt ×1" in (parser.markers[1][1]["title"] or "")
    assert '<div class="unspin-text unspin-margin"' in fragment


def test_html_skipped_profile_shows_its_reason() -> None:
    doc = technique_doc({"skipped": "the model reads English; this text is fr"}, spans=False)
    fragment = render_document_fragment(doc)
    assert "Not analysed: the model reads English; this text is fr" in fragment
    assert "<th scope=\"row\">techniques</th><td>not analysed (the model reads English; this text is fr)</td>" \
        in fragment
    assert "unspin-pmark" not in fragment
    assert_valid_and_exact(fragment, doc.text)


def test_html_without_a_techniques_label() -> None:
    doc = technique_doc(spans=False)
    del doc.labels["techniques"]
    page = render_html([doc])
    assert "No technique analysis in this document." in page
    assert "<th scope=\"row\">techniques</th>" not in page
    assert '<div class="unspin-text" lang="en">' in page
    assert_valid_and_exact(page, doc.text)


def test_html_escapes_class_names_and_evidence() -> None:
    evil = '"><script>alert(1)</script>'
    label = techniques_label()
    label["article"]["counts"] = {evil: 1}
    label["article"]["strongest"] = {evil: {"start": 0, "end": 5, "score": 0.5}}
    doc = technique_doc(label)
    doc.add([Span(0, 5, "technique", evil, 0.5)])
    page = render_html([doc])
    assert "<script>alert" not in page
    assert page.count("<script>") == 1
    assert_valid_and_exact(page, doc.text)


def test_html_page_with_techniques_stays_self_contained() -> None:
    page = render_html([technique_doc(), technique_doc()])
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=", page)
    assert page.count('<section class="unspin-persuasion">') == 2
    check(page)
