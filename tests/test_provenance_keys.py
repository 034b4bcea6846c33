"""The language-independent keys: numbers, dates, name skeletons, acronyms, quoted 3-grams."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import xxhash

from unspin.provenance.keys import (
    KINDS,
    OPENER_BIT,
    QUOTE,
    extract_keys,
    hash_keys,
    hash_keys_with_lead,
    independent_mask,
    key_kind,
    lead_end,
    lead_word_pairs,
    name_skeleton,
    normalise_number,
)


@pytest.mark.parametrize(("written", "value"), [
    ("1,000", "1000"), ("1 000", "1000"), ("1.000", "1000"), ("1\u00a0000", "1000"), ("12 500 000", "12500000"),
    ("3,5", "3.5"), ("3.50", "3.5"), ("1,234.5", "1234.5"), ("1.234,5", "1234.5"), ("2014", "2014"),
    ("07", None), ("7", None), ("90", "90"),
])
def test_numbers_are_normalised_across_conventions(written: str, value: str | None) -> None:
    assert normalise_number(written) == value


@pytest.mark.parametrize(("text", "lang", "dates"), [
    ("Talks were held on March 12 in the capital.", "en", {"03-12"}),
    ("The vote took place on the 5th of June.", "en", {"06-05"}),
    ("Переговоры прошли 12 марта в столице.", "ru", {"03-12"}),
    ("Это случилось 12-го марта.", "ru", {"03-12"}),
    ("Зустріч відбулася 12 березня.", "uk", {"03-12"}),
    ("Die Sitzung fand am 12. März statt.", "de", {"03-12"}),
    ("La réunion a eu lieu le 12 mars.", "fr", {"03-12"}),
    ("La reunión fue el 12 de marzo.", "es", {"03-12"}),
    ("Spotkanie odbyło się 12 marca.", "pl", {"03-12"}),
    ("Sastanak je održan 12. marta.", "sr", {"03-12"}),
    ("A tárgyalás 2024. március 12-én kezdődött.", "hu", {"03-12", "2024"}),
    ("Mötet hölls den 12 mars i huvudstaden.", "sv", {"03-12"}),
    ("Η συνάντηση έγινε στις 12 Μαρτίου.", "el", {"03-12"}),
    ("Updated 12.03.2021 at noon", "en", {"03-12"}),
    ("Published 2021-03-12", "en", {"03-12"}),
])
def test_dates_in_many_languages(text: str, lang: str, dates: set[str]) -> None:
    assert set(extract_keys(text, lang).dates) == dates


def test_an_ambiguous_month_form_follows_the_document_language() -> None:
    # "listopada" is November in Polish and October in Croatian (detected as "sr").
    assert set(extract_keys("Odbyło się 3 listopada.", "pl").dates) == {"11-03"}
    assert set(extract_keys("Održano je 3 listopada.", "sr").dates) == {"10-03"}
    assert set(extract_keys("3 listopada").dates) == set()


@pytest.mark.parametrize(("text", "numbers", "dates"), [
    ("The harbour will get 36 cranes by 2027, as promised in 1998.", {"36"}, {"2027", "1998"}),
    ("Рыбаки выловили 2 026 тонн сельди.", set(), {"2026"}),       # written like a year, read as one
    ("The fleet counts 1850 boats and 2150 nets.", {"1850", "2150"}, set()),
    ("Il bilancio è di 2.019,5 euro.", {"2019.5"}, set()),
])
def test_years_are_context_like_dates_not_figures(text: str, numbers: set[str], dates: set[str]) -> None:
    keys = extract_keys(text, "en")
    assert set(keys.numbers) == numbers
    assert set(keys.dates) == dates


def test_date_digits_are_not_numbers_and_clock_times_are_dropped() -> None:
    keys = extract_keys("On 14 May at 10:45 the council approved 2,300 flats and 4 schools.", "en")
    assert set(keys.dates) == {"05-14"}
    assert set(keys.numbers) == {"2300"}


@pytest.mark.parametrize("spellings", [
    ("Кессельринг", "Kesselring", "Kesselringom", "Кессельрингом", "Кессельринга"),
    ("Шевчук", "Shevchuk", "Szewczuk", "Schewtschuk", "Ševčuk"),
    ("Юрий", "Yuri", "Jurij", "Iouri"),
    ("Харків", "Kharkiv", "Kharkov", "Харькова"),
])
def test_name_skeletons_match_across_scripts_and_conventions(spellings: tuple[str, ...]) -> None:
    skeletons = {name_skeleton(s) for s in spellings}
    assert len(skeletons) == 1, skeletons


def test_names_skip_sentence_openers_unless_seen_inside_a_sentence() -> None:
    text = ("However, the plan changed. Minister Arvid Kesselring said it would cost more.\n"
            "Kesselring added that the ministry agreed.")
    keys = extract_keys(text, "en")
    assert name_skeleton("However") not in keys.names
    assert name_skeleton("Kesselring") in keys.names
    assert f"{name_skeleton('Arvid')} {name_skeleton('Kesselring')}" in keys.name_pairs


def test_a_russian_text_and_its_english_translation_share_their_names() -> None:
    ru = "В Мерцбурге министр Арвид Кессельринг встретился с Ольгой Тарасенко."
    en = "In Merzburg, minister Arvid Kesselring met Olga Tarasenko."
    shared = set(extract_keys(ru, "ru").names) & set(extract_keys(en, "en").names)
    assert {name_skeleton("Kesselring"), name_skeleton("Tarasenko"), name_skeleton("Olga")} <= shared


def test_acronyms_and_title_case_headlines() -> None:
    keys = extract_keys("Officials Say The Bridge Will Close Soon\nThe NATO summit and the ОБСЕ report.", "en")
    assert {"nato", "osce"} <= set(keys.acronyms)   # "ОБСЕ" is OSCE (see the aliases below)
    assert name_skeleton("Bridge") not in keys.names  # a Title Case headline says nothing about names


def test_quotes_give_word_3grams_in_their_own_script() -> None:
    keys = extract_keys('He said: "We will open the new line in spring", and left. «Мы откроем линию»', "en")
    assert "we will open" in keys.quotes
    assert "мы откроем линию" in keys.quotes
    assert "said we will" not in keys.quotes


def test_hashes_carry_their_kind() -> None:
    keys = extract_keys('Minister Arvid Kesselring said on 12 March: "costs rose by 4,350 euros".', "en")
    hashed = hash_keys(keys)
    assert hashed.dtype == np.uint64
    assert len(hashed) == len(keys.strings())
    kinds = {KINDS[k] for k in key_kind(hashed).tolist()}
    assert {"n", "d", "p", QUOTE} <= kinds
    assert int(independent_mask(hashed).sum()) == len(hashed) - len(keys.quotes)
    assert np.array_equal(hashed, hash_keys(extract_keys('Minister Arvid Kesselring said on 12 March: '
                                                         '"costs rose by 4,350 euros".', "en")))


@pytest.mark.parametrize(("text", "min_chars", "end"), [
    ("Short text.", 40, 11),
    ("One sentence here. Another one follows. And a third.", 10, 18),
    ("No sentence end before the break\nsecond line", 5, 33),
    ("Anything at all.", 0, 0),
])
def test_the_lead_ends_at_a_sentence_end_after_the_budget(text: str, min_chars: int, end: int) -> None:
    assert lead_end(text, min_chars) == end


def test_keys_are_marked_lead_or_background() -> None:
    text = ("Minister Arvid Kesselring promised 4,350 buses on March 12.\n"
            "Background: Mayor Tilda Brannholm opened 17 schools last year in Osterfeld.")
    keys = extract_keys(text, "en", lead_chars=20)
    assert {"p:kslrnk", "n:4350", "d:03-12", "pp:arvd kslrnk"} <= keys.lead
    assert "n:17" not in keys.lead and "n:17" in keys.strings()
    hashes, lead = hash_keys_with_lead(keys)
    assert np.array_equal(hashes, hash_keys(keys))
    assert np.array_equal(hashes[lead], hash_keys(keys.lead_keys()))
    assert extract_keys(text, "en").lead == frozenset()  # no lead without a budget


def test_lead_word_pairs_are_stemmed_pairs_of_long_words_in_the_lead() -> None:
    text = ("Harbour authority approves the grain terminal\n\nThe harbour authority approved a grain "
            "terminal for the northern quay. A second paragraph talks about something else entirely.")
    pairs = lead_word_pairs(text, 60)
    assert pairs.dtype == np.uint32 and np.all(np.diff(pairs.astype(np.int64)) > 0)
    # "approves" / "approved" share the stem "approv"; short words ("the", "a", "for") are skipped over.
    rewrite = "Grain terminal: the harbour authority approves it\nLater text."
    shared = np.intersect1d(pairs, lead_word_pairs(rewrite, 10))
    expected = {xxhash.xxh32_intdigest(p.encode()) for p in
                ("harbou author", "author approv", "grain termin", "termin harbou")}  # the last across a line
    assert set(shared.tolist()) == expected
    # Nothing past the lead, nothing for a text of one long word.
    assert lead_word_pairs("Zeppelin.\nAirship hangar opened", 5).size == 0
    assert lead_word_pairs(text, 60).size < lead_word_pairs(text, 400).size


# -- relative days ---------------------------------------------------------------------------------------------
THURSDAY = date(2024, 1, 18)


@pytest.mark.parametrize(("text", "lang", "dates"), [
    ("The harbour master said on Tuesday that the quay would reopen.", "en", {"01-16"}),
    ("Начальник порта во вторник заявил, что причал откроют.", "ru", {"01-16"}),
    ("Начальник порту у вівторок заявив, що причал відкриють.", "uk", {"01-16"}),
    ("Der Hafenmeister sagte am Dienstag, der Kai werde geöffnet.", "de", {"01-16"}),
    ("Le capitaine du port a déclaré mardi que le quai rouvrirait.", "fr", {"01-16"}),
    ("Kapitan portu powiedział we wtorek, że nabrzeże zostanie otwarte.", "pl", {"01-16"}),
    ("Il capitano del porto ha detto giovedì che il molo riaprirà.", "it", {"01-18"}),   # the day itself
    ("The harbour master said yesterday that the quay would reopen.", "en", {"01-17"}),
    ("Начальник порта накануне заявил, что причал откроют.", "ru", {"01-17"}),
    ("Der Hafenmeister sagte gestern, der Kai werde geöffnet.", "de", {"01-17"}),
    ("Il capitano del porto ha detto ieri che il molo riaprirà.", "it", {"01-17"}),
    # Without its preposition a Slavic weekday is often a noun: "среда" is also the environment.
    ("Начальник порта говорил об охране окружающей среды.", "ru", set()),
])
def test_relative_days_are_read_against_the_day_of_publication(text: str, lang: str, dates: set[str]) -> None:
    assert set(extract_keys(text, lang, published=THURSDAY).dates) == dates


def test_relative_days_need_a_date_a_language_and_the_lead() -> None:
    text = "The harbour master said on Tuesday that the quay would reopen. " + "More background. " * 30
    assert set(extract_keys(text, "en").dates) == set()                        # no day of publication
    assert set(extract_keys(text, None, published=THURSDAY).dates) == set()    # no language
    late = "A long first sentence about the harbour and its cranes, quays and ships. " * 6 + "It closed on Monday."
    assert set(extract_keys(late, "en", lead_chars=100, published=THURSDAY).dates) == set()  # past the lead
    assert set(extract_keys(late, "en", published=THURSDAY).dates) == {"01-15"}               # no lead: whole text
    keys = extract_keys(text, "en", lead_chars=100, published=THURSDAY)
    assert "d:01-16" in keys.lead


# -- names: sentence openers, spelling conventions, short names --------------------------------------------------
def test_sentence_openers_are_kept_apart_and_hash_as_flagged_names() -> None:
    keys = extract_keys("Varenko said the quay would reopen. Meanwhile the port stayed calm.\n"
                        "Varenko added that 40 ships were waiting.", "en")
    assert {name_skeleton("Varenko"), name_skeleton("Meanwhile")} <= set(keys.openers)
    assert not set(keys.openers) & set(keys.names)
    flagged = hash_keys(keys)
    flagged = flagged[(flagged & np.uint64(OPENER_BIT)) != 0]
    inside = hash_keys(extract_keys("Reporters met Varenko on the quay.", "en"))
    # Without its flag an opener's hash is the hash of the same name seen inside a sentence.
    assert set(inside.tolist()) & set((flagged & ~np.uint64(OPENER_BIT)).tolist())
    assert len(hash_keys(keys)) == len(keys.strings())


@pytest.mark.parametrize(("spellings", "langs"), [
    (("Macron", "Макрон", "Makron"), ("fr", "ru", "pl")),                          # a bare c before a, o, u is k
    (("Conrad", "Конрад"), ("en", "ru")),
    (("Chruschtschow", "Хрущёв", "Khrushchev", "Chruszczow", "Chrusjtjov", "Chroesjtsjov"),
     ("de", "ru", "en", "pl", "sv", "nl")),                                       # ch is kh in those languages
    (("John", "Джон"), ("en", "ru")),                                            # English j is dzh
    (("Jirinovski", "Жириновский", "Schirinowski"), ("fr", "ru", "de")),           # French j is zh
    (("Μπάιντεν", "Biden", "Байден"), ("el", "en", "ru")),                          # Greek, with its b for foreign b
    (("Чайковский", "Tchaïkovski", "Čajkovskij"), ("ru", "fr", "cs")),
    (("Marcin", "Марцин"), ("pl", "ru")),                                         # Polish c is ts
    (("Гюнтер", "Gyunter"), ("ru", "en")),                                        # "гю" is not Macedonian "gj"
])
def test_skeletons_follow_the_spelling_conventions_of_the_text_language(spellings: tuple[str, ...],
                                                                         langs: tuple[str, ...]) -> None:
    skeletons = {name_skeleton(word, lang) for word, lang in zip(spellings, langs, strict=True)}
    assert len(skeletons) == 1, skeletons


def test_a_bare_c_reads_by_the_language() -> None:
    assert name_skeleton("Kocur", "pl") == name_skeleton("Коцур", "ru") != name_skeleton("Kocur", "en")


@pytest.mark.parametrize("spellings", [
    ("Kyiv", "Киев", "Київ", "Киеве", "Kiew"),
    ("Gaza", "Газа", "Газы", "Газой"),
    ("Modi", "Моди"),
])
def test_short_names_keep_their_vowel_positions(spellings: tuple[str, ...]) -> None:
    skeletons = {name_skeleton(s) for s in spellings}
    assert len(skeletons) == 1 and len(next(iter(skeletons))) >= 3, skeletons


def test_short_names_are_names_and_stay_apart() -> None:
    keys = extract_keys("Officials in Kyiv and Gaza spoke to Modi.", "en")
    assert {name_skeleton("Kyiv"), name_skeleton("Gaza"), name_skeleton("Modi")} <= set(keys.names)
    # Where the vowels are tells "Kyiv" from "Akiv"; which vowels they are does not count (they are what
    # spellings disagree on), so "Kava" collides with "Kyiv": short keys collide often, and the rarity
    # weighting of the caller makes a common one cheap.
    assert len({name_skeleton(w) for w in ("Kyiv", "Akiv", "Gaza", "Agaz")}) == 4
    assert name_skeleton("Kava") == name_skeleton("Kyiv")
    assert name_skeleton("Lee") == "l"  # one consonant is still too little to be a key
    assert name_skeleton("Lee") not in extract_keys("Officials met Lee.", "en").names


# -- figures with scale words or in words; translated acronyms -------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("About 3,000 people and 1.5 million dollars, 7 million roubles and $2.5bn.", "en",
     {"3000", "1500000", "7000000", "2500000000"}),
    ("Около 3 тыс. человек, 1,5 млн долларов, 7 млн рублей и 2,5 млрд.", "ru", {"3000", "1500000", "7000000",
                                                                                 "2500000000"}),
    ("Близько 3 тис. людей і 1,5 млн доларів.", "uk", {"3000", "1500000"}),
    ("Die Stadt zahlt 3 Mio. Euro und 4 Mrd. für 12 Busse.", "de", {"3000000", "4000000000", "12"}),
    ("Il comune spende 1,5 milioni e 3 mila euro.", "it", {"1500000", "3000"}),
])
def test_scale_words_multiply_the_figure_before_them(text: str, lang: str, numbers: set[str]) -> None:
    assert set(extract_keys(text, lang).numbers) == numbers


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("More than twenty people waited for a hundred minutes.", "en", {"20", "100"}),
    ("Twenty-five boats and two hundred nets.", "en", set()),        # parts of larger numbers: left alone
    ("Сорок человек ждали сто минут.", "ru", {"40", "100"}),
    ("Quatre-vingts personnes ont attendu cent minutes.", "fr", {"80", "100"}),
    ("Vierzig Menschen warteten zwanzig Minuten.", "de", {"40", "20"}),
    ("Forty people waited.", None, set()),                            # without a language, no number words
])
def test_round_figures_written_as_words(text: str, lang: str | None, numbers: set[str]) -> None:
    assert set(extract_keys(text, lang).numbers) == numbers


def test_translated_acronyms_key_as_one_body() -> None:
    texts = [("The NATO and UN envoys met EU officials.", "en"),
             ("Les envoyés de l'OTAN et de l'ONU ont vu l'UE.", "fr"),
             ("Посланники НАТО и ООН встретились с представителями ЕС.", "ru")]
    assert {frozenset(extract_keys(t, lang).acronyms) for t, lang in texts} == {frozenset({"nato", "un", "eu"})}
