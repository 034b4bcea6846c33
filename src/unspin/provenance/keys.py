"""Language-independent keys of a news text: numbers, dates, names, acronyms and quoted word runs.

Two reports of one statement rarely share a sentence when one is a rewrite or a translation of the other, but
they keep its hard facts: the figures, the day, the names of the people and bodies involved, and (within one
language) the quoted words. This module reduces a text to those facts as a set of 64-bit keys, so that a
Russian item and its English translation share keys although they share no word.

Every rule here is a HEURISTIC, chosen to be cheap (regular expressions compiled once, a cached per-word
transliteration) and consistent on both sides of a comparison rather than linguistically right:

* **numbers** -- digit runs normalised across conventions: "1,000", "1 000" and "1.000" are all 1000 (a
  separator followed by exactly three digits is a thousands separator), "3,5" and "3.5" are 3.5. Integers
  below 10 are dropped (they are everywhere and often written as words), and so are clock times ("10:54").
  A scale word after a figure multiplies it, in any language ("3 тыс." and "3,000" are 3000; "1,5 млн" and
  "1.5 million" are 1500000), and in a text of known language the tens and a hundred written as words
  ("twenty", "сорок", "cent") are figures too, as a translation may write a round figure either way.
  A year (1900-2099 written as an integer: "by 2026", "in 2023") is a date key, not a number: it dates a
  statement's context like a day does, while the figures are the statement's own (two stories of one
  generated corpus that shared only two years and a day were joined as translations). So a figure that
  happens to read as a year ("2 026 tonnes") counts as context too.
* **dates** -- day and month ("26 ноября", "November 26th", "26. listopadu", "26.11.2014"), from the month
  names of about twenty languages in ``unspin/data/provenance/keys.json``; the year is left out because
  most datelines omit it. News dates a statement by its weekday or as "yesterday" as often as by its date
  ("said on Tuesday", "заявил накануне"), and a translation or rewrite often words the day the other way:
  given the day the text appeared and its language, such a word in the lead is read as the date it means
  (the last such weekday on or before that day).
* **names** -- capitalised words that do not open a sentence (or that open one but also occur inside one),
  reduced to a phonetic skeleton: transliterated to Latin, diacritics stripped, the spellings that
  transliteration conventions disagree on folded ("sh"/"sch"/"sz"/"ch" -> "s", "kh"/"h"/"g" -> "k",
  "w" -> "v"; "ch" is read the English way, so a German or Polish "ch" for "kh" is missed), Slavic case
  endings stripped and vowels dropped after the first letter. So "Кессельринг", "Kesselring" and
  "Кессельрингом" share the key ``p:kslrnk``. The spelling conventions of the text's language count where
  they differ from the rest: German, Polish, Czech, Dutch, Swedish "ch" is Russian "х" ("Chruschtschow"),
  French "j" is "ж", English "j" is "дж"; a bare "c" is "k" before a, o, u except in the Slavic and
  Hungarian Latin alphabets ("Macron" / "Макрон"); Greek is transliterated too. A name with fewer than
  three consonants ("Kyiv", "Modi", "Gaza") keeps the positions of its vowels ("kav"), so that short names
  still give keys without colliding as often as their two consonants would. Two adjacent names also give a
  pair key ("Arvid Kesselring" / "Арвид Кессельринг"), rarer and so stronger. A capitalised word seen only
  at the start of a sentence is kept apart (:attr:`TextKeys.openers`): a Russian report opens sentences
  with its speaker ("Кессельринг заявил ..."), an English one with "However"; the caller counts an opener
  as a name only when some document writes it capitalised inside a sentence. German capitalises every
  noun, so German texts get many name keys that match nothing; the inverse-document-frequency weighting of
  the caller keeps them from mattering much.
* **acronyms** -- all-capital words, transliterated whole ("НАТО" / "NATO"); the few bodies whose acronym
  languages translate map to one spelling ("OTAN", "ООН", "ЕС" -> "nato", "un", "eu").
* **quotes** -- word 3-grams inside quotation marks, lower-cased in their own script. They only ever match
  within one language, and they are what rewrites of one statement keep verbatim.

The key strings are hashed with xxh3 (stable across processes and runs); the top three bits of each hash
hold the key's kind, so callers can tell language-independent keys from quotes without the strings.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt
import xxhash

from unspin.wordlists import load_object

__all__ = [
    "ACRONYM",
    "DATE",
    "KINDS",
    "NAME",
    "NAME_PAIR",
    "NUMBER",
    "OPENER_BIT",
    "QUOTE",
    "TextKeys",
    "extract_keys",
    "hash_keys",
    "hash_keys_with_lead",
    "independent_mask",
    "key_kind",
    "lead_end",
    "lead_word_pairs",
    "name_skeleton",
    "normalise_number",
]

# Key kinds, stored in the top three bits of a key hash (see :func:`hash_keys`).
NUMBER = "n"
DATE = "d"
NAME = "p"
NAME_PAIR = "pp"
ACRONYM = "a"
QUOTE = "q"
KINDS = (NUMBER, DATE, NAME, NAME_PAIR, ACRONYM, QUOTE)
_KIND_CODE = {kind: i for i, kind in enumerate(KINDS)}
_KIND_SHIFT = 61
# Bit 60 is left free for callers (the stories stage marks lead keys there); bit 59 marks a sentence opener
# (:attr:`TextKeys.openers`); the value's hash takes the 59 bits below.
OPENER_BIT = 1 << 59
_LOW_BITS = OPENER_BIT - 1

# A quotation longer than this is a paragraph in quote marks or an unbalanced mark; its 3-grams would flood
# the key set with ordinary prose.
_MAX_QUOTE_CHARS = 600
# Enough 3-grams to identify a quotation; past this a long interview would outweigh every other key.
_MAX_QUOTE_KEYS = 60
# Names shorter than this skeleton are initials or particles ("Li" -> "al"): too many collisions. A name whose
# consonants alone are fewer keeps its vowel positions (:func:`name_skeleton`).
_MIN_SKELETON = 3
# A first line with at least this many words, most of them capitalised, is a Title Case headline whose
# capitals say nothing about names.
_TITLE_CASE_MIN_WORDS = 4
_TITLE_CASE_SHARE = 0.7
# An all-capital word longer than this is a name in capitals (a dateline's "MERZIG,"), not an acronym.
_MAX_ACRONYM = 5
# Integers below this are dropped (see the module docstring).
_MIN_INTEGER = 10
# A year of the last and this century, as :func:`normalise_number` writes it.
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class TextKeys:
    """The readable keys of one text, by kind (sets of strings without the kind prefix)."""

    numbers: frozenset[str]
    dates: frozenset[str]
    names: frozenset[str]
    name_pairs: frozenset[str]
    acronyms: frozenset[str]
    quotes: frozenset[str]
    # Keys (``kind:value``, the form of :meth:`strings`) first seen in the lead (see :func:`extract_keys`).
    lead: frozenset[str] = frozenset()
    # Name skeletons of capitalised words seen only at the start of a sentence: a name ("Smith said ...")
    # or an ordinary word ("However"); the caller decides (they hash as names, flagged by OPENER_BIT).
    openers: frozenset[str] = frozenset()

    def strings(self) -> list[str]:
        """Every key as ``kind:value``, the form :func:`hash_keys` hashes (sentence openers as names, last)."""
        out: list[str] = []
        for kind, values in ((NUMBER, self.numbers), (DATE, self.dates), (NAME, self.names),
                             (NAME_PAIR, self.name_pairs), (ACRONYM, self.acronyms), (QUOTE, self.quotes),
                             (NAME, self.openers)):
            out.extend(f"{kind}:{v}" for v in sorted(values))
        return out

    def lead_keys(self) -> TextKeys:
        """Only the keys first seen in the lead (for :func:`hash_keys`)."""
        def part(kind: str, values: frozenset[str]) -> frozenset[str]:
            return frozenset(v for v in values if f"{kind}:{v}" in self.lead)
        return TextKeys(part(NUMBER, self.numbers), part(DATE, self.dates), part(NAME, self.names),
                        part(NAME_PAIR, self.name_pairs), part(ACRONYM, self.acronyms), part(QUOTE, self.quotes),
                        self.lead, part(NAME, self.openers))


# -- data ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Tables:
    months_by_lang: dict[str, dict[str, int]]
    months_any: dict[str, int]           # forms that mean the same month in every language that has them
    month_words: frozenset[str]
    not_names: frozenset[str]
    letters: dict[int, str]
    digraph_map: dict[str, str]
    classes: dict[int, str]
    readings: dict[str, dict[str, str]]
    c_is_ts: frozenset[str]
    acronym_aliases: dict[str, str]
    scale: re.Pattern[str]
    scale_values: dict[str, int]
    vowels: frozenset[str]
    endings: tuple[str, ...]
    date_day_month: re.Pattern[str]
    date_month_day: re.Pattern[str]
    quote: re.Pattern[str]


@cache
def _tables() -> _Tables:
    raw = load_object("provenance", "keys.json")
    months_by_lang: dict[str, dict[str, int]] = {
        lang: {form.casefold(): int(n) for form, n in forms.items()} for lang, forms in raw["months"].items()}
    meanings: dict[str, set[int]] = {}
    for forms in months_by_lang.values():
        for form, n in forms.items():
            meanings.setdefault(form, set()).add(n)
    months_any = {form: next(iter(ns)) for form, ns in meanings.items() if len(ns) == 1}
    # Generic patterns (a word beside a day number), checked against the month table in Python: a regex
    # alternation of some 300 month forms, case-insensitive, cost 0.13 ms per article; this costs a tenth.
    # Both patterns start from a day number found first (:data:`_DAY`): anchored at a digit, they cost a
    # fifth of a scan that tries a month word at every word of the text.
    word = r"[^\W\d_]{3,12}"
    # Day then month: "26 ноября", "26. November", "26-го ноября", "26th of November", "26 de noviembre".
    day_month = re.compile(
        rf"(?:\.|-?(?:го|е|ого)|st|nd|rd|th|er|º)?(?:\s+(?:of|de|di|del))?\s+(?P<month>{word})(?![^\W\d_])")
    # Month then day: "November 26", "Nov. 26th": the month word just before the day, then what may follow it.
    month_day = re.compile(rf"(?<![^\W\d_])(?P<month>{word})\.?\s+\Z")
    quote_alts = []
    for opening, closing in raw["quote_pairs"]:
        o, c = re.escape(opening), re.escape(closing)
        quote_alts.append(rf"{o}([^{o}{c}\n]{{8,{_MAX_QUOTE_CHARS}}}){c}")
    digraph_map: dict[str, str] = dict(raw["digraphs"])
    scale_values = {word.casefold(): int(value) for value, words in raw["scale_words"].items() for word in words}
    scale_words = "|".join(re.escape(w) for w in sorted(scale_values, key=len, reverse=True))
    return _Tables(
        months_by_lang=months_by_lang,
        months_any=months_any,
        month_words=frozenset(meanings),
        not_names=frozenset(w.casefold() for w in raw["not_names"]),
        letters=str.maketrans(dict(raw["letters"])),
        digraph_map=digraph_map,
        classes=str.maketrans(dict(raw["classes"])),
        readings={lang: dict(forms) for lang, forms in raw["readings"].items()},
        c_is_ts=frozenset(raw["c_is_ts"]),
        acronym_aliases=dict(raw["acronym_aliases"]),
        # A scale word right after a figure ("3 тыс.", "1.5bn"), matched at the figure's end.
        scale=re.compile(rf"[ \u00a0\u202f]?(?P<word>{scale_words})(?![^\W\d_])", re.IGNORECASE),
        scale_values=scale_values,
        vowels=frozenset(raw["vowels"]),
        endings=tuple(sorted(raw["endings"], key=len, reverse=True)),
        date_day_month=day_month,
        date_month_day=month_day,
        quote=re.compile("|".join(quote_alts)),
    )


@dataclass(frozen=True, slots=True)
class _RelativeDays:
    """The relative day words of one language: a pattern over all of them and what each means."""

    pattern: re.Pattern[str]
    weekdays: dict[str, int]   # form -> weekday (Monday = 0)
    offsets: dict[str, int]    # form -> days from the day of publication


@cache
def _relative_days(lang: str) -> _RelativeDays | None:
    """The relative day words of ``lang`` (``keys.json``), compiled once per language; None if it has none."""
    spec = load_object("provenance", "keys.json")["relative_days"].get(lang)
    if not spec:
        return None
    weekdays = {form.casefold(): int(day) for form, day in spec["weekdays"].items()}
    offsets = {form.casefold(): int(days) for form, days in spec["days"].items()}
    forms = sorted({*weekdays, *offsets}, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(part) for part in form.split()) for form in forms)
    return _RelativeDays(re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE), weekdays, offsets)


@dataclass(frozen=True, slots=True)
class _NumberWords:
    """The number words of one language: a pattern over the tens words, the unit words before and after one."""

    tens: re.Pattern[str]
    unit_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    values: dict[str, int]


@cache
def _number_words(lang: str) -> _NumberWords | None:
    """The number words of ``lang`` (``keys.json``), compiled once per language; None if it has none."""
    spec = load_object("provenance", "keys.json")["number_words"].get(lang)
    if not spec:
        return None
    values = {" ".join(word.casefold().split()): int(value) for word, value in spec["tens"].items()}

    def alternation(words: Iterable[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    # The tens in lower case, capitalised and in capitals, without IGNORECASE or look-arounds: that lets the
    # regex engine skip to a possible first letter (a case-insensitive pattern with a look-behind cost 0.24 ms
    # per 7.5 KB article, this 0.08); word boundaries are checked on the few matches.
    forms = {f for w in values for f in (w, w[:1].upper() + w[1:], w.upper())}
    units = alternation(w.casefold() for w in spec["units"])
    return _NumberWords(
        tens=re.compile(alternation(forms)),
        unit_before=re.compile(rf"(?<![^\W_])(?:{units})[\s-]+\Z", re.IGNORECASE),
        unit_after=re.compile(rf"[\s-]+(?:{units})(?![^\W_])", re.IGNORECASE),
        values=values)


def _upper_class() -> str:
    """A regex character class of the upper-case letters of the scripts we read (Latin, Greek, Cyrillic)."""
    uppers = [c for c in map(chr, range(0x530)) if c.isupper()]
    return "".join(re.escape(c) for c in uppers)


# -- patterns ------------------------------------------------------------------------------------------------
_UP = _upper_class()
_CAPITALISED = re.compile(rf"(?<![^\W\d_])[{_UP}][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_WORD = re.compile(r"[^\W_]+")
# A number: digit groups with thousands separators (narrow or plain spaces, dots, commas), or a plain
# integer or decimal. Clock times ("10:54") and parts of longer digit runs are left out.
_NUMBER = re.compile(
    r"(?<![\d.,:])(?:\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d:])"
    r"(?![.,]\d)")
# "26.11.2014", "11/26/14", "2014-11-26". The pattern opens with a bare digit (no look-behind, which is
# checked in Python) so that the regex engine skips to digits quickly: a third of the cost.
_NUMERIC_DATE = re.compile(r"(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?:19|20)?\d\d(?![\d])"
                           r"|(?:19|20)\d\d-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?!\d)")
_NOT_BEFORE_NUMBER = frozenset("0123456789.,:")
# A day number: one or two digits, not part of a longer number or a clock time.
_DAY = re.compile(r"\d\d?(?!\d)")
# After the day of "November 26": an ordinal suffix, then no digit or colon.
_DAY_END = re.compile(r"(?:st|nd|rd|th)?(?![\d:])")
# How far before a day number its month word may start (12 letters, a dot, white space).
_MONTH_BEFORE = 20
_POSSESSIVE = re.compile(r"['’]s$")
_NON_LETTER = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"(.)\1+")
# How far before a tens word a unit word that makes it part of a larger number ("two hundred") may start.
_UNIT_CHARS = 16
# A "c" that reads "k" in most Latin alphabets (Conrad, Macron); before e, i, y it reads "s" or "ts".
_HARD_C = re.compile(r"c(?![eiy])")
# What may stand between a sentence end and the next word: white space, opening quotes, dashes, bullets.
_LEAD_IN = " \t\u00a0«\"“„‘'(—–-*•"
_SENTENCE_END = frozenset(".!?…:;\n\r")
# The end of a sentence (a full stop, question or exclamation mark before white space) or a line break.
# The words of :func:`lead_word_pairs`: letters only, long enough to skip most function words.
_LEXICAL_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM_CHARS = 6
_LEAD_BREAK = re.compile(r"[.!?…][\"»”’']?(?=\s)|\n")


# -- numbers -------------------------------------------------------------------------------------------------
def normalise_number(written: str, scale: int = 1) -> str | None:
    """The value of a number as written, in one canonical form ("1 000" -> "1000", "3,50" -> "3.5"), times
    ``scale`` (the value of a scale word after it: "1,5" and 1,000,000 -> "1500000").

    Heuristic: a separator followed by exactly three digits is a thousands separator, any other is the
    decimal mark. Returns None for integers below 10 (too common to identify anything).
    """
    digits = written.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    parts = re.split(r"[ .,]", digits)
    if len(parts) == 1:
        integer, fraction = parts[0], ""
    elif all(len(p) == 3 for p in parts[1:]):
        integer, fraction = "".join(parts), ""
    elif len(parts) > 2 and all(len(p) == 3 for p in parts[1:-1]):
        integer, fraction = "".join(parts[:-1]), parts[-1]
    else:
        integer, fraction = parts[0], parts[1] if len(parts) == 2 else ""
    if scale != 1:
        value = Decimal(f"{integer}.{fraction or 0}") * scale
        integer, _, fraction = f"{value:f}".partition(".")
    integer = integer.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    if fraction:
        return f"{integer}.{fraction}"
    if len(integer) == 1:
        return None
    return integer


# -- names ---------------------------------------------------------------------------------------------------
@cache
def _digraphs(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The digraph pattern and map for names in a ``lang`` text: the general ones and the language's readings."""
    t = _tables()
    mapping = {**t.digraph_map, **t.readings.get(lang, {})}
    pattern = re.compile("|".join(re.escape(d) for d in sorted(mapping, key=lambda d: (-len(d), d))))
    return pattern, mapping


@lru_cache(maxsize=200_000)
def name_skeleton(word: str, lang: str | None = None) -> str:
    """The phonetic skeleton of a name in any script the tables know ("Шевчук", "Szewczuk" -> "svsk").

    Steps (module docstring): lower case, transliterate, strip diacritics, strip a Slavic case ending,
    fold digraphs (with the readings of ``lang``, the language of the text the name is written in: German
    "ch" is Russian "х"), read a bare "c" as "k" before a, o, u and consonants (outside the languages where it
    is "ts"), merge letter classes, drop vowels after the first letter (a leading vowel becomes "a"),
    collapse doubled letters. A HEURISTIC: distinct names can share a skeleton; the caller weights keys by
    rarity so that a collision on a common skeleton costs little.
    """
    t = _tables()
    w = _POSSESSIVE.sub("", word.casefold()).translate(t.letters)
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode("ascii")
    w = _NON_LETTER.sub("", w)
    if len(w) >= 5:
        for ending in t.endings:
            if w.endswith(ending) and len(w) - len(ending) >= 3:
                w = w[:-len(ending)]
                break
    digraphs, mapping = _digraphs(lang or "")
    w = digraphs.sub(lambda m: mapping[m.group()], w)
    if "c" in w and lang not in t.c_is_ts:
        w = _HARD_C.sub("k", w)
    w = w.translate(t.classes)
    if not w:
        return ""
    head = "a" if w[0] in t.vowels else w[0]
    body = "".join(c for c in w[1:] if c not in t.vowels)
    skeleton = _REPEATS.sub(r"\1", head + body)
    if len(skeleton) >= _MIN_SKELETON:
        return skeleton
    # A short name ("Kyiv", "Modi", "Gaza") has too few consonants to tell it from other words: keep where
    # its vowels are (each run one "a", the last run dropped, where Slavic case endings are: "Киеве", "Газы").
    marked = "".join("a" if c in t.vowels else c for c in w).rstrip("a")
    return _REPEATS.sub(r"\1", marked)


def _acronym(word: str) -> str:
    t = _tables()
    w = word.casefold().translate(t.letters)
    if not w.isascii():
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode("ascii")
    return _NON_LETTER.sub("", w)


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].rstrip(_LEAD_IN)
    return not before or before[-1] in _SENTENCE_END


def _title_case_end(text: str) -> int:
    """The end of the first line when it is a Title Case headline, else 0."""
    end = text.find("\n")
    if end < 0:
        return 0  # a one-line text is its own body
    line = text[:end]
    words = line.split()
    # A sentence full of names ends in a full stop; a headline does not.
    if len(words) < _TITLE_CASE_MIN_WORDS or line.rstrip().endswith("."):
        return 0
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(line) if capitals >= _TITLE_CASE_SHARE * len(words) else 0


def _names(text: str, lang: str | None, months: frozenset[str], not_names: frozenset[str]
           ) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """Names, name pairs, acronyms and the sentence openers that are not also names, each with the offset
    where it first occurs."""
    skip_until = _title_case_end(text)
    aliases = _tables().acronym_aliases
    inside: dict[str, int] = {}
    openers: dict[str, int] = {}
    pairs: dict[str, int] = {}
    acronyms: dict[str, int] = {}
    prev_end = -2
    prev_skeleton = ""
    for m in _CAPITALISED.finditer(text, skip_until):
        word = m.group()
        folded = word.casefold()
        if len(word) < 2 or folded in months or folded in not_names:
            prev_end = -2
            continue
        if word.isupper() and len(word) <= _MAX_ACRONYM:
            acronym = _acronym(word)
            if len(acronym) >= 2:
                # A body whose acronym languages translate (OTAN, ООН) keys as one spelling of it.
                acronyms.setdefault(aliases.get(acronym, acronym), m.start())
            prev_end = -2
            continue
        skeleton = name_skeleton(word, lang)
        if len(skeleton) < _MIN_SKELETON:
            prev_end = -2
            continue
        start = m.start()
        if _is_sentence_start(text, start):
            openers.setdefault(skeleton, start)
        else:
            inside.setdefault(skeleton, start)
        if prev_end >= 0 and start == prev_end + 1 and text[prev_end] in " \u00a0":
            pairs.setdefault(f"{prev_skeleton} {skeleton}", start)
        prev_end = m.end()
        prev_skeleton = skeleton
    # A capitalised sentence opener is a name only when the text also capitalises it mid-sentence: that
    # keeps "The", "However", "Но" out without a stop-list per language.
    names = dict(inside)
    only_openers: dict[str, int] = {}
    for skeleton, start in openers.items():
        if skeleton in names:
            names[skeleton] = min(start, names[skeleton])
        else:
            only_openers[skeleton] = start
    return names, pairs, acronyms, only_openers


# -- dates ---------------------------------------------------------------------------------------------------
def _dates(text: str, lang: str | None) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """Day-month keys ("11-26") with their first offsets, and the spans they came from (so that their digits
    are not also numbers)."""
    t = _tables()
    table = t.months_by_lang.get(lang or "", {})
    found: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for d in _DAY.finditer(text):
        day = int(d.group())
        if not 1 <= day <= 31 or _after_number(text, d.start()):
            continue
        after = t.date_day_month.match(text, d.end())
        if after is not None:
            form = after.group("month").casefold()
            month = table.get(form) or t.months_any.get(form)
            if month is not None:
                _first(found, f"{month:02d}-{day:02d}", d.start())
                spans.append((d.start(), after.end()))
        before = t.date_month_day.search(text, max(0, d.start() - _MONTH_BEFORE), d.start())
        if before is not None and _DAY_END.match(text, d.end()) is not None:
            form = before.group("month").casefold()
            month = table.get(form) or t.months_any.get(form)
            if month is not None:
                _first(found, f"{month:02d}-{day:02d}", before.start())
                spans.append((before.start(), d.end()))
    for m in _NUMERIC_DATE.finditer(text):
        if _after_number(text, m.start()):
            continue
        day_s = m.group("day") or m.group("iday")
        month_s = m.group("month") or m.group("imonth")
        day, month = int(day_s), int(month_s)
        if month > 12 >= day:  # the US order "11/26/2014"
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= 31:
            _first(found, f"{month:02d}-{day:02d}", m.start())
            spans.append(m.span())
    return found, spans


def _relative_dates(text: str, end: int, lang: str, published: date) -> dict[str, int]:
    """Day-month keys of the relative day words before ``end`` ("on Tuesday", "накануне"), read against the
    day of publication: a weekday is its last occurrence on or before that day, "yesterday" the day before.

    A HEURISTIC: news dates a statement by its weekday far more often than by a future one, and a report and
    its translation published the same day resolve alike even when wrong. Two texts that both wrote the date
    share its key; one that wrote "on Tuesday" and one that wrote "November 25" now do too.
    """
    words = _relative_days(lang)
    if words is None:
        return {}
    found: dict[str, int] = {}
    for m in words.pattern.finditer(text, 0, end):
        form = " ".join(m.group().casefold().split())
        weekday = words.weekdays.get(form)
        if weekday is not None:
            day = published - timedelta(days=(published.weekday() - weekday) % 7)
        else:
            day = published + timedelta(days=words.offsets.get(form, 0))
        _first(found, f"{day.month:02d}-{day.day:02d}", m.start())
    return found


def _after_number(text: str, start: int) -> bool:
    """Whether ``start`` continues a number (the look-behind the day patterns leave to Python)."""
    return start > 0 and text[start - 1] in _NOT_BEFORE_NUMBER


def _first(found: dict[str, int], key: str, start: int) -> None:
    if start < found.get(key, start + 1):
        found[key] = start


def _numbers(text: str, date_spans: list[tuple[int, int]], lang: str | None) -> dict[str, int]:
    t = _tables()
    found: dict[str, int] = {}
    for m in _NUMBER.finditer(text):
        start = m.start()
        if date_spans and any(s <= start < e for s, e in date_spans):
            continue
        scaled = t.scale.match(text, m.end())
        value = normalise_number(m.group(), t.scale_values[scaled.group("word").casefold()] if scaled else 1)
        if value is not None:
            found.setdefault(value, start)
    words = _number_words(lang) if lang else None
    if words is not None:
        # "twenty", "сорок", "cent": a round figure written as a word (a HEURISTIC: a tens word beside a unit
        # word is part of a larger number, "twenty-five", "two hundred", and is skipped rather than added up).
        for m in words.tens.finditer(text):
            start, end = m.span()
            if ((start and (text[start - 1].isalnum() or text[start - 1] == "_"))
                    or (end < len(text) and (text[end].isalnum() or text[end] == "_"))
                    or words.unit_before.search(text, max(0, start - _UNIT_CHARS), start)
                    or words.unit_after.match(text, end)):
                continue
            number = words.values.get(" ".join(m.group().casefold().split()))
            if number is not None:
                _first(found, str(number), start)
    return found


# -- quotes --------------------------------------------------------------------------------------------------
def _quotes(text: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for m in _tables().quote.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        words = _WORD.findall(inner.casefold())
        for i in range(len(words) - 2):
            found.setdefault(f"{words[i]} {words[i + 1]} {words[i + 2]}", m.start())
            if len(found) >= _MAX_QUOTE_KEYS:
                return found
    return found


# -- the API -------------------------------------------------------------------------------------------------
def lead_end(text: str, min_chars: int) -> int:
    """Where the lead ends: at the first sentence end or line break at or after ``min_chars`` characters.

    A HEURISTIC for "the headline and the first sentence or two": news puts who said what, when, in the
    lead, and background (other people, earlier events, figures of other stories) after it.
    """
    if min_chars <= 0:
        return 0
    if len(text) <= min_chars:
        return len(text)
    m = _LEAD_BREAK.search(text, min_chars)
    return m.end() if m else len(text)


def lead_word_pairs(text: str, min_chars: int) -> npt.NDArray[np.uint32]:
    """Hashes of the pairs of adjacent words of the lead (:func:`lead_end`), as sorted unique uint32.

    Words are runs of four letters or more, lower-cased and cut to their first six letters (a crude stem:
    "сделке" / "сделка", "announced" / "announces" agree); a pair is two such words in a row once the
    shorter words between them are skipped. Two rewrites of one report in one language keep phrases of its
    headline and first sentence ("grain deal", "зерновой сделке") although they share no five-word run;
    pairs are much rarer across unrelated texts than single words, so they cost little in a corpus-wide
    product. They only ever match within one language. A HEURISTIC, like every key here; 32-bit hashes
    suffice for an inverse document frequency (a collision merely joins two rare pairs).
    """
    end = lead_end(text, min_chars)
    words = [w.lower()[:_STEM_CHARS] for w in _LEXICAL_WORD.findall(text, 0, end)]
    if len(words) < 2:
        return np.empty(0, dtype=np.uint32)
    hashes = {xxhash.xxh32_intdigest(f"{a} {b}".encode()) for a, b in itertools.pairwise(words)}
    return np.unique(np.fromiter(hashes, dtype=np.uint32, count=len(hashes)))


def extract_keys(text: str, lang: str | None = None, *, lead_chars: int = 0,
                 published: date | None = None) -> TextKeys:
    """The keys of ``text`` (module docstring). ``lang`` (ISO 639-1) picks the month table when given.

    With ``lead_chars``, :attr:`TextKeys.lead` holds the keys first seen before :func:`lead_end`. With
    ``published`` (the day the text appeared) and ``lang``, a relative day in the lead ("on Tuesday",
    "вчера") is read as the date it means (:func:`_relative_dates`; the whole text when ``lead_chars`` is 0).
    """
    t = _tables()
    dates, date_spans = _dates(text, lang)
    if published is not None and lang:
        end = lead_end(text, lead_chars) if lead_chars > 0 else len(text)
        for value, start in _relative_dates(text, end, lang, published).items():
            _first(dates, value, start)
    names, pairs, acronyms, openers = _names(text, lang, t.month_words, t.not_names)
    numbers = _numbers(text, date_spans, lang)
    # A year ("by 2026", "in 2023") dates the context of a statement, like a day: it is not one of its figures.
    for value in [v for v in numbers if _YEAR.fullmatch(v)]:
        _first(dates, value, numbers.pop(value))
    quotes = _quotes(text)
    lead: set[str] = set()
    end = lead_end(text, lead_chars)
    if end:
        for kind, found in ((NUMBER, numbers), (DATE, dates), (NAME, names), (NAME_PAIR, pairs),
                            (ACRONYM, acronyms), (QUOTE, quotes), (NAME, openers)):
            lead.update(f"{kind}:{v}" for v, start in found.items() if start < end)
    return TextKeys(
        numbers=frozenset(numbers),
        dates=frozenset(dates),
        names=frozenset(names),
        name_pairs=frozenset(pairs),
        acronyms=frozenset(acronyms),
        quotes=frozenset(quotes),
        lead=frozenset(lead),
        openers=frozenset(openers),
    )


def _by_kind(keys: TextKeys) -> tuple[tuple[str, frozenset[str], int], ...]:
    """(kind, values, flag bits) for every part of ``keys``: sentence openers hash as names, flagged."""
    return ((NUMBER, keys.numbers, 0), (DATE, keys.dates, 0), (NAME, keys.names, 0),
            (NAME_PAIR, keys.name_pairs, 0), (ACRONYM, keys.acronyms, 0), (QUOTE, keys.quotes, 0),
            (NAME, keys.openers, OPENER_BIT))


def hash_keys(keys: TextKeys) -> np.ndarray:
    """The keys as sorted unique uint64 hashes: xxh3 of ``kind:value`` in the low 59 bits, the kind in the top
    three, :data:`OPENER_BIT` set on a sentence opener (so ``hash & ~OPENER_BIT`` is its name's hash)."""
    out: list[int] = []
    for kind, values, flag in _by_kind(keys):
        top = (_KIND_CODE[kind] << _KIND_SHIFT) | flag
        out.extend(top | (xxhash.xxh3_64_intdigest(f"{kind}:{v}".encode()) & _LOW_BITS) for v in values)
    return np.unique(np.asarray(out, dtype=np.uint64))


def hash_keys_with_lead(keys: TextKeys) -> tuple[np.ndarray, npt.NDArray[np.bool_]]:
    """:func:`hash_keys`, and beside each hash whether the key is in :attr:`TextKeys.lead` (one pass)."""
    out: list[int] = []
    lead: list[bool] = []
    for kind, values, flag in _by_kind(keys):
        top = (_KIND_CODE[kind] << _KIND_SHIFT) | flag
        for v in values:
            string = f"{kind}:{v}"
            out.append(top | (xxhash.xxh3_64_intdigest(string.encode()) & _LOW_BITS))
            lead.append(string in keys.lead)
    hashes, first = np.unique(np.asarray(out, dtype=np.uint64), return_index=True)
    return hashes, np.asarray(lead, dtype=np.bool_)[first]


def key_kind(hashes: np.ndarray) -> np.ndarray:
    """The kind index (into :data:`KINDS`) of each key hash."""
    return (hashes >> np.uint64(_KIND_SHIFT)).astype(np.int8)


def independent_mask(hashes: np.ndarray) -> npt.NDArray[np.bool_]:
    """True for keys that can match across languages (everything but quotes)."""
    mask: npt.NDArray[np.bool_] = key_kind(hashes) != _KIND_CODE[QUOTE]
    return mask
