"""Actors: people and organisations, their variants, roles and mentions (texts written for these tests)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from conftest import require_shared
from unspin.actors import actor_for_span, annotate_actors, find_actors, fold_name, given_name_gender
from unspin.anatomy import annotate_anatomy
from unspin.document import Actor, Document
from unspin.evaluate.quotes import load_gold, score_quotes
from unspin.language import annotate_language
from unspin.quotes.lexicon import lexicon
from unspin.quotes.speakers import actor_gender
from unspin.segment import annotate_segments
from unspin.settings import DEFAULT_SETTINGS

GOLD_DEV = Path(__file__).resolve().parent / "gold" / "quotes" / "dev"


def analysed(text: str) -> Document:
    """The document as the actors stage receives it (anatomy, segments, language; the actors stage does
    not read the machine-translation layer, so these tests do not depend on it)."""
    doc = Document(text)
    for stage in (annotate_anatomy, annotate_segments, annotate_language):
        stage(doc, settings=DEFAULT_SETTINGS)
    return doc


def actors_of(text: str) -> Document:
    doc = analysed(text)
    annotate_actors(doc, settings=DEFAULT_SETTINGS)
    return doc


def people(doc: Document) -> list[set[str]]:
    return [set(a.variants) for a in doc.actors if a.kind == "person"]


def organisations(doc: Document) -> list[set[str]]:
    return [set(a.variants) for a in doc.actors if a.kind == "organisation"]


def actor_named(doc: Document, variant: str) -> Actor:
    found = [a for a in doc.actors if variant in a.variants]
    assert len(found) == 1, f"{variant!r} is in {len(found)} actors: {doc.actors}"
    return found[0]


# -- people and their variants ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The mayor of Brenmark, Tobias Hollund, opened the fair on Sunday. Hollund said the town was ready.",
                 [{"Tobias Hollund", "Hollund"}], id="surname-only"),
    pytest.param("Inspector Marina Sokolova led the search. M. Sokolova later said the boat had been found.",
                 [{"Marina Sokolova", "M. Sokolova"}], id="initial-agrees"),
    pytest.param("Economy minister Aleksandr Maksimov spoke first. Alexander Maximov then took questions. "
                 "Maksimov did not mention the budget.",
                 [{"Aleksandr Maksimov", "Alexander Maximov", "Maksimov"}], id="transliteration-ks-x"),
    pytest.param("The rector Yevgeny Kharlamov opened the library. Evgeniy Kharlamov thanked the donors.",
                 [{"Yevgeny Kharlamov", "Evgeniy Kharlamov"}], id="transliteration-ye-e"),
    pytest.param("The commander Sergei Shchukin arrived. Sergey Schukin said the bridge held.",
                 [{"Sergei Shchukin", "Sergey Schukin"}], id="transliteration-shch-sch"),
    pytest.param("Nurse Anna Glebova treated the wounded. Glebov said the clinic needs more beds.",
                 [{"Anna Glebova", "Glebov"}], id="gender-form-alone"),
    pytest.param('Senator Walter "Iron Gate" Pembry spoke for an hour. Walter Pembry wants a wall. Pembry smiled.',
                 [{'Walter "Iron Gate" Pembry', "Walter Pembry", "Pembry"}], id="nickname"),
    pytest.param("The Liberal leader Maria Castellane-Duval met the farmers. Castellane-Duval promised help.",
                 [{"Maria Castellane-Duval", "Castellane-Duval"}], id="hyphenated-surname"),
])
def test_people_and_variants(text: str, expected: list[set[str]]) -> None:
    assert people(actors_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Finance minister Roman Belyaev met the deputy Kirill Belyaev on Monday. "
                 "Kirill Belyaev said the talks failed. Roman Belyaev disagreed.",
                 [{"Roman Belyaev"}, {"Kirill Belyaev"}], id="namesakes-two-given-names"),
    pytest.param("The farmer Pyotr Glebov and his wife Anna Glebova opened a shop. Glebova said it was her idea.",
                 [{"Pyotr Glebov"}, {"Anna Glebova", "Glebova"}], id="gender-forms-two-people"),
    pytest.param("Tomas Varga and Ilona Varga built the mill. T. Varga said it took a year. "
                 "I. Varga added that the wheel came last.",
                 [{"Tomas Varga", "T. Varga"}, {"Ilona Varga", "I. Varga"}], id="namesakes-initials"),
])
def test_namesakes_stay_apart(text: str, expected: list[set[str]]) -> None:
    assert people(actors_of(text)) == expected


def test_a_bare_surname_goes_to_the_namesake_named_last() -> None:
    doc = actors_of("The deputy Kirill Belyaev spoke first. Later the minister Roman Belyaev arrived. "
                    "Belyaev said the meeting was over.")
    assert people(doc) == [{"Kirill Belyaev"}, {"Roman Belyaev", "Belyaev"}]


def test_machine_translated_wrong_initial_joins_the_only_bearer() -> None:
    # MT renders some given names as a wrong initial ("D." for Joseph): with one bearer it still merges.
    doc = actors_of("The coalition spokesman Joseph Trammell spoke on Monday. D. Trammell repeated the claim.")
    assert people(doc) == [{"Joseph Trammell", "D. Trammell"}]


def test_a_wrong_initial_does_not_join_when_two_people_share_the_surname() -> None:
    doc = actors_of("Tomas Varga and Ilona Varga built the mill. D. Varga said it took a year.")
    assert {"Tomas Varga"} in people(doc) and {"Ilona Varga"} in people(doc)
    assert not any("D. Varga" in p and len(p) > 1 for p in people(doc))


def test_the_canonical_name_is_the_fullest_form() -> None:
    doc = actors_of("Hollund spoke first. The mayor Tobias Hollund later said the fair would open.")
    assert actor_named(doc, "Hollund").name == "Tobias Hollund"


@pytest.mark.parametrize(("text", "not_people"), [
    pytest.param("BRENMARK, May 4. The fair opened on Sunday in Brenmark.", {"BRENMARK", "Brenmark"},
                 id="dateline-place"),
    pytest.param("In March the Council met in Port Aldern. On Monday the Ministry said nothing.",
                 {"March", "Port Aldern", "Monday"}, id="months-places-openers"),
    pytest.param("Former Norvanian president Ilse Marrow spoke.", {"Norvanian"}, id="demonym-after-title"),
])
def test_not_people(text: str, not_people: set[str]) -> None:
    found = {v for p in people(actors_of(text)) for v in p}
    assert not found & not_people


# -- the generated given-name lexicon (scripts/build_given_names.py, from Faker's lists) ----------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Around noon Emre Kaplan closed the shop on the harbour road.", [{"Emre Kaplan"}], id="turkish"),
    pytest.param("On Friday Gulsen Aydin handed the petition to the council.", [{"Gulsen Aydin"}],
                 id="turkish-without-diacritics"),
    pytest.param("Abdelkader Mansouri drove the last lorry across the border before dawn.",
                 [{"Abdelkader Mansouri"}], id="arabic"),
    pytest.param("Last week Solène Garnier opened the new library in the old tannery.", [{"Solène Garnier"}],
                 id="french"),
])
def test_names_from_the_generated_lexicon_open_people(text: str, expected: list[set[str]]) -> None:
    # None of these given names is in the hand list, and nothing else in the sentence marks a person.
    assert people(actors_of(text)) == expected


@pytest.mark.parametrize("word", ["Will", "Hope", "Grant", "May", "Mark", "Rose", "Guy", "Bill", "Dean", "Israel"])
def test_ordinary_words_and_places_are_not_generated_given_names(word: str) -> None:
    generated = json.loads(resources.files("unspin").joinpath("data", "actors", "given_names_generated.json")
                           .read_text(encoding="utf-8"))
    assert word.lower() not in generated["names"]
    assert given_name_gender(word) is None


@pytest.mark.parametrize("text", [
    "Will Europe pay the bill? Hope Fades for the northern ferry line.",
    "Will ministers listen? Grant Applications Fell in the spring.",
])
def test_ordinary_words_at_a_sentence_start_make_no_people(text: str) -> None:
    assert people(actors_of(text)) == []


def test_the_generated_lexicon_names_its_source_and_licence() -> None:
    generated = json.loads(resources.files("unspin").joinpath("data", "actors", "given_names_generated.json")
                           .read_text(encoding="utf-8"))
    assert generated["source"].startswith("Faker ") and "MIT" in generated["source"]
    assert {"hope", "grant", "may"} <= set(generated["dropped"])


@pytest.mark.parametrize(("word", "gender"), [
    ("Emre", "m"), ("Hamza", "m"), ("Mustafa", "m"), ("Ghislaine", "f"), ("Gülsen", "f"), ("Solène", "f"),
    ("Andrea", None),  # a man's name in Italy, a woman's in Germany
    ("Kaplan", None),
])
def test_given_name_gender(word: str, gender: str | None) -> None:
    assert given_name_gender(word) == gender


@pytest.mark.parametrize(("name", "gender"), [
    ("Mustafa Kaplan", "m"),  # -a, but a man's name: the lexicon decides before the -a rule
    ("Hamza Mansouri", "m"), ("Gülsen Aydin", "f"), ("Solène Garnier", "f"), ("Emre Kaplan", "m"),
])
def test_the_quotes_stage_reads_the_given_name_gender(name: str, gender: str) -> None:
    # The contract between the stages: he/she resolution in quotes uses the same lexicon.
    assert actor_gender(Actor(id="a1", name=name, kind="person"), lexicon()) == gender


def test_a_headline_only_links_to_people_the_body_names() -> None:
    doc = actors_of("Hollund: the fair will open on time\n\nThe mayor Tobias Hollund said on Monday that the "
                    "fair would open. Carmody Brothers Circus will not come.")
    hollund = actor_named(doc, "Tobias Hollund")
    assert set(hollund.variants) == {"Tobias Hollund", "Hollund"}
    assert doc.text[:7] == "Hollund"
    assert actor_for_span(doc, 0, 7) == hollund.id


def test_byline_authors_are_people() -> None:
    doc = actors_of("Why the fair matters\nBy Dr. Helena Ostrova\n\nThe fair opens on Sunday.")
    assert people(doc) == [{"Helena Ostrova"}]


# -- Cyrillic, French, German ------------------------------------------------------------------------


def test_russian_inflected_forms_merge_by_stem() -> None:
    doc = actors_of("ЗАРЕЧСК, 3 мая. Мэр Заречска Игорь Семёнов открыл новый мост. По словам Семёнова, "
                    "ремонт занял два года. Жители поблагодарили Игоря Семёнова за работу.")
    assert people(doc) == [{"Игорь Семёнов", "Семёнова", "Игоря Семёнова"}]
    assert actor_named(doc, "Семёнова").name == "Игорь Семёнов"


def test_russian_namesakes_of_both_genders_stay_apart() -> None:
    doc = actors_of("Суд арестовал Виктора Лосева. Его жена Мария Лосева назвала дело местью. "
                    "Лосева отметила, что будет обжаловать решение.")
    assert people(doc) == [{"Виктора Лосева"}, {"Мария Лосева", "Лосева"}]


def test_french_honorific_is_not_an_initial() -> None:
    doc = actors_of("Le maire de la ville, Didier Vanel, a inauguré le marché. « Il était temps », a déclaré "
                    "M. Vanel. Selon Mme Arnaud, la conseillère, le budget est dépassé.")
    assert {"Didier Vanel", "Vanel"} in people(doc)
    assert actor_named(doc, "Vanel").role == "maire de la ville"


def test_german_names_need_a_given_name_or_a_title() -> None:
    doc = actors_of("Im Streit um die Schule will Bürgermeister Jens Kohlhaas die Eltern befragen. "
                    "Die Elternvertretung lehnt das ab, sagte Kohlhaas.")
    assert people(doc) == [{"Jens Kohlhaas", "Kohlhaas"}]


# -- organisations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Agriculture of Norvania denied the report. The Ministry of Agriculture said "
                 "the harvest was safe.", {"Ministry of Agriculture of Norvania", "Ministry of Agriculture"},
                 id="ministry-short-form"),
    pytest.param("Observers from the OSCE arrived on Friday.", {"OSCE"}, id="acronym"),
    pytest.param("The Kremlin did not comment.", {"Kremlin"}, id="one-word-body"),
    pytest.param("The dock workers' union Harbourline called a strike.", {"Harbourline"}, id="type-noun"),
    pytest.param("The contract went to the supplier, Veltrak, last year.", {"Veltrak"}, id="apposed-company"),
    pytest.param('The builder company "Stroymost-3" missed the deadline.', {"Stroymost-3"}, id="quoted-company"),
    pytest.param("Министерство обороны Норвании опровергло сообщения.", {"Министерство обороны Норвании"},
                 id="russian-ministry"),
    pytest.param("Le ministère des Affaires étrangères a convoqué l'ambassadeur.",
                 {"ministère des Affaires étrangères"}, id="french-ministry"),
    pytest.param("Nach Angaben der Stadtverwaltung Kranzberg beginnt der Bau im Mai.",
                 {"Stadtverwaltung Kranzberg"}, id="german-compound-head"),
])
def test_organisations(text: str, expected: set[str]) -> None:
    assert expected in organisations(actors_of(text))


def test_the_dateline_wire_is_an_organisation() -> None:
    doc = actors_of("BRENMARK, May 4 (Harbour Wire) - The fair opened. Officials told Harbour Wire it was late.")
    wire = actor_named(doc, "Harbour Wire")
    assert wire.kind == "organisation"
    assert len([s for s in doc.layer("mention") if s.attrs["actor"] == wire.id]) == 2


@pytest.mark.parametrize("text", [
    "The convoy arrived by SMS alert.",
    "He moved to the USA in 1990.",
])
def test_common_abbreviations_are_not_organisations(text: str) -> None:
    assert organisations(actors_of(text)) == []


# -- roles -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("This was stated by the official representative of the Port Authority Lukas Fenner.",
                 "Lukas Fenner", "official representative of the Port Authority", id="role-before"),
    pytest.param("Lukas Fenner, the spokesman of the port authority, said the ships were late.",
                 "Lukas Fenner", "spokesman of the port authority", id="apposition-after"),
    pytest.param("The port director, Ivo Stangl, closed the gate.", "Ivo Stangl", "port director",
                 id="apposition-before-comma"),
    pytest.param("Lukas Fenner, who is not related to the minister, spoke.", "Lukas Fenner", None,
                 id="relative-clause-is-no-role"),
])
def test_roles_from_appositions(text: str, name: str, role: str | None) -> None:
    assert actor_named(actors_of(text), name).role == role


@pytest.mark.parametrize(("text", "phrase", "name"), [
    pytest.param("The talks were led by Major General Anton Rusakov. According to the General, the road is open.",
                 "the General", "Anton Rusakov", id="title-noun"),
    pytest.param("Lukas Fenner, the spokesman of the port authority, said the ships were late. "
                 "The representative of the port authority added that the crews were safe.",
                 "The representative of the port authority", "Lukas Fenner", id="synonym-representative"),
    pytest.param("The mayor of Brenmark Tobias Hollund opened the fair. The head of the city then left.",
                 "The head of the city", "Tobias Hollund", id="head-of-the-city"),
    pytest.param("Мэр Заречска Игорь Семёнов открыл мост. Как отметил глава города, ремонт окончен.",
                 "глава города", "Игорь Семёнов", id="russian-glava-goroda"),
    pytest.param("Le maire Didier Vanel a inauguré le marché. Selon le maire, il était temps.",
                 "le maire", "Didier Vanel", id="french-le-maire"),
])
def test_role_mentions_resolve_to_the_one_person(text: str, phrase: str, name: str) -> None:
    doc = actors_of(text)
    roles = [(doc.evidence(s), s.attrs["actor"]) for s in doc.layer("mention") if s.label == "role"]
    assert (phrase, actor_named(doc, name).id) in roles


def test_a_role_two_people_hold_is_not_resolved() -> None:
    doc = actors_of("The minister Roman Belyaev and the minister Oleg Tarasov met. The minister said little.")
    assert [doc.evidence(s) for s in doc.layer("mention") if s.label == "role"] == []


def test_a_generic_role_with_an_indefinite_article_is_not_resolved() -> None:
    doc = actors_of("The mayor Tobias Hollund opened the fair. A spokesman said the mayor was tired.")
    roles = [doc.evidence(s) for s in doc.layer("mention") if s.label == "role"]
    assert roles == ["the mayor"]


# -- the contract --------------------------------------------------------------------------------------


def test_mentions_point_at_their_variants_and_ids_follow_first_mention() -> None:
    doc = actors_of("The Ministry of Health said on Monday that Dr. Olga Petrenko would lead the team. "
                    "Petrenko said she was ready.")
    assert [a.id for a in doc.actors] == ["a1", "a2"]
    assert [a.kind for a in doc.actors] == ["organisation", "person"]
    for span in doc.layer("mention"):
        actor = next(a for a in doc.actors if a.id == span.attrs["actor"])
        if span.label == "name":
            assert doc.evidence(span) in actor.variants
    petrenko = actor_named(doc, "Petrenko")
    start = doc.text.index("Petrenko said")
    assert actor_for_span(doc, start, start + len("Petrenko said")) == petrenko.id
    assert actor_for_span(doc, 0, 3) is None


def test_find_actors_leaves_the_document_alone() -> None:
    doc = analysed("The mayor Tobias Hollund opened the fair.")
    before = list(doc.spans)
    actors, mentions = find_actors(doc)
    assert doc.spans == before and doc.actors == []
    assert [a.name for a in actors] == ["Tobias Hollund"]
    assert [doc.evidence(m) for m in mentions] == ["Tobias Hollund"]


@pytest.mark.parametrize(("a", "b"), [
    ("Grebenshchikov", "Grebenschikov"), ("Alexey", "Aleksei"), ("Yevgenia", "Evgeniya"),
    ("Volkonitskiy", "Volkonitsky"), ("Орловой", "Орлову"),
])
def test_fold_name_meets_spelling_variants(a: str, b: str) -> None:
    assert fold_name(a) == fold_name(b)


# -- scores ------------------------------------------------------------------------------------------


def _normalised(values: list[str]) -> set[str]:
    return {re.sub(r"\s+", " ", v).strip().lower() for v in values}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The mill will close. “We tried,” said Teodor Valkaman, a spokesman for the owners.",
                 [{"Teodor Valkaman"}], id="apposition-after-unknown-given-name"),
    pytest.param("Her cousin Zorana Pekic, who runs the bakery, was not surprised. Pekic said it was coming.",
                 [{"Zorana Pekic", "Pekic"}], id="who-clause"),
    pytest.param("The ferry is late again, said Ottmar Quell.", [{"Ottmar Quell"}], id="said-before-name"),
    pytest.param("„Wir bleiben“, sagte Geschäftsführer Wendelin Haubrock. Haubrock lachte.",
                 [{"Wendelin Haubrock", "Haubrock"}], id="german-role-noun-as-title"),
    pytest.param("Graham Pettifer has run the shop for years. “Graham is always right,” a neighbour said.",
                 [{"Graham Pettifer", "Graham"}], id="lone-given-name"),
])
def test_people_found_by_their_context(text: str, expected: list[set[str]]) -> None:
    assert people(actors_of(text)) == expected


@pytest.mark.parametrize(("text", "not_people"), [
    pytest.param("The strike hit a depot in Port Ellery, the transport minister said.", {"Port Ellery"},
                 id="place-before-attributed-lead"),
    pytest.param("“It is over,” said Brenmark attorney Lisa Orrel.", {"Brenmark"}, id="said-before-a-longer-phrase"),
    pytest.param("A guard at the Harlow Grand Hotel, who saw the fire, called for help.", {"Harlow Grand Hotel"},
                 id="definite-article-before-who"),
])
def test_context_rules_do_not_make_people_of_places(text: str, not_people: set[str]) -> None:
    names = set().union(*people(actors_of(text)))
    assert not names & not_people, names


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Lonsdale Dockers' Union called a strike.", "Lonsdale Dockers' Union", id="plural-possessive"),
    pytest.param("Trevan Freight, which runs the yard, said in a statement that trains would resume.",
                 "Trevan Freight", id="said-in-a-statement"),
    pytest.param("The Norvanian government declared an emergency.", "Norvanian government", id="demonym-government"),
    pytest.param("Die Station des Kreiskrankenhauses Ellwang schließt.", "Kreiskrankenhauses Ellwang",
                 id="german-genitive-head"),
    pytest.param("Об этом сообщили в пресс-службе управления культуры Озерска.", "управления культуры Озерска",
                 id="russian-lower-case-head"),
    pytest.param("The Ellwang Embassy in Brenmark said nothing.", "Ellwang Embassy", id="embassy"),
])
def test_organisations_found_by_their_context(text: str, expected: str) -> None:
    assert any(expected in o for o in organisations(actors_of(text))), organisations(actors_of(text))


def test_a_headed_name_in_the_headline_is_an_organisation() -> None:
    doc = actors_of("Ministry of Fisheries cuts quotas\n\nQuotas will fall by a tenth next year, officials said.")
    assert organisations(doc) == [{"Ministry of Fisheries"}]


def test_a_gendered_role_noun_goes_to_the_person_of_its_gender() -> None:
    doc = actors_of("Директор департамента Ольга Сизова объявила о тарифах. Депутат Олег Рябинин назвал решение "
                    "ошибкой. «Все данные открыты», — подчеркнула чиновница.")
    at = doc.text.index("чиновница")
    assert actor_for_span(doc, at, at + len("чиновница")) == actor_named(doc, "Ольга Сизова").id


def test_a_head_of_a_department_is_its_director() -> None:
    doc = actors_of("Директор департамента Ольга Сизова объявила о тарифах. Депутат Олег Рябинин возразил. "
                    "Глава департамента ответила, что отчёт готов.")
    at = doc.text.index("Глава департамента")
    assert actor_for_span(doc, at, at + 18) == actor_named(doc, "Ольга Сизова").id


def test_a_possessive_role_phrase_resolves_before_the_name() -> None:
    doc = actors_of("Norvale closed its ports, the country's fisheries minister said. \"We had no choice,\" "
                    "Fisheries Minister Ansa Kettunen told reporters.")
    at = doc.text.index("fisheries minister")
    assert actor_for_span(doc, at, at + len("fisheries minister")) == actor_named(doc, "Ansa Kettunen").id


@pytest.mark.parametrize(("text", "phrase", "name"), [
    pytest.param("The head of the district Pavel Ostrin spoke first. The deputy head of the district Lev Dunai "
                 "spoke next. Then the head of the district closed the meeting.",
                 "the head of the district", "Pavel Ostrin", id="head-is-not-the-deputy-head"),
    pytest.param("The deputy mayor Rosa Kell opened the session. The deputy of the regional assembly Ivo Marsh "
                 "objected. The budget is too small, the deputy said.",
                 "the deputy", "Ivo Marsh", id="deputy-as-head-noun"),
    pytest.param("Finance minister Hanna Brisk met the transport minister Olaf Rinn. Rinn left early. "
                 "Later the minister said the deal was close.",
                 "the minister", "Olaf Rinn", id="most-recent-of-two-ministers"),
    pytest.param("The board's chairwoman, Mira Tolle, and its secretary, Jan Vock, spoke at noon. Tolle defended "
                 "the vote. The count was fair, the official said.",
                 "the official", "Mira Tolle", id="official-is-any-office"),
    pytest.param("The ambassador of Sorland, Erik Waltz, met the mayor Ida Penn. Penn said little. "
                 "Talks will go on, the diplomat said.",
                 "the diplomat", "Erik Waltz", id="diplomat-is-the-ambassador"),
    pytest.param("La maire de Sorvel, Agnès Piquet, a reçu la ministre Lise Dorval. Mme Dorval a promis une aide. "
                 "« Nous attendons », a dit l'élue.",
                 "élue", "Agnès Piquet", id="french-elue-is-the-mayor"),
    pytest.param("Министр энергетики Павел Дронов открыл станцию. Его заместитель Вера Клюева уточнила сроки. "
                 "Замминистра добавила, что работы завершат к маю.",
                 "Замминистра", "Вера Клюева", id="russian-zamministra"),
    pytest.param("Речниця відомства Ганна Левчук повідомила про ремонт. Міський голова Богдан Ярош її підтримав. "
                 "«Ми готові», — сказала речниця.",
                 "речниця", "Ганна Левчук", id="ukrainian-rechnytsia"),
])
def test_role_nouns_resolve_to_the_best_fitting_recent_person(text: str, phrase: str, name: str) -> None:
    doc = actors_of(text)
    roles = [(doc.evidence(s), s.attrs["actor"]) for s in doc.layer("mention") if s.label == "role"]
    assert (phrase, actor_named(doc, name).id) in roles, roles


def test_a_role_in_a_lead_before_its_name_is_no_stand_in() -> None:
    doc = actors_of("The deputy of the assembly from the party “Green Shore” Peter Barre said no.")
    assert actor_named(doc, "Peter Barre").role == "deputy of the assembly from the party “Green Shore”"
    assert [doc.evidence(s) for s in doc.layer("mention") if s.label == "role"] == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Suspicion fell on a plant run by Tarnholt Chemicals upstream.", "Tarnholt Chemicals",
                 id="company-head-chemicals"),
    pytest.param("The Organisation for Coastal Safety, which sent ten divers, said in a statement that the reef "
                 "was intact.", "Organisation for Coastal Safety", id="statement-org-after-connector"),
    pytest.param("Про це повідомили в Зорянській міській раді.", "Зорянській міській раді",
                 id="ukrainian-council-inflected"),
    pytest.param("Підрядник, компанія «Мостбуд-Схід», заявив про завершення робіт.", "Мостбуд-Схід",
                 id="ukrainian-typed-company"),
    pytest.param("Председатель Общественной палаты Новоборской области Иван Ершов выступил против.",
                 "Общественной палаты Новоборской области", id="russian-body-of-a-region"),
    pytest.param("Авиакомпания «ЮгАвиа» пока не решила, вернётся ли она.", "ЮгАвиа", id="russian-airline"),
])
def test_organisations_of_batch_three_constructions(text: str, expected: str) -> None:
    assert any(expected in variants for variants in organisations(actors_of(text)))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokesperson for Dorrin Rail said trains would run again on Friday.", "Dorrin Rail",
                 id="company-head-rail"),
    pytest.param("Ferry line Osterhav said it was cancelling two crossings.", "Osterhav",
                 id="qualified-type-noun-line"),
    pytest.param("A spokesperson for Welbridge council said the road would reopen.", "Welbridge council",
                 id="lower-case-council-after-a-place"),
    pytest.param("Tarnmouth county council said it had no money left.", "Tarnmouth county council",
                 id="lower-case-council-after-a-modifier"),
    pytest.param("The charity group Friends of Rivers said it backed the ban.", "Friends of Rivers",
                 id="typed-name-with-of"),
    pytest.param("Die Gewerkschaft Bau und Umwelt sprach von einem Skandal.", "Gewerkschaft Bau und Umwelt",
                 id="german-type-noun-heads-a-joined-name"),
    pytest.param("Ein Sprecher der Agentur für Wohnen Lindtal sagte, man prüfe den Fall.",
                 "Agentur für Wohnen Lindtal", id="german-type-noun-before-fuer"),
])
def test_organisations_of_batch_seven_constructions(text: str, expected: str) -> None:
    assert any(expected in variants for variants in organisations(actors_of(text)))


@pytest.mark.parametrize("text", [
    pytest.param("Soldiers on the front line Brodsky visited were tired.", id="front-line-is-no-type-noun"),
    pytest.param("The council said the road would reopen.", id="bare-council"),
])
def test_no_organisation_from_a_lone_line_or_council(text: str) -> None:
    assert organisations(actors_of(text)) == []


def test_a_nationality_before_an_acronym_names_the_same_ministry() -> None:
    doc = actors_of("The Ministry of Foreign Affairs of Korlandia protested. The Korlandian MFA said it would "
                    "summon the envoy.")
    assert organisations(doc) == [{"Ministry of Foreign Affairs of Korlandia", "Korlandian MFA"}]


def test_a_t_shirt_is_no_organisation() -> None:
    doc = actors_of("A man in a party T-shirt handed out leaflets.")
    assert organisations(doc) == []


def test_dev_gold_floors() -> None:
    """Floors a little under what the rules score on the 41 dev articles (1.00 merge F1, 132/134 people, 99/103
    organisations when measured; on all 80 after batch 7: 0.986 merge F1, 264/264 people, 184/217
    organisations; on all 90 after batch 8's speaker round: 0.981 merge F1, 302/304 people, 223/261
    organisations; after its second round: 0.979 merge F1, 302/304 people, 231/261 organisations; after a
    round on unattributed speakers: 0.993 merge F1, 302/304 people, 235/261 organisations). The merge
    floor went from 0.98 to 0.975 in that round: "Traditionsbrauerei X" in a headline is now read as the firm it
    names, no longer as a bare surname given to the first of two namesakes (a pair the gold has for another
    mention, which stays unassigned between the two); the frozen part is scored by the lead, never here."""
    gold = load_gold(GOLD_DEV)
    docs = [actors_of(article.text) for article in gold]
    merge = score_quotes(gold, docs).merge
    assert merge.f1 >= 0.99, merge
    found = {"person": [0, 0], "organisation": [0, 0]}
    for article, doc in zip(gold, docs, strict=True):
        predicted = [_normalised([a.name, *a.variants]) for a in doc.actors]
        for actor in article.actors:
            strings = _normalised([actor.name, *actor.variants])
            found[actor.kind][0] += any(strings & p for p in predicted)
            found[actor.kind][1] += 1
    assert found["person"][0] / found["person"][1] >= 0.99, found
    # 0.90: the blind fourth batch (12 articles) added bodies the rules miss (French "le groupe X", German
    # "Stadt X"), measured at 120/131 once it was in. 0.84: the blind seventh batch (80 articles in all)
    # added more (lower-case "X council", "Shipping line X", cut names), measured at 184/217 with 264/264
    # people and 0.986 merge F1. 0.85: 223/261 on all 90 after batch 8. 0.88: 231/261 after its second round
    # (legal forms, German trade names, French bodies with lower-case complements, Russian assemblies).
    # 0.895: 235/261 after type nouns before and after a name ("miner X", "the X union") and intercapped names.
    assert found["organisation"][0] / found["organisation"][1] >= 0.895, found


def _md_people(md: str) -> dict[str, list[tuple[str, int]]]:
    """The analyst's people in a notes file: bold name -> [(quoted string, offset)], names only."""
    section = md.split("Actors (name variants merged):", 1)[1].split("\n\n", 1)[0]
    out: dict[str, list[tuple[str, int]]] = {}
    for bullet in re.split(r"\n- ", "\n" + section):
        head = re.match(r"\*\*(.+?)\*\*", bullet.strip())
        if not head:
            continue
        items = [(s, int(o)) for s, o in re.findall(r'"([^"]+)" \((\d+)\)', bullet.replace("\n  ", " "))]
        # Pronouns and role phrases are listed too; they are not name variants.
        out[head.group(1)] = [(s, o) for s, o in items if s[:1].isupper() and s not in {"He", "She", "It"}]
    return out


def test_real_mt_wire_example_has_two_people_with_every_variant() -> None:
    folder = require_shared("examples")
    stem = "tass-mosul-2017-04-02"
    text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
    expected = _md_people((folder / f"{stem}.md").read_text(encoding="utf-8"))
    assert len(expected) == 2
    doc = actors_of(text)
    persons = [a for a in doc.actors if a.kind == "person"]
    assert len(persons) == 2, persons
    for name, items in expected.items():
        actor = actor_named(doc, items[0][0])
        assert {s for s, _ in items} <= set(actor.variants), (name, actor)
        for string, offset in items:
            assert doc.text[offset:offset + len(string)] == string
            assert actor_for_span(doc, offset, offset + len(string)) == actor.id


# -- fast paths: the same answers as the plain reading ----------------------------------------------


def _plain_distance(a: str, b: str) -> int:
    """Levenshtein distance, the whole table: what actors._distance must agree with up to its limit."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize(("a", "b"), [
    ("voronin", "voronina"), ("tselikov", "tselikow"), ("marchetti", "marketti"), ("abcdef", "bcdefa"),
    ("orlov", "orlova"), ("smith", "smyth"), ("", "ab"), ("ab", ""), ("kovalenko", "kovalchuk"),
    ("aaaa", "aaab"), ("brandt", "brant"), ("ilse", "else"),
])
@pytest.mark.parametrize("limit", [0, 1, 2])
def test_distance_is_exact_up_to_its_limit(a: str, b: str, limit: int) -> None:
    from unspin.actors import _distance

    plain = _plain_distance(a, b)
    found = _distance(a, b, limit)
    assert (found <= limit) == (plain <= limit)
    if plain <= limit:
        assert found == plain


@pytest.mark.parametrize("text", [
    "Vice-President Ilse Brandt met the vice-president of the Harbour Board.",
    "The PRESIDENT and the President spoke; Mr Brandt and mr Tarvik listened.",
    "Deputy-minister Oleg Tarvik, the Deputy-Minister, and the deputy-minister.",
    "Министр Орлов и министр Орлова встретились с Г-н Тарвик.",
])
def test_cue_scan_on_lower_case_finds_the_case_sensitive_matches(text: str) -> None:
    from unspin.actors import _scan_cues, _tables

    t = _tables()
    first = t.cue.match(text)
    expected = [] if first is None else [(0, first.end(), first.group().lower())]
    assert t.cue_after is not None
    expected += [(m.start(1), m.end(1), m.group(1).lower())
                 for m in t.cue_after.finditer(text, 0 if first is None else first.end())]
    assert _scan_cues(t, text) == expected


# -- round 5: causes found on the blind fifth batch ----------------------------------------------------


@pytest.mark.parametrize(("text", "person", "not_org"), [
    ("Energy Minister Lucia Ferro told a news conference that prices would fall.", "Lucia Ferro",
     "Energy Minister"),
    ("Mining Minister Tomas Ruel said the pit would stay shut.", "Tomas Ruel", "Mining Minister"),
])
def test_an_office_after_a_field_word_is_not_a_body(text: str, person: str, not_org: str) -> None:
    doc = actors_of(text)
    assert {person} in people(doc)
    assert all(not_org not in variants for variants in organisations(doc))


def test_a_surname_glued_to_a_body_is_left_to_the_person() -> None:
    doc = actors_of("The spokesman of the Ministry of Defence, Colonel Arkady Lebedintsev, spoke on Monday. "
                    "Earlier the representative of the Ministry of Defence Lebedintsov said the drills were over.")
    assert {"Arkady Lebedintsev", "Lebedintsov"} in people(doc)
    assert {"Ministry of Defence"} in organisations(doc)


@pytest.mark.parametrize(("text", "body"), [
    ("The city administration of Tarnovo reported that the roads were clear.", "city administration of Tarnovo"),
    ("The city of Lorvik said it would close the pool.", "city of Lorvik"),
    ("Die Stadt Ebersfeld schließt das Hallenbad.", "Stadt Ebersfeld"),
])
def test_a_city_speaks_as_a_body(text: str, body: str) -> None:
    assert any(body in variants for variants in organisations(actors_of(text)))


def test_a_bare_french_body_joins_the_named_one() -> None:
    doc = actors_of("La baignade est interdite, a indiqué la préfecture des Hautes-Combes. Selon la préfecture, "
                    "des analyses sont en cours.")
    assert {"préfecture des Hautes-Combes", "préfecture"} in organisations(doc)


def test_an_organiser_title_opens_a_name() -> None:
    doc = actors_of("Union organiser Ravi Menon said the vote would go ahead. \"We are ready,\" Menon said.")
    assert {"Ravi Menon", "Menon"} in people(doc)


@pytest.mark.parametrize(("text", "name"), [
    # an office, its field and its country before a name with no known given name
    ("The Minister of Health of Ostravia Tormi Kallasvee told reporters the clinics would stay open.",
     "Tormi Kallasvee"),
    ("As noted by the Minister of Transport of Ostravia Zhanar Tulegenova, the line opens in May.",
     "Zhanar Tulegenova"),
])
def test_a_country_after_an_office_is_not_part_of_the_name(text: str, name: str) -> None:
    assert [a.name for a in actors_of(text).actors if a.kind == "person"] == [name]


def test_a_region_after_a_body_is_part_of_its_name() -> None:
    doc = actors_of("In the Ministry of Health of the Ostrava region the agency was told that the clinic opens.")
    assert {"Ministry of Health of the Ostrava region"} in organisations(doc)
