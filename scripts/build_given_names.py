"""Build src/unspin/data/actors/given_names_generated.json from Faker's per-locale first-name lists.

    .venv/bin/pip install -e '.[build]'      # Faker, only for this script; never a runtime dependency
    .venv/bin/python scripts/build_given_names.py [--ptc FOLDER] [--out FILE]

Why: the actors stage opens a person's name at a known given name ("Ayşe Demir", "Karim Benali"), and the
hand-written list (given_names.json, ~1,100 names) misses most Turkish, Arabic, French and German names.
Faker (MIT licence) keeps first-name lists with a male/female split for many locales; we take the locales of
the news we read (Europe, Russia, Ukraine, the Caucasus, Turkey, the Middle East) in Latin or Cyrillic script.
Arabic, Persian, Hebrew, Greek, Armenian and Georgian lists are in their own scripts, which our articles do not
print names in, so they are skipped; Arabic names reach the list through the Latin lists that carry them
(fr_DZ, de_DE, en_PK, az_AZ, tr_TR).

Gender per name: "m" or "f" when every list that has it agrees, "u" when lists disagree (Andrea, Sasha) or only
an unsplit list has it. The runtime reads "u" as no hint.

What is dropped (kept in the output's "dropped" list for review), because a given name that is also an
ordinary word would make people out of "Will", "Hope" or "May":
- names of one or two letters;
- names written in lower case at least ``MIN_WORD_COUNT`` times in the English PTC training articles (when the
  folder is there), or listed as function words (language profiles), stop words (actors names.json), months
  or weekdays (anatomy dates.json);
- names the PTC articles print capitalised at least ``MIN_SURNAME_COUNT`` times and at most ``MAX_GIVEN_SHARE``
  of those times right before another capitalised word: there the word is a surname or a place ("Wilson
  said", "in Austin"), not a given name;
- the hand-kept ``not_given`` list in given_names.json: words Faker lists as given names that the press uses
  mostly for places, peoples, faiths or brands ("Israel", "Muslim", "Mercedes"), which the lower-case test
  cannot see because they are always capitalised;
- names with characters other than letters, hyphen and apostrophe, or with a space (compound names are read
  word by word).

The output is deterministic for one Faker version and one word list (sorted keys; "built" is the date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "unspin" / "data"
OUT = DATA / "actors" / "given_names_generated.json"
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train-articles"

# Locales of the news we read, in Latin or Cyrillic script. Faker has no sr_*, be_BY or a Latin Arabic list;
# el_GR, he_IL, hy_AM, ka_GE, fa_IR and ar_* are in scripts our articles do not print names in. bg_BG and
# mk_MK are left out on purpose: their long folk-name lists hold Russian words ("мир", "сила", "герой",
# "чудо"), and Cyrillic names match by stem, so they would open names at ordinary capitalised words.
LOCALES = (
    "en_GB", "en_IE", "en_US", "en_NZ", "en_PK",
    "ru_RU", "uk_UA",
    "pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "ro_RO", "hu_HU",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_DZ", "it_IT",
    "es_ES", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "sv_SE", "no_NO", "da_DK", "fi_FI",
    "tr_TR", "az_AZ", "uz_UZ",
)
# A word seen this often in lower case in English news is an ordinary word first ("will", "hope", "grant").
MIN_WORD_COUNT = 3
# A word capitalised this often, and (almost) never before another capitalised word, is a surname or a place
# there ("Clinton said", "in Georgia"; "Clinton Foundation" is the rare exception), not a given name.
MIN_SURNAME_COUNT = 3
MAX_GIVEN_SHARE = 0.1
_NAME = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
_LOWER_TOKEN = re.compile(r"(?<![^\W\d_])[a-zà-öø-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*")
# A capitalised word, and whether a capitalised word follows it (a given name opens "Ayşe Demir").
# A lower-case particle may sit between them ("Mohammed bin Salman", "Ursula von der Leyen").
_CAP_TOKEN = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+)(?![^\W\d_])((?:[ \u00a0]+(?:bin|ibn|al|el|de|da|di|van|von|der"
                        r"|le|la|du|del|dos|das))?[ \u00a0-]+[A-Z])?")
_SCRIPTS = ("LATIN", "CYRILLIC")


def _script_ok(name: str) -> bool:
    return all(unicodedata.name(ch, "").startswith(_SCRIPTS) for ch in name if ch.isalpha())


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ə": "a", "æ": "ae", "œ": "oe"})


def fold_diacritics(name: str) -> str:
    """``name`` without accents, for Latin names only (Cyrillic й and ё are letters of their own)."""
    if not name.isascii() and all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha()):
        bare = unicodedata.normalize("NFKD", name.translate(_FOLD))
        return "".join(ch for ch in bare if not unicodedata.combining(ch))
    return name


def _locale_lists(locale: str) -> tuple[list[str], list[str], list[str]]:
    """(male, female, unsplit) first names of one Faker locale."""
    from faker import Generator

    module = importlib.import_module(f"faker.providers.person.{locale}")
    provider = module.Provider(Generator())

    def names(attr: str) -> list[str]:
        value = getattr(provider, attr, None)
        return [n for n in value if isinstance(n, str)] if value is not None else []

    male, female = names("first_names_male"), names("first_names_female")
    return male, female, [] if male or female else names("first_names")


def collect(locales: Iterable[str]) -> tuple[dict[str, set[str]], list[str]]:
    """Every usable name (lower case) with the genders lists give it, and the names set aside for shape."""
    genders: dict[str, set[str]] = {}
    odd: set[str] = set()
    for locale in locales:
        male, female, unsplit = _locale_lists(locale)
        for group, mark in ((male, "m"), (female, "f"), (unsplit, "u")):
            for raw in group:
                # Turkish dotted capital I lower-cases to i + a combining dot; the press writes "Ibrahim".
                name = unicodedata.normalize("NFC", raw.strip().replace("İ", "I")).lower()
                if not _NAME.match(name) or not _script_ok(name):
                    odd.add(name)
                    continue
                genders.setdefault(name, set()).add(mark)
                # Wires and machine translation often drop the diacritics ("Ayse", "Baris", "Frederic").
                bare = fold_diacritics(name)
                if bare != name:
                    genders.setdefault(bare, set()).add(mark)
    return genders, sorted(odd)


def corpus_words(ptc: Path | None) -> tuple[set[str], set[str]]:
    """(ordinary words, surnames and places) from the English articles in ``ptc``, lower case."""
    if ptc is None or not ptc.is_dir():
        return set(), set()
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    before_capital: Counter[str] = Counter()
    for path in sorted(ptc.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lower.update(_LOWER_TOKEN.findall(text))
        for m in _CAP_TOKEN.finditer(text):
            word = m.group(1).lower()
            capitalised[word] += 1
            if m.group(2):
                before_capital[word] += 1
    words = {w for w, n in lower.items() if n >= MIN_WORD_COUNT}
    surnames = {w for w, n in capitalised.items()
                if n >= MIN_SURNAME_COUNT and before_capital[w] <= n * MAX_GIVEN_SHARE}
    return words, surnames


def ordinary_words() -> set[str]:
    """Lower-case words of our own lists that must not be given names: function words, stop words, dates."""
    words: set[str] = set()
    profiles = json.loads((DATA / "language" / "profiles.json").read_text(encoding="utf-8"))
    for listed in profiles["words"].values():
        words |= {w.lower() for w in listed}
    names = json.loads((DATA / "actors" / "names.json").read_text(encoding="utf-8"))
    words |= {w.lower() for w in names["stop"]}
    dates = json.loads((DATA / "anatomy" / "dates.json").read_text(encoding="utf-8"))
    for key in ("months", "weekdays"):
        for listed in dates[key].values():
            words |= {w.lower() for w in listed}
    return words


def build(ptc: Path | None, today: dt.date) -> dict[str, Any]:
    import faker

    hand = json.loads((DATA / "actors" / "given_names.json").read_text(encoding="utf-8"))
    not_given = {w.lower() for w in hand.get("not_given", [])}
    genders, odd = collect(LOCALES)
    words, surnames = corpus_words(ptc)
    words |= ordinary_words()
    names: dict[str, str] = {}
    dropped: dict[str, str] = {}
    for name, marks in sorted(genders.items()):
        if len(name) <= 2:
            dropped[name] = "short"
        elif name in not_given:
            dropped[name] = "not_given"
        elif name in words:
            dropped[name] = "word"
        elif name in surnames:
            dropped[name] = "surname"
        else:
            split = marks - {"u"}
            names[name] = split.pop() if len(split) == 1 else "u"
    return {
        "_comment": "Generated by scripts/build_given_names.py from Faker's first-name lists; do not edit by "
                    "hand (edit given_names.json or the script, then rebuild). Keys are lower case; 'm'/'f' "
                    "when every list agrees, 'u' when lists disagree or give no gender. 'dropped' are names "
                    "left out as ordinary words ('word'), surnames or places in the corpus ('surname'), hand "
                    "exclusions ('not_given') or too short.",
        "source": f"Faker {faker.VERSION}, MIT licence (https://github.com/joke2k/faker)",
        "locales": list(LOCALES),
        "word_list": f"lower-case tokens seen >= {MIN_WORD_COUNT} times in {ptc.name if ptc else 'no corpus'}"
                     " + language profiles + actors stop words + months and weekdays; surnames: capitalised >= "
                     f"{MIN_SURNAME_COUNT} times there and before a capitalised word at most "
                     f"{MAX_GIVEN_SHARE:.0%} of them",
        "built": today.isoformat(),
        "names": names,
        "dropped": dict(sorted(dropped.items())),
        "odd_shape": odd,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--ptc", type=Path, default=PTC, help="folder of English articles for the word list")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    ptc = args.ptc if args.ptc.is_dir() else None
    if ptc is None:
        print(f"warning: {args.ptc} not found; the word list is only our own lists", file=sys.stderr)
    data = build(ptc, dt.date.today())
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(data['names'])} names, {len(data['dropped'])} dropped, {len(data['odd_shape'])} odd -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
