"""The quote gold set (tests/gold/quotes) keeps its own conventions and loads cleanly in the scorer."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from unspin.evaluate.quotes import gold_document, load_gold, score_quotes

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
FILES = sorted(GOLD.glob("*/*.json"))


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_gold", GOLD / "check_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built.
    sys.modules.setdefault("check_gold", module)
    spec.loader.exec_module(module)
    return module


CHECK = load_checker()


def meta(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))["meta"]
    return data


def test_the_gold_set_is_big_enough_and_a_third_is_frozen() -> None:
    assert len(FILES) >= 30
    frozen = [p for p in FILES if p.parent.name == "frozen"]
    assert {p.parent.name for p in FILES} == {"dev", "frozen"}
    assert 0.28 <= len(frozen) / len(FILES) <= 0.40, f"{len(frozen)} of {len(FILES)} frozen"
    assert all(meta(p)["split"] == p.parent.name for p in FILES)


def test_the_language_mix() -> None:
    langs = Counter(str(meta(p)["lang"]) for p in FILES)
    assert langs["en"] >= 20 and langs["ru"] >= 5 and langs["fr"] >= 3 and langs["de"] >= 2
    frozen = {str(meta(p)["lang"]) for p in FILES if p.parent.name == "frozen"}
    assert frozen == {"en", "ru", "fr", "de"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_file_keeps_the_conventions(path: Path) -> None:
    # Offsets in the text, speakers among the actors, kinds valid, variants verbatim, no white space or final
    # period at a span's edge, direct quotes bounded by marks: see check_gold.problems and README.md.
    assert CHECK.problems(path) == []


def test_the_scorer_loads_every_file() -> None:
    articles = load_gold(GOLD)
    assert len(articles) == len(FILES)
    for article in articles:
        for quote in article.quotes:
            assert 0 <= quote.start < quote.end <= len(article.text)
            assert quote.speaker is None or quote.speaker in {a.name for a in article.actors}


def test_gold_scored_against_itself_is_perfect() -> None:
    articles = load_gold(GOLD)
    scores = score_quotes(articles, [gold_document(a) for a in articles])
    assert all(s.f1 == 1.0 for s in (*scores.overlap.values(), *scores.exact.values()))
    assert all(a.accuracy == 1.0 for a in (*scores.speaker.values(), *scores.attribution.values()))
    assert scores.merge.f1 == 1.0
    assert scores.merge.gold_pairs >= 40


REQUIRED_CASES = [
    "backward-attribution", "dash-attribution", "according-to", "as-noted-by", "told-reporters",
    "partial-in-reported", "role-noun", "shared-role-noun", "pronoun", "org-speaker", "unnamed-speaker",
    "split-quote-middle-speaker", "multi-paragraph-quote", "nested-quote", "unclosed-quote",
    "closing-typed-as-opening", "stray-marks", "scare-quotes", "nickname-in-quotes", "title-in-quotes",
    "shared-surname-no-merge", "gender-form-same-person", "gender-form-different-people", "transliteration",
    "initials", "doubled-headline", "guillemets", "low-high-quotes", "single-guillemets", "curly-double",
    "straight-double", "straight-single", "guillemets-nbsp", "guillemets-no-space", "reversed-guillemets",
]


@pytest.mark.parametrize("case", REQUIRED_CASES)
def test_every_case_of_the_issue_is_covered(case: str) -> None:
    assert any(case in meta(p)["cases"] for p in FILES)  # type: ignore[operator]


def test_no_five_word_run_from_the_real_examples(shared_examples: Path) -> None:
    # The gold must be our own writing, so that rules tuned on it are not tuned on the real examples.
    examples = shared_examples
    words = re.compile(r"\w+")
    seen: set[tuple[str, ...]] = set()
    for path in examples.glob("*.txt"):
        w = words.findall(path.read_text(encoding="utf-8").lower())
        seen.update(tuple(w[i:i + 5]) for i in range(len(w) - 4))
    for path in FILES:
        w = words.findall(json.loads(path.read_text(encoding="utf-8"))["text"].lower())
        shared = [" ".join(w[i:i + 5]) for i in range(len(w) - 4) if tuple(w[i:i + 5]) in seen]
        assert shared == [], path.name
