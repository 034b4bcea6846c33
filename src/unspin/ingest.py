"""``unspin ingest``: inputs -> documents -> analysis (every core, or a Dask cluster) -> the store.

    summary = ingest(["corpus/", "feed.jsonl", "crawl.warc.gz"], store)

Inputs: files and folders (walked recursively in name order; hidden entries skipped). Text, HTML, JSON and
JSON Lines go through :mod:`unspin.read`, WARC/ARC archives through :mod:`unspin.read.warc`. A file in a folder
whose extension names none of these (an image, a PDF) is skipped and reported, never silently lost.

Each document gets a key: the record's external ``id`` when it declared one, else its content hash (the
document id). Before any analysis the store is asked what it has: a key stored with the same text and
metadata (and an analysis, unless ``analyze=False``) is *unchanged* and costs nothing more. That makes
re-running idempotent, and resuming an ingest that was killed is just running it again: every batch is
written in one transaction, so the store holds whole batches only.

Analysis runs in chunks on the runner :func:`unspin.batch.executor` gives (this process, local processes, or
a Dask cluster); results are written in input order by this one process, in batches. The store is never
written by a worker.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from unspin.batch import ChunkResult, analyze_chunk, executor
from unspin.document import Document
from unspin.errors import InputError
from unspin.read import read_path
from unspin.read.records import iter_jsonl_stream
from unspin.read.sources import source_name
from unspin.read.warc import is_warc, read_warc
from unspin.settings import DEFAULT_SETTINGS, Settings
from unspin.store import DocumentRow, Store

__all__ = ["IngestSummary", "expand_inputs", "ingest", "read_input"]

READABLE_SUFFIXES: Final = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl",
                                      ".ndjson"})
_JSONL_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})
CHUNK: Final = 16          # documents per analysis task
WRITE_BATCH: Final = 64    # documents per store transaction when nothing is analysed


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did. ``skipped`` lists ``(source, reason)`` for every input or record not stored."""

    ingested: int = 0       # new keys
    updated: int = 0        # a stored key whose text or metadata changed, or that now has its analysis
    unchanged: int = 0      # stored already, nothing to do
    duplicates: int = 0     # the same key twice in this run (the first one counts)
    files: int = 0          # inputs: files given or found in folders, readable or not
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.ingested + self.updated

    def to_dict(self) -> dict[str, object]:
        return {"files": self.files, "ingested": self.ingested, "updated": self.updated,
                "unchanged": self.unchanged, "duplicates": self.duplicates,
                "skipped": [{"source": s, "reason": r} for s, r in self.skipped]}


Event = Callable[[str, int], None]


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to read: each file given, and the readable files under each folder given (sorted, recursive)."""
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path  # a missing file is reported by its reader, with the reason
            continue
        found: list[Path] = []
        try:
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / name for name in files if not name.startswith("."))
        except OSError as exc:
            yield InputError(source_name(path), f"cannot list the folder ({exc.strerror or exc})")
            continue
        for file in sorted(found):
            if file.suffix.lower() in READABLE_SUFFIXES or is_warc(file):
                yield file
            else:
                yield InputError(source_name(file), f"not a text, HTML, JSON or WARC file (extension "
                                                    f"{file.suffix or 'none'!r})")


def read_input(path: Path, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Document | InputError]:
    """Documents (or per-record errors) of one file; a file that cannot be read at all raises InputError.

    A JSON Lines file larger than ``Settings.max_bytes`` (a bulk corpus) is streamed line by line, the limit
    then bounding each record; WARC archives are always streamed."""
    if is_warc(path):
        return read_warc(path, settings=settings)
    if path.suffix.lower() in _JSONL_SUFFIXES:
        try:
            big = path.stat().st_size > settings.max_bytes
        except OSError:
            big = False  # read_path reports it
        if big:
            return iter_jsonl_stream(path, source_name(path), settings.max_bytes)
    return read_path(path, settings=settings)


def document_key(doc: Document) -> tuple[str, str | None]:
    """``(key, external id)``: the record's own id when it has one, else the content hash."""
    external = doc.meta.get("external_id")
    if external is not None and str(external) != "":
        return str(external), str(external)
    return doc.id, None


@dataclass(slots=True)
class _Pending:
    doc: Document
    key: str
    external_id: str | None
    status: str  # "ingested" or "updated"


def ingest(paths: Sequence[str | Path], store: Store, *, analyze: bool = True, jobs: int | None = None,
           scheduler: str | None = None, settings: Settings = DEFAULT_SETTINGS,
           on_event: Event | None = None) -> IngestSummary:
    """Read, analyse and store every document under ``paths``; see the module docstring.

    ``on_event(kind, n)`` reports progress: ``("files", total)`` once the inputs are listed, then
    ``("file", 1)`` per input finished and ``(status, 1)`` per document, status being one of ``ingested``,
    ``updated``, ``unchanged``, ``duplicate``, ``skipped``.
    """
    summary = IngestSummary()
    notify: Event = on_event or (lambda kind, n: None)
    inputs = list(expand_inputs(paths))
    notify("files", len(inputs))
    summary.files = len(inputs)
    seen: set[str] = set()
    problems: list[tuple[str, str]] = []

    def skip(source: str, reason: str) -> None:
        summary.skipped.append((source, reason))
        problems.append((source, reason))
        notify("skipped", 1)

    def count(status: str) -> None:
        if status == "ingested":
            summary.ingested += 1
        elif status == "updated":
            summary.updated += 1
        notify(status, 1)

    writer = _Writer(store, analyze, count, skip)
    with executor(jobs=jobs if analyze else 1, scheduler=scheduler if analyze else None) as runner:
        writer.runner = runner
        for item in inputs:
            if isinstance(item, InputError):
                skip(item.source, item.reason)
                store.record_skipped(problems)
                problems.clear()
                notify("file", 1)
                continue
            source = source_name(item)
            ok = True
            buffer: list[Document] = []
            try:
                records = iter(read_input(item, settings))
                for record in records:
                    if isinstance(record, InputError):
                        skip(record.source, record.reason)
                        ok = False
                        continue
                    buffer.append(record)
                    if len(buffer) >= 256:
                        _triage(buffer, store, seen, summary, writer, notify, analyze)
                        buffer = []
                _triage(buffer, store, seen, summary, writer, notify, analyze)
            except InputError as exc:
                # Records read before the input broke off are kept.
                _triage(buffer, store, seen, summary, writer, notify, analyze)
                skip(exc.source, exc.reason)
                ok = False
            if ok:
                writer.done_sources.append(source)
            if problems:
                store.record_skipped(problems)
                problems.clear()
            notify("file", 1)
        writer.finish()
    if problems:  # documents whose analysis failed in the last batches
        store.record_skipped(problems)
    return summary


def _triage(docs: list[Document], store: Store, seen: set[str], summary: IngestSummary, writer: _Writer,
            notify: Event, analyze: bool) -> None:
    """Sort documents into unchanged / duplicate / to store, asking the store about all of them at once."""
    if not docs:
        return
    keyed = [(doc, *document_key(doc)) for doc in docs]
    known = store.known([key for _, key, _ in keyed])
    for doc, key, external in keyed:
        if key in seen:
            summary.duplicates += 1
            notify("duplicate", 1)
            continue
        seen.add(key)
        stored = known.get(key)
        if stored is not None:
            text_id, analysed, meta = stored
            if text_id == doc.id and meta == json.dumps(doc.meta, ensure_ascii=False) and (analysed or not analyze):
                summary.unchanged += 1
                notify("unchanged", 1)
                continue
        writer.add(_Pending(doc, key, external, "ingested" if stored is None else "updated"))


class _Writer:
    """Sends chunks to the runner and writes results in input order, a bounded number of chunks in flight."""

    def __init__(self, store: Store, analyze: bool, count: Callable[[str], None],
                 skip: Callable[[str, str], None]) -> None:
        self.store = store
        self.analyze = analyze
        self.count = count
        self.skip = skip
        self.runner: Executor | None = None
        self.chunk: list[_Pending] = []
        self.flight: deque[tuple[list[_Pending], Future[list[ChunkResult]] | None]] = deque()
        self.done_sources: list[str] = []
        self.limit = 4 * max(1, os.cpu_count() or 1)

    def add(self, item: _Pending) -> None:
        self.chunk.append(item)
        if len(self.chunk) >= (CHUNK if self.analyze else WRITE_BATCH):
            self._send()

    def _send(self) -> None:
        if not self.chunk:
            return
        chunk, self.chunk = self.chunk, []
        future = None
        if self.analyze:
            assert self.runner is not None
            future = self.runner.submit(analyze_chunk, [(p.doc.text, p.doc.meta) for p in chunk])
        self.flight.append((chunk, future))
        while len(self.flight) > self.limit:
            self._write_oldest()
        if not self.analyze:
            self._write_oldest()

    def _write_oldest(self) -> None:
        chunk, future = self.flight.popleft()
        results: list[ChunkResult] = future.result() if future is not None else [(None, None)] * len(chunk)
        rows: list[DocumentRow] = []
        statuses: list[str] = []
        for pending, (analysis, error) in zip(chunk, results, strict=True):
            if error is not None:
                self.skip(str(pending.doc.meta.get("source", pending.key)), error)
                continue
            rows.append(DocumentRow(key=pending.key, text_id=pending.doc.id, text=pending.doc.text,
                                    meta=pending.doc.meta, external_id=pending.external_id, analysis=analysis))
            statuses.append(pending.status)
        done, self.done_sources = self.done_sources, []
        self.store.write(rows, done_sources=done)
        for status in statuses:
            self.count(status)

    def finish(self) -> None:
        self._send()
        while self.flight:
            self._write_oldest()
        if self.done_sources:
            self.store.write([], done_sources=self.done_sources)
            self.done_sources = []
