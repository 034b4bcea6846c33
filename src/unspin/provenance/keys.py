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
  A year (1900-2099 written as an integer: "by 2026", "in 2023") is a date key, not a number: it dates a
  statement's context like a day does, while the figures are the statement's own (two stories of one
  generated corpus that shared only two years and a day were joined as translations). So a figure that
  happens to read as a year ("2 026 tonnes") counts as context too.
* **dates** -- day and month ("26 ноября", "November 26th", "26. listopadu", "26.11.2014"), from the month
  names of about fifteen languages in ``unspin/data/provenance/keys.json``; the year is left out because
  most datelines omit it.
* **names** -- capitalised words that do not open a sentence (or that open one but also occur inside one),
  reduced to a phonetic skeleton: transliterated to Latin, diacritics stripped, the spellings that
  transliteration conventions disagree on folded ("sh"/"sch"/"sz"/"ch" -> "s", "kh"/"h"/"g" -> "k",
  "w" -> "v"; "ch" is read the English way, so a German or Polish "ch" for "kh" is missed), Slavic case
  endings stripped and vowels dropped after the first letter. So "Кессельринг", "Kesselring" and
  "Кессельрингом" share the key ``p:kslrnk``. Two adjacent names also give a pair key ("Arvid Kesselring" /
  "Арвид Кессельринг"), rarer and so stronger. German capitalises every noun, so German texts get many
  name keys that match nothing; the inverse-document-frequency weighting of the caller keeps them from
  mattering much.
* **acronyms** -- all-capital words, transliterated whole ("НАТО" / "NATO").
* **quotes** -- word 3-grams inside quotation marks, lower-cased in their own script. They only ever match
  within one language, and they are what rewrites of one statement keep verbatim.

The key strings are hashed with xxh3 (stable across processes and runs); the top three bits of each hash
hold the key's kind, so callers can tell language-independent keys from quotes without the strings.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
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
_LOW_BITS = (1 << _KIND_SHIFT) - 1

# A quotation longer than this is a paragraph in quote marks or an unbalanced mark; its 3-grams would flood
# the key set with ordinary prose.
_MAX_QUOTE_CHARS = 600
# Enough 3-grams to identify a quotation; past this a long interview would outweigh every other key.
_MAX_QUOTE_KEYS = 60
# Names shorter than this skeleton are initials or particles ("Li" -> "al"): too many collisions.
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

    def strings(self) -> list[str]:
        """Every key as ``kind:value``, the form :func:`hash_keys` hashes."""
        out: list[str] = []
        for kind, values in ((NUMBER, self.numbers), (DATE, self.dates), (NAME, self.names),
                             (NAME_PAIR, self.name_pairs), (ACRONYM, self.acronyms), (QUOTE, self.quotes)):
            out.extend(f"{kind}:{v}" for v in sorted(values))
        return out

    def lead_keys(self) -> TextKeys:
        """Only the keys first seen in the lead (for :func:`hash_keys`)."""
        def part(kind: str, values: frozenset[str]) -> frozenset[str]:
            return frozenset(v for v in values if f"{kind}:{v}" in self.lead)
        return TextKeys(part(NUMBER, self.numbers), part(DATE, self.dates), part(NAME, self.names),
                        part(NAME_PAIR, self.name_pairs), part(ACRONYM, self.acronyms), part(QUOTE, self.quotes),
                        self.lead)


# -- data ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Tables:
    months_by_lang: dict[str, dict[str, int]]
    months_any: dict[str, int]           # forms that mean the same month in every language that has them
    month_words: frozenset[str]
    not_names: frozenset[str]
    letters: dict[int, str]
    digraphs: re.Pattern[str]
    digraph_map: dict[str, str]
    classes: dict[int, str]
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
    return _Tables(
        months_by_lang=months_by_lang,
        months_any=months_any,
        month_words=frozenset(meanings),
        not_names=frozenset(w.casefold() for w in raw["not_names"]),
        letters=str.maketrans(dict(raw["letters"])),
        digraphs=re.compile("|".join(re.escape(d) for d in sorted(digraph_map, key=lambda d: (-len(d), d)))),
        digraph_map=digraph_map,
        classes=str.maketrans(dict(raw["classes"])),
        vowels=frozenset(raw["vowels"]),
        endings=tuple(sorted(raw["endings"], key=len, reverse=True)),
        date_day_month=day_month,
        date_month_day=month_day,
        quote=re.compile("|".join(quote_alts)),
    )


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
# What may stand between a sentence end and the next word: white space, opening quotes, dashes, bullets.
_LEAD_IN = " \t\u00a0«\"“„‘'(—–-*•"
_SENTENCE_END = frozenset(".!?…:;\n\r")
# The end of a sentence (a full stop, question or exclamation mark before white space) or a line break.
# The words of :func:`lead_word_pairs`: letters only, long enough to skip most function words.
_LEXICAL_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM_CHARS = 6
_LEAD_BREAK = re.compile(r"[.!?…][\"»”’']?(?=\s)|\n")


# -- numbers -------------------------------------------------------------------------------------------------
def normalise_number(written: str) -> str | None:
    """The value of a number as written, in one canonical form ("1 000" -> "1000", "3,50" -> "3.5").

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
    integer = integer.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    if fraction:
        return f"{integer}.{fraction}"
    if len(integer) == 1:
        return None
    return integer


# -- names ---------------------------------------------------------------------------------------------------
@lru_cache(maxsize=200_000)
def name_skeleton(word: str) -> str:
    """The phonetic skeleton of a name in any script the tables know ("Шевчук", "Szewczuk" -> "svsk").

    Steps (module docstring): lower case, transliterate, strip diacritics, strip a Slavic case ending,
    fold digraphs, merge letter classes, drop vowels after the first letter (a leading vowel becomes
    "a"), collapse doubled letters. A HEURISTIC: distinct names can share a skeleton; the caller weights
    keys by rarity so that a collision on a common skeleton costs little.
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
    w = t.digraphs.sub(lambda m: t.digraph_map[m.group()], w).translate(t.classes)
    if not w:
        return ""
    head = "a" if w[0] in t.vowels else w[0]
    body = "".join(c for c in w[1:] if c not in t.vowels)
    return _REPEATS.sub(r"\1", head + body)


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


def _names(text: str, months: frozenset[str], not_names: frozenset[str]
           ) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Names, name pairs and acronyms, each with the offset where it first occurs."""
    skip_until = _title_case_end(text)
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
                acronyms.setdefault(acronym, m.start())
            prev_end = -2
            continue
        skeleton = name_skeleton(word)
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
    for skeleton, start in openers.items():
        if skeleton in names:
            names[skeleton] = min(start, names[skeleton])
    return names, pairs, acronyms


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


def _after_number(text: str, start: int) -> bool:
    """Whether ``start`` continues a number (the look-behind the day patterns leave to Python)."""
    return start > 0 and text[start - 1] in _NOT_BEFORE_NUMBER


def _first(found: dict[str, int], key: str, start: int) -> None:
    if start < found.get(key, start + 1):
        found[key] = start


def _numbers(text: str, date_spans: list[tuple[int, int]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for m in _NUMBER.finditer(text):
        start = m.start()
        if date_spans and any(s <= start < e for s, e in date_spans):
            continue
        value = normalise_number(m.group())
        if value is not None:
            found.setdefault(value, start)
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


def extract_keys(text: str, lang: str | None = None, *, lead_chars: int = 0) -> TextKeys:
    """The keys of ``text`` (module docstring). ``lang`` (ISO 639-1) picks the month table when given.

    With ``lead_chars``, :attr:`TextKeys.lead` holds the keys first seen before :func:`lead_end`.
    """
    t = _tables()
    dates, date_spans = _dates(text, lang)
    names, pairs, acronyms = _names(text, t.month_words, t.not_names)
    numbers = _numbers(text, date_spans)
    # A year ("by 2026", "in 2023") dates the context of a statement, like a day: it is not one of its figures.
    for value in [v for v in numbers if _YEAR.fullmatch(v)]:
        _first(dates, value, numbers.pop(value))
    quotes = _quotes(text)
    lead: set[str] = set()
    end = lead_end(text, lead_chars)
    if end:
        for kind, found in ((NUMBER, numbers), (DATE, dates), (NAME, names), (NAME_PAIR, pairs),
                            (ACRONYM, acronyms), (QUOTE, quotes)):
            lead.update(f"{kind}:{v}" for v, start in found.items() if start < end)
    return TextKeys(
        numbers=frozenset(numbers),
        dates=frozenset(dates),
        names=frozenset(names),
        name_pairs=frozenset(pairs),
        acronyms=frozenset(acronyms),
        quotes=frozenset(quotes),
        lead=frozenset(lead),
    )


def hash_keys(keys: TextKeys) -> np.ndarray:
    """The keys as sorted unique uint64 hashes: xxh3 of ``value`` in the low 61 bits, the kind on top."""
    out: list[int] = []
    for kind, values in ((NUMBER, keys.numbers), (DATE, keys.dates), (NAME, keys.names),
                         (NAME_PAIR, keys.name_pairs), (ACRONYM, keys.acronyms), (QUOTE, keys.quotes)):
        top = _KIND_CODE[kind] << _KIND_SHIFT
        out.extend(top | (xxhash.xxh3_64_intdigest(f"{kind}:{v}".encode()) & _LOW_BITS) for v in values)
    return np.unique(np.asarray(out, dtype=np.uint64))


def hash_keys_with_lead(keys: TextKeys) -> tuple[np.ndarray, npt.NDArray[np.bool_]]:
    """:func:`hash_keys`, and beside each hash whether the key is in :attr:`TextKeys.lead` (one pass)."""
    out: list[int] = []
    lead: list[bool] = []
    for kind, values in ((NUMBER, keys.numbers), (DATE, keys.dates), (NAME, keys.names),
                         (NAME_PAIR, keys.name_pairs), (ACRONYM, keys.acronyms), (QUOTE, keys.quotes)):
        top = _KIND_CODE[kind] << _KIND_SHIFT
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
