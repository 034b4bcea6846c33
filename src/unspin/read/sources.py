"""How the readers name an input: in ``meta["source"]`` and in the errors a user reads.

A file name is whatever the file system allows: spaces, other scripts, a leading dash, a newline, even bytes
that are not UTF-8 (Python carries those as lone surrogates). Two rules keep such names harmless:

* ``meta["source"]`` keeps the name as given, except that lone surrogates become ``\\xNN`` escapes, because
  a JSON document holding one could not be written out as UTF-8.
* An error message shows the name as is when every character is printable, and in ``repr()`` form
  otherwise, so that a newline or an escape sequence in a name cannot forge or garble a line of a report.
  The error's ``source`` attribute still holds the name itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from unspin.errors import InputError

__all__ = ["display_name", "input_error", "source_name"]

E = TypeVar("E", bound=InputError)


def source_name(path: str | Path) -> str:
    """The name of an input as ``meta["source"]`` records it: the path as given, made safe to encode."""
    name = path if isinstance(path, str) else str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates stand for undecodable bytes in the name; show those bytes as \xNN.
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def display_name(source: str) -> str:
    """The name as an error message shows it: ``repr()``-escaped when it holds a non-printable character."""
    return source if source.isprintable() else repr(source)


def input_error(cls: type[E], source: str, reason: str) -> E:
    """An ``InputError`` subclass for ``source`` whose message escapes a hostile name.

    ``source`` and ``reason`` stay as given; only the message (``str(error)``) uses :func:`display_name`.
    """
    error = cls(source, reason)
    shown = display_name(source)
    if shown != source:
        error.args = (f"{shown}: {reason}",)
    return error
