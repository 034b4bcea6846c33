"""Whole-pipeline checks on real articles (read from ../shared at test time) and on articles we wrote.

The same checks run on the real TASS copy and on our own machine-translated articles with other names,
places, dates and wires, so no rule can be tuned to the one real file.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from conftest import FIXTURES, require_shared
from unspin import Document, analyze_document, read_path


def builtin_example() -> Path:
    return Path(str(resources.files("unspin").joinpath("data", "examples", "example-mt-wire.txt")))


def analysed(path: Path) -> Document:
    [doc] = list(read_path(path))
    assert isinstance(doc, Document)
    return analyze_document(doc)


CASES = {
    # name: (path getter, headline start words, repeated?, place, date, date_iso, wire, paragraphs, mt high?)
    "tass-mosul (real)": (lambda: require_shared("examples", "tass-mosul-2017-04-02.txt"),
                          "Russian defense Ministry:", True, "MOSCOW", "April 2", "--04-02", "TASS", 6, True),
    "built-in example (ours)": (builtin_example, "Russian agriculture Ministry:", True, "KALININGRAD",
                                "March 14", "--03-14", "TASS", 6, True),
    "RIA-style MT copy (ours)": (lambda: FIXTURES / "articles" / "ria-mt-volgograd.txt",
                                 "The Ministry of foreign affairs", False, "VOLGOGRAD", "5 October", "--10-05",
                                 "RIA Novosti", 4, True),
    "native wire (ours)": (lambda: FIXTURES / "articles" / "native-wire.txt", "Harbor strike", False,
                           "ROTTERDAM", "Oct. 9", "--10-09", "Reuters", 4, False),
}


@pytest.mark.parametrize("name", list(CASES))
def test_anatomy_language_and_mt(name: str) -> None:
    get, headline, repeated, place, date, date_iso, wire, n_paragraphs, mt_high = CASES[name]
    doc = analysed(get())
    [head] = doc.layer("headline")
    assert doc.evidence(head).startswith(headline)
    assert head.start == 0
    reps = [s for s in doc.layer("repeated") if s.attrs["of"] == [head.start, head.end]]
    assert bool(reps) is repeated
    if repeated:
        assert doc.evidence(reps[0]) == doc.evidence(head)
    [dl] = doc.layer("dateline")
    assert (dl.attrs["place"], dl.attrs["date"], dl.attrs["date_iso"], dl.attrs["wire"]) == (
        place, date, date_iso, wire)
    assert doc.evidence(dl).startswith(place)
    paragraphs = doc.layer("paragraph")
    assert len(paragraphs) == n_paragraphs
    assert paragraphs[0].start == dl.start  # the dateline opens the first body paragraph
    assert doc.labels["language"] == "en"
    if mt_high:
        assert doc.labels["mt_score"] >= 0.7, doc.labels
    else:
        assert doc.labels["mt_score"] < 0.3, doc.labels
    for span in doc.spans:
        assert doc.evidence(span) == doc.evidence(span).strip(), span


def test_mosul_copy_has_the_signals_its_notes_list() -> None:
    doc = analysed(require_shared("examples", "tass-mosul-2017-04-02.txt"))
    signals = doc.labels["mt_signals"]
    for kind in ("quote_dash_attribution", "institution_casing", "name_variants", "calque"):
        assert signals.get(kind, 0) >= 1, (kind, signals)
    dash = [doc.evidence(s) for s in doc.layer("mt_signal") if s.label == "quote_dash_attribution"]
    assert len(dash) >= 3


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("tass-lavrov-nato-2022-02-17.txt", "en"),
        ("reuters-donetsk-2014-11-02.txt", "en"),
        ("fosters-oped-2014-03-07.txt", "en"),
        ("rin-poroshenko-2014-11-30.txt", "en"),
        ("novosti-saratova-volodin-2024-11-23.txt", "ru"),
        ("rtfrance-putin-2025-05-26.txt", "fr"),
        ("story-peskov-2014-11-27/interfax-2014-11-27.txt", "ru"),
    ],
)
def test_every_real_example_reads_and_gets_its_language(name: str, lang: str) -> None:
    doc = analysed(require_shared("examples", *name.split("/")))
    assert doc.labels["language"] == lang
    assert doc.layer("paragraph")
