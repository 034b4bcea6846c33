"""Bytes to text, refusing what is not text: the one place that decides an input's encoding.

The order of the checks is the order in which a wrong answer would cost the most:

1. empty input;
2. a known binary signature (PDF, PNG, ZIP/DOCX, GZIP, JPEG, ...), before anything tries to decode it;
3. a byte-order mark: UTF-32 and UTF-16 decode by it (the BOM is consumed), UTF-8 keeps it as character 0,
   because corpora such as PTC count it in their offsets;
4. NUL bytes without a UTF-16/32 BOM mean binary;
5. strict UTF-8, which almost never decodes a legacy 8-bit text by accident; a text that is UTF-8 but for
   a few damaged bytes is refused rather than guessed, since any other code page would garble it;
6. for HTML, the charset the page declares in ``<meta>``, if it decodes strictly;
7. charset-normalizer over a short list of legacy code pages, refusing a guess that is messy or whose
   letters come out mostly in capitals (the mark of a Cyrillic text read in the wrong Cyrillic code page);
8. a high share of control characters in the decoded text means binary after all;
9. nothing but white space is empty.

Invariant: the text equals ``open(path, encoding=encoding, newline="").read()``: line ends are never
translated and nothing is normalised, so offsets computed by other tools over the same file still hold.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from charset_normalizer import from_bytes

from unspin.errors import BinaryInputError, EmptyInputError, EncodingError
from unspin.read.sources import input_error

__all__ = ["ENCODING_CANDIDATES", "declared_charset", "decode_bytes"]

# Legacy code pages worth guessing among: Western European (cp1252, with latin-1 as the byte-for-byte
# fallback) and the Cyrillic ones Russian and Ukrainian news still turns up in. Central European and
# other code pages are left out on purpose: cp1250 decodes most cp1252 text "successfully" into the wrong
# accented letters, and a refusal is better than a wrong text.
ENCODING_CANDIDATES: Final = ("cp1252", "cp1251", "koi8_r", "koi8_u", "latin_1")

# Magic numbers of formats people mistake for text files. A file-format fact, not tunable data.
_SIGNATURES: Final = (
    ("PDF", rb"%PDF-"),
    ("PNG", rb"\x89PNG\r\n\x1a\n"),
    ("ZIP/DOCX", rb"PK(?:\x03\x04|\x05\x06|\x07\x08)"),
    ("GZIP", rb"\x1f\x8b"),
    ("JPEG", rb"\xff\xd8\xff"),
    ("GIF", rb"GIF8[79]a"),
    ("BZIP2", rb"BZh[1-9]1AY&SY"),
    ("XZ", rb"\xfd7zXZ\x00"),
    ("7-ZIP", rb"7z\xbc\xaf\x27\x1c"),
    ("ZSTD", rb"\x28\xb5\x2f\xfd"),
    ("RAR", rb"Rar!\x1a\x07"),
    ("OLE2/DOC", rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ("ELF", rb"\x7fELF"),
    ("SQLITE", rb"SQLite format 3\x00"),
    ("RIFF", rb"RIFF.{4}(?:WEBP|WAVE|AVI )"),
    ("MP4", rb".{4}ftyp"),
    ("OGG", rb"OggS\x00"),
    ("TIFF", rb"(?:II\*\x00|MM\x00\*)"),
)
_SIGNATURE_RE: Final = re.compile(
    rb"\A(?:" + rb"|".join(rb"(?P<s%d>%s)" % (i, sig) for i, (_, sig) in enumerate(_SIGNATURES)) + rb")",
    re.DOTALL,
)

# (BOM, codec): UTF-32 first, because the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters no article contains; tab, line feed, vertical tab (a line break in word-processor
# exports), form feed and carriage return are text.
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Heuristic: more than 1 control character in 100 is a binary file that happened to decode.
_MAX_CONTROL_SHARE: Final = 0.01

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, which HTML
# requires within the first 1024 bytes; 4 KB allows for pages that put it late.
_META_CHARSET_RE: Final = re.compile(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)",
                                     re.IGNORECASE)
_CHARSET_SCAN_BYTES: Final = 4096

_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f]")
_DAMAGED_UTF8_RATIO: Final = 10

# charset-normalizer's "mess" ratio above which a guess is refused (its own default is 0.2; a decoding
# messier than 1 in 10 is not one a reader would trust).
_MAX_MESS: Final = 0.1
# Heuristic: when at least this many non-ASCII letters were decoded and more than this share of them are
# capitals, the guess is the wrong code page (cp1251 read as KOI8-R, or the reverse, turns lower case into
# upper case; Greek or Hebrew read as KOI8 comes out all in Cyrillic capitals).
_CASE_MIN_LETTERS: Final = 20
_CASE_MAX_UPPER_SHARE: Final = 0.75
# Letters outside ASCII: word characters that are neither ASCII, digits nor the underscore.
_NON_ASCII_LETTER_RE: Final = re.compile(r"[^\W\d_\x00-\x7f]")
# How much decoded text the case check looks at: enough to settle it, bounded for huge files.
_CASE_SAMPLE: Final = 20_000


def decode_bytes(data: bytes, source: str, *, html: bool = False,
                 candidates: tuple[str, ...] = ENCODING_CANDIDATES) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``, or raise why it is not text.

    With ``html``, a charset the page declares in a ``<meta>`` tag near its start is tried after a BOM
    and strict UTF-8, which are more reliable than a declaration. ``encoding`` is a Python codec name such
    that ``data.decode(encoding) == text``.

    Raises ``EmptyInputError``, ``BinaryInputError`` or ``EncodingError`` (all ``InputError``), naming
    ``source``.
    """
    noun = "input" if source == "-" else "file"
    if not data:
        raise input_error(EmptyInputError, source, f"empty {noun}")
    signature = _SIGNATURE_RE.match(data)
    if signature is not None and signature.lastgroup is not None:
        name = _SIGNATURES[int(signature.lastgroup[1:])][0]
        raise input_error(BinaryInputError, source, f"binary {noun} ({name} signature)")

    text, encoding = _decode(data, source, noun, html, candidates)

    control = _CONTROL_RE.search(text)
    if control is not None:
        share = len(_CONTROL_RE.findall(text)) / len(text)
        if share > _MAX_CONTROL_SHARE:
            raise input_error(BinaryInputError, source,
                              f"binary {noun} ({share:.0%} control characters)")
    if not text.lstrip("\ufeff").strip():
        raise input_error(EmptyInputError, source, f"empty {noun} (nothing but white space)")
    return text, encoding


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page names in a ``<meta>`` tag near its start, as written there, or None."""
    found = _META_CHARSET_RE.search(data[:_CHARSET_SCAN_BYTES])
    return found.group(1).decode("ascii") if found else None


def _decode(data: bytes, source: str, noun: str, html: bool,
            candidates: tuple[str, ...]) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                # "utf-8" (not "utf-8-sig") keeps the BOM as character 0; "utf-16"/"utf-32" consume it,
                # exactly as open() does with the same encoding name.
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise input_error(EncodingError, source, f"not valid {codec.upper()} despite its byte-order "
                                                         f"mark (bad byte at offset {exc.start})") from exc
    if b"\x00" in data:
        raise input_error(BinaryInputError, source, f"binary {noun} (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, source, exc)
    declared = declared_charset(data) if html else None
    if declared is not None:
        named = _codec_name(declared)
        if named is not None:
            try:
                return data.decode(named), named
            except (UnicodeDecodeError, LookupError):
                # A wrong declaration is common, and a hostile one may name a non-text codec ("base64");
                # either way, fall through to detection.
                pass
    return _guess(data, source, candidates)


def _refuse_damaged_utf8(data: bytes, source: str, exc: UnicodeDecodeError) -> None:
    """Refuse UTF-8 with a few bad bytes (cut mid-character, one stray byte) rather than guess a code page.

    Heuristic: when the valid multi-byte characters outnumber the bad bytes ten to one, the file is UTF-8
    that was damaged, and any legacy code page would turn its every non-ASCII letter into mojibake.
    """
    repaired = data.decode("utf-8", "replace")
    bad = repaired.count("\ufffd")
    valid = len(_NON_ASCII_RE.findall(repaired)) - bad
    if valid >= _DAMAGED_UTF8_RATIO * bad:
        raise input_error(EncodingError, source,
                          f"not valid UTF-8: mostly UTF-8, but {bad} byte sequence{'s' if bad > 1 else ''} "
                          f"cannot be decoded (the first at byte {exc.start})") from exc


def _codec_name(charset: str) -> str | None:
    """Python's codec for a declared charset, or None when Python does not know it."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    # As browsers do, read a declared ISO-8859-1 or ASCII as its superset windows-1252.
    return "cp1252" if name in {"iso8859-1", "ascii", "latin-1"} else name


def _guess(data: bytes, source: str, candidates: tuple[str, ...]) -> tuple[str, str]:
    refusal = "not valid text in any supported encoding"
    tried = ", ".join(("UTF-8", *candidates))
    best = from_bytes(data, cp_isolation=list(candidates), threshold=_MAX_MESS).best()
    if best is None:
        raise input_error(EncodingError, source, f"{refusal} (tried {tried})")
    encoding = str(best.encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise input_error(EncodingError, source, f"{refusal} (tried {tried})") from exc
    if _mostly_capitals(text[:_CASE_SAMPLE]):
        raise input_error(EncodingError, source,
                          f"{refusal} (the best guess, {encoding}, reads as mostly capital letters, the mark "
                          "of a wrong code page; convert the file to UTF-8)")
    return text, encoding


def _mostly_capitals(text: str) -> bool:
    letters = "".join(_NON_ASCII_LETTER_RE.findall(text))
    if len(letters) < _CASE_MIN_LETTERS:
        return False
    upper = sum(1 for letter in letters if letter.isupper())
    return upper / len(letters) > _CASE_MAX_UPPER_SHARE
