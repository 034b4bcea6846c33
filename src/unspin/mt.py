"""Evidence that an English text was machine-translated (mostly from Russian), with a score per article.

This is a HEURISTIC until a trained model replaces it. It looks for fingerprints that Russian-to-English
machine translation leaves and that native English newswriting almost never shows, and marks each as a
span of layer ``mt_signal``:

- ``quote_dash_attribution``: a closing quote, a dash, then a verb of saying (``" — said X.``), the
  Russian ``», — сказал`` punctuation carried over.
- ``calque``: a Russian construction rendered word for word ("About this was declared", "in an interview
  to", "centuries" for the initial "В."); the patterns live in ``unspin/data/mt/calques.json``, each with
  its own weight and the Russian construction it mirrors (``attrs["pattern"]``).
- ``institution_casing``: a lower-case portfolio before a capitalised "Ministry", "Ministry of
  <lower-case>", a lower-case rank before "General": casing copied from Russian, which capitalises only the
  first word of a name.
- ``mixed_quotes``: a quotation opened in one style and closed in another, or « » in an English text.
- ``padded_quotes``: straight quotes with spaces inside (``" word "``), left where « » were replaced.
- ``lowercase_paragraph_start``: a paragraph whose first word is in lower case.
- ``name_variants``: one surname spelt several ways (same consonant skeleton after folding
  transliteration pairs such as w/v, cz/ch, c/k); spans on every spelling.
- ``initial_mismatch``: an initial that does not match the given name written elsewhere for that surname.

Each span's ``score`` is the weight of that piece of evidence (0..1, from ``unspin/data/mt/*.json``).
``doc.labels["mt_score"]`` (0..1) combines them: evidence of one kind counts with diminishing returns,
the total is taken per 1,000 words (at least 400, so that one slip in a caption does not condemn it),
halved when only one kind fired, and squashed with ``1 - exp(-density / scale)``.
``doc.labels["mt_signals"]`` counts spans per kind.

Only English is scored: for any other language (``doc.labels["language"]``, set by
:func:`unspin.language.annotate_language`, which must run first) no spans are added, ``mt_score`` is 0.0
and ``doc.labels["mt_scored"]`` is False; for English it is True. A missing language label counts as
not English.

How to check it: docs/mt-signals.md gives the command that prints the PTC median, 90th percentile and
worst articles, the examples' scores and the time per article, with the figures it printed; the floors are
pinned in ``tests/test_mt.py``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from unspin.document import MT_SIGNAL, Document, Span
from unspin.errors import ModelError
from unspin.settings import Settings
from unspin.wordlists import load_data

__all__ = [
    "CALQUE",
    "INITIAL_MISMATCH",
    "INSTITUTION_CASING",
    "LOWERCASE_PARAGRAPH",
    "MIXED_QUOTES",
    "NAME_VARIANTS",
    "PADDED_QUOTES",
    "QUOTE_DASH",
    "SIGNAL_KINDS",
    "annotate_mt",
    "find_mt_signals",
    "score_mt_signals",
]

QUOTE_DASH = "quote_dash_attribution"
CALQUE = "calque"
INSTITUTION_CASING = "institution_casing"
MIXED_QUOTES = "mixed_quotes"
PADDED_QUOTES = "padded_quotes"
LOWERCASE_PARAGRAPH = "lowercase_paragraph_start"
NAME_VARIANTS = "name_variants"
INITIAL_MISMATCH = "initial_mismatch"
# Not a label: the weight key for guillemets, which weigh more than a mismatched pair (see weights.json).
_GUILLEMETS_WEIGHT = "mixed_quotes_guillemets"
SIGNAL_KINDS = (QUOTE_DASH, CALQUE, INSTITUTION_CASING, MIXED_QUOTES, PADDED_QUOTES, LOWERCASE_PARAGRAPH,
                NAME_VARIANTS, INITIAL_MISMATCH)


# -- the rules, loaded once --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Calque:
    id: str
    pattern: re.Pattern[str]
    before: re.Pattern[str] | None
    weight: float


@dataclass(frozen=True, slots=True)
class _Rules:
    calques: tuple[_Calque, ...]
    quote_dash: tuple[re.Pattern[str], ...]
    # lower-case portfolio right before "Ministry"; "of <lower-case>" right after it; rank before "General"
    field_before: re.Pattern[str]
    field_after: re.Pattern[str]
    rank_before: re.Pattern[str]
    ranks: tuple[re.Pattern[str], ...]
    not_given_names: frozenset[str]
    weights: dict[str, float]
    repeat_decay: float
    min_words: int
    scale: float
    single_kind_factor: float


def _load(name: str) -> Any:
    return load_data("mt", name)


def _alternation(words: list[str]) -> str:
    # Longest first, so that "foreign affairs" wins over "foreign".
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@functools.cache
def _rules() -> _Rules:
    calque_data, lexicon, weight_data = _load("calques.json"), _load("lexicon.json"), _load("weights.json")
    try:
        # One regex per entry, not one big alternation: a pattern that starts with a literal is found by a
        # fast skip through the text, an alternation of twenty is tried at every position (ten times slower).
        calques = tuple(
            _Calque(str(e["id"]), re.compile(e["pattern"]),
                    re.compile(f"(?:{e['before']})\\Z") if e.get("before") else None, float(e["weight"]))
            for e in calque_data["patterns"])
        verbs = _alternation(lexicon["speech_verbs"])
        fields = _alternation(lexicon["ministry_fields"])
        ranks = _alternation(lexicon["ranks"])
        not_given = frozenset(lexicon["not_given_names"])
        weights = {str(k): float(v) for k, v in weight_data["signals"].items()}
        score = weight_data["score"]
        repeat_decay, min_words = float(score["repeat_decay"]), int(score["min_words"])
        scale, single_kind_factor = float(score["scale"]), float(score["single_kind_factor"])
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ModelError(f"unspin/data/mt rules are malformed: {exc}") from exc
    # A closing quote, an optional comma, a dash, then the verb of saying, optionally after a pronoun or a
    # name of up to three capitalised words (", — Orlova said"). Native English puts a comma inside the
    # quote and no dash. One pattern per closing mark, so that each starts with a literal.
    quote_dash = tuple(re.compile(
        rf"{mark}(?:[ \t]*,)?[ \t]*(?:—|–|--?)[ \t]*"
        r"(?:(?:he|she|they|we|it|I)[ \t]+|(?:[A-Z][\w'’.-]*[ \t]+){1,3})?"
        rf"(?:{verbs})\b") for mark in ("”", '"', "»"))
    # Russian capitalises only the first word of an institution's name ("Министерство обороны"), so a
    # translation keeps "Ministry" capitalised and leaves the portfolio in lower case. These are matched
    # around each "Minist..." or rank word, which a literal search finds quickly.
    field_before = re.compile(rf"\b(?:{fields})[ \t]+\Z")
    field_after = re.compile(
        r"[ \t]+of[ \t]+(?!(?:the|a|an|his|her|its|their|our|this|that|which|state)\b)[a-z]{2,}"
        r"(?:[ \t]+affairs)?\b")
    rank_before = re.compile(rf"\b(?:{ranks})[ \t]+\Z")
    # One literal pattern per rank word: literals are found by a fast skip, an alternation is not.
    rank = tuple(re.compile(rf"{re.escape(word)}\b") for word in lexicon["rank_words"])
    return _Rules(calques, quote_dash, field_before, field_after, rank_before, rank, not_given, weights,
                  repeat_decay, min_words, scale, single_kind_factor)


# -- the detectors -----------------------------------------------------------------------------------------

def _find_calques(text: str, rules: _Rules) -> list[Span]:
    spans: list[Span] = []
    for calque in rules.calques:
        for m in calque.pattern.finditer(text):
            start = m.start()
            # The patterns start with a literal instead of \b (see calques.json): drop a match inside a word.
            if start and text[start].isalnum() and text[start - 1].isalnum():
                continue
            if calque.before is not None:
                b = calque.before.search(text, max(0, start - _BEFORE_WINDOW), start)
                if b is None:
                    continue
                start = b.start()
            start, end = _trim(text, start, m.end())
            spans.append(Span(start, end, MT_SIGNAL, CALQUE, calque.weight, {"pattern": calque.id}))
    return spans


# How far back a calque's "before" context may reach.
_BEFORE_WINDOW = 120


_MINISTRY = re.compile(r"Minist(?:ry|ries|er)\b")


def _find_casing(text: str, rules: _Rules, weight: float) -> list[Span]:
    spans: list[Span] = []
    for m in _MINISTRY.finditer(text):
        start, end = m.start(), m.end()
        b = rules.field_before.search(text, max(0, start - 40), start)
        if b is not None:
            spans.append(Span(b.start(), end, MT_SIGNAL, INSTITUTION_CASING, weight))
            continue
        a = rules.field_after.match(text, end)
        if a is not None:
            spans.append(Span(start, a.end(), MT_SIGNAL, INSTITUTION_CASING, weight))
    for rank in rules.ranks:
        for m in rank.finditer(text):
            b = rules.rank_before.search(text, max(0, m.start() - 20), m.start())
            if b is not None:
                spans.append(Span(b.start(), m.end(), MT_SIGNAL, INSTITUTION_CASING, weight))
    return spans


def _find_simple(text: str, pattern: re.Pattern[str], label: str, weight: float) -> list[Span]:
    spans = []
    for m in pattern.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        spans.append(Span(start, end, MT_SIGNAL, label, weight))
    return spans


# A straight-quoted passage on one line; pairing quotes left to right is what tells an opening quote from a
# closing one, so `"a" and "b"` never reads as the padded quotation `" and "`. Group 1 is set only for a
# padded pair, so one findall answers "is there any?" before a finditer locates them.
_STRAIGHT_QUOTED = re.compile(r"\"(?:[ \t]([^\"\n]*[^\"\s][^\"\n]*)[ \t]|[^\"\n]*)\"")
# A quotation that opens in one style and closes in another on one line, or a pair of guillemets. One
# regex per opening mark: each starts with a literal, which the engine skips to quickly.
_CURLY_THEN_STRAIGHT = re.compile(r"“[^“”\"\n«»]{1,400}\"(?!\w)")
_STRAIGHT_THEN_CURLY = re.compile(r"\"[^“”\"\n«»]{1,400}”")
_GUILLEMETS = re.compile(r"«[^«»\n]{0,400}»")


def _line_has_even_quotes(text: str, at: int) -> bool:
    # With an odd number of straight quotes on the line, left-to-right pairing is off by one and a "padded"
    # pair is really the gap between two quotations.
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text.count('"', start, end if end >= 0 else len(text)) % 2 == 0


def _find_quote_styles(text: str, weights: dict[str, float]) -> list[Span]:
    spans: list[Span] = []
    if any(_STRAIGHT_QUOTED.findall(text)):
        for m in _STRAIGHT_QUOTED.finditer(text):
            if m.group(1) is not None and _line_has_even_quotes(text, m.start()):
                spans.append(Span(m.start(), m.end(), MT_SIGNAL, PADDED_QUOTES, weights[PADDED_QUOTES]))
    found: list[re.Match[str]] = []
    if "«" in text:
        found += _GUILLEMETS.finditer(text)
        weight = weights[_GUILLEMETS_WEIGHT]
        spans += (Span(m.start(), m.end(), MT_SIGNAL, MIXED_QUOTES, weight, {"style": "guillemets"})
                  for m in found)
    if '"' in text and ("“" in text or "”" in text):
        mixed = list(_CURLY_THEN_STRAIGHT.finditer(text))
        # A straight quote glued to a word before it closes something; it cannot open this quotation.
        mixed += (m for m in _STRAIGHT_THEN_CURLY.finditer(text)
                  if not (m.start() and text[m.start() - 1].isalnum()))
        spans += (Span(m.start(), m.end(), MT_SIGNAL, MIXED_QUOTES, weights[MIXED_QUOTES], {"style": "mismatched"})
                  for m in mixed)
    return spans


# A paragraph: after a blank line, the first word in lower case. Lines that open with a link, a handle or
# a byline word are page furniture, not prose.
_LOWER_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*([a-z][a-z’']*)[ ,][^\n]*")
_FURNITURE_WORDS = frozenset({"by", "via", "and", "or", "pic", "http", "https", "www", "source", "photo",
                              "image", "read", "related", "tags", "e", "i", "ie", "eg"})
_MIN_PARAGRAPH_WORDS = 6


def _find_lowercase_paragraphs(text: str, weight: float) -> list[Span]:
    spans = []
    for m in _LOWER_PARAGRAPH.finditer(text):
        first = m.group(1)
        line = m.group(0)
        if first in _FURNITURE_WORDS or line.count(" ") + 1 < _MIN_PARAGRAPH_WORDS:
            continue
        # The previous paragraph must have ended a sentence; otherwise this is a wrapped line.
        before = text[:m.start()].rstrip()
        if before and before[-1] not in ".!?\"”»)":
            continue
        start, end = _trim(text, m.start(1), m.end(1))
        spans.append(Span(start, end, MT_SIGNAL, LOWERCASE_PARAGRAPH, weight))
    return spans


# -- names ---------------------------------------------------------------------------------------------

# Capitalised words long enough to have a skeleton of _MIN_SKELETON letters. No leading \b: a character
# class first lets the engine skip quickly, and a piece of a word ("Donald" in "MacDonald") is dropped later
# when it never stands alone.
_CAPITALISED = re.compile(r"[A-Z][a-z]{5,}(?:-[A-Z][a-z]+)?")
# A lone initial before a capitalised word ("D. Smith"), found from its full stop, which is rarer than a
# capital letter.
_INITIAL = re.compile(r"\.[ \t]+([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b")
# Transliteration pairs that a surname takes when it is romanised by different hands or machines.
_DIGRAPHS = (("tsch", "C"), ("tch", "C"), ("ch", "C"), ("cz", "C"), ("ck", "k"), ("kh", "h"), ("ph", "f"),
             ("sh", "S"), ("sz", "S"), ("zh", "Z"))
_VOWELS = "aeiouyéèëáàäöüóíú"
_FOLD = str.maketrans({"w": "v", "c": "k", "q": "k", "x": "k", "j": "i", **dict.fromkeys(_VOWELS, "a")})
_NO_VOWELS = str.maketrans(dict.fromkeys(_VOWELS))
# "y" before a vowel is a consonant (the iotation of "Derevyanko" against "Derevianko"); elsewhere a vowel.
_IOTATED_Y = re.compile(r"y(?=[aeiou])")
# Folded letters that may come doubled; collapsing them with str.replace is five times cheaper than a
# back-referencing regex. "a" (every vowel) goes twice, for runs of three and four.
_DOUBLED = tuple(c + c for c in "aabdfghklmnprstvzCSZ")
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+\Z")
# Skeletons shorter than this collide by chance ("Maria" / "Mario").
_MIN_SKELETON = 6
# Initials that romanise the same Cyrillic letter (Е -> E/Ye, Ю -> Yu/Iu, К -> K/C, В -> V/W, Ф -> F/Ph).
_INITIAL_CLASS = str.maketrans({"Y": "I", "J": "I", "E": "I", "C": "K", "W": "V", "P": "F"})


def _skeletons(words: list[str]) -> list[str]:
    """The folded shape of each word: transliteration pairs merged, vowels one class, doubles collapsed.

    All words are folded in one pass over their joined text, because a per-word loop would cost more than
    the rest of the stage.
    """
    if not words:
        return []  # "".split("\n") would give one empty skeleton for no word
    joined = "\n".join(words).lower()
    for digraph, symbol in _DIGRAPHS:
        joined = joined.replace(digraph, symbol)
    joined = joined.translate(_FOLD)
    for pair in _DOUBLED:
        joined = joined.replace(pair, pair[0])
    return joined.split("\n")


def _consonants(word: str) -> str:
    """The consonants of ``word`` as spelt (no folding, doubles kept)."""
    return _IOTATED_Y.sub("j", word.lower()).translate(_NO_VOWELS)


def _appears_in_lower_case(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _occurrences(text: str, word: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"\b{re.escape(word)}\b", text))


def _find_names(text: str, rules: _Rules) -> list[Span]:
    tokens = list(dict.fromkeys(_CAPITALISED.findall(text)))
    skeletons = _skeletons(tokens)
    initials = _find_initials(text, rules.not_given_names)
    # Most articles have no two capitalised words with one skeleton and no lone initial: a set answers
    # that in C, before any per-word Python work.
    long_enough = [k for k in skeletons if len(k) >= _MIN_SKELETON]
    if len(set(long_enough)) == len(long_enough) and not initials:
        return []
    groups: dict[str, list[str]] = {}
    for token, skeleton in zip(tokens, skeletons, strict=True):
        groups.setdefault(skeleton, []).append(token)
    spans: list[Span] = []
    weight = rules.weights[NAME_VARIANTS]
    for skeleton, variants in list(groups.items()):
        if len(variants) < 2 or len(skeleton) < _MIN_SKELETON:
            continue
        # Spellings that differ only in vowels are typos or gendered forms ("Antonio" / "Antonia"); a
        # transliteration changes consonants (w/v, cz/ch, ck/k, a doubled letter).
        if len({_consonants(v) for v in variants}) < 2:
            continue
        found = {v: _occurrences(text, v) for v in variants}
        # A word that also runs in lower case is an ordinary word at a sentence start, not a name.
        kept = [v for v in variants if found[v] and not _appears_in_lower_case(text, v)]
        if len({_consonants(v) for v in kept}) < 2:
            continue
        # At least one spelling must stand as a surname, after a given name, a title or an initial.
        if not any(re.search(rf"(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+{re.escape(v)}\b", text) for v in kept):
            continue
        main = max(kept, key=lambda v: (len(found[v]), v))
        for v in kept:
            for m in found[v]:
                # The most frequent spelling is the reference, not evidence: only the others count.
                spans.append(Span(m.start(), m.end(), MT_SIGNAL, NAME_VARIANTS, weight,
                                  {"group": skeleton, "variants": sorted(kept), "counts": v != main,
                                   "unit": f"{skeleton}:{v}"}))
    if initials:
        spans.extend(_find_initial_mismatches(text, initials, groups, rules))
    return spans


def _find_initials(text: str, not_given_names: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, initial, surname) of each lone initial before a capitalised word ("D. Smith")."""
    initials: list[tuple[int, int, str, str]] = []
    for m in _INITIAL.finditer(text):
        i = m.start() - 1
        # A lone capital before the full stop, itself not part of a word or of "U.S." or "H.W.".
        if i < 0 or not text[i].isupper() or (i > 0 and (text[i - 1].isalnum() or text[i - 1] == ".")):
            continue
        # A middle initial ("George W. Bush") follows a given name; only a lone initial stands for one.
        given = _GIVEN_BEFORE.search(text, max(0, i - 30), i)
        if given is not None and given.group(1) not in not_given_names:
            continue
        initials.append((i, m.end(), text[i], m.group(1)))
    return initials


def _find_initial_mismatches(text: str, initials: list[tuple[int, int, str, str]],
                             same_skeleton: dict[str, list[str]], rules: _Rules) -> list[Span]:
    """Lone initials whose surname (in any spelling) is written elsewhere with one given name, and that
    given name starts with another letter."""
    spans: list[Span] = []
    weight = rules.weights[INITIAL_MISMATCH]
    surnames = sorted({s for *_, s in initials})
    skeleton_of = dict(zip(surnames, _skeletons(surnames), strict=True))
    for start, end, initial, surname in initials:
        spellings = same_skeleton.get(skeleton_of[surname], [surname])
        alternatives = "|".join(re.escape(s) for s in spellings)
        given = {g for g in re.findall(rf"\b([A-Z][a-z]+)[ \t]+(?:{alternatives})\b", text)
                 if g not in rules.not_given_names and not g.endswith(("ian", "ese", "ish"))
                 and g not in spellings and not _appears_in_lower_case(text, g)}
        # Two or more given names for one surname is a family, not a mistake.
        if len(given) != 1:
            continue
        name = next(iter(given))
        if initial.translate(_INITIAL_CLASS) != name[0].translate(_INITIAL_CLASS):
            spans.append(Span(start, end, MT_SIGNAL, INITIAL_MISMATCH, weight,
                              {"given_name": name, "unit": f"{skeleton_of[surname]}:{initial}"}))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- the public functions ----------------------------------------------------------------------------------

def find_mt_signals(text: str) -> list[Span]:
    """Every machine-translation signal in ``text``, as ``mt_signal`` spans in text order (a HEURISTIC).

    The caller decides whether the text is English; this function assumes it is.
    """
    rules = _rules()
    w = rules.weights
    spans = _find_calques(text, rules)
    for pattern in rules.quote_dash:
        spans += _find_simple(text, pattern, QUOTE_DASH, w[QUOTE_DASH])
    spans += _find_casing(text, rules, w[INSTITUTION_CASING])
    spans += _find_quote_styles(text, w)
    spans += _find_lowercase_paragraphs(text, w[LOWERCASE_PARAGRAPH])
    spans += _find_names(text, rules)
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


# English news runs at six characters a word, spaces included (6.03 over the PTC articles): close enough for
# a density, and free, where counting words would cost a pass over the text.
_CHARS_PER_WORD = 6.0


def _word_count(text: str) -> int:
    return max(1, round(len(text) / _CHARS_PER_WORD))


def score_mt_signals(text: str, spans: list[Span]) -> float:
    """The article-level score in 0..1 from the ``mt_signal`` spans of ``text`` (a HEURISTIC).

    Within a kind, the strongest piece of evidence counts fully and each further one by ``repeat_decay``
    times the one before, so twenty quotes in one house style do not outweigh three different slips.
    Spans sharing ``attrs["unit"]`` count once; spans with ``attrs["counts"]`` False (the reference spelling
    of a name) do not count.
    """
    rules = _rules()
    by_kind: dict[str, dict[str, float]] = {}
    for i, span in enumerate(spans):
        if span.layer != MT_SIGNAL or span.label is None or span.attrs.get("counts") is False:
            continue
        unit = str(span.attrs.get("unit", i))
        kind = by_kind.setdefault(span.label, {})
        kind[unit] = max(kind.get(unit, 0.0), span.score or 0.0)
    evidence = 0.0
    for units in by_kind.values():
        factor = 1.0
        for weight in sorted(units.values(), reverse=True):
            evidence += weight * factor
            factor *= rules.repeat_decay
    density = evidence * 1000.0 / max(_word_count(text), rules.min_words)
    if len(by_kind) == 1:
        # One kind of slip can be one writer's habit (a house style of quotes, a typo repeated); machine
        # translation leaves several kinds at once.
        density *= rules.single_kind_factor
    return round(1.0 - math.exp(-density / rules.scale), 3)


def annotate_mt(doc: Document, *, settings: Settings) -> None:
    """Add ``mt_signal`` spans and set ``mt_score``, ``mt_signals`` and ``mt_scored`` (English only).

    Needs ``doc.labels["language"]`` from :func:`unspin.language.annotate_language`. For a text that is
    not English, ``mt_score`` is 0.0, ``mt_signals`` is empty and ``mt_scored`` is False.
    """
    del settings  # nothing to tune yet; kept for the stage contract
    if doc.labels.get("language") != "en":
        doc.labels["mt_score"] = 0.0
        doc.labels["mt_signals"] = {}
        doc.labels["mt_scored"] = False
        return
    spans = find_mt_signals(doc.text)
    doc.add(spans)
    doc.labels["mt_score"] = score_mt_signals(doc.text, spans)
    doc.labels["mt_signals"] = dict(sorted(Counter(s.label for s in spans if s.label).items()))
    doc.labels["mt_scored"] = True
