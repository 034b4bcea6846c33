"""The corpus store: one SQLite file holding documents, their analyses, full-text search and stories.

Layout (schema version :data:`SCHEMA_VERSION`, upgraded in place by numbered migrations; the version lives in
SQLite's ``PRAGMA user_version``):

- ``texts``: one row per distinct text (``text_id`` = SHA-256 of the text, the document model's id), the text
  exactly as read, and the analysis (the document's JSON form without its text, zlib-compressed) once it has
  been analysed.
- ``documents``: one row per document *key*, the record's external ``id`` when it declared one, else the
  content hash. Two records with the same text and different ids are two documents sharing one text (an
  aggregator's copy under a second address is still a document of the corpus); the same text read twice
  without an id is one document. ``seq`` keeps ingest order, the last tie-break for "which came first".
- ``texts_fts``: an FTS5 index over ``texts.text`` (external content, kept in step by triggers).
- ``skipped``: inputs the last ingests could not read, with the reason, until a later ingest reads them.
- ``stories``, ``story_members``, ``copy_edges``, ``outlet_links``: the last ``stories build``, replaced as a whole.

Writes are transactions: a batch of documents is in the file completely or not at all, so an ingest killed
at any moment and started again loses nothing and duplicates nothing (it finds what is there by key and
content hash). The file runs in WAL mode: readers (``search``, ``stories list``) do not block the one writer.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

from unspin.document import Document
from unspin.errors import QueryError, StoreError

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "DocumentRow",
    "SearchHit",
    "Store",
    "published_timestamp",
]

DEFAULT_DB: Final = "unspin.db"

_MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: documents, texts, full-text search, skipped inputs, stories.
    """
    CREATE TABLE texts (
        rowid INTEGER PRIMARY KEY,
        text_id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        analysis BLOB,
        analysed_at TEXT
    );
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        external_id TEXT,
        text_id TEXT NOT NULL REFERENCES texts(text_id),
        source TEXT,
        url TEXT,
        title TEXT,
        outlet TEXT,
        lang TEXT,
        published TEXT,
        published_ts REAL,
        meta TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_text_id ON documents(text_id);
    CREATE VIRTUAL TABLE texts_fts USING fts5(
        text, content='texts', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN
        INSERT INTO texts_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN
        INSERT INTO texts_fts(texts_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER texts_au AFTER UPDATE OF text ON texts BEGIN
        INSERT INTO texts_fts(texts_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO texts_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TABLE skipped (
        source TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        original TEXT NOT NULL,
        size INTEGER NOT NULL,
        languages TEXT NOT NULL,
        first_published TEXT,
        title TEXT
    );
    CREATE TABLE story_members (
        key TEXT PRIMARY KEY,
        story INTEGER,
        relation TEXT NOT NULL,
        source TEXT NOT NULL,
        parent TEXT,
        score REAL NOT NULL,
        evidence TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story);
    CREATE TABLE copy_edges (
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        relation TEXT NOT NULL,
        score REAL NOT NULL,
        delay_seconds REAL
    );
    CREATE TABLE outlet_links (
        copier TEXT NOT NULL,
        source TEXT NOT NULL,
        count INTEGER NOT NULL,
        relations TEXT NOT NULL,
        median_delay_hours REAL
    );
    CREATE TABLE builds (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION: Final = len(_MIGRATIONS)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as the store keeps it. ``analysis`` is the document's JSON form without ``text``."""

    key: str
    text_id: str
    text: str
    meta: dict[str, Any]
    external_id: str | None = None
    analysis: dict[str, Any] | None = None

    @property
    def published(self) -> str | None:
        value = self.meta.get("published")
        return value if isinstance(value, str) else None

    def field(self, name: str) -> str | None:
        value = self.meta.get(name)
        return value if isinstance(value, str) and value else None

    def language(self) -> str | None:
        """The declared language, else the one the analysis found (``und`` counts as unknown)."""
        lang = self.field("lang")
        if lang is None and self.analysis is not None:
            found = (self.analysis.get("labels") or {}).get("language")
            lang = found if isinstance(found, str) and found != "und" else None
        return lang.lower() if lang else None

    def document(self) -> Document:
        """The Document: analysed (spans, labels, actors) when the store has the analysis, else the bare text."""
        if self.analysis is None:
            return Document(self.text, dict(self.meta))
        return Document.from_dict({**self.analysis, "text": self.text})


@dataclass(frozen=True, slots=True)
class SearchHit:
    key: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


def published_timestamp(value: str | None) -> float | None:
    """UTC seconds of an ISO 8601 date or date-time (a date is its midnight, a time without zone is UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
        moment = datetime(day.year, day.month, day.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _pack(analysis: dict[str, Any]) -> bytes:
    """An analysis as zlib-compressed JSON: span lists compress about fivefold, and a corpus holds millions."""
    return zlib.compress(json.dumps(analysis, ensure_ascii=False).encode("utf-8", "surrogatepass"), 6)


def _unpack(blob: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    return data


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An open store; use as a context manager or call :meth:`close`.

    ``Store(path)`` creates the file when missing (``create=False`` refuses instead) and upgrades an older
    schema. A file that is not an unspin store, or was written by a newer unspin, raises ``StoreError``.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run `unspin ingest` first, or pass --db)")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"{self.path}: not an unspin store ({exc})") from None

    # -- life cycle ------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer unspin (schema {version}; this one reads up to "
                             f"{SCHEMA_VERSION})")
        if version == 0 and self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(f"{self.path}: an SQLite file, but not an unspin store")
        for number in range(version, SCHEMA_VERSION):
            # One transaction per step: a migration interrupted half-way leaves the previous version intact.
            self._db.executescript(f"BEGIN;\n{_MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;")

    # -- documents -------------------------------------------------------------------------------
    def known(self, keys: Sequence[str]) -> dict[str, tuple[str, bool, str]]:
        """For the keys already stored: ``key -> (text_id, analysed, meta JSON)``."""
        sql = ("SELECT d.key, d.text_id, t.analysis IS NOT NULL, d.meta FROM documents d "
               "JOIN texts t ON t.text_id = d.text_id WHERE d.key IN ({})")
        return {key: (text_id, bool(analysed), meta) for key, text_id, analysed, meta in self._by_keys(sql, keys)}

    def _by_keys(self, sql: str, keys: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` (whose ``{}`` takes the placeholders) for ``keys``, asked 500 at a time (SQLite caps
        the number of parameters of one statement)."""
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            yield from self._db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    def write(self, rows: Sequence[DocumentRow], *, done_sources: Iterable[str] = ()) -> None:
        """Store documents (new or replacing the same key) in one transaction.

        An analysis already stored for a text is kept when a row brings none (a ``--no-analyze`` re-ingest
        does not throw work away). ``done_sources`` are inputs now read: their ``skipped`` entries go.
        """
        now = _now()
        with self._transaction():
            for row in rows:
                analysis = _pack(row.analysis) if row.analysis is not None else None
                self._db.execute(
                    "INSERT INTO texts(text_id, text, analysis, analysed_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(text_id) DO UPDATE SET "
                    "analysis = COALESCE(excluded.analysis, texts.analysis), "
                    "analysed_at = COALESCE(excluded.analysed_at, texts.analysed_at)",
                    (row.text_id, row.text, analysis, now if analysis is not None else None))
                old = self._db.execute("SELECT text_id FROM documents WHERE key = ?", (row.key,)).fetchone()
                published = row.published
                self._db.execute(
                    "INSERT INTO documents(key, external_id, text_id, source, url, title, outlet, lang, published, "
                    "published_ts, meta, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET external_id = excluded.external_id, text_id = excluded.text_id, "
                    "source = excluded.source, url = excluded.url, title = excluded.title, "
                    "outlet = excluded.outlet, lang = excluded.lang, published = excluded.published, "
                    "published_ts = excluded.published_ts, meta = excluded.meta, ingested_at = excluded.ingested_at",
                    (row.key, row.external_id, row.text_id, row.field("source"), row.field("url"),
                     row.field("title"), row.field("outlet"), row.language(), published,
                     published_timestamp(published), json.dumps(row.meta, ensure_ascii=False), now))
                if old is not None and old[0] != row.text_id:
                    self._drop_orphan_text(old[0])
            for source in done_sources:
                self._db.execute("DELETE FROM skipped WHERE source = ?", (source,))

    def _drop_orphan_text(self, text_id: str) -> None:
        if self._db.execute("SELECT 1 FROM documents WHERE text_id = ? LIMIT 1", (text_id,)).fetchone() is None:
            self._db.execute("DELETE FROM texts WHERE text_id = ?", (text_id,))

    def record_skipped(self, problems: Iterable[tuple[str, str]]) -> None:
        """Remember inputs that could not be read (``(source, reason)``), so a later run can report them."""
        now = _now()
        with self._transaction():
            self._db.executemany(
                "INSERT INTO skipped(source, reason, at) VALUES (?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, at = excluded.at",
                [(source, reason, now) for source, reason in problems])

    def skipped(self) -> list[tuple[str, str]]:
        return [(s, r) for s, r in self._db.execute("SELECT source, reason FROM skipped ORDER BY source")]

    def counts(self) -> dict[str, int]:
        one = self._db.execute
        return {
            "documents": int(one("SELECT count(*) FROM documents").fetchone()[0]),
            "texts": int(one("SELECT count(*) FROM texts").fetchone()[0]),
            "analysed": int(one("SELECT count(*) FROM texts WHERE analysis IS NOT NULL").fetchone()[0]),
            "skipped": int(one("SELECT count(*) FROM skipped").fetchone()[0]),
            "stories": int(one("SELECT count(*) FROM stories").fetchone()[0]),
        }

    def fields(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Light metadata by key (``lang``, ``published``, ``title``, ``outlet``, ``head``: the text's first 300
        characters), without loading texts or analyses."""
        sql = ("SELECT d.key, d.lang, d.published, d.title, d.outlet, substr(t.text, 1, 300) FROM documents d "
               "JOIN texts t ON t.text_id = d.text_id WHERE d.key IN ({})")
        return {key: {"lang": lang, "published": published, "title": title, "outlet": outlet, "head": head}
                for key, lang, published, title, outlet, head in self._by_keys(sql, keys)}

    _ROW_SQL: Final = ("SELECT d.key, d.text_id, t.text, d.meta, d.external_id, t.analysis FROM documents d "
                       "JOIN texts t ON t.text_id = d.text_id")

    @staticmethod
    def _row(raw: tuple[Any, ...], *, analysis: bool = True) -> DocumentRow:
        key, text_id, text, meta, external_id, analysed = raw
        return DocumentRow(key=key, text_id=text_id, text=text, meta=json.loads(meta), external_id=external_id,
                           analysis=_unpack(analysed) if analysis and analysed is not None else None)

    def get(self, key: str) -> DocumentRow | None:
        raw = self._db.execute(f"{self._ROW_SQL} WHERE d.key = ?", (key,)).fetchone()
        return None if raw is None else self._row(raw)

    def iter_documents(self, *, analysis: bool = True, batch: int = 2000) -> Iterator[DocumentRow]:
        """Every document in ingest order, read in batches (a million documents never sit in memory at once)."""
        last = -1
        columns = self._ROW_SQL if analysis else self._ROW_SQL.replace("t.analysis", "NULL")
        while True:
            rows = self._db.execute(f"{columns.replace('SELECT', 'SELECT d.seq,', 1)} WHERE d.seq > ? "
                                    f"ORDER BY d.seq LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            for raw in rows:
                yield self._row(raw[1:], analysis=analysis)
            last = rows[-1][0]

    # -- search ----------------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search (SQLite FTS5 query syntax: words, "phrases", AND/OR/NOT, prefix*).

        A query FTS5 cannot parse raises ``QueryError`` with the reason and a hint, never a crash.
        """
        if not query.strip():
            raise QueryError("empty search query")
        if "\x00" in query:
            raise QueryError("the search query holds a NUL character")
        try:
            rows = self._db.execute(
                "SELECT d.key, d.title, d.outlet, d.published, "
                "snippet(texts_fts, 0, char(2), char(3), '…', 16), bm25(texts_fts) "
                "FROM texts_fts JOIN texts t ON t.rowid = texts_fts.rowid JOIN documents d ON d.text_id = t.text_id "
                "WHERE texts_fts MATCH ? ORDER BY bm25(texts_fts), d.seq LIMIT ?", (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot run the search query {query!r}: {exc}. Put words in double quotes to "
                             f"search them as written (\"like this\")") from None
        return [SearchHit(key=k, title=t, outlet=o, published=p, snippet=s, score=-float(b))
                for k, t, o, p, s, b in rows]

    # -- stories ---------------------------------------------------------------------------------
    def save_stories(self, stories: Iterable[dict[str, Any]], members: Iterable[dict[str, Any]],
                     edges: Iterable[dict[str, Any]], outlets: Iterable[dict[str, Any]],
                     build: dict[str, Any]) -> None:
        """Replace the last stories build with this one, in one transaction."""
        with self._transaction():
            for table in ("stories", "story_members", "copy_edges", "outlet_links", "builds"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.executemany(
                "INSERT INTO stories(id, original, size, languages, first_published, title) VALUES (?,?,?,?,?,?)",
                ((s["id"], s["original"], s["size"], json.dumps(s["languages"]), s.get("first_published"),
                  s.get("title")) for s in stories))
            self._db.executemany(
                "INSERT INTO story_members(key, story, relation, source, parent, score, evidence) "
                "VALUES (?,?,?,?,?,?,?)",
                ((m["key"], m["story"], m["relation"], m["source"], m["parent"], m["score"],
                  json.dumps(m["evidence"], ensure_ascii=False)) for m in members))
            self._db.executemany(
                "INSERT INTO copy_edges(source, target, relation, score, delay_seconds) VALUES (?,?,?,?,?)",
                ((e["source"], e["target"], e["relation"], e["score"], e["delay_seconds"]) for e in edges))
            self._db.executemany(
                "INSERT INTO outlet_links(copier, source, count, relations, median_delay_hours) VALUES (?,?,?,?,?)",
                [(o["copier"], o["source"], o["count"], json.dumps(o["relations"]), o["median_delay_hours"])
                 for o in outlets])
            self._db.executemany("INSERT INTO builds(name, value) VALUES (?, ?)",
                                 [(k, json.dumps(v)) for k, v in build.items()])

    def stories(self, *, min_size: int = 1) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT id, original, size, languages, first_published, title FROM stories WHERE size >= ? "
            "ORDER BY size DESC, id", (min_size,))
        return [{"id": i, "original": o, "size": n, "languages": json.loads(langs), "first_published": p,
                 "title": t} for i, o, n, langs, p, t in rows]

    def story_members(self, story: int | None = None) -> list[dict[str, Any]]:
        """Members with their document's metadata, in ingest order; ``story=None``: every document."""
        sql = ("SELECT m.key, m.story, m.relation, m.source, m.parent, m.score, m.evidence, d.external_id, "
               "d.outlet, d.url, d.title, d.lang, d.published, d.source FROM story_members m "
               "JOIN documents d ON d.key = m.key")
        rows = (self._db.execute(f"{sql} WHERE m.story = ? ORDER BY d.seq", (story,)) if story is not None
                else self._db.execute(f"{sql} ORDER BY d.seq"))
        return [{"key": k, "story": s, "relation": r, "source": src, "parent": p, "score": sc,
                 "evidence": json.loads(ev), "external_id": x, "outlet": o, "url": u, "title": t, "lang": lang,
                 "published": pub, "input": where}
                for k, s, r, src, p, sc, ev, x, o, u, t, lang, pub, where in rows]

    def copy_edges(self, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT source, target, relation, score, delay_seconds FROM copy_edges").fetchall()
        wanted = set(keys) if keys is not None else None
        return [{"source": s, "target": t, "relation": r, "score": sc, "delay_seconds": d}
                for s, t, r, sc, d in rows if wanted is None or t in wanted]

    def outlet_links(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT copier, source, count, relations, median_delay_hours FROM outlet_links "
                                "ORDER BY count DESC, copier, source")
        return [{"copier": c, "source": s, "count": n, "relations": json.loads(r), "median_delay_hours": d}
                for c, s, n, r, d in rows]

    def build_info(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._db.execute("SELECT name, value FROM builds")}

    # -- plumbing --------------------------------------------------------------------------------
    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception): one writer, all or nothing."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self._db.execute("ROLLBACK" if kind is not None else "COMMIT")
