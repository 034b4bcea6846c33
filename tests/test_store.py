"""The corpus store: schema, idempotent writes, search that never crashes on a query, stories round trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unspin.document import text_id
from unspin.errors import QueryError, StoreError
from unspin.store import SCHEMA_VERSION, DocumentRow, Store, published_timestamp

TEXT_A = "Harbour council approves ferry subsidy\n\nThe council of Velmora voted 7 to 2 on Tuesday to fund the ferry."
TEXT_B = "Минфин Острувии повысил прогноз\n\nМинистерство финансов повысило прогноз роста до 2,4 процента."


def row(text: str, key: str | None = None, **meta: object) -> DocumentRow:
    return DocumentRow(key=key or text_id(text), text_id=text_id(text), text=text,
                       meta={"source": "test", **meta}, external_id=key)


def test_a_new_store_has_the_current_schema_and_runs_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.version == SCHEMA_VERSION
        assert store.counts() == {"documents": 0, "texts": 0, "analysed": 0, "skipped": 0, "stories": 0}
    mode = sqlite3.connect(tmp_path / "s.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_files_that_are_not_stores_are_refused_with_the_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all, just bytes" * 10)
    with pytest.raises(StoreError, match="not an unspin store"):
        Store(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(StoreError, match="not an unspin store"):
        Store(other)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", create=False)


def test_a_store_from_a_newer_unspin_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer unspin"):
        Store(path)


def test_writing_the_same_key_twice_replaces_it_and_keeps_one_text(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "rec-1", outlet="Velmora Post")])
        store.write([row(TEXT_A, "rec-1", outlet="Velmora Post")])
        assert store.counts()["documents"] == 1
        store.write([row(TEXT_B, "rec-1", outlet="Velmora Post")])  # the record's text changed
        counts = store.counts()
        assert (counts["documents"], counts["texts"]) == (1, 1)
        got = store.get("rec-1")
        assert got is not None and got.text == TEXT_B and got.external_id == "rec-1"


def test_two_ids_with_one_text_are_two_documents_sharing_the_text(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "copy-1"), row(TEXT_A, "copy-2")])
        assert store.counts()["documents"] == 2
        assert store.counts()["texts"] == 1


def test_an_analysis_is_kept_when_a_later_write_brings_none(tmp_path: Path) -> None:
    analysed = DocumentRow(key="k", text_id=text_id(TEXT_A), text=TEXT_A, meta={}, analysis={
        "schema": "unspin.document/1", "id": text_id(TEXT_A), "meta": {}, "labels": {"language": "en"},
        "actors": [], "spans": []})
    with Store(tmp_path / "s.db") as store:
        store.write([analysed])
        store.write([row(TEXT_A, "k")])
        got = store.get("k")
        assert got is not None and got.analysis is not None
        assert got.language() == "en"
        assert got.document().labels["language"] == "en"


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = DocumentRow(key="bad", text_id="x", text=TEXT_A, meta={"not": {1, 2}})  # a set is not JSON
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(TypeError):
            store.write([row(TEXT_B, "good"), bad])
        assert store.counts()["documents"] == 0
        assert store.counts()["texts"] == 0


def test_documents_come_back_in_ingest_order_in_batches(tmp_path: Path) -> None:
    texts = [f"Item {i} of the bulletin.\n\nThe port of Velmora counted {i * 11} ships." for i in range(25)]
    with Store(tmp_path / "s.db") as store:
        store.write([row(t, f"id-{i}") for i, t in enumerate(texts)])
        keys = [r.key for r in store.iter_documents(batch=4)]
    assert keys == [f"id-{i}" for i in range(25)]


@pytest.mark.parametrize(("query", "expected"), [
    ("ferry", ["rec-a"]),
    ("прогноз", ["rec-b"]),
    ('"ferry subsidy"', ["rec-a"]),
    ("ferr*", ["rec-a"]),
    ("ferry OR прогноз", ["rec-a", "rec-b"]),
    ("velmora NOT ferry", []),
])
def test_search_finds_words_phrases_and_prefixes(tmp_path: Path, query: str, expected: list[str]) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "rec-a"), row(TEXT_B, "rec-b")])
        hits = store.search(query)
    assert sorted(h.key for h in hits) == expected


def test_search_marks_the_match_in_the_snippet(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "rec-a", title="Ferry vote")])
        (hit,) = store.search("subsidy")
    assert "\x02subsidy\x03" in hit.snippet
    assert hit.title == "Ferry vote"


@pytest.mark.parametrize("query", ['"unclosed', "a AND (", "col:ferry", "NOT", "AND OR", "*", "   ", "\x00x",
                                   "ferry)", "NEAR(a b", "^^"])
def test_a_malformed_search_query_is_a_clear_error_never_a_crash(tmp_path: Path, query: str) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "rec-a")])
        try:
            store.search(query)
        except QueryError as exc:
            assert str(exc)  # a reason a user can read
        # Any other exception fails the test.


def test_stories_are_replaced_as_a_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.write([row(TEXT_A, "a"), row(TEXT_B, "b")])
        member = {"key": "a", "story": 0, "relation": "original", "source": "a", "parent": None, "score": 1.0,
                  "evidence": {}}
        copy = {"key": "b", "story": 0, "relation": "translation", "source": "a", "parent": "a", "score": 0.4,
                "evidence": {"names": ["velmora"]}}
        story = {"id": 0, "original": "a", "size": 2, "languages": ["en", "ru"], "first_published": None,
                 "title": "Harbour council"}
        edge = {"source": "a", "target": "b", "relation": "translation", "score": 0.4, "delay_seconds": 60.0}
        link = {"copier": "B", "source": "A", "count": 1, "relations": {"translation": 1}, "median_delay_hours": 0.02}
        store.save_stories([story], [member, copy], [edge], [link], {"documents": 2})
        store.save_stories([story], [member, copy], [edge], [link], {"documents": 2})
        assert store.stories() == [story]
        assert [m["relation"] for m in store.story_members(0)] == ["original", "translation"]
        assert store.copy_edges(["b"]) == [edge]
        assert store.outlet_links() == [link]
        assert store.build_info() == {"documents": 2}


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-01", 1709251200.0),
    ("2024-03-01T10:00:00", 1709287200.0),
    ("2024-03-01T12:00:00+02:00", 1709287200.0),
    ("not a date", None),
    (None, None),
])
def test_published_dates_become_utc_seconds(value: str | None, expected: float | None) -> None:
    assert published_timestamp(value) == expected


def test_lookups_by_key_cross_the_parameter_batches(tmp_path: Path) -> None:
    texts = [f"Notice {i}.\n\nThe Velmora ferry sails at {i} past nine." for i in range(1201)]
    keys = [f"k{i}" for i in range(1201)]
    with Store(tmp_path / "s.db") as store:
        store.write([row(t, k, lang="en") for t, k in zip(texts, keys, strict=True)])
        known = store.known([*keys, "absent"])
        fields = store.fields(keys)
    assert len(known) == 1201 and known["k1200"][0] == text_id(texts[1200])
    assert len(fields) == 1201 and fields["k0"]["lang"] == "en" and fields["k600"]["head"] == texts[600]
