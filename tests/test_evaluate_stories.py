"""unspin.evaluate.stories: gold loading, ARI, pairwise scores, earliest source, relations, the MinHash peer."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from unspin.errors import SchemaError
from unspin.evaluate.stories import (
    RELATIONS,
    GoldRecord,
    Predicted,
    adjusted_rand_index,
    format_scores,
    load_gold,
    plain_minhash_baseline,
    score_stories,
)

HAND = Path(__file__).parent / "gold" / "stories" / "hand.jsonl"
SYNTHETIC = Path(__file__).parent / "gold" / "stories" / "synthetic.jsonl"


def gold(*rows: tuple[str, str | int | None, str | None]) -> list[GoldRecord]:
    return [GoldRecord(id=i, record={"id": i, "text": f"text of {i}"}, cluster=c, relation=r) for i, c, r in rows]


def alone(key: str) -> Predicted:
    return Predicted(story=None, relation="original", source=key)


# -- ARI ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_ari_matches_sklearn_on_random_labelings(seed: int) -> None:
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(seed)
    n = rng.randrange(2, 60)
    a = [rng.randrange(rng.randrange(1, 8)) for _ in range(n)]
    b = [rng.randrange(rng.randrange(1, 12)) for _ in range(n)]
    assert adjusted_rand_index(a, b) == pytest.approx(sklearn_metrics.adjusted_rand_score(a, b), abs=1e-12)


@pytest.mark.parametrize(("a", "b"), [
    ([0, 0, 0], [1, 1, 1]),          # one cluster on both sides
    ([0, 1, 2], [5, 6, 7]),          # all alone on both sides
    ([0, 1, 2, 3], [0, 0, 0, 0]),    # all alone against one cluster
    ([0], [0]),
])
def test_ari_matches_sklearn_on_trivial_partitions(a: list[int], b: list[int]) -> None:
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    assert adjusted_rand_index(a, b) == pytest.approx(sklearn_metrics.adjusted_rand_score(a, b))


def test_none_is_a_cluster_of_its_own_on_either_side() -> None:
    # Two Nones are two singletons, not one cluster "None".
    assert adjusted_rand_index([None, None, 1, 1], ["x", "y", "z", "z"]) == 1.0
    assert adjusted_rand_index([None, None, 1, 1], ["x", "x", "z", "z"]) < 1.0


# -- pairs, earliest, relations ----------------------------------------------------------------------------


def test_pairwise_scores_by_hand() -> None:
    # Gold: {a b c} {d e} f alone -> 3 + 1 = 4 gold pairs.
    g = gold(("a", 1, "original"), ("b", 1, "exact copy"), ("c", 1, "translation"),
             ("d", 2, "original"), ("e", 2, "rewrite"), ("f", None, "original"))
    # Predicted: {a b} {c d e} f -> pairs ab, cd, ce, de: 4 predicted, right ab and de = 2.
    p = {"a": Predicted(0, "original", "a"), "b": Predicted(0, "exact copy", "a"),
         "c": Predicted(1, "original", "c"), "d": Predicted(1, "near copy", "c"),
         "e": Predicted(1, "rewrite", "c"), "f": alone("f")}
    s = score_stories(g, p)
    assert (s.pairs.right_pairs, s.pairs.predicted_pairs, s.pairs.gold_pairs) == (2, 4, 4)
    assert (s.pairs.precision, s.pairs.recall, s.pairs.f1) == (0.5, 0.5, 0.5)
    assert (s.gold_stories, s.predicted_stories, s.gold_alone, s.predicted_alone) == (2, 2, 1, 1)
    # Relations: a, b, e and f right; c (translation -> original) and d (original -> near copy) wrong.
    assert (s.relation.right, s.relation.total) == (4, 6)
    assert s.confusion["translation"]["original"] == 1
    assert s.confusion["original"]["near copy"] == 1
    # Story 1's majority source is "a" (a, b say a; c says c): right. Story 2's is "c": wrong.
    assert (s.earliest.right, s.earliest.total) == (1, 2)
    assert s.joined["exact copy"].right == 1 and s.joined["translation"].right == 0
    assert s.joined["rewrite"].right == 1


def test_perfect_prediction_scores_one() -> None:
    g = gold(("a", "s", "original"), ("b", "s", "near copy"), ("c", None, "original"))
    p = {"a": Predicted(3, "original", "a"), "b": Predicted(3, "near copy", "a"), "c": alone("c")}
    s = score_stories(g, p)
    assert (s.ari, s.pairs.f1, s.earliest.accuracy, s.relation.accuracy) == (1.0, 1.0, 1.0, 1.0)


@pytest.mark.parametrize(("sources", "right"), [
    (("a", "a", "b"), 1),   # majority names the original
    (("b", "b", "a"), 0),   # majority names a copy
    (("a", "b", "c"), 1),   # a three-way tie goes to the value seen first in file order ("a")
    (("c", "b", "a"), 0),   # ... here "c"
])
def test_earliest_source_is_the_majority_over_members(sources: tuple[str, str, str], right: int) -> None:
    g = gold(("a", 1, "original"), ("b", 1, "near copy"), ("c", 1, "rewrite"))
    p = {key: Predicted(0, "near copy", src) for key, src in zip("abc", sources, strict=True)}
    s = score_stories(g, p)
    assert (s.earliest.right, s.earliest.total) == (right, 1)


def test_a_story_without_its_original_is_not_counted_for_earliest() -> None:
    g = gold(("a", 1, "near copy"), ("b", 1, "rewrite"), ("c", 2, "original"), ("d", 2, None))
    p = {k: Predicted(0, "original", "a") for k in "abcd"}
    s = score_stories(g, p)
    assert s.earliest.total == 1
    assert s.relation.total == 3  # d's relation is not judged


def test_missing_prediction_and_unknown_relation_are_errors() -> None:
    g = gold(("a", 1, "original"), ("b", 1, "exact copy"))
    with pytest.raises(SchemaError, match="1 gold documents have no prediction"):
        score_stories(g, {"a": alone("a")})
    with pytest.raises(SchemaError, match="'copy' is not one of"):
        score_stories(g, {"a": alone("a"), "b": Predicted(0, "copy", "a")})


def test_to_dict_is_json_and_table_shows_both_columns() -> None:
    g = gold(("a", 1, "original"), ("b", 1, "exact copy"), ("c", None, "original"))
    ours = score_stories(g, {"a": Predicted(0, "original", "a"), "b": Predicted(0, "exact copy", "a"),
                             "c": alone("c")})
    theirs = score_stories(g, {k: alone(k) for k in "abc"})
    data = json.loads(json.dumps(ours.to_dict()))
    assert data["ari"] == 1.0 and data["earliest_source"] == {"right": 1, "total": 1, "accuracy": 1.0}
    assert set(data["confusion"]) == set(RELATIONS)
    table = format_scores(ours, theirs)
    assert "plain MinHash" in table
    ari_line = next(line for line in table.splitlines() if line.startswith("adjusted Rand index"))
    assert ari_line.split()[-2:] == ["1.000", "0.000"]
    assert "plain MinHash" not in format_scores(ours)


# -- load_gold ---------------------------------------------------------------------------------------------


def write(tmp_path: Path, *lines: Any) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "a", "text": "Some text.", "cluster": 1, "relation": "original"}


def test_load_gold_keeps_the_record_without_gold_fields(tmp_path: Path) -> None:
    path = write(tmp_path, {**GOOD, "published": "2024-01-02", "outlet": "X"}, "",
                 {"id": 7, "html": "<p>Hi there</p>", "cluster": None, "relation": None})
    records = load_gold(path)
    assert [r.id for r in records] == ["a", "7"]
    assert records[0].record == {"id": "a", "text": "Some text.", "published": "2024-01-02", "outlet": "X"}
    assert (records[1].cluster, records[1].relation) == (None, None)
    assert records[1].source == f"{path}:3"


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", r":2: not valid JSON"),
    ("[1, 2]", r":2: a gold line must be a JSON object"),
    ({"id": "", "text": "x", "cluster": 1, "relation": None}, r":2: 'id' must be"),
    ({"id": True, "text": "x", "cluster": 1, "relation": None}, r":2: 'id' must be"),
    ({"id": "b", "text": "  ", "cluster": 1, "relation": None}, r":2: the record needs a non-empty 'text'"),
    ({"id": "b", "text": "x", "relation": None}, r":2: 'cluster' is missing"),
    ({"id": "b", "text": "x", "cluster": 1}, r":2: 'relation' is missing"),
    ({"id": "b", "text": "x", "cluster": [1], "relation": None}, r":2: 'cluster' must be"),
    ({"id": "b", "text": "x", "cluster": 1, "relation": "copy"}, r":2: 'relation' is 'copy'; expected one of"),
    ({"id": "a", "text": "x", "cluster": 2, "relation": None}, r":2: id 'a' was already used at .*:1"),
    ({"id": "b", "text": "x", "cluster": 1, "relation": "original"}, r":2: cluster 1 already has an original"),
])
def test_load_gold_errors_name_file_and_line(tmp_path: Path, line: Any, message: str) -> None:
    path = write(tmp_path, GOOD, line)
    with pytest.raises(SchemaError, match=message) as info:
        load_gold(path)
    assert str(info.value).startswith(str(path))


def test_lines_without_an_id_are_keyed_by_their_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    same = "Harbour strike ends after 9 days, the union of Velmora said on Monday."
    path.write_text("\n".join(json.dumps(r) for r in [
        {"text": same, "cluster": 1, "relation": "original"},
        {"text": same, "cluster": 1, "relation": "exact copy"},
    ]) + "\n", encoding="utf-8")
    first, second = load_gold(path)
    assert (first.id, second.id) == ("line-1", "line-2")
    assert first.record["id"] == "line-1"  # what the store will key the document by


def test_load_gold_refuses_an_empty_or_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="no gold records"):
        load_gold(write(tmp_path, ""))
    with pytest.raises(SchemaError, match="not a readable"):
        load_gold(tmp_path / "nope.jsonl")


# -- the gold sets and the peer ----------------------------------------------------------------------------


def test_hand_gold_set_is_valid_and_covers_every_relation() -> None:
    records = load_gold(HAND)
    assert len(records) >= 30
    assert {r.relation for r in records} == set(RELATIONS)
    assert {r.record.get("lang") for r in records} >= {"en", "ru", "fr", "de", "es"}
    assert len({r.cluster for r in records if r.cluster is not None}) >= 8
    assert sum("published" not in r.record for r in records) >= 2


def test_plain_minhash_baseline_on_the_hand_set() -> None:
    records = load_gold(HAND)
    predicted = plain_minhash_baseline(records)
    assert set(predicted) == {r.id for r in records}
    # The exact copies are found and credited to their original; translations never are.
    assert predicted["h1-copy"] == Predicted(predicted["h1-orig"].story, "near copy", "h1-orig")
    assert predicted["h1-orig"].relation == "original" and predicted["h1-orig"].story is not None
    assert predicted["p2-en"].story is None
    s = score_stories(records, predicted)
    assert s.joined["exact copy"].accuracy == 1.0
    assert s.joined["translation"].right == 0
    assert s.pairs.precision == 1.0 and s.ari < 0.5


def test_baseline_sources_go_to_the_earliest_published_then_input_order() -> None:
    text = "one two three four five six seven eight nine ten eleven twelve"
    rows = [("late", "2024-01-02T00:00:00+00:00"), ("undated", None), ("early", "2024-01-01"),
            ("tie", "2024-01-01T00:00:00+00:00")]
    records = [GoldRecord(id=k, record={"id": k, "text": text, **({"published": p} if p else {})}, cluster=1,
                          relation=None) for k, p in rows]
    predicted = plain_minhash_baseline(records)
    assert {p.source for p in predicted.values()} == {"early"}
    assert predicted["early"].relation == "original" and predicted["tie"].relation == "near copy"


def test_synthetic_file_is_what_the_generator_writes() -> None:
    from unspin.evaluate.story_corpus import generate_gold

    expected = "".join(json.dumps(r, ensure_ascii=False) + "\n"
                       for r in generate_gold(40, seed=7, distractors=20))
    assert SYNTHETIC.read_text(encoding="utf-8") == expected
