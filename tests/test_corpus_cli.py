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


def built_store(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(records(tmp_path)), "--db", str(db), "--jobs", "1",
                               "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["stories", "build", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "3 documents -> 1 stories" in result.output and "1 alone" in result.output
    return db


def test_stories_build_list_show_and_outlets(tmp_path: Path) -> None:
    db = built_store(tmp_path)
    listed = runner.invoke(app, ["stories", "list", "--db", str(db), "--json"])
    (story,) = [json.loads(line) for line in listed.output.splitlines()]
    assert story["size"] == 2 and story["original"] == "dam-1" and story["languages"] == ["en"]
    shown = runner.invoke(app, ["stories", "show", str(story["id"]), "--db", str(db), "--json"])
    members = json.loads(shown.output)["members"]
    assert [(m["key"], m["relation"], m["parent"]) for m in members] == [
        ("dam-1", "original", None), ("dam-2", "exact copy", "dam-1")]
    assert json.loads(shown.output)["edges"][0]["delay_seconds"] == 5400.0
    outlets = runner.invoke(app, ["stories", "outlets", "--db", str(db), "--json"])
    (link,) = [json.loads(line) for line in outlets.output.splitlines()]
    assert (link["copier"], link["source"], link["count"]) == ("Copy Wire", "Korvala Herald", 1)
    assert link["median_delay_hours"] == 1.5
    missing = runner.invoke(app, ["stories", "show", "99", "--db", str(db)])
    assert missing.exit_code == 1 and "no such story" in missing.output


def test_stories_export_in_every_format(tmp_path: Path) -> None:
    db = built_store(tmp_path)
    out = runner.invoke(app, ["stories", "export", "--db", str(db), "--format", "jsonl"])
    rows = {r["id"]: r for r in map(json.loads, out.output.splitlines())}
    assert (rows["dam-2"]["story"], rows["dam-2"]["relation"], rows["dam-2"]["source"]) == (
        rows["dam-1"]["story"], "exact copy", "dam-1")
    assert (rows["chess"]["story"], rows["chess"]["relation"], rows["chess"]["source"]) == (None, "original", "chess")
    csv_file = tmp_path / "s.csv"
    assert runner.invoke(app, ["stories", "export", "--db", str(db), "--format", "csv", "-o", str(csv_file)]
                         ).exit_code == 0
    header, *lines = csv_file.read_text(encoding="utf-8").splitlines()
    assert header.startswith("id,story,relation,source,parent") and len(lines) == 3
    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "s.parquet"
    assert runner.invoke(app, ["stories", "export", "--db", str(db), "--format", "parquet", "-o", str(parquet)]
                         ).exit_code == 0
    table = pq.read_table(parquet).to_pylist()
    assert {r["id"]: r["relation"] for r in table} == {"dam-1": "original", "dam-2": "exact copy", "chess": "original"}
    bad = runner.invoke(app, ["stories", "export", "--db", str(db), "--format", "parquet"])
    assert bad.exit_code == 1 and "--output" in bad.output
    wrong = runner.invoke(app, ["stories", "export", "--db", str(db), "--format", "xml"])
    assert wrong.exit_code == 2


def test_export_before_a_build_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner.invoke(app, ["ingest", str(records(tmp_path)), "--db", str(db), "--no-analyze", "--no-progress"])
    result = runner.invoke(app, ["stories", "export", "--db", str(db)])
    assert result.exit_code == 1 and "unspin stories build" in result.output


def test_evaluate_stories_scores_the_hand_written_gold(tmp_path: Path) -> None:
    gold = Path(__file__).resolve().parent / "gold" / "stories" / "hand.jsonl"
    result = runner.invoke(app, ["evaluate", "stories", str(gold), "--jobs", "1", "--json", str(tmp_path / "s.json")])
    assert result.exit_code == 0, result.output
    assert "adjusted Rand index" in result.output and "plain MinHash" in result.output
    figures = json.loads((tmp_path / "s.json").read_text())
    # A floor well under today's figure (0.96), far above plain MinHash (0.16): a regression shows.
    assert figures["unspin"]["ari"] >= 0.8
    assert figures["plain_minhash"]["ari"] < 0.5


def test_evaluate_stories_names_a_bad_gold_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "a", "text": "x y z", "cluster": null, "relation": "cousin"}\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "stories", str(gold)])
    assert result.exit_code == 1 and "g.jsonl:1" in result.output


def test_export_says_when_documents_came_after_the_last_build(tmp_path: Path) -> None:
    db = built_store(tmp_path)
    late = tmp_path / "late.jsonl"
    late.write_text(json.dumps({"id": "late", "text": OTHER + " Late edition."}) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(late), "--db", str(db), "--no-analyze", "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["stories", "export", "--db", str(db)])
    assert result.exit_code == 0
    assert "1 document(s) were ingested after the last `unspin stories build`" in result.output
    assert "late" not in {json.loads(line)["id"] for line in result.output.splitlines() if line.startswith("{")}


def test_stories_graph_writes_dot(tmp_path: Path) -> None:
    db = built_store(tmp_path)
    story = json.loads(runner.invoke(app, ["stories", "list", "--db", str(db), "--json"]).output)["id"]
    result = runner.invoke(app, ["stories", "graph", str(story), "--db", str(db)])
    assert result.exit_code == 0, result.output
    dot = result.output
    assert dot.startswith("digraph copies {") and dot.rstrip().endswith("}")
    assert '"dam-1" [label="Korvala Herald\\nen\\n2024-06-03T08:00:00+00:00\\noriginal", shape=box];' in dot
    assert '"dam-1" -> "dam-2" [label="exact copy +1.5 h 1.00"];' in dot
    assert "chess" not in dot
    missing = runner.invoke(app, ["stories", "graph", "42", "--db", str(db)])
    assert missing.exit_code == 1 and "no such story" in missing.output


@pytest.mark.parametrize(("value", "expected"), [
    ('Outlet "X"', '"Outlet \\"X\\""'),
    ("a\\b", '"a\\\\b"'),
    ("line\nbreak", '"line\\nbreak"'),
    ("bell\x07}", '"bell }"'),
])
def test_dot_strings_cannot_break_the_graph_file(value: str, expected: str) -> None:
    from unspin.corpus import _dot

    assert _dot(value) == expected


@pytest.mark.parametrize(("longest", "variants", "shown"), [
    # Seen only in the genitive, with the nominative surname attested elsewhere: rebuilt.
    ("Андрея Лапшина", {"Андрея Лапшина": 3, "Лапшин": 2, "Лапшина": 1}, "Андрей Лапшин"),
    # An attested nominative full name is shown as it is, and the form most documents use wins.
    ("Андрея Лапшина", {"Андрея Лапшина": 3, "Андрей Лапшин": 1, "Лапшин": 1}, "Андрей Лапшин"),
    ("Andrei Lapshin", {"Andrei Lapshin": 1, "Андрей Лапшин": 2}, "Андрей Лапшин"),
    # An indeclinable surname keeps its form; a woman's name turns back with its own endings.
    ("Олега Кравченко", {"Олега Кравченко": 2, "Кравченко": 1}, "Олег Кравченко"),
    ("Нины Соколовой", {"Нины Соколовой": 2, "Соколова": 1}, "Нина Соколова"),
    # No attested nominative surname: nothing is invented, the fullest form stays.
    ("Андрея Лапшина", {"Андрея Лапшина": 3, "Лапшина": 1}, "Андрея Лапшина"),
    # A name with no given name, or Latin names with unknown given names: unchanged.
    ("Lapshin", {"Lapshin": 2}, "Lapshin"),
])
def test_a_person_is_shown_by_a_nominative_name(longest: str, variants: dict[str, int], shown: str) -> None:
    from unspin.corpus import display_name

    assert display_name(longest, variants) == shown
