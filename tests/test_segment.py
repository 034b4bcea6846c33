"""Paragraphs, sentences and tokens: offsets, abbreviations, quotes, and the PTC corpus as a property test."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from unspin.document import Document, Span
from unspin.segment import annotate_segments, find_paragraphs, find_sentences, iter_lines, tokenize
from unspin.settings import DEFAULT_SETTINGS

S = DEFAULT_SETTINGS


def one_paragraph(text: str) -> Document:
    """A document whose whole text is one body paragraph (no anatomy spans)."""
    return Document(text)


def sentences(text: str) -> list[str]:
    doc = one_paragraph(text)
    return [doc.evidence(s) for s in find_sentences(doc, settings=S)]


def spans_of(doc: Document, layer: str) -> list[str]:
    return [doc.evidence(s) for s in doc.layer(layer)]


def at(text: str, piece: str, layer: str, **attrs: object) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), layer, attrs=dict(attrs))


# -- lines and paragraphs --------------------------------------------------------------------------


def test_iter_lines_trims_and_skips_blank_lines() -> None:
    text = "\ufeff  First line \r\n\n \t \nSecond\n"
    assert [text[s:e] for s, e in iter_lines(text)] == ["First line", "Second"]


def test_every_non_blank_line_is_a_paragraph_with_its_index() -> None:
    text = "Headline of the day\n\nOne paragraph here.\nAnother after a single newline.\n\n\nA third one."
    doc = Document(text)
    doc.add([at(text, "Headline of the day", "headline")])
    paras = find_paragraphs(doc, settings=S)
    assert [doc.evidence(p) for p in paras] == ["One paragraph here.", "Another after a single newline.",
                                                 "A third one."]
    assert [p.attrs for p in paras] == [{"index": 0}, {"index": 1}, {"index": 2}]
    assert {p.layer for p in paras} == {"paragraph"}


def test_byline_and_timestamp_lines_are_not_paragraphs_even_when_two_spans_share_the_line() -> None:
    text = "Big news today\nBy Jane Roe, 12 March 2019\nUpdated 10:15 GMT\nThe body starts here."
    doc = Document(text)
    doc.add([at(text, "Big news today", "headline"), at(text, "By Jane Roe", "byline"),
             at(text, "12 March 2019", "timestamp"), at(text, "Updated 10:15 GMT", "timestamp")])
    # What the two spans leave of "By Jane Roe, 12 March 2019" is ", ": no body text, so no paragraph.
    assert spans_of_paragraphs(doc) == ["The body starts here."]


def spans_of_paragraphs(doc: Document) -> list[str]:
    return [doc.evidence(p) for p in find_paragraphs(doc, settings=S)]


def test_a_line_covered_by_adjacent_furniture_spans_is_skipped() -> None:
    text = "Title line\nBy John Doe 5 May 2020\nBody text."
    doc = Document(text)
    doc.add([at(text, "Title line", "headline"), at(text, "By John Doe", "byline"),
             at(text, "5 May 2020", "timestamp")])
    assert spans_of_paragraphs(doc) == ["Body text."]


@pytest.mark.parametrize("text", ["By John Doe The minister arrived late.", "By John Doe | The minister arrived late.",
                                  "By John Doe — The minister arrived late."])
def test_furniture_at_the_start_of_a_line_is_cut_off_the_paragraph(text: str) -> None:
    doc = Document(text)
    doc.add([at(text, "By John Doe", "byline")])
    assert spans_of_paragraphs(doc) == ["The minister arrived late."]


def test_furniture_in_the_middle_of_a_line_stays_in_the_paragraph() -> None:
    text = "Our reporter John Doe saw it."
    doc = Document(text)
    doc.add([at(text, "John Doe", "byline")])
    assert spans_of_paragraphs(doc) == [text]


@pytest.mark.parametrize("attrs", [{"kind": "headline"}, {}], ids=["kind-attr", "same-text"])
def test_a_repeated_headline_is_not_a_paragraph(attrs: dict[str, object]) -> None:
    text = "Ministers meet in Oslo\n\nMinisters meet in Oslo\n\nThe ministers met on Monday."
    doc = Document(text)
    second = text.index("Ministers", 5)
    doc.add([Span(0, 22, "headline"), Span(second, second + 22, "repeated", attrs=attrs)])
    assert spans_of_paragraphs(doc) == ["The ministers met on Monday."]


def test_a_repeated_body_line_stays_a_paragraph() -> None:
    text = "Title\nRead more below.\nRead more below."
    doc = Document(text)
    second = text.rindex("Read")
    doc.add([at(text, "Title", "headline"), Span(second, len(text), "repeated", attrs={"kind": "paragraph"})])
    assert spans_of_paragraphs(doc) == ["Read more below.", "Read more below."]


def test_dateline_lines_stay_in_the_body() -> None:
    text = "KALININGRAD, March 14. /TASS/. The inspectors arrived."
    doc = Document(text)
    doc.add([at(text, "KALININGRAD, March 14. /TASS/.", "dateline")])
    assert spans_of_paragraphs(doc) == [text]


# -- sentences -------------------------------------------------------------------------------------

CASES: list[tuple[str, str, list[str]]] = [
    ("abbrev-mid", "Officials from the U.S. Navy and the U.N. mission met. They talked.",
     ["Officials from the U.S. Navy and the U.N. mission met.", "They talked."]),
    # The rule for a capital after a dotted acronym: break only before a listed sentence opener.
    ("acronym-at-end", "The company is based in the U.S. The next day it moved.",
     ["The company is based in the U.S.", "The next day it moved."]),
    ("acronym-before-name", "Aid reached U.S. Marines in the port.", ["Aid reached U.S. Marines in the port."]),
    ("acronym-before-number", "The U.S. 2020 vote was close.", ["The U.S. 2020 vote was close."]),
    ("pm-then-opener", "It began at 9 p.m. He left at 10 p.m. Moscow time.",
     ["It began at 9 p.m.", "He left at 10 p.m. Moscow time."]),
    ("eg", "Some states, e.g. Norway, refused. Others agreed.",
     ["Some states, e.g. Norway, refused.", "Others agreed."]),
    ("titles", "Dr. Lind met Mr. Oakes and Gen. Hale in St. Louis. It rained.",
     ["Dr. Lind met Mr. Oakes and Gen. Hale in St. Louis.", "It rained."]),
    ("title-in-compound", "They prayed in Lake-St. Anne church. It was cold.",
     ["They prayed in Lake-St. Anne church.", "It was cold."]),
    ("initial-latin", "A memo from J. Doe reached M. Vasilchenko on Friday. Nobody replied.",
     ["A memo from J. Doe reached M. Vasilchenko on Friday.", "Nobody replied."]),
    ("initial-then-opener", "They fought in World War I. The war changed them.",
     ["They fought in World War I.", "The war changed them."]),
    ("dateline", "KALININGRAD, March 14. /TASS/. The inspectors arrived on April 2. They left.",
     ["KALININGRAD, March 14. /TASS/.", "The inspectors arrived on April 2.", "They left."]),
    ("decimal", "Growth slowed to 3.5 percent in 2019. Prices rose by 2,000 units.",
     ["Growth slowed to 3.5 percent in 2019.", "Prices rose by 2,000 units."]),
    ("number-opens", "Storms hit in 2014. 15 people died.", ["Storms hit in 2014.", "15 people died."]),
    ("number-abbrev", "See No. 7 and p. 12 for details. Done.", ["See No. 7 and p. 12 for details.", "Done."]),
    ("quote-ends", "He said it was “a trifle.” The next morning he resigned.",
     ["He said it was “a trifle.”", "The next morning he resigned."]),
    ("quote-dash-question", "“Who pays for this?” — said Bram. Then he left.",
     ["“Who pays for this?” — said Bram.", "Then he left."]),
    ("quote-dash-period", "“We will never agree.” — said the envoy. Talks ended.",
     ["“We will never agree.” — said the envoy.", "Talks ended."]),
    ("quote-comma", "“We are ready,” he said. “Are you?” she asked.",
     ["“We are ready,” he said.", "“Are you?” she asked."]),
    ("straight-quotes", "\"It was late.\" Nobody answered.", ["\"It was late.\"", "Nobody answered."]),
    ("ellipsis-mid", "He waited... and waited… then left. Silence.",
     ["He waited... and waited… then left.", "Silence."]),
    ("ellipsis-end", "It never ends... The crowd left… Nobody stayed…",
     ["It never ends...", "The crowd left…", "Nobody stayed…"]),
    ("bang-question", "Stop! Why now? Because.", ["Stop!", "Why now?", "Because."]),
    ("parentheses", "They agreed. (The vote was close.) Then they ate.",
     ["They agreed.", "(The vote was close.)", "Then they ate."]),
    ("parentheses-inner", "The plan (see p. 4) failed. Next.", ["The plan (see p. 4) failed.", "Next."]),
    ("numbered-item", "1. The first point is cost.", ["1. The first point is cost."]),
    ("ru-quote", "«Мы готовы к переговорам», — сказал он. Встреча прошла в пятницу.",
     ["«Мы готовы к переговорам», — сказал он.", "Встреча прошла в пятницу."]),
    ("ru-quote-question", "«Кто за это заплатит?» — спросил депутат. Ответа не было.",
     ["«Кто за это заплатит?» — спросил депутат.", "Ответа не было."]),
    ("ru-abbrev", "Он живёт в г. Тверь, т.е. недалеко, на ул. Садовой. Мы поехали.",
     ["Он живёт в г. Тверь, т.е. недалеко, на ул. Садовой.", "Мы поехали."]),
    ("ru-year", "Это случилось в 2015 г. Он уехал.", ["Это случилось в 2015 г.", "Он уехал."]),
    ("ru-initial", "Заявление сделал В. Петров. Затем выступил А. В. Смирнов.",
     ["Заявление сделал В. Петров.", "Затем выступил А. В. Смирнов."]),
    ("ru-imeni", "Парк им. Горького открыли. Люди пришли.", ["Парк им. Горького открыли.", "Люди пришли."]),
    ("fr-monsieur", "M. Lemaire a parlé. Le lendemain, Mme Roux a répondu.",
     ["M. Lemaire a parlé.", "Le lendemain, Mme Roux a répondu."]),
    ("fr-guillemets", "« Pourquoi pas ? » a-t-il demandé. « Jamais. » Il est parti.",
     ["« Pourquoi pas ? » a-t-il demandé.", "« Jamais. »", "Il est parti."]),
    ("de-abbrev", "Viele Länder, z.B. Polen, stimmten zu. Sie gingen.",
     ["Viele Länder, z.B. Polen, stimmten zu.", "Sie gingen."]),
    ("de-ordinal-date", "Am 3. März wurde Nr. 5 eröffnet. Dann kam der Regen.",
     ["Am 3. März wurde Nr. 5 eröffnet.", "Dann kam der Regen."]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_attrs_name_their_paragraph_or_none_for_the_headline() -> None:
    text = "Talks fail. Envoys leave\n\nFirst body line. Second one.\nThird line"
    doc = Document(text)
    doc.add([at(text, "Talks fail. Envoys leave", "headline")])
    annotate_segments(doc, settings=S)
    got = [(doc.evidence(s), s.attrs["paragraph"]) for s in doc.layer("sentence")]
    assert got == [("Talks fail.", None), ("Envoys leave", None), ("First body line.", 0),
                   ("Second one.", 0), ("Third line", 1)]


def test_a_sentence_never_crosses_a_line() -> None:
    text = "It was sent to the U.S.\nAttorneys replied on Monday."
    doc = Document(text)
    annotate_segments(doc, settings=S)
    assert spans_of(doc, "sentence") == ["It was sent to the U.S.", "Attorneys replied on Monday."]


def test_find_sentences_finds_paragraphs_itself_when_the_layer_is_missing() -> None:
    doc = Document("One. Two.\n\nThree.")
    assert [doc.evidence(s) for s in find_sentences(doc, settings=S)] == ["One.", "Two.", "Three."]


def test_a_byte_order_mark_does_not_hide_the_first_sentence_end() -> None:
    text = "\ufeffShort title. Second part"
    doc = Document(text)
    annotate_segments(doc, settings=S)
    assert [(s.start, doc.evidence(s)) for s in doc.layer("sentence")] == [(1, "Short title."),
                                                                           (14, "Second part")]


# -- tokens ----------------------------------------------------------------------------------------

TOKENS: list[tuple[str, list[str]]] = [
    ("It’s d’État.", ["It’s", "d’État", "."]),
    ("A well-known 2,000-strong unit, 1.5 km.", ["A", "well-known", "2,000-strong", "unit", ",", "1.5", "km", "."]),
    ("The U.S. and e.g. т.е. z.B. left.", ["The", "U.S.", "and", "e.g.", "т.е.", "z.B.", "left", "."]),
    ("Dr. Lind and J. Doe, No. 5.", ["Dr.", "Lind", "and", "J.", "Doe", ",", "No.", "5", "."]),
    ("said no. Then", ["said", "no", ".", "Then"]),
    ("Wait... «Да»!", ["Wait", "...", "«", "Да", "»", "!"]),
    ("“Why?” — said X.", ["“", "Why", "?", "”", "—", "said", "X", "."]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[t for t, _ in TOKENS])
def test_tokenize(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in tokenize(text)] == expected


def test_tokenize_window_keeps_offsets_into_the_whole_text() -> None:
    text = "Skip this. Keep these words."
    start = text.index("Keep")
    assert tokenize(text, start, len(text) - 1) == [(11, 15), (16, 21), (22, 27)]


# -- data ------------------------------------------------------------------------------------------

LANGUAGES = ["en", "fr", "de", "ru"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_abbreviation_lists_are_well_formed(lang: str) -> None:
    raw = resources.files("unspin").joinpath("data", "segment", f"{lang}.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    for key in ("no_break", "ambiguous", "before_number", "openers", "months"):
        words = data[key]
        assert all(isinstance(w, str) and w and not w.endswith(".") and " " not in w for w in words), key


# -- real articles ---------------------------------------------------------------------------------


@pytest.mark.shared
def test_ptc_sentences_are_trimmed_inside_their_paragraph_and_cover_it(ptc_articles: Path) -> None:
    files = sorted(ptc_articles.glob("*.txt"))
    assert len(files) > 300
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        doc = Document(text)
        annotate_segments(doc, settings=S)
        paragraphs = doc.layer("paragraph")
        by_index = {p.attrs["index"]: p for p in paragraphs}
        covered: dict[int, int] = {}
        for sent in doc.layer("sentence"):
            piece = doc.evidence(sent)
            assert piece and piece == piece.strip(), (path.name, sent)
            para = by_index[sent.attrs["paragraph"]]
            assert para.start <= sent.start < sent.end <= para.end, (path.name, sent)
            covered[para.attrs["index"]] = covered.get(para.attrs["index"], 0) + sum(
                not c.isspace() for c in piece)
        for para in paragraphs:
            assert covered.get(para.attrs["index"]) == sum(not c.isspace() for c in doc.evidence(para)), (
                path.name, para)
        total += len(doc.layer("sentence"))
    assert total > len(files) * 10


@pytest.mark.shared
def test_no_sentence_of_the_shared_examples_starts_with_an_attribution_dash(shared_examples: Path) -> None:
    for path in sorted(shared_examples.rglob("*.txt")):
        doc = Document(path.read_text(encoding="utf-8"))
        annotate_segments(doc, settings=S)
        starts = [doc.evidence(s)[0] for s in doc.layer("sentence")]
        assert not set(starts) & set("—–-"), path.name
