"""The corpus commands end to end: ingest, search, stories build/list/show/outlets/export, evaluate stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unspin.cli import app

runner = CliRunner()

STORY_EN = ("Dam inspection finds cracks\n\nKORVALA, June 3 - Engineers found 14 cracks in the Orsk dam, the regional "
            "water agency said on Tuesday. \"The structure is safe for now,\" agency head Petra Lindqvist told "
            "reporters, adding that repairs would cost 2.5 million euros.")
STORY_COPY = STORY_EN + "\n\nRead more on our site."
OTHER = ("Chess club wins regional cup\n\nThe Varn chess club won the regional cup on Sunday after beating the holders "
         "in the final round, its captain said.")


def records(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "dam-1", "text": STORY_EN, "outlet": "Korvala Herald", "published": "2024-06-03T08:00:00Z"},
        {"id": "dam-2", "text": STORY_COPY, "outlet": "Copy Wire", "published": "2024-06-03T09:30:00Z"},
        {"id": "chess", "text": OTHER, "outlet": "Varn Times", "published": "2024-06-02T12:00:00Z"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_ingest_then_search(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(records(tmp_path)), "--db", str(db), "--jobs", "1",
                                 "--no-progress", "--json", str(tmp_path / "sum.json")])
    assert result.exit_code == 0, result.output
    assert "3 ingested, 0 updated, 0 unchanged" in result.output
    assert json.loads((tmp_path / "sum.json").read_text())["ingested"] == 3
    found = runner.invoke(app, ["search", "cracks", "--db", str(db)])
    assert found.exit_code == 0
    assert "dam-1" in found.output and "dam-2" in found.output and "chess" not in found.output
    assert "[cracks]" in found.output
    as_json = runner.invoke(app, ["search", '"regional cup"', "--db", str(db), "--json"])
    assert [json.loads(line)["id"] for line in as_json.output.splitlines()] == ["chess"]


def test_ingest_reports_skipped_inputs_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zero.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_text(OTHER, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "c.db"), "--no-analyze",
                                 "--no-progress"])
    assert result.exit_code == 1
    assert "zero.txt: skipped: empty file" in result.output
    assert "1 ingested" in result.output


@pytest.mark.parametrize("query", ['"open', "a AND (", "nope:word"])
def test_search_turns_a_malformed_query_into_a_message(tmp_path: Path, query: str) -> None:
    db = tmp_path / "c.db"
    runner.invoke(app, ["ingest", str(records(tmp_path)), "--db", str(db), "--no-analyze", "--no-progress"])
    result = runner.invoke(app, ["search", query, "--db", str(db)])
    assert result.exit_code == 2
    assert "unspin: error: search: cannot run the search query" in result.output
    assert "Traceback" not in result.output


def test_commands_on_a_missing_store_say_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such store" in result.output


def test_actors_are_linked_across_documents_and_scripts(tmp_path: Path) -> None:
    feed = tmp_path / "actors.jsonl"
    rows = [
        {"id": "en", "text": "Port deal signed\n\n\"We have a deal,\" said Harbour Minister Teodor Vasko on Monday. "
                             "Vasko added that work would start in May."},
        {"id": "ru", "text": "Сделка подписана\n\n\"У нас есть сделка\", - сказал министр Теодор Васко в понедельник."},
        {"id": "other", "text": "Chess final\n\n\"It was a long game,\" said Mira Vasko, the club captain."},
    ]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--jobs", "1", "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["actors", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    actors = [json.loads(line) for line in result.output.splitlines()]
    teodor = next(a for a in actors if a["name"] in {"Teodor Vasko", "Теодор Васко"})
    assert {"Teodor Vasko", "Теодор Васко"} <= set(teodor["variants"])
    assert teodor["documents"] == 2 and teodor["quote_count"] >= 2
    assert {q["document"] for q in teodor["quotes"]} == {"en", "ru"}
    mira = next(a for a in actors if a["name"] == "Mira Vasko")  # same surname, another initial: not merged
    assert mira["documents"] == 1
