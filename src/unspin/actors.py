"""People and organisations an article names, with every variant of each name (heuristic, no model).

The stage runs after anatomy, segment, language and mt, and before quotes. It sets ``doc.actors`` (ids ``a1``,
``a2``... in order of first mention) and adds ``mention`` spans labelled ``name`` (the text is one of the
actor's variants) or ``role`` (a role-noun phrase such as "the General" resolved to one person), each with
``attrs["actor"]``.

How people are found (all heuristics, tuned on the quote gold set's dev part):

1. Runs of capitalised words (Latin or Cyrillic) are cut where a given name or an initial starts; the part
   from there on is a full name ("Tarvik Oleg X" -> "Oleg X"), unless it would hold an organisation head or
   run past four words when a later start would not. Given names are the hand list (given_names.json) plus a
   broad lexicon built from Faker's first-name lists (given_names_generated.json, ordinary words filtered out).
   Without a known given name, a run is a name
   when a title or role word stands before it ("Major General", "Senator", "мэр", a capitalised German role
   noun: "Geschäftsführer X Y"), when its last word has a (mostly East Slavic) surname shape, when the byline
   names it, or when its context only fits a person: a speech verb before it that ends the clause
   ("..., said X Y."), or after it ", who", an age (", 61,") or an apposition headed by a role noun
   ("X Y, a spokeswoman for ..."; not when that phrase is itself the subject of "said", as in a lead
   attributed at its end, and not after "the").
2. Full names are grouped into people: same given name (after folding transliteration variants: Sergey =
   Sergei, Yevgenia = Evgeniya) or an initial that agrees, and a surname equal after folding, equal up to
   its gender form, or one edit apart (machine-translation misspellings). Cyrillic words compare by stem, so
   inflected forms ("Евгению Орлову") join their nominative.
3. Single surnames ("Tselikov said", "M. Marchetti", "Орловой") join the person whose surname matches best
   (exact beats gender form beats misspelling); two people at the same level: the nearest one before. An
   initial that disagrees ("D. X" for "Joseph X", a machine-translation habit) joins only when exactly one
   person carries the surname.
4. A lone given name ("Graham said") joins the one person introduced with it (Latin names in the given-name
   list only; nobody else may carry it as a surname).
5. Headlines name no new person: a headline word only links to a person the body names. A short headline
   organisation that opens or ends with a head noun ("Ministry of Labour") is an actor even there.

Organisations: capitalised phrases with a head noun ("Ministry of Defence of X", "Lindell Institute",
"Stadtverwaltung X", "Министерство ... X"), names introduced by a type noun ("the supplier, X", company
"X", "a group called X", изданию «X»), acronyms that are not place codes, one-word bodies (Kremlin,
Pentagon), the wire of the dateline, a capitalised phrase that "said in a statement" without any sign of a
person, a nationality adjective or a possessive before a government noun ("the Korvenian government"), and
Russian lower-case heads whose genitives reach a capitalised name ("департамента транспорта X"). A shorter
name whose words are all in one longer name is its variant ("Ministry of Defence").

Roles come from appositions ("<role> <Name>", "<Name>, the <role>,", "<role>, <Name>,"); later definite
role-noun phrases ("the General", "the representative of the ministry", "глава города", "the country's
agriculture minister") become ``role`` mentions when exactly one person's roles contain every word of the
phrase (office synonyms fold first: director = head, директор = руководитель = глава) and that person's
gender agrees with the phrase's when both are known (a feminine noun, a German -in form, French la/le against
honorifics, gendered role words and East Slavic name endings). A definite gendered generic noun
("чиновница") that matches no role goes to the nearest person named before it whose gender agrees.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

from unspin.cuescan import merged_pattern, scan
from unspin.document import BYLINE, DATELINE, HEADLINE, MENTION, REPEATED, Actor, ActorKind, Document, Span
from unspin.settings import Settings
from unspin.wordlists import load_object, trie_pattern

__all__ = [
    "actor_for_span",
    "annotate_actors",
    "anonymity_marks",
    "find_actors",
    "fold_name",
    "given_name_gender",
    "given_name_unisex",
    "is_role_noun",
    "lowered",
    "oblique_given_gender",
    "oblique_given_nominative",
    "occurrences",
    "role_class",
    "role_hypernym",
    "surname_nominatives",
]

PERSON: ActorKind = "person"
ORGANISATION: ActorKind = "organisation"

_UPPER = ("A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
          "А-ЯЁЄІЇҐ")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґІЇЄҐ]")
_QUOTES_OPEN = "«\"“„‹‘'"
_QUOTES_CLOSE = "»\"”“›’'"
# A bare capitalised Cyrillic word (perhaps hyphenated): a surname candidate for _find_bare_surnames.
_RU_BARE = r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?![^\W_])"


# -- data ------------------------------------------------------------------------------------------


def _load(name: str) -> dict[str, Any]:
    return load_object("actors", name)


@cache
def _generated_given() -> dict[str, str]:
    """The broad given-name lexicon built from Faker's lists (scripts/build_given_names.py): name -> m/f/u.

    It widens the hand-written list (Turkish, Arabic, French, German, Nordic, Baltic names) and gives each name
    a gender hint; ordinary words ("Will", "Hope"), corpus surnames and places were filtered out at build time.
    """
    names: dict[str, str] = _load("given_names_generated.json")["names"]
    return names


def given_name_gender(word: str) -> str | None:
    """"m" or "f" when the generated lexicon gives the given name ``word`` one gender, else None (heuristic).

    Looks up the word as written, lower case, so an inflected Cyrillic form gives None. "u" names (Andrea,
    Sasha: male in one country, female in another) give None.
    """
    gender = _generated_given().get(word.lower())
    return gender if gender in ("m", "f") else None


def given_name_unisex(word: str) -> bool:
    """Whether the generated lexicon knows ``word`` as a given name of either gender ("Jean", "Andrea",
    "Sasha"): its last letter then says nothing of the bearer's gender."""
    return _generated_given().get(word.lower()) == "u"




# East Slavic given names in an oblique case, back to the nominative: (ending, nominative ending, gender).
# "Андрея", "Андрею", "Андреем" -> "Андрей"; "Игорю" -> "Игорь"; "Олега", "Олегу", "Олегом" -> "Олег";
# "Нины", "Нину", "Ниной" -> "Нина". Longer endings first.
_SLAVIC_OBLIQUE = (("ем", "й", "m"), ("ем", "ь", "m"), ("ом", "", "m"), ("ой", "а", "f"), ("ей", "я", "f"),
                   ("я", "й", "m"), ("я", "ь", "m"), ("ю", "й", "m"), ("ю", "ь", "m"), ("а", "", "m"), ("у", "", "m"),
                   ("ы", "а", "f"), ("и", "а", "f"), ("у", "а", "f"), ("и", "я", "f"), ("ю", "я", "f"))


@lru_cache(maxsize=4096)
def oblique_given_gender(word: str) -> str | None:
    """"m" or "f" for a Cyrillic given name in an oblique case ("Андрея Кулагина", "Олегу", "Нину"), read from
    its nominative, which the given-name lexicon knows ("Андрей": m); None for a nominative, for a form that is
    also a name of its own ("Александра": the genitive of Александр, and a woman's name) and for other words.
    A heuristic: an oblique given name also makes the surname beside it look like the other gender
    ("Кулагина" is his genitive, not a woman's surname)."""
    found = _oblique_readings(word)
    return found[0][1] if found else None


@lru_cache(maxsize=4096)
def oblique_given_nominative(word: str) -> str | None:
    """The nominative of a Cyrillic given name in an oblique case, capitalised as ``word`` is ("Андрея" ->
    "Андрей", "Нину" -> "Нина"); None where :func:`oblique_given_gender` gives None. A heuristic, for display."""
    found = _oblique_readings(word)
    if len(found) != 1:
        return None
    nominative = found[0][0]
    return nominative[:1].upper() + nominative[1:] if word[:1].isupper() else nominative


# Russian surname endings in the oblique cases, after the nominative they come from ("Петров" -> "Петрова",
# "Петрову", "Петровым", "Петрове"; "Петрова" -> "Петровой", "Петрову"; "Горский" -> "Горского" ...).
_SURNAME_OBLIQUE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "m": (("ий", ("ого", "ому", "им", "ом")), ("ый", ("ого", "ому", "ым", "ом")), ("ой", ("ого", "ому", "ым", "ом")),
          ("", ("а", "у", "ым", "ом", "е"))),
    "f": (("ая", ("ой", "ую")), ("а", ("ой", "у"))),
}


def surname_nominatives(surname: str, gender: str) -> list[str]:
    """The nominatives a Russian surname in an oblique case may come from, for a man ("m") or a woman ("f"):
    "Путина" -> ["Путин"], "Горского" -> ["Горский", "Горскый", "Горской"]: candidates, to be checked against the
    forms a text attests (a heuristic)."""
    out = []
    for nominative_end, endings in _SURNAME_OBLIQUE.get(gender, ()):
        for ending in endings:
            if surname.endswith(ending) and len(surname) > len(ending) + 2:
                out.append(surname[:len(surname) - len(ending)] + nominative_end)
    return out


def _oblique_readings(word: str) -> list[tuple[str, str]]:
    """(nominative, gender) of each reading of ``word`` as an oblique case of a known given name; one gender
    only (a form read as both a man's and a woman's name gives nothing)."""
    low = word.lower()
    if not _is_cyrillic(low) or given_name_gender(low) is not None:
        return []
    found = {(low[:-len(ending)] + nominative, gender) for ending, nominative, gender in _SLAVIC_OBLIQUE
             if low.endswith(ending) and len(low) - len(ending) >= 2
             and given_name_gender(low[:-len(ending)] + nominative) == gender}
    return sorted(found) if len({g for _, g in found}) == 1 else []


def _both_cases(words: Iterable[str]) -> set[str]:
    return {f for w in words for f in (w, w[:1].upper() + w[1:])}


@dataclass(frozen=True, slots=True)
class _Tables:
    given_latin: frozenset[str]
    given_cyrillic: frozenset[str]  # stems
    honorifics: frozenset[str]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    role_modifiers: frozenset[str]
    role_synonyms: dict[str, str]
    role_phrases: dict[str, str]
    ranks: frozenset[str]
    deputy_ranks: frozenset[str]
    hypernyms: dict[str, frozenset[str]]
    role_heads: frozenset[str]  # role nouns as _role_words writes them (synonym class, Cyrillic stem)
    determiners: frozenset[str]
    heads: frozenset[str]
    legal_forms: frozenset[str]  # case-sensitive: "AG", "GmbH", "Ltd", "ООО"
    fr_body: re.Pattern[str]
    de_suffixes: tuple[str, ...]
    ru_heads: tuple[str, ...]
    connectors: frozenset[str]
    single_orgs: frozenset[str]
    acronym_stop: frozenset[str]
    acronyms: dict[str, str]
    stop: frozenset[str]
    relatives: frozenset[str]
    demonyms: tuple[str, ...]
    lowercase_bodies: frozenset[str]
    ru_org: re.Pattern[str]
    ru_head_stems: tuple[str, ...]  # longest first
    ru_agreement: tuple[tuple[str, frozenset[str]], ...]  # adjective ending -> head endings, longest first
    ru_genitive_stop: frozenset[str]
    ru_genitive_bare: frozenset[str]
    acronym_function_words: frozenset[str]
    uk_org: re.Pattern[str]
    ru_head_org: re.Pattern[str]
    lowercase_heads: frozenset[str]
    lowercase_head_modifiers: frozenset[str]
    heads_gated: bool  # the cue scan also finds lower-case heads (see _tables)
    particles: frozenset[str]
    endings_latin: tuple[str, ...]
    endings_cyrillic: tuple[str, ...]
    case_endings: tuple[str, ...]
    translit: tuple[tuple[str, str], ...]
    feminine: tuple[tuple[str, str], ...]
    run: re.Pattern[str]
    cue: re.Pattern[str]
    cue_after: re.Pattern[str] | None  # the cue scan led by the character before a cue (see _tables)
    cue_lower: re.Pattern[str] | None  # cue_after over lower-cased text, lower-case words only (see _scan_cues)
    cue_forms: frozenset[str]  # every cue word as the case-sensitive scan matches it
    lower_trie: str  # the alternation of cue_lower, and its words (for the scan shared with quotes: cuescan)
    lower_words: frozenset[str]
    type_nouns: frozenset[str]
    qualified_type_nouns: dict[str, frozenset[str]]  # type noun -> the words one of which must come before it
    tail_heads: tuple[str, ...]
    tail_modifiers: frozenset[str]
    tail_types: tuple[str, ...]
    before_single: frozenset[str]
    role_or_title: frozenset[str]
    acronym: re.Pattern[str]
    verbs_before: frozenset[str]
    statement_nouns: tuple[str, ...]
    statement_cue: re.Pattern[str]
    statement_org: re.Pattern[str]
    government_nouns: tuple[str, ...]
    feminine_words: frozenset[str]
    masculine_words: frozenset[str]
    generic_gendered: frozenset[str]
    anonymity: re.Pattern[str]  # match right after a noun: ", who asked not to be named" (see roles.json)
    anonymity_any: re.Pattern[str]  # the same phrases, to search a text for
    feminine_surnames: tuple[str, ...]
    masculine_surnames: tuple[str, ...]
    masculine_given_in_a: frozenset[str]
    government_org: re.Pattern[str]
    ru_lower_org: re.Pattern[str]
    person_apposition: re.Pattern[str]
    region_of: re.Pattern[str]
    ru_people_list: re.Pattern[str]
    ru_feminine_speaker: re.Pattern[str]
    ru_place_endings: tuple[str, ...]


@cache
def _tables() -> _Tables:
    given = _load("given_names.json")
    # The hand list and the generated one together: a set membership test per word either way. The hand list
    # is kept on its own because it holds the transliteration variants the generated one lacks.
    generated = _generated_given()
    generated_cyrillic = [n for n in generated if _CYRILLIC.search(n)]
    roles = _load("roles.json")
    orgs = _load("organisations.json")
    names = _load("names.json")
    case_endings = tuple(sorted(names["cyrillic_case_endings"], key=len, reverse=True))
    role_nouns = frozenset(w for words in roles["role_nouns"].values() for w in words)
    particles = frozenset(names["particles"])
    connectors = frozenset(orgs["connectors"])
    # A plural possessive may sit inside a name ("the X Miners' Union"): an apostrophe after "s" when the run
    # goes on with a capitalised word.
    possessive = rf"(?:(?<=s)['’](?=[ \u00a0][{_UPPER}]))?"
    word = rf"[{_UPPER}](?:\.|[^\W_]*(?:[-‐'’][^\W_]+)*{possessive})"
    joiners = trie_pattern(particles | connectors | {"d’", "l’"})
    anonymity = trie_pattern((" ".join(p.lower().split()) for p in roles["anonymity_markers"]), flexible_space=True)
    # A run: capitalised words, initials and acronyms, joined by single spaces, possibly with lower-case
    # particles ("von der", "de") and organisation connectors ("of", "für") between them. Not across lines.
    # The first capital letter comes before the look-behinds: a pattern that opens with a character class
    # lets the regex engine skip ahead to candidates, three times faster than testing every position.
    first = rf"[{_UPPER}](?<![^\W_].)(?<![-‐.].)(?:\.|[^\W_]*(?:[-‐'’][^\W_]+)*{possessive})"
    run = re.compile(rf"{first}(?:[ \u00a0](?:(?:{joiners})[ \u00a0])*{word})+")
    # One scan finds every cue word: role nouns, titles and honorifics (for "Mr X", "minister X" and role
    # mentions), organisation type nouns ("the supplier, X") and one-word bodies ("Kremlin"). Each big
    # alternation costs about 0.2 ms per article however it is written, so there is only one.
    cue_words = role_nouns | frozenset(roles["titles"]) | frozenset(roles["honorifics"]) | \
        frozenset(w for words in orgs["type_nouns"].values() for w in words) | frozenset(orgs["single"]) | \
        frozenset(orgs["qualified_type_nouns"])
    # The lower-case heads ride along in the same scan, only to tell whether the text has one: the scan for
    # "ministère des Affaires ..." costs as much as this one and finds something in one article in twenty.
    # That is exact only while no cue word has a space in it, nor a head after its hyphen (a cue match could
    # then cover a head); otherwise the head scan always runs.
    lowercase_heads = frozenset(orgs["lowercase_heads"])
    heads_gated = all(len(w.split()) == 1 and not any(p in lowercase_heads for p in re.split(r"\W+", w)[1:])
                      for w in cue_words) and all(h.isalnum() for h in lowercase_heads)
    if heads_gated:
        cue_words |= lowercase_heads
    # Capitalised forms only where a capital is usual (titles, honorifics, one-word bodies, German nouns,
    # sentence-initial Russian roles); "The minister" has its noun in lower case.
    capitalised = _both_cases(frozenset(roles["titles"]) | frozenset(roles["honorifics"]) | frozenset(orgs["single"])
                              | frozenset(roles["role_nouns"]["de"]) | frozenset(roles["role_nouns"]["ru"])
                              | frozenset(roles["role_nouns"]["uk"])
                              | frozenset(orgs["type_nouns"]["de"]) | frozenset(orgs["type_nouns"]["ru"])
                              | frozenset(orgs["type_nouns"]["uk"]))
    cue_trie = trie_pattern(cue_words | capitalised, grouped=True)
    cue = re.compile(rf"(?<![^\W_])(?:{cue_trie})(?![^\W_])")
    # The same scan, led by the non-word character before a cue: a pattern that opens with a character class
    # lets the engine skip to candidates instead of entering the look-behind at every position (a seventh
    # faster). Same matches while every cue word starts and ends with a letter or digit (the one before a cue
    # can then never end the cue before it); the start of the text is matched on its own.
    cue_after = re.compile(rf"[\W_]({cue_trie})(?![^\W_])") \
        if all(w[:1].isalnum() and w[-1:].isalnum() for w in cue_words | capitalised) else None
    # Lower-cased text needs half the trie (one case of every word): a sixth faster. Only while lower-casing
    # keeps every cue word's length, so that offsets and the trie's paths correspond (see _scan_cues).
    cue_forms = frozenset(cue_words | capitalised)
    lower_words = frozenset(w.lower() for w in cue_forms)
    lower_trie = trie_pattern(lower_words, grouped=True)
    cue_lower = re.compile(rf"[\W_]({lower_trie})(?![^\W_])") \
        if cue_after is not None and all(len(w.lower()) == len(w) for w in cue_forms) else None
    acronym = re.compile(r"[A-ZА-ЯЁ](?<![^\W_].)[A-ZА-ЯЁ]{1,5}(?![^\W_])")
    # Russian bodies: a capitalised adjective, more adjectives (capitalised or not), the head noun in either
    # case ("Районный суд X", "Корвенийская береговая охрана", "Государственной Думы"); which adjectives agree
    # with the head, and the genitives after it, are read by _find_russian_orgs.
    adjective = r"[а-яё]+(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ыми|ими|ом|ем|ую|юю|ей|их|ых)"
    ru_head_any = trie_pattern({*orgs["ru_heads"], *(w[:1].upper() + w[1:] for w in orgs["ru_heads"])})
    ru_org = re.compile(rf"(?<![^\W_])[А-ЯЁ]{adjective}(?:[ \u00a0][А-ЯЁ]?{adjective}){{0,3}}[ \u00a0]"
                        rf"(?:{ru_head_any})[а-яё]*(?![^\W_])")
    # Ukrainian bodies the same way, with Ukrainian letters and endings ("Ясенівській міській раді").
    uk_adjective = r"[а-яєіїґ'’]+(?:ська|ській|ської|ську|ський|ського|ському|ою|ої|ій|ий|ого|ому|ими|им|их|а|у|і|е)"
    uk_org = re.compile(rf"(?<![^\W_])[А-ЯЄІЇҐ]{uk_adjective}(?:[ \u00a0]{uk_adjective}){{0,3}}[ \u00a0]"
                        rf"(?:{trie_pattern(orgs['uk_heads'])})[а-яєіїґ]*(?![^\W_])")
    return _Tables(
        given_latin=frozenset(given["latin"]) | frozenset(n for n in generated if not _CYRILLIC.search(n)),
        given_cyrillic=frozenset(_stem(n, case_endings) for n in [*given["cyrillic"], *generated_cyrillic]),
        honorifics=frozenset(roles["honorifics"]),
        titles=frozenset(roles["titles"]),
        role_nouns=role_nouns,
        role_modifiers=frozenset(roles["role_modifiers"]),
        role_synonyms=dict(roles["role_synonyms"]),
        role_phrases=dict(roles["role_phrase_synonyms"]),
        ranks=frozenset(_role_form(w, roles["role_synonyms"], case_endings) for w in roles["rank_modifiers"]),
        deputy_ranks=frozenset(_role_form(w, roles["role_synonyms"], case_endings) for w in roles["deputy_ranks"]),
        hypernyms={_role_form(k, roles["role_synonyms"], case_endings):
                   frozenset(_role_form(w, roles["role_synonyms"], case_endings) for w in v)
                   for k, v in roles["role_hypernyms"].items()},
        role_heads=frozenset(_role_form(w, roles["role_synonyms"], case_endings) for w in role_nouns),
        determiners=frozenset(roles["determiners"]),
        heads=frozenset(orgs["heads"]),
        legal_forms=frozenset(orgs["legal_forms"]),
        fr_body=_fr_body_pattern(orgs["fr_body_heads"]),
        # German genitives: "des Kreiskrankenhauses", "der Stiftung" -> the suffix with its -s/-es.
        de_suffixes=tuple(x + g for x in orgs["de_suffixes"] for g in ("", "s", "es")),
        ru_heads=tuple(orgs["ru_heads"]),
        connectors=connectors,
        single_orgs=frozenset(orgs["single"]),
        acronym_stop=frozenset(orgs["acronym_stop"]),
        acronyms=dict(orgs["acronyms"]),
        stop=frozenset(names["stop"]),
        relatives=frozenset(names["relatives"]),
        demonyms=tuple(names["demonym_endings"]),
        lowercase_bodies=frozenset(orgs["lowercase_bodies"]),
        ru_org=ru_org,
        ru_head_stems=tuple(sorted(orgs["ru_heads"], key=len, reverse=True)),
        ru_agreement=tuple((k, frozenset(v))
                           for k, v in sorted(orgs["ru_agreement"].items(), key=lambda x: -len(x[0]))),
        ru_genitive_stop=frozenset(orgs["ru_genitive_stop"]),
        ru_genitive_bare=frozenset(orgs["ru_genitive_bare"]),
        acronym_function_words=frozenset(orgs["acronym_function_words"]),
        uk_org=uk_org,
        ru_head_org=re.compile(rf"(?<![^\W_])(?:{trie_pattern(w[:1].upper() + w[1:] for w in orgs['ru_heads'])})"
                               r"[а-яё]*(?![^\W_])"),
        lowercase_heads=lowercase_heads,
        lowercase_head_modifiers=frozenset(orgs["lowercase_head_modifiers"]),
        heads_gated=heads_gated,
        particles=particles,
        endings_latin=tuple(names["surname_endings_latin"]),
        endings_cyrillic=tuple(names["surname_endings_cyrillic"]),
        case_endings=case_endings,
        translit=tuple((a, b) for a, b in names["translit"]),
        feminine=tuple((a, b) for a, b in names["feminine_endings"]),
        run=run,
        cue=cue,
        cue_after=cue_after,
        cue_lower=cue_lower,
        cue_forms=cue_forms,
        lower_trie=lower_trie,
        lower_words=lower_words,
        type_nouns=frozenset(w for words in orgs["type_nouns"].values() for w in words)
        | frozenset(orgs["qualified_type_nouns"]),
        qualified_type_nouns={k: frozenset(v) for k, v in orgs["qualified_type_nouns"].items()},
        tail_heads=tuple(orgs["tail_heads"]),
        tail_modifiers=frozenset(orgs["tail_head_modifiers"]),
        tail_types=tuple(orgs["tail_types"]),
        before_single=role_nouns | frozenset(roles["titles"]) | frozenset(roles["honorifics"]),
        role_or_title=role_nouns | frozenset(roles["titles"]),
        acronym=acronym,
        verbs_before=frozenset(names["person_verbs_before"]),
        feminine_words=frozenset(roles["feminine"]),
        masculine_words=frozenset(roles["masculine"]),
        generic_gendered=frozenset(roles["generic_gendered"]),
        anonymity=re.compile(r"[ \u00a0]*,?[ \u00a0]*(?<![^\W_])(?:" + anonymity + ")", re.IGNORECASE),
        anonymity_any=re.compile(r"(?<![^\W_])(?:" + anonymity + ")", re.IGNORECASE),
        feminine_surnames=tuple(names["feminine_surname_endings"]),
        masculine_surnames=tuple(names["masculine_surname_endings"]),
        masculine_given_in_a=frozenset(names["masculine_given_in_a"]),
        statement_nouns=tuple(orgs["statement_nouns"]),
        statement_cue=re.compile(r"(?<![^\W_])(?:said|says|announced|confirmed|added)[ \u00a0]+in[ \u00a0]+"
                                 r"(?:a|an|its)[ \u00a0]+(?:written[ \u00a0]+)?$"),
        statement_org=re.compile(
            rf"(?<![^\W_])([{_UPPER}][^\W_]*(?:[ \u00a0][{_UPPER}][^\W_]*(?:['’]s)?){{1,3}})"
            r"(?:,[^,.;:\n]{3,80},)?[ \u00a0]+(?:has[ \u00a0]+)?$"),
        government_nouns=tuple(_both_cases(orgs["government_nouns"])),
        government_org=re.compile(
            rf"(?<![^\W_])((?:[{_UPPER}][^\W_]+[ \u00a0])?[{_UPPER}][^\W_]+(?:['’]s)?)[ \u00a0]+$"),
        ru_lower_org=re.compile(
            rf"(?<![^\W_])(?:{trie_pattern(orgs['ru_lowercase_heads'])})[а-яё]*"
            r"(?:[ \u00a0](?:[а-яё]+|[А-ЯЁ]{2,6})){0,3}?"  # an acronym among the genitives: "министерство ЖКХ"
            r"[ \u00a0]([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?:[ \u00a0](?:област|кра|район|округ)[а-яё]*)?"
            r"(?![^\W_]|[ \u00a0][А-ЯЁ])"),
        person_apposition=_person_apposition(role_nouns - frozenset(names["apposition_not_person"])),
        ru_people_list=re.compile(
            rf"(?<![^\W_])(?:{trie_pattern(_both_cases(names['ru_people_plural']))})"
            r"(?:(?:[ \u00a0]+[^\W\d_]+){0,3}?[ \u00a0]*[—–:]|(?=[ \u00a0]+[А-ЯЁ]))[ \u00a0]+"
            rf"({_RU_BARE}(?:(?:,[ \u00a0]+|[ \u00a0]+и[ \u00a0]+){_RU_BARE})*)"),
        ru_feminine_speaker=re.compile(
            rf"(?<![^\W_])({_RU_BARE})[ \u00a0]+(?:{trie_pattern(names['ru_feminine_speech_verbs'])})(?![^\W_])"),
        ru_place_endings=tuple(names["ru_place_endings"]),
        region_of=re.compile(rf"[ \u00a0]of[ \u00a0]the[ \u00a0][{_UPPER}][^\W_]+(?:-[^\W_]+)*[ \u00a0]"
                             rf"(?:{'|'.join(map(re.escape, orgs['region_nouns']))})(?![^\W_])"),
    )


def _role_form(word: str, synonyms: dict[str, str], case_endings: tuple[str, ...]) -> str:
    """A role word as ``_role_words`` writes it: its synonym class, and the stem of a Cyrillic word."""
    word = synonyms.get(word, word)
    return _stem(word, case_endings) if _CYRILLIC.search(word) else word


@lru_cache(maxsize=4096)
def role_class(word: str) -> str:
    """A lower-case role word as the role tables compare it: its synonym class ("spokeswoman" -> "spokesman"),
    and the stem of a Cyrillic word ("чиновницы" -> its class's stem)."""
    t = _tables()
    return _role_form(word, t.role_synonyms, t.case_endings)


@lru_cache(maxsize=1)
def _role_classes() -> frozenset[str]:
    return frozenset(role_class(w) for w in _tables().role_nouns)


def is_role_noun(word: str) -> bool:
    """Whether ``word`` is a role noun of the role tables, in any case form ("председателя", "Spokeswoman")."""
    low = word.lower()
    return low in _tables().role_nouns or role_class(low) in _role_classes()


def anonymity_marks(text: str) -> list[int]:
    """Offsets of the clauses that mark the person just mentioned as unnamed ("..., who asked not to be
    named", «не назвавшая своей фамилии», «qui a requis l'anonymat»): where an unnamed voice stands."""
    return [m.start() for m in _tables().anonymity_any.finditer(text)]


def anonymity_in(text: str, start: int, end: int) -> int:
    """The offset of the first anonymity clause (see :func:`anonymity_marks`) inside text[start:end], or -1."""
    m = _tables().anonymity_any.search(text, start, end)
    return m.start() if m else -1


def role_hypernym(word: str) -> frozenset[str]:
    """The role classes a kind-of-office noun covers ("diplomat": ambassador, consul, a foreign ministry's
    staff...; "official": any public office), empty for a noun that names one office."""
    return _tables().hypernyms.get(role_class(word), frozenset())


def _person_apposition(role_nouns: frozenset[str]) -> re.Pattern[str]:
    """What may follow a person's name and hardly anything else's: ', who', ', 61,', or an apposition headed by a
    role noun ('X Y, a spokesman for ...', 'X Y, the region's governor,')."""
    roles = trie_pattern(role_nouns)
    return re.compile(rf",[ \u00a0]+(?:who[ \u00a0]|\d{{1,3}},|(?:a|an|the|its|his|her|their)[ \u00a0]+"
                      rf"(?:[^\W\d_][\w'’-]*[ \u00a0]+){{0,3}}?(?:{roles})(?![^\W_]))")


# -- name folding ----------------------------------------------------------------------------------


def _stem(word: str, endings: tuple[str, ...]) -> str:
    """A Cyrillic word without its case ending, lower case ("Орловой" -> "орлов"); at least 3 letters stay."""
    low = word.lower()
    for ending in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


_DOUBLE = re.compile(r"(.)\1+")


@cache
def fold_name(word: str) -> str:
    """A name word folded so transliteration and MT spelling variants meet (heuristic).

    Latin words lose accents and case and go through the rewrites of ``data/actors/names.json``
    ("Grebenshchikov" and "Grebenschikov" -> "grebenshikov"; "Alexey" and "Aleksei" -> "aleksei").
    Cyrillic words are reduced to their stem ("Орловой" -> "орлов").
    """
    t = _tables()
    if _CYRILLIC.search(word):
        return _stem(word, t.case_endings)
    low = word.lower()
    if not low.isascii():  # ASCII has nothing to decompose
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    for a, b in t.translit:
        low = low.replace(a, b)
    return _DOUBLE.sub(r"\1", low)


@cache
def _masculine(folded: str) -> str:
    """The folded surname in its masculine form ("voronina" -> "voronin"), to compare gender forms."""
    for a, b in _tables().feminine:
        if folded.endswith(a):
            return folded[: -len(a)] + b
    return folded


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit`` (names are short).

    Exact up to ``limit``; above it, any number greater than ``limit``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # A common prefix and suffix do not change the distance; names that differ by a letter or two leave a
    # few characters for the table instead of the whole name.
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[-1 - j] == b[-1 - j]:
        j += 1
    a, b = a[i:len(a) - j], b[i:len(b) - j]
    # Only the cells within ``limit`` of the diagonal can stay within ``limit`` (a cell i, j costs at least
    # |i - j|): the table is filled in that band, every value capped at limit + 1 (capping commutes with
    # the min and the +1, so values up to ``limit`` are exact), the rest left at the cap.
    big = limit + 1
    n = len(b)
    prev = [k if k <= limit else big for k in range(n + 1)]
    for i, ca in enumerate(a, 1):
        cur = [big] * (n + 1)
        if i <= limit:
            cur[0] = i
        best = cur[0]
        for k in range(max(1, i - limit), min(n, i + limit) + 1):
            v = prev[k - 1] + (ca != b[k - 1])
            if prev[k] + 1 < v:
                v = prev[k] + 1
            if cur[k - 1] + 1 < v:
                v = cur[k - 1] + 1
            if v > big:
                v = big
            cur[k] = v
            if v < best:
                best = v
        if best > limit:
            return big
        prev = cur
    return prev[n]


# Match levels of two surnames, best first.
_EXACT, _GENDER, _FUZZY, _NONE = 0, 1, 2, 3


@lru_cache(maxsize=65536)
def _surname_level(a: str, b: str) -> int:
    """How two folded surnames match: exact, gender form ("Voronin"/"Voronina"), misspelling, or not."""
    if a == b:
        return _EXACT
    if _masculine(a) == _masculine(b):
        return _GENDER
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return _NONE
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    return _FUZZY if _distance(_masculine(a), _masculine(b), limit) <= limit else _NONE


@lru_cache(maxsize=65536)
def _given_agrees(a: str, b: str) -> bool:
    """Two given names (or initials, given as one letter) name the same person's first name (each pair is
    compared once: grouping compares every full name with every person)."""
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and a[:1] == b[:1] and _distance(a, b, 1) <= 1


# -- mentions --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Name:
    """One person-name mention: ``given`` and ``surname`` are folded; ``initial`` when the given is "X."."""

    start: int
    end: int
    given: str | None
    initial: bool
    raw_initial: str
    surname: str
    strong: bool  # a full name that may found a person
    weak: bool = False  # in a headline: only links to a person the body names
    titles: list[str] = field(default_factory=list)
    person: int = -1


@dataclass(slots=True)
class _Org:
    start: int
    end: int
    key: frozenset[str]
    weak: bool = False
    group: int = -1


@dataclass(slots=True)
class _Person:
    given: str | None
    raw_initial: str
    surname: str
    first: int
    mentions: list[_Name] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    # The first letters and the masculine forms of ``surnames``: a surname that shares neither with any of
    # them matches none of them (see _surname_level), so _best_person skips the person without comparing.
    initials: set[str] = field(default_factory=set)
    masculines: set[str] = field(default_factory=set)

    def add(self, name: _Name) -> None:
        self.mentions.append(name)
        self.surnames.add(name.surname)
        self.initials.add(name.surname[:1])
        self.masculines.add(_masculine(name.surname))


# The letters of _CYRILLIC, for a set look-up of a word's first letter (what _CYRILLIC.match reads): this runs
# for tens of thousands of words per corpus, and a set look-up costs a fifth of a pattern match.
_CYRILLIC_LETTERS = frozenset(chr(c) for c in range(0x400, 0x500) if _CYRILLIC.fullmatch(chr(c)))


def _is_cyrillic(word: str) -> bool:
    return word[:1] in _CYRILLIC_LETTERS


def _strip_possessive(text: str, start: int, end: int) -> int:
    """The end of a word without an English possessive ("Brody's" -> "Brody")."""
    if end - start > 3 and text[end - 2] in "'’" and text[end - 1] == "s":
        return end - 2
    if end - start > 2 and text[end - 1] in "'’":
        return end - 1
    return end


class _Reader:
    """Everything one document's pass needs, so the helpers do not pass ten arguments around."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.t = _tables()
        self.lang = str(doc.labels.get("language") or "")
        self.weak_ranges = [(s.start, s.end) for s in doc.spans if s.layer in (HEADLINE, REPEATED)]
        if self.weak_ranges and not self.text[max(e for _, e in self.weak_ranges):].strip():
            self.weak_ranges = []  # a "headline" with no body after it is the whole text: read it as body
        self.skip_ranges = [(s.start, s.end) for s in doc.spans if s.layer == DATELINE]
        self.skip_mask = bytearray(len(doc.text))  # 1 inside a dateline: its place and wire are no actors
        for a, b in self.skip_ranges:
            self.skip_mask[a:b] = b"\x01" * (b - a)
        self.names: list[_Name] = []
        self.orgs: list[_Org] = []
        self.taken = bytearray(len(doc.text))  # 1 where a name or an organisation already claimed the text
        self.role_ranges: list[tuple[int, int]] = []  # appositions: the roles of a name, not stand-ins
        kept: list[list[int]] = []
        self.cues = _scan_cues(self.t, self.text, doc.labels.get("language"), kept)
        # Where the lower-case scan found a cue word of any kind, in order (None: the text was scanned another
        # way). _role_before asks it whether a window can hold a role word before reading the window.
        self.lower_cue_starts: list[int] | None = kept[0] if kept else None
        self._cap_parts: list[str] | None = None

    @property
    def cap_parts(self) -> list[str]:
        """The text split around its capitalised words (``_CAP_WORD``, at the odd indices), split once: two
        readers go through the capitalised words."""
        if self._cap_parts is None:
            self._cap_parts = _CAP_WORD_SPLIT.split(self.text)
        return self._cap_parts

    def in_ranges(self, ranges: list[tuple[int, int]], start: int, end: int) -> bool:
        if not ranges:  # most texts have no dateline, many no headline
            return False
        for s, e in ranges:
            if s <= start and end <= e:
                return True
        return False

    def is_weak(self, start: int, end: int) -> bool:
        return self.in_ranges(self.weak_ranges, start, end)

    def written_lower(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case: then, capitalised, it is an ordinary word."""
        # str.find with the word-boundary test of _find_word: a pattern per word would be compiled anew for
        # most words (the re module's cache is small), at tens of microseconds each.
        text = self.text
        size = len(text)
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == size or not text[end].isalnum()):
                return True
            at = text.find(word, at + 1)
        return False

    def claim(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) < 0


# The last text lower-cased, and its lower case: the quotes stage scans the same lower case right after.
_LOWERED: list[tuple[str, str]] = []


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text (compared by identity: the stages share ``doc.text``)."""
    last = _LOWERED[0] if _LOWERED else None
    if last is not None and last[0] is text:
        return last[1]
    low = text.lower()
    _LOWERED[:] = [(text, low)]
    return low


def _scan_cues(t: _Tables, text: str, language: object = None,
               kept: list[list[int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, lower-case form) of every cue word of ``text``, in order (``t.cue.finditer``).

    ``language`` is the document's language label: the scan also finds the quotes stage's cue phrases for the
    lists of that language, and keeps them for it (see ``cuescan``). When the scan shared with the quotes
    stage runs, the starts of all its matches (``t.cue_lower`` over the lower-cased text, from the end of a
    cue word at the very start of the text if there is one) are appended to ``kept`` as one list.
    """
    if t.cue_after is None:
        return [(m.start(), m.end(), m.group().lower()) for m in t.cue.finditer(text)]
    first = t.cue.match(text)
    out = [] if first is None else [(0, first.end(), first.group().lower())]
    pos = 0 if first is None else first.end()
    low = lowered(text) if t.cue_lower is not None else ""
    if t.cue_lower is None or len(low) != len(text):
        out += [(m.start(1), m.end(1), m.group(1).lower()) for m in t.cue_after.finditer(text, pos)]
        return out
    # The lower-case scan finds, at every position, the longest cue word in any case; where the text writes
    # that word as a cue form, it is what the case-sensitive scan finds there too (it is the longest of its
    # smaller set). Elsewhere ("Vice-President": "vice-president" is a cue only in lower case) the position
    # is read the case-sensitive way and the scan resumes after it, so the matches are those of cue_after.
    forms = t.cue_forms
    exact = t.cue_after
    # The scan is shared with the quotes stage when the lists allow it: the same matches as
    # t.cue_lower.finditer(low, pos).
    shared = _shared_scan(t, text, low, pos, language)
    if shared is not None and kept is not None:
        kept.append([s for s, _ in shared])
    found: Iterator[tuple[int, int]] = iter(shared) if shared is not None else _spans(t.cue_lower, low, pos, None)
    while True:
        for s, e in found:
            word = text[s:e]
            if word in forms:
                out.append((s, e, word.lower()))
                continue
            x = exact.match(text, s - 1)
            if x is None:
                pos = s
            else:
                out.append((s, x.end(), x.group(1).lower()))
                pos = x.end()
            break
        else:
            return out
        found = _spans(t.cue_lower, low, pos, shared)


def _spans(cue_lower: re.Pattern[str], low: str, pos: int,
           shared: list[tuple[int, int]] | None) -> Iterator[tuple[int, int]]:
    """The spans of ``cue_lower.finditer(low, pos)``. ``shared``: the spans of that scan from an earlier
    position; once the scan from ``pos`` meets one of them, it goes on as that one did (the scan's state is
    only where it resumes, the end of that match), so the rest is read from the list instead of the text."""
    for m in cue_lower.finditer(low, pos):
        span = m.span(1)
        if shared is not None:
            i = bisect_left(shared, span)
            if i < len(shared) and shared[i] == span:
                yield from shared[i:]
                return
        yield span


def _shared_scan(t: _Tables, text: str, low: str, pos: int, language: object) -> list[tuple[int, int]] | None:
    """The spans of ``t.cue_lower.finditer(low, pos)`` from the scan shared with the quotes stage (which keeps
    the quote cues of this text), or None when the two stages' lists do not allow one scan."""
    # Imported here: the quotes package imports this module.
    from unspin.quotes.lexicon import languages_for, lexicon
    lex = lexicon(languages_for(language))
    merged = merged_pattern(t.lower_trie, t.lower_words, lex.cue_trie, lex.cue_phrases)
    if merged is None:
        return None
    return scan(text, low, pos, merged, lex.cues)


def _word_kind(t: _Tables, word: str) -> str:
    """Classify one capitalised token: initial, stop, title, head, given, acronym or plain."""
    return _cached_kind(word)


@lru_cache(maxsize=65536)
def _cached_kind(word: str) -> str:
    # Words repeat across articles ("The", "President"): the class of each is computed once.
    t = _tables()
    low = word.lower()
    if len(word) == 2 and word[1] == ".":
        return "initial"
    bare = low.rstrip(".")
    if bare in t.honorifics or low in t.titles or bare in t.titles:
        return "title"
    if low in t.stop:
        return "stop"
    # _is_org_head and _is_given, written out: a new word costs a few microseconds, and each article brings
    # dozens.
    cyrillic = _CYRILLIC.match(word) is not None
    head = low[:-2] if low.endswith(("'s", "’s")) else low
    if head in t.heads or head in t.single_orgs or (
            head.startswith(t.ru_heads) if cyrillic else
            (len(head) > 6 and head.endswith(t.de_suffixes) and word[0].isupper())):
        return "head"
    if word in t.legal_forms:
        return "head"  # "Nordwerk AG": the legal form makes the run a company's name
    if word.isupper() and len(word) > 1:
        return "acronym"
    if (_stem(word, t.case_endings) in t.given_cyrillic) if cyrillic else (low in t.given_latin):
        return "given"
    return "plain"


def _is_given(t: _Tables, word: str) -> bool:
    if _is_cyrillic(word):
        return _stem(word, t.case_endings) in t.given_cyrillic
    return word.lower() in t.given_latin


def _is_org_head(t: _Tables, word: str) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    if low in t.heads or low in t.single_orgs:
        return True
    if _is_cyrillic(word):
        return low.startswith(t.ru_heads)
    return len(low) > 6 and low.endswith(t.de_suffixes) and word[0].isupper()


def _surname_shaped(t: _Tables, word: str) -> bool:
    low = word.lower()
    endings = t.endings_cyrillic if _is_cyrillic(word) else t.endings_latin
    return len(low) >= 5 and low.endswith(endings)


# -- finding ---------------------------------------------------------------------------------------


def _find_runs(r: _Reader) -> None:
    t = r.t
    text = r.text
    skip = r.skip_mask
    found: list[tuple[int, int]] = []
    for m in t.run.finditer(text):
        found.append(m.span())
    for s, e, low in r.cues:
        if low in t.single_orgs:
            found.append((s, e))
        elif low in t.before_single:
            after = _SINGLE_AFTER.match(text, e)
            if after:
                found.append(after.span(1))
    for start, end in sorted(found):
        if skip.find(1, start, end) >= 0:
            continue
        _read_run(r, start, end)


_NONSPACE = re.compile(r"\S+")


def _words_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the white-space separated words of text[start:end] (str.split: no regex per run)."""
    out = []
    at = start
    for word in text[start:end].split():
        at = text.index(word, at, end)
        out.append((at, at + len(word)))
        at += len(word)
    return out
_SINGLE_AFTER = re.compile(rf"\.?[ \u00a0]+([{_UPPER}](?:[^\W_]*(?:[-‐'’][^\W_]+)*))(?![ \u00a0]+[{_UPPER}]|[^\W_])")


def _read_run(r: _Reader, start: int, end: int) -> None:
    """Split one capitalised run into an organisation part and a person part, and record both."""
    org, person = _run_plan(r.text[start:end], r.lang == "fr")
    if org is not None:
        _read_org(r, start, org)
    if person is not None:
        _read_person(r, start, person)


class _PersonPlan(NamedTuple):
    """What the words of a run's person part say on their own (offsets relative to the run); the context
    (the word before, what is taken, what follows) is read per occurrence by ``_read_person``. A named
    tuple: one is built for every new run, and a tuple is the cheapest record to build."""

    start: int
    end: int  # without an English possessive
    titles: tuple[str, ...]
    title_honorific: bool  # a title before the name is an honorific ("Mr")
    title_office: bool  # a title before the name is more than a modifier ("former")
    first: str
    last_word: str
    first_kind: str
    words: int
    surname_shaped: bool


# The organisation part of a run, from its words alone (offsets relative to the run): where the name starts
# and ends, whether its last word is a head that machine translation follows with a lower-case "of" complement
# ("Ministry of fishery"), and whether it is Cyrillic (Russian names of bodies go on in genitives).
_OrgPlan = tuple[int, int, bool, bool]
_RunPlan = tuple["_OrgPlan | None", "_PersonPlan | None"]
_MAX_NAME_WORDS = 4


@lru_cache(maxsize=32768)
def _run_plan(run: str, french: bool) -> _RunPlan:
    """How a run splits, from its words alone: (what the organisation part's words say or None, what the
    person part's words say or None).

    Runs repeat ("President X Y" in every other paragraph, and across articles): each is read once.
    """
    t = _tables()
    kind_of = _cached_kind
    tokens = run.split()
    kinds = [kind_of(w) if w[0].isupper() else "join" for w in tokens]
    if len(run) == sum(map(len, tokens)) + len(tokens) - 1:
        # One separator between words (as the run pattern writes them): offsets add up.
        words = []
        at = 0
        for w in tokens:
            words.append((at, at + len(w)))
            at += len(w) + 1
    else:
        words = _words_of(run, 0, len(run))
    # All-capital runs of several words are datelines, headings or shouting, not names.
    if len(words) > 1 and set(kinds) <= {"acronym", "join"}:
        return None, None
    # Where a person's name starts: the first given name or initial followed by another capitalised word,
    # unless more than four capitalised words would follow it and a later start leaves a name of at most four:
    # with a broad given-name list, a place or surname word can be a given name too ("Clark County Coroner
    # John X": the name is "John X"), and no name in the press runs to five words without a particle.
    # Nor where an organisation's head noun would follow inside the name: "Upper Reka Health Board" is a body
    # even though Reka is a given name.
    cut = len(words)
    for i, kind in enumerate(kinds):
        if kind in ("given", "initial") and i + 1 < len(words) and kinds[i + 1] in ("plain", "given"):
            if kind == "initial" and french and run[words[i][0]] == "M":
                continue  # "M. Marchetti": in French "M." is Monsieur
            rest = kinds[i:_name_stop(run, words, kinds, i, t.particles)]
            if "head" in rest:
                continue
            if cut == len(words):
                cut = i
            if sum(1 for k in rest if k != "join") <= _MAX_NAME_WORDS:
                cut = i
                break
    if cut > 1 and kinds[cut - 1] == "title" and kinds[cut - 2] == "head" and \
            run[words[cut - 1][0]:words[cut - 1][1]].lower() in t.role_nouns:
        # "Mining Minister X", "Energy Ministry Spokesman": a field word that also heads company names
        # ("X Mining") before an office noun is the office, not a body; the person part reads the title.
        kinds[cut - 2] = "plain"
    org = _org_plan(t, run, words[:cut], kinds[:cut]) if "head" in kinds[:cut] else None
    if cut == len(words):
        if "head" in kinds:
            if len(words) > 2 and kinds[-1] == "plain" and kinds[-2] != "join" and "head" in kinds[:-1] and \
                    _surname_shaped(t, run[words[-1][0]:words[-1][1]]):
                # Machine translation glues a name to the body it speaks for ("the representative of the
                # Ministry of Defence Petrov"): a surname-shaped last word is left out of the body's name,
                # for the surname reader to link to the person it names.
                return _org_plan(t, run, words[:-1], kinds[:-1]), None
            return org, None
        # No given name: only what follows the last connector can be a name ("President of Russia").
        joins = [i for i, (s, e) in enumerate(words) if kinds[i] == "join" and run[s:e].lower() not in t.particles]
        cut = joins[-1] + 1 if joins else 0
        if joins and _name_stop(run, words, kinds, cut, t.particles) - cut == 3 and \
                all(k == "plain" for k in kinds[cut:cut + 3]):
            # "Minister of Transport of Ardania Aigerim X": machine translation puts the office's country
            # right after "of" and the name right after it; with no known given name, three plain words
            # after the connector are the complement and a two-word name, not a three-word name.
            cut += 1
            if len(joins) > 1 and kinds[0] in ("title", "stop") and "title" in kinds[:joins[0]]:
                # "The Minister of Foreign Affairs of Kassaria Juhan X": an office with its field and its
                # country before the name titles the name (a place alone after one "of" does not:
                # "President of South Korea").
                title = next(run[s:e] for (s, e), k in zip(words, kinds, strict=False) if k == "title")
                person = _person_plan(t, run, words[cut:cut + 2], kinds[cut:cut + 2], french)
                return org, person._replace(titles=(title,)) if person is not None else None
    stop = _name_stop(run, words, kinds, cut, t.particles)
    person = _person_plan(t, run, words[cut:stop], kinds[cut:stop], french)
    return org, person


def _name_stop(run: str, words: list[tuple[int, int]], kinds: list[str], start: int,
               particles: frozenset[str]) -> int:
    """Where a name that starts at word ``start`` ends: at a connector that is not a name particle ("X of Y"
    is not one name), else at the end of the run."""
    for i in range(start, len(words)):
        s, e = words[i]
        if kinds[i] == "join" and run[s:e].lower() not in particles:
            return i
    return len(words)


def _org_plan(t: _Tables, text: str, words: list[tuple[int, int]], kinds: list[str]) -> _OrgPlan | None:
    """The organisation name in the words of a run's organisation part (``text`` is the run), or None."""
    # Leading sentence openers and determiners are not part of the name.
    i = 0
    while i < len(words) and kinds[i] in ("stop", "join") and text[words[i][0]:words[i][1]].lower() \
            not in t.heads:
        i += 1
    # "Angaben der Stadtverwaltung X": the name starts after the last connector before its head noun.
    head = kinds.index("head") if "head" in kinds else 0
    joins = [k for k in range(i, head) if kinds[k] == "join"]
    if joins:
        i = joins[-1] + 1
    j = len(words)
    while j > i and kinds[j - 1] == "join":
        j -= 1
    if i >= j:
        return None
    if j - i == 1 and kinds[i] == "head" and text[words[i][0]:words[i][1]].lower().rstrip("'’s") not in \
            t.single_orgs and not _is_cyrillic(text[words[i][0]:words[i][1]]):
        return None  # a lone "Ministry" or "Council" is generic
    start = words[i][0]
    return (start, _strip_possessive(text, *words[j - 1]),
            text[words[j - 1][0]:words[j - 1][1]].lower() in ("ministry", "department", "committee"),
            _is_cyrillic(text[start:]))


def _read_org(r: _Reader, base: int, plan: _OrgPlan) -> None:
    """Record the organisation part of a run at ``base`` (see ``_OrgPlan``), with what follows it."""
    start, end, of_head, cyrillic = base + plan[0], base + plan[1], plan[2], plan[3]
    if of_head:
        # Machine translation keeps "Ministry of fishery" in lower case after "of": one lower-case word is kept.
        m = _LOWER_OF.match(r.text, end)
        if m and m.group(1) not in r.t.stop:
            end = m.end()
    if cyrillic:
        end = _extend_russian_org(r, start, end)
    else:
        # "Ministry of Ecology of the X region": the lower-case region noun ended the capitalised run.
        m = r.t.region_of.match(r.text, end)
        if m:
            end = m.end()
    _add_org(r, start, end)


# What must follow a lower-case head for _LOWER_HEAD to match: a connector and a capitalised word.
_HEAD_LINK_PATTERN = (r"(?:[ \u00a0][a-zéè]+(?:al|ale|aux|ique|el|elle|ier|ière|ien|ienne)(?=[ \u00a0]d))?"
                      rf"[ \u00a0](?:of the|of|de la|de l['’]|des|du|de|d['’]|für)[ \u00a0]?[{_UPPER}][^\W_]+"
                      r"(?:-[^\W_]+)*")
_HEAD_LINK = re.compile(_HEAD_LINK_PATTERN)
_LOWER_HEAD = re.compile(rf"(?<![^\W_])([a-zà-ÿ]+){_HEAD_LINK_PATTERN}(?:[ \u00a0][{_UPPER}][^\W_]+)*"
                         r"(?:[ \u00a0][a-zéè]+(?:ères|ère|aux|ale|ales|ique|iques|elle|elles|ieure|ieures|ieur))?")
_LOWER_OF = re.compile(r"[ \u00a0]of[ \u00a0]([a-z]{4,})(?![^\W_])")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
# One word after a body's name: a lower-case word, a capitalised one (perhaps hyphenated), or an acronym.
_RU_NEXT = re.compile(r"[ \u00a0]([а-яё]+|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?|[А-ЯЁ]{2,6})(?![\w-])")
# Genitive-looking lower-case words (adjectives and nouns, singular and plural); past-tense verbs end like some
# of them ("приняла", "сообщили") and are told apart by their "-л-".
_RU_GENITIVE_WORD = re.compile(r"[а-яё]{2,}(?:ого|его|ой|ей|ых|их|ов|ев|ий|ств|а|я|ы|и)(?<!л[аиоы])")
# A hanging adjective does not end a name: "управления информационной" without its noun.
_RU_ADJECTIVE_END = ("ого", "его", "ой", "ых", "их")
_RU_CAP_GENITIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ого|его|ой|ей|ых|их|а|я|ы|и|ии)")
_RU_CAP_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ого|его|ой|ей|ых|их)")
_RU_REGION = re.compile(r"(?:област|кра|район|округ|республик)[а-яё]*")


def _extend_russian_org(r: _Reader, start: int, end: int) -> int:
    """Where a Russian body's name ends: it goes on in genitives that are part of the name (heuristic).

    "Министерство иностранных дел Валдории", "Главного управления региональной политики аппарата губернатора X",
    "Государственной Думы Федерального Собрания Y", "управления МВД по Z-ской области": up to
    four lower-case genitives, an acronym, capitalised adjective + noun pairs ("Федерального Собрания") and one
    capitalised genitive (a country or region), "по" + a capitalised place. A given name, a surname-shaped
    word, a verb or a pronoun ends it.
    """
    text, t = r.text, r.t
    best = end
    at = end
    lower = 0
    acronym = False
    while True:
        m = _RU_NEXT.match(text, at)
        if m is None:
            break
        word = m.group(1)
        if word[0].islower():
            if word == "по":
                # "по" + a capitalised place ("по Москве", "по Каменской области"), then the name ends.
                n = _RU_NEXT.match(text, m.end())
                if n is None or not n.group(1)[0].isupper() or n.group(1).isupper() or _is_given(t, n.group(1)):
                    break
                stop = n.end()
                if _RU_CAP_ADJECTIVE.fullmatch(n.group(1)):
                    k = _RU_NEXT.match(text, stop)
                    if k is None or not _RU_REGION.fullmatch(k.group(1)):
                        break
                    stop = k.end()
                best = stop
                break
            if lower >= 4 or word in t.ru_genitive_stop or not (
                    word in t.ru_genitive_bare or _RU_GENITIVE_WORD.fullmatch(word)):
                break
            lower += 1
            at = m.end()
            if not word.endswith(_RU_ADJECTIVE_END):
                best = at
            continue
        if word.isupper():
            if acronym:  # one acronym ("управления МВД", "Министерства обороны США"); two are a list
                break
            acronym = True
            at = best = m.end()
            continue
        if _is_given(t, word) or _surname_shaped(t, word):
            break
        if _RU_CAP_ADJECTIVE.fullmatch(word):
            # "Федерального Собрания", "Каменской области": an adjective takes the noun after it.
            n = _RU_NEXT.match(text, m.end())
            if n is None or not (_RU_REGION.fullmatch(n.group(1)) or (
                    n.group(1)[0].isupper() and not n.group(1).isupper() and not _is_given(t, n.group(1)))):
                break
            at = best = n.end()
            continue
        if _RU_CAP_GENITIVE.fullmatch(word):
            best = m.end()  # "... Валдории": the country or region ends the name
        break
    return best


_ALNUM = re.compile(r"[^\W_]+")


@lru_cache(maxsize=16384)
def _org_key(name: str) -> frozenset[str]:
    """The folded words that identify an organisation's name (names repeat: each is read once)."""
    t = _tables()
    words: list[str] = []
    for w in _ALNUM.findall(name.lower()):
        if w in t.connectors or w in t.determiners or w == "s":
            continue
        expansion = t.acronyms.get(w)
        if expansion:
            words.extend(fold_name(x) for x in expansion.split())
        elif w.endswith("ian") and len(w) > 6:
            words.append(fold_name(w[:-1]))  # "the Valdorian MFA" is the ministry "of Valdoria"
        else:
            words.append(fold_name(w))
    return frozenset(words)


def _add_org(r: _Reader, start: int, end: int, *, weak: bool | None = None) -> None:
    if end <= start or not r.free(start, end):
        return
    key = _org_key(r.text[start:end])
    if not key:
        return
    r.orgs.append(_Org(start, end, key, weak=r.is_weak(start, end) if weak is None else weak))
    r.claim(start, end)


def _person_plan(t: _Tables, text: str, words: list[tuple[int, int]], kinds: list[str],
                 french: bool) -> _PersonPlan | None:
    """The part of reading a person's name that depends on the run's words alone (None: no name there)."""
    kinds = list(kinds)
    n = len(kinds)
    role_nouns, particles = t.role_nouns, t.particles
    # Titles, openers and heads before the name are dropped; the name is what follows the last of them.
    last = -1
    for i in range(n):
        kind = kinds[i]
        s, e = words[i]
        if kind == "plain":
            if i < n - 2 and text[s:e].lower() in role_nouns:
                # "Geschäftsführer X Y": a capitalised role noun (German nouns, a sentence start) is a title here.
                kinds[i] = "title"
                last = i
            elif i < n - 1 and text[max(0, e - 2):e] in ("'s", "’s"):
                last = i  # "Agency's X Y": the possessor is not part of the name
        elif kind == "join":
            if not (0 < i < n - 1 and text[s:e].lower() in particles):
                last = i
        elif kind in ("title", "stop", "head") or (kind == "initial" and french and text[s] == "M"):
            last = i
    titles = [text[s:e] for (s, e), kind in zip(words[:last + 1], kinds[:last + 1], strict=True) if kind == "title"]
    name_words = words[last + 1:]
    name_kinds = kinds[last + 1:]
    if not name_words:
        return None
    if len(name_words) > 4:
        name_words, name_kinds = name_words[-3:], name_kinds[-3:]
    if "acronym" in name_kinds or "head" in name_kinds:
        return None
    end = _strip_possessive(text, *name_words[-1])
    last_word = text[name_words[-1][0]:end]
    # Positional arguments, and no generators for the many runs without a title: one plan per new run.
    return _PersonPlan(
        name_words[0][0], end, tuple(titles),
        bool(titles) and any(x.lower().rstrip(".") in t.honorifics for x in titles),
        bool(titles) and any(x.lower() not in t.role_modifiers for x in titles),
        text[name_words[0][0]:name_words[0][1]], last_word, name_kinds[0], len(name_words),
        _surname_shaped(t, last_word))


def _read_person(r: _Reader, base: int, plan: _PersonPlan) -> None:
    """Record the person part of a run at ``base`` when its context makes it a name (see ``_PersonPlan``)."""
    t, text = r.t, r.text
    start, end = base + plan.start, base + plan.end
    if r.taken.find(1, start, end) >= 0 or r.in_ranges(r.skip_ranges, start, end):
        return
    before = _word_before(text, start).lower()
    honorific = before.rstrip(".") in t.honorifics or plan.title_honorific
    first = plan.first
    if plan.words == 1:
        # A lone word is a name only beside a title ("Mr X", "minister X"); other lone surnames are
        # matched against the people found later.
        office = honorific or (before in t.role_nouns and before not in t.role_modifiers) or plan.title_office
        plausible = plan.surname_shaped if _is_cyrillic(first) else not first.lower().endswith(t.demonyms)
        if office and (honorific or plausible) and plan.first_kind in ("plain", "given") and len(first) > 2:
            r.names.append(_Name(start, end, None, False, "", fold_name(plan.last_word), strong=False,
                                 weak=r.is_weak(start, end), titles=list(plan.titles)))
            r.claim(start, end)
        return
    initial = plan.first_kind == "initial"
    if plan.first_kind == "given" or initial:
        evidence = True
    elif plan.titles or before in t.role_nouns or before in t.titles or honorific:
        evidence = True  # titled
    else:
        evidence = (plan.surname_shaped and not r.written_lower(first.lower())) or (
            plan.words <= 3 and not first.lower().endswith(t.demonyms) and before not in t.determiners and (
                (before in t.verbs_before and text[end:end + 1] in (",", ".", ";"))  # "..., said X Y."
                or _apposition_names_person(r, end)))
    if not evidence:
        return
    given = fold_name(first[0]) if initial else fold_name(first)
    r.names.append(_Name(start, end, given, initial, first[0], fold_name(plan.last_word), strong=True,
                         weak=r.is_weak(start, end), titles=list(plan.titles)))
    r.claim(start, end)


_CLAUSE_REST = re.compile(r"[^,.;:!?\n]*")


def _apposition_names_person(r: _Reader, end: int) -> bool:
    """Whether an apposition after ``end`` shows the run before it is a person ('X Y, a spokesman for Z,').

    Not when the role phrase is the subject of a speech verb: in '... in X Y, the minister said' the run is
    the last words of a lead attributed at its end, and often a place.
    """
    m = r.t.person_apposition.match(r.text, end)
    if m is None:
        return False
    rest = _CLAUSE_REST.match(r.text, m.end())
    return rest is None or not any(w in r.t.verbs_before or w == "told" for w in rest.group().split())


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` on the same line (with its final dot), or ""."""
    if not start or text[start - 1] not in " \u00a0":
        return ""
    words = text[max(0, start - 40):start].rsplit(None, 1)
    return words[-1].strip("«»“”\"'(),:;") if words else ""


def _find_bylines(r: _Reader) -> None:
    for span in r.doc.spans:
        if span.layer != BYLINE:
            continue
        for s, e in span.attrs.get("names") or []:
            words = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", r.text[s:e])]
            while words and _word_kind(r.t, r.text[words[0][0]:words[0][1]]) == "title":
                words = words[1:]  # "By Dr. X Y"
            if len(words) < 2 or not r.free(words[0][0], e):
                continue
            s = words[0][0]
            if not r.free(s, e):
                continue
            first, last = r.text[words[0][0]:words[0][1]], r.text[words[-1][0]:words[-1][1]]
            initial = len(first) == 2 and first.endswith(".")
            r.names.append(_Name(s, e, fold_name(first[0] if initial else first), initial, first[0],
                                 fold_name(last), strong=True))
            r.claim(s, e)


def _find_bare_surnames(r: _Reader) -> None:
    """Foreign surnames that a Russian text gives without a given name, where the context shows they are people
    (a heuristic, precision first; see names.json 'ru_bare_surnames'): a list in apposition to a plural noun for
    people ("лидеры X и Y", "его друзья в Z — X, Y и другие"), the owner of such a list ("X, его друзья — ...") and
    a word with no feminine ending before a feminine speech verb ("X заявила"). A capitalised word there may
    still be a place, a body or a people: stop words, body nouns, words the text also writes in lower case,
    given names and words with a place ending are left out."""
    text, t = r.text, r.t
    if r.lang not in _CYRILLIC_LANGUAGES and not _CYRILLIC.search(text, 0, 2000):
        return
    found: list[tuple[int, int]] = []
    for m in t.ru_people_list.finditer(text):
        members = [(x.start(), x.end()) for x in _CAP_CYRILLIC.finditer(text, *m.span(1))]
        if not all(_bare_person_word(r, text[a:b], place_check=True) for a, b in members):
            continue  # one doubtful member makes the whole list doubtful
        found.extend(members)
        owner = _RU_OWNER.search(text, max(0, m.start() - 40), m.start())
        if owner and _bare_person_word(r, owner.group(1), place_check=True):
            found.append(owner.span(1))
    for m in t.ru_feminine_speaker.finditer(text):
        word = m.group(1)
        if word.endswith(("а", "я")) or _RU_PREPOSITION_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # a feminine noun ("Москва") or a place after "в", "из"...
        if _bare_person_word(r, word, place_check=False):
            found.append(m.span(1))
    for s, e in sorted(set(found)):
        if r.free(s, e) and r.skip_mask.find(1, s, e) < 0 and not r.is_weak(s, e):
            r.names.append(_Name(s, e, None, False, "", fold_name(text[s:e]), strong=False))
            r.claim(s, e)


def _bare_person_word(r: _Reader, word: str, *, place_check: bool) -> bool:
    """Whether a capitalised Cyrillic word may be a bare surname (see ``_find_bare_surnames``)."""
    t = r.t
    low = word.lower()
    if low in t.stop or _cached_kind(word) in ("head", "given", "title", "acronym", "stop") or \
            low in t.role_nouns or r.written_lower(low):
        return False
    if place_check and low.endswith(t.ru_place_endings):
        return False
    # "в Xе", "из Xа" anywhere in the text: a place (people are not written after these prepositions).
    stem = re.escape(_stem(word, t.case_endings))
    return re.search(rf"(?<![^\W_])(?:[вВ]|[вВ]о|[иИ]з)[ \u00a0]+{stem[:1].upper()}{stem[1:]}[а-яё]{{0,3}}(?![^\W_])",
                     r.text) is None


_CAP_CYRILLIC = re.compile(_RU_BARE)
_RU_OWNER = re.compile(rf"({_RU_BARE}),?[ \u00a0]+(?:и[ \u00a0]+)?(?:его|её|ее)[ \u00a0]+$")
_RU_PREPOSITION_BEFORE = re.compile(r"(?<![^\W_])(?:в|во|из|на|к|ко|у|о|об|по|с|со|за|до)[ \u00a0]+$",
                                    re.IGNORECASE)


def _find_wires(r: _Reader) -> None:
    text = r.text
    for span in r.doc.spans:
        if span.layer != DATELINE:
            continue
        wire = span.attrs.get("wire")
        if isinstance(wire, str) and wire:
            at = text.find(wire, span.start, span.end)
            if at >= 0:
                _add_org(r, at, at + len(wire), weak=False)
                continue
            # The dateline reader gives the wire's usual name ("Valnews" for "VALNEWS.RU"): the credit as written,
            # the whole domain with it.
            at = lowered(text).find(wire.lower(), span.start, span.end)
            if at >= 0:
                m = _CREDIT_TOKEN.match(text, at)
                end = m.end() if m else at + len(wire)
                _add_org(r, at, end, weak=False)
    # "LINDENAU (ndl) – ...": a local agency's short credit that the dateline reader does not take.
    m = _PAREN_WIRE.search(text, 0, min(len(text), 600))
    if m:
        _add_org(r, m.start(1), m.end(1), weak=False)


_CREDIT_TOKEN = re.compile(r"[^\W_]+(?:[.-][^\W_]+)*")
_PAREN_WIRE = re.compile(r"(?m)^[A-ZÄÖÜ][A-ZÄÖÜ\- ]{2,30} \(([a-z]{2,6})\) [–—-] ")


def _find_typed_orgs(r: _Reader) -> None:
    """Names introduced by a type noun: 'the supplier, X', 'union X', 'company «X»', 'изданию «X»'."""
    text, t = r.text, r.t
    for start, end, low in r.cues:
        if low not in t.type_nouns:
            continue
        if text[start].isupper() and r.lang != "de" and start > 0 and text[start - 1] != "\n":
            # "Company" capitalised mid-line is part of a name; the run reader handles it.
            continue
        qualifiers = t.qualified_type_nouns.get(low)
        if qualifiers is not None and _word_before(text, start).lower() not in qualifiers:
            continue  # "the front line X": only "shipping line X" introduces a name
        headed = _HEADED_BY_TYPE.match(text, end) if text[start].isupper() else None
        if headed:
            # "Agentur für Arbeit X": a capitalised type noun before a connector heads the name itself.
            _add_org(r, start, headed.end())
            continue
        q = _TYPED_QUOTED.match(text, end)
        if q:
            _add_org(r, q.start(1), q.end(1))
            continue
        c = _TYPED_RUN.match(text, end)
        if c:
            s, e = c.span(1)
            words = [(s + x.start(), s + x.end()) for x in re.finditer(r"\S+", text[s:e])]
            kinds = [_word_kind(t, text[a:b]) for a, b in words]
            if kinds[0] in ("given", "stop", "title", "initial") or _COMMON_HYPHENATED.match(text, s):
                continue
            if text[start].isupper() and c.start(1) == end + 1 and any(text[a:b] in t.connectors for a, b in words):
                # "Gewerkschaft X und Y": a capitalised type noun before a name joined by a connector heads it.
                s = start
            _add_org(r, s, _strip_possessive(text, *words[-1]))


def _find_tail_heads(r: _Reader) -> None:
    """'Harbury council', 'Dunmore county council': a lower-case head noun after a capitalised place (and
    perhaps a modifier) names one body with it (a heuristic; British copy writes councils so). 'The Unite-Rail
    union': a lower-case type noun after capitalised words says they name a body of that kind (the name
    without the noun)."""
    text, t = r.text, r.t
    for noun in (*t.tail_heads, *t.tail_types):
        typed = noun in t.tail_types
        for noun_start, noun_end in _find_word(text, noun):
            m = _TAIL_BEFORE.search(text, max(0, noun_start - 60), noun_start)
            if m is None or (m.group(2) and (typed or m.group(2).strip() not in t.tail_modifiers)):
                continue
            words = _words_of(text, *m.span(1))
            kinds = [_cached_kind(text[a:b]) for a, b in words]
            while words and kinds[0] in ("stop", "title"):
                words, kinds = words[1:], kinds[1:]
            if not words or any(k in ("given", "initial", "title", "stop") for k in kinds) or \
                    text[words[-1][1] - 1] in "'’" or text[words[-1][0]:words[-1][1]].lower().endswith(t.demonyms):
                continue  # "the Polish union", "the Korvenian council": a country's, not a named body
            _add_org(r, words[0][0], words[-1][1] if typed else noun_end)


# "a party T-shirt", "a U-turn": one capital letter, a hyphen and a lower-case word is a common noun.
_COMMON_HYPHENATED = re.compile(r"[A-Z]-[a-z]")
# Connectors inside a typed name ("the group Voice of Patients", "Gewerkschaft X und Y"); not "and", which joins
# two names in English.
_TYPED_JOIN = r"(?:of|for|für|und)"
_HEADED_BY_TYPE = re.compile(rf"[ \u00a0]für[ \u00a0][{_UPPER}][^\W_]*"
                             rf"(?:[ \u00a0](?:{_TYPED_JOIN}[ \u00a0])?[{_UPPER}][^\W_]*)*"
                             r"(?=[,.;:!?)]|[ \u00a0][a-zäöüß]|$)")
_TAIL_BEFORE = re.compile(rf"(?<![^\W_])((?:[{_UPPER}][^\W_]+(?:-[{_UPPER}][^\W_]+)?[ \u00a0]){{1,2}})"
                          r"([a-z]+[ \u00a0])?$")
_TYPED_QUOTED = re.compile(rf"[ \u00a0]*[«\"“„][ \u00a0\u202f]*([{_UPPER}0-9][^«»\"“”„\n]{{1,40}}?)"
                           r"[ \u00a0\u202f]*[»\"”“]")
_TYPED_RUN = re.compile(rf"(?:(?:[ \u00a0][a-zéèàâêôûçäöü'’]+){{1,4}}?,|,"
                        r"|[ \u00a0](?:der|des|den|dem|called|named|namens))?"
                        r"[ \u00a0]"
                        rf"([{_UPPER}][^\W_]*(?:[-‐][^\W_]+)*"
                        rf"(?:[ \u00a0](?:{_TYPED_JOIN}[ \u00a0])?[{_UPPER}][^\W_]*)*)"
                        rf"(?=[,.;:!?)]|[ \u00a0][a-zа-яё]|$)")


def _find_statement_orgs(r: _Reader) -> None:
    """'X Y said in a statement', 'X Y, which runs the port, said in a statement': a capitalised phrase that
    issues statements and shows no sign of a person (no given name, title or initial) is an organisation;
    'the Korvenian government', 'X's government': a nationality adjective or a country before a
    government noun names that government (heuristics)."""
    text, t = r.text, r.t
    # The cue phrase is found first and the name read backwards from it: a pattern that starts at every
    # capitalised word costs a quarter of a millisecond per article.
    for noun_start, _ in (x for noun in t.statement_nouns for x in _find_word(text, noun)):
        cue = t.statement_cue.search(text, max(0, noun_start - 40), noun_start)
        if cue is None:
            continue
        lo = max(0, cue.start() - 160)
        m = t.statement_org.search(text, lo, cue.start())
        if m:
            words = _words_of(text, *m.span(1))
            kinds = [_cached_kind(text[a:b]) for a, b in words]
            while words and kinds[0] == "stop":
                words, kinds = words[1:], kinds[1:]
            if len(words) < 2 or any(k in ("given", "initial", "title", "acronym") for k in kinds):
                continue
            before = _word_before(text, words[0][0])
            if before[:1].isupper() or before in t.connectors:
                # The end of a longer name ("Debbie X Y", "Organisation for X Y" said in a statement): the run
                # reader decides.
                continue
            if r.skip_mask.find(1, words[0][0], words[-1][1]) >= 0:
                continue
            _add_org(r, words[0][0], _strip_possessive(text, *words[-1]))
    # Most texts hold none of the government nouns: one look for each lower-case form (which any case of the
    # noun contains, as lower-casing goes letter by letter) spares the searches for its capitalised forms.
    low = lowered(text)
    present = {form: form in low for form in {noun.lower() for noun in t.government_nouns}}
    for noun_start, noun_end in (x for noun in t.government_nouns if present[noun.lower()]
                                 for x in _find_word(text, noun)):
        m = t.government_org.search(text, max(0, noun_start - 60), noun_start)
        if not m:
            continue
        words = _words_of(text, *m.span(1))
        while words and _cached_kind(text[words[0][0]:words[0][1]]) in ("stop", "title"):
            words = words[1:]
        adjective = text[words[-1][0]:words[-1][1]] if words else ""
        if adjective.endswith(("'s", "’s")) or adjective.lower().endswith(t.demonyms):
            _add_org(r, words[0][0], noun_end)


def _find_russian_orgs(r: _Reader) -> None:
    if r.lang not in _CYRILLIC_LANGUAGES and not _CYRILLIC.search(r.text, 0, 2000):
        return
    for m in r.t.ru_org.finditer(r.text):
        start = _agreeing_start(r, m.start(), m.end())
        if start is not None:
            _add_org(r, start, _extend_russian_org(r, start, m.end()))
    if r.lang == "uk" or _UKRAINIAN.search(r.text, 0, 2000):
        for m in r.t.uk_org.finditer(r.text):
            if m.group().split(maxsplit=1)[0].lower() not in r.t.role_nouns:  # "Депутатка міської ради X"
                _add_org(r, *m.span())
    # "Министерство обороны X": a capitalised head noun, then genitives.
    for m in r.t.ru_head_org.finditer(r.text):
        _add_org(r, m.start(), _extend_russian_org(r, m.start(), m.end()))
    # "департамента транспорта X": a lower-case head is a name only when its genitives reach a capitalised one.
    for m in r.t.ru_lower_org.finditer(r.text):
        if not _is_given(r.t, m.group(1)):  # "директор департамента Ирина X": the name is a person's
            _add_org(r, *m.span())


def _agreeing_start(r: _Reader, start: int, end: int) -> int | None:
    """Where a Russian body's name starts in ``text[start:end]`` (adjectives, then a head noun): at the first of
    the adjectives before the head that agree with it in case (all of them, from the head back), which must be
    capitalised; None when no capitalised adjective agrees (heuristic).

    "председатель Государственной Думы" -> "Государственной Думы"; a sentence-initial word that only looks like
    an adjective ("Этой", "Сергей") or does not agree is no part of the name; at a sentence start, the name
    begins at a later capitalised adjective when there is one ("Нынешняя Государственная Дума").
    """
    t = r.t
    words = _words_of(r.text, start, end)
    head = r.text[words[-1][0]:words[-1][1]].lower()
    stem = next((x for x in t.ru_head_stems if head.startswith(x)), None)
    if stem is None:
        return None
    ending = head[len(stem):]
    first = len(words) - 1
    for i in range(len(words) - 2, -1, -1):
        word = r.text[words[i][0]:words[i][1]]
        low = word.lower()
        agree = next((heads for adj, heads in t.ru_agreement if low.endswith(adj)), None)
        if agree is None or ending not in agree or low in t.ru_genitive_stop or _is_given(t, word):
            break
        first = i
    capitals = [i for i in range(first, len(words) - 1) if r.text[words[i][0]].isupper()]
    if not capitals or capitals[0] != first:
        return None
    if len(capitals) > 1 and _sentence_initial(r.text, words[first][0]):
        first = capitals[1]
    return words[first][0]


_SENTENCE_START = re.compile(r"(?:^|[.!?…:]|[.!?…][\"”»]|[«\"“„])[ \u00a0]*$")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence, a line or a quotation (its capital says nothing)."""
    if start == 0 or text[start - 1] == "\n":
        return True
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None


def _find_lowercase_heads(r: _Reader) -> None:
    """'le ministère des Affaires étrangères', 'the ministry of Foreign Affairs': a lower-case head noun
    with a capitalised complement is a name."""
    heads = r.t.lowercase_heads
    text = r.text
    lines = [(0, len(text))]
    if r.t.heads_gated:
        # Only the lines holding a head word before "of", "des"... (the cue scan looks for heads too): a match
        # that names a body starts at such a word, and no line without one holds such a match. A match never
        # holds a line break, so the scan of a line alone finds what the scan of the whole text finds there
        # (the matches before it end before its line starts): the same matches, read in a few lines instead of
        # the whole text.
        lines = []
        for s, e, low in r.cues:
            if low in heads and _HEAD_LINK.match(text, e) and (not lines or s > lines[-1][1]):
                end = text.find("\n", e)
                lines.append((text.rfind("\n", 0, s) + 1, len(text) if end < 0 else end))
    modifiers = r.t.lowercase_head_modifiers
    for lo, hi in lines:
        for m in _LOWER_HEAD.finditer(text, lo, hi):
            if m.group(1) in heads:
                start = m.start()
                before = _MODIFIER_BEFORE.search(text, max(0, start - 20), start)
                if before is not None and before.group(1) in modifiers:
                    start = before.start(1)  # "the city administration of X": the modifier is part of the name
                _add_org(r, start, m.end())


def _fr_body_pattern(heads: list[str]) -> re.Pattern[str]:
    # Head, perhaps an adjective in -al/-ique..., a connector and one lower-case noun, perhaps a connector and a
    # capitalised place: "Fédération nationale des éleveurs du Haut-Lignon", "Chambre d'agriculture".
    alternation = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    connector = r"(?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['’]|des[ \u00a0]|du[ \u00a0]|de[ \u00a0]|d['’])"
    return re.compile(rf"(?<![^\W_])(?:{alternation})"
                      r"(?:[ \u00a0][a-zéè]+(?:al|ale|aux|ales|ique|iques|el|elle|ier|ière|ien|ienne))?"
                      rf"[ \u00a0]{connector}[a-zàâçéèêëîïôûùüÿœ]{{3,}}(?![^\W_]|['’-])"
                      rf"(?:[ \u00a0]{connector}[{_UPPER}][^\W_]*(?:[-‐][{_UPPER}][^\W_]*)*)?")


def _find_french_bodies(r: _Reader) -> None:
    """'la Fédération des éleveurs du X', 'la Chambre d'agriculture': French writes a body's name as a
    capitalised head and a lower-case complement, which the capitalised-run reader cannot join (a heuristic:
    the head must be capitalised inside the sentence, or the phrase must be the sentence's subject)."""
    if r.lang != "fr":
        return
    for m in r.t.fr_body.finditer(r.text):
        s, e = m.span()
        if r.free(s, e) and not r.in_ranges(r.skip_ranges, s, e):
            _add_org(r, s, e)


def _find_lowercase_bodies(r: _Reader) -> None:
    """'selon la préfecture': French copy names some bodies in lower case after the article."""
    if r.lang != "fr":
        return
    for m in _LOWER_BODY.finditer(r.text):
        if m.group(1).lower() in r.t.lowercase_bodies:
            _add_org(r, *m.span(1))


_MODIFIER_BEFORE = re.compile(r"(?<![^\W_])([a-z]+)[ \u00a0]$")
_LOWER_BODY = re.compile(r"(?<![^\W_])(?:la|La|l['’]|de la)[ \u00a0]?([a-zéè-]{5,20})(?![^\W_])")


# A capitalised word with a capital inside it after a lower-case letter ("PetroLink", "RégioRail", "НордГаз"):
# brand names of firms and outlets are written so, people's names only after a prefix ("McKay", "DeLuca").
_INTERCAPPED = re.compile(r"[^\W\d_]([a-zà-öø-ÿа-яё]+)[^\W\d_][a-zà-öø-ÿа-яё]+(?:[^\W\d_][a-zà-öø-ÿа-яё]+)*")
_NAME_PREFIXES = frozenset({"c", "ac", "e", "i", "a", "u", "el", "an", "on", "itz", "t"})


def _find_intercapped(r: _Reader) -> None:
    """Intercapped words no other reader took ("RégioRail, le gestionnaire de la ligne, a confirmé") are
    organisations: a heuristic, since a person's name has an inner capital only after a prefix (Mc, Mac, De,
    Di, La, Le, Van, Von, Fitz, St: the letters after the first are in ``_NAME_PREFIXES``)."""
    parts = r.cap_parts
    at = 0
    for i, part in enumerate(parts):
        start, at = at, at + len(part)
        # the capitalised words are at the odd indices; most have no inner capital (one str test each)
        if not i % 2 or part[1:].islower() or part.isupper():
            continue
        end = _strip_possessive(r.text, start, at)  # "PetroLink's"
        m = _INTERCAPPED.fullmatch(r.text, start, end)
        if m is None or m.group(1) in _NAME_PREFIXES or not r.text[m.end(1)].isupper():
            continue
        if r.free(start, end) and r.skip_mask.find(1, start, end) < 0:
            _add_org(r, start, end)


def _find_acronyms(r: _Reader) -> None:
    text, t = r.text, r.t
    for m in t.acronym.finditer(text):
        s, e = m.span()
        word = m.group()
        if word in t.acronym_stop or not r.free(s, e) or r.in_ranges(r.skip_ranges, s, e):
            continue
        if word in t.legal_forms:
            # A legal form alone is no body; before a name in marks it is part of the company's name
            # ("ООО «Вектор»"); after a name the run reader has read it with the name ("Nordwerk AG").
            q = _TYPED_QUOTED.match(text, e)
            if q is not None and r.free(q.start(1), q.end(1)):
                _add_org(r, s, q.end())
            continue
        if _SHOUTED_BEFORE.search(text, max(0, s - 12), s) or _SHOUTED_AFTER.match(text, e):
            continue  # a word of a shouted heading or dateline, not an acronym
        if s > 1 and text[s - 1] == "." and text[s - 2].isalnum():
            # "OUTLET.RU": a top-level domain is no body; an outlet credited by its domain name in capitals is
            # one, as a whole (a lower-case web address names none).
            d = _DOMAIN_BEFORE.search(text, max(0, s - 40), s)
            if d is not None and not r.in_ranges(r.skip_ranges, d.start(), e):
                _add_org(r, d.start(), e)
            continue
        # Russian acronyms take a capitalised genitive: "МИД Валдории"; English ones a nationality before them:
        # "the Valdorian MFA".
        g = _RU_NEXT_CAP.match(text, e) if _is_cyrillic(word) else None
        d = None if g else _DEMONYM_BEFORE.search(text, max(0, s - 30), s)
        if d and d.group(1).lower().endswith(t.demonyms) and r.free(d.start(1), s):
            s = d.start(1)
        _add_org(r, s, g.end() if g else e)


_DEMONYM_BEFORE = re.compile(rf"(?<![^\W_])([{_UPPER}][a-zà-ÿ]+)[ \u00a0]$")
_DOMAIN_BEFORE = re.compile(r"(?<![\w.-])[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]+(?:\.[A-ZА-ЯЁ0-9-]+)*\.$")
_SHOUTED_BEFORE = re.compile(r"[A-ZА-ЯЁ]{2,}[ \u00a0]+$")
_SHOUTED_AFTER = re.compile(r"[ \u00a0]+[A-ZА-ЯЁ]{2,}")
_RU_NEXT_CAP = re.compile(r"[ \u00a0][А-ЯЁ][а-яё]+(?:ии|ы|и|а|я)(?![^\W_])")


# -- grouping --------------------------------------------------------------------------------------


def _group_people(r: _Reader) -> list[_Person]:
    people: list[_Person] = []
    strong = sorted((n for n in r.names if n.strong and not n.weak and not n.initial), key=lambda n: n.start)
    for name in strong:
        for i, person in enumerate(people):
            if person.given and name.given and _given_agrees(name.given, person.given) \
                    and _surname_level(name.surname, person.surname) < _NONE:
                name.person = i
                person.add(name)
                break
        else:
            name.person = len(people)
            people.append(_Person(name.given, name.raw_initial, name.surname, name.start))
            people[-1].add(name)
    # Initials and single surnames, in text order, join the best-matching person.
    rest = sorted((n for n in r.names if n.person < 0), key=lambda n: n.start)
    for name in rest:
        best = _best_person(people, name)
        if best is not None:
            name.person = best
            people[best].add(name)
        elif not name.weak and (name.strong or name.titles or name.given is None):
            name.person = len(people)
            people.append(_Person(name.given, name.raw_initial, name.surname, name.start))
            people[-1].add(name)
    return people


def _best_person(people: list[_Person], name: _Name) -> int | None:
    scored: list[tuple[int, int]] = []
    surname = name.surname
    initial, masculine = surname[:1], _masculine(surname)
    for i, person in enumerate(people):
        # The best level over the person's surnames (this runs for every mention and every person).
        if surname in person.surnames:
            scored.append((_EXACT, i))
            continue
        if initial not in person.initials and masculine not in person.masculines:
            continue  # neither the same masculine form nor the same first letter: _NONE for every surname
        level = _NONE
        for x in person.surnames:
            lv = _surname_level(surname, x)
            if lv < level:
                level = lv
        if level < _NONE:
            scored.append((level, i))
    if not scored:
        return None
    if name.given is not None:
        agreeing = [(lv, i) for lv, i in scored if people[i].given is None or
                    _given_agrees(name.given[:1] if name.initial else name.given,
                                  (people[i].given or "")[:1] if name.initial else (people[i].given or ""))
                    or (name.initial and name.raw_initial.lower() == people[i].raw_initial.lower())]
        if agreeing:
            scored = agreeing
        elif len(scored) == 1 and name.initial and scored[0][0] in (_EXACT, _FUZZY):
            # Machine translation turns some given names into a wrong initial ("D." for Joseph); it joins
            # only when no one else carries the surname.
            return scored[0][1]
        else:
            return None
    top = min(lv for lv, _ in scored)
    tied = [i for lv, i in scored if lv == top]
    if len(tied) == 1:
        return tied[0]
    # Two people at the same level (namesakes): the one named last before this mention.
    def last_before(i: int) -> tuple[int, int]:
        before = max((m.start for m in people[i].mentions if m.start < name.start), default=-1)
        return (before, -people[i].first)  # none before (a headline): the first one named
    return max(tied, key=last_before)


def _find_surnames(r: _Reader, people: list[_Person]) -> None:
    """Lone capitalised words that are a known person's surname ("Tselikov said", "Орловой")."""
    if not people:
        return
    text = r.text
    surnames = {m.surname for p in people for m in p.mentions}
    firsts = {x[:1] for x in surnames}
    # Surnames by first letter, with the length of their masculine form: a misspelling is at most two edits
    # away, so most pairs are told apart by length before any distance is computed.
    by_first: dict[str, list[tuple[str, int]]] = {}
    for x in surnames:
        if len(x) >= 5:
            by_first.setdefault(x[:1], []).append((x, len(_masculine(x))))
    masculine = {_masculine(x) for x in surnames}
    taken, skip = r.taken, r.skip_mask
    # Transliteration changes a surname's first letter only within these groups (C/K, Y/I/J/E...).
    lasts = {text[m.start:m.end].split()[-1][:2] for p in people for m in p.mentions}
    initials = {c for x in lasts for c in _FIRST_LETTER_GROUPS.get(x[:1], x[:1])}
    # A digraph in "h" folds to one letter ("Kh" -> "h": "Khomyakov" is also written "Homyakov", "Zh" -> "z"):
    # that letter may open a spelling of the surname too.
    initials.update(fold_name(x)[:1].upper() for x in lasts if x[1:] == "h")
    # Whether a word may be one of the surnames depends on the word alone (the surnames are fixed for this
    # loop), and capitalised words repeat: each distinct word is judged once, and only the occurrences of the
    # accepted ones are read. One split with the word as a group gives the words and, by adding up lengths,
    # where each one starts.
    parts = r.cap_parts
    accepted: dict[str, str] = {}  # capitalised word as matched -> its folded form without a possessive
    for word in set(parts[1::2]):
        if word[0] not in initials or len(word) < 3:
            continue
        form = _surname_form(word)
        if form is not None and _may_be_surname(form, surnames, firsts, masculine, by_first):
            accepted[word] = form[0]
    if not accepted:
        return
    offsets = list(accumulate(map(len, parts)))
    found = [(offsets[i - 1], offsets[i]) for i in range(1, len(parts), 2) if parts[i] in accepted]
    for s, e in found:
        if taken.find(1, s, e) >= 0 or skip.find(1, s, e) >= 0:
            continue
        folded = accepted[text[s:e]]
        e = _strip_possessive(text, s, e)
        name = _Name(s, e, None, False, "", folded, strong=False, weak=r.is_weak(s, e))
        best = _best_person(people, name)
        if best is None:
            continue
        # A surname that is also a given name of that person ("Ян" alone) is too ambiguous to link.
        name.person = best
        people[best].add(name)
        r.names.append(name)
        r.claim(s, e)


def _find_given_names(r: _Reader, people: list[_Person]) -> None:
    """A lone given name ("Graham has been predicting ...") names the one person the text gave it to.

    Features and opinion pieces call people by their first name after introducing them. Only when exactly one
    person has that given name and no one has it as a surname; Cyrillic given names are skipped (they inflect,
    and Russian copy uses the name with the patronymic instead).
    """
    text = r.text
    owners: dict[str, set[int]] = {}
    for i, person in enumerate(people):
        for m in person.mentions:
            if m.given and not m.initial and m.strong:
                word = text[m.start:m.end].split()[0]
                if len(word) >= 3 and not _is_cyrillic(word) and _is_given(r.t, word):
                    owners.setdefault(word, set()).add(i)
    surnames = {m.surname for p in people for m in p.mentions}
    for word, found in owners.items():
        if len(found) != 1 or fold_name(word) in surnames:
            continue
        i = next(iter(found))
        for s, e in _find_word(text, word):
            e = _strip_possessive(text, s, e) if text[s:e] == word else e
            if not r.free(s, e) or r.skip_mask.find(1, s, e) >= 0 or _NEXT_CAPITAL.match(text, e):
                continue
            name = _Name(s, e, fold_name(word), False, word[0], fold_name(word), strong=False, weak=r.is_weak(s, e),
                         person=i)
            people[i].mentions.append(name)
            r.names.append(name)
            r.claim(s, e)


_NEXT_CAPITAL = re.compile(rf"[ \u00a0]+[{_UPPER}]")


@lru_cache(maxsize=65536)
def _surname_form(word: str) -> tuple[str, str] | None:
    """A capitalised word (as ``_CAP_WORD`` finds it) folded without its possessive, and that form's masculine
    form; None for stop words and acronyms. Words repeat within and across articles: each is folded once."""
    t = _tables()
    bare = word[:-2] if len(word) > 3 and word[-2] in "'’" and word[-1] == "s" else word
    if bare.lower() in t.stop or bare.isupper():
        return None
    folded = fold_name(bare)
    return folded, _masculine(folded)


def _may_be_surname(form: tuple[str, str], surnames: set[str], firsts: set[str], masculine: set[str],
                    by_first: dict[str, list[tuple[str, int]]]) -> bool:
    """Whether a folded word may be one of ``surnames``: exactly, in a gender form or misspelt."""
    folded, masc = form
    if folded[:1] not in firsts:
        return False
    if folded in surnames or masc in masculine:
        return True
    if len(folded) < 5:
        return False
    size = len(masc)
    for x, other in by_first.get(folded[:1], ()):
        # _surname_level: past exact and gender forms, only a misspelling of a 5+ letter surname is left, and
        # its masculine forms differ in length by at most two.
        if abs(size - other) <= 2 and _surname_level(folded, x) < _NONE:
            return True
    return False


_FIRST_LETTER_GROUPS = {c: g for g in ("CKQ", "YIJE", "WV", "ZS", "XKS", "FP") for c in g}
_CAP_WORD = re.compile(rf"[{_UPPER}](?<![^\W_].)(?<!\..)[^\W_]+(?:[-‐][{_UPPER}][^\W_]+)?(?:['’]s)?(?![^\W_])")
_CAP_WORD_SPLIT = re.compile(f"({_CAP_WORD.pattern})")


def _find_nicknames(r: _Reader) -> None:
    """'Harold "Ten Tanks" X': a given name, a nickname in quotes, a surname; the whole is one variant."""
    text = r.text
    # The nickname in marks is rare, and a pattern led by a quote mark skips to candidates at once; the full
    # pattern, led by any capital letter, costs as much as a scan for cue words.
    if _NICKNAME_HINT.search(text) is None:
        return
    for m in _NICKNAME.finditer(text):
        if not _is_given(r.t, m.group(1)) or not r.free(*m.span()):
            continue
        r.names.append(_Name(m.start(), m.end(), fold_name(m.group(1)), False, m.group(1)[0], fold_name(m.group(2)),
                             strong=True, weak=r.is_weak(*m.span())))
        r.claim(*m.span())


_NICKNAME = re.compile(rf"([{_UPPER}][^\W_]+)[ \u00a0][\"“«‘][{_UPPER}][^\"”»’\n]{{1,30}}[\"”»’][ \u00a0]"
                       rf"([{_UPPER}][^\W_]+)")
# A part of every _NICKNAME match (the quoted nickname after a space, and the surname), led by the quote mark.
_NICKNAME_HINT = re.compile(rf"[\"“«‘](?<=[ \u00a0].)[{_UPPER}][^\"”»’\n]{{1,30}}[\"”»’][ \u00a0][{_UPPER}][^\W_]+")


def _group_orgs(r: _Reader) -> list[list[_Org]]:
    groups: list[list[_Org]] = []
    # Longest keys first, so a shorter name finds the longer one it abbreviates.
    for org in sorted(r.orgs, key=lambda o: (-len(o.key), o.start)):
        same = [i for i, g in enumerate(groups) if g[0].key == org.key]
        containing = [i for i, g in enumerate(groups) if org.key < g[0].key]
        abbreviated = _abbreviated(r, org, groups) if not same and not containing else None
        if same:
            org.group = same[0]
        elif abbreviated is not None:
            org.group = abbreviated  # "MFA" after "Ministry of Foreign Affairs", "ГД" after "Государственной Думы"
        elif len(containing) == 1 and (len(org.key) >= 2 or r.text[org.start:org.end].lower() in
                                        r.t.lowercase_bodies):
            # "la préfecture" after "la préfecture des Deux-Rives": a bare body noun is the one body so named.
            org.group = containing[0]
        elif org.weak and not _headed_name(r, org):
            # A headline word names no new body, but a headed name ("Ministry of Labour") is one even there.
            continue
        else:
            org.group = len(groups)
            groups.append([])
        groups[org.group].append(org)
    return groups


def _abbreviated(r: _Reader, org: _Org, groups: list[list[_Org]]) -> int | None:
    """The one group whose name an acronym abbreviates: its letters are the initials of the name's words, with
    or without the function words ("MFA": "Ministry of Foreign Affairs"; "МЧС": "Министерство по чрезвычайным
    ситуациям"); words after the acronym must be the name's last words ("МИД X" for "Министерство иностранных
    дел X"). Initials do not change when a Russian name inflects. None when no group or several fit."""
    words = r.text[org.start:org.end].split()
    acronym = words[0]
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    rest = tuple(fold_name(w) for w in words[1:])
    found: set[int] = set()
    for i, group in enumerate(groups):
        for form in {r.text[o.start:o.end] for o in group}:
            # Most names start with another letter, or are one word: no need to read them.
            if " " not in form or (form[0].upper() != acronym[0] and form[0].isascii()):
                continue
            if _initials_fit(acronym, rest, form):
                found.add(i)
                break
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=16384)
def _initials_fit(acronym: str, rest: tuple[str, ...], name: str) -> bool:
    """Whether ``acronym`` + ``rest`` (folded words) abbreviates ``name`` (see ``_abbreviated``); the same
    acronyms and names come back in article after article: each pair is read once."""
    t = _tables()
    words = _ALNUM.findall(name)
    if len(words) < 2 or len(words) <= len(rest):
        return False
    if rest and tuple(fold_name(w) for w in words[len(words) - len(rest):]) != rest:
        return False
    head = words[:len(words) - len(rest)]
    if not rest:
        # "the MFA" for "the Ministry of Foreign Affairs of X": the name without its last "of" complement too.
        cut = max((k for k, w in enumerate(head) if k > 1 and w.lower() in t.acronym_function_words), default=0)
        heads = [head, head[:cut]] if cut else [head]
    else:
        heads = [head]
    for part in heads:
        content = [w for w in part if w.lower() not in t.acronym_function_words]
        if len(part) >= 2 and acronym in (_initials(content), _initials(part)):
            return True
    return False


def _initials(words: list[str]) -> str:
    """The capitalised first letters of ``words`` without accents ("étrangères" gives "E")."""
    return "".join(unicodedata.normalize("NFKD", w[0])[0] for w in words).upper()


def _headed_name(r: _Reader, org: _Org) -> bool:
    """'Ministry of Labour', 'Kelmark Council': a short name that opens or ends with a head noun. Longer runs in
    a headline are mostly Title Case sentences ("Guard Credited With Finding ...")."""
    words = r.text[org.start:org.end].split()
    return 2 <= len(words) <= 5 and (_is_org_head(r.t, words[0]) or _is_org_head(r.t, words[-1]))


def _find_org_repeats(r: _Reader, groups: list[list[_Org]]) -> None:
    """Later plain mentions of a found organisation ("told VNA"), and Russian inflected forms."""
    text = r.text
    for gi, group in enumerate(groups):
        forms = {text[o.start:o.end] for o in group}
        for form in forms:
            if _is_cyrillic(form) and " " in form:
                stems = [_stem(w, r.t.case_endings) for w in form.split()]
                pattern = r"(?<![^\W_])" + r"[ \u00a0]+".join(re.escape(s) + r"[а-яё]{0,5}" for s in stems) + \
                    r"(?![^\W_])"
                found = re.finditer(pattern, text, re.IGNORECASE)
                spans = [m.span() for m in found]
            else:
                spans = _find_word(text, form)
            for a, b in spans:
                if r.free(a, b) and r.skip_mask.find(1, a, b) < 0:
                    org = _Org(a, b, group[0].key, group=gi)
                    group.append(org)
                    r.orgs.append(org)
                    r.claim(a, b)


def _find_word(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` occurs as whole words (str.find: cheaper than compiling a pattern per name)."""
    out = []
    size = len(form)
    n = len(text)
    for at in occurrences(text, form):
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and (end == n or not text[end].isalnum()):
            out.append((at, end))
    return out


# The occurrences found in the last text: (text, form -> offsets). The quotes stage looks for every actor's
# names in the same text a moment later (speakers.unmarked_mentions), most of which this stage looked for.
_OCCURRENCES: list[tuple[str, dict[str, list[int]]]] = []


def occurrences(text: str, form: str) -> list[int]:
    """Where ``form`` (not empty) occurs in ``text``: ``str.find`` from the start, then from the end of each
    occurrence (so occurrences never overlap). Kept for the last text (compared by identity, as ``lowered``
    does): each search reads the whole text, and both stages search for the same names."""
    kept = _OCCURRENCES[0] if _OCCURRENCES else None
    if kept is not None and kept[0] is text:
        memo = kept[1]
    else:
        memo = {}
        _OCCURRENCES[:] = [(text, memo)]
    found = memo.get(form)
    if found is None:
        found = []
        size = len(form)
        at = text.find(form)
        while at >= 0:
            found.append(at)
            at = text.find(form, at + size)
        memo[form] = found
    return found


# -- roles -----------------------------------------------------------------------------------------


_BOUNDARY = re.compile(r"[,.;:!?«»“”\"()\[\]—–\n]|[ \u00a0]-[ \u00a0]")
_LAST_BOUNDARY = re.compile(r"(?s:.*)(?:[,.;:!?«»“”\"()\[\]—–\n]|([ \u00a0]-[ \u00a0]))")


_QUOTE_CHAR = re.compile(r"[«“\"„]")
_QUOTED_NAME = re.compile(rf"[«“\"„][{_UPPER}][^«»“”\"„\n,.;]{{0,40}}[»”\"“]")


def _may_open_role(role_or_title: frozenset[str], text: str, lo: int, end: int) -> bool:
    """Whether the first word of text[lo:end] may be read as a role word by _role_before although the lower-case
    cue scan found no cue word starting in text[lo:end].

    _role_before reads the white-space separated words of the window's last phrase, lower-cased; a word
    equal to a role or title word (or equal to one with dots after it) makes it read on. Every such word
    that starts after a space or a phrase boundary, and is not glued to the name after the window (the caller
    checks that), is a match of the cue scan (cue words hold letters, digits, hyphens and apostrophes only,
    so a cue match never covers a space or a boundary: the scan tries the character before each such word).
    Only the window's first word can start without one: when the window cuts a word ("...xminister Y") or
    starts the text. That word is checked here, as written and without a comma that the window may drop.
    """
    m = _NONSPACE.match(text, lo, end)
    if m is None:
        return False
    word = m.group().lower()
    return any(w in role_or_title or w.rstrip(".") in role_or_title
               for w in (word, word[:-1] if word.endswith(",") else word))


def _role_before(r: _Reader, name: _Name, floor: int) -> str | None:
    """The role phrase right before a name ("the official representative of X <Name>"), if any."""
    text, t = r.text, r.t
    lo = max(floor, name.start - 120)
    starts = r.lower_cue_starts
    if starts is not None:
        i = bisect_left(starts, lo)
        if (i == len(starts) or starts[i] >= name.start) and not text[name.start - 1:name.start].isalnum() \
                and not _may_open_role(t.role_or_title, text, lo, name.start):
            # No cue word starts in the window, so no role word can (see _may_open_role): most names.
            return None
    window = text[lo:name.start]
    if window.rstrip().endswith(","):
        window = window.rstrip()[:-1]  # "<role>, <Name>": the role is before the comma
    # A name in marks inside the role ("deputy of the party “X Y” <Name>") does not end it: the marks are
    # masked (same length, so offsets hold) before looking for the phrase's boundary.
    masked = _QUOTED_NAME.sub(lambda m: "x" * len(m.group()), window) if _QUOTE_CHAR.search(window) else window
    # The end of the last boundary: one backward match instead of every boundary of the window. Only in
    # " - - " may it differ from the last of the non-overlapping matches: there all of them decide.
    last = _LAST_BOUNDARY.match(masked)
    cut = 0 if last is None else last.end()
    if last is not None and last.start(1) >= 2 and masked[last.start(1) - 1] == "-" \
            and masked[last.start(1) - 2] in " \u00a0":
        cut = max((m.end() for m in _BOUNDARY.finditer(masked)), default=0)
    piece = window[cut:]
    # Most names have no role before them: look the words up once before reading them one by one.
    role_or_title = t.role_or_title
    low_words = piece.lower().split()
    if role_or_title.isdisjoint(low_words) and ("." not in piece or
                                                not any(w.rstrip(".") in role_or_title for w in low_words)):
        return None
    words = list(_NONSPACE.finditer(piece))
    for i, w in enumerate(words):
        low = w.group().lower().rstrip(".")
        if low.endswith(("'s", "’s")):
            continue
        if low in t.role_nouns or low in t.titles:
            # The role starts after the last article before its noun ("The port director, X"); without
            # one (Russian, titles) it starts at the noun and the modifiers before it.
            dets = [k for k in range(i) if words[k].group().lower() in t.determiners]
            j = dets[-1] + 1 if dets else i
            while not dets and j > 0 and (words[j - 1].group().lower() in t.role_modifiers or (
                    # "Agriculture Minister X": a capitalised title takes its capitalised words
                    text[lo + cut + words[j].start()].isupper() and words[j - 1].group()[:1].isupper()
                    and _cached_kind(words[j - 1].group()) in ("plain", "title"))):
                j -= 1
            role = _trim_role(t, piece[words[j].start():].strip())
            if role:
                r.role_ranges.append((lo + cut + words[j].start(), name.start))
                return role
    return None


def _trim_role(t: _Tables, role: str) -> str:
    """A role phrase without the words that cannot end one before a name: a connector or an article, left when
    machine translation glues the name to a complement ("an adviser to the board of X")."""
    words = role.split()
    while len(words) > 1 and (words[-1].lower() in t.connectors or words[-1].lower() in t.determiners):
        words.pop()
    return " ".join(words) if len(words) < len(role.split()) else role


def _role_after(r: _Reader, name: _Name) -> str | None:
    """The apposition after a name ("<Name>, the spokesman of the ministry,")."""
    text, t = r.text, r.t
    m = _APPOSITION.match(text, name.end)
    if not m:
        return None
    phrase = m.group(1).strip()
    words = phrase.lower().split()
    if not words or words[0] in t.relatives:
        return None  # "X, who is not related to the minister," describes, it does not name an office
    if len(words) > 14 or not any(w.strip("’'s") in t.role_nouns or w in t.role_nouns for w in words):
        return None
    r.role_ranges.append((name.end, m.end()))
    return phrase


_APPOSITION = re.compile(r",[ \u00a0]+(?:the |The |a |an |le |la |l['’]|der |die )?([^,.;:!?()\n«»“”\"]{3,120})"
                         r"(?=[,.;]|$)", re.MULTILINE)


_LOWER_POSSESSIVE = re.compile(r"(?<![^\W_])[a-zà-ÿ][^\W_]*['’]s(?![^\W_])")
_ROLE_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)?")


@dataclass(frozen=True, slots=True)
class _RoleSense:
    """What a role phrase says: its words (synonym classes, stems; "@xxxx" for a place or body it names), its
    head noun (the office itself: "head" in "deputy head of the city", "заместитель" in "заместитель министра")
    and its rank modifiers other than the head ("deputy" there)."""

    words: frozenset[str]
    head: str | None
    ranks: frozenset[str]
    plain: frozenset[str]  # the words without the places
    places: frozenset[str]
    complement: frozenset[str]  # the words after the head's connector ("district" in "head of the district")


_HEAD_FIRST = re.compile(r"[а-яёіїєґ]|\b(?:le|la|l['’]|les|un|une|du|des|de)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _role_sense(phrase: str) -> _RoleSense:
    """The words, head and ranks of a role phrase (heuristic).

    The head is the role noun that the others depend on: in English and German the last one before the first
    connector ("deputy head of the city" -> head), in Russian, Ukrainian and French the first one, since
    their complements follow the noun ("заместитель министра", "directeur adjoint"). Role phrases repeat
    ("the minister"), within and across articles: each is read once.
    """
    t = _tables()
    out: set[str] = set()
    phrase = _LOWER_POSSESSIVE.sub("", phrase)  # "the country's minister": the possessor is no part of the role
    low = phrase.lower()
    for p, canon in t.role_phrases.items():
        if p in low:
            low = low.replace(p, canon)
    for raw in _ROLE_WORD.findall(phrase):
        if raw[:1].isupper() and not _is_cyrillic(raw) and _word_kind(t, raw) not in ("title", "head", "stop") \
                and raw.lower() not in t.role_nouns:
            out.add("@" + raw[:4].lower())  # a country or body the role names, compared on its own
    head_first = _HEAD_FIRST.search(phrase) is not None
    seq: list[str] = []
    complement = False  # past the first connector after a role noun
    after: set[str] = set()
    for w in _ROLE_WORD.findall(low):
        if w in t.connectors or w in _ROLE_PREPOSITIONS:
            complement = complement or bool(seq)
            continue
        if w in t.determiners or w == "s" or w.endswith(t.demonyms):
            continue  # nationality adjectives are optional: "the Russian minister" is "the minister"
        w = t.role_synonyms.get(w, w)
        form = _stem(w, t.case_endings) if _is_cyrillic(w) else w
        out.add(form)
        if complement:
            after.add(form)
        if form in t.role_heads and (head_first or not complement):
            seq.append(form)
    words = frozenset(out)
    plain = frozenset(w for w in words if not w.startswith("@"))
    head = (seq[0] if head_first else seq[-1]) if seq else None
    ranks = frozenset(w for w in words if w in t.ranks and w != head)
    return _RoleSense(words, head, ranks, plain, words - plain, frozenset(after))


# Prepositions that open a role's complement ("head of the city", "deputy on housing"): the head comes before.
_ROLE_PREPOSITIONS = frozenset({"of", "for", "on", "at", "from", "in", "для", "по"})


def _role_score(t: _Tables, phrase: _RoleSense, plain: frozenset[str], roles: list[_RoleSense],
                bag: set[str]) -> int:
    """How well a role phrase fits a person's roles, 0 for not at all (heuristic).

    3: one role holds every word of the phrase and has the same head ("the head of the city" for "head of the
    city X"); 2: every word, another head ("the deputy" for a "deputy head"), or every word over all the
    person's roles; 1: only the head agrees ("Замминистра" for "заместитель"), or the phrase is a kind of
    office the role is ("the official" for a chairwoman, "l'élue" for a maire). A rank the role has and the
    phrase lacks ("deputy", "former") costs two: "the head of the city" is not its deputy head.
    """
    best = 0
    for role in roles:
        if plain <= role.words:
            score = 3 if phrase.head == role.head else 2
            if role.ranks - plain:
                score -= 2
            score = max(score, 1)
        elif phrase.ranks & t.deputy_ranks - role.words:
            continue  # "the deputy mayor" is not the mayor: a deputy rank the role lacks
        elif phrase.head is not None and phrase.head == role.head and phrase.complement <= role.words:
            # Only the head agrees: "the head" may be the head of the committee, "the head of the district"
            # may not (a complement the role lacks names another office).
            score = 1
        elif phrase.head in t.hypernyms and role.head in t.hypernyms[phrase.head]:
            score = 1
        else:
            continue
        best = max(best, score)
    if not best and plain <= bag:
        best = 1 if {w for w in bag if w in t.ranks} - plain else 2
    return best


_SENTENCE_END = re.compile(r"[.!?…][\"”»’]?(?:[ \u00a0]|$)|\n")


def _last_seen(person: _Person, before: int, roles: list[tuple[int, int, int]], index: int) -> int:
    """Where a person was last named (by name or a resolved role) before ``before``, -1 if not."""
    last = max((m.start for m in person.mentions if m.start < before), default=-1)
    return max(last, max((s for s, _e, i in roles if i == index and s < before), default=-1))


def _find_role_mentions(r: _Reader, people: list[_Person], senses: list[list[_RoleSense]]) \
        -> list[tuple[int, int, int]]:
    """Definite role-noun phrases resolved to the person whose roles fit them best (and whose gender, when both
    are known, agrees); among equals, the one named most recently before the phrase (heuristic)."""
    text, t = r.text, r.t
    # A person's gender is read only when a role phrase is weighed against them (most documents have no
    # definite role phrase at all): each one on first use.
    gender_cache: dict[int, str | None] = {}

    def gender_of(i: int) -> str | None:
        if i not in gender_cache:
            gender_cache[i] = _person_gender(r, people[i])
        return gender_cache[i]

    bags = [set().union(*(x.words for x in ss)) if ss else set() for ss in senses]
    # The places and bodies each person's roles name: "the Ukrainian President" is not a president "of Russia".
    known = [{w for w in bag if w.startswith("@")} for bag in bags]
    out: list[tuple[int, int, int]] = []
    russian = r.lang in ("ru", "uk")
    # Role phrases may contain an organisation's name ("the representative of the Ministry of Defence"),
    # never a person's.
    # A mask of them (1 inside a name or a resolved role) answers "does this phrase overlap one" in one call.
    names = _SpanMask(len(text))
    for n in r.names:
        if n.person >= 0:
            names.add(n.start, n.end)
    anyone = any(senses)  # without any role known, only a gendered generic noun can be resolved
    for s, e, low in r.cues:
        if low not in t.role_nouns or not (anyone or low in t.generic_gendered):
            continue
        if names.overlaps(s, e) or any(a <= s and e <= b for a, b in r.role_ranges):
            continue
        # "deputy minister": the last noun of a compound role takes the whole phrase.
        following = _NEXT_ROLE.match(text, e)
        if following and following.group(1).lower() in t.role_nouns:
            continue
        # A role right before a name is that name's title, not a stand-in for it.
        nxt = _NEXT_NAME.match(text, e)
        if nxt and not r.free(nxt.start(1), nxt.end(1)):
            continue
        # Extend left over modifiers and one determiner. One plain noun modifier ("the agriculture minister")
        # and a possessive ("the country's minister") are taken only when a determiner closes the phrase.
        start = s
        probe = s
        loose = 0
        while True:
            p = _PREV_WORD.search(text, max(0, probe - 30), probe)
            if not p:
                if loose:
                    start = -1  # a loose modifier that no determiner closes
                break
            word = p.group(1).lower()
            if word in t.role_modifiers or (word in t.titles and word not in t.determiners) or (
                    p.group(1)[:1].isupper() and word.endswith(t.demonyms)):
                start = probe = p.start(1)
                continue
            if word in t.determiners or (word.endswith(("'s", "’s")) and p.group(1)[:1].islower()):
                if word in ("a", "an", "un", "une", "ein", "eine", "einen", "einem", "einer"):
                    start = -1
                else:
                    start = p.start(1)
                    if word not in t.determiners:  # "the country's": the article before it too
                        q = _PREV_WORD.search(text, max(0, start - 12), start)
                        if q and q.group(1).lower() in t.determiners:
                            start = q.start(1)
                break
            if not loose and word.isalpha() and word[:1].islower() and word not in t.stop and \
                    not (russian or _is_cyrillic(text[s:e])):
                loose = 1
                probe = p.start(1)
                continue
            if not (russian or _is_cyrillic(text[s:e])):
                start = -1  # English, French, German: only a definite article makes a role a stand-in
            break
        if start < 0:
            continue
        if t.anonymity.match(text, e):
            continue  # "чиновница, не назвавшая своей фамилии": an unnamed voice, nobody named
        end = e
        ext = _ROLE_TAIL.match(text, end)
        if ext:
            end = ext.end()
        # The tail may say more than the person's role ("of the city then", "of the city noted"): the end whose
        # phrase fits best; among full fits the longest, among head-only fits the shortest (a verb after
        # the noun is no part of the role). A phrase never ends on a connector or an article ("of the").
        stops = sorted({e, *(x.end() for x in _NONSPACE.finditer(text, e, end)
                             if x.group().lower() not in t.connectors and x.group().lower() not in t.determiners)},
                       reverse=True)
        if ext and len(stops) > 1 and any(c.isupper() for c in ext.group()):
            # "the head of the Ilginsky district": a complement with a name says whose head; dropped whole,
            # the bare "the head" would fit the head of any other body (a verb after the complement may still
            # go). A generic complement ("the head of the company") refers back to the holder's own body.
            stops.remove(e)
        best: tuple[int, int, int] | None = None  # (score, preference, person)
        fallback: int | None = None
        for stop in stops:
            sense = _role_sense(text[start:stop])
            plain = sense.plain
            if not plain:
                continue
            places = sense.places
            gender = _phrase_gender(r, text[start:stop], low)
            scored = [(_role_score(t, sense, plain, senses[i], bags[i]), i) for i in range(len(people))
                      if senses[i] and (not places or not known[i] or places <= known[i])
                      and _agrees(gender, gender_of(i))]
            top = max((sc for sc, _ in scored), default=0)
            matches = [i for sc, i in scored if sc == top and sc > 0]
            if len(matches) > 1:
                # Equals: the one named last before the phrase; none named before it: undecided.
                # Two named in the same sentence ("the minister X and the minister Y met") are no more recent
                # one than the other: undecided too.
                seen = sorted(((_last_seen(people[i], start, out, i), i) for i in matches), reverse=True)
                if seen[0][0] >= 0 and (seen[1][0] < 0 or _SENTENCE_END.search(text, seen[1][0], seen[0][0])):
                    matches = [seen[0][1]]
            if len(matches) == 1:
                key = (top, stop if top >= 2 else -stop, matches[0])
                if best is None or key[:2] > best[:2]:
                    best = key
                if top == 3:
                    break  # no shorter phrase fits better
            elif fallback is None and low in t.generic_gendered and gender:
                # "чиновница": the nearest person named before whose gender agrees.
                before = [(n.start, n.person) for n in r.names if n.person >= 0 and n.end <= start
                          and _agrees(gender, gender_of(n.person)) and gender_of(n.person)]
                fallback = max(before)[1] if before else None
                fallback_stop = stop
        if best is not None:
            stop = best[1] if best[0] >= 2 else -best[1]
            out.append((start, stop, best[2]))
            names.add(start, stop)
        elif fallback is not None:
            out.append((start, fallback_stop, fallback))
            names.add(start, fallback_stop)
    return out


def _phrase_gender(r: _Reader, phrase: str, noun: str) -> str | None:
    """'f' or 'm' when a role phrase marks its gender (a gendered noun, a German -in form, French la/le)."""
    t = r.t
    if noun in t.feminine_words:
        return "f"
    if noun in t.masculine_words:
        return "m"
    if (noun.endswith("in") and noun[:-2] in t.role_nouns) or noun.endswith("ärztin"):
        return "f"
    first = phrase.split(maxsplit=1)[0].lower()
    if first in ("la", "une"):
        return "f"
    if first in ("le", "un"):
        return "m"
    return None


def _person_gender(r: _Reader, person: _Person) -> str | None:
    """'f' or 'm' from a person's honorifics and roles, a given name's gender or East Slavic name endings
    (heuristic)."""
    t = r.t
    text = r.text
    for role in person.roles:
        for w in role.lower().replace(".", " ").split():
            if w in t.feminine_words or (w.endswith("in") and w[:-2] in t.role_nouns):
                return "f"
            if w in t.masculine_words:
                return "m"
    for m in person.mentions:
        if not m.strong or m.given is None or m.initial:
            continue
        words = text[m.start:m.end].split()
        given, surname = words[0].lower(), words[-1].lower()
        if len(words) > 1 and (oblique := oblique_given_gender(given)) is not None:
            return oblique
        if _is_cyrillic(given) and _is_given(t, words[0]):
            if given.endswith(("а", "я")) and given not in t.masculine_given_in_a:
                return "f"
            return "m"
        # A Latin given name the generated lexicon gives one gender ("Ayşe", "Mustafa"); "u" names give none.
        known = given_name_gender(given) if len(words) > 1 and not _is_cyrillic(given) else None
        if known is not None and given not in t.masculine_given_in_a:
            return known
        if len(surname) >= 5 and surname.endswith(t.feminine_surnames):
            return "f"
        if len(surname) >= 4 and surname.endswith(t.masculine_surnames):
            return "m"
    return None


def _agrees(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


class _SpanMask:
    """Spans, as a mask over the text: whether ``[start, end)`` overlaps one of them is one ``find``."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size)
        self.empty: list[int] = []  # an empty span still "overlaps" a span that holds it strictly inside

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.mask[start:end] = b"\x01" * (end - start)
        else:
            self.empty.append(start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) >= 0 or any(start < x < end for x in self.empty)


_NEXT_ROLE = re.compile(r"[ \u00a0]+([^\W\d_][\w-]*)")


_PREV_WORD = re.compile(r"([^\W_][\w'’-]*)[ \u00a0]+$")
_NEXT_NAME = re.compile(rf"[ \u00a0]+([{_UPPER}][^\W_]+)")
_ROLE_TAIL = re.compile(rf"(?:[ \u00a0]+(?:of|for|de|du|des|d['’]|der|des)(?:[ \u00a0]+(?:the|la|le|l['’]))?[ \u00a0]*"
                        rf"(?:[{_UPPER}][^\W_]+(?:[ \u00a0]+[{_UPPER}][^\W_]+)*"
                        r"|[a-zé][^\W_]+(?:[ \u00a0][a-zé][^\W_]+)?)){1,3}"
                        r"|(?:[ \u00a0]+[А-ЯЁа-яё][а-яё]+(?:а|ы|и|ого|ой|ей|ства)(?![^\W_])){1,2}")


# -- the stage -------------------------------------------------------------------------------------


def find_actors(doc: Document) -> tuple[list[Actor], list[Span]]:
    """The actors of a document and their ``mention`` spans, without changing the document."""
    r = _Reader(doc)
    _find_wires(r)
    _find_bylines(r)
    _find_nicknames(r)
    _find_typed_orgs(r)
    _find_statement_orgs(r)
    _find_russian_orgs(r)
    # Heads before bodies: "la préfecture des Deux-Rives" is one name, "la préfecture" alone a shorter one.
    _find_lowercase_heads(r)
    _find_lowercase_bodies(r)
    _find_french_bodies(r)
    _find_tail_heads(r)
    _find_runs(r)
    _find_acronyms(r)
    _find_bare_surnames(r)
    people = _group_people(r)
    _find_surnames(r, people)
    _find_given_names(r, people)
    _find_intercapped(r)
    groups = _group_orgs(r)
    _find_org_repeats(r, groups)

    text = r.text
    # Roles from appositions.
    ends = sorted(n.end for n in r.names)
    for person in people:
        for name in sorted(person.mentions, key=lambda n: n.start):
            # A role phrase before a name never reaches back past the previous name.
            i = bisect_right(ends, name.start)
            floor = ends[i - 1] if i else 0
            for role in (_role_before(r, name, floor), _role_after(r, name)):
                if role and role not in person.roles:
                    person.roles.append(role)
            person.roles.extend(x for x in name.titles if x not in person.roles)
    senses = [[_role_sense(x) for x in p.roles] for p in people]
    roles = _find_role_mentions(r, people, senses)

    # Actors in order of first mention.
    entries: list[tuple[int, str, ActorKind, list[tuple[int, int]], list[str]]] = []
    for i, person in enumerate(people):
        spans = sorted({(n.start, n.end) for n in person.mentions if n.person == i})
        if spans:
            entries.append((spans[0][0], f"p{i}", PERSON, spans, person.roles))
    for gi, group in enumerate(groups):
        spans = sorted({(o.start, o.end) for o in group})
        if spans:
            entries.append((spans[0][0], f"o{gi}", ORGANISATION, spans, []))
    entries.sort()
    actors: list[Actor] = []
    mentions: list[Span] = []
    ids: dict[str, str] = {}
    for n, (_first, key, kind, spans, role_list) in enumerate(entries, start=1):
        aid = f"a{n}"
        ids[key] = aid
        variants: list[str] = []
        for s, e in spans:
            form = text[s:e]
            if form not in variants:
                variants.append(form)
            mentions.append(Span(s, e, MENTION, "name", attrs={"actor": aid}))
        role = max(role_list, key=len) if role_list else None
        actors.append(Actor(id=aid, name=_canonical(variants, kind), kind=kind, variants=variants, role=role))
    for s, e, pi in roles:
        person_id = ids.get(f"p{pi}")
        if person_id:
            mentions.append(Span(s, e, MENTION, "role", attrs={"actor": person_id}))
    mentions.sort(key=lambda sp: (sp.start, sp.end))
    return actors, mentions


def _canonical(variants: list[str], kind: ActorKind) -> str:
    """The fullest form: most words, no initial; Cyrillic ties go to the shortest (nominative) form."""
    def score(v: str) -> tuple[int, int, int]:
        words = v.split()
        has_initial = any(len(w) == 2 and w.endswith(".") for w in words)
        quoted = any(c in v for c in _QUOTES_OPEN)
        length = -len(v) if _is_cyrillic(v) else 0
        return (0 if quoted else 1, len(words) - has_initial, length)
    if len(variants) == 1:
        return variants[0]
    if kind == ORGANISATION:
        return max(variants, key=lambda v: (v[:1].isupper(), len(v.split()),
                                            -len(v) if _is_cyrillic(v) else len(v)))
    return max(variants, key=score)


def annotate_actors(doc: Document, *, settings: Settings) -> None:
    """Set ``doc.actors`` and add ``mention`` spans (see the module docstring)."""
    _ = settings
    actors, mentions = find_actors(doc)
    doc.actors = actors
    doc.add(mentions)


def actor_for_span(doc: Document, start: int, end: int) -> str | None:
    """The actor id of the ``mention`` span that overlaps ``[start, end)`` most, or None.

    Ties go to a ``name`` mention, then to the earlier one.
    """
    best: tuple[int, int, int] | None = None
    found: str | None = None
    for span in doc.spans:
        if span.layer != MENTION:
            continue
        overlap = min(end, span.end) - max(start, span.start)
        if overlap <= 0:
            continue
        key = (overlap, span.label == "name", -span.start)
        if best is None or key > best:
            best = key
            found = span.attrs.get("actor")
    return found
