from __future__ import annotations

import re

import pytest

from unspin.errors import ModelError
from unspin.wordlists import load_data, load_object, trie_pattern


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["Mr", "Mrs", "Ms"], "Mrs Lee met Mr Roe", ["Mrs", "Mr"]),
        (["said", "say", "says"], "she says he said", ["says", "said"]),
        (["told reporters", "told"], "he told  reporters", ["told  reporters"]),
    ],
)
def test_trie_pattern_finds_the_longest_word(words: list[str], text: str, found: list[str]) -> None:
    pattern = re.compile(rf"\b(?:{trie_pattern(words, flexible_space=True)})\b")
    assert pattern.findall(text) == found


def test_grouped_trie_matches_the_same_words() -> None:
    words = [f"{c}{c}ord" for c in "abcdefghijklmnopqrstuvwxyz"] + ["zed"]
    text = " ".join(reversed(words)) + " nothing"
    plain = re.findall(trie_pattern(words), text)
    grouped = re.findall(trie_pattern(words, grouped=True), text)
    assert grouped == plain == list(reversed(words))


def test_missing_data_file_names_itself() -> None:
    with pytest.raises(ModelError, match=r"unspin/data/actors/nope\.json is missing"):
        load_data("actors", "nope.json")


def test_load_object_reads_a_shipped_list() -> None:
    assert isinstance(load_object("anatomy", "wires.json"), dict)
