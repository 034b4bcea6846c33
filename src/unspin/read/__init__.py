"""PLACEHOLDER: being written this session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from unspin.document import Document
from unspin.errors import InputError
from unspin.settings import DEFAULT_SETTINGS, Settings


def read_path(path: str | Path, *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    raise NotImplementedError


def read_bytes(data: bytes, *, source: str = "-", fmt: str | None = None,
               settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    raise NotImplementedError
