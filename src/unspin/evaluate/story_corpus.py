"""A synthetic gold corpus of news stories, built to be hard for any one clustering key.

``generate_gold(n_stories, seed=..., distractors=...)`` writes invented statement articles and what the
news ecosystem does with them, as gold records (the format of :mod:`unspin.evaluate.stories`):

* **original**: an agency report of one statement: an invented actor of an invented organisation, a place, a
  date, numbers (an amount, a count or a percentage), the statement as reported speech in the lead and as a
  direct quote, a reaction, background, and in most a dateline, often with a wire credit.
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

__all__ = ["LANGUAGES", "generate_gold", "generate_scale"]

LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "fr", "de", "es", "it")
_CLAIMS: Final = ("plan", "deny", "warn", "result", "talks")
_BODY_KINDS: Final = ("quote", "money", "reaction", "background", "background", "closing")
# Local time offsets of the invented outlets, by language, so that published times are not all UTC.
_OFFSETS: Final = {"en": 0, "ru": 3, "fr": 1, "de": 1, "es": 1, "it": 1}
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
    # The quote's opening and closing words: statements of one kind must not all read alike.
    quote_open: int = 0
    quote_tail: int = 0


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
    said = claim["direct"].format(**slots)
    head_words = spec["quote_open"][frame.quote_open % len(spec["quote_open"])]
    if head_words:
        # German capitalises nouns, and a sentence may start with a number or a name: lower only a lower word.
        first = said.split(" ", 1)[0]
        keep = layout.lang == "de" or not first.istitle() or first in slots.values() or said[:1].isdigit()
        said = head_words + (said if keep else said[:1].lower() + said[1:])
    said += spec["quote_tail"][frame.quote_tail % len(spec["quote_tail"])].format(**slots)
    quote = opening + said + closing
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
            quote_open=rng.randrange(5), quote_tail=rng.randrange(5))

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
                  languages: Sequence[str] = LANGUAGES) -> list[dict[str, Any]]:
    """Gold records (JSONL-ready dicts) for ``n_stories`` stories, ``distractors`` hard negatives and
    ``singletons`` unrelated documents (default: half as many as distractors); deterministic for ``seed``.

    Each record has ``id``, ``text``, ``published`` (ISO 8601, or absent), ``outlet``, ``lang`` (absent on
    about a fifth: a reader must detect it), ``url``, ``cluster`` (int, or null alone) and ``relation``.
    Stories are ``cluster`` 0..n_stories-1; copied distractors get the numbers after them.
    """
    if n_stories < 0 or distractors < 0:
        raise ValueError("n_stories and distractors must not be negative")
    builder = _Builder(seed, languages)
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


def _records(builder: _Builder) -> list[dict[str, Any]]:
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
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated ISO 639-1 codes")
    args = parser.parse_args(argv)
    records = generate_gold(args.stories, seed=args.seed, distractors=args.distractors,
                            singletons=args.singletons, languages=args.languages.split(","))
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
