"""Which language an article is written in, from its function words and a few telling letters.

This is a HEURISTIC detector, small enough to read in one sitting and fast enough to run on every article
(about 0.02 ms for an English news article on one core). It knows twelve languages: en, de, fr, es, it, pt,
pl (Latin script), ru, uk, be, bg, sr (Cyrillic; sr also in Latin script). It scores each language by the
function words it finds ("the", "und", "что", "що", ...), because those make up a third to a half of any
running text in the language and are few enough to list by hand. A word shared by k languages counts 1/k
for each. Letters that only some Cyrillic alphabets use (і ї є ґ for Ukrainian, ў for Belarusian, ы э ё
for Russian, ъ as a vowel for Bulgarian, ђ ј љ њ ћ џ for Serbian) and the diacritics of the Latin
languages break the ties that shared function words leave.

The model is the hand-written table ``unspin/data/language/profiles.json`` (JSON, not pickle: loading it
executes nothing). It answers ``"und"`` (undetermined) when a text has too few function words to judge,
which is the honest answer for a headline or a three-word meme.

How to check it: ``tests/test_language.py`` runs it over texts in each language, mixed texts, the shared
example articles and the PTC and SemEval English corpora (see docs/mt-signals.md for the figures).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from unspin.document import Document
from unspin.errors import ModelError
from unspin.settings import Settings

__all__ = ["LANGUAGES", "UNDETERMINED", "annotate_language", "detect_language"]

UNDETERMINED = "und"

# The first pass reads only this many characters: an English news article is settled by its first 150
# words, and tokenising the whole sample would cost three times as long. Undecided texts get a second pass
# over the whole sample (Settings.language_sample).
_FIRST_PASS = 600

# A decision needs this many function words: fewer is a headline, a caption or a list of names.
_MIN_HITS = 3
# Below this confidence the answer is "und".
_MIN_CONFIDENCE = 0.5
# The first pass is enough when it found this many function words and the leader's margin over the
# runner-up is this large (English news clears both within 600 characters).
_DECISIVE_HITS = 15
_DECISIVE_MARGIN = 0.6
# How much one telling letter counts against one function word: a Russian page has about one ы per 100
# characters and about one function word per 20, so letters decide ties but rarely outvote words.
_LETTER_WEIGHT = 0.3

# Punctuation and digits become spaces before splitting on white space: a str.translate and a str.split
# are several times cheaper than a regular expression over the same text.
_SEPARATORS = str.maketrans(dict.fromkeys(
    "0123456789.,;:!?\"'`()[]{}<>«»“”„‟‘’‚‹›—–-‐‑/\\|*&%$#@+=_~^…·•\u00a0\ufeff", " "))

_CYRILLIC_FIRST = "\u0400"
_CYRILLIC_LAST = "\u04ff"


@dataclass(frozen=True, slots=True)
class _Profiles:
    languages: tuple[str, ...]
    # word -> ((language index, weight), ...)
    words: dict[str, tuple[tuple[int, float], ...]]
    # letter -> ((language index, weight), ...), split by script so a text only counts its own letters
    cyrillic_letters: dict[str, tuple[tuple[int, float], ...]]
    latin_letters: dict[str, tuple[tuple[int, float], ...]]
    cyrillic: frozenset[int]


@functools.cache
def _profiles() -> _Profiles:
    """Load profiles.json once and turn it into lookup tables."""
    try:
        raw: Any = json.loads(resources.files("unspin").joinpath("data", "language", "profiles.json")
                              .read_text(encoding="utf-8"))
        word_lists: dict[str, list[str]] = raw["words"]
        letter_table: dict[str, dict[str, float]] = raw["letters"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"unspin/data/language/profiles.json is missing or malformed: {exc}") from exc
    languages = tuple(word_lists)
    index = {lang: i for i, lang in enumerate(languages)}
    owners: dict[str, list[int]] = {}
    for lang, words in word_lists.items():
        for word in set(words):
            owners.setdefault(word, []).append(index[lang])
    words_table = {word: tuple((i, 1.0 / len(langs)) for i in sorted(langs)) for word, langs in owners.items()}
    cyr: dict[str, tuple[tuple[int, float], ...]] = {}
    lat: dict[str, tuple[tuple[int, float], ...]] = {}
    for letter, weights in letter_table.items():
        entry = tuple((index[lang], float(w) * _LETTER_WEIGHT) for lang, w in weights.items())
        (cyr if _CYRILLIC_FIRST <= letter <= _CYRILLIC_LAST else lat)[letter] = entry
    cyrillic = frozenset(index[lang] for lang in ("ru", "uk", "be", "bg", "sr") if lang in index)
    return _Profiles(languages, words_table, cyr, lat, cyrillic)


LANGUAGES: tuple[str, ...] = _profiles().languages


def _score_words(chunk: str, table: dict[str, tuple[tuple[int, float], ...]],
                 scores: list[float]) -> int:
    """Add each function word of ``chunk`` to ``scores``; return how many function words it held."""
    hits = 0
    get = table.get
    for word in chunk.lower().translate(_SEPARATORS).split():
        entry = get(word)
        if entry is not None:
            hits += 1
            for i, weight in entry:
                scores[i] += weight
    return hits


def _score_letters(sample: str, table: dict[str, tuple[tuple[int, float], ...]], scores: list[float]) -> None:
    lowered = sample.lower()
    for letter, entry in table.items():
        n = lowered.count(letter)
        if n:
            for i, weight in entry:
                scores[i] += weight * n


def _leader(scores: list[float]) -> tuple[int, float, float]:
    """(index of the best language, its lead over the runner-up, that lead as a share of its score)."""
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    if top <= 0.0:
        return best, 0.0, 0.0
    gap = top - max(s for i, s in enumerate(scores) if i != best)
    return best, gap, gap / top


def detect_language(text: str, *, settings: Settings) -> tuple[str, float]:
    """The ISO 639-1 code of ``text``'s language and a confidence in 0..1; ``("und", c)`` when unsure.

    Reads at most ``settings.language_sample`` characters. The confidence grows with the leader's lead over the
    runner-up in function words, and shrinks when that lead is small beside the leader's own score (a
    text split between two languages). It is a HEURISTIC, not a calibrated probability.

    >>> from unspin.settings import DEFAULT_SETTINGS
    >>> detect_language("Le gouvernement a annoncé que les prix vont augmenter dans les mois qui viennent.",
    ...                 settings=DEFAULT_SETTINGS)[0]
    'fr'
    """
    profiles = _profiles()
    sample = text[:settings.language_sample]
    scores = [0.0] * len(profiles.languages)
    first = sample
    if len(sample) > _FIRST_PASS:
        # Cut at a space so that no word is split between the passes.
        cut = sample.rfind(" ", 0, _FIRST_PASS)
        first = sample[:cut if cut > 0 else _FIRST_PASS]
    hits = _score_words(first, profiles.words, scores)
    best, gap, margin = _leader(scores)
    if len(first) < len(sample) and not (hits >= _DECISIVE_HITS and margin >= _DECISIVE_MARGIN):
        hits += _score_words(sample[len(first):], profiles.words, scores)
        best, gap, margin = _leader(scores)
    if hits < _MIN_HITS:
        return UNDETERMINED, 0.0
    # Letters only where function words leave a close call: always inside Cyrillic (ru, uk, be, bg, sr
    # share many short words), and among Latin languages when the margin is small.
    if best in profiles.cyrillic:
        _score_letters(sample, profiles.cyrillic_letters, scores)
        best, gap, margin = _leader(scores)
    elif margin < _DECISIVE_MARGIN:
        _score_letters(sample, profiles.latin_letters, scores)
        best, gap, margin = _leader(scores)
    # The lead in function words works like a log-odds: one word of lead is a guess (0.63), three words
    # that all point one way settle a caption (0.95). A text split between two languages has a large lead
    # in absolute words but a small one relative to the leader's score, which halves the confidence.
    confidence = (1.0 - math.exp(-gap)) * (0.5 + 0.5 * margin)
    if confidence < _MIN_CONFIDENCE:
        return UNDETERMINED, round(confidence, 3)
    return profiles.languages[best], round(confidence, 3)


def annotate_language(doc: Document, *, settings: Settings) -> None:
    """Set ``doc.labels["language"]`` (ISO 639-1 or "und") and ``doc.labels["language_score"]`` (0..1)."""
    language, score = detect_language(doc.text, settings=settings)
    doc.labels["language"] = language
    doc.labels["language_score"] = score
