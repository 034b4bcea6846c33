"""The word lists of the quotes stage, read once from ``unspin/data/quotes/*.json`` and compiled to regexes.

A document is read with the lists of its language (the language stage runs first); a document in a language
without lists, or with none detected, is read with every list merged. Lists are not merged by default because
cue words collide across languages: French "note" and "lance" are English nouns, Spanish "a" and "no" are not
English prepositions. Machine-translated copy keeps the punctuation of its source language (a Russian quote
dash in English words), and punctuation is handled the same way in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from unspin.wordlists import load_object, trie_pattern

__all__ = ["LANGUAGES", "Lexicon", "languages_for", "lexicon", "noun_stem", "stem_matches"]

LANGUAGES = ("en", "ru", "uk", "fr", "de", "es")

# A word edge for cue phrases: letters, digits, hyphens and apostrophes glue to a word ("a-t-il", "d'après").
_WORD = r"[\w\-'’]"


# Letters a stem may be followed by and still be the same noun: case and number endings ("ведомстве",
# "компаниями", "ministries", "Ministeriums"), but not a derivation ("departmental", "ministerial").
_VOWELS = "aeiouyäöüéèêàâîôûаеёиоуыэюяіїєй"
_ENDINGS = frozenset(_VOWELS + "sхмn")

_NEVER = r"(?!)"  # an empty list matches nothing (an empty alternation would match everywhere)


def _trie_pattern(phrases: Iterable[str]) -> str:
    """Lower-case phrases as a trie pattern (compile with IGNORECASE); a space matches any white space."""
    return trie_pattern((" ".join(p.lower().split()) for p in phrases), flexible_space=True)


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """Whole-word phrases: no letter, digit, hyphen or apostrophe may touch either end."""
    parts = {p.strip() for p in phrases if p.strip()}
    if not parts:
        return _NEVER
    return rf"(?<!{_WORD})(?:{_trie_pattern(parts)})(?!{_WORD})"


def _compile(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(_phrase_pattern(phrases), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled cue patterns and word sets (lower case) of every language."""

    cues: re.Pattern[str]  # every cue phrase below, to find them all in one pass over lower-cased text
    cue_trie: str  # the alternation of ``cues``, and its phrases (for the scan shared with actors: cuescan)
    cue_phrases: frozenset[str]
    cues_any_case: re.Pattern[str]  # the same, case-insensitive (for texts whose lower case changes length)
    cue_kinds: dict[str, frozenset[str]]  # lower-case phrase (single spaces) -> its kinds
    speech: re.Pattern[str]  # reporting verbs: "said", "заявил", "a déclaré", "sagte"
    objects: re.Pattern[str]  # verbs whose object may be a partial quote: "called", "назвала", "qualifie"
    tail: re.Pattern[str]  # verbs that attribute only right after a quote: "laughed", German "so"
    interrupt: re.Pattern[str]  # a quote split by its attribution: «A, — added X. — B»
    participles: re.Pattern[str]  # ", adding that ...", ", добавив, что ..."
    complementizer: re.Pattern[str]  # "that", "что", "que", "dass"
    prefix: re.Pattern[str]  # "according to", "по словам", "selon", "laut" (the speaker follows)
    pronoun_prefix: re.Pattern[str]  # "in her words", "по его словам", "selon lui"
    as_opener: re.Pattern[str]  # "As X noted, ...", "Как отметил X, ..."
    backward: re.Pattern[str]  # "This was stated by X", "Об этом сообщил X"
    prefix_gate: re.Pattern[str]  # match: a sentence may open with a prefix cue at all (see reported._prefix)
    scare: re.Pattern[str]  # words before a quote that make it a mention: "so-called", "the word"
    scare_ends: tuple[str, ...] | None  # the last words of the scare markers, lower case (see finder)
    connectors: re.Pattern[str]  # sentence openers to skip before a prefix cue: "But", "Earlier"
    bare_clause: frozenset[str]  # verbs that take a clause without "that": "said the plan is"
    comma_clause: frozenset[str]  # verbs of languages where a comma opens the clause: "sagte, die ..."
    pronouns: dict[str, str]  # pronoun -> "m", "f", "p" (plural) or "n"
    unnamed: frozenset[str]
    roles: frozenset[str]
    indefinite: frozenset[str]
    determiners: frozenset[str]
    title_nouns: frozenset[str]
    prepositions: frozenset[str]
    time_words: frozenset[str]
    single_word_backward: frozenset[str]
    weak_prefix: frozenset[str]  # "pour X, ...": a cue only when X names a person
    subordinators: frozenset[str]  # "..., where, according to X, CLAUSE": the clause follows
    relay: re.Pattern[str]  # "an agency quoted the mayor as saying": the speaker follows the relay verb
    org_nouns: frozenset[str]  # "Russian defense Ministry: ...": a headline prefix that names a body
    female_surname_endings: tuple[str, ...]
    male_surname_endings: tuple[str, ...]
    female_names: frozenset[str]
    male_names_in_a: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    addressees: frozenset[str]  # "told me", "said to reporters": who was told, between the verb and the clause
    finite_markers: frozenset[str]  # auxiliaries that show a clause after "explained", "noted" (not an object)
    bare_clause_free: frozenset[str]  # verbs that take a bare clause without that check ("said", "claims")
    document_nouns: frozenset[str]  # "according to the report": a document is not a speaker (README rule 9)
    spokes: frozenset[str]  # "spokesman", "press secretary": a voice of its body, which is the speaker
    voice_nouns: frozenset[str]  # spokes and "representative": an unnamed one speaks for the body it names
    company_nouns: frozenset[str]  # "the company said": a word for a firm, resolved to the firm last named
    state_bodies: tuple[str, ...]  # words of a government body, most likely to speak for a country first
    konjunktiv: frozenset[str]  # German Konjunktiv I forms ("sei", "habe"): reported speech without a cue
    np_prefix: frozenset[str]  # prefix cues followed by a bare noun phrase, no comma ("Laut X sollen ...")
    subject_pronouns: frozenset[str]  # nominative "he", "она", "elle": a pronoun that can be a clause's subject
    deputy_words: frozenset[str]  # "deputy", "заместитель", "adjoint": a deputy head is not "the head"
    clause_conjunctions: re.Pattern[str]  # "after", "когда", "lorsque": a new clause (and subject) follows
    plural_indefinite: frozenset[str]  # "two", "several", "des": an indefinite that names a group, not one voice
    # "the ministry said", "в ведомстве сообщили": (stems of the generic noun, stems of the name words of the
    # organisations it may refer back to, "*" for any); see speakers.Speakers._org_by_generic
    generic_orgs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    statement_nouns: tuple[str, ...]  # stems of "statement", "заявление": the body that issued it speaks
    company_stems: tuple[str, ...]  # stems of company_nouns, to match inflected forms ("компанией")
    company_word: re.Pattern[str]  # fullmatch: a lower-case word is a company noun, inflected or not
    statement_word: re.Pattern[str]  # fullmatch: a lower-case word is a statement noun, inflected or not
    statement_any: re.Pattern[str]  # finditer: every statement noun of a text, any case
    generic_any: re.Pattern[str]  # search: a phrase holds a generic body, firm or statement noun at all
    participial_openers: frozenset[str]  # "Asked whether ..., the spokesman said": the clause names no speaker
    relative_pronouns: frozenset[str]  # "X, who ..., said": the relative clause is not the subject
    parentheticals: frozenset[str]  # "X, for her part, said": an aside between the subject and its verb
    passive_agents: frozenset[str]  # "it was stated by X", "annoncé par X": the speaker follows the agent word
    next_sentence: re.Pattern[str]  # match: "“...” With these words X ...": the next sentence attributes


def noun_stem(word: str) -> str:
    """A heuristic stem of a lower-case noun: without its final vowels ("ведомство" -> "ведомств",
    "ministry" -> "ministr"), never shorter than three letters."""
    stem = word.rstrip(_VOWELS)
    return stem if len(stem) >= 3 else word


def stem_matches(word: str, stem: str, *, compound: bool = False) -> bool:
    """Whether lower-case ``word`` is ``stem`` plus an inflection ending (see :func:`noun_stem`); with
    ``compound``, also as the last part of a compound in a Latin-script word ("bundesministerium",
    "verkehrsministeriums", "bundesamt"), as German forms them; Russian or Ukrainian names do not."""
    if word.startswith(stem):
        return len(word) - len(stem) <= 4 and all(c in _ENDINGS for c in word[len(stem):])
    if compound and word[0] < "\u0400":
        at = word.rfind(stem)
        return at >= 3 and len(word) - at - len(stem) <= 4 and all(c in _ENDINGS for c in word[at + len(stem):])
    return False


def _generic_orgs(merged: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(stems of the generic noun's words, stems of the name words it may refer to) pairs, nouns of several
    words first ("press service" before "service")."""
    return tuple((tuple(noun_stem(w) for w in key.lower().split()),
                  tuple(h if h == "*" else noun_stem(h.lower()) for h in heads))
                 for key, heads in sorted(merged.items(), key=lambda kv: -len(kv[0].split())))


def _stem_alternation(stems: Iterable[str]) -> str:
    """Stems plus an inflection ending (as :func:`stem_matches` without compounds), for one regex test
    instead of a Python loop over every stem."""
    parts = {x for x in stems if x != "*"}
    if not parts:
        return _NEVER
    endings = "".join(sorted(_ENDINGS))
    return rf"(?:{_trie_pattern(parts)})[{endings}]{{0,4}}"


def _read(name: str) -> dict[str, Any]:
    return load_object("quotes", f"{name}.json")


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# Languages read together: Ukrainian news mixes in Russian quotations and cue words.
_COMPANIONS = {"uk": ("uk", "ru")}


def languages_for(language: object) -> tuple[str, ...]:
    """The lists to read a document in ``language`` with (its ``language`` label): its own, else all."""
    if isinstance(language, str) and language in LANGUAGES:
        return _COMPANIONS.get(language, (language,))
    return LANGUAGES


@cache
def lexicon(languages: tuple[str, ...] = LANGUAGES) -> Lexicon:
    """The merged lists of ``languages`` (loaded and compiled once per process and language set)."""
    merged: dict[str, list[str]] = {}
    pronouns: dict[str, str] = {}
    comma_clause: list[str] = []
    generic: dict[str, list[str]] = {}
    for lang in languages:
        data = _read(lang)
        for key, value in data.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
        pronouns.update({k.lower(): v for k, v in data.get("pronouns", {}).items()})
        for noun, heads in data.get("generic_org_nouns", {}).items():
            generic.setdefault(noun.lower(), []).extend(heads)
        if data.get("comma_clause"):
            comma_clause.extend(data.get("speech_verbs", []))
    gender = _read("gender")

    def get(key: str) -> list[str]:
        return merged.get(key, [])

    backward = get("backward_openers")
    kinds: dict[str, set[str]] = {}
    for kind, key in (("speech", "speech_verbs"), ("objects", "object_verbs"), ("tail", "speech_verbs"),
                      ("tail", "tail_verbs"), ("participles", "participles"), ("prefix", "prefix_cues")):
        for phrase in get(key):
            kinds.setdefault(" ".join(phrase.lower().split()), set()).add(kind)
    generic_orgs = _generic_orgs(generic)
    # ``cues`` is _phrase_pattern(kinds), written out so that the shared scan can reuse its parts.
    cue_phrases = frozenset(p.strip() for p in kinds if p.strip())
    cue_trie = _trie_pattern(cue_phrases) if cue_phrases else _NEVER
    # Everything reported._prefix may find at a sentence's start, in one pattern: its lead, an optional
    # connector (without the connector's own word-edge look-behind: _prefix may read the connector on a copy of
    # the sentence, where nothing precedes it) and any of the three prefix patterns. Backtracking tries every
    # way the parts can match, so whenever _prefix finds a cue this matches: most sentences fail this one test
    # instead of six.
    connectors = {p.strip() for p in get("connectors") if p.strip()}
    optional_connector = rf"(?:(?:{_trie_pattern(connectors)})(?!{_WORD})\s*,?\s+)?" if connectors else ""
    openers = "|".join(f"(?:{_phrase_pattern(get(key))})"
                       for key in ("pronoun_prefix_cues", "prefix_cues", "as_openers"))
    # A scare marker ends the text before a quote, so that text's last word ends with a marker's last word.
    # Only a test for ASCII words (the caller checks), and only while no marker holds a letter that case-folds
    # to an ASCII one in a case-insensitive pattern (dotless i, long s, Kelvin sign, dotted capital I).
    scare_words = {p.lower().split()[-1] for p in get("scare_markers") if p.strip()}
    scare_ends = tuple(sorted(scare_words)) if not any(c in "ıſKİ" for w in scare_words for c in w) else None
    prefix_gate = re.compile(rf"[\s\"“”«»„]*{optional_connector}(?:{openers})", re.IGNORECASE)
    statement_stems = tuple(sorted({noun_stem(w.lower()) for w in get("statement_nouns")}))
    company_stems = tuple(sorted({noun_stem(w.lower()) for w in get("company_nouns")}))
    tail = _compile(get("speech_verbs") + get("tail_verbs"))
    # «A, — added X. — B» (Russian style; French «A, a-t-il ajouté, B» is read from the cues). Compiled with
    # the lists: it is long, and compiling it on first use would cost one article ten milliseconds.
    # Machine translation often types the dashes as hyphens between spaces ("A, - said X. - B").
    interrupt = re.compile(r",\s*(?P<dash>[—–]|(?<=\s)-(?=\s))\s*(?P<cue>" + tail.pattern +
                           r")(?P<who>[^—–«»“”\"]{1,80}?)\s*[.,]\s*(?:[—–]|-(?=\s))\s*", re.IGNORECASE)
    return Lexicon(
        cues=re.compile(rf"(?<!{_WORD})(?:{cue_trie})(?!{_WORD})" if cue_phrases else _NEVER),
        cue_trie=cue_trie,
        cue_phrases=cue_phrases,
        cues_any_case=_compile(kinds),
        cue_kinds={phrase: frozenset(k) for phrase, k in kinds.items()},
        speech=_compile(get("speech_verbs")),
        objects=_compile(get("object_verbs")),
        tail=tail,
        interrupt=interrupt,
        participles=_compile(get("participles")),
        complementizer=re.compile(r"(?<![\w\-'’])(?:" + ("|".join(
            re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w\-'’])")
            for w in sorted(set(get("complementizers")), key=len, reverse=True)) or _NEVER) + ")", re.IGNORECASE),
        prefix=_compile(get("prefix_cues")),
        pronoun_prefix=_compile(get("pronoun_prefix_cues")),
        as_opener=_compile(get("as_openers")),
        backward=re.compile(r"(?<![\w\-'’])(?:" + ("|".join(
            r"\s+".join(re.escape(w) for w in p.split())
            for p in sorted(set(backward), key=len, reverse=True)) or _NEVER) + ")", re.IGNORECASE),
        prefix_gate=prefix_gate,
        scare_ends=scare_ends,
        scare=re.compile(r"(?:" + _phrase_pattern(get("scare_markers")) + r")\s*$", re.IGNORECASE),
        # No "^": the callers anchor it with ``match(text, pos, endpos)`` instead of slicing the text.
        connectors=re.compile(r"(?:" + _phrase_pattern(get("connectors")) + r")\s*,?\s+", re.IGNORECASE),
        bare_clause=_lower(get("bare_clause_verbs")),
        comma_clause=_lower(comma_clause),
        pronouns=pronouns,
        unnamed=_lower(get("unnamed_sources")),
        roles=_lower(get("role_nouns")),
        indefinite=_lower(get("indefinite")),
        determiners=_lower(get("determiners")),
        title_nouns=_lower(get("title_nouns")),
        prepositions=_lower(get("prepositions")),
        time_words=_lower(get("time_words")),
        single_word_backward=frozenset(w.lower() for w in backward if " " not in w),
        weak_prefix=_lower(get("weak_prefix_cues")),
        subordinators=_lower(get("subordinators")),
        relay=_compile(get("relay_markers")),
        org_nouns=_lower(get("org_nouns")),
        female_surname_endings=tuple(gender["female_surname_endings"]),
        male_surname_endings=tuple(gender["male_surname_endings"]),
        female_names=_lower(gender["female_given_names"]),
        male_names_in_a=_lower(gender["male_given_names_ending_in_a"]),
        female_titles=_lower(gender["female_titles"]),
        male_titles=_lower(gender["male_titles"]),
        addressees=_lower(get("addressees")),
        finite_markers=_lower(get("finite_markers")),
        bare_clause_free=_lower(get("bare_clause_free")),
        document_nouns=_lower(get("document_nouns")),
        company_nouns=_lower(get("company_nouns")),
        spokes=_lower(get("spokes_roles")),
        voice_nouns=_lower(get("voice_nouns")),
        state_bodies=tuple(w.lower() for w in get("state_bodies")),
        konjunktiv=_lower(get("konjunktiv")),
        np_prefix=_lower(get("np_prefix_cues")),
        subject_pronouns=_lower(get("subject_pronouns")),
        deputy_words=_lower(get("deputy_words")),
        plural_indefinite=_lower(get("plural_indefinite")),
        clause_conjunctions=_compile(get("clause_conjunctions")),
        generic_orgs=generic_orgs,
        statement_nouns=statement_stems,
        company_stems=company_stems,
        company_word=re.compile(_stem_alternation(company_stems)),
        statement_word=re.compile(_stem_alternation(statement_stems)),
        statement_any=re.compile(r"(?<![\w\-'’])" + _stem_alternation(statement_stems) + r"(?![\w\-'’])",
                                 re.IGNORECASE),
        # After a French elided article too: "D'après l'entreprise", "selon l'agence".
        generic_any=re.compile(r"(?:(?<![\w\-'’])|(?<=(?<![\w\-'’])[lLdD]['’]))" + _stem_alternation(
            [*company_stems, *statement_stems, *(" ".join(key) for key, _ in generic_orgs)]) + r"(?![\w\-'’])",
            re.IGNORECASE),
        participial_openers=_lower(get("participial_openers")),
        relative_pronouns=_lower(get("relative_pronouns")),
        parentheticals=frozenset(" ".join(p.lower().split()) for p in get("parentheticals")),
        passive_agents=_lower(get("passive_agents")),
        next_sentence=_compile(get("next_sentence_cues")),
    )
