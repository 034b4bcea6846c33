"""The quote scorer on hand-computed cases: every expected figure is worked out in the comment beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from unspin.document import Actor, Document, Span
from unspin.errors import SchemaError
from unspin.evaluate.quotes import GoldActor, GoldArticle, GoldQuote, gold_document, load_gold, score_quotes

TEXT = "x" * 100


def gold(*quotes: GoldQuote, actors: tuple[GoldActor, ...] = ()) -> GoldArticle:
    return GoldArticle(path=Path("hand.json"), text=TEXT, quotes=quotes, actors=actors)


def g(start: int, end: int, kind: str = "direct", speaker: str | None = None) -> GoldQuote:
    return GoldQuote(start=start, end=end, kind=kind, speaker=speaker)  # type: ignore[arg-type]


def predicted(*spans: tuple[int, int, str] | tuple[int, int, str, str | None],
              actors: tuple[Actor, ...] = ()) -> Document:
    doc = Document(TEXT)
    doc.actors.extend(actors)
    for span in spans:
        start, end, label = span[0], span[1], span[2]
        speaker = span[3] if len(span) > 3 else None
        doc.add([Span(start, end, "quote", label=label, attrs={"speaker": speaker})])
    return doc


# -- quote content ------------------------------------------------------------------------------------------


def test_overlapping_predictions_are_merged_before_scoring() -> None:
    # [8,14) and [12,22) merge into [8,22) (14 chars), 10 of them inside gold [10,20).
    scores = score_quotes([gold(g(10, 20))], [predicted((8, 14, "direct"), (12, 22, "direct"))])
    s = scores.overlap["direct"]
    assert (s.predicted, s.gold) == (1, 1)
    assert s.precision == pytest.approx(10 / 14)
    assert s.recall == pytest.approx(1.0)
    assert s.f1 == pytest.approx(2 * (10 / 14) / (10 / 14 + 1))
    assert scores.exact["direct"].f1 == 0.0


def test_two_predictions_covering_one_gold_quote() -> None:
    # [10,20) and [20,30) touch but share no character, so they stay two predictions:
    # P = (10/10 + 10/10) / 2 = 1, R = (10/20 + 10/20) / 1 = 1; neither is an exact match.
    scores = score_quotes([gold(g(10, 30))], [predicted((10, 20, "direct"), (20, 30, "direct"))])
    s = scores.overlap["all"]
    assert (s.precision, s.recall, s.predicted, s.gold) == (1.0, 1.0, 2, 1)
    e = scores.exact["all"]
    assert (e.precision, e.recall, e.f1) == (0.0, 0.0, 0.0)


def test_one_prediction_covering_two_gold_quotes() -> None:
    # Prediction [10,40) (30 chars) holds gold [10,20) and [30,40): P = 10/30 + 10/30 = 2/3, R = (1 + 1) / 2.
    scores = score_quotes([gold(g(10, 20), g(30, 40))], [predicted((10, 40, "direct"))])
    s = scores.overlap["direct"]
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1.0)
    assert s.f1 == pytest.approx(0.8)


def test_empty_predictions_score_zero_not_nan() -> None:
    # Precision is undefined with no prediction; the scorer reports 0.0 and says predicted == 0.
    scores = score_quotes([gold(g(10, 20, speaker=None))], [predicted()])
    for table in (scores.overlap, scores.exact):
        s = table["all"]
        assert (s.precision, s.recall, s.f1, s.predicted, s.gold) == (0.0, 0.0, 0.0, 0, 1)
    assert (scores.speaker["all"].total, scores.speaker["all"].accuracy) == (0, 0.0)


def test_kinds_are_scored_apart_and_overall_ignores_them() -> None:
    # Gold: a reported clause [5,30) holding a partial direct quote [10,20). Prediction: the clause only.
    scores = score_quotes([gold(g(5, 30, "reported"), g(10, 20, "direct"))], [predicted((5, 30, "reported"))])
    assert (scores.overlap["reported"].precision, scores.overlap["reported"].recall) == (1.0, 1.0)
    assert (scores.overlap["direct"].precision, scores.overlap["direct"].recall) == (0.0, 0.0)
    # Overall, gold is the union [5,30): fully found, and precision cannot exceed 1.
    assert (scores.overlap["all"].precision, scores.overlap["all"].recall) == (1.0, 1.0)
    # Exact, overall: the prediction equals one of two gold offsets.
    assert (scores.exact["all"].precision, scores.exact["all"].recall) == (1.0, 0.5)


def test_a_wrong_kind_counts_overall_but_not_per_kind() -> None:
    scores = score_quotes([gold(g(10, 20, "direct"))], [predicted((10, 20, "reported"))])
    assert scores.overlap["all"].f1 == 1.0
    assert scores.exact["all"].f1 == 1.0
    assert scores.overlap["direct"].recall == 0.0
    assert scores.overlap["reported"].precision == 0.0


def test_figures_are_micro_averaged_over_articles() -> None:
    # Article 1: one exact hit. Article 2: one gold quote, nothing predicted. R = 1/2, P = 1/1.
    a1, a2 = gold(g(10, 20)), gold(g(30, 40))
    scores = score_quotes([a1, a2], [predicted((10, 20, "direct")), predicted()])
    assert (scores.exact["all"].precision, scores.exact["all"].recall) == (1.0, 0.5)
    assert scores.articles == 2


# -- speakers ------------------------------------------------------------------------------------------------

GREB = GoldActor("Vasily Grebenshchikov", "person", ("Vasily Grebenshchikov", "Grebenschikov"))


@pytest.mark.parametrize(("name", "variants", "right"), [
    ("V. Grebenshikov", ["Grebenschikov"], True),         # a shared variant is enough
    ("vasily  GREBENSHCHIKOV", [], True),                  # case and white space do not matter
    ("Grebenshchikov", ["V. Grebenshikov"], False),        # no string in common with the gold actor
])
def test_speaker_is_right_by_name_or_variant(name: str, variants: list[str], right: bool) -> None:
    doc = predicted((10, 20, "direct", "p1"), actors=(Actor("p1", name, "person", variants),))
    scores = score_quotes([gold(g(10, 20, speaker=GREB.name), actors=(GREB,))], [doc])
    assert (scores.speaker["all"].right, scores.speaker["all"].total) == (int(right), 1)
    assert (scores.attribution["all"].right, scores.attribution["all"].total) == (int(right), 1)


def test_null_speakers() -> None:
    # Gold null + predicted null: right. Gold null + predicted actor: wrong. Gold named + predicted null: wrong.
    article = gold(g(0, 10), g(20, 30), g(40, 50, speaker=GREB.name), actors=(GREB,))
    doc = predicted((0, 10, "direct", None), (20, 30, "direct", "p1"), (40, 50, "direct", None),
                    actors=(Actor("p1", "Vasily Grebenshchikov", "person"),))
    scores = score_quotes([article], [doc])
    assert (scores.speaker["all"].right, scores.speaker["all"].total) == (1, 3)
    # Attribution counts only the gold quote with a named speaker, and it is wrong.
    assert (scores.attribution["all"].right, scores.attribution["all"].total) == (0, 1)


def test_unmatched_quote_is_outside_speaker_accuracy_but_wrong_for_attribution() -> None:
    article = gold(g(0, 10, speaker=GREB.name), g(50, 60, speaker=GREB.name), actors=(GREB,))
    doc = predicted((0, 10, "direct", "p1"), actors=(Actor("p1", "Grebenschikov", "person"),))
    scores = score_quotes([article], [doc])
    assert (scores.speaker["all"].right, scores.speaker["all"].total) == (1, 1)
    assert (scores.attribution["all"].right, scores.attribution["all"].total, scores.attribution["all"].accuracy) \
        == (1, 2, 0.5)


def test_match_prefers_largest_overlap_then_same_kind_then_earlier() -> None:
    # Gold direct [10,20). Reported [5,25) and direct [10,20) both overlap it by 10: the direct one wins.
    article = gold(g(10, 20, speaker=GREB.name), actors=(GREB,))
    right = Actor("p1", "Grebenschikov", "person")
    wrong = Actor("p2", "Somebody Else", "person")
    doc = predicted((5, 25, "reported", "p2"), (10, 20, "direct", "p1"), actors=(right, wrong))
    assert score_quotes([article], [doc]).speaker["all"].right == 1
    # Two reported spans overlapping by 5 each: the earlier one is the match.
    doc = predicted((0, 15, "reported", "p1"), (15, 30, "reported", "p2"), actors=(right, wrong))
    assert score_quotes([article], [doc]).speaker["all"].right == 1
    # A larger overlap beats kind and position.
    doc = predicted((0, 12, "direct", "p1"), (11, 30, "reported", "p2"), actors=(right, wrong))
    assert score_quotes([article], [doc]).speaker["all"].right == 0


def test_speaker_figures_per_kind_follow_the_gold_kind() -> None:
    article = gold(g(0, 10, "direct", GREB.name), g(20, 30, "reported", GREB.name), actors=(GREB,))
    doc = predicted((0, 10, "reported", "p1"), (20, 30, "reported", None),
                    actors=(Actor("p1", "Grebenschikov", "person"),))
    scores = score_quotes([article], [doc])
    assert (scores.speaker["direct"].right, scores.speaker["direct"].total) == (1, 1)
    assert (scores.speaker["reported"].right, scores.speaker["reported"].total) == (0, 1)


# -- variant merge ------------------------------------------------------------------------------------------


def test_merge_pairwise_precision_and_recall() -> None:
    actors = (
        GoldActor("Vasily Grebenshchikov", "person", ("Vasily Grebenshchikov", "Grebenschikov", "V. Grebenshikov")),
        GoldActor("Ilya Dorokhov", "person", ("Ilya Dorokhov",)),          # one string: no pair
        GoldActor("Pavel Dorokhov", "person", ("Pavel Dorokhov", "Dorokhov")),
        GoldActor("Sevtekstil", "organisation", ("Sevtekstil", "SevTex")),  # organisations are not scored
    )
    # Gold pairs: 3 (Grebenshchikov) + 1 (Pavel Dorokhov) = 4.
    doc = predicted(actors=(
        Actor("a", "Vasily Grebenshchikov", "person", ["grebenschikov"]),          # 1 right pair
        Actor("b", "V. Grebenshikov", "person"),                                   # no pair
        Actor("c", "Pavel Dorokhov", "person", ["Dorokhov", "Ilya Dorokhov"]),     # 3 pairs, 1 right
        Actor("d", "Sevtekstil", "organisation", ["SevTex"]),                      # outside the universe
    ))
    m = score_quotes([gold(actors=actors)], [doc]).merge
    assert (m.right_pairs, m.predicted_pairs, m.gold_pairs) == (2, 4, 4)
    assert (m.precision, m.recall, m.f1) == (0.5, 0.5, 0.5)


def test_merge_with_no_pairs_is_zero() -> None:
    m = score_quotes([gold(actors=(GoldActor("Ilya Dorokhov", "person", ("Ilya Dorokhov",)),))], [predicted()]).merge
    assert (m.precision, m.recall, m.f1, m.gold_pairs) == (0.0, 0.0, 0.0, 0)


# -- whole reports ------------------------------------------------------------------------------------------


def test_gold_scored_against_itself_is_perfect() -> None:
    article = gold(g(5, 30, "reported", GREB.name), g(10, 20, "direct", GREB.name), g(40, 50, "direct", None),
                   actors=(GREB, GoldActor("Pavel Dorokhov", "person", ("Pavel Dorokhov", "Dorokhov"))))
    scores = score_quotes([article], [gold_document(article)])
    assert all(s.f1 == 1.0 for s in (*scores.overlap.values(), *scores.exact.values()))
    assert all(a.accuracy == 1.0 for a in (*scores.speaker.values(), *scores.attribution.values()))
    assert scores.merge.f1 == 1.0


def test_to_dict_and_table() -> None:
    scores = score_quotes([gold(g(10, 20))], [predicted((10, 20, "direct"))])
    data = scores.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"articles", "overlap", "exact", "speaker_accuracy", "attribution", "merge"}
    assert set(data["overlap"]) == {"all", "direct", "reported"}
    assert data["exact"]["direct"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "predicted": 1, "gold": 1}
    table = scores.format_table()
    assert "overlap direct" in table and "variant merge" in table and "attribution all" in table


# -- refusals -----------------------------------------------------------------------------------------------


def test_dangling_speaker_id_is_an_error() -> None:
    with pytest.raises(SchemaError, match="'nobody', which is not the id of any actor"):
        score_quotes([gold(g(10, 20))], [predicted((10, 20, "direct", "nobody"))])


def test_unknown_label_is_an_error() -> None:
    with pytest.raises(SchemaError, match="label 'partial'"):
        score_quotes([gold(g(10, 20))], [predicted((10, 20, "partial"))])


def test_mismatched_inputs_are_errors() -> None:
    with pytest.raises(SchemaError, match="1 gold articles but 0 predicted"):
        score_quotes([gold()], [])
    with pytest.raises(SchemaError, match="text differs"):
        score_quotes([gold()], [Document("other text")])


# -- loading gold files -------------------------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "text": "He said: “Yes.” Officials said no.",
    "quotes": [{"start": 10, "end": 14, "kind": "direct", "speaker": "Ann Lee", "speaker_mention": "He",
                "cue": "said"},
               {"start": 31, "end": 33, "kind": "indirect", "speaker": None, "speaker_mention": "Officials",
                "cue": "said"}],
    "actors": [{"name": "Ann Lee", "type": "person", "variants": ["Ann Lee"]},
               {"name": "Acme", "type": "organization", "variants": []}],
    "meta": {"lang": "en"},
}


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_reads_a_folder_recursively_and_maps_names(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.json", GOOD)
    write(tmp_path, "README.md", "not gold")
    [article] = load_gold(tmp_path)
    assert [q.kind for q in article.quotes] == ["direct", "reported"]
    assert article.text[article.quotes[0].start:article.quotes[0].end] == "Yes."
    assert [a.kind for a in article.actors] == ["person", "organisation"]
    assert article.meta == {"lang": "en"}


def broken(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        target: Any = data
        *path, last = dotted.split("__")
        for key in path:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(("data", "message"), [
    ("{not json", "not a readable JSON file"),
    ([], "one JSON object"),
    (broken(text=""), "'text' must be a non-empty string"),
    (broken(quotes={}), "'quotes' must be a list"),
    (broken(quotes__0__end=99), r"quotes\[0\]: \[10, 99\) is empty or lies outside the text"),
    (broken(quotes__0__start=14), r"quotes\[0\]: \[14, 14\) is empty"),
    (broken(quotes__0__start=True), "start and end must be integers"),
    (broken(quotes__0__kind="partial"), r"quotes\[0\]\.kind is 'partial'"),
    (broken(quotes__0__speaker="Anne Lee"), r"quotes\[0\]\.speaker 'Anne Lee' is not the name of any actor"),
    (broken(quotes__1__cue=3), r"quotes\[1\]\.cue must be a string or null"),
    (broken(actors__1__type="company"), r"actors\[1\]\.type is 'company'"),
    (broken(actors__1__variants="Acme"), r"actors\[1\]\.variants must be a list of strings"),
    (broken(actors__1__name="Ann Lee"), "two actors share the name 'Ann Lee'"),
])
def test_load_gold_names_the_file_and_the_fault(tmp_path: Path, data: Any, message: str) -> None:
    path = write(tmp_path, "bad.json", data)
    with pytest.raises(SchemaError, match=message) as info:
        load_gold(path)
    assert str(info.value).startswith(str(path))


def test_load_gold_refuses_an_empty_or_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match=r"no \*\.json gold files"):
        load_gold(tmp_path)
    with pytest.raises(SchemaError, match="no such gold file or folder"):
        load_gold(tmp_path / "missing")
