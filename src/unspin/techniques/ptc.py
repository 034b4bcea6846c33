"""Read the Propaganda Techniques Corpus (PTC, SemEval-2020 Task 11) and read/write its label files.

Layout of a split folder (e.g. ``ptc/``)::

    train-articles/article<ID>.txt                 one article; offsets count characters of its UTF-8 text
    train-labels-task-si/article<ID>.task-si.labels        ID <TAB> start <TAB> end
    train-labels-task-flc-tc/article<ID>.task-flc-tc.labels ID <TAB> technique <TAB> start <TAB> end
    train-task-si.labels, train-task-flc-tc.labels  the same lines, all articles in one file

Offsets are exclusive at the end and count Python ``str`` characters of the text decoded as plain UTF-8. Two
training articles begin with a byte-order mark and the gold offsets count it as character 0, so the BOM is
kept (``utf-8``, not ``utf-8-sig``) and no newline translation is done: stripping either would shift every
span of those articles by one.

The TC submission template writes ``?`` for the technique to be predicted; it is read as ``label=None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from unspin.errors import InputError
from unspin.techniques.labels import is_technique

__all__ = [
    "Corpus",
    "Fragment",
    "format_labels",
    "load_articles",
    "load_corpus",
    "parse_labels",
    "read_article",
    "read_labels",
    "write_labels",
]

_ARTICLE_FILE = re.compile(r"article(\d+)\.txt")
_UNKNOWN_LABEL = "?"


@dataclass(frozen=True, slots=True, order=True)
class Fragment:
    """A span of one article, ``text[start:end]``, with its technique (None for task SI or a TC template)."""

    article_id: str
    start: int
    end: int
    label: str | None = None


@dataclass(slots=True)
class Corpus:
    """One split of PTC: article texts by id and the gold fragments of both tasks."""

    articles: dict[str, str]
    si: list[Fragment] = field(default_factory=list)
    tc: list[Fragment] = field(default_factory=list)


def read_article(path: Path) -> str:
    """The text of one article exactly as the offsets count it (BOM kept, newlines untouched)."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from exc


def load_articles(folder: Path, *, skipped: list[InputError] | None = None) -> dict[str, str]:
    """Every ``article<ID>.txt`` in ``folder``, keyed by ID (the digits), in ID order.

    An unreadable article raises :class:`InputError`, unless ``skipped`` is given: then it is appended there and
    the others are read (a batch goes on and reports what it left out).
    """
    found: dict[str, str] = {}
    for path in sorted(folder.glob("article*.txt")):
        match = _ARTICLE_FILE.fullmatch(path.name)
        if match:
            try:
                found[match.group(1)] = read_article(path)
            except InputError as exc:
                if skipped is None:
                    raise
                skipped.append(exc)
    if not found:
        raise InputError(str(folder), "no article<ID>.txt files")
    return found


def parse_labels(lines: Iterable[str], *, with_technique: bool, source: str = "-") -> list[Fragment]:
    """Fragments from SI lines (``id start end``) or TC/FLC lines (``id technique start end``), TAB-separated.

    Blank lines are skipped. A technique must be one of the 14 class names (or ``?`` in a TC template, read as
    None); offsets must satisfy ``0 <= start < end``, as the official scorers demand.
    """
    width = 4 if with_technique else 3
    fragments: list[Fragment] = []
    for number, line in enumerate(lines, 1):
        row = line.rstrip("\r\n")
        if not row.strip():
            continue
        cells = row.split("\t")
        where = f"{source}:{number}"
        if len(cells) != width:
            raise InputError(where, f"expected {width} TAB-separated columns, found {len(cells)}")
        label: str | None = None
        if with_technique:
            label = cells[1].strip()
            if label == _UNKNOWN_LABEL:
                label = None
            elif not is_technique(label):
                raise InputError(where, f"unknown technique {label!r}")
        try:
            start, end = int(cells[-2]), int(cells[-1])
        except ValueError as exc:
            raise InputError(where, f"offsets must be integers: {cells[-2]!r}, {cells[-1]!r}") from exc
        if not 0 <= start < end:
            raise InputError(where, f"need 0 <= start < end, found {start}, {end}")
        fragments.append(Fragment(cells[0].strip(), start, end, label))
    return fragments


def read_labels(path: Path, *, with_technique: bool) -> list[Fragment]:
    """Fragments from one ``.labels`` file, or from every ``*.labels`` file of a folder (in name order)."""
    paths = sorted(path.glob("*.labels")) if path.is_dir() else [path]
    if not paths:
        raise InputError(str(path), "no .labels files")
    fragments: list[Fragment] = []
    for one in paths:
        try:
            text = one.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(one), exc.strerror or "cannot be read") from exc
        fragments.extend(parse_labels(text.splitlines(), with_technique=with_technique, source=str(one)))
    return fragments


def format_labels(fragments: Iterable[Fragment], *, with_technique: bool) -> str:
    """The file text for ``fragments``: SI lines, or TC/FLC lines (``?`` where the label is None)."""
    rows: list[str] = []
    for frag in fragments:
        if with_technique:
            rows.append(f"{frag.article_id}\t{frag.label or _UNKNOWN_LABEL}\t{frag.start}\t{frag.end}\n")
        else:
            rows.append(f"{frag.article_id}\t{frag.start}\t{frag.end}\n")
    return "".join(rows)


def write_labels(path: Path, fragments: Iterable[Fragment], *, with_technique: bool) -> None:
    """Write ``fragments`` to ``path`` in the SI or TC/FLC line format (UTF-8, ``\\n`` line ends)."""
    path.write_text(format_labels(fragments, with_technique=with_technique), encoding="utf-8", newline="\n")


def load_corpus(root: Path, split: str = "train") -> Corpus:
    """Articles and gold labels of one split under ``root`` (the folder holding ``<split>-articles/``).

    Gold labels come from the merged ``<split>-task-*.labels`` files when present, else from the per-article
    folders. A split without label files (a test split) loads with empty ``si`` and ``tc``.
    """
    articles = load_articles(root / f"{split}-articles")
    si = _read_split_labels(root, split, "si", with_technique=False)
    tc = _read_split_labels(root, split, "flc-tc", with_technique=True)
    return Corpus(articles=articles, si=si, tc=tc)


def _read_split_labels(root: Path, split: str, task: str, *, with_technique: bool) -> list[Fragment]:
    merged = root / f"{split}-task-{task}.labels"
    folder = root / f"{split}-labels-task-{task}"
    if merged.is_file():
        return read_labels(merged, with_technique=with_technique)
    if folder.is_dir():
        return read_labels(folder, with_technique=with_technique)
    return []
