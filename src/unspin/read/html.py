"""Web pages to articles: trafilatura finds the main text and what the page declares about it.

The Document text is built, not found: a page's text is not a contiguous part of its HTML, so offsets
refer to the extracted text, which unspin keeps exactly as built. It is

    <title>\\n\\n<body>

that is, the headline (the page's declared title, as trafilatura reads it from ``og:title``, JSON-LD or
``<title>``) on the first line, a blank line, then the extracted main text, whose blocks trafilatura
separates with one line break. Anatomy looks for the headline on the first line, so it gets one. When the
body already starts with the title (most pages repeat the headline in an ``<h1>`` that trafilatura keeps),
the body is used alone, so the headline is never written twice. A page without a title gives the body
alone.

meta: ``title``, ``published`` (ISO 8601 date, from the page's own declarations: htmldate's opportunistic
search of the free text is switched off, so a date mentioned in the story is not taken for the date of the
story), ``author``, ``outlet`` (declared site name, else the host name), ``hostname``, ``url`` (canonical or
``og:url``, if declared) and ``lang`` (``<html lang>`` or ``content-language``, if declared). Missing ones
are left out, never invented.

Speed: trafilatura is imported on first use (it costs ~0.16 s to import, which a text-only run should not
pay). Its fallback extractors (readability, jusText) are off (``fast=True``): on generated 15 KB news pages
they cost 30% more time (3.0 versus 2.3 ms per page) and changed no output; trafilatura's own recall retry
for short extractions still runs. Turn them on in :func:`_extractor` if real pages show they are needed.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from unspin.errors import InputError
from unspin.read.sources import input_error

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

__all__ = ["extract_html", "looks_like_html"]

# Heuristic sniff: after an optional BOM, XML declaration and comments, the input opens with a tag that
# only HTML opens with. A plain-text article practically never starts this way.
_HTML_START_RE: Final = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
_SNIFF_CHARS: Final = 4096

# Trafilatura's loader treats a lone fragment ("<p>...</p>") as not-quite-HTML and gives up; a fragment
# (as a JSON record's "html" often is) is wrapped in a document when it has neither <html> nor <body>.
_DOCUMENT_TAG_RE: Final = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)

_LANG_RES: Final = (
    re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)",
               re.IGNORECASE),
    re.compile(r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?"
               r"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)", re.IGNORECASE),
)
# Declarations live in the head; the scan is bounded so a huge page costs nothing extra.
_LANG_SCAN_CHARS: Final = 65_536

_SPACE_RE: Final = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` opens like an HTML document or fragment (a heuristic over its first 4 KB)."""
    return _HTML_START_RE.match(text[:_SNIFF_CHARS]) is not None


@functools.cache
def _extractor() -> Extractor:
    # Imported here, once: see the module docstring on import cost.
    from trafilatura.settings import Extractor

    # No pattern search through the free text for a date (see the module docstring); the original
    # (published) date is preferred over an "updated" one.
    date_params: dict[str, Any] = {"extensive_search": False, "original_date": True}
    return Extractor(
        output_format="python",
        fast=True,  # no fallback extractors: see the module docstring
        comments=False,  # readers' comments are not the article
        with_metadata=True,
        date_params=date_params,
    )


def extract_html(html: str, source: str, *,
                 error: type[InputError] = InputError) -> tuple[str, dict[str, Any]]:
    """The article text of a page and what the page declares about it: ``(text, meta)``.

    Raises ``error`` (an ``InputError`` subclass, named after ``source``) when trafilatura finds no main
    text or fails on the markup. Nothing is fetched from the network.
    """
    from trafilatura import bare_extraction

    page = html.lstrip("\ufeff")
    if _DOCUMENT_TAG_RE.search(page) is None:
        page = f"<html><body>{page}</body></html>"
    try:
        found = bare_extraction(page, options=_extractor())
    except Exception as exc:
        # Hostile markup must not stop a batch: whatever trafilatura or lxml raise becomes a refusal.
        raise input_error(error, source, f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    # Narrowing for the type checker: with output "python" and no as_dict, the result is an object or None.
    if found is None or isinstance(found, dict) or not isinstance(found.text, str) or not found.text.strip():
        raise input_error(error, source, "no main text found in the HTML (trafilatura extracted nothing)")
    body = found.text.strip()

    title = _clean(found.title)
    text = body if title is None or _starts_with(body, title) else f"{title}\n\n{body}"
    meta: dict[str, Any] = {
        "title": title,
        "published": _iso_date(found.date),
        "author": _clean(found.author),
        "outlet": _clean(found.sitename) or _clean(found.hostname),
        "hostname": _clean(found.hostname),
        "url": _clean(found.url),
        "lang": _declared_lang(page[:_LANG_SCAN_CHARS]),
    }
    return text, {key: value for key, value in meta.items() if value is not None}


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _starts_with(body: str, title: str) -> bool:
    """Whether the body opens with the title, ignoring case and how white space is laid out."""
    wanted = _SPACE_RE.sub(" ", title).casefold()
    head = _SPACE_RE.sub(" ", body[:len(title) * 2 + 16]).strip().casefold()
    return head.startswith(wanted)


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _declared_lang(head: str) -> str | None:
    for pattern in _LANG_RES:
        found = pattern.search(head)
        if found:
            return found.group(1).replace("_", "-")
    return None
