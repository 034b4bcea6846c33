"""Actors: names of bodies (Russian adjectives and genitives, acronyms of full names, outlet credits), bare
surnames in Russian text and role phrases (texts written for these tests)."""

from __future__ import annotations

import pytest

from test_actors import actors_of, organisations, people


def _org_names(text: str) -> list[set[str]]:
    return organisations(actors_of(text))


# -- Russian bodies: agreeing adjectives and the genitives of the name --------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Вчера председатель Государственной Думы заявил, что сессия закрыта.",
                 {"Государственной Думы"}, id="genitive-capitalised-head"),
    pytest.param("Вчера Государственная Дума приняла закон о тарифах.", {"Государственная Дума"}, id="nominative"),
    pytest.param("Жалоба поступила в Верховный суд Валдории в среду.", {"Верховный суд Валдории"},
                 id="accusative-with-country"),
    pytest.param("Бывший глава Главного управления региональной политики аппарата губернатора Корвении "
                 "Ирина Лесная сообщила, что все готово.",
                 {"Главного управления региональной политики аппарата губернатора Корвении"},
                 id="genitive-chain-stops-before-given-name"),
    pytest.param("Пресс-служба Главного управления МВД по Каменской области сообщила о задержании.",
                 {"Главного управления МВД по Каменской области"}, id="acronym-and-po-region"),
    pytest.param("Министерство иностранных дел Корвении выразило протест.",
                 {"Министерство иностранных дел Корвении"}, id="bare-genitive-plural"),
    pytest.param("Нынешняя Государственная Дума приняла закон.", {"Государственная Дума"},
                 id="sentence-initial-adjective-left-out"),
])
def test_russian_body_takes_its_agreeing_adjectives_and_genitives(text: str, expected: set[str]) -> None:
    assert expected in _org_names(text)


@pytest.mark.parametrize("text", [
    pytest.param("Сергей Думы не читал, сказала Анна Петрова.", id="given-name-is-no-adjective"),
    pytest.param("Главный советник Ирина Лесная уехала.", id="adviser-is-no-council"),
])
def test_russian_words_that_only_look_like_a_body(text: str) -> None:
    found = [v for group in _org_names(text) for v in group]
    assert not any("Думы" in v and " " in v for v in found), found
    assert not any("советник" in v for v in found), found


@pytest.mark.parametrize(("text", "verb"), [
    ("Министерство обороны Корвении сообщило, что учения закончены.", "сообщило"),
    ("Служба безопасности Валдории заявила о задержании.", "заявила"),
])
def test_russian_body_name_stops_before_the_verb(text: str, verb: str) -> None:
    found = [v for group in _org_names(text) for v in group]
    assert found and not any(verb in v for v in found), found


# -- acronyms of a body named in full ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Department of Rural Transport said on Monday that fares would rise. The DRT gave no date.",
                 {"Department of Rural Transport", "DRT"}, id="english-skips-of"),
    pytest.param("The Ministry of Foreign Affairs of Valdoria protested. The MFA summoned the envoy.",
                 {"Ministry of Foreign Affairs of Valdoria", "MFA"}, id="without-the-country-complement"),
    pytest.param("Федеральная служба безопасности задержала двоих. В ФСБ уточнили, что дело возбуждено.",
                 {"Федеральная служба безопасности", "ФСБ"}, id="russian-initials"),
    pytest.param("Вчера председатель Государственной Думы выступил. Спикер ГД добавил, что все готово.",
                 {"Государственной Думы", "ГД"}, id="russian-inflected-full-name"),
    pytest.param("Le ministère des Affaires étrangères a réagi. Le MAE a publié un communiqué.",
                 {"ministère des Affaires étrangères", "MAE"}, id="french-accented-initial"),
    pytest.param("Министерство иностранных дел Корвении выразило протест. МИД Корвении вызвал посла.",
                 {"Министерство иностранных дел Корвении", "МИД Корвении"}, id="acronym-with-country"),
])
def test_acronym_of_a_full_name_is_its_variant(text: str, expected: set[str]) -> None:
    assert expected in _org_names(text)


def test_acronym_that_matches_nothing_stays_its_own_body() -> None:
    found = _org_names("The Valdorian Rail Corporation said fares would rise. The KBN reported it first.")
    assert {"Valdorian Rail Corporation"} in found
    assert {"KBN"} in found


# -- datelines and outlet credits -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "absent", "outlet"), [
    pytest.param("КОРВЕНСК, 3 мая. Министр обороны Валдории Олег Петров заявил, что армия готова.",
                 "КОРВЕНСК", None, id="russian-capital-dateline"),
    pytest.param("LINDAU, May 3 /Valnews/ - The Ministry of Transport said on Monday that talks would resume.",
                 "LINDAU", "Valnews", id="english-dateline-with-wire"),
    pytest.param("Корвенск. 3 мая. VALNEWS.RU - В Кремле заявили, что переговоры продолжатся.",
                 "RU", "VALNEWS.RU", id="latin-domain-credit"),
    pytest.param("Корвенск. 3 мая. ВАЛНЬЮС.РУ - Председатель Государственной Думы заявил, что сессия закрыта.",
                 "РУ", "ВАЛНЬЮС.РУ", id="cyrillic-domain-credit"),
])
def test_dateline_place_and_domain_are_no_bodies(text: str, absent: str, outlet: str | None) -> None:
    found = [v for group in _org_names(text) for v in group]
    assert absent not in found, found
    if outlet is not None:
        assert outlet in found, found


def test_lower_case_web_address_names_no_body() -> None:
    doc = actors_of("Опрос провела служба.\n\nКак сообщает сайт valnews.ru, мэр Корвенска Олег Петров уехал.")
    assert not any(v in ("ru", "RU") for group in organisations(doc) for v in group)


# -- bare foreign surnames in Russian text ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча прошла спокойно.\n\n«Виноваты те, кто раздувает конфликт, прежде всего Тарвенсон, его "
                 "друзья в Азии — Лумьер, Оркан и другие», — сказал Иван Петров.",
                 {"Тарвенсон", "Лумьер", "Оркан"}, id="list-after-people-noun-and-its-owner"),
    pytest.param("Встреча прошла спокойно.\n\nЛидеры Корбек и Ланвиль встретились вечером.",
                 {"Корбек", "Ланвиль"}, id="people-noun-before-list"),
    pytest.param("Встреча прошла спокойно.\n\nПерес заявила, что договор готов.", {"Перес"},
                 id="feminine-verb-after-indeclinable-surname"),
])
def test_bare_surnames_in_russian_are_people(text: str, expected: set[str]) -> None:
    found = {v for group in people(actors_of(text)) for v in group}
    assert expected <= found, found


@pytest.mark.parametrize(("text", "absent"), [
    pytest.param("Встреча прошла спокойно.\n\nПолитики Азии — Лорвик, Тамбур и другие — молчат. Он вернулся из "
                 "Тамбура вчера.", {"Лорвик", "Тамбур"}, id="a-member-written-as-a-place"),
    pytest.param("Встреча прошла спокойно.\n\nЛидеры — Корвения и Валдория — молчат.", {"Корвения", "Валдория"},
                 id="country-endings"),
    pytest.param("Встреча прошла спокойно.\n\nВ Тарвик заявила о приезде делегация. Валдория заявила протест.",
                 {"Тарвик", "Валдория"}, id="preposition-or-feminine-noun-before-the-verb"),
    pytest.param("Встреча прошла спокойно.\n\nДепутаты Европы и Азии уехали.", {"Европы", "Азии"},
                 id="places-after-people-noun"),
])
def test_capitalised_russian_words_that_are_no_people(text: str, absent: set[str]) -> None:
    found = {v for group in people(actors_of(text)) for v in group}
    assert not (absent & found), found


# -- roles --------------------------------------------------------------------------------------------------------


def test_role_before_a_name_does_not_end_on_a_connector() -> None:
    doc = actors_of("The league was silent. An adviser to the league of Martin Welkes denied the report, "
                    "and Welkes said the video would be studied.")
    roles = [a.role for a in doc.actors if a.kind == "person"]
    assert roles and all(r is None or not r.endswith(" of") for r in roles), roles


@pytest.mark.parametrize(("word", "nominative"), [
    ("Андрея", "Андрей"), ("Олегу", "Олег"), ("Нину", "Нина"), ("Игорем", "Игорь"), ("андрея", "андрей"),
    ("Андрей", None),       # already a nominative
    ("Александра", None),   # the genitive of Александр and a woman's name of its own
    ("Столом", None),       # no given name behind it
    ("Andreya", None),      # Latin script
])
def test_an_oblique_given_name_back_to_its_nominative(word: str, nominative: str | None) -> None:
    from unspin.actors import oblique_given_nominative

    assert oblique_given_nominative(word) == nominative


@pytest.mark.parametrize(("surname", "gender", "expected"), [
    ("Лапшина", "m", ["Лапшин"]),
    ("Лапшиным", "m", ["Лапшиный", "Лапшиной", "Лапшин"]),
    ("Горского", "m", ["Горский", "Горскый", "Горской"]),
    ("Соколовой", "f", ["Соколовая", "Соколова"]), ("Лапшин", "m", []), ("Кравченко", "m", []),
])
def test_an_oblique_surname_back_to_its_candidate_nominatives(surname: str, gender: str, expected: list[str]) -> None:
    from unspin.actors import surname_nominatives

    assert surname_nominatives(surname, gender) == expected
