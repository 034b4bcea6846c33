"""The terminal and HTML views, over documents built by hand (no stage needed)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

from unspin.document import LAYERS, Actor, Document, Span
from unspin.render.html import render_document_fragment, render_html
from unspin.render.printable import printable, terminal_text
from unspin.render.segments import split_segments
from unspin.render.speakers import actor_rows, cue_and_speaker_spans, one_line, shorten_middle, who_said_what
from unspin.render.summary import DEFAULT_LAYERS, line_of, mt_level, summarize
from unspin.render.terminal import highlighted_text, print_document, render_document

# An invented article: a headline printed twice, a dateline with a wire credit, a byline, two calque-like
# phrases, and characters that HTML and terminals treat specially.
HEADLINE = 'Harbour board "delays" <ferry> fares & fees 🚢'
ARTICLE = (
    f"\ufeff{HEADLINE}\n\n{HEADLINE}\n\n"
    "PORTVILLE, June 2. /NWS/. The board have taken the decision about the question of fares.\n\n"
    "By Ana Example\n\n"
    "As was noted by the chair, the fares will be kept on the former level.\n"
)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def sample_doc(text: str = ARTICLE, source: str = "harbour.txt") -> Document:
    doc = Document(text, meta={"source": source, "format": "text"})
    h1 = find(text, HEADLINE)
    h2 = find(text, HEADLINE, 1)
    dl = find(text, "PORTVILLE, June 2. /NWS/.")
    by = find(text, "By Ana Example")
    p1 = (dl[0], find(text, "question of fares.")[1])
    p2 = find(text, "As was noted by the chair, the fares will be kept on the former level.")
    sig1 = find(text, "have taken the decision about the question")
    sig2 = find(text, "As was noted by")
    doc.add([
        Span(*h1, "headline", "headline"),
        Span(*h2, "repeated", attrs={"of": list(h1), "kind": "headline"}),
        Span(*dl, "dateline", attrs={"place": "PORTVILLE", "date": "June 2", "date_iso": "--06-02",
                                     "wire": "NWS"}),
        Span(*by, "byline", "byline", attrs={"names": [[by[0] + 3, by[1]]]}),
        Span(*p1, "paragraph", attrs={"index": 0}),
        Span(*p2, "paragraph", attrs={"index": 1}),
        Span(*h1, "sentence", attrs={"paragraph": None}),
        Span(p1[0], find(text, "/NWS/.")[1], "sentence", attrs={"paragraph": 0}),
        Span(find(text, "The board")[0], p1[1], "sentence", attrs={"paragraph": 0}),
        Span(*p2, "sentence", attrs={"paragraph": 1}),
        Span(*sig1, "mt_signal", "calque_question", 0.6),
        Span(*sig2, "mt_signal", "as_was_passive", 0.8),
    ])
    doc.labels.update(language="en", language_score=0.97, mt_score=0.82,
                      mt_signals={"calque_question": 1, "as_was_passive": 1}, wire="NWS")
    return doc


# -- helpers over HTML --------------------------------------------------------------------------------
class TextBlockParser(HTMLParser):
    """Collects the visible text of every ``.unspin-text`` block and checks each mark against its offsets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.depth = 0  # > 0 inside a text block
        self.open_marks: list[tuple[int, int, int]] = []  # (data-start, data-end, where it opened)
        self.marks: list[tuple[str, int, int, str]] = []  # (layer, start, end, text inside)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "div" and "unspin-text" in (attr.get("class") or "").split():
            self.blocks.append("")
            self.depth = 1
        elif self.depth and tag == "mark":
            start, end = int(attr["data-start"] or -1), int(attr["data-end"] or -1)
            here = len(self.blocks[-1])
            if not start <= here:
                self.problems.append(f"mark {start}-{end} opens at {here}")
            self.open_marks.append((start, end, here))
            self.marks.append((attr["data-layer"] or "", start, end, ""))
        elif self.depth:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "mark":
            start, end, opened = self.open_marks.pop()
            here = len(self.blocks[-1])
            if here > end:
                self.problems.append(f"mark {start}-{end} closes at {here}")
            self.marks.append(("/", start, end, self.blocks[-1][opened:here]))
        else:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.blocks[-1] += data


def parse_blocks(page: str) -> TextBlockParser:
    parser = TextBlockParser()
    parser.feed(page)
    parser.close()
    assert parser.problems == []
    assert parser.open_marks == []
    return parser


TRICKY_TEXTS = [
    ARTICLE,
    ARTICLE.replace("\n", "\r\n"),
    "a < b && c > d; \"q\" 'r' &amp; &#13; <!-- x --> ]]> 😀👩‍👩‍👧 \u202eevil\u202c\x1b[31m\tend",
    "\ufeff",
    "x",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS, ids=["article", "crlf", "specials", "bom-only", "one-char"])
def test_html_text_without_tags_is_the_original_text(text: str) -> None:
    doc = Document(text, meta={"source": "t.txt"})
    n = len(text)
    # Overlapping (not nested), nested, touching, whole-text and empty spans; a quote whose cue and speaker
    # phrase cross other spans, and a mention that crosses the quote's end.
    doc.add([Span(0, n, "paragraph"), Span(0, n // 2, "sentence"), Span(n // 3, n, "mt_signal", "x"),
             Span(n // 2, n // 2, "headline"), Span(n // 4, n // 2, "dateline"),
             Span(n // 5, 3 * n // 4, "quote", "direct", 0.9,
                  {"speaker": "a1", "speaker_span": [0, max(1, n // 6)], "cue": [n // 6, n // 5]}),
             Span(2 * n // 3, n, "mention", "name", attrs={"actor": "a1"})])
    doc.actors.append(Actor("a1", "Someone", "person", ["Someone"]))
    parser = parse_blocks(render_html([doc]))
    assert parser.blocks == [text]


def test_html_marks_point_at_their_evidence() -> None:
    doc = sample_doc()
    parser = parse_blocks(render_html([doc]))
    assert parser.blocks == [doc.text]
    closed = [(s, e, inside) for layer, s, e, inside in parser.marks if layer == "/"]
    assert closed, "no mark was written"
    for start, end, inside in closed:
        assert inside in doc.text[start:end]
    # Every span is covered by its marks, which together hold exactly its evidence.
    for span in doc.spans:
        pieces = "".join(i for s, e, i in closed if (s, e) == (span.start, span.end))
        assert doc.evidence(span) in pieces


def test_html_crossing_spans_are_split_into_pieces() -> None:
    doc = Document("0123456789abcdef")
    doc.add([Span(0, 10, "headline"), Span(5, 15, "mt_signal", "cross")])
    fragment = render_document_fragment(doc)
    marks = re.findall(r'<mark data-layer="(\w+)"[^>]*data-start="(\d+)" data-end="(\d+)"', fragment)
    assert marks == [("headline", "0", "10"), ("mt_signal", "5", "15"), ("mt_signal", "5", "15")]
    parser = parse_blocks(fragment)
    assert parser.blocks == ["0123456789abcdef"]


def test_html_escapes_every_field() -> None:
    doc = sample_doc(source='<script>alert("x")</script>\n.txt')
    doc.spans.append(Span(0, 3, "mt_signal", '"><img src=x onerror=alert(1)>', 0.5))
    doc.labels["language"] = "<b>en</b>"
    page = render_html([doc], title="<title>")
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "<b>en</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\\n.txt" in page
    assert 'lang="' not in page.split('<div class="unspin-text"', 1)[1].split(">", 1)[0]


def test_html_page_is_self_contained_and_toggles_layers() -> None:
    page = render_html([sample_doc(), sample_doc(ARTICLE + "A last line.\n", "second.txt")])
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<article class="unspin-doc"') == 2
    assert '<a href="#doc-1">harbour.txt</a>' in page and '<a href="#doc-2">second.txt</a>' in page
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=", page)
    assert page.count("<script>") == 1
    # Anatomy and MT layers start on, sentences and paragraphs start off but can be switched on.
    assert '<input type="checkbox" data-toggle-layer="headline" checked>' in page
    assert '<input type="checkbox" data-toggle-layer="sentence">' in page
    assert re.search(r'<mark data-layer="sentence"[^>]*class="unspin-off', page)
    assert not re.search(r'<mark data-layer="headline"[^>]*class="unspin-off', page)


def test_html_summary_shows_what_the_terminal_shows() -> None:
    fragment = render_document_fragment(sample_doc())
    for expected in ["harbour.txt", sample_doc().id[:12], "en", "(0.97)", "0.82", "high",
                     "as_was_passive ×1", "place PORTVILLE / date June 2 / date_iso --06-02 / wire NWS",
                     "By Ana Example", "2 paragraphs, 4 sentences", "line 3 repeats line 1 (headline)",
                     "Machine-translation evidence", "calque_question"]:
        assert expected in fragment


def test_html_empty_page() -> None:
    page = render_html([])
    assert "No documents." in page and "0 documents" in page


# -- terminal ------------------------------------------------------------------------------------------
def record(doc: Document, width: int = 100, layers: tuple[str, ...] | None = None) -> str:
    console = Console(file=io.StringIO(), width=width, record=True)
    print_document(console, doc, layers=layers)
    return console.export_text()


def test_terminal_header_and_evidence() -> None:
    doc = sample_doc()
    out = record(doc)
    for expected in ["harbour.txt", doc.id[:12], "en (0.97)", "0.82 high", "as_was_passive ×1",
                     "calque_question ×1", HEADLINE, "PORTVILLE, June 2. /NWS/.",
                     "place PORTVILLE / date June 2 / date_iso --06-02 / wire NWS", "By Ana Example",
                     "2 paragraphs, 4 sentences", "line 3 repeats line 1 (headline)",
                     "Machine-translation evidence"]:
        assert expected in out
    start, end = find(doc.text, "As was noted by")
    assert re.search(rf"as_was_passive\s+│?\s*As was noted by\s+│?\s*{start}–{end}\s+│?\s*0\.80", out)


def test_terminal_is_plain_when_not_a_terminal() -> None:
    stream = io.StringIO()
    print_document(Console(file=stream, width=80), sample_doc())
    assert "\x1b[" not in stream.getvalue()
    assert "By Ana Example" in stream.getvalue()


@pytest.mark.parametrize("width", [30, 40, 60])
def test_terminal_stays_inside_a_narrow_terminal(width: int) -> None:
    out = record(sample_doc(), width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    assert "Machine-translation" in out and "As was noted by" in out


def test_terminal_never_passes_escape_sequences_or_markup_from_the_article() -> None:
    text = "Title [bold red]not markup[/] :smile:\n\nBody \x1b]0;owned\x07 and \x1b[2J cleared.\u202e\n"
    doc = Document(text, meta={"source": "evil\x1b[31m.txt"})
    doc.add([Span(0, 5, "headline")])
    stream = io.StringIO()
    print_document(Console(file=stream, width=100, force_terminal=True, color_system="truecolor"), doc)
    out = stream.getvalue()
    assert "\x1b]0;" not in out and "\x1b[2J" not in out and "\x1b[31m.txt" not in out
    assert "[bold red]not markup[/] :smile:" in out
    assert "␛]0;owned␇" in out
    assert "evil\\x1b[31m.txt" in out
    assert "\u202e" not in out


def test_terminal_styles_each_layer() -> None:
    doc = sample_doc()
    text = highlighted_text(doc)
    assert text.plain == terminal_text(doc.text).rstrip()

    def style_at(offset: int) -> str:
        # The BOM is dropped from the view, so view offsets are document offsets minus one.
        return " ".join(str(s.style) for s in text.spans if s.start <= offset - 1 < s.end)

    assert "bold" in style_at(find(doc.text, HEADLINE)[0] + 2)
    assert "strike" in style_at(find(doc.text, HEADLINE, 1)[0] + 2)
    assert "reverse" in style_at(find(doc.text, "PORTVILLE")[0])
    assert "italic" in style_at(find(doc.text, "Ana")[0])
    assert "underline" in style_at(find(doc.text, "about the question")[0])
    assert style_at(find(doc.text, "the fares will")[0]) == ""


def test_terminal_overlapping_spans_and_layers_choice() -> None:
    doc = Document("one two three four five")
    doc.add([Span(0, 13, "headline"), Span(4, 18, "mt_signal", "x"), Span(8, 23, "sentence"),
             Span(0, 0, "byline")])
    render = render_document(doc, layers=LAYERS)
    out = io.StringIO()
    Console(file=out, width=50).print(render)
    assert "one two three four five" in out.getvalue()
    only = highlighted_text(doc, ["sentence"])
    assert [(s.start, s.end) for s in only.spans] == [(8, 23)]


def test_terminal_document_without_findings() -> None:
    out = record(Document("Just a line.", meta={}))
    assert "(none)" in out and "No machine-translation signals." in out and "Just a line." in out


# -- the pieces ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("spans", [
    [],
    [(0, 10)],
    [(0, 5), (5, 10)],
    [(2, 8), (0, 10), (4, 6)],
    [(0, 6), (3, 10), (3, 10)],
    [(3, 3), (-1, 4), (8, 12)],
])
def test_segments_cover_the_text_exactly(spans: list[tuple[int, int]]) -> None:
    text = "abcdefghij"
    objs = [Span(s, e, "sentence") for s, e in spans]
    segments = list(split_segments(text, objs))
    assert "".join(text[g.start:g.end] for g in segments) == text
    assert [g.start for g in segments[1:]] == [g.end for g in segments[:-1]]
    for seg in segments:
        for s in objs:
            covers = 0 <= s.start < s.end <= len(text) and s.start <= seg.start and seg.end <= s.end
            assert covers == any(s is t for t in seg.spans)


@pytest.mark.parametrize(("value", "shown"), [
    ("plain.txt", "plain.txt"),
    ("with space.txt", "with space.txt"),
    ("new\nline.txt", "new\\nline.txt"),
    ("esc\x1b[31m", "esc\\x1b[31m"),
    ("bad\udcff.txt", "bad\\udcff.txt"),
    ("right\u202eto left", "right\\u202eto left"),
    ("café 🚢", "café 🚢"),
])
def test_printable(value: str, shown: str) -> None:
    assert printable(value) == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("\ufeffa\tb", "a\tb"),
    ("x\x1by\x7f\x85", "x␛y␡\ufffd"),
])
def test_terminal_text(text: str, shown: str) -> None:
    assert terminal_text(text) == shown


def test_terminal_text_drops_a_cr_cut_from_its_lf() -> None:
    assert terminal_text("end\r", next_char="\n") == "end"
    assert terminal_text("end\r", next_char="x") == "end\n"


@pytest.mark.parametrize(("score", "word"), [(0.0, "low"), (0.39, "low"), (0.4, "medium"), (0.69, "medium"),
                                             (0.7, "high"), (1.0, "high")])
def test_mt_level(score: float, word: str) -> None:
    assert mt_level(score) == word


def test_summary_finds_the_first_occurrence_without_a_pointer() -> None:
    text = "Same line\nother\nSame line\n"
    doc = Document(text)
    doc.add([Span(16, 25, "repeated")])
    (rep,) = summarize(doc).repeats
    assert (rep.line, rep.of_line, rep.text) == (3, 1, "Same line")
    assert line_of(text, 0) == 1 and line_of(text, 10) == 2


def test_summary_counts_signals_from_labels_when_there_are_no_spans() -> None:
    doc = Document("x")
    doc.labels.update(mt_score=0.1, mt_signals={"b": 2, "a": 2, "c": 5, "bad": "n/a"})
    assert summarize(doc).mt_signals == [("c", 5), ("a", 2), ("b", 2)]


@pytest.mark.shared
def test_real_examples_render_exactly(shared_examples: Path) -> None:
    from unspin.pipeline import analyze_document
    from unspin.read import read_path

    files = sorted(shared_examples.glob("*.txt"))
    assert files
    for path in files:
        for doc in read_path(path):
            assert isinstance(doc, Document)
            analyze_document(doc)
            parser = parse_blocks(render_html([doc]))
            assert parser.blocks == [doc.text], path.name
            out = record(doc, width=72, layers=LAYERS)
            assert max(len(line) for line in out.splitlines()) <= 72


def test_a_wire_credited_outside_the_dateline_is_shown() -> None:
    doc = Document("Ferry fares rise\n\nThe fares rise in May.\n\n(c) NWS 2024\n")
    doc.labels["wire"] = "NWS"
    assert re.search(r"wire\s+NWS", record(doc))
    assert "<th scope=\"row\">wire</th><td>NWS</td>" in render_document_fragment(doc)
    # Credited in the dateline: shown there, not twice.
    assert "wire " not in record(sample_doc()).replace("wire NWS", "")


# -- who said what ---------------------------------------------------------------------------------------
# An invented article: an unnamed source quoted first, a mayor quoted by name, by pronoun, by role noun and
# in a continuation without a cue, a reported clause that names an organisation, and an actor never quoted.
TUNNEL = (
    "Tunnel plan wins backing\n\n"
    "“Nobody asked us,” a resident said of the plan.\n\n"
    "Mayor Ilse Brandt said the tunnel would open in May. “The engineers checked every bolt,” she told "
    "reporters. “And it will be quiet.”\n\n"
    "The Mayor added that fares would stay low, while critics argued that the Harbour Guild had been "
    "ignored.\n\n"
    "Brandt left early. The Harbour Guild did not comment.\n"
)


def quote(doc: Document, kind: str, content: str, speaker: str | None, who: tuple[int, int] | None,
          cue: tuple[int, int] | None) -> Span:
    return Span(*find(doc.text, content), "quote", kind, 0.9,
                {"speaker": speaker, "speaker_span": None if who is None else list(who),
                 "cue": None if cue is None else list(cue)})


def tunnel_doc() -> Document:
    doc = Document(TUNNEL, meta={"source": "tunnel.txt"})
    t = doc.text
    doc.actors = [Actor("a1", "Ilse Brandt", "person", ["Ilse Brandt", "Brandt"], "Mayor"),
                  Actor("a2", "Harbour Guild", "organisation", ["Harbour Guild"])]
    after_resident = t.index("a resident")
    doc.add([
        Span(*find(t, "Ilse Brandt"), "mention", "name", attrs={"actor": "a1"}),
        Span(*find(t, "The Mayor"), "mention", "role", attrs={"actor": "a1"}),
        Span(*find(t, "Harbour Guild"), "mention", "name", attrs={"actor": "a2"}),
        Span(*find(t, "Brandt left")[:1], find(t, "Brandt left")[0] + 6, "mention", "name", attrs={"actor": "a1"}),
        Span(*find(t, "Harbour Guild", 1), "mention", "name", attrs={"actor": "a2"}),
        quote(doc, "direct", "Nobody asked us,", None, find(t, "a resident"), find(t, "said", 0)),
        quote(doc, "reported", "the tunnel would open in May", "a1", find(t, "Ilse Brandt"),
              (t.index("said", after_resident + 12), t.index("said", after_resident + 12) + 4)),
        quote(doc, "direct", "The engineers checked every bolt,", "a1", find(t, "she"), find(t, "told")),
        quote(doc, "direct", "And it will be quiet.", "a1", None, None),
        quote(doc, "reported", "fares would stay low", "a1", find(t, "The Mayor"), find(t, "added")),
        quote(doc, "reported", "the Harbour Guild had been ignored", None, find(t, "critics"), find(t, "argued")),
    ])
    return doc


def test_tunnel_fixture_points_where_it_means() -> None:
    doc = tunnel_doc()
    said = [doc.text[q.attrs["cue"][0]:q.attrs["cue"][1]] for q in doc.layer("quote") if q.attrs["cue"]]
    assert said == ["said", "said", "told", "added", "argued"]
    assert [doc.evidence(m) for m in doc.layer("mention")] == ["Ilse Brandt", "The Mayor", "Harbour Guild",
                                                              "Brandt", "Harbour Guild"]


def test_actor_rows_count_mentions_and_quotes() -> None:
    rows = [(r.actor.id, r.actor.name, r.variants, r.mentions, r.quotes) for r in actor_rows(tunnel_doc())]
    assert rows == [("a1", "Ilse Brandt", ["Brandt"], 3, 4), ("a2", "Harbour Guild", [], 2, 0)]


def test_who_said_what_groups_speakers_in_order_of_first_quote() -> None:
    groups = who_said_what(tunnel_doc())
    assert [(g.speaker, g.name, len(g.quotes)) for g in groups] == [(None, "(unnamed source)", 2),
                                                                   ("a1", "Ilse Brandt", 4)]
    unnamed, mayor = groups
    assert [(q.kind, q.cue_text, q.speaker_text, q.text) for q in unnamed.quotes] == [
        ("direct", "said", "a resident", "Nobody asked us,"),
        ("reported", "argued", "critics", "the Harbour Guild had been ignored")]
    assert [(q.cue_text, q.speaker_text) for q in mayor.quotes] == [
        ("said", "Ilse Brandt"), ("told", "she"), (None, None), ("added", "The Mayor")]


def test_who_said_what_names_an_unknown_speaker_by_its_id() -> None:
    doc = Document("“Yes,” he said.")
    doc.add([Span(1, 4, "quote", "direct", attrs={"speaker": "a9", "speaker_span": [6, 8], "cue": [9, 13]})])
    (group,) = who_said_what(doc)
    assert (group.speaker, group.name, group.actor) == ("a9", "a9", None)


@pytest.mark.parametrize("bad", [None, [5], ["a", "b"], [3, 2], [0, 999], [True, 2], "0-4", {"start": 0}])
def test_malformed_cue_and_speaker_offsets_are_ignored(bad: object) -> None:
    doc = Document("“Yes,” he said.")
    doc.add([Span(1, 4, "quote", "direct", attrs={"speaker": None, "speaker_span": bad, "cue": bad})])
    (group,) = who_said_what(doc)
    assert (group.quotes[0].cue, group.quotes[0].speaker_span) == (None, None)
    assert cue_and_speaker_spans(doc) == []
    assert parse_blocks(render_html([doc])).blocks == [doc.text]
    assert "(unnamed source)" in record(doc)


def test_cues_and_speaker_phrases_become_render_only_spans() -> None:
    doc = tunnel_doc()
    before = list(doc.spans)
    extra = cue_and_speaker_spans(doc)
    assert doc.spans == before
    shown = [(s.layer, s.label, doc.evidence(s), s.attrs) for s in extra]
    # Names and role nouns are mentions already; only the pronoun and the unnamed sources' phrases are new.
    assert shown == [
        ("quote", "cue", "said", {"speaker": None}),
        ("mention", "speaker", "a resident", {"actor": None}),
        ("quote", "cue", "said", {"speaker": "a1"}),
        ("quote", "cue", "told", {"speaker": "a1"}),
        ("mention", "speaker", "she", {"actor": "a1"}),
        ("quote", "cue", "added", {"speaker": "a1"}),
        ("quote", "cue", "argued", {"speaker": None}),
        ("mention", "speaker", "critics", {"actor": None}),
    ]


def test_a_cue_shared_by_two_quotes_is_drawn_once() -> None:
    doc = Document("She said “yes” and “no”.")
    doc.add([Span(10, 13, "quote", "direct", attrs={"speaker": None, "speaker_span": [0, 3], "cue": [4, 8]}),
             Span(19, 21, "quote", "direct", attrs={"speaker": None, "speaker_span": [0, 3], "cue": [4, 8]})])
    assert [(s.layer, s.start) for s in cue_and_speaker_spans(doc)] == [("quote", 4), ("mention", 0)]


@pytest.mark.parametrize(("text", "limit", "shown"), [
    ("short enough", 20, "short enough"),
    ("abcdefghijklmnopqrstuvwxyz", 5, "abcd…"),
    ("one two three four five six seven eight nine ten", 30, "one two three four … nine ten"),
    ("x" * 50, 20, "x" * 12 + " … " + "x" * 5),
    ("a" * 40 + " " + "b" * 40, 30, "a" * 18 + " … " + "b" * 9),
])
def test_shorten_middle(text: str, limit: int, shown: str) -> None:
    assert shorten_middle(text, limit) == shown
    assert len(shown) <= limit


def test_one_line_joins_paragraphs() -> None:
    assert one_line("  first\r\n\nsecond\tthird ") == "first second third"


def test_default_layers_show_quotes_and_mentions_but_not_sentences() -> None:
    assert {"quote", "mention", "headline", "mt_signal"} <= set(DEFAULT_LAYERS)
    assert not {"sentence", "paragraph"} & set(DEFAULT_LAYERS)


# -- who said what in the terminal ----------------------------------------------------------------------
def test_terminal_actors_table() -> None:
    out = record(tunnel_doc(), width=120)
    assert re.search(r"id\s+name\s+kind\s+role\s+variants\s+mentions\s+quotes", out)
    assert re.search(r"a1\s+Ilse Brandt\s+person\s+Mayor\s+Brandt\s+3\s+4", out)
    assert re.search(r"a2\s+Harbour Guild\s+organisation\s+—\s+—\s+2\s+0", out)


def test_terminal_who_said_what() -> None:
    doc = tunnel_doc()
    out = record(doc, width=120)
    section = out.split("Who said what", 1)[1].split("Machine-translation", 1)[0]
    assert section.index("(unnamed source)") < section.index("Ilse Brandt a1 · person · 4 quotes")
    assert "(unnamed source) · 2 quotes" in section
    start, end = find(doc.text, "The engineers checked every bolt,")
    assert re.search(rf"2\s+direct\s+told\s+she\s+{start}–{end}\s+The engineers checked every bolt,", section)
    start, end = find(doc.text, "And it will be quiet.")
    assert re.search(rf"3\s+direct\s+—\s+—\s+{start}–{end}\s+And it will be quiet\.", section)
    assert re.search(r"2\s+reported\s+argued\s+critics\s+\d+–\d+\s+the Harbour Guild had been ignored", section)


@pytest.mark.parametrize("width", [40, 60, 80])
def test_terminal_who_said_what_in_a_narrow_terminal(width: int) -> None:
    doc = tunnel_doc()
    out = record(doc, width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    flat = re.sub(r"\s+", " ", out)
    start, end = find(doc.text, "The engineers checked every bolt,")
    assert f"direct · cue “told” · by “she” · {start}–{end}" in flat
    assert "a1 Ilse Brandt person · 3 mentions · 4 quotes role: Mayor also: Brandt" in flat
    assert "a2 Harbour Guild organisation · 2 mentions · 0 quotes" in flat


def test_terminal_cuts_a_long_quote_in_the_middle_and_keeps_its_offsets() -> None:
    words = " ".join(f"word{i}" for i in range(80))
    text = f"“{words}” she said."
    doc = Document(text)
    doc.add([Span(1, 1 + len(words), "quote", "direct",
                  attrs={"speaker": None, "speaker_span": [len(words) + 3, len(words) + 6], "cue": None})])
    section = record(doc, width=200).split("Who said what", 1)[1]
    assert "word0 word1" in section and " … " in section and "word79" in section
    assert "word40 " not in section
    assert f"1–{1 + len(words)}" in section


def test_terminal_styles_quotes_cues_and_mentions() -> None:
    doc = tunnel_doc()
    text = highlighted_text(doc)
    assert text.plain == terminal_text(doc.text).rstrip()

    def style_at(needle: str, nth: int = 0) -> str:
        offset = find(doc.text, needle, nth)[0]
        return " ".join(str(s.style) for s in text.spans if s.start <= offset < s.end)

    assert "italic" in style_at("Nobody") and "green" in style_at("Nobody")
    assert "italic" in style_at("tunnel would") and "cyan" in style_at("tunnel would")
    assert "bold" in style_at("told")
    assert "underline" in style_at("she")
    assert "underline" in style_at("Brandt left")
    # A mention inside a reported quote keeps both looks.
    inside = style_at("Harbour Guild")
    assert "underline" in inside and "italic" in inside
    assert style_at("reporters") == ""
    assert highlighted_text(doc, ["headline"]).spans == []


def test_terminal_legend_names_the_quote_looks() -> None:
    assert "layers: quote: direct reported cue mention" in record(tunnel_doc())


def test_terminal_without_actors_or_quotes() -> None:
    out = record(Document("Just a line."))
    assert "No actors found." in out and "No quotes found." in out


# -- who said what in HTML -----------------------------------------------------------------------------
def test_html_quote_and_mention_marks_keep_the_text_exact() -> None:
    doc = tunnel_doc()
    parser = parse_blocks(render_html([doc]))
    assert parser.blocks == [doc.text]
    closed = [(s, e, inside) for layer, s, e, inside in parser.marks if layer == "/"]
    for span in [*doc.spans, *cue_and_speaker_spans(doc)]:
        pieces = "".join(i for s, e, i in closed if (s, e) == (span.start, span.end))
        assert doc.evidence(span) in pieces


def test_html_marks_link_to_actors() -> None:
    doc = tunnel_doc()
    fragment = render_document_fragment(doc)
    start, end = find(doc.text, "The engineers checked every bolt,")
    tag = re.search(rf'<mark data-layer="quote" data-label="direct" data-start="{start}" [^>]*>', fragment)
    assert tag is not None
    assert 'data-speaker="a1"' in tag.group()
    assert "speaker Ilse Brandt (a1)" in tag.group() and "cue “told”" in tag.group() and "as “she”" in tag.group()
    start, end = find(doc.text, "she")
    assert (f'<mark data-layer="mention" data-label="speaker" data-start="{start}" data-end="{end}" '
            'data-actor="a1"') in fragment
    start, end = find(doc.text, "Harbour Guild")
    assert f'data-start="{start}" data-end="{end}" data-actor="a2"' in fragment
    # An unnamed source's quote links to no actor, and says so.
    start, _ = find(doc.text, "Nobody asked us,")
    tag = re.search(rf'<mark data-layer="quote" data-label="direct" data-start="{start}" [^>]*>', fragment)
    assert tag is not None and "data-speaker" not in tag.group()
    assert "speaker (unnamed source)" in tag.group()
    # A continuation has no cue.
    start, _ = find(doc.text, "And it will be quiet.")
    tag = re.search(rf'<mark data-layer="quote" data-label="direct" data-start="{start}" [^>]*>', fragment)
    assert tag is not None and "no cue" in tag.group()


def test_html_actors_and_quotes_tables() -> None:
    doc = tunnel_doc()
    fragment = render_document_fragment(doc)
    actors = fragment.split('<table class="unspin-evidence unspin-actors">', 1)[1].split("</table>", 1)[0]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr data-actor[^>]*>(.*?)</tr>",
                                                                            actors)]
    assert [[re.sub(r"<[^>]+>", "", c) for c in row] for row in cells] == [
        ["a1", "Ilse Brandt", "person", "Mayor", "Brandt", "3", "4"],
        ["a2", "Harbour Guild", "organisation", "—", "—", "2", "0"]]
    assert '<button type="button" data-focus-actor="a2" aria-pressed="false"' in actors
    quotes = fragment.split('<table class="unspin-evidence unspin-quotes">', 1)[1].split("</table>", 1)[0]
    groups = re.findall(r'<th colspan="6" scope="rowgroup">(.*?)</th>', quotes)
    assert [re.sub(r"<[^>]+>", "", g) for g in groups] == ["(unnamed source) 2 quotes",
                                                           "Ilse Brandt a1 · person · 4 quotes"]
    rows = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(<td.*?)</tr>", quotes)]
    start, end = find(doc.text, "And it will be quiet.")
    assert rows[4] == ["3", "direct", "—", "—", f"{start}–{end}", "And it will be quiet."]
    start, end = find(doc.text, "The engineers checked every bolt,")
    assert rows[3] == ["2", "direct", "told", "she", f"{start}–{end}", "The engineers checked every bolt,"]
    assert [r[-1] for r in rows] == ["Nobody asked us,", "the Harbour Guild had been ignored",
                                     "the tunnel would open in May", "The engineers checked every bolt,",
                                     "And it will be quiet.", "fares would stay low"]
    assert f'data-goto="{start}"' in quotes


def test_html_legend_switches_quotes_and_mentions_on() -> None:
    fragment = render_document_fragment(tunnel_doc())
    assert '<input type="checkbox" data-toggle-layer="quote" checked>' in fragment
    assert '<input type="checkbox" data-toggle-layer="mention" checked>' in fragment
    assert re.search(r'data-toggle-layer="quote" checked> .*?\(6\)', fragment)
    assert re.search(r'data-toggle-layer="mention" checked> .*?\(5\)', fragment)
    off = render_document_fragment(tunnel_doc(), layers=["headline"])
    assert re.search(r'<mark data-layer="quote"[^>]*class="unspin-off', off)
    assert re.search(r'<mark data-layer="mention"[^>]*class="unspin-off', off)


def test_html_escapes_actor_names_and_ids() -> None:
    doc = Document("“Hi,” said X.")
    doc.actors = [Actor('a"1', "<img src=x>", "person", ["<img src=x>", "<b>"], "<i>role</i>")]
    doc.add([Span(1, 4, "quote", "direct", attrs={"speaker": 'a"1', "speaker_span": [11, 12], "cue": [6, 10]}),
             Span(11, 12, "mention", "name", attrs={"actor": 'a"1'})])
    page = render_html([doc])
    assert "<img" not in page and "<b>" not in page and "<i>role" not in page
    assert 'data-speaker="a&quot;1"' in page and 'data-focus-actor="a&quot;1"' in page
    assert parse_blocks(page).blocks == [doc.text]


def test_html_without_actors_or_quotes() -> None:
    fragment = render_document_fragment(Document("Just a line."))
    assert "No actors found." in fragment and "No quotes found." in fragment
