"""JSON and JSON Lines to articles: one record, one Document; one bad record, one RecordError.

A record is a JSON object with the article as ``text`` (used exactly as given) or ``html`` (which goes
through the HTML reader; ``text`` wins when both are present). Optional fields:

``id`` (string or number, kept as ``meta["external_id"]``), ``url``, ``title``, ``outlet``, ``lang``
(strings) and ``published`` (an ISO 8601 date or date-time string, normalised by ``date.fromisoformat`` /
``datetime.fromisoformat``). Any other field whose value is a JSON scalar is kept in meta under its own
key; a field named like one the reader sets itself (``source``, ``format``, ``encoding``,
``external_id``) is kept as ``record_<name>``. Nulls are left out; lists and objects are dropped.

``meta["source"]`` is ``path:line``, the line where the record starts (for a single-object ``.json``
file, the path alone), so a report points at the record. A record that is not valid JSON, lacks
``text``/``html`` or has a field of the wrong type is yielded as a ``RecordError`` and the others go on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Final

from unspin.document import Document
from unspin.errors import BinaryInputError, EmptyInputError, InputError, RecordError
from unspin.read.html import extract_html
from unspin.read.sources import input_error

__all__ = ["iter_json", "iter_jsonl", "iter_jsonl_stream"]

_STRING_FIELDS: Final = ("url", "title", "outlet", "lang")
_RESERVED: Final = frozenset({"source", "format", "encoding", "external_id"})
# Fields consumed above, which therefore are not copied to meta under their own names.
_CONSUMED: Final = frozenset({"text", "html", "id", "published", *_STRING_FIELDS})
_WHITESPACE: Final = " \t\n\r\x0b\x0c"
_DANGLING_AT_RE: Final = re.compile(r"\s+(?:starting\s+)?at$")


def _reject_constant(name: str) -> float:
    # Python's json accepts NaN and Infinity, which are not JSON; a document holding one could not be
    # written back out as valid JSON.
    raise ValueError(f"{name} is not a JSON value")


_DECODER: Final = json.JSONDecoder(parse_constant=_reject_constant)


def iter_jsonl(text: str, source: str, encoding: str) -> Iterator[Document | InputError]:
    """One Document (or RecordError) per non-blank line of a JSON Lines text."""
    # Split on line feeds only: U+2028 and friends may appear raw inside JSON strings.
    return _line_records(enumerate(text.lstrip("\ufeff").split("\n"), start=1), source, encoding)


def _line_records(lines: Iterable[tuple[int, str | InputError]], source: str,
                  encoding: str) -> Iterator[Document | InputError]:
    """Numbered JSON Lines lines (or a line's own error) to Documents and RecordErrors; blank lines skipped."""
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip(_WHITESPACE):
            continue
        where = f"{source}:{number}"
        try:
            record = _DECODER.decode(line)
        except ValueError as exc:  # json.JSONDecodeError and rejected constants
            yield input_error(RecordError, where, f"not valid JSON{_json_reason(exc, in_line=True)}")
            continue
        yield from _one(record, where, encoding)


def iter_jsonl_stream(path: Path, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """One Document (or RecordError) per line of a JSON Lines FILE of any size, read line by line.

    For corpora larger than ``Settings.max_bytes`` (which then bounds each record, not the file). JSON Lines
    is UTF-8 by definition, so each line is decoded as UTF-8 (a leading BOM is dropped); a line that is not
    UTF-8, or is longer than the limit, is one RecordError and the others go on. A file that opens with NUL
    bytes is refused whole as binary.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise input_error(InputError, source, f"cannot read it ({exc.strerror or exc})") from None
    with handle:
        if b"\x00" in handle.read(8192):
            raise input_error(BinaryInputError, source, "binary file (contains NUL bytes)")
        handle.seek(0)
        yield from _line_records(_decoded_lines(handle, source, max_bytes), source, "utf-8")


def _decoded_lines(handle: BinaryIO, source: str, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(_limited_lines(handle, max_bytes), start=1):
        where = f"{source}:{number}"
        if raw is None:
            yield number, input_error(RecordError, where, f"the line is longer than the {max_bytes:,}-byte limit "
                                                          "(Settings.max_bytes)")
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, input_error(RecordError, where, f"not UTF-8 (byte {exc.start + 1} of the line); JSON "
                                                          "Lines must be UTF-8")


def _limited_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file without their line feed; None for a line longer than ``limit`` (which is
    skipped without ever being held whole in memory)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the over-long line
                line = handle.readline(1 << 20)
            yield None
            continue
        yield line.rstrip(b"\n")


def iter_json(text: str, source: str, encoding: str) -> Iterator[Document | InputError]:
    """Documents from a JSON text holding one object or a list of objects.

    The whole text is parsed before anything is yielded: a ``.json`` file that is not valid JSON, or
    holds neither an object nor a list, raises ``RecordError`` (a file-level refusal). Items of a list
    that are not usable records are yielded as ``RecordError``.
    """
    body = text.lstrip("\ufeff")
    try:
        data = _DECODER.decode(body)
    except ValueError as exc:
        raise input_error(RecordError, source, f"not valid JSON{_json_reason(exc)}") from exc
    if isinstance(data, dict):
        return _one(data, source, encoding)
    if isinstance(data, list):
        if not data:
            raise input_error(EmptyInputError, source, "the JSON list holds no records")
        return _items(body, source, encoding)
    raise input_error(RecordError, source,
                      f"a .json file must hold one object or a list of objects, not {_json_type(data)}")


def _one(record: object, source: str, encoding: str) -> Iterator[Document | InputError]:
    try:
        yield _record_document(record, source, encoding)
    except RecordError as exc:
        yield exc


def _items(body: str, source: str, encoding: str) -> Iterator[Document | InputError]:
    """The items of a JSON array already known to be valid, each with the line where it starts."""
    position = _skip_space(body, 0) + 1  # past "["
    line, counted = 1, 0
    while True:
        position = _skip_space(body, position)
        if body[position] == "]":
            return
        item, end = _DECODER.raw_decode(body, position)
        line += body.count("\n", counted, position)
        counted = position
        yield from _one(item, f"{source}:{line}", encoding)
        position = _skip_space(body, end)
        if body[position] == ",":
            position += 1


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _record_document(record: object, source: str, encoding: str) -> Document:
    if not isinstance(record, dict):
        raise input_error(RecordError, source, f"a record must be a JSON object, not {_json_type(record)}")
    meta: dict[str, Any] = {"source": source, "format": "json", "encoding": encoding}

    text = record.get("text")
    html = record.get("html")
    if text is not None:
        if not isinstance(text, str):
            raise input_error(RecordError, source, f"'text' must be a string, not {_json_type(text)}")
        if not text.strip():
            raise input_error(RecordError, source, "'text' is empty")
    elif html is not None:
        if not isinstance(html, str):
            raise input_error(RecordError, source, f"'html' must be a string, not {_json_type(html)}")
        if not html.strip():
            raise input_error(RecordError, source, "'html' is empty")
        text, found = extract_html(html, source, error=RecordError)
        meta.update(found)
    else:
        raise input_error(RecordError, source, "the record has neither 'text' nor 'html'")

    external_id = record.get("id")
    if external_id is not None:
        if isinstance(external_id, bool) or not isinstance(external_id, str | int):
            raise input_error(RecordError, source,
                              f"'id' must be a string or an integer, not {_json_type(external_id)}")
        meta["external_id"] = external_id
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise input_error(RecordError, source, f"'{key}' must be a string, not {_json_type(value)}")
        meta[key] = value
    published = record.get("published")
    if published is not None:
        meta["published"] = _iso8601(published, source)

    for key, value in record.items():
        if key in _CONSUMED or value is None or isinstance(value, list | dict):
            continue
        meta[f"record_{key}" if key in _RESERVED else key] = value
    return Document(text, meta)


def _iso8601(value: object, source: str) -> str:
    """A ``published`` value normalised to ISO 8601: a date stays a date, a date-time stays a date-time."""
    if not isinstance(value, str):
        raise input_error(RecordError, source,
                          f"'published' must be an ISO 8601 string, not {_json_type(value)}")
    stripped = value.strip()
    try:
        return date.fromisoformat(stripped).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(stripped).isoformat()
    except ValueError:
        raise input_error(RecordError, source, f"'published' is not an ISO 8601 date: {value!r}") from None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _json_reason(exc: ValueError, *, in_line: bool = False) -> str:
    """``at line 3, column 7: expecting ',' delimiter`` (``at column 7: ...`` within one JSON Lines line)."""
    if not isinstance(exc, json.JSONDecodeError):
        return f": {exc}"
    # json's messages end in "... at" because they expect a position after them; the position comes first.
    message = _DANGLING_AT_RE.sub("", exc.msg)
    message = message[:1].lower() + message[1:]
    # Within one JSON Lines record the line is already in the source; only the column helps.
    where = f"column {exc.colno}" if in_line else f"line {exc.lineno}, column {exc.colno}"
    return f" at {where}: {message}"
