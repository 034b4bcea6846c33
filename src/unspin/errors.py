"""Every error unspin raises on purpose, in one tree.

    UnspinError                 anything unspin refuses, with a message a user can act on
    ├── InputError              an input we cannot read; names the file (or record) and the reason
    │   ├── EmptyInputError     nothing but white space
    │   ├── BinaryInputError    not text (NUL bytes, a known binary signature, too many control characters)
    │   ├── EncodingError       bytes that no encoding we trust decodes cleanly
    │   ├── TooLargeError       over ``Settings.max_bytes``
    │   └── RecordError         a JSON/JSONL record that is malformed or lacks ``text``/``html``
    ├── SchemaError             a document whose JSON form is not ``unspin.document/1``
    ├── StoreError              a corpus store that cannot be opened or used (not SQLite, newer schema,
    │   │                       locked), or a search query it cannot run
    │   └── QueryError          a malformed full-text search query
    └── ModelError              a shipped model file that is missing or malformed

Errors carry ``source`` (a path, ``-`` for standard input, or ``path:line`` for a record) and ``reason`` so
that a batch can report ``source: reason`` and go on.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "ModelError",
    "QueryError",
    "RecordError",
    "SchemaError",
    "StoreError",
    "TooLargeError",
    "UnspinError",
]


class UnspinError(Exception):
    """Base of every error unspin raises on purpose."""


class InputError(UnspinError):
    """An input that cannot be read, with the file it came from and why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLargeError(InputError):
    pass


class RecordError(InputError):
    pass


class SchemaError(UnspinError):
    pass


class ModelError(UnspinError):
    pass


class StoreError(UnspinError):
    pass


class QueryError(StoreError):
    pass
