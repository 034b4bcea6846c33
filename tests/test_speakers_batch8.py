"""Speaker rules of the round on the eighth gold batch: speakers carried by something other than a name.

Every sentence is invented. Each test runs the whole chain (anatomy ... actors, quotes) on a short text and
reads the speaker of one quote, so that a rule is checked as the press uses the construction, in each
language it applies to.
"""

from __future__ import annotations

import pytest

from conftest import speaker_of
from unspin.actors import anonymity_marks, oblique_given_gender
from unspin.quotes.speakers import _clips

# -- a role noun whose holder the text never names ------------------------------------------------


@pytest.mark.parametrize(("text", "clause"), [
    ("Prosecutor Tom Fell said the case against the mill was closed.\n\n"
     "The judge said the hearing would resume in May.", "the hearing would resume"),
    ("Bürgermeisterin Eva Lindner sagte, die Brücke bleibe bis Ende Mai gesperrt.\n\n"
     "Der Landrat sagte, er sehe keinen Grund zur Eile.", "er sehe keinen Grund"),
    ("La préfète, Claire Dumontet, a déclaré que la route rouvrirait lundi.\n\n"
     "Le syndicaliste a estimé que la mesure arrivait bien trop tard.", "la mesure arrivait"),
])
def test_a_role_nobody_holds_is_an_unnamed_speaker(text: str, clause: str) -> None:
    # Not the last speaker of another paragraph: an office whose holder the text never names.
    assert speaker_of(text, clause) is None


def test_a_kind_of_office_noun_finds_a_foreign_ministry_spokeswoman() -> None:
    text = ("This was stated by the official spokeswoman of the Valdorian MFA Olga Serova.\n\n"
            "Deputy Ivan Kostin said the talks had failed.\n\n"
            "According to the diplomat, the embassy will stay open.")
    assert speaker_of(text, "the embassy will stay open") == "Olga Serova"


# -- unnamed voices of a body ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "clause", "speaker"), [
    ("A spokesman for the Ministry of Transport said the tender would be cancelled.",
     "the tender would be cancelled", "Ministry of Transport"),
    ("A source in the Ministry of Transport said the tender would be cancelled.",
     "the tender would be cancelled", None),
    ("A senior official at the Ministry of Transport said the tender would be cancelled.",
     "the tender would be cancelled", None),
])
def test_only_a_voice_noun_speaks_for_the_body(text: str, clause: str, speaker: str | None) -> None:
    assert speaker_of(text, clause) == speaker


def test_the_representative_of_a_named_ministry_is_the_ministry() -> None:
    text = ("VELSK, May 2. /Nord-Inform/. The ferry will not sail on Sunday. This was stated by the spokeswoman "
            "of the Ministry of Transport of Dravenia Anna Volkova.\n\n"
            "The representative of the Merkovian ministry told journalists that the port \"remains open\".\n\n"
            "The Ministry of Foreign Affairs of Merkovia summoned the consul on Monday.")
    assert speaker_of(text, "the port") == "Ministry of Foreign Affairs of Merkovia"


def test_the_representative_of_the_ministry_is_its_named_spokeswoman() -> None:
    text = ("VELSK, May 2. /Nord-Inform/. The dam is safe. This was stated by the official representative of "
            "the Ministry of Emergencies Anna Volkova.\n\n"
            "Farmer Pavel Grin said the water had reached his fields.\n\n"
            "As the representative of the Ministry of Emergencies noted, the level will fall by Friday.")
    assert speaker_of(text, "the level will fall") == "Anna Volkova"


# -- forward possessives ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "clause", "speaker"), [
    ("Mayor Tom Vell said the river was falling.\n\nHis office said on Monday that Prime Minister Jon Hale "
     "would visit the town on Friday.", "Prime Minister Jon Hale", "Jon Hale"),
    ("Mayor Tom Vell said the river was falling.\n\nHis press service later said that Governor Ilya Sorin "
     "will fly to the town.", "Governor Ilya Sorin", "Ilya Sorin"),
])
def test_a_possessive_points_forward_to_the_clause_subject(text: str, clause: str, speaker: str) -> None:
    assert speaker_of(text, clause) == speaker


def test_a_possessive_does_not_point_forward_to_a_person_of_the_other_gender() -> None:
    text = ("Mayor Tom Vell said the river was falling.\n\nHer office said on Monday that Prime Minister Jon Hale "
            "would visit the town on Friday.")
    assert speaker_of(text, "Prime Minister Jon Hale") != "Jon Hale"


# -- an object after a preposition is not the subject ------------------------------------------------


def test_a_name_after_a_preposition_is_not_the_speaker_of_a_group() -> None:
    text = ("По словам министра Андрея Лосева, автобус будет ходить дважды в день. На встрече с Лосевым жители "
            "села заявили, что больница находится слишком далеко.")
    assert speaker_of(text, "больница находится") is None


# -- Russian: unnamed voices, oblique given names, clipped compounds ----------------------------------


def test_a_pronoun_after_an_official_who_withheld_her_name_is_unnamed() -> None:
    text = ("Депутат Ольга Ветрова назвала закрытие «ошибкой». Она сообщила, что направила запрос.\n\n"
            "На горячей линии министерства ответила чиновница, не назвавшая своей фамилии. По её словам, "
            "бригада уже выехала.")
    assert speaker_of(text, "бригада уже выехала") is None


@pytest.mark.parametrize(("text", "start"), [
    ("An engineer, who asked not to be named, said so.", "who asked"),
    ("Ответила чиновница, не назвавшая своей фамилии.", "не назвавшая"),
    ("Un éleveur, qui a requis l'anonymat, a affirmé cela.", "qui a requis"),
    ("Ein Mitarbeiter, der nicht genannt werden wollte, sagte das.", "der nicht"),
])
def test_anonymity_clauses_are_found(text: str, start: str) -> None:
    assert [text[at:at + len(start)] for at in anonymity_marks(text)] == [start]


@pytest.mark.parametrize(("word", "gender"), [
    ("Андрея", "m"), ("Андрею", "m"), ("Олегом", "m"), ("Игорю", "m"), ("Нину", "f"), ("Ольги", "f"),
    ("Андрей", None),  # a nominative
    ("Александра", None),  # his genitive and her own name
    ("Кулагина", None),  # not a given name
])
def test_an_oblique_given_name_has_the_gender_of_its_nominative(word: str, gender: str | None) -> None:
    assert oblique_given_gender(word) == gender


@pytest.mark.parametrize(("word", "name", "clipped"), [
    ("минздраве", "министерства здравоохранения северной области", True),
    ("заксобрании", "законодательного собрания северной области", True),
    ("минобороны", "министерства обороны северии", True),
    ("госсовета", "государственного совета северии", True),
    ("минздраве", "министерства обороны северии", False),
    ("москве", "московской области", False),
])
def test_a_clipped_compound_is_the_beginnings_of_a_bodys_name(word: str, name: str, clipped: bool) -> None:
    assert _clips(word, name.split()) is clipped


def test_a_clipped_compound_names_the_ministry() -> None:
    text = ("СЕВЕРСК, 3 мая. /Норд-Пресс/. Два пункта закроют с 1 июня. Об этом сообщили в пресс-службе "
            "Министерства здравоохранения Северной области.\n\n"
            "В региональном Минздраве добавили, что жители смогут записаться к врачу по телефону.")
    assert speaker_of(text, "жители смогут") == "Министерства здравоохранения Северной области"


def test_a_voice_that_withheld_its_name_stays_unnamed_and_is_carried_by_its_noun() -> None:
    text = ("Consul General Igor Varga said he would stay.\n\n"
            "A Merkovian diplomat who asked not to be named told the agency that the expulsion \"is not discussed\". "
            "\"Nobody wants a war of notes,\" the diplomat added.\n\n"
            "The Ministry of Foreign Affairs of Merkovia summoned the consul.")
    assert speaker_of(text, "the expulsion") is None
    assert speaker_of(text, "Nobody wants a war") is None
