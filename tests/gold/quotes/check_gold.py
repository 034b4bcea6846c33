"""Build, check and count the quote gold set.

    python tests/gold/quotes/check_gold.py build   # sources/*.py -> dev/*.json and frozen/*.json
    python tests/gold/quotes/check_gold.py check   # every convention of README.md, on the JSON files
    python tests/gold/quotes/check_gold.py stats   # articles, quotes, actors per language and per case
    python tests/gold/quotes/check_gold.py show dev/en-mt-01-convoy.json   # each quote with its evidence

The articles are written in ``sources/*.py`` with each quote given as the words it contains, never as
offsets: ``build`` finds the words in the text (they must occur exactly once, or once after an ``after``
anchor), so the offsets in the JSON are exact by construction, and asserts ``text[start:end]`` is what
was intended. Edit the sources, then rebuild; do not edit offsets in the JSON by hand.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "frozen")
LANGS = ("en", "ru", "fr", "de")

# Every character the press uses to open or close a quote; a direct quote's content sits right inside one.
QUOTE_MARKS = "\"'“”‘’«»„‚‹›"
# Russian-style interruption: «First part, — said X. — Second part». A dash then bounds the content.
DASHES = "—–"
# Pronouns are speaker mentions, never name variants (README: "variants").
PRONOUNS = {"he", "she", "they", "him", "her", "it", "il", "elle", "er", "sie", "он", "она", "его", "её", "ее"}


# -- the authoring vocabulary used by sources/*.py ----------------------------------------------------------


@dataclass(frozen=True)
class Q:
    """A quote given by its words: ``content`` must occur once in the text (after ``after``, if given)."""

    content: str
    kind: str
    speaker: str | None
    mention: str | None
    cue: str | None
    after: str | None = None


def D(content: str, speaker: str | None, mention: str | None, cue: str | None, *, after: str | None = None) -> Q:
    """A direct quote."""
    return Q(content, "direct", speaker, mention, cue, after)


def R(content: str, speaker: str | None, mention: str | None, cue: str | None, *, after: str | None = None) -> Q:
    """A reported (gold: indirect) quote."""
    return Q(content, "indirect", speaker, mention, cue, after)


@dataclass(frozen=True)
class A:
    """An actor: ``name`` (the fullest form, which occurs in the text) and the other strings naming it."""

    name: str
    type: str
    others: tuple[str, ...] = ()

    @property
    def variants(self) -> list[str]:
        return [self.name, *self.others]


def P(name: str, *others: str) -> A:
    return A(name, "person", others)


def O(name: str, *others: str) -> A:  # noqa: E743 - O for organisation reads well in the sources
    return A(name, "organisation", others)


@dataclass(frozen=True)
class Article:
    id: str
    split: str
    lang: str
    style: str
    cases: tuple[str, ...]
    text: str
    actors: tuple[A, ...]
    quotes: tuple[Q, ...]
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# -- build ---------------------------------------------------------------------------------------------


def locate(text: str, quote: Q) -> tuple[int, int]:
    """The offsets of a quote's words: exactly one occurrence (after the anchor, if any), else an error."""
    origin = 0
    if quote.after is not None:
        origin = text.find(quote.after)
        if origin < 0:
            raise ValueError(f"anchor {quote.after!r} not in the text")
        origin += len(quote.after)
    start = text.find(quote.content, origin)
    if start < 0:
        raise ValueError(f"quote {quote.content[:60]!r} not found")
    if quote.after is None and text.find(quote.content, start + 1) >= 0:
        raise ValueError(f"quote {quote.content[:60]!r} occurs twice; give an 'after' anchor")
    end = start + len(quote.content)
    assert text[start:end] == quote.content
    return start, end


def article_json(article: Article) -> dict[str, Any]:
    quotes = []
    for quote in article.quotes:
        start, end = locate(article.text, quote)
        quotes.append({"start": start, "end": end, "kind": quote.kind, "speaker": quote.speaker,
                       "speaker_mention": quote.mention, "cue": quote.cue})
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    return {
        "text": article.text,
        "quotes": quotes,
        "actors": [{"name": a.name, "type": a.type, "variants": a.variants} for a in article.actors],
        "meta": {"id": article.id, "lang": article.lang, "style": article.style, "split": article.split,
                 "cases": list(article.cases), "notes": article.notes},
    }


def load_sources() -> Iterator[Article]:
    for path in sorted((HERE / "sources").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"gold_sources_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield from module.ARTICLES


def build() -> int:
    seen: set[str] = set()
    for article in load_sources():
        if article.id in seen:
            raise SystemExit(f"duplicate article id {article.id}")
        seen.add(article.id)
        if article.split not in SPLITS:
            raise SystemExit(f"{article.id}: split {article.split!r}")
        try:
            data = article_json(article)
        except (ValueError, AssertionError) as exc:
            raise SystemExit(f"{article.id}: {exc}") from exc
        out = HERE / article.split / f"{article.id}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # A file whose source was removed or moved to the other split must not linger.
    for split in SPLITS:
        for path in (HERE / split).glob("*.json"):
            if path.stem not in seen or json.loads(path.read_text(encoding="utf-8"))["meta"]["split"] != split:
                path.unlink()
    print(f"built {len(seen)} gold files")
    return 0


# -- check ---------------------------------------------------------------------------------------------


def gold_files() -> list[Path]:
    return sorted(p for split in SPLITS for p in (HERE / split).glob("*.json"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def problems(path: Path) -> list[str]:
    """Every way one gold file breaks the conventions of README.md (empty when it keeps them all)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text: str = data["text"]
    out: list[str] = []
    words = len(text.split())
    if not 80 <= words <= 400:
        out.append(f"{words} words, outside 80-400")
    names = {a["name"] for a in data["actors"]}
    owner: dict[str, str] = {}
    for actor in data["actors"]:
        if actor["type"] not in ("person", "organisation"):
            out.append(f"actor {actor['name']}: type {actor['type']!r}")
        if actor["name"] not in actor["variants"]:
            out.append(f"actor {actor['name']}: the name is not among its variants")
        for variant in actor["variants"]:
            if variant not in text:
                out.append(f"actor {actor['name']}: variant {variant!r} does not occur in the text")
            if _norm(variant) in PRONOUNS:
                out.append(f"actor {actor['name']}: pronoun {variant!r} listed as a variant")
            other = owner.setdefault(_norm(variant), actor["name"])
            if other != actor["name"]:
                out.append(f"variant {variant!r} names both {other} and {actor['name']}")
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    directs = [(q["start"], q["end"]) for q in data["quotes"] if q["kind"] == "direct"]
    for n, q in enumerate(data["quotes"]):
        start, end, kind = q["start"], q["end"], q["kind"]
        where = f"quotes[{n}] {text[start:end][:40]!r}"
        if not 0 <= start < end <= len(text):
            out.append(f"{where}: offsets outside the text")
            continue
        content = text[start:end]
        if kind not in ("direct", "indirect"):
            out.append(f"{where}: kind {kind!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            out.append(f"{where}: speaker {q['speaker']!r} is not an actor")
        for key in ("speaker_mention", "cue"):
            if q[key] is not None and q[key] not in text:
                out.append(f"{where}: {key} {q[key]!r} does not occur in the text")
        if content != content.strip():
            out.append(f"{where}: white space at an edge")
        if kind == "direct":
            # A quote interrupted by its attribution inside one pair of marks (French «A, a-t-il dit, B»)
            # has its two halves within a short incise of each other; nothing else may sit outside a mark.
            incise = {e for s, e in directs if 0 < start - e < 40} or {s for s, e in directs if 0 < s - end < 40}
            before = text[:start].rstrip()
            if not before or (before[-1] not in QUOTE_MARKS + DASHES and not incise):
                out.append(f"{where}: a direct quote must start right after an opening mark")
            after = text[end:].lstrip(" \u00a0\u202f")
            if after and after[0] not in QUOTE_MARKS + DASHES + "\n" and not incise:
                out.append(f"{where}: a direct quote must end at a mark (or at the end of an unclosed paragraph)")
        elif content.endswith("."):
            out.append(f"{where}: a reported clause excludes its final period")
        for s, e in spans[kind]:
            if s < end and start < e:
                out.append(f"{where}: overlaps another {kind} quote")
        spans[kind].append((start, end))
    return out


def check() -> int:
    files = gold_files()
    bad = 0
    for path in files:
        for problem in problems(path):
            bad += 1
            print(f"{path.relative_to(HERE)}: {problem}")
    frozen = sum(1 for p in files if p.parent.name == "frozen")
    print(f"{len(files)} files ({frozen} frozen), {bad} problems")
    return 1 if bad else 0


def stats() -> int:
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    cases: Counter[str] = Counter()
    for path in gold_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = data["meta"]
        for key in (meta["lang"], f"{meta['lang']}/{meta['style']}", f"split:{meta['split']}", "total"):
            row = rows[key]
            row["articles"] += 1
            row["words"] += len(data["text"].split())
            row["quotes"] += len(data["quotes"])
            row["direct"] += sum(q["kind"] == "direct" for q in data["quotes"])
            row["indirect"] += sum(q["kind"] == "indirect" for q in data["quotes"])
            row["null speaker"] += sum(q["speaker"] is None for q in data["quotes"])
            row["actors"] += len(data["actors"])
            row["persons"] += sum(a["type"] == "person" for a in data["actors"])
            row["variants"] += sum(len(a["variants"]) for a in data["actors"])
        cases.update(meta["cases"])
    cols = ("articles", "words", "quotes", "direct", "indirect", "null speaker", "actors", "persons", "variants")
    print(f"{'':<16}" + "".join(f"{c:>13}" for c in cols))
    for key in sorted(rows, key=lambda k: (k == "total", k.startswith("split"), k)):
        print(f"{key:<16}" + "".join(f"{rows[key][c]:>13}" for c in cols))
    print()
    for case, n in sorted(cases.items()):
        print(f"{n:>4}  {case}")
    return 0


def show(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    for q in data["quotes"]:
        print(f"[{q['start']}:{q['end']}] {q['kind']:<8} {q['speaker']!s:<28} {q['speaker_mention']!s:<24} "
              f"{q['cue']!s:<20} {text[q['start']:q['end']]!r}")
    for a in data["actors"]:
        print(f"{a['type']:<13} {a['name']:<30} {a['variants']}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["build"]:
        return build()
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["stats"]:
        return stats()
    if argv[:1] == ["show"] and len(argv) == 2:
        return show(HERE / argv[1] if not Path(argv[1]).exists() else Path(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
