"""Untrusted strings (file names, article text, metadata) made safe to show to a person.

An article or a file name may carry terminal escape sequences, bidirectional overrides that reorder what
the reader sees, or undecodable bytes (as lone surrogates). Printed raw, an escape sequence can rewrite the
analyst's terminal, and a lone surrogate makes the write fail. These helpers make such characters visible
instead, without touching the documents themselves (evidence offsets always refer to the original text).
"""

from __future__ import annotations

import re

__all__ = ["printable", "terminal_text"]

# C0 and C1 controls, DEL, lone surrogates, and the bidirectional embedding/override/isolate controls:
# the characters that can change what a terminal does or reorder what it shows.
_UNSAFE_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# The same, less the two controls a multi-line text view keeps as layout (line feed and tab).
_UNSAFE_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(value: object) -> str:
    """``value`` as one line: control, bidi-override and surrogate characters become backslash escapes.

    >>> printable("a\\nb\\x1b[31m.txt")
    'a\\\\nb\\\\x1b[31m.txt'
    """
    return _UNSAFE_ONE_LINE.sub(_escape_char, str(value))


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x20:
        # The Unicode "control pictures" block shows C0 controls as one visible character each.
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def terminal_text(text: str, *, next_char: str = "") -> str:
    """A slice of article text made safe for a terminal, keeping its lines and tabs.

    ``\\r\\n`` becomes ``\\n`` (``next_char`` is the character after the slice, so a slice that ends
    between ``\\r`` and ``\\n`` drops its ``\\r`` too); a lone ``\\r`` becomes ``\\n``; a byte-order mark is
    dropped; other controls are shown as control pictures (``␛`` for escape) or ``�``.
    """
    if "\r" in text:
        if text.endswith("\r") and next_char == "\n":
            text = text[:-1]
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    return _UNSAFE_IN_TEXT.sub(_picture, text)
