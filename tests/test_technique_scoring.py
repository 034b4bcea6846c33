"""The SemEval-2020 Task 11 measures on hand-computed cases, the PTC line formats, and the PTC train split."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import require_shared
from unspin.errors import InputError
from unspin.techniques.labels import (
    DOUBT,
    LOADED_LANGUAGE,
    NAME_CALLING_LABELING,
    REPETITION,
    TECHNIQUES,
    is_technique,
)
from unspin.techniques.ptc import Corpus, Fragment, format_labels, load_corpus, parse_labels, read_labels, write_labels
from unspin.techniques.scoring import merge_overlapping, score_flc, score_si, score_tc

F = Fragment
LL, NC, DO, RE = LOADED_LANGUAGE, NAME_CALLING_LABELING, DOUBT, REPETITION


# -- merging ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("spans", "merged"), [
    ([(0, 5), (3, 8)], [(0, 8)]),                      # overlap
    ([(0, 5), (5, 8)], [(0, 5), (5, 8)]),              # touching spans share no character
    ([(0, 10), (2, 3)], [(0, 10)]),                    # nested
    ([(5, 9), (0, 3), (2, 6)], [(0, 9)]),              # a chain, given out of order
    ([(0, 4), (0, 4)], [(0, 4)]),                      # duplicates
    ([(10, 12), (0, 2)], [(0, 2), (10, 12)]),          # disjoint, sorted on output
    ([], []),
])
def test_merge_overlapping(spans: list[tuple[int, int]], merged: list[tuple[int, int]]) -> None:
    assert merge_overlapping(spans) == merged


# -- SI -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pred", "gold", "p", "r", "f1", "n_pred", "n_gold"), [
    # exact match
    ([F("a", 10, 20)], [F("a", 10, 20)], 1.0, 1.0, 1.0, 1, 1),
    # half of each: 5/10 to precision, 5/10 to recall
    ([F("a", 5, 15)], [F("a", 0, 10)], 0.5, 0.5, 0.5, 1, 1),
    # overlapping predictions merge into [0, 10) first, so the gold characters are not credited twice
    ([F("a", 0, 6), F("a", 4, 10)], [F("a", 0, 10)], 1.0, 1.0, 1.0, 1, 1),
    # overlapping gold spans merge into [0, 20): P = 10/10, R = 10/20, F1 = 2*.5/1.5
    ([F("a", 0, 10)], [F("a", 0, 10), F("a", 5, 20)], 1.0, 0.5, 2 / 3, 1, 1),
    # touching gold spans stay two: P = (5/10 + 5/10) / 1, R = (5/5 + 5/5) / 2
    ([F("a", 0, 10)], [F("a", 0, 5), F("a", 5, 10)], 1.0, 1.0, 1.0, 1, 2),
    # one prediction across two gold spans: P = (5 + 5)/20, R = (5/10 + 5/10) / 2
    ([F("a", 5, 25)], [F("a", 0, 10), F("a", 20, 30)], 0.5, 0.5, 0.5, 1, 2),
    # equal offsets in another article do not match: P = (1 + 0)/2, R = (0 + 1)/2
    ([F("b", 0, 10), F("c", 0, 10)], [F("a", 0, 10), F("b", 0, 10)], 0.5, 0.5, 0.5, 2, 2),
    # labels are ignored in SI
    ([F("a", 0, 10, DO)], [F("a", 0, 10, LL)], 1.0, 1.0, 1.0, 1, 1),
    # no prediction: nothing claimed, nothing found
    ([], [F("a", 0, 10)], 0.0, 0.0, 0.0, 0, 1),
    # predictions where the gold has none: P = 0
    ([F("a", 0, 10)], [], 0.0, 0.0, 0.0, 1, 0),
    # nothing on either side: the official scorer's F1 of 1.0
    ([], [], 0.0, 0.0, 1.0, 0, 0),
])
def test_score_si(pred: list[Fragment], gold: list[Fragment], p: float, r: float, f1: float,
                  n_pred: int, n_gold: int) -> None:
    score = score_si(pred, gold)
    assert (score.predicted, score.gold) == (n_pred, n_gold)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    assert score.f1 == pytest.approx(f1)


def test_score_si_sums_are_kept() -> None:
    # 3 of 4 predicted characters are gold; 3 of 12 gold characters are found.
    score = score_si([F("a", 9, 13)], [F("a", 0, 12)])
    assert (score.precision_sum, score.recall_sum) == (pytest.approx(0.75), pytest.approx(0.25))


@pytest.mark.parametrize("bad", [F("a", 5, 5), F("a", 6, 5), F("a", -1, 3)])
def test_score_si_refuses_empty_or_negative_spans(bad: Fragment) -> None:
    with pytest.raises(InputError):
        score_si([bad], [F("a", 0, 10)])


# -- FLC ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pred", "gold", "p", "r", "f1"), [
    # spans of different techniques never merge: gold stays two spans; R = (1 + 0) / 2
    ([F("a", 0, 10, LL)], [F("a", 0, 10, LL), F("a", 5, 15, NC)], 1.0, 0.5, 2 / 3),
    # gold of one technique merges into [0, 20); the Name_Calling prediction earns nothing:
    # P = (10/10 + 0) / 2, R = (10/20) / 1
    ([F("a", 0, 10, LL), F("a", 0, 10, NC)], [F("a", 0, 10, LL), F("a", 5, 20, LL)], 0.5, 0.5, 0.5),
    # right span, wrong technique
    ([F("a", 0, 10, DO)], [F("a", 0, 10, LL)], 0.0, 0.0, 0.0),
    # overlapping predictions of one technique merge into [0, 12): P = 10/12, R = 10/10
    ([F("a", 0, 8, LL), F("a", 4, 12, LL)], [F("a", 0, 10, LL)], 10 / 12, 1.0, 2 * (10 / 12) / (10 / 12 + 1)),
    ([], [F("a", 0, 10, LL)], 0.0, 0.0, 0.0),
])
def test_score_flc(pred: list[Fragment], gold: list[Fragment], p: float, r: float, f1: float) -> None:
    score = score_flc(pred, gold)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    assert score.f1 == pytest.approx(f1)


def test_score_flc_per_technique() -> None:
    score = score_flc([F("a", 0, 10, LL), F("a", 20, 30, NC)], [F("a", 0, 20, LL), F("a", 40, 50, NC)])
    loaded = score.per_technique[LL]
    assert (loaded.precision, loaded.recall) == (pytest.approx(1.0), pytest.approx(0.5))
    assert score.per_technique[NC].f1 == 0.0
    assert score.per_technique[DO].f1 == 1.0  # neither side uses it: the official 0/0 convention
    assert set(score.per_technique) == set(TECHNIQUES)


def test_score_flc_needs_labels() -> None:
    with pytest.raises(InputError):
        score_flc([F("a", 0, 10)], [F("a", 0, 10, LL)])


# -- TC -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("pred", "gold", "correct"), [
    ([F("a", 0, 5, LL)], [F("a", 0, 5, LL)], 1),
    ([F("a", 0, 5, DO)], [F("a", 0, 5, LL)], 0),
    # the same span labelled twice matches in any order
    ([F("a", 10, 20, RE), F("a", 10, 20, LL)], [F("a", 10, 20, LL), F("a", 10, 20, RE)], 2),
    # one of the two labels right
    ([F("a", 10, 20, RE), F("a", 10, 20, RE)], [F("a", 10, 20, LL), F("a", 10, 20, RE)], 1),
    # equal offsets in two articles: labels do not cross articles
    ([F("a", 0, 5, DO), F("b", 0, 5, LL)], [F("a", 0, 5, LL), F("b", 0, 5, DO)], 0),
    # order of lines does not matter
    ([F("b", 0, 5, DO), F("a", 0, 5, LL)], [F("a", 0, 5, LL), F("b", 0, 5, DO)], 2),
])
def test_score_tc(pred: list[Fragment], gold: list[Fragment], correct: int) -> None:
    score = score_tc(pred, gold)
    assert (score.correct, score.total) == (correct, len(gold))
    assert score.f1 == pytest.approx(correct / len(gold))


def test_score_tc_per_technique() -> None:
    gold = [F("a", 0, 5, LL), F("a", 10, 15, LL), F("a", 20, 25, DO)]
    pred = [F("a", 0, 5, LL), F("a", 10, 15, DO), F("a", 20, 25, DO)]
    score = score_tc(pred, gold)
    assert score.per_technique[LL] == (pytest.approx(1.0), pytest.approx(0.5), pytest.approx(2 / 3))
    assert score.per_technique[DO] == (pytest.approx(0.5), pytest.approx(1.0), pytest.approx(2 / 3))
    assert score.per_technique[NC] == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("pred", [
    [F("a", 0, 6, LL)],                          # a span the gold does not have
    [F("a", 0, 5, LL), F("a", 0, 5, DO)],        # labelled twice where the gold labels it once
    [],                                          # a gold span left out
    [F("a", 0, 5)],                              # no label
])
def test_score_tc_refuses_other_spans(pred: list[Fragment]) -> None:
    with pytest.raises(InputError):
        score_tc(pred, [F("a", 0, 5, LL)])


# -- labels and line formats ------------------------------------------------------------------------------------

def test_fourteen_techniques() -> None:
    assert len(TECHNIQUES) == len(set(TECHNIQUES)) == 14
    assert is_technique("Whataboutism,Straw_Men,Red_Herring")
    assert not is_technique("Loaded Language")


def test_parse_labels_both_formats() -> None:
    si = parse_labels(["7\t3\t9\n", "\n", "8\t0\t4"], with_technique=False)
    assert si == [F("7", 3, 9), F("8", 0, 4)]
    tc = parse_labels(["7\tName_Calling,Labeling\t3\t9", "7\t?\t10\t12"], with_technique=True)
    assert tc == [F("7", 3, 9, NC), F("7", 10, 12, None)]


@pytest.mark.parametrize(("line", "with_technique"), [
    ("7\t3", False),                      # too few columns
    ("7\tLoaded Language\t3\t9", True),   # a class name must be spelled exactly
    ("7\t9\t3", False),                   # end before start
    ("7\tthree\t9", False),               # not an integer
])
def test_parse_labels_refuses(line: str, with_technique: bool) -> None:
    with pytest.raises(InputError, match=r"x\.labels:1"):
        parse_labels([line], with_technique=with_technique, source="x.labels")


def test_write_then_read_labels(tmp_path: Path) -> None:
    frags = [F("7", 3, 9, NC), F("7", 3, 9, LL), F("12", 0, 40, DO)]
    path = tmp_path / "pred.labels"
    write_labels(path, frags, with_technique=True)
    assert path.read_text(encoding="utf-8").splitlines()[0] == "7\tName_Calling,Labeling\t3\t9"
    assert read_labels(path, with_technique=True) == frags
    assert format_labels(frags[:1], with_technique=False) == "7\t3\t9\n"


# -- the PTC train split (../shared) ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ptc_train() -> Corpus:
    return load_corpus(require_shared("data", "ptc"), "train")


def test_ptc_train_counts(ptc_train: Corpus) -> None:
    assert len(ptc_train.articles) == 371
    assert len(ptc_train.si) == 5468
    assert len(ptc_train.tc) == 6128
    labels = Counter(frag.label for frag in ptc_train.tc)
    assert set(labels) == set(TECHNIQUES)
    assert labels[LOADED_LANGUAGE] == 2123  # the largest class, a third of all labels


def test_ptc_spans_lie_inside_their_articles(ptc_train: Corpus) -> None:
    outside = [frag for frag in (*ptc_train.si, *ptc_train.tc)
               if frag.article_id not in ptc_train.articles
               or not 0 <= frag.start < frag.end <= len(ptc_train.articles[frag.article_id])]
    assert outside == []
    # Two articles start with a byte-order mark that the offsets count as character 0.
    assert sum(text.startswith("\ufeff") for text in ptc_train.articles.values()) == 2


def test_ptc_gold_scores_perfectly_against_itself(ptc_train: Corpus) -> None:
    assert score_si(ptc_train.si, ptc_train.si).f1 == pytest.approx(1.0)
    assert score_tc(ptc_train.tc, ptc_train.tc).f1 == 1.0
    assert score_flc(ptc_train.tc, ptc_train.tc).f1 == pytest.approx(1.0)


@pytest.mark.parametrize(("task", "with_technique"), [("si", False), ("flc-tc", True)])
def test_ptc_per_article_folders_match_the_merged_files(task: str, with_technique: bool) -> None:
    root = require_shared("data", "ptc")
    folder = read_labels(root / f"train-labels-task-{task}", with_technique=with_technique)
    merged = read_labels(root / f"train-task-{task}.labels", with_technique=with_technique)
    assert sorted(folder) == sorted(merged)
