"""Language detection: texts we wrote in each language, mixed texts, the shared examples and corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unspin.document import Document
from unspin.language import LANGUAGES, UNDETERMINED, annotate_language, detect_language
from unspin.settings import DEFAULT_SETTINGS, Settings

# One short sentence and one longer paragraph per language, written for these tests.
SHORT = {
    "en": "The mayor said that the bridge will be closed for two weeks.",
    "de": "Der Bürgermeister sagte, dass die Brücke für zwei Wochen gesperrt wird.",
    "fr": "Le maire a dit que le pont sera fermé pendant deux semaines.",
    "es": "El alcalde dijo que el puente estará cerrado durante dos semanas.",
    "it": "Il sindaco ha detto che il ponte sarà chiuso per due settimane.",
    "pt": "O prefeito disse que a ponte vai ficar fechada por duas semanas.",
    "pl": "Burmistrz powiedział, że most będzie zamknięty przez dwa tygodnie.",
    "ru": "Мэр заявил, что мост будет закрыт на две недели.",
    "uk": "Мер заявив, що міст буде закритий на два тижні.",
    "be": "Мэр заявіў, што мост будзе зачынены на два тыдні.",
    "bg": "Кметът заяви, че мостът ще бъде затворен за две седмици.",
    "sr": "Градоначелник је рекао да ће мост бити затворен две недеље.",
}

LONG = {
    "en": ("Farmers in the northern valley have started the harvest three weeks early this year. The dry "
           "spring, they say, has left the grain small but sweet, and the mill is paying more than it did "
           "last autumn. Not everyone is happy: the water board has warned that the reservoir is at its "
           "lowest level since records began, and it may ration irrigation from next month."),
    "de": ("Die Bauern im nördlichen Tal haben in diesem Jahr drei Wochen früher mit der Ernte begonnen. Der "
           "trockene Frühling habe das Korn klein, aber süß gemacht, sagen sie, und die Mühle zahlt mehr als "
           "im letzten Herbst. Nicht alle sind zufrieden: Der Wasserverband warnt, dass der Stausee so "
           "niedrig ist wie nie zuvor, und will die Bewässerung ab dem nächsten Monat begrenzen."),
    "fr": ("Les agriculteurs de la vallée du nord ont commencé la récolte trois semaines plus tôt cette "
           "année. Le printemps sec, disent-ils, a laissé le grain petit mais sucré, et le moulin paie plus "
           "qu'à l'automne dernier. Tout le monde n'est pas content : l'office de l'eau prévient que le "
           "réservoir est à son plus bas niveau et pourrait limiter l'irrigation dès le mois prochain."),
    "es": ("Los agricultores del valle del norte comenzaron la cosecha tres semanas antes este año. La "
           "primavera seca, dicen, dejó el grano pequeño pero dulce, y el molino paga más que el otoño "
           "pasado. No todos están contentos: la junta del agua advirtió que el embalse está en su nivel más "
           "bajo desde que hay registros y que podría racionar el riego a partir del mes que viene."),
    "it": ("Gli agricoltori della valle del nord hanno iniziato il raccolto tre settimane prima quest'anno. "
           "La primavera secca, dicono, ha lasciato il grano piccolo ma dolce, e il mulino paga più "
           "dell'autunno scorso. Non tutti sono contenti: il consorzio delle acque ha avvertito che il "
           "bacino è al livello più basso da quando esistono le misure e che potrebbe limitare l'irrigazione."),
    "pt": ("Os agricultores do vale do norte começaram a colheita três semanas mais cedo este ano. A "
           "primavera seca, dizem eles, deixou o grão pequeno mas doce, e o moinho paga mais do que no "
           "outono passado. Nem todos estão contentes: a empresa de águas avisou que o reservatório está no "
           "nível mais baixo desde que há registos e que pode racionar a rega a partir do próximo mês."),
    "pl": ("Rolnicy z północnej doliny rozpoczęli w tym roku żniwa trzy tygodnie wcześniej. Suchа wiosna, "
           "jak mówią, sprawiła, że ziarno jest małe, ale słodkie, a młyn płaci więcej niż zeszłej jesieni. "
           "Nie wszyscy są zadowoleni: zarząd wodny ostrzega, że poziom zbiornika jest najniższy od lat, i "
           "może od przyszłego miesiąca ograniczyć nawadnianie."),
    "ru": ("Фермеры северной долины в этом году начали уборку урожая на три недели раньше. Сухая весна, по "
           "их словам, сделала зерно мелким, но сладким, и мельница платит больше, чем прошлой осенью. "
           "Довольны не все: водоканал предупредил, что уровень водохранилища самый низкий за всё время "
           "наблюдений, и со следующего месяца полив может быть ограничен."),
    "uk": ("Фермери північної долини цього року почали жнива на три тижні раніше. Суха весна, за їхніми "
           "словами, зробила зерно дрібним, але солодким, і млин платить більше, ніж минулої осені. "
           "Задоволені не всі: водоканал попередив, що рівень водосховища найнижчий за весь час "
           "спостережень, і з наступного місяця полив може бути обмежений."),
    "be": ("Фермеры паўночнай даліны ў гэтым годзе пачалі жніво на тры тыдні раней. Сухая вясна, па іх "
           "словах, зрабіла зерне дробным, але салодкім, і млын плаціць больш, чым мінулай восенню. "
           "Задаволеныя не ўсе: вадаканал папярэдзіў, што ўзровень вадасховішча самы нізкі, і з наступнага "
           "месяца паліў можа быць абмежаваны."),
    "bg": ("Фермерите в северната долина тази година започнаха жътвата три седмици по-рано. Сухата пролет, "
           "според тях, е направила зърното дребно, но сладко, и мелницата плаща повече, отколкото миналата "
           "есен. Не всички са доволни: водното дружество предупреди, че нивото на язовира е най-ниското от "
           "години и че от следващия месец поливането може да бъде ограничено."),
    "sr": ("Фармери у северној долини ове године су почели жетву три недеље раније. Сухо пролеће је, како "
           "кажу, оставило зрно ситно али слатко, а млин плаћа више него прошле јесени. Нису сви задовољни: "
           "водовод је упозорио да је ниво језера најнижи до сада и да ће од следећег месеца наводњавање "
           "можда бити ограничено."),
}


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_sentence_in_each_language(lang: str) -> None:
    assert detect_language(SHORT[lang], settings=DEFAULT_SETTINGS)[0] == lang


@pytest.mark.parametrize("lang", sorted(LONG))
def test_paragraph_in_each_language_is_confident(lang: str) -> None:
    code, score = detect_language(LONG[lang], settings=DEFAULT_SETTINGS)
    assert (code, score >= 0.6) == (lang, True)


def test_every_language_has_a_test_text() -> None:
    assert sorted(LANGUAGES) == sorted(SHORT) == sorted(LONG)


@pytest.mark.parametrize("text", ["", "   \n", "TRUMP", "Moscow, 12 May 2021", "1 2 3 4 5", "OK!"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text, settings=DEFAULT_SETTINGS) == (UNDETERMINED, 0.0)


def test_english_article_quoting_russian_is_english() -> None:
    text = ("The governor's spokesman told reporters on Tuesday that the plant would reopen. In a post on "
            "his channel he wrote: «Завод откроется в понедельник, и все рабочие вернутся». Local union "
            "leaders said they had not been told about the plan and would wait for a written order from "
            "the regional government before asking their members to return to work.")
    assert detect_language(text, settings=DEFAULT_SETTINGS)[0] == "en"


def test_russian_article_quoting_english_is_russian() -> None:
    text = ("Губернатор заявил, что завод откроется в понедельник. «We are ready to start», — написал в "
            "соцсетях директор предприятия. По его словам, все рабочие вернутся на свои места уже на этой "
            "неделе, а зарплату за простой им выплатят до конца месяца.")
    assert detect_language(text, settings=DEFAULT_SETTINGS)[0] == "ru"


def test_reads_only_the_sample() -> None:
    # A long English lead followed by German: with a short sample only the English is read.
    text = LONG["en"] + " " + " ".join([LONG["de"]] * 20)
    short = Settings(language_sample=len(LONG["en"]))
    assert detect_language(text, settings=short)[0] == "en"
    assert detect_language(text, settings=DEFAULT_SETTINGS)[0] == "de"


@pytest.mark.parametrize(("lang", "other"), [("ru", "uk"), ("uk", "ru"), ("be", "ru"), ("bg", "ru")])
def test_cyrillic_neighbours_are_told_apart(lang: str, other: str) -> None:
    code, _ = detect_language(LONG[lang], settings=DEFAULT_SETTINGS)
    assert code != other


def test_annotate_language_sets_labels() -> None:
    doc = Document(LONG["uk"])
    annotate_language(doc, settings=DEFAULT_SETTINGS)
    assert doc.labels["language"] == "uk"
    assert 0.6 <= doc.labels["language_score"] <= 1.0
    assert doc.spans == []


EXPECTED_EXAMPLES = {
    "tass-mosul-2017-04-02.txt": "en",
    "tass-lavrov-nato-2022-02-17.txt": "en",
    "reuters-donetsk-2014-11-02.txt": "en",
    "rin-poroshenko-2014-11-30.txt": "en",
    "fosters-oped-2014-03-07.txt": "en",
    "novosti-saratova-volodin-2024-11-23.txt": "ru",
    "rtfrance-putin-2025-05-26.txt": "fr",
    "story-peskov-2014-11-27/english-pravda-2014-11-27.txt": "en",
    "story-peskov-2014-11-27/interfax-2014-11-27.txt": "ru",
    "story-peskov-2014-11-27/ostro-2014-11-27.txt": "ru",
    "story-peskov-2014-11-27/pravda-com-ua-2014-11-27.txt": "ru",
    "story-peskov-2014-11-27/rosbalt-2014-11-27.txt": "ru",
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(EXPECTED_EXAMPLES))
def test_shared_examples(shared_examples: Path, name: str) -> None:
    text = (shared_examples / name).read_text(encoding="utf-8")
    assert detect_language(text, settings=DEFAULT_SETTINGS)[0] == EXPECTED_EXAMPLES[name]


@pytest.mark.shared
def test_every_ptc_article_is_english(ptc_articles: Path) -> None:
    found = {p.name: detect_language(p.read_text(encoding="utf-8"), settings=DEFAULT_SETTINGS)[0]
             for p in sorted(ptc_articles.glob("*.txt"))}
    assert len(found) == 371
    assert {name: code for name, code in found.items() if code != "en"} == {}


@pytest.mark.shared
def test_semeval_memes_are_english_or_undetermined(shared_examples: Path) -> None:
    folder = shared_examples.parent / "data" / "semeval2021-task6" / "data"
    texts = [item["text"] for path in sorted(folder.glob("*_task1.txt"))
             for item in json.loads(path.read_text(encoding="utf-8"))]
    codes = [detect_language(t, settings=DEFAULT_SETTINGS)[0] for t in texts]
    wrong = [t for t, c in zip(texts, codes, strict=True) if c not in ("en", UNDETERMINED)]
    assert wrong == []
    # Memes are often three words long: "und" is the right answer for many. Measured 0.84 on 2026-11-25.
    assert codes.count("en") / len(codes) >= 0.75
