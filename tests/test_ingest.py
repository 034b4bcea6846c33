"""``unspin ingest``: folders, records, WARC; idempotent re-runs; bad inputs reported; a killed ingest resumed;
the Dask runner."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unspin.ingest import ingest
from unspin.store import Store

ARTICLE_1 = ("Quarry strike enters third week\n\nDRENVIK, March 4 - Workers at the Drenvik quarry said on Monday "
             "that the strike would go on. \"We will not go back for less,\" said union steward Alia Moren.")
ARTICLE_2 = ("Ferry timetable cut for winter\n\nThe Velmora ferry will sail twice a day from November, the harbour "
             "office said on Friday, citing falling passenger numbers.")
ARTICLE_3 = "Библиотека откроется после ремонта\n\nГородская библиотека Заречья откроется 12 мая, сообщила мэрия."


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def corpus(root: Path) -> Path:
    write(root / "a" / "one.txt", ARTICLE_1)
    write(root / "a" / "two.html", f"<html><head><title>Ferry timetable cut</title></head><body><article>"
                                   f"<p>{ARTICLE_2.split(chr(10))[-1]}</p></article></body></html>")
    write(root / "b" / "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "lib-1", "text": ARTICLE_3, "outlet": "Zarechye Daily", "published": "2024-05-02T09:00:00+03:00",
         "lang": "ru"},
        {"id": 77, "text": ARTICLE_1, "outlet": "Copy Desk"},
        {"id": "broken"},
    ]) + "\n{not json\n")
    write(root / "b" / "empty.txt", "   \n")
    write(root / "b" / "photo.jpg", b"\xff\xd8\xff\xe0 not an article")
    write(root / ".hidden" / "x.txt", ARTICLE_2)
    return root


def test_a_folder_is_ingested_and_every_problem_is_reported(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    with Store(tmp_path / "s.db") as store:
        summary = ingest([root], store, jobs=1)
        reasons = dict(summary.skipped)
        assert summary.ingested == 4  # one.txt, two.html, lib-1, 77 (same text as one.txt, but its own id)
        assert summary.files == 5  # the hidden folder is not walked
        assert set(reasons) == {f"{root}/b/feed.jsonl:3", f"{root}/b/feed.jsonl:4", f"{root}/b/empty.txt",
                                f"{root}/b/photo.jpg"}
        assert "text" in reasons[f"{root}/b/feed.jsonl:3"]
        assert "not a text, HTML, JSON or WARC file" in reasons[f"{root}/b/photo.jpg"]
        assert dict(store.skipped()) == reasons
        lib = store.get("lib-1")
        assert lib is not None and lib.external_id == "lib-1" and lib.text == ARTICLE_3
        assert lib.meta["outlet"] == "Zarechye Daily" and lib.language() == "ru"
        assert lib.analysis is not None and lib.document().layer("sentence")  # analysed
        assert store.get("77") is not None
        counts = store.counts()
        assert (counts["documents"], counts["texts"], counts["analysed"]) == (4, 3, 3)


def test_running_it_again_changes_nothing(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    with Store(tmp_path / "s.db") as store:
        ingest([root], store, jobs=1)
        again = ingest([root], store, jobs=1)
        assert (again.ingested, again.updated, again.unchanged) == (0, 0, 4)
        assert store.counts()["documents"] == 4


def test_the_same_text_twice_without_an_id_is_one_document(tmp_path: Path) -> None:
    write(tmp_path / "in" / "x.txt", ARTICLE_2)
    write(tmp_path / "in" / "y.txt", ARTICLE_2)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([tmp_path / "in"], store, jobs=1)
        assert (summary.ingested, summary.duplicates) == (1, 1)


def test_bulk_loading_stores_text_only_and_a_later_ingest_adds_the_analysis(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    with Store(tmp_path / "s.db") as store:
        bulk = ingest([root], store, analyze=False)
        assert bulk.ingested == 4 and store.counts()["analysed"] == 0
        full = ingest([root], store, jobs=1)
        assert (full.ingested, full.updated) == (0, 4)
        assert store.counts()["analysed"] == 3


def test_a_changed_record_is_updated(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    write(feed, json.dumps({"id": "r1", "text": ARTICLE_1}) + "\n")
    with Store(tmp_path / "s.db") as store:
        ingest([feed], store, analyze=False)
        write(feed, json.dumps({"id": "r1", "text": ARTICLE_2}) + "\n")
        summary = ingest([feed], store, analyze=False)
        assert summary.updated == 1
        got = store.get("r1")
        assert got is not None and got.text == ARTICLE_2
        assert store.counts()["texts"] == 1


@pytest.mark.parametrize("name", ["-dash.txt", "new\nline.txt", "sp ace.txt", "\u202ertl.txt", "кириллица.txt"])
def test_hostile_file_names_are_stored_and_reported_safely(tmp_path: Path, name: str) -> None:
    write(tmp_path / "in" / name, ARTICLE_1)
    write(tmp_path / "in" / f"bad-{name}", b"\x00\x01\x02")
    with Store(tmp_path / "s.db") as store:
        summary = ingest([tmp_path / "in"], store, jobs=1)
        assert summary.ingested == 1
        ((source, reason),) = summary.skipped
        assert source.endswith(f"bad-{name}") and "binary" in reason


def warc_bytes(pages: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, content_type, body in pages:
        status = "200 OK" if content_type != "redirect" else "301 Moved Permanently"
        headers = StatusAndHeaders(status, [("Content-Type", content_type if content_type != "redirect"
                                             else "text/html")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def test_warc_pages_become_documents_and_other_records_are_passed_over(tmp_path: Path) -> None:
    html = (b"<html><head><title>Quarry strike</title></head><body><article><p>" + ARTICLE_1.encode() +
            b"</p></article></body></html>")
    data = warc_bytes([("https://news.example/quarry", "text/html; charset=utf-8", html),
                       ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
                       ("https://news.example/old", "redirect", b""),
                       ("https://news.example/plain", "text/plain", ARTICLE_3.encode()),
                       ("https://news.example/empty", "text/html", b"   ")])
    path = write(tmp_path / "crawl.warc.gz", data)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([path], store, analyze=False)
        assert summary.ingested == 2
        ((source, reason),) = summary.skipped
        assert source == f"{path}#5" and "empty" in reason
        rows = list(store.iter_documents())
        assert rows[0].meta["url"] == "https://news.example/quarry" and "crawled" in rows[0].meta
        assert rows[1].text == ARTICLE_3


def test_a_file_that_is_not_a_warc_is_refused_by_name(tmp_path: Path) -> None:
    path = write(tmp_path / "fake.warc", "hello, I am not an archive\n" * 20)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([path], store, analyze=False)
        ((source, reason),) = summary.skipped
        assert source == str(path) and "WARC" in reason


def test_a_killed_ingest_resumes_without_losing_or_duplicating(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Bulletin {i}\n\n{ARTICLE_1} Item number {i}."}) for i in range(400)]
    write(feed, "\n".join(lines) + "\n")
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "unspin.cli", "ingest", str(feed), "--db", str(db), "--jobs", "1", "--no-progress"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    # Wait until some documents are in, then kill it without warning.
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                with Store(db) as peek:
                    if peek.counts()["documents"] >= 32:
                        break
            except Exception:
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        partial = store.counts()["documents"]
        assert 32 <= partial < 400
        summary = ingest([feed], store, jobs=1)
        assert summary.ingested == 400 - partial
        assert summary.unchanged == partial
        assert store.counts()["documents"] == 400
        assert store.counts()["analysed"] == 400
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_local_processes_and_inline_give_the_same_store(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        ingest([root], one, jobs=1)
        ingest([root], two, jobs=2)
        first = [(r.key, r.analysis) for r in one.iter_documents()]
        second = [(r.key, r.analysis) for r in two.iter_documents()]
    assert first == second


def test_a_dask_cluster_analyses_the_documents(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    root = corpus(tmp_path / "in")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, Store(tmp_path / "s.db") as store:
        summary = ingest([root], store, scheduler=cluster.scheduler_address)
        assert summary.ingested == 4
        assert store.counts()["analysed"] == 3


def test_a_jsonl_corpus_larger_than_the_article_limit_is_streamed_record_by_record(tmp_path: Path) -> None:
    from dataclasses import replace

    from unspin.settings import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, max_bytes=400)  # each record below, not the file
    feed = tmp_path / "big.jsonl"
    good = [json.dumps({"id": f"r{i}", "text": f"Notice {i}: the Velmora ferry sails at {i + 10} o'clock."})
            for i in range(30)]
    lines = [*good[:10], json.dumps({"id": "huge", "text": "word " * 200}), *good[10:20], "{broken", *good[20:]]
    with feed.open("wb") as handle:
        handle.write(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n" + b'{"id": "latin", "text": "caf\xe9"}\n')
    assert feed.stat().st_size > settings.max_bytes
    with Store(tmp_path / "s.db") as store:
        summary = ingest([feed], store, analyze=False, settings=settings)
        assert summary.ingested == 30
        reasons = dict(summary.skipped)
        assert "longer than the 400-byte limit" in reasons[f"{feed}:11"]
        assert "not valid JSON" in reasons[f"{feed}:22"]
        assert "not UTF-8" in reasons[f"{feed}:33"]
        assert store.get("r0") is not None and store.get("r29") is not None


def test_a_binary_file_named_jsonl_is_refused_whole(tmp_path: Path) -> None:
    from dataclasses import replace

    from unspin.settings import DEFAULT_SETTINGS

    feed = write(tmp_path / "x.jsonl", b"\x00\x01" * 600)
    with Store(tmp_path / "s.db") as store:
        summary = ingest([feed], store, analyze=False, settings=replace(DEFAULT_SETTINGS, max_bytes=100))
        assert summary.skipped == [(str(feed), "binary file (contains NUL bytes)")]


def test_an_article_whose_analysis_fails_is_skipped_with_the_reason_and_remembered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import unspin.pipeline

    real = unspin.pipeline.analyze_document

    def flaky(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise RuntimeError("a stage broke")
        return real(doc, **kwargs)

    monkeypatch.setattr(unspin.pipeline, "analyze_document", flaky)
    feed = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "ok", "text": ARTICLE_1}, {"id": "bad", "text": ARTICLE_2 + " POISON"}]) + "\n")
    with Store(tmp_path / "s.db") as store:
        summary = ingest([feed], store, jobs=1)
        assert summary.ingested == 1
        ((source, reason),) = summary.skipped
        assert source == f"{feed}:2" and reason == "analysis failed (RuntimeError: a stage broke)"
        assert store.skipped() == [(source, reason)]
        assert store.get("bad") is None


def test_a_warc_record_over_the_size_limit_is_skipped_by_name(tmp_path: Path) -> None:
    from dataclasses import replace

    from unspin.settings import DEFAULT_SETTINGS

    path = write(tmp_path / "c.warc.gz", warc_bytes([("https://news.example/a", "text/plain", ARTICLE_3.encode()),
                                                     ("https://news.example/b", "text/plain", b"word " * 100)]))
    with Store(tmp_path / "s.db") as store:
        summary = ingest([path], store, analyze=False, settings=replace(DEFAULT_SETTINGS, max_bytes=300))
        assert summary.ingested == 1
        ((source, reason),) = summary.skipped
        assert source == f"{path}#2" and "exceeds the 300 bytes limit" in reason
