"""The read stage: files and bytes to Documents, and every way an input is refused."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from conftest import require_shared
from unspin.document import Document
from unspin.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    RecordError,
    TooLargeError,
)
from unspin.read import FORMATS, read_bytes, read_path, read_text
from unspin.settings import Settings

RUSSIAN = ("Министр заявил журналистам, что переговоры продолжатся на следующей неделе в столице. "
           "Эксперты сомневаются в успехе, но правительство настроено оптимистично.\n")
FRENCH = ("Le ministre a déclaré que les négociations reprendront la semaine prochaine. "
          "« Nous verrons », a-t-il ajouté.\n")
ENGLISH = "The minister said the talks would resume next week.\r\nFew observers believed him.\r\n"


def only(results: Iterable[Document | InputError]) -> Document:
    """The single Document a reader produced."""
    items = list(results)
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- plain text and encodings ------------------------------------------------------------------------

def test_text_file_is_read_exactly_with_nothing_invented(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", ENGLISH.encode("utf-8"))
    doc = only(read_path(path))
    assert doc.text == ENGLISH  # \r\n kept: offsets of other tools still hold
    assert doc.meta == {"source": str(path), "format": "text", "encoding": "utf-8"}


def test_source_is_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "story.txt", b"Text.")
    monkeypatch.chdir(tmp_path)
    assert only(read_path("./story.txt")).meta["source"] == "./story.txt"


def test_utf8_bom_stays_as_character_zero(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"Headline\n\nBody.")
    doc = only(read_path(path))
    assert doc.text == "\ufeffHeadline\n\nBody."
    assert doc.text.index("Body") == 11
    assert doc.meta["encoding"] == "utf-8"


@pytest.mark.parametrize(("codec", "bom", "expected_encoding"), [
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
])
def test_utf16_and_utf32_decode_by_their_bom(tmp_path: Path, codec: str, bom: bytes,
                                             expected_encoding: str) -> None:
    path = write(tmp_path, "wide.txt", bom + RUSSIAN.encode(codec))
    doc = only(read_path(path))
    assert doc.text == RUSSIAN
    assert doc.meta["encoding"] == expected_encoding
    # The invariant: the same text as open() with the recorded encoding, line ends untranslated.
    with open(path, encoding=doc.meta["encoding"], newline="") as handle:
        assert handle.read() == doc.text


@pytest.mark.parametrize(("text", "codec", "expected"), [
    (RUSSIAN, "cp1251", "cp1251"),
    (RUSSIAN, "koi8_r", "koi8_r"),
    (FRENCH, "cp1252", "cp1252"),
])
def test_legacy_code_pages_are_detected(tmp_path: Path, text: str, codec: str, expected: str) -> None:
    path = write(tmp_path, "legacy.txt", text.encode(codec))
    doc = only(read_path(path))
    assert doc.text == text
    assert doc.meta["encoding"] == expected


@pytest.mark.parametrize(("data", "reason_part"), [
    # Greek in its own code page: the best guess among ours comes out in Cyrillic capitals.
    ("Ο υπουργός δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα στην πρωτεύουσα."
     .encode("cp1253"), "capital letters"),
    # Chinese in GBK: no candidate decodes it without a mess.
    ("部长对记者表示，谈判将于下周在首都继续进行，但专家对此表示怀疑。".encode("gbk"), "tried UTF-8"),
    (b"\xc3\x28 broken UTF-8 BOM text", None),
])
def test_undecodable_text_is_refused(tmp_path: Path, data: bytes, reason_part: str | None) -> None:
    if reason_part is None:  # bytes after a UTF-8 BOM that are not UTF-8
        data = codecs.BOM_UTF8 + data
        reason_part = "despite its byte-order mark"
    path = write(tmp_path, "odd.txt", data)
    with pytest.raises(EncodingError) as caught:
        read_path(path)
    assert caught.value.source == str(path)
    assert caught.value.reason.startswith("not valid")
    assert reason_part in caught.value.reason


def test_damaged_utf8_is_refused_not_guessed(tmp_path: Path) -> None:
    data = RUSSIAN.encode("utf-8")
    path = write(tmp_path, "cut.txt", data[:40] + b"\xff" + data[40:])
    with pytest.raises(EncodingError) as caught:
        read_path(path)
    assert caught.value.reason == ("not valid UTF-8: mostly UTF-8, but 1 byte sequence cannot be decoded "
                                   "(the first at byte 40)")


def test_ptc_articles_read_exactly_as_open_reads_them() -> None:
    articles = require_shared("data", "ptc", "train-articles")
    paths = sorted(articles.glob("*.txt"))
    assert len(paths) == 371
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            assert only(read_path(path)).text == handle.read(), path.name


@pytest.mark.parametrize("article_id", ["705409419", "712382330"])
def test_ptc_label_offsets_hold_in_articles_with_a_bom(article_id: str) -> None:
    articles = require_shared("data", "ptc", "train-articles")
    labels = require_shared("data", "ptc", "train-labels-task-flc-tc")
    path = articles / f"article{article_id}.txt"
    doc = only(read_path(path))
    assert doc.text[0] == "\ufeff"
    with open(path, encoding="utf-8") as handle:
        reference = handle.read()
    rows = (labels / f"article{article_id}.task-flc-tc.labels").read_text(encoding="utf-8").splitlines()
    assert rows
    for row in rows:
        _, _technique, start, end = row.split("\t")
        assert doc.text[int(start):int(end)] == reference[int(start):int(end)]


# -- refusals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "name"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP/DOCX"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "GZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
])
def test_binary_signatures_are_refused(tmp_path: Path, data: bytes, name: str) -> None:
    path = write(tmp_path, "looks-like-text.txt", data)
    with pytest.raises(BinaryInputError) as caught:
        read_path(path)
    assert caught.value.reason == f"binary file ({name} signature)"


@pytest.mark.parametrize(("data", "reason"), [
    (b"Some text\x00with a NUL byte", "binary file (contains NUL bytes)"),
    (b"text\x01\x02\x03\x04 with controls \x05\x06", "binary file (24% control characters)"),
])
def test_binary_content_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(BinaryInputError) as caught:
        read_path(write(tmp_path, "blob.txt", data))
    assert caught.value.reason == reason


def test_a_stray_control_character_is_still_text(tmp_path: Path) -> None:
    text = "A long article. " * 20 + "\x1a"
    assert only(read_path(write(tmp_path, "dos.txt", text.encode()))).text == text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\t\r\n ", "empty file (nothing but white space)"),
    (codecs.BOM_UTF8 + b"\n", "empty file (nothing but white space)"),
    (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty file (nothing but white space)"),
])
def test_empty_input_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(EmptyInputError) as caught:
        read_path(write(tmp_path, "empty.txt", data))
    assert caught.value.reason == reason


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(InputError) as caught:
        read_path(path)  # raised at the call, before any iteration
    assert (caught.value.source, caught.value.reason) == (str(path), "no such file")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_path(tmp_path)
    assert caught.value.reason == "is a directory, not a file"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"Text.")
    path.chmod(0)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.reason == "permission denied"


def test_too_large_is_refused_by_stat_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "long.txt", b"x" * 150)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(TooLargeError) as caught:
        read_path(path, settings=Settings(max_bytes=100))
    assert caught.value.reason == "150 bytes exceeds the 100 bytes limit (Settings.max_bytes)"


def test_too_large_message_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(25_000_000)  # a sparse file: stat says 25 MB, the disk holds nothing
    with pytest.raises(TooLargeError) as caught:
        read_path(path)
    assert caught.value.reason == "25 MB exceeds the 20 MB limit (Settings.max_bytes)"


def test_too_large_bytes_in_memory() -> None:
    with pytest.raises(TooLargeError) as caught:
        read_bytes(b"x" * 1001, settings=Settings(max_bytes=1000))
    assert caught.value.reason == "1,001 bytes exceeds the 1,000-byte limit (Settings.max_bytes)"


# -- names ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "with spaces.txt",
    "статья — überschrift.txt",
    "-leading-dash.txt",
    "--help",
    "new\nline.txt",
    "tab\tand\x1bescape.txt",
])
def test_hostile_names_read_fine(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, b"Plain text.")
    doc = only(read_path(str(path)))
    assert doc.meta["source"] == str(path)
    assert doc.text == "Plain text."


def test_error_messages_escape_control_characters_in_names(tmp_path: Path) -> None:
    path = tmp_path / "evil\nFAKE: line.txt"
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.source == str(path)
    assert "\n" not in str(caught.value)
    assert str(caught.value) == f"{str(path)!r}: no such file"


def test_printable_names_are_shown_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "статья 1.txt"
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: no such file"


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_undecodable_file_name_gives_a_source_that_encodes(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xffname.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Plain text.")
    doc = only(read_path(os.fsdecode(raw)))
    assert doc.meta["source"].endswith("bad\\xffname.txt")
    doc.to_json().encode("utf-8")  # would fail on a lone surrogate


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(RUSSIAN.encode("cp1251"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    doc = only(read_path("-"))
    assert doc.text == RUSSIAN
    assert doc.meta == {"source": "-", "format": "text", "encoding": "cp1251"}


def test_empty_stdin_says_input(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    with pytest.raises(EmptyInputError) as caught:
        read_path("-")
    assert str(caught.value) == "-: empty input"


# -- HTML ------------------------------------------------------------------------------------------------

def test_html_page_with_metadata(fixtures_dir: Path) -> None:
    path = fixtures_dir / "read" / "page.html"
    doc = only(read_path(path))
    assert doc.meta == {
        "source": str(path),
        "format": "html",
        "encoding": "utf-8",
        "title": "Harbour ferry fares to double, operator says",
        "published": "2019-06-14",
        "author": "Priya Okonkwo-Hale",
        "outlet": "The Lowmoor Gazette",
        "hostname": "example.org",
        "url": "https://gazette.example.org/news/harbour-ferry-fares",
        "lang": "en-GB",
    }
    first, blank, body = doc.text.split("\n", 2)
    assert (first, blank) == ("Harbour ferry fares to double, operator says", "")
    assert body.startswith("The company running the harbour ferry")
    assert "Most read" not in doc.text and "©" not in doc.text


def test_html_headline_is_not_doubled_when_the_body_starts_with_it() -> None:
    page = ("<html><head><title>Bridge reopens after repairs</title></head><body><article>"
            "<h1>Bridge reopens after repairs</h1><p>The old bridge opened again on Monday after eight "
            "months of work on its foundations, the county said.</p></article></body></html>")
    doc = only(read_bytes(page.encode(), fmt="html"))
    assert doc.text.startswith("Bridge reopens after repairs\nThe old bridge")
    assert doc.text.count("Bridge reopens") == 1


def test_html_declared_legacy_charset() -> None:
    page = ("<html lang='ru'><head><meta charset='windows-1251'><title>Заголовок</title></head><body>"
            f"<p>{RUSSIAN}</p></body></html>")
    doc = only(read_bytes(page.encode("cp1251"), source="ru.html", fmt="html"))
    assert doc.meta["encoding"] == "cp1251"
    assert doc.meta["lang"] == "ru"
    assert doc.text == "Заголовок\n\n" + RUSSIAN.strip()


@pytest.mark.parametrize("name", ["page.txt", "page.dat", "page"])
def test_html_is_sniffed_whatever_the_extension(tmp_path: Path, name: str) -> None:
    page = b"<!DOCTYPE html>\n<html><body><p>A story told in a web page rather than in plain text.</p></body></html>"
    doc = only(read_path(write(tmp_path, name, page)))
    assert doc.meta["format"] == "html"
    assert doc.text == "A story told in a web page rather than in plain text."


def test_text_opening_with_angle_brackets_is_not_html() -> None:
    text = "<<Breaking>> The council met.\n<b> is how some wires mark bold.\n"
    assert only(read_bytes(text.encode())).meta["format"] == "text"


@pytest.mark.parametrize("page", [
    b"<html><body><div><p>Unclosed paragraph with <b>bold and <i>italic text that never ends",
    b"<html><head><title>x</title><body><table><tr><td>Cell text in a table with no end",
    b"<<<<>>>> <p>>>< </div></div></div></html></body>",
    b"<html><body><script>document.write('<p>')</script></body></html>",
    b"<?xml version='1.0'?><html><body><p>&bogus; &#xffffffff; &#0; entities</p></body></html>",
    b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>",
])
def test_broken_html_does_not_crash(page: bytes) -> None:
    try:
        doc = only(read_bytes(page, source="broken.html", fmt="html"))
    except InputError as refused:
        assert refused.source == "broken.html"
        assert "HTML" in refused.reason
    else:
        assert doc.text.strip()
        assert doc.meta["format"] == "html"


def test_html_without_main_text_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"<html><head><title>Only a title</title></head><body></body></html>",
                   source="bare.html", fmt="html")
    assert caught.value.reason == "no main text found in the HTML (trafilatura extracted nothing)"


# -- records ----------------------------------------------------------------------------------------

def test_jsonl_bad_lines_are_yielded_and_good_ones_still_come_out(fixtures_dir: Path) -> None:
    path = fixtures_dir / "read" / "records.jsonl"
    results = list(read_path(path))
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, RecordError)]
    assert [d.meta["external_id"] for d in docs] == ["a-1", 2, 7]
    assert docs[0].text == "First invented story.\nIt has two lines."
    assert docs[0].meta == {"source": f"{path}:1", "format": "json", "encoding": "utf-8", "external_id": "a-1",
                            "url": "https://news.example/a-1", "outlet": "Example News",
                            "published": "2020-02-03"}
    assert docs[1].meta["section"] == "world" and "tags" not in docs[1].meta
    assert docs[2].meta["published"] == "2020-02-03T09:15:00+00:00"
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:4", "not valid JSON at column 19: unterminated string"),
        (f"{path}:5", "the record has neither 'text' nor 'html'"),
        (f"{path}:6", "'published' is not an ISO 8601 date: '03/02/2020'"),
        (f"{path}:7", "'text' must be a string, not a list"),
    ]


def test_json_single_object(tmp_path: Path) -> None:
    path = write(tmp_path, "one.json", '{"text": "Один текст.", "title": "Заголовок", "id": "x"}'.encode())
    doc = only(read_path(path))
    assert doc.text == "Один текст."
    assert doc.meta == {"source": str(path), "format": "json", "encoding": "utf-8", "external_id": "x",
                        "title": "Заголовок"}


def test_json_list_items_carry_their_line(tmp_path: Path) -> None:
    data = b'[\n  {"text": "One."},\n  7,\n  {\n    "text": "Three."\n  }\n]\n'
    path = write(tmp_path, "list.json", data)
    results = list(read_path(path))
    assert [r.meta["source"] if isinstance(r, Document) else (r.source, r.reason) for r in results] == [
        f"{path}:2",
        (f"{path}:3", "a record must be a JSON object, not a number"),
        f"{path}:4",
    ]


@pytest.mark.parametrize(("data", "reason"), [
    (b'{"text": "x",,}', "not valid JSON at line 1, column 14: expecting property name enclosed in double quotes"),
    (b'"just a string"', "a .json file must hold one object or a list of objects, not a string"),
    (b'{"text": "x", "score": NaN}', "not valid JSON: NaN is not a JSON value"),
])
def test_json_file_level_problems_raise(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "bad.json", data)
    with pytest.raises(RecordError) as caught:
        read_path(path)
    assert (caught.value.source, caught.value.reason) == (str(path), reason)


def test_empty_json_list_is_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        read_bytes(b"[ ]", fmt="json")


@pytest.mark.parametrize(("published", "expected"), [
    ("2014-11-27", "2014-11-27"),
    ("20141127", "2014-11-27"),
    ("2014-11-27T10:05:00Z", "2014-11-27T10:05:00+00:00"),
    ("2014-11-27 10:05", "2014-11-27T10:05:00"),
    ("2014-11-27T10:05:00+03:00", "2014-11-27T10:05:00+03:00"),
])
def test_published_is_normalised(published: str, expected: str) -> None:
    line = f'{{"text": "Story.", "published": "{published}"}}'.encode()
    assert only(read_bytes(line, fmt="jsonl")).meta["published"] == expected


@pytest.mark.parametrize(("record", "reason"), [
    (b'{"text": "x", "published": "27 Nov 2014"}', "'published' is not an ISO 8601 date: '27 Nov 2014'"),
    (b'{"text": "x", "published": 1417046400}', "'published' must be an ISO 8601 string, not a number"),
    (b'{"text": "x", "id": [1]}', "'id' must be a string or an integer, not a list"),
    (b'{"text": "x", "id": true}', "'id' must be a string or an integer, not a boolean"),
    (b'{"text": "x", "url": 5}', "'url' must be a string, not a number"),
    (b'{"text": "   "}', "'text' is empty"),
    (b'{"html": {"body": "x"}}', "'html' must be a string, not an object"),
    (b'{"html": "<html><body></body></html>"}', "no main text found in the HTML (trafilatura extracted nothing)"),
    (b'["text", "x"]', "a record must be a JSON object, not a list"),
    (b'{"text": "x", "n": Infinity}', "not valid JSON: Infinity is not a JSON value"),
])
def test_bad_records_are_yielded(record: bytes, reason: str) -> None:
    results = list(read_bytes(b'{"text": "Good."}\n' + record, source="in.jsonl", fmt="jsonl"))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], RecordError)
    assert (results[1].source, results[1].reason) == ("in.jsonl:2", reason)


def test_html_record_goes_through_the_html_reader_and_declared_fields_win() -> None:
    html = ("<html><head><title>Page title</title><meta name='author' content='Page Author'></head><body>"
            "<p>The body of the page, long enough to be an article paragraph of its own.</p></body></html>")
    record = {"html": html, "title": "Record title", "id": 9}
    doc = only(read_bytes(json.dumps(record).encode(), fmt="jsonl"))
    assert doc.text == "Page title\n\nThe body of the page, long enough to be an article paragraph of its own."
    assert doc.meta["format"] == "json"
    assert doc.meta["title"] == "Record title"
    assert doc.meta["author"] == "Page Author"
    assert doc.meta["external_id"] == 9


def test_record_fields_that_clash_with_reader_fields_are_renamed() -> None:
    line = b'{"text": "Story.", "source": "Wire", "format": "brief", "encoding": "x", "score": 0.5, "ok": true}'
    meta = only(read_bytes(line, source="f.jsonl", fmt="jsonl")).meta
    assert meta == {"source": "f.jsonl:1", "format": "json", "encoding": "utf-8", "record_source": "Wire",
                    "record_format": "brief", "record_encoding": "x", "score": 0.5, "ok": True}


def test_record_text_is_kept_exactly() -> None:
    line = b'{"text": "\\ufeffTitle\\r\\n\\r\\nBody\\u2028same line"}'
    assert only(read_bytes(line, fmt="jsonl")).text == "\ufeffTitle\r\n\r\nBody\u2028same line"


def test_jsonl_with_crlf_and_blank_lines() -> None:
    data = b'{"text": "One."}\r\n\r\n{"text": "Two."}\r\n'
    results = list(read_bytes(data, source="w.jsonl", fmt="jsonl"))
    assert [r.meta["source"] for r in results if isinstance(r, Document)] == ["w.jsonl:1", "w.jsonl:3"]


# -- API --------------------------------------------------------------------------------------------------

def test_read_bytes_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        read_bytes(b"x", fmt="pdf")
    assert FORMATS == ("text", "html", "json", "jsonl")


def test_read_text() -> None:
    doc = read_text("Body.", {"url": "https://news.example/1"})
    assert doc.meta == {"source": "-", "format": "text", "url": "https://news.example/1"}
    with pytest.raises(EmptyInputError):
        read_text(" \n")
    with pytest.raises(TypeError):
        read_text(b"bytes")  # type: ignore[arg-type]


def test_explicit_text_format_does_not_sniff() -> None:
    page = b"<html><body><p>Markup kept as text.</p></body></html>"
    doc = only(read_bytes(page, fmt="text"))
    assert doc.text == page.decode()
    assert doc.meta["format"] == "text"
