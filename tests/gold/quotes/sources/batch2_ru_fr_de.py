# ruff: noqa: E501
"""Second batch: Russian, German and French articles (all invented), each in its own press style.

Russian: « » with „ “ inside, «— сказала она», «По словам X», «Как заявил X», «X отметил, что», «Об этом
сообщили в ...»; German: „ “, «sagte X», «X erklärte, ...», «laut X», Konjunktiv I without a cue; French:
« » with no-break, narrow no-break or plain spaces, «a déclaré X», «selon lui», «a estimé que», an incise
«a-t-elle ajouté».
"""

from check_gold import Article, D, O, P, R

DEPT = "департамента транспорта Северогорска"
VOL = "Ирина Волошина"
KAZ = "Артём Казанцев"
LAD = "Виктор Ладыгин"
GOLD_HOLD = "Gesundheitsholding Oberland"
BAUM = "Reinhold Baumgartner"
STEG = "Ulrike Stegmann"
LOHM = "Petra Lohmeyer"
ZOTOV = "Николай Зотов"
ZOTOVA = "Анна Зотова"
RYB = "Денис Рыбаков"
GAN = "Людмила Ганиева"
MILK = "Приозерский молочный комбинат"
FAUV = "Laurent Fauvel"
SNCA = "Syndicat national du contrôle aérien"
ROCH = "Isabelle Rochefort-Lamy"
SAM = "Société aéroportuaire de Montsaurin"

NB = "\u00a0"  # no-break space
NNB = "\u202f"  # narrow no-break space

ARTICLES = [
    Article(
        id="ru-06-fares",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "backward-attribution", "ob-etom-soobshchili", "kak-zayavil", "dash-attribution",
               "pronoun", "po-ee-slovam", "inflected-name-forms", "partial-in-reported", "nested-quote",
               "low-high-quotes", "role-noun", "role-noun-after-other-gender", "otmetil-chto",
               "company-name-in-quotes", "unnamed-speaker", "org-speaker", "noun-object-not-a-quote",
               "female-speaker"),
        text="""\
В Северогорске с 1 марта подорожает проезд в общественном транспорте

СЕВЕРОГОРСК, 14 февраля. Стоимость проезда в автобусах и трамваях Северогорска с 1 марта вырастет с 45 до 52 рублей. Об этом сообщили в пресс-службе департамента транспорта Северогорска.

Как заявила на пресс-конференции директор департамента Ирина Волошина, повышение связано с ростом цен на топливо и запчасти. «Мы два года удерживали тариф, но дальше перевозчики просто начнут уходить с маршрутов», — сказала она.

По словам Волошиной, стоимость проездного для пенсионеров и студентов не изменится.

Депутат городской думы Артём Казанцев назвал решение «ударом по самым бедным». Он отметил, что зарплаты водителей за это время почти не выросли. «Когда мне говорят „это вынужденная мера“, я спрашиваю: а где отчёт о расходах?» — заявил депутат.

Глава департамента ответила, что отчёт опубликован на сайте мэрии. «Все цифры открыты, любой может проверить», — подчеркнула чиновница.

Перевозчик «Горавтотранс» поддержал повышение. Его генеральный директор Виктор Ладыгин сказал агентству «Север-Информ», что компания потратит дополнительные средства на закупку 20 новых автобусов.

Источник в мэрии сообщил, что вопрос о тарифах на такси пока не обсуждался.
""",
        actors=(
            O(DEPT),
            P(VOL, "Волошиной"),
            P(KAZ),
            O("Горавтотранс"),
            P(LAD),
            O("Север-Информ"),
        ),
        quotes=(
            R("Стоимость проезда в автобусах и трамваях Северогорска с 1 марта вырастет с 45 до 52 рублей", DEPT, DEPT,
              "Об этом сообщили"),
            R("повышение связано с ростом цен на топливо и запчасти", VOL, VOL, "Как заявила"),
            D("Мы два года удерживали тариф, но дальше перевозчики просто начнут уходить с маршрутов", VOL, "она",
              "— сказала"),
            R("стоимость проездного для пенсионеров и студентов не изменится", VOL, "Волошиной", "По словам"),
            D("ударом по самым бедным", KAZ, KAZ, "назвал"),
            R("зарплаты водителей за это время почти не выросли", KAZ, "Он", "отметил, что"),
            D("Когда мне говорят „это вынужденная мера“, я спрашиваю: а где отчёт о расходах?", KAZ, "депутат",
              "— заявил"),
            R("отчёт опубликован на сайте мэрии", VOL, "Глава департамента", "ответила, что"),
            D("Все цифры открыты, любой может проверить", VOL, "чиновница", "— подчеркнула"),
            R("компания потратит дополнительные средства на закупку 20 новых автобусов", LAD, LAD, "сказал"),
            R("вопрос о тарифах на такси пока не обсуждался", None, "Источник в мэрии", "сообщил, что"),
        ),
        notes="The press service of the named transport department speaks for it (genitive name, no nominative "
              "in the text). 'Глава департамента' and 'чиновница' are Волошина after the deputy spoke. "
              "«Горавтотранс» and «Север-Информ» are names in marks; «поддержал повышение» has a noun object.",
    ),
    Article(
        id="de-03-geburtsstation",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "headline-partial-quote", "teilte-mit", "backward-attribution",
               "konjunktiv-reported", "konjunktiv-no-cue", "sagte", "erklaerte", "laut", "so-x", "role-noun",
               "pronoun", "pronoun-after-other-gender", "speaker-after-reported", "partial-in-reported",
               "unnamed-speaker", "org-speaker", "noun-object-not-a-quote", "female-speaker"),
        text="""\
Kreisklinikum schließt Geburtsstation – Landrätin spricht von „bitterem Tag“

HARDENFELS (mrz) – Die Geburtsstation des Kreisklinikums Hardenfels wird zum 30. Juni geschlossen. Das teilte der Klinikträger, die Gesundheitsholding Oberland, am Dienstag mit. Grund sei der Mangel an Hebammen und Fachärzten.

„Wir haben über zwei Jahre versucht, Personal zu gewinnen. Am Ende konnten wir die Sicherheit der Mütter und Kinder nicht mehr garantieren“, sagte Geschäftsführer Reinhold Baumgartner. Die Entscheidung sei ihm nicht leichtgefallen.

Landrätin Ulrike Stegmann sprach von einem „bitteren Tag für den Landkreis“. Sie erklärte, der Kreis habe der Holding zusätzliche Mittel angeboten. „Geld allein bringt keine Hebamme nach Hardenfels“, sagte die Landrätin. Laut Stegmann sollen werdende Mütter künftig in Weidach entbinden, rund 40 Kilometer entfernt.

Der Hebammenverband Oberland kritisierte die Schließung scharf. Dessen Vorsitzende Petra Lohmeyer sagte, die Holding habe Verträge jahrelang nur befristet angeboten. „Wer Hebammen wie Saisonkräfte behandelt, darf sich nicht wundern“, so Lohmeyer.

Baumgartner wies das zurück. Die Befristungen hätten nur einen kleinen Teil der Stellen betroffen, sagte er.

Eine Mitarbeiterin der Station, die ihren Namen nicht nennen wollte, sagte: „Wir haben es aus der Zeitung erfahren.“
""",
        actors=(
            O("mrz"),
            O("Kreisklinikums Hardenfels"),
            O(GOLD_HOLD),
            P(BAUM, "Baumgartner"),
            P(STEG, "Stegmann"),
            O("Hebammenverband Oberland"),
            P(LOHM, "Lohmeyer"),
        ),
        quotes=(
            D("bitterem Tag", STEG, "Landrätin", "spricht von"),
            R("Die Geburtsstation des Kreisklinikums Hardenfels wird zum 30. Juni geschlossen", GOLD_HOLD, GOLD_HOLD,
              "teilte"),
            R("Grund sei der Mangel an Hebammen und Fachärzten", GOLD_HOLD, None, None),
            D("Wir haben über zwei Jahre versucht, Personal zu gewinnen. Am Ende konnten wir die Sicherheit der Mütter und Kinder nicht mehr garantieren",
              BAUM, BAUM, "sagte"),
            R("Die Entscheidung sei ihm nicht leichtgefallen", BAUM, None, None),
            D("bitteren Tag für den Landkreis", STEG, STEG, "sprach von"),
            R("der Kreis habe der Holding zusätzliche Mittel angeboten", STEG, "Sie", "erklärte"),
            D("Geld allein bringt keine Hebamme nach Hardenfels", STEG, "die Landrätin", "sagte"),
            R("sollen werdende Mütter künftig in Weidach entbinden, rund 40 Kilometer entfernt", STEG, "Stegmann",
              "Laut"),
            R("die Holding habe Verträge jahrelang nur befristet angeboten", LOHM, LOHM, "sagte"),
            D("Wer Hebammen wie Saisonkräfte behandelt, darf sich nicht wundern", LOHM, "Lohmeyer", "so"),
            R("Die Befristungen hätten nur einen kleinen Teil der Stellen betroffen", BAUM, "er", "sagte"),
            D("Wir haben es aus der Zeitung erfahren.", None, "Eine Mitarbeiterin der Station", "sagte"),
        ),
        notes="Two sentences in Konjunktiv I carry on the previous speaker with no cue of their own (mention and "
              "cue null). 'er' is Baumgartner after Lohmeyer spoke. 'kritisierte die Schließung' and 'wies das "
              "zurück' have noun objects. The Kreisklinikum only occurs in the genitive.",
    ),
    Article(
        id="ru-07-milk-prices",
        split="frozen",
        lang="ru",
        style="wire",
        cases=("guillemets", "backward-attribution", "dash-attribution", "po-ego-slovam", "kak-zayavil",
               "otmetil-chto", "shared-surname-no-merge", "gender-form-different-people", "pronoun",
               "partial-in-reported", "partial-quote-promise", "role-noun", "company-name-in-quotes",
               "opinion-cue-schitaet", "noun-object-not-a-quote", "female-speaker", "inflected-name-forms"),
        text="""\
Фермеры Приозерья пожаловались на закупочные цены на молоко

ПРИОЗЕРСК, 9 июня. Фермеры Приозерского района требуют от переработчиков повысить закупочные цены на молоко, которые за полгода снизились почти на 15%. Об этом журналистам рассказал председатель районной ассоциации фермеров Николай Зотов.

«Литр молока сейчас стоит дешевле литра воды в магазине. Так работать невозможно», — сказал Зотов. По его словам, за весну в районе закрылись четыре молочные фермы.

Его дочь Анна Зотова, которая руководит семейным хозяйством в селе Бережки, рассказала, что поголовье коров пришлось сократить вдвое. «Отец тридцать лет держал ферму, а я за один год довела её до грани», — призналась она.

В компании «Приозерский молочный комбинат», крупнейшем переработчике региона, ситуацию объясняют падением спроса. Как заявил её коммерческий директор Денис Рыбаков, комбинат «не может покупать молоко, которое потом некому продать». Он отметил, что компания готова заключать с фермерами долгосрочные договоры.

Министр сельского хозяйства области Людмила Ганиева пообещала «разобраться в ситуации». По словам министра, субсидии на литр молока в этом году будут увеличены.

Зотова, однако, считает, что этого недостаточно. «Субсидию обещают каждый год, а приходит она к осени», — сказала фермер.
""",
        actors=(
            P(ZOTOV, "Зотов"),
            P(ZOTOVA, "Зотова"),
            O(MILK),
            P(RYB),
            P(GAN),
        ),
        quotes=(
            R("Фермеры Приозерского района требуют от переработчиков повысить закупочные цены на молоко, которые за полгода снизились почти на 15%",
              ZOTOV, ZOTOV, "Об этом журналистам рассказал"),
            D("Литр молока сейчас стоит дешевле литра воды в магазине. Так работать невозможно", ZOTOV, "Зотов",
              "— сказал"),
            R("за весну в районе закрылись четыре молочные фермы", ZOTOV, "его", "По его словам"),
            R("поголовье коров пришлось сократить вдвое", ZOTOVA, ZOTOVA, "рассказала, что"),
            D("Отец тридцать лет держал ферму, а я за один год довела её до грани", ZOTOVA, "она", "— призналась"),
            R("комбинат «не может покупать молоко, которое потом некому продать»", RYB, RYB, "Как заявил"),
            D("не может покупать молоко, которое потом некому продать", RYB, RYB, "Как заявил"),
            R("компания готова заключать с фермерами долгосрочные договоры", RYB, "Он", "отметил, что"),
            D("разобраться в ситуации", GAN, GAN, "пообещала"),
            R("субсидии на литр молока в этом году будут увеличены", GAN, "министра", "По словам министра"),
            R("этого недостаточно", ZOTOVA, "Зотова", "считает, что"),
            D("Субсидию обещают каждый год, а приходит она к осени", ZOTOVA, "фермер", "— сказала"),
        ),
        notes="Father and daughter share the surname: 'Зотов' is Николай, 'Зотова' is Анна, never merged. "
              "«Приозерский молочный комбинат» is a company name in marks; 'объясняют падением спроса' and "
              "'пообещала разобраться' take a noun or infinitive (the promised words are still a direct quote).",
    ),
    Article(
        id="fr-04-greve",
        split="frozen",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "guillemets-narrow-nbsp", "guillemets-plain-space", "headline-colon-topic",
               "a-declare", "speaker-after-quote", "selon-lui", "a-estime-que", "one-word-partial",
               "partial-in-reported", "split-quote-a-t-il-ajoute", "pronoun", "org-speaker", "role-noun",
               "role-noun-after-other-gender", "spokesperson-for-org", "title-stripped-variant",
               "noun-object-not-a-quote", "selon", "female-speaker"),
        text=f"""\
Grève des contrôleurs aériens : l'aéroport de Montsaurin paralysé

MONTSAURIN, 18 mai (ACP) – Près de 200 vols ont été annulés jeudi à l'aéroport de Montsaurin en raison d'une grève des contrôleurs aériens, a indiqué la Société aéroportuaire de Montsaurin (SAM), qui gère la plateforme.

«{NB}Nous ne faisons pas grève contre les passagers, mais pour leur sécurité{NB}», a déclaré Laurent Fauvel, secrétaire général du Syndicat national du contrôle aérien (SNCA). Selon lui, les effectifs de la tour de contrôle ont baissé d'un quart en cinq ans.

La ministre des Transports, Isabelle Rochefort-Lamy, a estimé que la grève était «{NNB}disproportionnée{NNB}». «{NNB}Le dialogue n'a jamais été rompu, a-t-elle ajouté. Ma porte reste ouverte.{NNB}»

Le syndicat, lui, affirme qu'il n'a reçu aucune proposition écrite. « On nous parle de dialogue, mais on ne nous envoie rien », a regretté M. Fauvel.

Dans le hall des départs, la colère montait. «{NB}Mon frère se marie samedi à Carvène et je ne sais même pas si je pourrai y être{NB}», a confié une passagère, Nadia Belkacem, assise sur sa valise depuis six heures.

Selon la compagnie Air Mistral, la principale touchée, 14{NNB}000 passagers ont vu leur vol annulé. Son porte-parole a indiqué que les billets seraient remboursés ou échangés sans frais.

La ministre a annoncé une réunion avec les syndicats lundi. Interrogé sur une éventuelle reconduction du mouvement, le syndicaliste a répondu{NB}: «{NB}Tout dépendra de ce qui sera sur la table.{NB}»
""",
        actors=(
            O("ACP"),
            O(SAM, "SAM"),
            P(FAUV, "Fauvel"),
            O(SNCA, "SNCA"),
            P(ROCH),
            P("Nadia Belkacem"),
            O("Air Mistral"),
        ),
        quotes=(
            R("Près de 200 vols ont été annulés jeudi à l'aéroport de Montsaurin en raison d'une grève des contrôleurs aériens",
              SAM, SAM, "a indiqué"),
            D("Nous ne faisons pas grève contre les passagers, mais pour leur sécurité", FAUV, FAUV, "a déclaré"),
            R("les effectifs de la tour de contrôle ont baissé d'un quart en cinq ans", FAUV, "lui", "Selon lui"),
            R(f"la grève était «{NNB}disproportionnée{NNB}»", ROCH, ROCH, "a estimé que"),
            D("disproportionnée", ROCH, ROCH, "a estimé que"),
            D("Le dialogue n'a jamais été rompu,", ROCH, "elle", "a-t-elle ajouté"),
            D("Ma porte reste ouverte.", ROCH, "elle", "a-t-elle ajouté"),
            R("il n'a reçu aucune proposition écrite", SNCA, "Le syndicat", "affirme"),
            D("On nous parle de dialogue, mais on ne nous envoie rien", FAUV, "Fauvel", "a regretté"),
            D("Mon frère se marie samedi à Carvène et je ne sais même pas si je pourrai y être", "Nadia Belkacem",
              "Nadia Belkacem", "a confié"),
            R(f"14{NNB}000 passagers ont vu leur vol annulé", "Air Mistral", "Air Mistral", "Selon"),
            R("les billets seraient remboursés ou échangés sans frais", "Air Mistral", "Son porte-parole",
              "a indiqué que"),
            D("Tout dépendra de ce qui sera sur la table.", FAUV, "le syndicaliste", "a répondu"),
        ),
        notes="The headline's 'Grève des contrôleurs aériens :' is a topic, not a speaker. The unnamed spokesman "
              "of the named Air Mistral speaks for it. 'le syndicaliste' is Fauvel after the minister (a woman) "
              "and the airline. 'a annoncé une réunion' has a noun object.",
    ),
]
