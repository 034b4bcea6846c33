"""``unspin techniques detect|classify``, ``unspin evaluate techniques`` and ``unspin train techniques``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_techniques_model import _write_corpus
from typer.testing import CliRunner

from unspin.cli import app
from unspin.techniques.labels import TECHNIQUES
from unspin.techniques.ptc import read_labels

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ptc")
    _write_corpus(root, n=6)
    return root


def test_detect_writes_flc_lines_inside_each_article(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.txt"
    result = runner.invoke(app, ["techniques", "detect", str(corpus / "train-articles"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    frags = read_labels(out, with_technique=True)
    assert frags
    texts = {p.stem[len("article"):]: p.read_text(encoding="utf-8") for p in (corpus / "train-articles").iterdir()}
    for frag in frags:
        assert frag.label in TECHNIQUES
        assert 0 <= frag.start < frag.end <= len(texts[frag.article_id])


def test_detect_si_writes_unlabelled_spans(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "si.txt"
    result = runner.invoke(app, ["techniques", "detect", str(corpus / "train-articles"), "-o", str(out),
                                 "--task", "si"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 3 for line in lines)


def test_classify_fills_every_template_line_in_order(corpus: Path, tmp_path: Path) -> None:
    gold = read_labels(corpus / "train-task-flc-tc.labels", with_technique=True)
    template = tmp_path / "template.txt"
    template.write_text("".join(f"{f.article_id}\t?\t{f.start}\t{f.end}\n" for f in gold), encoding="utf-8")
    out = tmp_path / "tc.txt"
    result = runner.invoke(app, ["techniques", "classify", str(corpus / "train-articles"), str(template),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    filled = read_labels(out, with_technique=True)
    assert [(f.article_id, f.start, f.end) for f in filled] == [(f.article_id, f.start, f.end) for f in gold]
    assert all(f.label in TECHNIQUES for f in filled)


def test_classify_refuses_a_span_outside_the_text(corpus: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.txt"
    template.write_text("1000\t?\t5\t999999\n", encoding="utf-8")
    result = runner.invoke(app, ["techniques", "classify", str(corpus / "train-articles"), str(template),
                                 "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert "outside the text" in result.output


def test_evaluate_gold_against_itself_is_perfect(corpus: Path, tmp_path: Path) -> None:
    labels = corpus / "train-task-flc-tc.labels"
    report = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", "techniques", str(corpus / "train-articles"), str(labels),
                                 "--pred", str(labels), "--json", str(report)])
    assert result.exit_code == 0, result.output
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["si"]["f1"] == pytest.approx(1.0)
    assert figures["flc"]["f1"] == pytest.approx(1.0)
    assert figures["tc"]["micro_f1"] == pytest.approx(1.0)
    assert "Loaded_Language" in result.output


def test_evaluate_a_detection_file_has_no_tc_figure(corpus: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.txt"
    pred.write_text("1000\tDoubt\t0\t5\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "techniques", str(corpus / "train-articles"),
                                 str(corpus / "train-task-flc-tc.labels"), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "not a TC submission" in result.output


def test_evaluate_runs_the_model_when_no_predictions_are_given(corpus: Path, tmp_path: Path) -> None:
    report = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", "techniques", str(corpus / "train-articles"),
                                 str(corpus / "train-task-flc-tc.labels"), "--json", str(report)])
    assert result.exit_code == 0, result.output
    figures = json.loads(report.read_text(encoding="utf-8"))
    for task in ("si", "flc"):
        assert 0.0 <= figures[task]["f1"] <= 1.0
    assert 0.0 <= figures["tc"]["micro_f1"] <= 1.0


def test_evaluate_names_a_malformed_labels_file(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.labels"
    bad.write_text("1000\tLoaded_Language\tten\t20\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "techniques", str(corpus / "train-articles"), str(bad)])
    assert result.exit_code == 1
    assert "bad.labels" in result.output


def test_train_writes_a_model_that_reads_back(corpus: Path, tmp_path: Path) -> None:
    from unspin.techniques.model import read_model

    out = tmp_path / "model"
    result = runner.invoke(app, ["train", "techniques", "--data", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    model = read_model(out)
    assert set(model.tc.classes) == {"Loaded_Language", "Name_Calling,Labeling"}
    assert model.record["articles"] == 6


def test_train_refuses_a_folder_without_articles(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "techniques", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "train-articles" in result.output


def test_detect_skips_an_unreadable_article_and_says_so(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in (corpus / "train-articles").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "article9999.txt").write_bytes(b"caf\xe9 \xff\xfe broken")
    out = tmp_path / "pred.txt"
    result = runner.invoke(app, ["techniques", "detect", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "article9999.txt" in result.output and "skipped" in result.output
    ids = {f.article_id for f in read_labels(out, with_technique=True)}
    assert "9999" not in ids and ids


def test_train_with_cv_prints_and_writes_out_of_fold_figures(tmp_path: Path) -> None:
    root = tmp_path / "ptc"
    _write_corpus(root, n=10)
    report = tmp_path / "cv.json"
    result = runner.invoke(app, ["train", "techniques", "--data", str(root), "--out", str(tmp_path / "m"),
                                 "--cv", "--report", str(report), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert len(figures["folds"]) == 5
    assert 0.0 <= figures["si"]["f1"] <= 1.0 and 0.0 <= figures["flc"]["folds_2_4"]["f1"] <= 1.0
    assert "SI   P" in result.output and "out-of-fold" in result.output
