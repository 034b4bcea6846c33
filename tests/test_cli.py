"""``unspin analyze``: formats, several inputs, errors that name the file and let the batch go on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import unspin
from unspin.cli import EXAMPLE_NAME, app, parse_layers
from unspin.document import LAYERS, SCHEMA

# Invented articles, one per file.
ARTICLES = {
    "harbour.txt": "Harbour board delays ferry fares\n\nPORTVILLE, June 2. The harbour board "
                   "postponed its vote on the new ferry fares until the autumn.\n\nThe chair said "
                   "that the fares would stay where they are for now.\n",
    "orchard.txt": "Orchard growers count the cost of a late frost\n\nGrowers in the valley lost about a "
                   "third of the apple blossom to the frost of last week, the cooperative said.\n",
    "library.txt": "Town library extends its opening hours\n\nFrom Monday the library opens at eight and "
                   "closes at nine, the council announced on Tuesday.\n",
}
RUNNER = CliRunner()


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in ARTICLES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def run(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, [str(a) for a in args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str | bytes, stdin: bytes | None = None, cwd: Path | None = None,
                ) -> subprocess.CompletedProcess[bytes]:
    """The real entry point in a fresh interpreter (exit codes, standard input, file names as bytes)."""
    return subprocess.run([sys.executable, "-c", "from unspin.cli import main; main()", *args],
                          input=stdin, capture_output=True, cwd=cwd, timeout=60, check=False)


def assert_document(data: dict[str, object], text: str | None = None) -> None:
    assert data["schema"] == SCHEMA == "unspin.document/1"
    doc_text = data["text"]
    assert isinstance(doc_text, str)
    if text is not None:
        assert doc_text == text
    spans = data["spans"]
    assert isinstance(spans, list)
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(doc_text)
        assert span["layer"] in LAYERS


def test_version() -> None:
    code, out, _ = run("--version")
    assert (code, out) == (0, f"unspin {unspin.__version__}\n")


def test_only_built_commands_are_registered() -> None:
    code, out, _ = run("--help")
    built = ("analyze", "evaluate", "techniques", "train", "ingest", "search", "stories", "actors")
    assert code == 0 and all(name in out for name in built)
    for later in ("serve",):
        assert later not in out


def test_one_file_text(articles: dict[str, Path]) -> None:
    code, out, err = run("analyze", articles["harbour.txt"])
    assert (code, err) == (0, "")
    assert "harbour.txt" in out
    assert "The chair said that the fares would stay where they are for now." in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_one_file_json(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", articles["harbour.txt"], "--format", "json")
    assert code == 0
    assert out.count("\n") == 1  # compact by default
    data = json.loads(out)
    assert_document(data, ARTICLES["harbour.txt"])
    assert data["meta"]["source"] == str(articles["harbour.txt"])


def test_one_file_json_indented(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", articles["harbour.txt"], "--format", "json", "--indent", "2")
    assert code == 0
    assert out.startswith('{\n  "schema": "unspin.document/1"')
    assert_document(json.loads(out), ARTICLES["harbour.txt"])


def test_one_file_html(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", articles["harbour.txt"], "-f", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert out.count('<article class="unspin-doc"') == 1
    assert "Harbour board delays ferry fares" in out


def test_several_files_html_make_one_page(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", *articles.values(), "--format", "html")
    assert code == 0
    assert out.count("<!DOCTYPE html>") == 1
    assert out.count('<article class="unspin-doc"') == 3


def test_several_files_json_lines(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", *articles.values(), "--format", "json", "--indent", "4")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3  # one compact document a line, whatever --indent says
    for line, (name, text) in zip(lines, ARTICLES.items(), strict=True):
        data = json.loads(line)
        assert_document(data, text)
        assert data["meta"]["source"].endswith(name)


def test_a_bad_file_among_good_ones(articles: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    missing = tmp_path / "missing.txt"
    args = [articles["harbour.txt"], missing, empty, articles["orchard.txt"], binary, tmp_path,
            articles["library.txt"]]
    code, out, err = run("analyze", *args, "--format", "json")
    assert code == 1
    assert [json.loads(line)["text"] for line in out.splitlines()] == list(ARTICLES.values())
    errors = err.splitlines()
    assert len(errors) == 4
    for line, bad in zip(errors, [missing, empty, binary, tmp_path], strict=True):
        assert line.startswith(f"unspin: error: {bad}: ")
        assert len(line) > len(f"unspin: error: {bad}: ") + 3  # a reason follows
    assert "Traceback" not in err


def test_bad_records_in_json_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": "First story about the harbour."}) + "\n"
                     + "{not json\n"
                     + json.dumps({"title": "no text here"}) + "\n"
                     + json.dumps({"text": "Second story about the orchard."}) + "\n", encoding="utf-8")
    code, out, err = run("analyze", batch, "--format", "json")
    assert code == 1
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert texts == ["First story about the harbour.", "Second story about the orchard."]
    errors = err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"unspin: error: {batch}:2")
    assert errors[1].startswith(f"unspin: error: {batch}:3")


def test_all_inputs_bad_still_ends_cleanly(tmp_path: Path) -> None:
    code, out, err = run("analyze", tmp_path / "nope.txt", "--format", "html")
    assert code == 1
    assert "No documents." in out
    assert err.startswith("unspin: error: ")


def test_max_bytes(articles: dict[str, Path]) -> None:
    code, out, err = run("analyze", articles["harbour.txt"], "--max-bytes", "20", "-f", "json")
    assert (code, out) == (1, "")
    assert err.startswith(f"unspin: error: {articles['harbour.txt']}: ")


def test_stdin(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", "-", "--format", "json", stdin=ARTICLES["orchard.txt"])
    assert code == 0
    data = json.loads(out)
    assert_document(data, ARTICLES["orchard.txt"])
    assert data["meta"]["source"] == "-"


def test_stdin_in_a_real_process() -> None:
    proc = run_process("analyze", "-", "-f", "json", stdin=ARTICLES["library.txt"].encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == ARTICLES["library.txt"]


def test_example() -> None:
    code, out, err = run("analyze", "--example", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert_document(data)
    assert data["meta"]["source"] == EXAMPLE_NAME
    assert data["text"].startswith("Russian agriculture Ministry")


def test_example_text_view() -> None:
    code, out, _ = run("analyze", "--example")
    assert code == 0
    assert EXAMPLE_NAME in out and "KALININGRAD" in out


@pytest.mark.parametrize("name", ["with space.txt", "new\nline.txt", "-leading-dash.txt", "--double.txt",
                                  "tab\tand \u202e.txt", "ünïcödé 📰.txt"])
def test_hostile_file_names(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / name
    path.write_text(ARTICLES["library.txt"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("analyze", "--format", "json", "--", name)
    assert code == 0
    data = json.loads(out)
    assert data["text"] == ARTICLES["library.txt"]
    assert data["meta"]["source"] == name


@pytest.mark.parametrize("name", ["new\nline.txt", "esc\x1b[2J.txt", "bidi\u202etxt.exe"])
def test_hostile_missing_file_names_cannot_forge_error_lines(tmp_path: Path, name: str) -> None:
    code, _, err = run("analyze", "--", str(tmp_path / name))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("unspin: error: ")
    assert "\x1b" not in err and "\u202e" not in err


def test_undecodable_file_name(tmp_path: Path) -> None:
    name = b"bad\xff name.txt"
    (tmp_path / os.fsdecode(name)).write_text(ARTICLES["harbour.txt"], encoding="utf-8")
    proc = run_process(b"analyze", b"-f", b"json", b"--", name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["text"] == ARTICLES["harbour.txt"]
    assert data["meta"]["source"] == "bad\\xff name.txt"
    text_view = run_process(b"analyze", b"--", name, cwd=tmp_path)
    assert text_view.returncode == 0, text_view.stderr
    assert b"bad\\xff name.txt" in text_view.stdout


def test_output_file(articles: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "view.html"
    code, out, _ = run("analyze", articles["harbour.txt"], "--format", "html", "-o", target)
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_file_text_has_no_colour(articles: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "view.txt"
    code, _, _ = run("analyze", articles["harbour.txt"], "-o", target)
    assert code == 0
    written = target.read_text(encoding="utf-8")
    assert "Harbour board delays ferry fares" in written and "\x1b[" not in written


@pytest.mark.parametrize("args", [
    ["analyze"],
    ["analyze", "x.txt", "--format", "xml"],
    ["analyze", "x.txt", "--layers", "headline,nonsense"],
    ["analyze", "x.txt", "--indent", "-1"],
    ["analyze", "x.txt", "--max-bytes", "0"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert "Traceback" not in err


def test_usage_error_in_a_real_process() -> None:
    proc = run_process("analyze")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


def test_bad_file_in_a_real_process(articles: dict[str, Path], tmp_path: Path) -> None:
    proc = run_process("analyze", "-f", "json", str(tmp_path / "gone.txt"), str(articles["orchard.txt"]))
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith(f"unspin: error: {tmp_path / 'gone.txt'}: ")
    assert b"Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["text"] == ARTICLES["orchard.txt"]


def test_layers_option(articles: dict[str, Path]) -> None:
    code, out, _ = run("analyze", articles["harbour.txt"], "--layers", "sentence,paragraph", "-f", "html")
    assert code == 0
    assert '<input type="checkbox" data-toggle-layer="sentence" checked>' in out


@pytest.mark.parametrize(("value", "layers"), [
    (None, None),
    ("headline", ("headline",)),
    (" Headline , mt_signal,headline ", ("headline", "mt_signal")),
    ("all", LAYERS),
])
def test_parse_layers(value: str | None, layers: tuple[str, ...] | None) -> None:
    assert parse_layers(value) == layers


def test_json_output_does_not_load_the_views(articles: dict[str, Path]) -> None:
    code = ("import sys\nfrom unspin.cli import app\n"
            f"app(['analyze', '-f', 'json', {str(articles['harbour.txt'])!r}], standalone_mode=False)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('rich', 'unspin.render.html', 'jsonschema',"
            " 'lxml', 'trafilatura'))), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().strip() == "[]"


def test_evaluate_quotes_prints_and_writes_every_figure(tmp_path: Path) -> None:
    import json as json_module

    from typer.testing import CliRunner

    from unspin.cli import app

    gold = Path(__file__).parent / "gold" / "quotes" / "dev"
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", "quotes", str(gold), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "overlap all" in result.output and "variant merge" in result.output
    data = json_module.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == len(list(gold.glob("*.json")))
    assert {"overlap", "exact", "speaker_accuracy"} <= set(data)


def test_evaluate_quotes_names_a_broken_gold_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from unspin.cli import app

    (tmp_path / "bad.json").write_text('{"text": "x", "quotes": [{"start": 0, "end": 99}]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "quotes", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.json" in result.output
