"""WARC (and ARC) archives to articles: every HTML or text page a crawl stored becomes a Document.

warcio streams the archive (gzip per record or plain), so a crawl of any size is read one record at a time.
A record is read when it is a ``response`` (an HTTP response: status 200 only, its ``Content-Type`` HTML or
plain text) or a ``resource`` (a stored file, by its own ``Content-Type``); requests, metadata, revisits and
redirects carry no article. Its payload goes through the ordinary readers (:func:`unspin.read.read_bytes`:
HTML through trafilatura, encodings sniffed and checked), so a page in a WARC becomes the same Document it
would be as a file.

meta: what the page reader found (title, published, outlet, ...), plus ``url`` (``WARC-Target-URI`` when the
page declares no canonical address), ``crawled`` (``WARC-Date``: when the page was fetched, which is not when it
was published) and ``warc_record_id``; ``source`` is ``path#N``, the record's position in the archive. A record
that cannot be read (empty, binary, too large, broken) is yielded as an ``InputError`` naming ``path#N``; the
others go on. A file warcio cannot read at all raises ``InputError`` naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from unspin.document import Document
from unspin.errors import InputError
from unspin.read.sources import input_error, source_name
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = ["WARC_SUFFIXES", "is_warc", "read_warc"]

WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")
_TEXT_TYPES: Final = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def read_warc(path: str | Path, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """Documents (or per-record errors) from one WARC/ARC file; see the module docstring."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from unspin.read import read_bytes

    source = source_name(path)
    try:
        handle = open(path, "rb")  # closed in the finally below
    except OSError as exc:
        raise input_error(InputError, source, f"cannot read it ({exc.strerror or exc})") from None
    try:
        if not _has_archive_header(handle):
            raise input_error(InputError, source, "not a WARC or ARC archive (it does not open with a WARC/ARC "
                                                  "record header)")
        number = 0
        try:
            for record in ArchiveIterator(handle, arc2warc=True):
                number += 1
                where = f"{source}#{number}"
                fmt = _page_format(record)
                if fmt is None:
                    continue
                try:
                    # One byte past the limit is enough for read_bytes to refuse it, with its own message.
                    data = record.content_stream().read(settings.max_bytes + 1)
                    docs = list(read_bytes(data, source=where, fmt=fmt, settings=settings))
                except InputError as exc:
                    yield exc
                    continue
                except Exception as exc:  # a broken gzip member or chunked encoding inside one record
                    yield input_error(InputError, where, f"cannot read the record ({type(exc).__name__}: {exc})")
                    continue
                headers = record.rec_headers
                for doc in docs:
                    if isinstance(doc, Document):
                        _add_warc_meta(doc.meta, headers.get_header("WARC-Target-URI"),
                                       headers.get_header("WARC-Date"), headers.get_header("WARC-Record-ID"))
                    yield doc
        except ArchiveLoadFailed as exc:
            if number == 0:
                raise input_error(InputError, source, f"not a WARC or ARC archive ({exc})") from None
            yield input_error(InputError, f"{source}#{number + 1}", f"the archive breaks off here ({exc})")
        except (OSError, EOFError, ValueError) as exc:  # a truncated or corrupt gzip stream
            yield input_error(InputError, f"{source}#{number + 1}", f"the archive breaks off here ({exc})")
    finally:
        handle.close()


def _has_archive_header(handle: Any) -> bool:
    """Whether the file opens like a WARC (``WARC/1.x``) or ARC (``filedesc://``) archive, gzipped or not.

    warcio reads almost anything as some ARC variant, with warnings printed on standard error, so a text file
    named ``.warc`` is refused here by its first bytes instead."""
    import zlib

    head: bytes = handle.read(4096)
    handle.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


def _page_format(record: Any) -> str | None:
    """"html" or "text" for a record holding a page, else None (not an article)."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = (http.get_header("Content-Type") or "").lower()
    elif record.rec_type == "resource":
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    else:
        return None
    kind = content_type.split(";", 1)[0].strip()
    if kind not in _TEXT_TYPES:
        return None
    return "text" if kind == "text/plain" else "html"


def _add_warc_meta(meta: dict[str, Any], uri: str | None, when: str | None, record_id: str | None) -> None:
    if uri and "url" not in meta:
        meta["url"] = uri
    if when:
        meta["crawled"] = when
    if record_id:
        meta["warc_record_id"] = record_id
