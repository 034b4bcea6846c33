# ruff: noqa: E501
"""Third batch: Russian, French, German and Ukrainian articles (all invented), each in its own press style.

Written without reading the quote rules or any frozen file. Russian: « » with „ “ inside, «— сказал
министр», «По словам X», «по его мнению», a headline quote whose speaker is only in the body, «написала в
Telegram-канале», a pronoun pointing past another woman; French: « » with no-break spaces, «Pour X», an incise
«a-t-il rappelé», «l'élue» pointing past another woman; German: „ “, Konjunktiv I without a cue, «betonte er»
pointing past another man, «laut», «so X», an organisation and then its unnamed spokesman; Ukrainian: « »,
«— сказав X», «За словами X», «— наголосила речниця» pointing past another woman.
"""

from check_gold import Article, D, O, P, R

RZH = "Геннадий Ржевский"
SHAKH = "Алина Шахова"
TIKH = "Борис Тихомиров"
OPSO = "Общественной палаты Старолесской области"
VER = "Ольга Верещагина"
LIS = "Тамара Лисицына"
GAF = "Эльвира Гафурова"
SHEV = "Игорь Шевчук"
FELD = "Markus Feldhaus"
NORDP = "Nordpapier"
VASS = "Claire Vasseur"
BENA = "Karim Benali"
USP = "Union syndicale des papetiers"
LEMQ = "Sophie Lemarquis"
ROUX = "Nathalie Roux"
GEM = "Gemeinde Kirchwalden"
WEND = "Tobias Wendlinger"
BRUE = "Hannelore Brückner"
OBER = "Ralf Oberdorfer"
NORDW = "Nordwind Energie GmbH"
SOER = "Arne Sörensen"
YMR = "Ясенівській міській раді"
MEL = "Тарас Мельничук"
BUD = "Будшлях-Захід"
KOV = "Ярослава Коваль"
HNAT = "Оксана Гнатюк"

ARTICLES = [
    Article(
        id="ru-08-airport",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "backward-attribution", "ob-etom-soobshchil", "dash-attribution", "role-noun",
               "po-slovam", "inflected-name-forms", "two-speakers-same-org", "pronoun", "female-speaker",
               "partial-in-reported", "in-his-opinion", "nested-quote", "quote-inside-quote-other-speaker",
               "low-high-quotes", "role-noun-after-other-gender", "partial-quote-promise", "unnamed-speaker",
               "company-name-in-quotes", "indirect-question-not-a-quote"),
        text="""\
Аэропорт Старолесья закроют на реконструкцию до осени

СТАРОЛЕСЬЕ, 3 апреля. Аэропорт Старолесья с 1 мая прекратит принимать пассажирские рейсы на время реконструкции взлётно-посадочной полосы. Об этом сообщил министр транспорта Старолесской области Геннадий Ржевский.

«Полосу не ремонтировали с 1987 года. Дальше откладывать нельзя, иначе мы закроем аэропорт не на полгода, а навсегда», — сказал министр на заседании областного правительства.

По словам Ржевского, работы обойдутся в 2,4 млрд рублей, а рейсы в столицу на это время перенесут в Верхнеозёрск.

Его заместитель Алина Шахова уточнила, что до Верхнеозёрска пассажиров будут бесплатно довозить автобусы от железнодорожного вокзала. «Расписание мы согласуем с авиакомпаниями до 20 апреля», — отметила она.

Председатель Общественной палаты Старолесской области Борис Тихомиров назвал решение «запоздалым, но правильным». Однако, по его мнению, дорога займёт у пассажиров до пяти часов. «Мне вчера звонила пенсионерка из Заречья и спрашивает: „Как я теперь к внукам полечу?“ Что ей ответить?» — рассказал он.

Замминистра пообещала, что для пенсионеров и инвалидов организуют отдельный трансфер.

Авиакомпания «СеверАвиа», выполняющая большую часть рейсов из Старолесья, пока не решила, вернётся ли она в аэропорт после открытия. Источник, знакомый с ситуацией, сообщил агентству «Регион-Информ», что компания ведёт переговоры о субсидиях.

Ржевский, в свою очередь, заверил, что аэропорт откроется не позднее 15 октября.
""",
        actors=(
            P(RZH, "Ржевского", "Ржевский"),
            P(SHAKH),
            O(OPSO),
            P(TIKH),
            O("СеверАвиа"),
            O("Регион-Информ"),
        ),
        quotes=(
            R("Аэропорт Старолесья с 1 мая прекратит принимать пассажирские рейсы на время реконструкции взлётно-посадочной полосы",
              RZH, RZH, "Об этом сообщил"),
            D("Полосу не ремонтировали с 1987 года. Дальше откладывать нельзя, иначе мы закроем аэропорт не на полгода, а навсегда",
              RZH, "министр", "— сказал"),
            R("работы обойдутся в 2,4 млрд рублей, а рейсы в столицу на это время перенесут в Верхнеозёрск", RZH,
              "Ржевского", "По словам"),
            R("до Верхнеозёрска пассажиров будут бесплатно довозить автобусы от железнодорожного вокзала", SHAKH, SHAKH,
              "уточнила, что"),
            D("Расписание мы согласуем с авиакомпаниями до 20 апреля", SHAKH, "она", "— отметила"),
            D("запоздалым, но правильным", TIKH, TIKH, "назвал"),
            R("дорога займёт у пассажиров до пяти часов", TIKH, "его", "по его мнению"),
            D("Мне вчера звонила пенсионерка из Заречья и спрашивает: „Как я теперь к внукам полечу?“ Что ей ответить?",
              TIKH, "он", "— рассказал"),
            R("для пенсионеров и инвалидов организуют отдельный трансфер", SHAKH, "Замминистра", "пообещала, что"),
            R("компания ведёт переговоры о субсидиях", None, "Источник, знакомый с ситуацией", "сообщил"),
            R("аэропорт откроется не позднее 15 октября", RZH, "Ржевский", "заверил, что"),
        ),
        notes="Ржевский and his deputy Шахова speak for one ministry (never named as a body). 'Замминистра' "
              "(feminine verb) is Шахова after Тихомиров spoke. The pensioner's words inside Тихомиров's quote "
              "are nested. 'пока не решила, вернётся ли' is an indirect question; «СеверАвиа» and "
              "«Регион-Информ» are names in marks.",
    ),
    Article(
        id="ru-09-school-picket",
        split="frozen",
        lang="ru",
        style="wire",
        cases=("guillemets", "headline-quote", "headline-quote-speaker-in-body", "wrote-on-telegram",
               "dash-attribution", "pronoun", "pronoun-same-gender-intervening", "female-speaker", "role-noun",
               "role-noun-after-other-speaker", "partial-in-reported", "po-ego-slovam", "video-address",
               "infinitive-cue-not-a-quote", "unnamed-speaker", "noun-object-not-a-quote"),
        text="""\
«Школу не закроют»: в Липовце родители вышли на пикет

ЛИПОВЕЦ, 12 сентября. Около двухсот родителей вышли в четверг на пикет у здания администрации Липовецкого района, протестуя против объединения сельской школы в Кленовке с районной гимназией.

Глава района Ольга Верещагина написала в своём Telegram-канале, что решение об объединении пока не принято. «Школа не будет закрыта. Речь идёт только об общей администрации», — подчеркнула она.

Однако начальник районного управления образования Тамара Лисицына накануне признала на встрече с учителями, что с 1 января старшеклассников будут возить в гимназию на автобусе. «Содержать отдельную школу для шестидесяти детей район не может», — сказала чиновница.

Председатель родительского комитета Эльвира Гафурова назвала заявление главы района «попыткой успокоить людей до выборов». «Нам говорят одно, а в документах написано другое», — добавила она.

Вечером Верещагина приехала к пикетчикам. Лисицына на встречу не пришла. «Я отвечаю за свои слова и готова подписать гарантии», — заверила она собравшихся.

Депутат областного собрания Игорь Шевчук в видеообращении пообещал добиться проверки. По его словам, администрация района уже заказала проект расширения гимназии. «Кто-то здесь говорит неправду, и я выясню, кто именно», — заявил депутат.

Собеседник в региональном министерстве просвещения сообщил, что окончательное решение примут после общественных слушаний в октябре.
""",
        actors=(
            O("администрации Липовецкого района"),
            P(VER, "Верещагина"),
            P(LIS, "Лисицына"),
            P(GAF),
            P(SHEV),
        ),
        quotes=(
            D("Школу не закроют", VER, None, None),
            R("решение об объединении пока не принято", VER, VER, "написала в своём Telegram-канале, что"),
            D("Школа не будет закрыта. Речь идёт только об общей администрации", VER, "она", "— подчеркнула"),
            R("с 1 января старшеклассников будут возить в гимназию на автобусе", LIS, LIS, "признала"),
            D("Содержать отдельную школу для шестидесяти детей район не может", LIS, "чиновница", "— сказала"),
            D("попыткой успокоить людей до выборов", GAF, GAF, "назвала"),
            D("Нам говорят одно, а в документах написано другое", GAF, "она", "— добавила"),
            D("Я отвечаю за свои слова и готова подписать гарантии", VER, "она", "— заверила"),
            R("администрация района уже заказала проект расширения гимназии", SHEV, "его", "По его словам"),
            D("Кто-то здесь говорит неправду, и я выясню, кто именно", SHEV, "депутат", "— заявил"),
            R("окончательное решение примут после общественных слушаний в октябре", None,
              "Собеседник в региональном министерстве просвещения", "сообщил, что"),
        ),
        notes="The headline quote has no cue; its speaker Верещагина is only in the body (who says it in other "
              "words). 'заверила она' is Верещагина, two sentences back, with Лисицына (also a woman) in between: "
              "Лисицына did not come. 'пообещал добиться проверки' takes an infinitive. The regional ministry is "
              "not named, so its source is unnamed.",
    ),
    Article(
        id="fr-05-papeterie",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "headline-quote", "a-declare", "org-speaker", "org-then-spokesperson",
               "spokesperson-for-org", "partial-in-reported", "pour-x", "split-quote-a-t-il-ajoute",
               "nested-quote", "quote-inside-quote-other-speaker", "curly-double", "pronoun", "female-speaker",
               "a-affirme-que", "selon", "unnamed-speaker", "unnamed-between-named", "role-noun",
               "role-noun-after-other-speaker", "noun-object-not-a-quote", "title-stripped-variant"),
        text="""\
Papeterie de Vaudrecourt\u00a0: «\u00a0Nous ne partirons pas sans garanties\u00a0», préviennent les salariés

VAUDRECOURT, 14 novembre (Presse-Ouest) – La direction de la papeterie de Vaudrecourt a confirmé jeudi la fermeture du site, qui emploie 240 personnes, d'ici à juin, invoquant la chute des commandes de papier journal.

«\u00a0Nous avons cherché un repreneur pendant dix-huit mois. Aucun n'a présenté d'offre sérieuse\u00a0», a déclaré le directeur du site, Markus Feldhaus, lors d'un comité social et économique extraordinaire.

Le groupe Nordpapier, propriétaire de l'usine, a indiqué dans un communiqué que «\u00a0toutes les solutions de reclassement\u00a0» seraient proposées aux salariés. Sa porte-parole, Claire Vasseur, a précisé que 60 postes pourraient être offerts sur le site de Brévannes, à 80 kilomètres.

Pour Karim Benali, délégué de l'Union syndicale des papetiers, ces promesses «\u00a0ne valent rien tant qu'elles ne sont pas écrites\u00a0». «\u00a0On nous a déjà promis la même chose en 2019, a-t-il rappelé. Le directeur de l'époque nous avait dit\u00a0: “Personne ne sera laissé au bord de la route.” Trente collègues attendent encore.\u00a0»

La ministre déléguée chargée de l'Industrie, Sophie Lemarquis, s'est dite «\u00a0très préoccupée\u00a0». Interrogée sur Radio Horizon, elle a affirmé que l'État examinerait «\u00a0chaque piste\u00a0», y compris une reprise par les salariés.

Selon une source proche du dossier, un fonds d'investissement belge aurait manifesté son intérêt ces derniers jours. La direction n'a pas souhaité commenter.

La maire de Vaudrecourt, Nathalie Roux, a demandé à être reçue au ministère. Mme Lemarquis doit se rendre sur place la semaine prochaine. «\u00a0C'est le premier employeur de la vallée, on ne peut pas le laisser partir comme ça\u00a0», a insisté l'élue.

Mme Vasseur a seulement indiqué que le calendrier «\u00a0ne change pas\u00a0».
""",
        actors=(
            O("Presse-Ouest"),
            P(FELD),
            O(NORDP),
            P(VASS, "Vasseur"),
            P(BENA),
            O(USP),
            P(LEMQ, "Lemarquis"),
            O("Radio Horizon"),
            P(ROUX),
        ),
        quotes=(
            D("Nous ne partirons pas sans garanties", None, "les salariés", "préviennent"),
            D("Nous avons cherché un repreneur pendant dix-huit mois. Aucun n'a présenté d'offre sérieuse", FELD, FELD,
              "a déclaré"),
            R("«\u00a0toutes les solutions de reclassement\u00a0» seraient proposées aux salariés", NORDP, NORDP,
              "a indiqué dans un communiqué que"),
            D("toutes les solutions de reclassement", NORDP, NORDP, "a indiqué dans un communiqué que"),
            R("60 postes pourraient être offerts sur le site de Brévannes, à 80 kilomètres", VASS, VASS, "a précisé que"),
            R("ces promesses «\u00a0ne valent rien tant qu'elles ne sont pas écrites\u00a0»", BENA, BENA, "Pour"),
            D("ne valent rien tant qu'elles ne sont pas écrites", BENA, BENA, "Pour"),
            D("On nous a déjà promis la même chose en 2019,", BENA, "il", "a-t-il rappelé"),
            D("Le directeur de l'époque nous avait dit\u00a0: “Personne ne sera laissé au bord de la route.” Trente collègues attendent encore.",
              BENA, "il", "a-t-il rappelé"),
            D("très préoccupée", LEMQ, LEMQ, "s'est dite"),
            R("l'État examinerait «\u00a0chaque piste\u00a0», y compris une reprise par les salariés", LEMQ, "elle",
              "a affirmé que"),
            D("chaque piste", LEMQ, "elle", "a affirmé que"),
            R("un fonds d'investissement belge aurait manifesté son intérêt ces derniers jours", None,
              "une source proche du dossier", "Selon"),
            D("C'est le premier employeur de la vallée, on ne peut pas le laisser partir comme ça", ROUX, "l'élue",
              "a insisté"),
            R("le calendrier «\u00a0ne change pas\u00a0»", VASS, "Vasseur", "a seulement indiqué que"),
            D("ne change pas", VASS, "Vasseur", "a seulement indiqué que"),
        ),
        notes="Nordpapier's statement is followed by its named spokeswoman. 'l'élue' is the mayor Roux, two "
              "sentences back, with the minister Lemarquis (also a woman) named in between. The former director's "
              "words inside Benali's quote are nested. 'a confirmé la fermeture', 'a demandé à être reçue' and "
              "'n'a pas souhaité commenter' are not quotes; the headline quote is the workers' (a generic group).",
    ),
    Article(
        id="de-04-windpark",
        split="frozen",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "teilte-mit", "backward-attribution", "sagte", "konjunktiv-reported",
               "konjunktiv-no-cue", "continuation-no-cue", "im-gespraech-mit", "two-speakers-same-org", "pronoun",
               "pronoun-same-gender-intervening", "erklaerte", "laut", "so-x", "org-speaker",
               "unnamed-spokesperson-org", "noun-object-not-a-quote", "inflected-name-forms", "female-speaker"),
        text="""\
Windpark am Hollerberg: Gemeinderat stimmt gegen Bürgerbefragung

KIRCHWALDEN (dpz) – Der Gemeinderat von Kirchwalden hat am Montagabend mit elf zu neun Stimmen den Bau von sechs Windrädern am Hollerberg genehmigt. Das teilte die Gemeinde Kirchwalden am Dienstag mit. Bei einer Bürgerbefragung im Frühjahr hatten sich 58 Prozent gegen das Projekt ausgesprochen.

„Wir haben die Sorgen der Anwohner ernst genommen, aber wir können nicht gegen jedes Windrad sein und uns dann über Strompreise beklagen“, sagte Bürgermeister Tobias Wendlinger. Der Abstand zu den Häusern liege deutlich über dem gesetzlichen Minimum.

Die Bürgerinitiative Gegenwind Hollerberg kündigte rechtliche Schritte an. Ihre Sprecherin Hannelore Brückner sagte im Gespräch mit dem Kirchwaldener Boten, man habe 1400 Unterschriften gesammelt. „Die haben uns einfach überstimmt. Was ist eine Bürgerbefragung dann noch wert?“

Auch Wendlingers Stellvertreter Ralf Oberdorfer (Freie Liste) stimmte gegen das Projekt. „Ich halte den Standort für falsch, nicht die Windkraft“, sagte Oberdorfer. Er verwies auf ein Brutgebiet des Rotmilans am Nordhang.

Wendlinger wies den Vorwurf zurück, den Bürgerwillen zu missachten. Oberdorfer habe dem Projekt im Bauausschuss noch zugestimmt. Die Befragung sei zudem rechtlich nicht bindend gewesen, betonte er.

Der Projektierer, die Nordwind Energie GmbH, erklärte, man sei offen für Gespräche mit den Anwohnern. Laut Geschäftsführer Arne Sörensen sollen die Anlagen Ende 2026 ans Netz gehen. Ein Sprecher des Unternehmens sagte, ein Teil der Erlöse solle in einen Bürgerfonds fließen.

„Mit Geld lässt sich nicht alles kaufen“, so Brückner.
""",
        actors=(
            O("dpz"),
            O("Gemeinderat von Kirchwalden"),
            O(GEM),
            P(WEND, "Wendlinger", "Wendlingers"),
            O("Bürgerinitiative Gegenwind Hollerberg"),
            P(BRUE, "Brückner"),
            O("Kirchwaldener Boten"),
            P(OBER, "Oberdorfer"),
            O("Freie Liste"),
            O(NORDW),
            P(SOER),
        ),
        quotes=(
            R("Der Gemeinderat von Kirchwalden hat am Montagabend mit elf zu neun Stimmen den Bau von sechs Windrädern am Hollerberg genehmigt",
              GEM, GEM, "teilte"),
            D("Wir haben die Sorgen der Anwohner ernst genommen, aber wir können nicht gegen jedes Windrad sein und uns dann über Strompreise beklagen",
              WEND, WEND, "sagte"),
            R("Der Abstand zu den Häusern liege deutlich über dem gesetzlichen Minimum", WEND, None, None),
            R("man habe 1400 Unterschriften gesammelt", BRUE, BRUE, "sagte im Gespräch mit"),
            D("Die haben uns einfach überstimmt. Was ist eine Bürgerbefragung dann noch wert?", BRUE, None, None),
            D("Ich halte den Standort für falsch, nicht die Windkraft", OBER, "Oberdorfer", "sagte"),
            R("Oberdorfer habe dem Projekt im Bauausschuss noch zugestimmt", WEND, None, None),
            R("Die Befragung sei zudem rechtlich nicht bindend gewesen", WEND, "er", "betonte"),
            R("man sei offen für Gespräche mit den Anwohnern", NORDW, NORDW, "erklärte"),
            R("sollen die Anlagen Ende 2026 ans Netz gehen", SOER, SOER, "Laut"),
            R("ein Teil der Erlöse solle in einen Bürgerfonds fließen", NORDW, "Ein Sprecher des Unternehmens", "sagte"),
            D("Mit Geld lässt sich nicht alles kaufen", BRUE, "Brückner", "so"),
        ),
        notes="Wendlinger and his deputy Oberdorfer sit on one council. 'betonte er' is Wendlinger, two sentences "
              "back, with Oberdorfer named in between (the Konjunktiv sentence about Oberdorfer carries on "
              "Wendlinger, with no cue). Brückner's second sentence in marks has no cue of its own. The unnamed "
              "spokesman of the named company is the company. 'kündigte rechtliche Schritte an', 'verwies auf' "
              "and 'wies den Vorwurf zurück' have noun objects.",
    ),
    Article(
        id="uk-01-bridge",
        split="dev",
        lang="uk",
        style="wire",
        cases=("guillemets", "backward-attribution", "dash-attribution", "za-slovamy", "inflected-name-forms",
               "org-speaker", "org-then-spokesperson", "spokesperson-for-org", "pronoun", "female-speaker",
               "wrote-on-telegram", "nested-quote", "quote-inside-quote-other-speaker", "straight-double",
               "role-noun", "role-noun-after-other-speaker", "video-address", "unnamed-speaker",
               "company-name-in-quotes", "noun-object-not-a-quote"),
        text="""\
У Ясеневі відкрили рух відремонтованим мостом через Ясенку

ЯСЕНІВ, 5 жовтня. Після восьми місяців ремонту в Ясеневі відкрили автомобільний рух мостом через річку Ясенку. Про це повідомили в Ясенівській міській раді.

«Міст розрахований на п'ятдесят років, і ми перевіряли кожну опору», — сказав міський голова Тарас Мельничук під час відкриття.

За словами Мельничука, ремонт коштував 86 мільйонів гривень, із яких 30 мільйонів надав міжнародний донор.

Підрядник, компанія «Будшлях-Захід», заявив, що роботи завершили на два тижні раніше від графіка. Речниця компанії Ярослава Коваль уточнила, що гарантія на міст становить десять років. «Якщо з'явиться хоч одна тріщина, ми приїдемо й виправимо її власним коштом», — заявила вона.

Депутатка міської ради Оксана Гнатюк нагадала у своєму Telegram-каналі, що ремонт обіцяли завершити ще в березні. «Нас запевняли: "Три місяці — і поїдете". Минуло вісім», — написала вона.

Коваль пояснила затримку нестачею сталевих балок. «Ми три місяці чекали на метал, і це не наша провина», — наголосила речниця.

Мельничук у вечірньому відеозверненні подякував будівельникам і заявив, що наступним відремонтують шляхопровід на вулиці Садовій.

Джерело в міській раді розповіло, що грошей на шляхопровід у бюджеті наступного року поки немає.
""",
        actors=(
            O(YMR),
            P(MEL, "Мельничука", "Мельничук"),
            O(BUD),
            P(KOV, "Коваль"),
            P(HNAT),
        ),
        quotes=(
            R("Після восьми місяців ремонту в Ясеневі відкрили автомобільний рух мостом через річку Ясенку", YMR, YMR,
              "Про це повідомили"),
            D("Міст розрахований на п'ятдесят років, і ми перевіряли кожну опору", MEL, MEL, "— сказав"),
            R("ремонт коштував 86 мільйонів гривень, із яких 30 мільйонів надав міжнародний донор", MEL, "Мельничука",
              "За словами"),
            R("роботи завершили на два тижні раніше від графіка", BUD, BUD, "заявив, що"),
            R("гарантія на міст становить десять років", KOV, KOV, "уточнила, що"),
            D("Якщо з'явиться хоч одна тріщина, ми приїдемо й виправимо її власним коштом", KOV, "вона", "— заявила"),
            R("ремонт обіцяли завершити ще в березні", HNAT, HNAT, "нагадала у своєму Telegram-каналі, що"),
            D('Нас запевняли: "Три місяці — і поїдете". Минуло вісім', HNAT, "вона", "— написала"),
            D("Ми три місяці чекали на метал, і це не наша провина", KOV, "речниця", "— наголосила"),
            R("наступним відремонтують шляхопровід на вулиці Садовій", MEL, "Мельничук", "заявив, що"),
            R("грошей на шляхопровід у бюджеті наступного року поки немає", None, "Джерело в міській раді",
              "розповіло, що"),
        ),
        notes="The company speaks, then its named spokeswoman. 'речниця' is Коваль after Гнатюк (also a woman) "
              "spoke. The promise inside Гнатюк's quote is nested (straight marks inside « »). 'пояснила затримку "
              "нестачею' and 'подякував будівельникам' have noun objects. The city council is named only in the "
              "locative ('в Ясенівській міській раді'); its unnamed source is null. The apostrophes in п'ятдесят "
              "and з'явиться are letters, not marks.",
    ),
]
