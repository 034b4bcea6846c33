"""The read stage: files and bytes become Documents, or errors that say which input and why.

    read_path("article.txt")        -> one Document (format "text")
    read_path("page.html")          -> one Document (format "html"; see unspin.read.html)
    read_path("batch.jsonl")        -> one Document or RecordError per line (format "json")
    read_path("-")                  -> the same, from standard input

The format comes from the extension (``.txt``/``.text``/``.md`` and anything unknown are text; ``.html``,
``.htm``, ``.xhtml`` are HTML; ``.json`` is one object or a list of objects; ``.jsonl``/``.ndjson`` is one
object per line), and a text input that opens like an HTML page is read as HTML (a heuristic sniff, see
:func:`unspin.read.html.looks_like_html`).

Errors: a problem with the whole input (missing, a directory, unreadable, empty, binary, not decodable,
larger than ``Settings.max_bytes``) is RAISED as an ``InputError`` subclass when ``read_path`` or
``read_bytes`` is called; the size is checked with ``stat`` before a file is read, so a huge file is never
loaded. A problem with one record of a JSON/JSONL input is YIELDED as a ``RecordError`` so a batch can
report it and carry on with the other records.

A plain-text Document's text is the file's text exactly (see :mod:`unspin.read.decode`: a UTF-8 BOM stays
as character 0, line ends are not translated) and its meta holds ``source``, ``format`` and ``encoding``,
nothing else.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from unspin.document import Document
from unspin.errors import EmptyInputError, InputError, TooLargeError
from unspin.read.decode import ENCODING_CANDIDATES, decode_bytes
from unspin.read.html import extract_html, looks_like_html
from unspin.read.records import iter_json, iter_jsonl
from unspin.read.sources import input_error, source_name
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = ["FORMATS", "read_bytes", "read_path", "read_text"]

FORMATS: Final = ("text", "html", "json", "jsonl")

_SUFFIX_FORMATS: Final = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

STDIN: Final = "-"


def read_path(path: str | Path, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """Read one file (``"-"``: standard input) into Documents; see the module docstring.

    ``"-"`` (as a string or a Path) always means standard input; a file of that name is ``"./-"``.
    """
    if str(path) == STDIN:
        return read_bytes(_read_stdin(settings), source=STDIN, settings=settings)
    source = source_name(path)
    path = Path(path)
    data = _read_file(path, source, settings)
    fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
    return read_bytes(data, source=source, fmt=fmt, settings=settings)


def read_bytes(data: bytes, *, source: str = STDIN, fmt: str | None = None,
               settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """Read bytes held in memory (standard input, an upload) into Documents.

    ``fmt`` is one of :data:`FORMATS`, or None to read text and sniff for HTML. The bytes are decoded and
    checked when this is called (raising ``InputError``); records of a JSON Lines input are parsed as the
    iterator is consumed.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)} or None")
    source = source_name(source)
    if len(data) > settings.max_bytes:
        raise input_error(TooLargeError, source, _too_large(len(data), settings.max_bytes))
    text, encoding = decode_bytes(data, source, html=fmt in {None, "html"}, candidates=ENCODING_CANDIDATES)
    if fmt == "json":
        return iter_json(text, source, encoding)
    if fmt == "jsonl":
        return iter_jsonl(text, source, encoding)
    if fmt == "html" or (fmt is None and looks_like_html(text)):
        body, found = extract_html(text, source)
        return iter((Document(body, {"source": source, "format": "html", "encoding": encoding, **found}),))
    return iter((Document(text, {"source": source, "format": "text", "encoding": encoding}),))


def read_text(text: str, meta: Mapping[str, Any] | None = None) -> Document:
    """A Document for a text already in memory, as the text reader would build it.

    ``meta`` is kept; ``source`` defaults to ``"-"`` and ``format`` to ``"text"``. Raises
    ``EmptyInputError`` for white space alone and ``TypeError`` for anything but ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes str, not {type(text).__name__}; use read_bytes() for bytes")
    full = {"source": STDIN, "format": "text", **(meta or {})}
    if not text.lstrip("\ufeff").strip():
        raise input_error(EmptyInputError, str(full["source"]), "empty input (nothing but white space)")
    return Document(text, full)


def _read_file(path: Path, source: str, settings: Settings) -> bytes:
    """The bytes of a file, refused by ``stat`` (missing, a directory, too large) before it is read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise input_error(InputError, source, "no such file") from None
    except NotADirectoryError:
        raise input_error(InputError, source, "no such file (a parent of it is not a directory)") from None
    except PermissionError:
        raise input_error(InputError, source, "permission denied") from None
    except OSError as exc:
        raise input_error(InputError, source, f"cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise input_error(InputError, source, "is a directory, not a file")
    if stat.S_ISREG(info.st_mode) and info.st_size > settings.max_bytes:
        raise input_error(TooLargeError, source, _too_large(info.st_size, settings.max_bytes))
    try:
        with path.open("rb") as handle:
            # At most one byte past the limit: enough to refuse a pipe or a file that grew since stat. A
            # regular file is read by its size (asking for 20 MB makes Python allocate 20 MB first).
            limit = settings.max_bytes + 1
            data = handle.read(min(info.st_size + 1, limit) if stat.S_ISREG(info.st_mode) else limit)
            if 0 < len(data) < limit and stat.S_ISREG(info.st_mode) and len(data) > info.st_size:
                data += handle.read(limit - len(data))  # it grew since stat
    except PermissionError:
        raise input_error(InputError, source, "permission denied") from None
    except OSError as exc:
        raise input_error(InputError, source, f"cannot read it ({exc.strerror or exc})") from None
    if len(data) > settings.max_bytes:
        raise input_error(TooLargeError, source, _too_large(None, settings.max_bytes))
    return data


def _read_stdin(settings: Settings) -> bytes:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise input_error(TooLargeError, STDIN, _too_large(None, settings.max_bytes))
    return data


def _too_large(size: int | None, limit: int) -> str:
    """``12.3 MB exceeds the 20 MB limit (Settings.max_bytes)``, in exact bytes when rounding would hide it."""
    cap = _human_size(limit)
    if size is None:  # a pipe or a growing file: we stopped reading one byte past the limit
        return f"larger than the {cap} limit (Settings.max_bytes)"
    shown = _human_size(size)
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,}-byte"
    return f"{shown} exceeds the {cap} limit (Settings.max_bytes)"


def _human_size(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    value, unit = (size / 1e6, "MB") if size >= 1_000_000 else (size / 1e3, "KB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"
