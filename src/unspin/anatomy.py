"""The anatomy of an article: headline, repeated blocks, dateline, byline and timestamp lines.

Scraped news pages arrive as plain text with the page's furniture still in it: the title printed twice, a
date stamp between the title and the body, a house byline, a wire dateline opening the first paragraph, a
credits tagline at the foot. This stage finds those parts so that later stages read the body, and so that an
analyst sees where a story says it came from (place, date, agency) before reading what it says.

Everything here is a heuristic over lines (``unspin.segment.iter_lines``): a line is a headline when it looks
like one, a dateline when its start has the shape of one. The rules and the word lists (month names in seven
languages, agency names and their Cyrillic spellings, byline openers) are in ``unspin/data/anatomy/*.json``.

Layers written (attrs are a contract other stages and exports read):

``headline``  label ``"headline"``, attrs ``{}``; at most one.
``repeated``  label ``"headline"`` or ``"block"``; attrs ``{"of": [start, end], "kind": same as label}``.
``dateline``  label ``"dateline"``; attrs ``{"place", "date", "date_iso", "wire"}``; at most one.
``byline``    label ``"byline"`` or ``"credits"``; attrs ``{"names": [[start, end], ...]}``.
``timestamp`` label ``"timestamp"``; attrs ``{"date", "date_iso"}``.

Labels written: ``labels["wire"]`` (the dateline's wire, else the first credited wire, else None) and
``labels["wire_credits"]`` (every "TASS reports" / "передает ТАСС" phrase: ``{"wire", "span"}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from unspin.document import BYLINE, DATELINE, HEADLINE, REPEATED, TIMESTAMP, Document, Span
from unspin.segment import iter_lines
from unspin.settings import Settings
from unspin.wordlists import load_object

__all__ = ["annotate_anatomy", "canonical_wire", "parse_date"]

# A headline is a title, not a paragraph: beyond these sizes a first line is body text. The longest titles in
# the PTC corpus are ~31 words / ~200 characters; 40 words leaves room for tabloid titles.
_MAX_HEADLINE_WORDS = 40
_MAX_HEADLINE_CHARS = 320
# Titles ending in a period exist ("Assange Never Met Manafort."), but they are short; a long line ending in a
# period is a lead paragraph (an op-ed or a Russian item that opens with a quote).
_MAX_PERIOD_HEADLINE_WORDS = 12
# A repeated line is reported only when it has some substance: twice "Share" or "1 Min Read" is page
# furniture, not a repeated block worth an analyst's attention.
_MIN_REPEAT_WORDS = 4
_MIN_REPEAT_CHARS = 20
# A repeated title may carry the site's or agency's name after it; up to this much tail still counts.
_HEADLINE_SUFFIX_WORDS = 4
_HEADLINE_SUFFIX_CHARS = 40
# A dateline opens one of the first body paragraphs. Short furniture lines ("SPONSORED", "1 Min Read") and
# bullet lines do not count against this budget; LOOKAHEAD caps how far we walk at all.
_DATELINE_BODY_LINES = 3
_DATELINE_LOOKAHEAD = 12
# Bylines stand near the top; credits taglines at the foot.
_BYLINE_TOP_LINES = 10
_CREDITS_BOTTOM_LINES = 6
_MAX_BYLINE_CHARS = 160
_MAX_TIMESTAMP_CHARS = 90
# A dateline date without a year takes the publication year when the publication date is the same day or at
# most this many days later (wire copy is republished within days; older gaps are left unresolved).
_DATELINE_YEAR_SLACK_DAYS = 7
# How far before an agency's name a crediting phrase may start ("со ссылкой на агентство" fits).
_CREDIT_WINDOW = 40


# -- data --------------------------------------------------------------------------------------------------
@cache
def _load(name: str) -> dict[str, Any]:
    return load_object("anatomy", name)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that "ноября" wins over "ноя"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _fold(text: str) -> str:
    """Comparison key for wire names: case and quote marks do not matter ("РИА «Новости»")."""
    return " ".join(re.sub(r"[«»\"“”„'’]", "", text).casefold().split())


@dataclass(frozen=True, slots=True)
class _Tables:
    months: dict[str, int]
    weekdays: frozenset[str]
    wires: dict[str, str]  # folded alias -> canonical name
    byline_titles: frozenset[str]
    particles: frozenset[str]
    not_name_starts: frozenset[str]
    place_prepositions: frozenset[str]
    house_words: frozenset[str]
    timestamp: re.Pattern[str]
    dateline: re.Pattern[str]
    date: re.Pattern[str]
    month_word: re.Pattern[str]
    byline: re.Pattern[str]
    house: re.Pattern[str]
    credits: re.Pattern[str]
    credits_inline: re.Pattern[str]
    separators: re.Pattern[str]
    wire_name: re.Pattern[str]
    credit_before: re.Pattern[str]
    credit_after: re.Pattern[str]


# Character classes for capitalised words in Latin and Cyrillic scripts (the languages unspin reads).
_UP = r"A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐ"
_LOW = r"a-zß-öø-ÿа-яёїієґ"
_DASH = r"(?:--|[-–—−])"
_YEAR = r"(?:1[89]|20)\d\d"
_TIME = (r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*\(?(?:GMT|UTC|MSK|МСК|ET|EST|EDT|CET|CEST|EET|EEST|BST)(?:[+-]\d{1,2})?\)?)?")


@cache
def _tables() -> _Tables:
    dates = _load("dates.json")
    wires_data = _load("wires.json")
    bylines = _load("bylines.json")

    months: dict[str, int] = {}
    for forms in dates["months"].values():
        months.update({k.casefold(): int(v) for k, v in forms.items()})
    weekdays = frozenset(w.casefold() for forms in dates["weekdays"].values() for w in forms)
    # An abbreviation ("Jan", "нояб") may take a dot; a full name may not, so that the dot in
    # "27 ноября. INTERFAX.RU" stays outside the date.
    abbreviations = {f for f, n in months.items() if any(g != f and g.startswith(f) and months[g] == n
                                                          for g in months)} | {"sept"}
    month = (rf"(?i:(?:{_alternation(abbreviations)})(?![{_UP}{_LOW}])\.?"
             rf"|(?:{_alternation(months.keys() - abbreviations)})(?![{_UP}{_LOW}]))")
    weekday = rf"(?i:(?:{_alternation(weekdays)})(?![{_UP}{_LOW}])\.?)"
    joiner = rf"(?i:{_alternation(dates['joiners'])})"
    year_suffix = rf"(?:[ \t]*(?i:{_alternation(dates['year_suffixes'])})(?![{_UP}{_LOW}])\.?)?"
    # Every written form of a date we accept: "30 of November", "27 ноября 2014", "4 de mayo de 2020",
    # "November 2, 2014", "Jan. 5", "3. März 2021", "2024-11-23", "23.11.2024".
    date_text = (
        rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?\.?[ \t]*(?:{joiner}[ \t]+)?{month}"
        rf"(?:,?[ \t]*(?:{joiner}[ \t]+)?{_YEAR}{year_suffix})?"
        rf"|{month}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:,?[ \t]+{_YEAR}{year_suffix})?"
        rf"|{_YEAR}-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./]{_YEAR}{year_suffix})"
    )
    prefix = rf"(?i:{_alternation(dates['timestamp_prefixes'])})"
    relative = rf"(?i:{_alternation(dates['relative_days'])})(?![{_UP}{_LOW}])"
    sep = r"(?:(?<=\d)T(?=\d)|[ \t]*(?:[,/|·•–—-]|\bat\b)?[ \t]*)"  # "T" as in 2024-11-23T10:00
    age = rf"(?:{sep}\d+[ \t]+[{_UP}{_LOW}]+[ \t]+(?i:{_alternation(dates['age_words'])}))?"
    timestamp = re.compile(
        rf"(?:{prefix}[ \t]*:?[ \t]*(?:(?i:on|le|am|el|il)[ \t]+)?)?(?:{weekday},?[ \t]+)?"
        rf"(?:(?P<d1>{date_text})(?:{sep}(?:{joiner}[ \t]+)?{_TIME})?"
        rf"|{_TIME}{sep}(?:{weekday},?[ \t]+)?(?P<d2>{date_text})"
        rf"|(?P<d3>{relative}){sep}(?:{joiner}[ \t]+)?{_TIME}|{_TIME}{sep}(?P<d4>{relative})){age}[ \t]*")

    wires: dict[str, str] = {}
    for canonical, aliases in wires_data["wires"].items():
        wires[_fold(canonical)] = canonical
        wires.update({_fold(a): canonical for a in aliases})
    all_aliases = {a for aliases in wires_data["wires"].values() for a in aliases}
    # In a dateline an agency may be written in any case ("ИНТЕРФАКС-УКРАИНА", "Sputnik").
    known_wire = rf"(?i:{_alternation(all_aliases)})(?![{_UP}{_LOW}\d])"

    capword = rf"[{_UP}](?:[{_UP}'’]|-(?=[{_UP}])|\.(?=[{_UP}]))*\.?"
    titleword = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*"
    place = rf"(?:{capword}(?:[ \t]{capword}){{0,3}}|{titleword}(?:[ \t]{titleword}){{0,2}})"
    not_date = rf"(?!{month}[ \t]*\d)(?!{weekday}(?![{_UP}{_LOW}]))"  # ", Feb. 14" is the date, not a region
    # ", Ariz." / ", D.C." / ", Austria" after the place, or a bare country ("DONETSK Ukraine")
    region = (rf"(?:,[ \t]*{not_date}(?:(?:[{_UP}]\.){{1,3}}|[{_UP}][{_LOW}]{{1,4}}\."
              rf"|{titleword}(?:[ \t]{titleword}){{0,2}})|[ \t]{not_date}{titleword})")
    dl_date = (rf"(?:{month}[ \t]+\d{{1,2}}(?![\d:])(?:,[ \t]*{_YEAR})?"
               rf"|\d{{1,2}}\.?[ \t]+(?:(?i:de)[ \t]+)?{month}(?:[ \t]+(?:(?i:de)[ \t]+)?{_YEAR})?)")
    dateline = re.compile(
        rf"(?:(?P<place>{place})(?P<region>{region})?(?:[ \t]*[,.][ \t]*(?P<date>{dl_date}))?"
        rf"|(?P<date0>{dl_date}))?"
        rf"(?:[ \t]*[,.]?[ \t]*/[ \t]*(?P<ws>[^/\n]{{2,30}}?)[ \t]*/(?:[ \t]*[.:])?(?:[ \t]*(?P<d1>{_DASH}))?"
        rf"|[ \t]*,?[ \t]*\((?P<wp>[^()\n]{{2,40}})\)(?:[ \t]*[.:])?(?:[ \t]*(?P<d2>{_DASH}))?"
        rf"|[ \t]*[,.]?[ \t]*(?:{_DASH}[ \t]*)?(?P<wb>{known_wire})[ \t]*(?:[.:]|{_DASH}|(?=,))"
        rf"|(?:[ \t]+(?P<d3>{_DASH})|(?P<d4>{_DASH})(?=[ \t]))"
        rf"|(?(date)(?P<dot>\.)(?=[ \t])|(?!)))")  # a bare period closes a dateline only after a date

    openers = _alternation(bylines["openers"])
    byline = re.compile(rf"(?:{openers})[ \t]+(?=\S)")
    house = re.compile(rf"[{_UP}][\w.&'’-]*(?:[ \t][{_UP}][\w.&'’-]*){{0,3}}[ \t]+"
                       rf"(?:{_alternation(bylines['house_words'])})")
    credit_openers = rf"(?i:{_alternation(bylines['credit_openers'])})"
    credits = re.compile(rf"\(?{credit_openers}[ \t]+")
    credits_inline = re.compile(rf"\({credit_openers}[ \t]+[^()\n]{{2,200}}\)")
    joiners = _alternation(bylines["name_joiners"])
    separators = re.compile(rf"[ \t]*(?:[,;|/]|[ \t][–—-][ \t]|(?<![^\s])(?:{joiners})(?![^\s]))[ \t]*")

    before = rf"(?i:{_alternation(wires_data['credits_before'])})"
    after = rf"(?i:{_alternation(wires_data['credits_after'])})"
    # Only spellings that start with a capital are scanned for in running text: the regex engine can then
    # skip ahead on the (rarer) capital letters, which makes the scan about three times faster; "dpa" and
    # "ria.ru" still count in datelines. No look-behind at the front, for the same reason.
    scanned = {a for a in all_aliases if a[:1].isupper()}
    wire_name = re.compile(rf"(?:{_alternation(scanned)})(?![{_UP}{_LOW}\d])")
    # the crediting phrase must touch the name, with at most an opening or closing quote mark between
    credit_before = re.compile(rf"(?<![{_UP}{_LOW}])(?:{before})[ \t]+[«\"“„]?\Z")
    credit_after = re.compile(rf"[»\"”“]?[ \t]+(?:{after})(?![{_UP}{_LOW}])")

    return _Tables(
        months=months, weekdays=weekdays, wires=wires,
        byline_titles=frozenset(t.casefold() for t in bylines["titles"]),
        particles=frozenset(bylines["name_particles"]),
        not_name_starts=frozenset(w.casefold() for w in bylines["not_name_starts"]),
        place_prepositions=frozenset(bylines["place_prepositions"]),
        house_words=frozenset(bylines["house_words"]),
        timestamp=timestamp, dateline=dateline, date=re.compile(date_text),
        month_word=re.compile(month), byline=byline, house=house, credits=credits,
        credits_inline=credits_inline, separators=separators, wire_name=wire_name,
        credit_before=credit_before, credit_after=credit_after)


# -- small public helpers ----------------------------------------------------------------------------------
def canonical_wire(name: str) -> str | None:
    """The canonical agency name for a spelling ("ТАСС" -> "TASS", "INTERFAX.RU" -> "Interfax"), else None."""
    return _tables().wires.get(_fold(name.strip(" \t./-:")))


_NUMBER = re.compile(r"\d+")


def parse_date(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date as written in any form the anatomy patterns accept, else None.

    Heuristic for all-number dates: "23.11.2024" is day.month.year (the European order of our sources);
    an impossible month there is swapped for the US order ("11/23/2024").
    """
    t = _tables()
    month = None
    m = t.month_word.search(text)
    if m:
        month = t.months.get(m.group().rstrip(".").casefold())
    numbers = [int(n) for n in _NUMBER.findall(text)]
    year = next((n for n in numbers if n >= 1800), None)
    rest = [n for n in numbers if n < 1800]
    if month is None:
        if year is None or len(rest) != 2:
            return None
        if re.match(_YEAR, text.strip()):  # ISO: year first, then month, day
            month, day = rest
        else:
            day, month = rest
            if month > 12 >= day:
                day, month = month, day
    else:
        if len(rest) != 1:
            return None
        day = rest[0]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def _iso(parsed: tuple[int | None, int, int] | None) -> str | None:
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _published(doc: Document) -> date | None:
    raw = doc.meta.get("published")
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and len(raw) >= 10:
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            return None
    return None


def _year_for(month: int, day: int, anchor: date | None) -> int | None:
    """The year that puts month/day on or at most a few days before ``anchor`` (the page's own date)."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if timedelta(0) <= anchor - candidate <= timedelta(days=_DATELINE_YEAR_SLACK_DAYS):
            return year
    return None


# -- the stage ---------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    taken: bool = False  # already explained by another anatomy part


def annotate_anatomy(doc: Document, *, settings: Settings) -> None:
    """Add the headline, repeated, dateline, byline and timestamp spans and the wire labels to ``doc``."""
    del settings  # nothing to tune here yet; the stage signature is the pipeline's contract
    text = doc.text
    t = _tables()
    lines = [_Line(s, e, text[s:e]) for s, e in iter_lines(text)]
    spans: list[Span] = []

    timestamps = _find_timestamps(lines, t)
    spans.extend(timestamps)

    head_index = _find_headline(lines, text, t)
    headline: Span | None = None
    if head_index is not None:
        first, last = head_index
        headline = Span(lines[first].start, lines[last].end, HEADLINE, "headline")
        spans.append(headline)
        for line in lines[first:last + 1]:
            line.taken = True

    spans.extend(_find_repeats(lines, headline, text))
    spans.extend(_find_bylines(lines, t))

    anchor = _published(doc) or _first_dated(timestamps)
    body_from = head_index[1] + 1 if head_index else 0
    dateline = _find_dateline(lines, body_from, t, anchor)
    if dateline is not None:
        spans.append(dateline)

    credits = _find_wire_credits(text, t, dateline)
    doc.add(spans)
    wire = dateline.attrs["wire"] if dateline is not None else None
    doc.labels["wire"] = wire or (credits[0]["wire"] if credits else None)
    doc.labels["wire_credits"] = credits


_DIGIT = re.compile(r"\d")


# -- timestamps --------------------------------------------------------------------------------------------
def _find_timestamps(lines: list[_Line], t: _Tables) -> list[Span]:
    found = []
    for line in lines:
        # Cheap filter first: a timestamp line is short and has a digit in it.
        if len(line.text) > _MAX_TIMESTAMP_CHARS or _DIGIT.search(line.text) is None:
            continue
        m = t.timestamp.fullmatch(line.text)
        if m is None:
            continue
        written = m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4")
        iso = _iso(parse_date(written))  # None for "Вчера, 10:22": relative to a crawl we do not know
        found.append(Span(line.start, line.end, TIMESTAMP, "timestamp",
                          attrs={"date": written, "date_iso": iso}))
        line.taken = True
    return found


def _first_dated(timestamps: list[Span]) -> date | None:
    """The first timestamp with a full date: a page's own date anchors a year-less dateline."""
    for span in timestamps:
        iso = span.attrs.get("date_iso")
        if isinstance(iso, str) and not iso.startswith("--"):
            return date.fromisoformat(iso)
    return None


# -- headline ----------------------------------------------------------------------------------------------
_SENTENCE_BREAK = re.compile(r"[.!?][»\"”’)]?\s+[«\"“]?[" + _UP + r"]")
_WORD = re.compile(r"\S+")


def _looks_like_headline(line: str, t: _Tables) -> bool:
    """Heuristic: short, a single sentence, no final period unless very short, not a byline or dateline."""
    words = len(_WORD.findall(line))
    if words > _MAX_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    opener = t.byline.match(line)
    if opener is not None and _byline_names(line, opener.end(), t) is not None:
        return False
    if _match_dateline(line, t) is not None:
        return False
    if line.rstrip("»\"”’)").endswith(".") and not line.endswith(".."):
        if words > _MAX_PERIOD_HEADLINE_WORDS or _SENTENCE_BREAK.search(line):
            return False
    elif words > 8 and len(_SENTENCE_BREAK.findall(line)) >= 2:
        return False  # several sentences without a final period: a clipped paragraph
    return True


def _find_headline(lines: list[_Line], text: str, t: _Tables) -> tuple[int, int] | None:
    """(first, last) line index of the headline, or None.

    The first line is the title of nearly every scraped page; a date stamp may stand above it (then the
    second line is the title). A title broken over two lines ("... Dept.\\nfires officer ...") continues on
    a line beginning with a lower-case letter.
    """
    index = 0
    while index < len(lines) and lines[index].taken and index < 2:
        index += 1  # a timestamp above the title
    if index >= len(lines) or lines[index].taken or not _looks_like_headline(lines[index].text, t):
        return None
    last = index
    if index + 1 < len(lines):
        nxt = lines[index + 1]
        joined_len = nxt.end - lines[index].start
        if (nxt.text[:1].isalpha() and nxt.text[:1].islower() and joined_len <= _MAX_HEADLINE_CHARS
                and not nxt.taken and not nxt.text.endswith(".") and "://" not in nxt.text
                and text.count("\n", lines[index].end, nxt.start) == 1):  # directly below, no blank line
            last = index + 1
    return index, last


# -- repeated blocks ---------------------------------------------------------------------------------------
# Punctuation and quote marks dropped from the headline comparison key ("Russia's" vs "Russia’s").
_KEY_DROP = str.maketrans("", "", ".,;:!?\"'«»“”„‘’()[]-–—…*/|")


def _key(text: str) -> str:
    """Comparison key for any block: case folded, white space collapsed.

    Runs on every line, so it is kept cheap: the split-and-join only when there is odd white space at all.
    """
    key = text.casefold()
    if "  " in key or "\t" in key or "\xa0" in key:
        return " ".join(key.split())
    return key


def _loose_key(text: str) -> str:
    """Stricter normalisation for comparing with the headline: punctuation and quote marks dropped too."""
    return " ".join(text.casefold().translate(_KEY_DROP).split())


def _same_headline(a: str, b: str) -> bool:
    """Equal, or one is the other plus a short tail ("<title> | Site", "<title> - Agency")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short.count(" ") < _MIN_REPEAT_WORDS - 1 or not long.startswith(short + " "):
        return False
    return long[len(short):].count(" ") <= _HEADLINE_SUFFIX_WORDS


def _find_repeats(lines: list[_Line], headline: Span | None, text: str) -> list[Span]:
    """Lines that repeat an earlier line (case and white space aside), or the headline (punctuation aside).

    The headline is compared more loosely because scraped pages print it twice with different quote marks;
    it is also exempt from the size floor (a short title printed twice is still the doubled title).
    """
    seen: dict[str, tuple[int, int]] = {}
    head_loose = head_start = ""
    head_span = (0, 0)
    if headline is not None:
        head_span = (headline.start, headline.end)
        head_loose = _loose_key(text[headline.start:headline.end])
        head_start = head_loose.split(" ", 1)[0]  # cheap first test: the line starts with the same word
        seen[_key(text[headline.start:headline.end])] = head_span
    found = []
    for line in lines:
        if headline is not None and headline.start <= line.start < headline.end:
            continue
        first: tuple[int, int] | None = None
        kind = "block"
        if head_loose and abs(len(line.text) - len(head_loose)) <= _HEADLINE_SUFFIX_CHARS \
                and head_start in line.text[:len(head_start) + 3].casefold() \
                and _same_headline(_loose_key(line.text), head_loose):
            first, kind = head_span, "headline"
        elif len(line.text) >= _MIN_REPEAT_CHARS:
            key = _key(line.text)
            if key.count(" ") + 1 < _MIN_REPEAT_WORDS:
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = (line.start, line.end)
                continue
        if first is None:
            continue
        found.append(Span(line.start, line.end, REPEATED, kind, attrs={"of": [first[0], first[1]], "kind": kind}))
        line.taken = True
    return found


# -- bylines and credits -----------------------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"\S+")


def _name_run(piece: str, base: int, t: _Tables) -> tuple[tuple[int, int] | None, str]:
    """The leading run of name words in ``piece`` (absolute offsets) and what follows it."""
    end = None
    start = None
    rest = ""
    for m in _NAME_TOKEN.finditer(piece):
        word = m.group()
        bare = word.strip("()\"'«»“”")
        if bare[:1].isupper() or (start is not None and bare in t.particles):
            if start is None:
                if bare.rstrip(".,").casefold() in t.not_name_starts:
                    return None, piece
                start = m.start()
            end = m.end()
        else:
            rest = piece[m.start():]
            break
    if start is None or end is None:
        return None, piece
    # a name ends on a letter or an initial's dot, never on a comma or a quote
    while end > start and piece[end - 1] in ",;:\"'»”)":
        end -= 1
    return (base + start, base + end), rest


def _byline_names(line: str, offset: int, t: _Tables, *, lenient: bool = False) -> list[tuple[int, int]] | None:
    """Names in a byline after its opener, as offsets into ``line``; None when the rest is not names.

    Heuristic: the rest splits on commas, "and" and the like into pieces; each piece is a name (capitalised
    words), a job title or an agency, or a name followed by a place ("in Kyiv"). Anything else (lower-case
    prose, as in "By now, we know") means the line is not a byline. ``lenient`` (credits taglines) keeps
    the names and ignores what does not parse.
    """
    names: list[tuple[int, int]] = []
    pos = offset
    pieces: list[tuple[int, str]] = []
    for m in t.separators.finditer(line, offset):
        pieces.append((pos, line[pos:m.start()]))
        pos = m.end()
    pieces.append((pos, line[pos:]))
    for base, piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        folded_words = {w.strip(".,()").casefold() for w in stripped.split()}
        if folded_words & t.byline_titles or canonical_wire(stripped) is not None:
            continue  # a job title ("Senior Correspondent") or an agency ("Reuters")
        opener = t.credits.match(stripped) if lenient else None
        if opener is not None:  # the next credit in a tagline: "...; Editing by Eric Roe"
            lead += opener.end()
            stripped = stripped[opener.end():]
        name, rest = _name_run(stripped, base + lead, t)
        if name is None:
            if lenient or (names and stripped[:1].isupper()):
                continue  # after a first name, a capitalised non-name is an outlet ("The Daily Courier")
            return None
        rest_words = rest.split()
        if rest_words and rest_words[0] not in t.place_prepositions and not lenient:
            return None
        names.append(name)
    return names if names else None


def _find_bylines(lines: list[_Line], t: _Tables) -> list[Span]:
    found = []
    n = len(lines)
    # Only the top and the foot of the article are read: bylines and taglines live there.
    bottom = max(_BYLINE_TOP_LINES, n - _CREDITS_BOTTOM_LINES)
    for i in [*range(min(n, _BYLINE_TOP_LINES)), *range(bottom, n)]:
        line = lines[i]
        if line.taken or len(line.text) > _MAX_BYLINE_CHARS:
            continue
        label = None
        names: list[tuple[int, int]] | None = None
        m = t.credits.match(line.text)
        if m is not None:
            names = _byline_names(line.text, m.end(), t, lenient=True)
            label = "credits"
        elif i < _BYLINE_TOP_LINES:
            m = t.byline.match(line.text)
            if m is not None:
                names = _byline_names(line.text, m.end(), t)
                label = "byline"
            elif t.house.fullmatch(line.text):
                names, label = [], "byline"  # a house byline ("Reuters Staff"): no person named
        if label is None or names is None:
            continue
        found.append(Span(line.start, line.end, BYLINE, label,
                          attrs={"names": [[line.start + s, line.start + e] for s, e in names]}))
        line.taken = True
    # Wire copy often closes its last paragraph with "(Reporting by ...; Editing by ...)" on the same line.
    for line in lines[max(0, n - 3):]:
        if line.taken:
            continue
        for m in t.credits_inline.finditer(line.text):
            inner = t.credits.match(m.group())
            if inner is None:
                continue
            names = _byline_names(m.group(), inner.end(), t, lenient=True) or []
            s = line.start + m.start()
            found.append(Span(s, line.start + m.end(), BYLINE, "credits",
                              attrs={"names": [[s + a, s + b] for a, b in names]}))
    return found


# -- dateline ----------------------------------------------------------------------------------------------
# Every dateline form ends in a slash, a parenthesis, a dash or (after a date, so a digit) a period, within
# its first few dozen characters. The full pattern costs ~18 µs a line (month names in seven languages,
# matched ignoring case); this check turns most body lines away first.
_DATELINE_HINT = re.compile(r"[/(\d–—−]|-[ \t-]|[ \t]-")
_DATELINE_HINT_CHARS = 80


@dataclass(frozen=True, slots=True)
class _DatelineMatch:
    end: int
    place: tuple[int, int] | None
    date: tuple[int, int] | None
    wire: str | None


def _match_dateline(line: str, t: _Tables, *, first_body_line: bool = False) -> _DatelineMatch | None:
    """The dateline formula at the start of ``line``, validated; None when the line does not open with one.

    Heuristic checks on top of the pattern: a place written in title case ("Geneva -") counts only with a
    date or a known agency, or on the first body line; an unknown credit in parentheses or slashes
    ("(LifeSiteNews)") counts only when a date or a dash comes with it; a bare period after the place counts
    only after a date ("МОСКВА, 27 ноября.").
    """
    if _DATELINE_HINT.search(line, 0, _DATELINE_HINT_CHARS) is None:
        return None
    m = t.dateline.match(line)
    if m is None or m.end() == 0:
        return None
    place = m.group("place")
    date_group = "date" if m.group("date") else ("date0" if m.group("date0") else None)
    wire_raw = m.group("ws") or m.group("wp") or m.group("wb")
    has_dash = any(m.group(g) for g in ("d1", "d2", "d3", "d4"))
    wire = canonical_wire(wire_raw) if wire_raw else None
    if m.group("ws") and wire is None:
        # "/Корр. ТАСС Ольга Лебедева/": a known agency inside a correspondent's credit. Not for parentheses,
        # where "(Reuters photo: ...)" is a picture credit.
        inner = t.wire_name.search(wire_raw)
        wire = canonical_wire(inner.group()) if inner else None
    if wire_raw and wire is None:
        # An unknown credit: keep it as written when it has the shape of a name (one or two capitalised
        # tokens, "LifeSiteNews", "INTELLIHUB"), and only with a date or a dash to confirm it.
        words = wire_raw.split()
        if not (date_group or has_dash) or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return None
        if "-" in wire_raw and len(wire_raw) <= 5:
            return None  # "(R-FL)": a party label, not a credit
        wire = wire_raw.strip()
    if place is None and (wire is None or m.end() == len(line)):
        return None  # "(CNN) The ..." opens a paragraph; "(AP file photo)" alone on a line is a caption
    if place is not None:
        first_word = place.split()[0].rstrip(".,").casefold()
        if first_word in t.weekdays or first_word in t.months:
            return None  # "Monday, March 3." / "March 3, 2015 -": a date, not a place
        letters = sum(c.isalpha() for c in place)
        if letters < 2:
            return None
        all_caps = place == place.upper()
        if not all_caps and date_group is None and wire is None:
            # "Geneva - The ...": a title-case place alone is a dateline only at the head of the body.
            if not first_body_line:
                return None
    rest = line[m.end():].lstrip(" \t,")  # ", Olga Ivanova." after the agency: an author, then the text
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«\"“„'‘("):
        return None  # a dateline is followed by the start of a sentence
    place_span = (m.start("place"), m.end("region") if m.group("region") else m.end("place")) if place else None
    date_span = m.span(date_group) if date_group else None
    end = m.end()
    while end > 0 and line[end - 1].isspace():
        end -= 1
    return _DatelineMatch(end, place_span, date_span, wire)


def _is_furniture(line: str) -> bool:
    """Short lines ("SPONSORED", "1 Min Read") and bullets do not count as body paragraphs."""
    return line[:1] in "*•·–-" or line.count(" ") < 3


def _find_dateline(lines: list[_Line], body_from: int, t: _Tables, anchor: date | None) -> Span | None:
    budget = _DATELINE_BODY_LINES
    first_body = True
    for line in lines[body_from:body_from + _DATELINE_LOOKAHEAD]:
        if line.taken:
            continue
        found = _match_dateline(line.text, t, first_body_line=first_body)
        if found is not None:
            return _dateline_span(line, found, anchor)
        if not _is_furniture(line.text):
            first_body = False
            budget -= 1
            if budget == 0:
                break
    return None


def _dateline_span(line: _Line, found: _DatelineMatch, anchor: date | None) -> Span:
    place = line.text[found.place[0]:found.place[1]] if found.place else None
    written = line.text[found.date[0]:found.date[1]] if found.date else None
    iso = None
    if written is not None:
        parsed = parse_date(written)
        if parsed is not None and parsed[0] is None:
            year = _year_for(parsed[1], parsed[2], anchor)
            if year is not None:
                parsed = (year, parsed[1], parsed[2])
        iso = _iso(parsed)
    return Span(line.start, line.start + found.end, DATELINE, "dateline",
                attrs={"place": place, "date": written, "date_iso": iso, "wire": found.wire})


_OPEN_QUOTES = frozenset('«"“„')
_CLOSE_QUOTES = frozenset('»"”“')


# -- wire credits in running text --------------------------------------------------------------------------
def _find_wire_credits(text: str, t: _Tables, dateline: Span | None) -> list[dict[str, Any]]:
    """Every phrase that credits an agency ("TASS reports", "передает ТАСС", "according to Reuters").

    Agency names are rare, so we find them first (one case-sensitive scan) and only then look at the few
    words around each for a crediting verb; scanning the whole text for the verbs is several times slower.
    """
    credits = []
    for m in t.wire_name.finditer(text):
        if dateline is not None and dateline.start <= m.start() < dateline.end:
            continue
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # inside a longer word
        wire = canonical_wire(m.group())
        if wire is None:
            continue
        start, end = m.start(), m.end()
        before = t.credit_before.search(text, max(0, start - _CREDIT_WINDOW), start)
        after = t.credit_after.match(text, end)
        if before is not None:
            start = before.start()
            if text[start:m.start()].rstrip()[-1:] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES:
                end += 1  # 'сообщает "Интерфакс"': keep the closing quote mark with the name
        elif after is not None:
            end = after.end()
        else:
            continue
        if start > 0 and text[start - 1].isalpha():
            continue
        credits.append({"wire": wire, "span": [start, end]})
    return credits
