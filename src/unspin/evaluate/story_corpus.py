"""A synthetic gold corpus of news stories, built to be hard for any one clustering key.

``generate_gold(n_stories, seed=..., distractors=...)`` writes invented statement articles and what the
news ecosystem does with them, as gold records (the format of :mod:`unspin.evaluate.stories`):

* **original**: an agency report of one statement: an invented actor of an invented organisation, a place, a
  date, numbers (an amount, a count or a percentage), the statement as reported speech in the lead and as a
  direct quote, a reaction, background, and in most a dateline, often with a wire credit. Each statement
  has quoted words of its own (drawn from per-language word lists around its fact, :func:`_said`): real
  reports of different statements share almost no quoted 3-grams, and quotes built from a few shared
  templates made quote evidence look weak on this corpus by construction.
* **exact copy**: the same text on another outlet; only white space, the headline or a footer change.
* **near copy**: the same text edited: a sentence or two dropped, words swapped for synonyms, the lead
  rewritten, the quote's cue shortened, quote marks flattened, a credit line added or the dateline cut.
* **rewrite**: the same event and the same quoted words written anew: other sentence templates, another
  order, other background, another headline.
* **translation**: the story rendered in another language by that language's templates: names
  transliterated (Cyrillic for Russian; another romanisation when the source is Russian; accents dropped
  sometimes), numbers and dates kept but written the local way (``1 250``, ``1.250``, ``3. März``), the
  rest reordered or replaced, as a real translation does. It is a simulation, not good language.
* **distractors**, the hard negatives: the same actor on the same day with another statement; the same
  actor and topic on another day; the same kind of statement by another actor elsewhere. Some are copied
  once (a story of their own); and unrelated documents stand alone.

Publication times vary from minutes (copies) to days (translations, rewrites); some are missing, some are
dates without a time (only when the day is after the original's day, so the gold earliest stays true).
Some outlets copy one agency again and again. Input order is shuffled (crawl order is not publication
order) and ids are random, so neither gives the story away.

Why hard on purpose: a generator that only varies what one method keys on would flatter that method. Here
shingles fail on rewrites and translations, names and numbers are shared by the distractors, and the
templates are shared by unrelated stories; report plain MinHash's score beside any method's so that a
generator that mirrors the method shows.

``generate_gold(..., difficulty="hard")`` writes the corpus as real outlets write it, calibrated on the link
scores of a real multi-language story (tests/gold/stories/README.md): rewrites and translations keep only part
of the facts and word them otherwise, add background of their own and report quotes as speech; a statement
often comes through two agencies' wordings; 15 languages (``HARD_LANGUAGES``), Russian and English above all.
The default, ``"easy"``, is the corpus described above, unchanged.

``generate_scale(n_docs, seed=...)`` streams short articles (80-150 words) of invented words with planted
exact and near copies, for speed benchmarks (tens of thousands of records per second).

Both are deterministic for a seed. Word lists and templates are JSON under
``unspin/data/provenance/corpus/``.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any, Final

from unspin.wordlists import load_object

__all__ = ["HARD_LANGUAGES", "LANGUAGES", "generate_gold", "generate_scale"]

LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "fr", "de", "es", "it")
_CLAIMS: Final = ("plan", "deny", "warn", "result", "talks")
_BODY_KINDS: Final = ("quote", "money", "reaction", "background", "background", "closing")
# Local time offsets of the invented outlets, by language, so that published times are not all UTC.
_OFFSETS: Final = {"en": 0, "ru": 3, "fr": 1, "de": 1, "es": 1, "it": 1, "uk": 2, "bg": 2, "pl": 1, "cs": 1, "sr": 1,
                   "pt": 0, "tr": 3, "hu": 1, "sv": 1}
_START: Final = datetime(2024, 1, 8, 6, 0, tzinfo=UTC)


# -- data --------------------------------------------------------------------------------------------------


@cache
def _languages() -> dict[str, Any]:
    return load_object("provenance", "corpus", "languages.json")


@cache
def _topics() -> dict[str, Any]:
    return load_object("provenance", "corpus", "topics.json")


@cache
def _names() -> dict[str, Any]:
    return load_object("provenance", "corpus", "names.json")


# -- the facts of a story ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Person:
    given: str       # ASCII base form, the one transliterated
    surname: str
    accented: tuple[str, str]   # the form a Latin-script original prints (may equal the base)
    role: str


@dataclass(frozen=True, slots=True)
class _Frame:
    """What happened: the same frame rendered twice is the same story, whatever the words."""

    topic: str
    actor: _Person
    other: _Person
    partner: int
    place: str
    place_accented: str
    day: datetime
    claim: str
    obj: int
    num: int
    pct: float
    year: int
    money: float
    num2: int
    pop: int
    date2: datetime
    # Which cut of the statement the quote gives (:func:`_said`), and the statement's own words (indices into
    # the statement word lists): statements of one kind must not all read alike.
    quote_cut: int = 0
    wording: tuple[int, ...] = ()


@dataclass(slots=True)
class _Layout:
    """How one article is written: which variant of each sentence kind, in which order."""

    lang: str
    headline: int
    dateline: int | None
    wire: dict[str, str] | None
    lead: int
    reported: int
    body: list[tuple[str, int]]
    footer: int | None = None
    credit: dict[str, str] | None = None
    ascii_quotes: bool = False
    fold_accents: bool = False
    romanisation: tuple[int, ...] = ()
    drop: frozenset[int] = frozenset()
    synonyms: tuple[int, ...] = ()
    spacing: int = 0
    from_lang: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


class _Words:
    """Invented names and places, drawn from syllables."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.data = _names()

    def person(self, roles: Sequence[str]) -> _Person:
        d, rng = self.data, self.rng
        given = rng.choice(d["given_first"]) + rng.choice(d["given_last"])
        surname = rng.choice(d["surname_first"]) + rng.choice(d["surname_middle"]) + rng.choice(d["surname_last"])
        accented = (given, surname)
        if rng.random() < 0.3:
            # Latin-script originals print diacritics that copies and translations often drop.
            plain, marked = rng.choice(d["accented"])
            if plain in surname[1:]:
                accented = (given, surname[0] + surname[1:].replace(plain, marked, 1))
        return _Person(given=given, surname=surname, accented=accented, role=rng.choice(list(roles)))

    def place(self) -> tuple[str, str]:
        d = self.data
        name = self.rng.choice(d["place_first"]) + self.rng.choice(d["place_last"])
        marked = name.replace("o", "ö", 1) if self.rng.random() < 0.15 else name
        return name, marked


# -- writing -----------------------------------------------------------------------------------------------


def _cyrillic(latin: str) -> str:
    """Latin letters to Cyrillic by the longest rule first (a heuristic transliteration, good enough for names)."""
    rules = _cyrillic_rules()
    out: list[str] = []
    i, lower = 0, _fold(latin).lower()
    while i < len(lower):
        for src, dst in rules:
            if lower.startswith(src, i):
                piece = dst.upper() if latin[i:i + 1].isupper() and len(dst) == 1 else (
                    dst[0].upper() + dst[1:] if latin[i:i + 1].isupper() else dst)
                out.append(piece)
                i += len(src)
                break
        else:
            out.append(latin[i])
            i += 1
    return "".join(out)


@cache
def _cyrillic_rules() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in _names()["cyrillic"])


def _fold(text: str) -> str:
    """Diacritics dropped (ö -> o, ł -> l)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _romanised(latin: str, variants: Sequence[int]) -> str:
    table = _names()["romanisation_variants"]
    for k in variants:
        src, dst = table[k]
        latin = latin.replace(src, dst)
    return latin


def _number(value: float, lang: str, decimals: int = 0) -> str:
    spec = _languages()[lang]
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", spec["decimal"]).replace("\x00", spec["thousands"])


def _day(moment: datetime, lang: str) -> str:
    spec = _languages()[lang]
    return str(spec["date"].format(day=moment.day, month=spec["months"][moment.month - 1]))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _statements() -> dict[str, Any]:
    return load_object("provenance", "corpus", "statements.json")


@cache
def _statement_sizes() -> dict[str, int]:
    """How many entries each statement list has in every language (the lists are aligned by index)."""
    langs = _statements()["languages"].values()
    return {key: min(len(spec[key]) for spec in langs) for key in ("forms", "second", "verbs", "adverbials", "nouns")}


def _wording(rng: random.Random) -> tuple[int, ...]:
    """A statement's words: indices into the statement lists (:func:`_said`), no word twice."""
    sizes = _statement_sizes()
    verb, verb2 = rng.sample(range(sizes["verbs"]), 2)
    adverbial, adverbial2 = rng.sample(range(sizes["adverbials"]), 2)
    noun1, noun2, noun3, noun4 = rng.sample(range(sizes["nouns"]), 4)
    return (rng.randrange(sizes["forms"]), verb, adverbial, noun1, noun2, rng.randrange(sizes["second"]), verb2,
            adverbial2, noun3, noun4)


def _said(lang: str, wording: tuple[int, ...], fact: str, cut: int) -> str:
    """A statement in ``lang``: a sentence carrying ``fact`` and one that does not, in the words ``wording``
    picks (:func:`_wording`), quoted whole (``cut`` 0), the first sentence only (1) or the other way round (2)."""
    spec = _statements()["languages"][lang]
    form, verb, adverbial, noun1, noun2, form2, verb2, adverbial2, noun3, noun4 = wording
    fact = " ".join(fact.split())

    def sentence(template: str, verb: int, adverbial: int, noun1: int, noun2: int) -> str:
        words = {"v": spec["verbs"][verb], "a": spec["adverbials"][adverbial], "n1": spec["nouns"][noun1],
                 "n2": spec["nouns"][noun2]}
        words.update({key.upper(): _cap(value) for key, value in words.items()})
        return _cap(" ".join(template.format(fact=fact, **{"and": spec["and"]}, **words).split()))

    first = sentence(spec["forms"][form % len(spec["forms"])], verb, adverbial, noun1, noun2)
    second = sentence(spec["second"][form2 % len(spec["second"])], verb2, adverbial2, noun3, noun4)
    parts = [first, second] if cut == 0 else [first] if cut == 1 else [second, first]
    return ". ".join(parts) + str(spec["end"])


def _slots(frame: _Frame, layout: _Layout) -> dict[str, str]:
    lang = layout.lang
    spec, topics = _languages()[lang], _topics()
    topic = topics["topics"][frame.topic]
    org, of_org = topic["org"][lang]
    partner, of_partner = topics["partners"][frame.partner][lang]

    def name(person: _Person) -> tuple[str, str]:
        given, surname = person.given, person.surname
        if lang == "ru":
            return _cyrillic(given), _cyrillic(surname)
        if layout.from_lang == "ru":
            return _romanised(given, layout.romanisation), _romanised(surname, layout.romanisation)
        if not layout.fold_accents:
            given, surname = person.accented
        return given, surname

    given, surname = name(frame.actor)
    given2, surname2 = name(frame.other)
    place = frame.place if layout.fold_accents else frame.place_accented
    if lang == "ru":
        place = _cyrillic(frame.place)
    elif layout.from_lang == "ru":
        place = _romanised(frame.place, layout.romanisation)
    objects = topic["objects"][lang]
    slots = {
        "name": f"{given} {surname}", "surname": surname, "name2": f"{given2} {surname2}",
        "role": topics["roles"][frame.actor.role][lang], "role2": topics["roles"][frame.other.role][lang],
        "org": org, "of_org": of_org, "org2": partner, "of_org2": of_partner,
        "place": place, "PLACE": place.upper(), "date": _day(frame.day, lang), "date2": _day(frame.date2, lang),
        "obj": objects[frame.obj], "obj2": objects[1 - frame.obj],
        "num": _number(frame.num, lang), "pct": _number(frame.pct, lang, 1), "year": str(frame.year),
        "prev_year": str(frame.year - 3), "money": _number(frame.money, lang, 1 if frame.money < 100 else 0),
        "num2": _number(frame.num2, lang), "pop": _number(frame.pop, lang), "currency": spec["currency"],
    }
    slots["Org"], slots["Role"] = _cap(org), _cap(slots["role"])
    slots.update(layout.extra)
    return slots


def _render(frame: _Frame, layout: _Layout) -> str:
    """The article text: headline, blank line, dateline + lead, then one paragraph per body sentence."""
    spec = _languages()[layout.lang]
    slots = _slots(frame, layout)
    claim = spec["claims"][frame.claim]
    reported = claim["reported"][layout.reported % len(claim["reported"])].format(**slots)
    opening, closing = ('"', '"') if layout.ascii_quotes else spec["quote_marks"]
    # Every copy, rewrite and translation of an easy story quotes the same words (both sentences or the first).
    said = _said(layout.lang, frame.wording, claim["fact"].format(**slots), frame.quote_cut % 2)
    quote = opening + said.rstrip(".") + "." + closing
    slots.update(reported=reported, q=quote)

    def pick(kind: str, variant: int) -> str:
        options = spec[kind]
        return str(_cap(options[variant % len(options)].format(**slots)))

    head = pick("headline", layout.headline)
    lead = pick("lead", layout.lead)
    if layout.dateline is not None and layout.wire is not None:
        line = spec["dateline"][layout.dateline % len(spec["dateline"])]
        lead = line.format(PLACE=slots["PLACE"], date=slots["date"], wire=layout.wire["credit"]) + lead
    sentences = [lead] + [pick(kind, v) for kind, v in layout.body]
    sentences = [s for i, s in enumerate(sentences) if i not in layout.drop]
    if layout.credit is not None:
        credits = spec["credit"]
        sentences.append(credits[layout.headline % len(credits)].format(wire=layout.credit["name"]))
    if layout.footer is not None:
        sentences.append(pick("footer", layout.footer))
    body = "\n\n".join(sentences)
    for k in layout.synonyms:
        plain, other = spec["synonyms"][k % len(spec["synonyms"])]
        body = body.replace(f" {plain} ", f" {other} ", 1)
    text = f"{head}\n\n{body}\n"
    # Copies differ in white space only: a second blank line, a trailing space, a run of spaces.
    if layout.spacing == 1:
        text = text.replace("\n\n", "\n\n\n")
    elif layout.spacing == 2:
        text = text.replace(". ", ".  ", 2).replace("\n\n", " \n\n", 1)
    elif layout.spacing == 3:
        text = "  " + text.replace("\n\n", "\n")
    return text


# -- the corpus --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Doc:
    text: str
    lang: str
    outlet: dict[str, str]
    moment: datetime
    cluster: int | None
    relation: str
    published: str | None = None


class _Builder:
    def __init__(self, seed: int, languages: Sequence[str]) -> None:
        unknown = [lang for lang in languages if lang not in LANGUAGES]
        if unknown or not languages:
            raise ValueError(f"languages must be a non-empty subset of {LANGUAGES}, got {list(languages)}")
        self.rng = random.Random(seed)
        self.statement_rng = random.Random(f"statements-easy-{seed}")
        self.words = _Words(self.rng)
        self.languages = list(languages)
        names = _names()
        self.agencies: list[dict[str, str]] = [a for a in names["agencies"] if a["lang"] in languages]
        self.outlets: list[dict[str, str]] = [o for o in names["outlets"] if o["lang"] in languages]
        if not self.agencies or not self.outlets:
            raise ValueError(f"no agency or outlet writes in {list(languages)}")
        # Each outlet copies mostly from one favourite agency (the per-outlet statistics should show it).
        self.favourite = {o["name"]: self._agency_for(o["lang"]) for o in self.outlets}
        self.roles = list(_topics()["roles"])
        self.docs: list[_Doc] = []
        self.next_cluster = 0

    def _agency_for(self, lang: str) -> dict[str, str]:
        same = [a for a in self.agencies if a["lang"] == lang]
        return self.rng.choice(same or self.agencies)

    def _lang(self) -> str:
        # Russian and English dominate the stories analysts track.
        weights = [4 if lang in ("en", "ru") else 1 for lang in self.languages]
        return self.rng.choices(self.languages, weights)[0]

    def frame(self) -> _Frame:
        rng = self.rng
        place, place_accented = self.words.place()
        day = _START + timedelta(days=rng.randrange(0, 120), minutes=rng.randrange(0, 14 * 60))
        num = rng.choice([rng.randrange(3, 60), rng.randrange(100, 4000)])
        return _Frame(
            topic=rng.choice(sorted(_topics()["topics"])), actor=self.words.person(self.roles),
            other=self.words.person(self.roles), partner=rng.randrange(len(_topics()["partners"])),
            place=place, place_accented=place_accented, day=day, claim=rng.choice(_CLAIMS), obj=rng.randrange(2),
            num=num, pct=rng.randrange(15, 400) / 10, year=day.year + rng.randrange(1, 4),
            money=rng.choice([rng.randrange(15, 990) / 10, float(rng.randrange(120, 9000))]),
            num2=rng.randrange(40, 2500), pop=rng.randrange(12, 900), date2=day + timedelta(days=rng.randrange(3, 40)),
            # Two draws of the main stream, as when quotes were built from shared openings and tails, so that
            # the rest of a seed's corpus is what it was; the words come from a stream of their own.
            quote_cut=rng.randrange(5) + 0 * rng.randrange(5), wording=_wording(self.statement_rng))

    def layout(self, lang: str, *, avoid: _Layout | None = None) -> _Layout:
        rng = self.rng
        spec = _languages()[lang]
        kinds = list(_BODY_KINDS)
        if rng.random() < 0.4:
            kinds.remove("reaction")
        body_kinds = [kinds[0], *rng.sample(kinds[1:], len(kinds) - 1)]
        if rng.random() < 0.3:
            # The quote sometimes comes after the money paragraph.
            body_kinds[0], body_kinds[1] = body_kinds[1], body_kinds[0]
        used: dict[str, set[int]] = {}
        body: list[tuple[str, int]] = []
        for kind in body_kinds:
            variant = self._variant(spec, kind, avoid, used.setdefault(kind, set()))
            used[kind].add(variant)
            body.append((kind, variant))

        def other(kind: str, old: int | None) -> int:
            n = len(spec[kind]) if kind != "reported" else 2
            choices = [v for v in range(n) if v != old] or [0]
            return rng.choice(choices)

        wire = self._agency_for(lang)
        return _Layout(
            lang=lang,
            headline=other("headline", avoid.headline if avoid else None),
            dateline=rng.randrange(len(spec["dateline"])) if rng.random() < 0.8 else None,
            wire=wire, lead=other("lead", avoid.lead if avoid else None),
            reported=other("reported", avoid.reported if avoid else None), body=body)

    def _variant(self, spec: dict[str, Any], kind: str, avoid: _Layout | None, used: set[int]) -> int:
        n = len(spec[kind])
        banned = set(used) | ({v for k, v in avoid.body if k == kind} if avoid else set())
        free = [v for v in range(n) if v not in banned] or [v for v in range(n) if v not in used] or list(range(n))
        return self.rng.choice(free)

    def add(self, frame: _Frame, layout: _Layout, outlet: dict[str, str], moment: datetime,
            cluster: int | None, relation: str) -> _Doc:
        layout = replace(layout, extra={**layout.extra, "outlet": outlet["name"]})
        doc = _Doc(text=_render(frame, layout), lang=layout.lang, outlet=outlet, moment=moment, cluster=cluster,
                   relation=relation)
        self.docs.append(doc)
        return doc

    def copier(self, source: dict[str, str], lang: str) -> dict[str, str]:
        loyal = [o for o in self.outlets if o["lang"] == lang and self.favourite[o["name"]] is source]
        if loyal and self.rng.random() < 0.75:
            return self.rng.choice(loyal)
        return self.rng.choice([o for o in self.outlets if o["lang"] == lang] or self.outlets)

    # -- one story -------------------------------------------------------------------------------------

    def story(self) -> tuple[_Frame, _Layout]:
        rng = self.rng
        cluster = self.next_cluster
        self.next_cluster += 1
        frame = self.frame()
        lang = self._lang()
        base = self.layout(lang)
        assert base.wire is not None
        agency = base.wire
        original = self.add(frame, base, agency, frame.day + timedelta(minutes=rng.randrange(5, 90)), cluster,
                           "original")
        plan = self._members()
        for relation in plan:
            if relation == "exact copy":
                self.exact_copy(frame, base, original, agency, cluster)
            elif relation == "near copy":
                self.near_copy(frame, base, original, agency, cluster)
            elif relation == "rewrite":
                # Same language: across languages the relation is a translation.
                layout = self.layout(lang, avoid=base)
                layout.credit = agency if rng.random() < 0.4 else None
                outlet = rng.choice([o for o in self.outlets if o["lang"] == layout.lang] or self.outlets)
                self.add(frame, layout, outlet, original.moment + _delay(rng, 45, 2 * 24 * 60), cluster, "rewrite")
            else:
                self.translation(frame, base, original, agency, cluster)
        return frame, base

    def _members(self) -> list[str]:
        rng = self.rng
        plan: list[str] = []
        plan += ["exact copy"] * rng.choice([0, 0, 1, 1, 2])
        plan += ["near copy"] * rng.choice([0, 1, 1, 2])
        plan += ["rewrite"] * rng.choice([0, 1, 1, 2])
        others = [lang for lang in self.languages]
        if len(others) > 1:
            plan += ["translation"] * rng.choice([0, 1, 1, 2, 3])
        if not plan:
            plan = [rng.choice(["near copy", "rewrite", "translation" if len(others) > 1 else "exact copy"])]
        return plan

    def exact_copy(self, frame: _Frame, base: _Layout, original: _Doc, agency: dict[str, str],
                   cluster: int | None) -> None:
        rng = self.rng
        outlet = self.copier(agency, base.lang)
        layout = replace(base, spacing=rng.randrange(4),
                         headline=base.headline if rng.random() < 0.5 else base.headline + 1,
                         footer=rng.randrange(4) if rng.random() < 0.6 else None)
        self.add(frame, layout, outlet, original.moment + _delay(rng, 2, 180), cluster, "exact copy")

    def near_copy(self, frame: _Frame, base: _Layout, original: _Doc, agency: dict[str, str],
                  cluster: int | None) -> None:
        rng = self.rng
        outlet = self.copier(agency, base.lang)
        edits = rng.sample(["drop", "synonyms", "lead", "cue", "quotes", "credit", "dateline"], rng.randrange(2, 5))
        n_body = len(base.body)
        layout = replace(base, footer=rng.randrange(4) if rng.random() < 0.5 else None)
        if "drop" in edits:
            layout.drop = frozenset(rng.sample(range(2, n_body + 1), min(n_body - 1, rng.randrange(1, 3))))
        if "synonyms" in edits:
            layout.synonyms = tuple(rng.sample(range(9), rng.randrange(2, 5)))
        if "lead" in edits:
            layout.lead = base.lead + rng.randrange(1, 4)
            layout.reported = base.reported + 1
        if "cue" in edits:
            # Variant 0 of the quote sentence has the shortest cue ("X said").
            layout.body = [(k, 0 if k == "quote" else v) for k, v in base.body]
        if "quotes" in edits:
            layout.ascii_quotes = True
        if "credit" in edits:
            layout.credit = agency
        if "dateline" in edits:
            layout.dateline = None
        self.add(frame, layout, outlet, original.moment + _delay(rng, 10, 12 * 60), cluster, "near copy")

    def translation(self, frame: _Frame, base: _Layout, original: _Doc, agency: dict[str, str],
                    cluster: int | None) -> None:
        rng = self.rng
        targets = [lang for lang in self.languages if lang != base.lang]
        # English and Russian translate each other most often.
        weights = [5 if {lang, base.lang} == {"en", "ru"} else 1 for lang in targets]
        target = rng.choices(targets, weights)[0]
        outlet = rng.choice([o for o in self.outlets if o["lang"] == target])
        # A translation keeps the source's structure: the same kinds in the same order, and often its dateline.
        layout = replace(base, lang=target, from_lang=base.lang, fold_accents=rng.random() < 0.5,
                         romanisation=tuple(sorted(rng.sample(range(9), rng.randrange(0, 4)))),
                         dateline=base.dateline if rng.random() < 0.6 else None,
                         credit=agency if rng.random() < 0.5 else None,
                         drop=frozenset({len(base.body)}) if rng.random() < 0.3 else frozenset())
        self.add(frame, layout, outlet, original.moment + _delay(rng, 40, 3 * 24 * 60), cluster, "translation")

    # -- hard negatives and noise --------------------------------------------------------------------------

    def distractor(self, near: _Frame, near_layout: _Layout) -> None:
        """Same actor or same kind of statement, but another statement or another event."""
        rng = self.rng
        kind = rng.randrange(3)
        fresh = self.frame()
        other_claims = [c for c in _CLAIMS if c != near.claim]
        if kind == 0:   # same actor, same day and place, another statement
            frame = replace(fresh, topic=near.topic, actor=near.actor, other=near.other, place=near.place,
                            place_accented=near.place_accented, claim=rng.choice(other_claims),
                            day=near.day + timedelta(minutes=rng.randrange(-90, 240)))
        elif kind == 1:  # same actor and topic, another day and statement
            frame = replace(fresh, topic=near.topic, actor=near.actor, partner=near.partner,
                            day=near.day + timedelta(days=rng.choice([-1, 1]) * rng.randrange(2, 30)),
                            claim=rng.choice([*other_claims, near.claim]))
        else:            # the same kind of statement on the same topic by someone else, elsewhere
            frame = replace(fresh, topic=near.topic, claim=near.claim, obj=near.obj, day=near.day + timedelta(
                hours=rng.randrange(1, 72)))
        lang = near_layout.lang if rng.random() < 0.8 else self._lang()
        layout = self.layout(lang)
        if kind == 0 and lang == near_layout.lang and rng.random() < 0.5:
            # The agency's second item from the same briefing: same templates, background and reaction, so
            # shingles overlap a lot although the statement differs.
            layout = replace(near_layout, headline=near_layout.headline + 1)
        assert layout.wire is not None
        copied = rng.random() < 0.3
        cluster = None
        if copied:
            cluster = self.next_cluster
            self.next_cluster += 1
        doc = self.add(frame, layout, layout.wire, frame.day + timedelta(minutes=rng.randrange(5, 90)), cluster,
                       "original")
        if copied:
            if rng.random() < 0.5:
                self.exact_copy(frame, layout, doc, layout.wire, cluster)
            else:
                self.near_copy(frame, layout, doc, layout.wire, cluster)

    def singleton(self) -> None:
        frame = self.frame()
        layout = self.layout(self._lang())
        assert layout.wire is not None
        outlet = layout.wire if self.rng.random() < 0.5 else self.rng.choice(self.outlets)
        if outlet["lang"] != layout.lang:
            outlet = layout.wire
        self.add(frame, layout, outlet, frame.day, None, "original")


def _delay(rng: random.Random, low_minutes: int, high_minutes: int) -> timedelta:
    # Log-uniform: most copies come fast, a few much later.
    return timedelta(minutes=low_minutes * (high_minutes / low_minutes) ** rng.random())


def _published(rng: random.Random, doc: _Doc, first: datetime | None) -> str | None:
    """ISO 8601 in the outlet's local time; sometimes missing; a bare date only when after the story's first day."""
    if rng.random() < 0.1:
        return None
    local = doc.moment.astimezone(timezone(timedelta(hours=_OFFSETS[doc.lang])))
    if first is not None and doc.moment.date() > first.date() and rng.random() < 0.25:
        return doc.moment.date().isoformat()
    return local.replace(second=0, microsecond=0).isoformat()


def generate_gold(n_stories: int, *, seed: int, distractors: int, singletons: int | None = None,
                  languages: Sequence[str] | None = None, difficulty: str = "easy") -> list[dict[str, Any]]:
    """Gold records (JSONL-ready dicts) for ``n_stories`` stories, ``distractors`` hard negatives and
    ``singletons`` unrelated documents (default: half as many as distractors); deterministic for ``seed``.

    Each record has ``id``, ``text``, ``published`` (ISO 8601, or absent), ``outlet``, ``lang`` (absent on
    about a fifth: a reader must detect it), ``url``, ``cluster`` (int, or null alone) and ``relation``.
    Stories are ``cluster`` 0..n_stories-1; copied distractors get the numbers after them.
    """
    if n_stories < 0 or distractors < 0:
        raise ValueError("n_stories and distractors must not be negative")
    if difficulty == "hard":
        return _generate_hard(n_stories, seed, distractors, singletons, languages or HARD_LANGUAGES)
    if difficulty != "easy":
        raise ValueError(f"difficulty must be 'easy' or 'hard', not {difficulty!r}")
    builder = _Builder(seed, LANGUAGES if languages is None else languages)
    rng = builder.rng
    story_frames: list[tuple[_Frame, _Layout]] = []
    for _ in range(n_stories):
        story_frames.append(builder.story())
    for _ in range(distractors):
        if story_frames:
            near, near_layout = rng.choice(story_frames)
            builder.distractor(near, near_layout)
        else:
            builder.singleton()
    for _ in range(distractors // 2 if singletons is None else singletons):
        builder.singleton()
    return _records(builder)


def _records(builder: _Builder | _HardBuilder) -> list[dict[str, Any]]:
    rng = builder.rng
    firsts: dict[int, datetime] = {}
    for doc in builder.docs:
        if doc.relation == "original" and doc.cluster is not None:
            firsts[doc.cluster] = doc.moment
    ids: set[str] = set()
    records: list[dict[str, Any]] = []
    for doc in builder.docs:
        while True:
            key = "".join(rng.choices(string.ascii_lowercase + string.digits, k=10))
            if key not in ids:
                ids.add(key)
                break
        # An original keeps its date more often: the gold earliest must stay knowable.
        published = _published(rng, doc, None if doc.cluster is None else firsts.get(doc.cluster))
        if doc.relation == "original" and published is None and rng.random() < 0.5:
            published = _published(rng, doc, None)
        local = doc.moment
        url = (f"https://{doc.outlet['domain']}/{rng.choice(_names()['scale_sections'])}/"
               f"{local:%Y/%m/%d}/{rng.randrange(10**5, 10**7)}")
        record: dict[str, Any] = {"id": key, "text": doc.text}
        if published is not None:
            record["published"] = published
        record["outlet"] = doc.outlet["name"]
        if rng.random() < 0.8:
            record["lang"] = doc.lang
        record.update(url=url, cluster=doc.cluster, relation=doc.relation)
        records.append(record)
    rng.shuffle(records)
    return records


# -- hard mode -----------------------------------------------------------------------------------------------
#
# The easy corpus above links its translations by almost every fact of the original, so a story builder's
# cross-language link scores sit at 0.8-1.0; real rewrites and translations (measured on a real five-copy
# story) link at 0.2-0.4. Hard mode writes what real outlets do: each rewrite or translation keeps only part
# of the facts of its parent, writes some of them another way (a number as a word, the day as "yesterday" or
# a weekday, a name without its given name, in another transliteration or another grammatical case), adds a
# background paragraph of its own with other names, numbers and places, and turns direct quotes into
# reported speech. A statement often reaches print through two agencies with different wording (two
# branches of one story). See tests/gold/stories/README.md for the calibration.

HARD_LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "uk", "bg", "fr", "de", "es", "it", "pl", "cs", "sr", "pt",
                                          "tr", "hu", "sv")
# Russian and English above all, as in the real set; the rest share the remainder.
_HARD_WEIGHTS: Final = {"ru": 12, "en": 10, "uk": 4, "de": 2, "fr": 2, "pl": 2, "sr": 2, "bg": 2, "es": 2, "it": 2,
                        "cs": 2, "pt": 1, "tr": 1, "hu": 1, "sv": 1}
_POINT_KINDS: Final = ("deny", "figure", "meet", "plan", "money")
# The fact a point carries: a point whose fact a rewrite drops is dropped with it.
_POINT_FACT: Final = {"deny": None, "figure": "num", "meet": "name2", "plan": "plan", "money": "money"}
_DROPPABLE: Final = ("num", "money", "name2", "plan", "given", "date", "place", "role")
_STORY_SIZES: Final = (2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12)
_HARD_RELATIONS: Final = (("exact copy", 8), ("near copy", 16), ("rewrite", 30), ("translation", 46))
_ROUND: Final = (20, 30, 40, 50, 100)
_HARD_DAYS: Final = 21   # every story of a hard corpus falls in these three weeks: time separates nothing


@cache
def _hard() -> dict[str, Any]:
    return load_object("provenance", "corpus", "hard.json")


@dataclass(frozen=True, slots=True)
class _HName:
    """A name as phonemes, spelt per language at render time; ``native`` is a fixed Latin spelling."""

    tokens: tuple[str, ...]
    native: str | None = None


@dataclass(frozen=True, slots=True)
class _HPerson:
    given: _HName
    surname: _HName


@dataclass(frozen=True, slots=True)
class _HStory:
    """The facts of one statement: what every report of it draws from."""

    topic: int
    country: _HName
    speaker: _HPerson
    role: int
    place: _HName
    day: datetime
    points: tuple[str, ...]
    num: int
    money: float
    other: _HPerson
    call_day: datetime
    place2: _HName
    date2: datetime
    # What the speaker said, per point kind (in :data:`_POINT_KINDS` order): indices into the statement word
    # lists (:func:`_statement`). Drawn per story, so that each statement has its own quoted words.
    wording: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class _HPoint:
    kind: str
    direct: bool
    variant: int
    cue: int


@dataclass(frozen=True, slots=True)
class _HBackground:
    """A background sentence's own facts, spelt in whatever language renders it (a translation may keep it)."""

    kind: int
    person: _HPerson
    person2: _HPerson
    org: _HName
    place: _HName
    num: int
    obj: int
    year: int
    acronym: str
    cyrillic: bool          # an outlet in a Cyrillic script writes the acronym in Cyrillic
    minutes: int
    pct: int
    outlet: int


def _background_slots(b: _HBackground, lang: str) -> dict[str, str]:
    data = _hard()
    spec = data["languages"][lang]
    place = _spell(b.place, lang, False)
    acronym = b.acronym
    if b.cyrillic and lang in ("ru", "uk", "bg"):
        acronym = "".join(data["acronym_cyrillic"][c] for c in acronym)
    outlets = data["outlets"][lang]
    return {
        "bname": f"{_spell(b.person.given, lang, False)} {_spell(b.person.surname, lang, False)}",
        "bname2": _spell(b.person2.surname, lang, False), "borg": _spell(b.org, lang, False), "bplace": place,
        "bplace_loc": _decline(place, lang, "loc"), "bplace_gen": _decline(place, lang, "gen"),
        "bnum": _hard_number(b.num, lang, 0, False), "bobj": spec["bobj"][b.obj % len(spec["bobj"])],
        "byear": str(b.year), "bacr": acronym, "bmins": str(b.minutes), "bpct": _hard_number(b.pct, lang, 0, False),
        "outlet": outlets[b.outlet % len(outlets)],
    }


@dataclass(frozen=True, slots=True)
class _HArticle:
    """How one report is written: which facts it keeps, how it words them, what it adds."""

    lang: str
    story: _HStory
    facts: frozenset[str]
    points: tuple[_HPoint, ...]
    lead: int
    headline: int
    when: str                      # "date", "weekday", "yesterday" or "none"
    wire: dict[str, str]
    dateline: int | None
    credit: dict[str, str] | None
    background: tuple[_HBackground, ...]
    fillers: tuple[int, ...]
    alt: bool = False              # the language's other transliteration convention
    numword: bool = False          # a round number written as a word
    drop: frozenset[int] = frozenset()
    footer: str = ""
    spacing: int = 0


class _HardWords:
    """Invented names from phoneme syllables, and their spelling in each language."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.data = _hard()

    def _syllables(self, n: int) -> list[str]:
        names, rng = self.data["names"], self.rng
        out: list[str] = []
        for _ in range(n):
            onset = rng.choice(names["onsets"])
            out += [t for t in (onset, rng.choice(names["vowels"])) if t]
        if rng.random() < 0.5:
            coda = rng.choice(names["codas"])
            if coda:
                out.append(coda)
        if out and out[0] in ("ya", "yu") and len(out) > 1:
            out[0] = "a"
        return out

    def stem(self) -> _HName:
        """A name ending in a consonant, for a country ("Varn" + "ia", "Варн" + "ия")."""
        tokens = self._syllables(2)
        if tokens[-1] in self.data["names"]["vowels"]:
            tokens.append(self.rng.choice(["r", "n", "l", "d", "t", "v", "m"]))
        return _HName(tuple(tokens))

    def name(self, syllables: int = 2) -> _HName:
        return _HName(tuple(self._syllables(syllables)))

    def person(self) -> _HPerson:
        rng, names = self.rng, self.data["names"]
        if rng.random() < 0.2:
            # A name with a fixed Latin spelling (transliterated only into Cyrillic).
            given, surname = rng.choice(names["latin_given"]), rng.choice(names["latin_names"])
            return _HPerson(_HName(tuple(_latin_phonemes(given)), given),
                            _HName(tuple(_latin_phonemes(surname)), surname))
        surname = self._syllables(rng.choice([1, 2])) + list(rng.choice(names["surname_suffixes"]))
        return _HPerson(self.name(2), _HName(tuple(surname)))


def _latin_phonemes(word: str) -> list[str]:
    """A Latin spelling as phoneme tokens, for Cyrillic transliteration (digraphs first; a HEURISTIC)."""
    out: list[str] = []
    i, low = 0, word.lower()
    while i < len(low):
        for width in (4, 2, 1):
            piece = low[i:i + width]
            if piece in _hard()["spell"]["ru"]:
                out.append(piece)
                i += width
                break
        else:
            out.extend({"c": ["k"], "w": ["v"], "x": ["k", "s"], "q": ["k"], "h": ["kh"]}.get(low[i], []))
            i += 1
    return out


def _spell(name: _HName, lang: str, alt: bool) -> str:
    data = _hard()
    cyrillic = lang in ("ru", "uk", "bg")
    if name.native is not None and not cyrillic:
        return name.native
    table = dict(data["spell"][lang])
    if alt:
        table.update(data["spell_alt"][lang])
    text = "".join(table[t] for t in name.tokens)
    return _cap(text)


def _decline(word: str, lang: str, case: str) -> str:
    """A name in a grammatical case by its ending (crude: the first matching rule of the language wins)."""
    rules = _hard()["cases"].get(lang, {}).get(case)
    if not rules:
        return word
    for ending, replacement in rules:
        if word.endswith(ending):
            return word[:len(word) - len(ending)] + str(replacement)
    return word


def _hard_number(value: float, lang: str, decimals: int, numword: bool) -> str:
    spec = _hard()["languages"][lang]
    if numword and decimals == 0 and int(value) in _ROUND:
        return str(spec["numwords"][str(int(value))])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", spec["decimal"]).replace("\x00", spec["thousands"])


def _hard_date(moment: datetime, lang: str) -> str:
    spec = _hard()["languages"][lang]
    return str(spec["date"].format(day=moment.day, month=spec["months"][moment.month - 1]))


def _hard_when(moment: datetime, published_day: datetime, lang: str, mode: str) -> str:
    """The day of an event as the article words it: a date, a weekday, "yesterday", or nothing."""
    spec = _hard()["languages"][lang]
    if mode == "weekday":
        return str(spec["weekdays"][moment.weekday()])
    if mode == "yesterday" and (published_day.date() - moment.date()).days == 1:
        return str(spec["yesterday"])
    if mode == "none":
        return ""
    return str(spec["on_date"].format(date=_hard_date(moment, lang)))


def _hard_slots(article: _HArticle) -> dict[str, str]:
    lang, story, facts, alt = article.lang, article.story, article.facts, article.alt
    data = _hard()
    spec = data["languages"][lang]

    def spelt(name: _HName) -> str:
        return _spell(name, lang, alt)

    def country(suffix_case: str | None = None) -> str:
        base = spelt(story.country) + data["country_suffix"][lang]
        return _decline(base, lang, suffix_case) if suffix_case else base

    def person(p: _HPerson, case: str | None, given: bool) -> str:
        words = ([spelt(p.given)] if given else []) + [spelt(p.surname)]
        return " ".join(_decline(w, lang, case) if case else w for w in words)

    topic = spec["topics"][story.topic % len(spec["topics"])]
    speaker_given = "given" in facts
    role = spec["roles"][story.role % len(spec["roles"])].format(
        country=country(), country_gen=country("gen"))
    place = spelt(story.place)
    # The call happened the day before the statement: "yesterday" is then true.
    when2 = _hard_when(story.call_day, story.day, lang, "yesterday" if article.when == "yesterday" else "date")
    slots = {
        "name": person(story.speaker, None, speaker_given), "surname": spelt(story.speaker.surname),
        "surname_gen": _decline(spelt(story.speaker.surname), lang, "gen"),
        "role": role if "role" in facts else role.split(" ", 1)[0], "country": country(),
        "country_gen": country("gen"), "country_loc": country("loc"), "place": place,
        "place_loc": _decline(place, lang, "loc"), "PLACE": (place if "place" in facts else spelt(
            story.country) + data["country_suffix"][lang]).upper(),
        "topic": topic["topic"], "when": _hard_when(story.day, story.day, lang, article.when),
        "date": _hard_date(story.day, lang),
        "num_obj": f"{_hard_number(story.num, lang, 0, article.numword)} {topic['obj']}",
        "name2": person(story.other, None, True), "name2_ins": person(story.other, "ins", True),
        "when2": when2, "place2": spelt(story.place2), "place2_loc": _decline(spelt(story.place2), lang, "loc"),
        "date2": str(spec["on_date"].format(date=_hard_date(story.date2, lang))),
        "money": _hard_number(story.money, lang, 1 if story.money < 100 else 0, False),
        "million": spec["million"], "currency": spec["currency"], "wire": article.wire["credit"],
    }
    slots["Role"], slots["Surname"] = _cap(slots["role"]), _cap(slots["surname"])
    return slots


def _statement(article: _HArticle, point: _HPoint, slots: dict[str, str]) -> str:
    """The words the speaker said on ``point``, as ``article`` quotes them (without quote marks).

    Each story draws its own statement (:attr:`_HStory.wording`): a sentence that carries the point's fact
    and one that does not, from per-language forms and word lists (``statements.json``). Reports of one
    statement quote overlapping cuts of the same words (both sentences, the first, or both the other way
    round), chosen by the point's variant and cue; statements of different stories share few quoted 3-grams,
    as real ones do. A simulation, not good language.
    """
    fact = _statements()["languages"][article.lang]["fact"][point.kind].format(**slots)
    wording = article.story.wording[_POINT_KINDS.index(point.kind)]
    return _said(article.lang, wording, fact, (point.variant + point.cue) % 3)


def _hard_render(article: _HArticle) -> str:
    spec = _hard()["languages"][article.lang]
    slots = _hard_slots(article)

    def fill(template: str) -> str:
        return " ".join(template.format(**slots).split())

    opening, closing = spec["quotes"]
    points = list(article.points)
    lead_point = points[0]
    reported = spec["points"][lead_point.kind]["reported"]
    slots["reported"] = fill(reported[lead_point.variant % len(reported)])
    slots["Reported"] = _cap(slots["reported"])
    leads = spec["lead"]
    lead = _cap(fill(leads[article.lead % len(leads)]))
    if article.dateline is not None:
        line = spec["dateline"][article.dateline % len(spec["dateline"])]
        lead = line.format(PLACE=slots["PLACE"], date=slots["date"], wire=article.wire["credit"]) + lead
    headlines = spec["headline"]
    head = _cap(fill(headlines[article.headline % len(headlines)]))
    sentences = [lead]
    for point in points[1:]:
        forms = spec["points"][point.kind]
        if point.direct:
            said = _statement(article, point, slots)
            slots["q"] = opening + said + closing
            cues = spec["cue"]
            sentences.append(_cap(fill(cues[point.cue % len(cues)])))
        else:
            slots["reported"] = fill(forms["reported"][point.variant % len(forms["reported"])])
            frames = spec["reported_sentence"]
            sentences.append(_cap(fill(frames[point.cue % len(frames)])))
    if article.credit is not None:
        credits = spec["credit"]
        sentences.append(credits[article.lead % len(credits)].format(wire=article.credit["credit"]))
    for item in article.background:
        backgrounds = spec["background"]
        slots.update(_background_slots(item, article.lang))
        sentences.append(_cap(fill(backgrounds[item.kind % len(backgrounds)])))
    for k in article.fillers:
        sentences.append(spec["filler"][k % len(spec["filler"])])
    sentences = [s for i, s in enumerate(sentences) if i not in article.drop]
    text = f"{head}\n\n" + "\n\n".join(sentences) + "\n" + article.footer
    if article.spacing == 1:
        text = text.replace("\n\n", "\n\n\n")
    elif article.spacing == 2:
        text = "  " + text.replace("\n\n", "\n")
    return text


class _HardBuilder:
    """Stories as real outlets write them (module comment above :data:`HARD_LANGUAGES`)."""

    def __init__(self, seed: int, languages: Sequence[str]) -> None:
        data = _hard()
        unknown = [lang for lang in languages if lang not in data["languages"]]
        if unknown or not languages:
            raise ValueError(f"unknown or no languages for the hard corpus: {unknown or languages}")
        self.rng = random.Random(seed)
        # Statements' words come from a stream of their own, so that the rest of a seed's corpus (stories,
        # members, languages, times, ids) is what it was before statements had words of their own.
        self.statement_rng = random.Random(f"statements-{seed}")
        self.words = _HardWords(self.rng)
        self.languages = list(languages)
        self.weights = [_HARD_WEIGHTS.get(lang, 1) for lang in self.languages]
        self.docs: list[_Doc] = []
        self.next_cluster = 0
        self.agencies = {lang: [{"name": n, "credit": c, "lang": lang, "domain": _domain(n)}
                                for n, c in data["agencies"][lang]] for lang in self.languages}
        self.outlets = {lang: [{"name": n, "lang": lang, "domain": _domain(n)} for n in data["outlets"][lang]]
                        for lang in self.languages}
        # A world shared by the period's stories: a few countries and places recur across many articles
        # (their keys are common, so they weigh little), and acronyms of bodies everyone mentions.
        self.countries = [self.words.stem() for _ in range(6)]
        self.places = [self.words.name(rng_n) for rng_n in (2, 2, 3, 2, 3, 2, 2, 3, 2, 2, 3, 2)]
        self.acronyms = ["".join(self.rng.sample("ABVGDEKLMNOPRSTU", self.rng.choice([2, 3, 4])))
                         for _ in range(10)]

    def lang(self) -> str:
        return self.rng.choices(self.languages, self.weights)[0]

    def story_facts(self, near: _HStory | None = None) -> _HStory:
        rng = self.rng
        day = _START + timedelta(days=rng.randrange(_HARD_DAYS), minutes=rng.randrange(0, 14 * 60))
        kinds = ["deny" if rng.random() < 0.6 else rng.choice(_POINT_KINDS)]
        kinds += rng.sample([k for k in _POINT_KINDS if k not in kinds], rng.randrange(2, 4))
        num = rng.choice([rng.choice(_ROUND), rng.choice(_ROUND), rng.randrange(11, 99), rng.randrange(120, 9000)])
        story = _HStory(
            topic=rng.randrange(5), country=rng.choice(self.countries), speaker=self.words.person(),
            role=rng.randrange(4), place=rng.choice(self.places) if rng.random() < 0.6 else self.words.name(2),
            day=day, points=tuple(kinds), num=num,
            money=rng.choice([rng.randrange(15, 990) / 10, float(rng.randrange(120, 9000))]),
            other=self.words.person(), call_day=day - timedelta(days=1),
            place2=rng.choice(self.places) if rng.random() < 0.4 else self.words.name(2),
            date2=day + timedelta(days=rng.randrange(3, 30)),
            wording=tuple(_wording(self.statement_rng) for _ in _POINT_KINDS))
        if near is not None:
            # The same speaker, the same week, another statement.
            story = replace(story, speaker=near.speaker, country=near.country, role=near.role,
                            place=near.place if rng.random() < 0.6 else story.place,
                            topic=near.topic if rng.random() < 0.5 else story.topic,
                            day=near.day + timedelta(days=rng.choice([-1, 1]) * rng.randrange(0, 5),
                                                     minutes=rng.randrange(-300, 300)),
                            other=near.other if rng.random() < 0.3 else story.other)
        return story

    def background(self, lang: str, n: int) -> tuple[_HBackground, ...]:
        """``n`` background sentences with facts of their own (other people, numbers, places, bodies)."""
        rng, words = self.rng, self.words
        spec = _hard()["languages"][lang]
        return tuple(_HBackground(
            kind=rng.randrange(len(spec["background"])), person=words.person(), person2=words.person(),
            org=words.name(2), place=rng.choice(self.places) if rng.random() < 0.5 else words.name(rng.choice([2, 3])),
            num=rng.randrange(12, 5000), obj=rng.randrange(len(spec["bobj"])), year=rng.randrange(2009, 2024),
            acronym=rng.choice(self.acronyms), cyrillic=rng.random() < 0.7,
            minutes=rng.choice([15, 25, 40, 45, 60, 75, 90, 120]), pct=rng.randrange(11, 89),
            outlet=rng.randrange(100)) for _ in range(n))

    def _length(self, lang: str, short: bool) -> tuple[int, tuple[int, ...]]:
        """How many background and filler sentences: 40-600 words in all, most 100-300."""
        rng = self.rng
        n_filler = len(_hard()["languages"][lang]["filler"])
        if short:
            return rng.choice([0, 1, 1]), ()
        size = rng.choice([1, 2, 3, 3, 4, 4, 5, 6, 8, 10, 14, 20, 26])
        return size, tuple(rng.sample(range(n_filler), min(n_filler, rng.randrange(0, 2 + size // 2))))

    def points(self, lang: str, kinds: Sequence[str], direct_share: float, avoid: tuple[_HPoint, ...] = ()
               ) -> tuple[_HPoint, ...]:
        rng = self.rng
        spec = _hard()["languages"][lang]
        old = {p.kind: p.variant for p in avoid}
        out = []
        for kind in kinds:
            variants = len(spec["points"][kind]["reported"])
            choices = [v for v in range(variants) if v != old.get(kind)] or list(range(variants))
            out.append(_HPoint(kind, rng.random() < direct_share, rng.choice(choices), rng.randrange(4)))
        return tuple(out)

    def report(self, story: _HStory, lang: str, wire: dict[str, str], *, avoid: _HArticle | None = None,
               kinds: Sequence[str] | None = None) -> _HArticle:
        """An agency's own report: (nearly) every fact, its own wording."""
        rng = self.rng
        spec = _hard()["languages"][lang]
        kinds = list(kinds or story.points)
        n_background, fillers = self._length(lang, rng.random() < 0.15)
        facts = set(_DROPPABLE)
        if rng.random() < 0.3:
            facts.discard("given")
        return _HArticle(
            lang=lang, story=story, facts=frozenset(facts),
            points=self.points(lang, kinds, 0.7, avoid.points if avoid else ()),
            lead=rng.randrange(len(spec["lead"])) if avoid is None else avoid.lead + 1 + rng.randrange(2),
            headline=rng.randrange(len(spec["headline"])) if avoid is None else avoid.headline + 1,
            when=rng.choice(["date", "date", "weekday", "yesterday"]), wire=wire,
            dateline=rng.randrange(len(spec["dateline"])) if rng.random() < 0.7 else None, credit=None,
            background=self.background(lang, n_background), fillers=fillers)

    def derive(self, parent: _HArticle, lang: str, outlet: dict[str, str], relation: str,
               agency: dict[str, str]) -> _HArticle:
        """A rewrite (``lang`` is the parent's) or a translation of ``parent``."""
        rng = self.rng
        spec = _hard()["languages"][lang]
        # Keep 35-65 % of the parent's droppable facts.
        present = sorted(parent.facts)
        keep = set(rng.sample(present, max(1, round(len(present) * rng.uniform(0.35, 0.65)))))
        facts = frozenset(keep)
        kinds = [p.kind for p in parent.points if _POINT_FACT[p.kind] is None or _POINT_FACT[p.kind] in facts]
        if not kinds:
            kinds = [parent.points[0].kind]
        # The lead may take another point first; a translation often reports what was quoted.
        direct_share = 0.45 if relation == "translation" else 0.55
        points = list(self.points(lang, kinds, direct_share, parent.points if relation == "rewrite" else ()))
        if relation == "rewrite" and rng.random() < 0.5:
            # Rewrites often keep the quoted words verbatim (a reader of one language keys on them).
            by_kind = {p.kind: p for p in parent.points}
            points = [by_kind[p.kind] if p.kind in by_kind and by_kind[p.kind].direct else p for p in points]
        n_background, fillers = self._length(lang, rng.random() < 0.2)
        background = self.background(lang, n_background)
        if relation == "translation" and parent.background and rng.random() < 0.5:
            # Part of the parent's background travels with the translation (other facts, same names).
            kept = tuple(b for b in parent.background if rng.random() < 0.5)
            background = kept + background
        when = parent.when if rng.random() < 0.4 else rng.choice(["date", "weekday", "yesterday", "none"])
        if "date" not in facts and when == "date":
            when = rng.choice(["weekday", "yesterday", "none"])
        return _HArticle(
            lang=lang, story=parent.story, facts=facts, points=tuple(points),
            lead=rng.randrange(len(spec["lead"])), headline=rng.randrange(len(spec["headline"])), when=when,
            wire=agency, dateline=None, credit=agency if rng.random() < 0.5 else None, background=background,
            fillers=fillers, alt=rng.random() < 0.35,
            numword=rng.random() < 0.4)

    def near_copy(self, parent: _HArticle, agency: dict[str, str]) -> _HArticle:
        rng = self.rng
        # Sentences after the lead: points, the credit, background, fillers.
        n = len(parent.points) + (parent.credit is not None) + len(parent.background) + len(parent.fillers)
        drop = frozenset(rng.sample(range(1, n), min(n - 2, rng.randrange(1, 3)))) if n > 2 else frozenset()
        return replace(parent, headline=parent.headline + 1, lead=parent.lead + (1 if rng.random() < 0.5 else 0),
                       drop=drop, dateline=None if rng.random() < 0.5 else parent.dateline,
                       credit=agency if rng.random() < 0.6 else parent.credit)

    def add(self, article: _HArticle, outlet: dict[str, str], moment: datetime, cluster: int | None,
            relation: str) -> _Doc:
        doc = _Doc(text=_hard_render(article), lang=article.lang, outlet=outlet, moment=moment, cluster=cluster,
                   relation=relation)
        self.docs.append(doc)
        return doc

    def outlet(self, lang: str) -> dict[str, str]:
        return self.rng.choice(self.outlets[lang])

    def translation_target(self, source: str) -> str:
        rng = self.rng
        targets = [lang for lang in self.languages if lang != source]
        if not targets:
            return source
        # English and Russian translate each other most often.
        weights = [self.weights[self.languages.index(t)] * (3 if {t, source} == {"en", "ru"} else 1) for t in targets]
        return rng.choices(targets, weights)[0]

    def story(self) -> _HStory:
        rng = self.rng
        cluster = self.next_cluster
        self.next_cluster += 1
        story = self.story_facts()
        lang = self.lang()
        agency = rng.choice(self.agencies[lang])
        root = self.report(story, lang, agency)
        start = story.day + timedelta(minutes=rng.randrange(5, 60))
        members: list[tuple[_HArticle, _Doc, dict[str, str]]] = [
            (root, self.add(root, agency, start, cluster, "original"), agency)]
        size = rng.choice(_STORY_SIZES)
        if size >= 3 and rng.random() < 0.45:
            # A second agency's report of the same statement: other words, other quoted fragments.
            lang2 = lang if rng.random() < 0.8 else self.translation_target(lang)
            others = [a for a in self.agencies[lang2] if a is not agency] or self.agencies[lang2]
            agency2 = rng.choice(others)
            kinds = [story.points[0], *rng.sample(story.points[1:], max(1, len(story.points) - 2))]
            second = self.report(story, lang2, agency2, avoid=root, kinds=kinds)
            doc = self.add(second, agency2, start + _delay(rng, 5, 6 * 60), cluster,
                           "rewrite" if lang2 == lang else "translation")
            members.append((second, doc, agency2))
        relations = [r for r, _ in _HARD_RELATIONS]
        weights = [w for _, w in _HARD_RELATIONS]
        while len(members) < size:
            relation = rng.choices(relations, weights)[0]
            # Roots are copied most; later members are sometimes the parent of a translation.
            parent, parent_doc, agency = members[0] if rng.random() < 0.5 else rng.choice(members)
            if relation == "exact copy":
                outlet = self.outlet(parent.lang)
                article = replace(parent, footer=rng.choice(["", "", f"{outlet['name']}\n"]),
                                  spacing=rng.randrange(3), headline=parent.headline + rng.randrange(2))
                delay = _delay(rng, 2, 240)
            elif relation == "near copy":
                outlet = self.outlet(parent.lang)
                article = self.near_copy(parent, agency)
                delay = _delay(rng, 10, 12 * 60)
            else:
                target = parent.lang if relation == "rewrite" else self.translation_target(parent.lang)
                relation = "rewrite" if target == parent.lang else "translation"
                outlet = self.outlet(target)
                article = self.derive(parent, target, outlet, relation, agency)
                delay = _delay(rng, 30, 2 * 24 * 60)
            doc = self.add(article, outlet, parent_doc.moment + delay, cluster, relation)
            members.append((article, doc, agency))
        return story

    def distractor(self, near: _HStory) -> None:
        """The same speaker in the same week with another statement; copied once sometimes (a story of its own)."""
        rng = self.rng
        story = self.story_facts(near)
        lang = self.lang()
        agency = rng.choice(self.agencies[lang])
        article = self.report(story, lang, agency)
        copied = rng.random() < 0.3
        cluster = None
        if copied:
            cluster = self.next_cluster
            self.next_cluster += 1
        doc = self.add(article, agency, story.day + timedelta(minutes=rng.randrange(5, 90)), cluster, "original")
        if copied:
            self.add(self.near_copy(article, agency), self.outlet(lang), doc.moment + _delay(rng, 10, 600),
                     cluster, "near copy")

    def singleton(self) -> None:
        """An unrelated report from the same period, alone."""
        rng = self.rng
        story = self.story_facts()
        lang = self.lang()
        wire = rng.choice(self.agencies[lang])
        outlet = wire if rng.random() < 0.5 else self.outlet(lang)
        self.add(self.report(story, lang, wire), outlet, story.day + timedelta(minutes=rng.randrange(5, 90)), None,
                 "original")


def _domain(name: str) -> str:
    slug = "".join(c for c in _fold(_cyrillic_to_latin(name)).lower() if c.isascii() and c.isalnum())
    return f"{slug or 'outlet'}.example"


def _cyrillic_to_latin(text: str) -> str:
    back = {v: k for k, v in _hard()["spell"]["ru"].items()}
    back.update({"і": "i", "ї": "i", "є": "e", "ъ": "a", "ь": ""})
    return "".join(back.get(c.lower(), c) for c in text)


def _generate_hard(n_stories: int, seed: int, distractors: int, singletons: int | None,
                   languages: Sequence[str]) -> list[dict[str, Any]]:
    builder = _HardBuilder(seed, languages)
    stories = [builder.story() for _ in range(n_stories)]
    for _ in range(distractors):
        if stories:
            builder.distractor(builder.rng.choice(stories))
        else:
            builder.singleton()
    for _ in range(n_stories // 2 if singletons is None else singletons):
        builder.singleton()
    return _records(builder)


# -- scale -------------------------------------------------------------------------------------------------


def generate_scale(n_docs: int, seed: int) -> Iterator[dict[str, Any]]:
    """``n_docs`` short records (80-150 words of invented words) with planted copy clusters, streamed.

    About a quarter are copies of a recent article: exact (same text, maybe another footer) or near (about
    one word in twenty replaced, a sentence dropped). Gold fields as in :func:`generate_gold` (``cluster`` is
    the number of the story's first article). Unrelated articles share almost no 5-word shingle, so the
    cost measured is the method's, not a giant accidental cluster's.
    """
    rng = random.Random(seed)
    data = _names()
    syllables: list[str] = data["scale_syllables"]
    vocabulary = sorted({"".join(rng.choices(syllables, k=rng.randrange(2, 5))) for _ in range(40000)})
    function: list[str] = data["scale_function"]
    outlets = [o["name"] for o in (*data["outlets"], *data["agencies"]) if o["lang"] == "en"]
    recent: list[tuple[int, list[str], datetime]] = []
    start = _START
    for n in range(n_docs):
        moment = start + timedelta(seconds=n * 7 + rng.randrange(0, 600))
        if recent and rng.random() < 0.25:
            story, sentences, first = recent[rng.randrange(len(recent))]
            if rng.random() < 0.4:
                text, relation = "\n\n".join(sentences), "exact copy"
            else:
                edited = list(sentences)
                if len(edited) > 3:
                    del edited[rng.randrange(1, len(edited))]
                words = " ".join(edited).split(" ")
                for _ in range(max(1, len(words) // 20)):
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                text, relation = " ".join(words), "near copy"
            moment = max(moment, first + timedelta(minutes=rng.randrange(1, 600)))
        else:
            story, relation = n, "original"
            sentences = []
            for _ in range(rng.randrange(6, 10)):
                words = rng.choices(vocabulary, k=rng.randrange(9, 14))
                words[rng.randrange(1, len(words))] = rng.choice(function)
                words.insert(rng.randrange(1, len(words)), str(rng.randrange(2, 5000)))
                sentences.append(" ".join(words).capitalize() + ".")
            text = "\n\n".join(sentences)
            recent.append((n, sentences, moment))
            if len(recent) > 2000:
                recent.pop(rng.randrange(len(recent)))
        yield {"id": f"x{n:08d}", "text": text, "published": moment.isoformat(), "outlet": rng.choice(outlets),
               "lang": "en", "cluster": story, "relation": relation}


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m unspin.evaluate.story_corpus --stories 40 --seed 7 --distractors 20 > gold.jsonl``."""
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(description="Write a synthetic story gold corpus as JSON Lines.")
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--distractors", type=int, default=20)
    parser.add_argument("--singletons", type=int, default=None)
    parser.add_argument("--languages", default=None,
                        help="comma-separated ISO 639-1 codes (default: every language of the difficulty)")
    parser.add_argument("--difficulty", choices=("easy", "hard"), default="easy")
    args = parser.parse_args(argv)
    records = generate_gold(args.stories, seed=args.seed, distractors=args.distractors,
                            singletons=args.singletons,
                            languages=args.languages.split(",") if args.languages else None,
                            difficulty=args.difficulty)
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
