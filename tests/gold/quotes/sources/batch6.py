# ruff: noqa: E501
"""Sixth batch (blind, all frozen): six machine-translated English copies of Russian state-media style, three
wire, two opinion, one Russian, one French, one German (all invented).

Written straight into the frozen split without reading the rules, the frozen files or any score, and never run
through unspin while being written. Aimed at: quote-dash attributions in machine-translated English
(`," — said X.`, `- said the governor. -`), "This was stated / reported by X", "the representative of the
Ministry of ...", role nouns ("the deputy minister", "the chief rescuer of the region", "the defender", "the
press secretary") pointing back past another speaker, names spelt two or three ways (Kudelin / Kudyelin /
Ya. Kudelin, Vetlugina / Vetlugin / Olesia Vetlugina, Galeev / Galeyev, Zubarev / Zoubarev), quotes inside
quotes that never close, a headline printed twice, a quote that never closes at the end of an article, a quote
running over two paragraphs, unnamed sources, bodies as speakers, partial quotes inside reported speech,
backward attribution and leads attributed at their end, scare quotes and document phrases in opinion pieces,
Russian «...» — заявила X / Об этом сообщила X / Чиновница, French incises and «une source ... a-t-elle»,
German »...« with Konjunktiv continuations, "so die Vorsitzende" and "Das teilte ... mit".
"""

from check_gold import Article, D, O, P, R

# en-mt-01
MOT = "Ministry of Transport"
KUD = "Yaroslav Kudelin"
OSTA = "Marina Ostapchuk"

# en-mt-02
VET = "Olesya Vetlugina"
FMV = "Foreign Ministry of Valdoria"
SFM = "Ministry of Foreign Affairs of Sarelia"

# en-mt-03
GAL = "Timur Galeev"
LYA = "Boris Lyapunov"
MES = "Ministry of Emergency Situations"

# en-mt-04
ZUB = "Kirill Zubarev"
SAN = "Henrik Sandell"
LFM = "Ministry of Foreign Affairs of Lundvall"
EKL = "Maria Eklund"

# en-mt-05
COURT = "Zavodskoy district court of Zelenodolsk"
KOS = "Gennady Kostylev"
ICOM = "Investigative Committee"
DUB = "Anna Dubrovskaya"

# en-mt-06
MOE = "Ministry of Energy of Valdoria"
RAK = "Zalina Rakhimova"
YSS = "Yugsetservice"
TAM = "Oleg Tamarin"

# en-wire-01
AERO = "Aerotarvella"
IBA = "Marco Ibarra"
ATAP = "Association of Tarvellan Airline Pilots"
FER = "Lucia Ferro"

# en-wire-02
SAL = "Rodrigo Salas"
DUA = "Pirotecnia Duarte"
VAL = "Inés Valverde"
PEN = "Marisol Peña"

# en-wire-03
BOO = "Bank of Ostmark"
MAR = "Elin Markussen"
HRU = "Pavel Hruby"
BRE = "Ole Brekke"
SVK = "Karl Sandvik"

# en-op-01
PRY = "Janet Pryce"
COLE = "Edna Cole"
ADE = "Tom Adeyemi"

# en-op-02
GRA = "Albert Grauer"
LIN = "Sofia Lindahl"
MOF = "Ministry of Finance"
HOLT = "Maja Holt"

# ru-01
SVE = "Галина Сверчкова"
ZUE = "Антонина Зуева"
MINOBR = "министерстве образования Лужской области"
LAD = "Виктор Ладыгин"

# fr-01
FORG = "Forges de Montbrelan"
ARN = "Philippe Arnoult"
USM = "Union syndicale des métaux"
BEN = "Karim Benhadj"
PREF = "préfecture du Haut-Lizon"
VAS = "Jean-Paul Vasseur"

# de-01
STW = "Stadtwerke Kellbach"
OSTD = "Rainer Ostendorf"
MVK = "Mieterverein Kellbach"
TAMM = "Ulrike Tamm"
HEI = "Frank Heisig"
SKB = "Stadt Kellbach"

ARTICLES = [
    Article(
        id="batch6-en-mt-01-ferry",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "org-speaker", "backward-attribution", "dash-attribution",
               "role-noun", "according-to", "pronoun", "partial-in-reported", "told-that", "female-speaker",
               "role-noun-after-other-speaker", "misspelt-surname", "initials", "unclosed-quote",
               "straight-double"),
        text="""\
Ministry of Transport: ferry crossing to Sosnovy island will resume work in May

Ministry of Transport: ferry crossing to Sosnovy island will resume work in May

KALINOVSK, 12 March. /RIAN-Sever/. The ferry crossing between Kalinovsk and Sosnovy island, closed since November because of ice, will resume work on May 5. This was stated on Tuesday by the deputy minister of transport of the Priozerny region Yaroslav Kudelin.

"Both ferries have passed repair at the shipyard, the crews are fully staffed. If the ice goes earlier, we will start earlier," — said Kudelin.

According to the deputy minister, the price of a ticket will stay at last year's level. He also said that the third vessel will be purchased "not earlier than 2026".

The head of the island settlement Marina Ostapchuk told that residents are tired of the helicopter, which flies only twice a week. "For five months the island is cut off from the hospital. Every winter the same story," — told Ostapchuk.

The representative of the Ministry of Transport answered that the department is considering the construction of a pontoon bridge. "The project exists, but it costs like three ferries," — said Kudyelin.

As Ya. Kudelin noted, the final decision will be made by the regional government "before autumn.
""",
        actors=(
            O(MOT),
            O("RIAN-Sever"),
            P(KUD, "Kudelin", "Kudyelin", "Ya. Kudelin"),
            P(OSTA, "Ostapchuk"),
        ),
        quotes=(
            R("ferry crossing to Sosnovy island will resume work in May", MOT, MOT, ":", after="Ministry of Transport: "),
            R("ferry crossing to Sosnovy island will resume work in May", MOT, MOT, ":",
              after="in May\n\nMinistry of Transport: "),
            R("The ferry crossing between Kalinovsk and Sosnovy island, closed since November because of ice, will resume work on May 5",
              KUD, KUD, "This was stated"),
            D("Both ferries have passed repair at the shipyard, the crews are fully staffed. If the ice goes earlier, we will start earlier,",
              KUD, "Kudelin", "— said"),
            R("the price of a ticket will stay at last year's level", KUD, "the deputy minister", "According to"),
            R('the third vessel will be purchased "not earlier than 2026"', KUD, "He", "also said that"),
            D("not earlier than 2026", KUD, "He", "also said that"),
            R("residents are tired of the helicopter, which flies only twice a week", OSTA, OSTA, "told that"),
            D("For five months the island is cut off from the hospital. Every winter the same story,", OSTA,
              "Ostapchuk", "— told"),
            R("the department is considering the construction of a pontoon bridge", KUD,
              "The representative of the Ministry of Transport", "answered that"),
            D("The project exists, but it costs like three ferries,", KUD, "Kudyelin", "— said"),
            R('the final decision will be made by the regional government "before autumn', KUD, "Ya. Kudelin", "noted"),
            D("before autumn.", KUD, "Ya. Kudelin", "noted"),
        ),
        notes="The headline, printed twice, is the ministry's; the body gives it to the deputy minister, then 'the "
              "deputy minister', 'He', 'The representative of the Ministry of Transport' (after Ostapchuk spoke), "
              "a misspelt 'Kudyelin' and 'Ya. Kudelin'. The last partial quote never closes and runs to the end of "
              "the article.",
    ),
    Article(
        id="batch6-en-mt-02-consulate",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "headline-partial-quote", "backward-attribution", "dash-attribution",
               "unclosed-inner-quote", "nested-quote", "the-diplomat", "according-to", "pronoun", "female-speaker",
               "partial-in-reported", "partial-quote-noun-object", "org-speaker", "unnamed-speaker", "told-outlet",
               "role-noun-after-other-speaker", "wrong-gender-surname", "transliteration", "straight-double"),
        text="""\
Vetlugina: the closure of the consulate in Tervola is "a step into emptiness"

LESNOGRAD, 27 September. /Valdpress/. Lesnograd will not leave without an answer the decision of the Sarelian authorities to close the consulate general of Valdoria in Tervola. This was stated at the weekly briefing by the official spokeswoman of the Foreign Ministry of Valdoria Olesya Vetlugina.

"The Sarelian side informed us about the closure with a note of two lines. Our colleagues in Kaari wrote literally: "in connection with the optimization of the consular network. What optimization, if people wait for a visa three months?" — said Vetlugina.

According to the diplomat, about 40 thousand citizens of Valdoria live in the consular district. She noted that Lesnograd "will take into account the behaviour of Kaari" when deciding on the work of the Sarelian consulate in Ozernets.

The Ministry of Foreign Affairs of Sarelia explained the decision by "the reduction of the budget". A diplomatic source in Kaari told the newspaper Kaari Sanomat that the consulate "lost its meaning after the end of transit".

"We have heard such explanations before. Let them explain it to the people who will now travel 600 kilometres for one certificate," — answered the representative of the Foreign Ministry.

Earlier Vetlugin said that the staff of the consulate will leave Tervola before October 15, and the embassy in Kaari will take over the consular district. As Olesia Vetlugina reminded, the consulate in Tervola worked since 1994.
""",
        actors=(
            O("Valdpress"),
            P(VET, "Vetlugina", "Vetlugin", "Olesia Vetlugina"),
            O(FMV, "Foreign Ministry"),
            O(SFM),
            O("Kaari Sanomat"),
        ),
        quotes=(
            R('the closure of the consulate in Tervola is "a step into emptiness"', VET, "Vetlugina", ":"),
            D("a step into emptiness", VET, "Vetlugina", ":"),
            R("Lesnograd will not leave without an answer the decision of the Sarelian authorities to close the consulate general of Valdoria in Tervola",
              VET, VET, "This was stated"),
            D('The Sarelian side informed us about the closure with a note of two lines. Our colleagues in Kaari wrote literally: "in connection with the optimization of the consular network. What optimization, if people wait for a visa three months?',
              VET, "Vetlugina", "— said"),
            R("about 40 thousand citizens of Valdoria live in the consular district", VET, "the diplomat", "According to"),
            R('Lesnograd "will take into account the behaviour of Kaari" when deciding on the work of the Sarelian consulate in Ozernets',
              VET, "She", "noted that"),
            D("will take into account the behaviour of Kaari", VET, "She", "noted that"),
            D("the reduction of the budget", SFM, "The Ministry of Foreign Affairs of Sarelia", "explained the decision by"),
            R('the consulate "lost its meaning after the end of transit"', None, "A diplomatic source in Kaari",
              "told the newspaper Kaari Sanomat that"),
            D("lost its meaning after the end of transit", None, "A diplomatic source in Kaari",
              "told the newspaper Kaari Sanomat that"),
            D("We have heard such explanations before. Let them explain it to the people who will now travel 600 kilometres for one certificate,",
              VET, "the representative of the Foreign Ministry", "— answered"),
            R("the staff of the consulate will leave Tervola before October 15, and the embassy in Kaari will take over the consular district",
              VET, "Vetlugin", "said that"),
            R("the consulate in Tervola worked since 1994", VET, "Olesia Vetlugina", "reminded"),
        ),
        notes="The Sarelian note quoted inside Vetlugina's quote opens and never closes; the outer quote ends at the "
              "mark before '— said'. 'the representative of the Foreign Ministry' is Vetlugina, after the Sarelian "
              "ministry and an unnamed source spoke. 'Vetlugin' is a wrong-gender form, 'Olesia' a second "
              "transliteration. 'explained the decision by' has a noun object with a partial quote.",
    ),
    Article(
        id="batch6-en-mt-03-wildfires",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "dash-attribution", "interrupted-quote-dash", "role-noun", "according-to",
               "unnamed-speaker", "told-outlet", "role-noun-after-other-speaker", "misspelt-surname",
               "unclosed-quote", "interrupted-by-said", "infinitive-not-a-quote", "straight-double"),
        text="""\
In Ust-Korda district the area of forest fires has grown to three thousand hectares

UST-KORDA, 8 August. The area of natural fires in the Ust-Korda district has increased over the past day to 3,100 hectares, two villages are in the zone of threat. This was reported by the head of the regional department of the Ministry of Emergency Situations Timur Galeev.

"The fire goes on the tops of the trees, the wind reaches 20 meters per second. Aviation cannot work in such smoke," — said Galeev.

The governor of the region Boris Lyapunov, who arrived in the village of Kedrovka, introduced the regime of emergency situation. "Children and old people we will evacuate today, - said the governor. - The rest - if the wind does not change."

According to the head of the region, 400 people and 60 units of equipment work on the fires. He instructed the district administration to open two points of temporary accommodation in the school of Ust-Korda.

Residents of Kedrovka complain that they learned about the fire from social networks. "Nobody came to us, we saw the smoke ourselves," one of the villagers told the correspondent of Sibir-Inform.

The chief rescuer of the region noted that the fire was caused by a dry thunderstorm, and not by people. "We check all versions, including the burning of grass by farmers," Galeyev added. "But for now the main one is lightning.
""",
        actors=(
            P(GAL, "Galeev", "Galeyev"),
            O(MES),
            P(LYA),
            O("Sibir-Inform"),
        ),
        quotes=(
            R("The area of natural fires in the Ust-Korda district has increased over the past day to 3,100 hectares, two villages are in the zone of threat",
              GAL, GAL, "This was reported"),
            D("The fire goes on the tops of the trees, the wind reaches 20 meters per second. Aviation cannot work in such smoke,",
              GAL, "Galeev", "— said"),
            D("Children and old people we will evacuate today,", LYA, "the governor", "- said"),
            D("The rest - if the wind does not change.", LYA, "the governor", "- said"),
            R("400 people and 60 units of equipment work on the fires", LYA, "the head of the region", "According to"),
            R("they learned about the fire from social networks", None, "Residents of Kedrovka", "complain that"),
            D("Nobody came to us, we saw the smoke ourselves,", None, "one of the villagers",
              "told the correspondent of Sibir-Inform"),
            R("the fire was caused by a dry thunderstorm, and not by people", GAL, "The chief rescuer of the region",
              "noted that"),
            D("We check all versions, including the burning of grass by farmers,", GAL, "Galeyev", "added"),
            D("But for now the main one is lightning.", GAL, "Galeyev", "added"),
        ),
        notes="'The chief rescuer of the region' is Galeev, after the governor and an unnamed villager spoke; "
              "'Galeyev' is a second spelling. The governor's quote is interrupted inside one pair of marks. The "
              "last quote never closes and runs to the end of the article. 'instructed ... to open' has an "
              "infinitive.",
    ),
    Article(
        id="batch6-en-mt-04-border-rhetoric",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "headline-partial-quote", "backward-attribution",
               "partial-quote", "dash-attribution", "nested-quote", "unclosed-inner-quote",
               "quote-inside-quote-other-speaker", "according-to", "role-noun", "pronoun",
               "whole-clause-is-direct-quote", "org-speaker", "partial-in-reported", "female-speaker",
               "wrote-that", "role-noun-after-other-speaker", "initials", "transliteration", "straight-double"),
        text="""\
Zubarev: the words of Sandell about the border are "provocative"

Zubarev: the words of Sandell about the border are "provocative"

LESNOGRAD, 14 November. /Valdpress/. The statements of the Prime Minister of Lundvall Henrik Sandell about the need to "close the eastern border completely" do not strengthen security in the region. This was stated to journalists by the press secretary of the President of Valdoria Kirill Zubarev.

"We have seen these statements. Mr Sandell said yesterday: "Our patience with the neighbour is over, and we will act. Such rhetoric is provocative, it helps nobody," — said Zubarev.

According to the presidential spokesman, Lesnograd has not received from Lundvall any official notifications about closing the checkpoints. He noted that "the border is not closed by interviews".

The Ministry of Foreign Affairs of Lundvall said in the evening that the Prime Minister "meant only the strengthening of control at the checkpoints". The Lundvallian Minister of the Interior Maria Eklund, in her turn, wrote in her social network account that the border guards have received additional staff.

The press secretary also said that the President has no plans for a telephone conversation with Sandell. "There is no such topic on the agenda now," K. Zubarev added.

Earlier Zoubarev said that Valdoria is ready for consultations at the level of deputy ministers.
""",
        actors=(
            O("Valdpress"),
            P(ZUB, "Zubarev", "K. Zubarev", "Zoubarev"),
            P(SAN, "Sandell"),
            O(LFM),
            P(EKL),
        ),
        quotes=(
            R('the words of Sandell about the border are "provocative"', ZUB, "Zubarev", ":", after="Zubarev: "),
            D("provocative", ZUB, "Zubarev", ":", after='about the border are "'),
            R('the words of Sandell about the border are "provocative"', ZUB, "Zubarev", ":",
              after='"provocative"\n\nZubarev: '),
            D("provocative", ZUB, "Zubarev", ":",
              after='"provocative"\n\nZubarev: the words of Sandell about the border are "'),
            R('The statements of the Prime Minister of Lundvall Henrik Sandell about the need to "close the eastern border completely" do not strengthen security in the region',
              ZUB, ZUB, "This was stated"),
            D("close the eastern border completely", SAN, SAN, "statements"),
            D('We have seen these statements. Mr Sandell said yesterday: "Our patience with the neighbour is over, and we will act. Such rhetoric is provocative, it helps nobody,',
              ZUB, "Zubarev", "— said"),
            R("Lesnograd has not received from Lundvall any official notifications about closing the checkpoints", ZUB,
              "the presidential spokesman", "According to"),
            D("the border is not closed by interviews", ZUB, "He", "noted that"),
            R('the Prime Minister "meant only the strengthening of control at the checkpoints"', LFM, LFM,
              "said in the evening that"),
            D("meant only the strengthening of control at the checkpoints", LFM, LFM, "said in the evening that"),
            R("the border guards have received additional staff", EKL, EKL,
              "wrote in her social network account that"),
            R("the President has no plans for a telephone conversation with Sandell", ZUB, "The press secretary",
              "also said that"),
            D("There is no such topic on the agenda now,", ZUB, "K. Zubarev", "added"),
            R("Valdoria is ready for consultations at the level of deputy ministers", ZUB, "Zoubarev", "said that"),
        ),
        notes="The headline is printed twice. Sandell's words inside Zubarev's quote open and never close; the outer "
              "quote ends at the mark before '— said' and Sandell's part is nested. Sandell's partial quote in the "
              "lead sits inside Zubarev's backward-attributed sentence. 'The press secretary' is Zubarev after the "
              "Lundvallian ministry and minister spoke.",
    ),
    Article(
        id="batch6-en-mt-05-vice-mayor",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "press-service-of-org", "org-speaker", "according-to",
               "org-speaker-generic-noun", "told-that", "dash-attribution", "female-speaker", "unnamed-speaker",
               "told-outlet", "colon-cue", "role-noun", "role-noun-after-other-speaker", "transliteration",
               "company-name-in-quotes", "straight-double"),
        text="""\
Court in Zelenodolsk arrested the former vice-mayor in the bribery case

ZELENODOLSK, 3 February. The Zavodskoy district court of Zelenodolsk arrested for two months the former vice-mayor of the city Gennady Kostylev, suspected of receiving a bribe in especially large amount. This was reported by the press service of the court.

The criminal case was opened by the regional department of the Investigative Committee. According to the department, in 2022 Kostylev received 4.5 million rubles from the director of the company "Stroyvektor" for signing acts on the repair of roads which were never carried out.

The lawyer of the ex-official Anna Dubrovskaya told that her client does not admit guilt. "The money which the investigation calls a bribe was a loan, and there is a receipt. We will appeal the arrest," — said Dubrovskaya.

A source in law enforcement agencies told Zelenodolsk-24 that the director of "Stroyvektor" cooperates with the investigation and gave testimony against the former vice-mayor.

Kostylev himself in the courtroom said only one phrase: "I did not take anything from anybody."

The defender also drew attention to the fact that her client has a mother with a disability who needs care. "The court did not take this into account at all," — noted Dubrovskaja.

The Investigative Committee reported that searches were carried out in the city hall and in the office of the company.
""",
        actors=(
            O(COURT),
            P(KOS, "Kostylev"),
            O(ICOM),
            O("Stroyvektor"),
            P(DUB, "Dubrovskaya", "Dubrovskaja"),
            O("Zelenodolsk-24"),
        ),
        quotes=(
            R("The Zavodskoy district court of Zelenodolsk arrested for two months the former vice-mayor of the city Gennady Kostylev, suspected of receiving a bribe in especially large amount",
              COURT, "the press service of the court", "This was reported"),
            R('in 2022 Kostylev received 4.5 million rubles from the director of the company "Stroyvektor" for signing acts on the repair of roads which were never carried out',
              ICOM, "the department", "According to"),
            R("her client does not admit guilt", DUB, DUB, "told that"),
            D("The money which the investigation calls a bribe was a loan, and there is a receipt. We will appeal the arrest,",
              DUB, "Dubrovskaya", "— said"),
            R('the director of "Stroyvektor" cooperates with the investigation and gave testimony against the former vice-mayor',
              None, "A source in law enforcement agencies", "told Zelenodolsk-24 that"),
            D("I did not take anything from anybody.", KOS, "Kostylev", "said"),
            R("her client has a mother with a disability who needs care", DUB, "The defender",
              "also drew attention to the fact that"),
            D("The court did not take this into account at all,", DUB, "Dubrovskaja", "— noted"),
            R("searches were carried out in the city hall and in the office of the company", ICOM,
              "The Investigative Committee", "reported that"),
        ),
        notes="The court speaks through its press service, the Investigative Committee through 'the department'. "
              "'The defender' is the lawyer, after Kostylev and an unnamed source spoke; 'Dubrovskaja' is a second "
              "transliteration. The company name in marks is not a quote.",
    ),
    Article(
        id="batch6-en-mt-06-blackouts",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "org-speaker", "backward-attribution", "multi-paragraph-quote", "dash-attribution",
               "dash-inside-quote", "press-service-of-org", "partial-in-reported", "pronoun", "told-that",
               "role-noun", "role-noun-after-other-speaker", "according-to", "misspelt-surname", "unnamed-speaker",
               "lead-attribution-at-end", "noun-object-not-a-quote", "company-name-in-quotes", "female-speaker",
               "straight-double"),
        text="""\
Ministry of Energy: blackouts in Yuzhnoozersk were caused by overload of networks

YUZHNOOZERSK, 22 July. /Zarya-Info/. Mass power outages in Yuzhnoozersk last week were caused by the overload of distribution networks during the heat, and not by an accident at the substation. This was stated on Monday at a meeting of the regional headquarters by Zalina Rakhimova, deputy head of the department of networks of the Ministry of Energy of Valdoria.

"The network was built for 30 thousand consumers, today there are 70 thousand, and in every apartment there is an air conditioner. No transformer will withstand this.

"We warned the grid company about this in 2021 and in 2023, and the answer was always the same — there is no money," — said Rakhimova.

In the company "Yugsetservice" the conclusions of the ministry were called premature. The press service of the company reported that the commission has not yet completed the investigation, and its results will be published "within ten days".

The general director of "Yugsetservice" Oleg Tamarin, who took part in the meeting by video link, said that until the end of the year the company will install 40 new transformers. "The equipment is already purchased, the question is in the contractors," he specified.

The representative of the ministry answered that the deadlines "raise doubts". According to Rahimova, during the heat some residents of Yuzhnoozersk remained without light for up to 14 hours.

Residents of the city are preparing a collective lawsuit against the company, one of the organizers of the initiative group told Zarya-Info.
""",
        actors=(
            O(MOE, "Ministry of Energy"),
            O("Zarya-Info"),
            P(RAK, "Rakhimova", "Rahimova"),
            O(YSS),
            P(TAM),
        ),
        quotes=(
            R("blackouts in Yuzhnoozersk were caused by overload of networks", MOE, "Ministry of Energy", ":"),
            R("Mass power outages in Yuzhnoozersk last week were caused by the overload of distribution networks during the heat, and not by an accident at the substation",
              RAK, RAK, "This was stated"),
            D('The network was built for 30 thousand consumers, today there are 70 thousand, and in every apartment there is an air conditioner. No transformer will withstand this.\n\n"We warned the grid company about this in 2021 and in 2023, and the answer was always the same — there is no money,',
              RAK, "Rakhimova", "— said"),
            R('the commission has not yet completed the investigation, and its results will be published "within ten days"',
              YSS, "The press service of the company", "reported that"),
            D("within ten days", YSS, "The press service of the company", "reported that"),
            R("until the end of the year the company will install 40 new transformers", TAM, TAM,
              "said that"),
            D("The equipment is already purchased, the question is in the contractors,", TAM, "he", "specified"),
            R('the deadlines "raise doubts"', RAK, "The representative of the ministry", "answered that"),
            D("raise doubts", RAK, "The representative of the ministry", "answered that"),
            R("during the heat some residents of Yuzhnoozersk remained without light for up to 14 hours", RAK,
              "Rahimova", "According to"),
            R("Residents of the city are preparing a collective lawsuit against the company", None,
              "one of the organizers of the initiative group", "told"),
        ),
        notes="Rakhimova's quote runs over two paragraphs (an opening mark at each, one closing mark). 'The "
              "representative of the ministry' is Rakhimova after the company's director spoke; 'Rahimova' is a "
              "second spelling. 'were called premature' has no clause. The last sentence is a lead attributed at "
              "its end to an unnamed organiser.",
    ),
    Article(
        id="batch6-en-wire-01-pilots",
        split="frozen",
        lang="en",
        style="wire",
        cases=("byline", "lead-attribution-at-end", "org-speaker", "told-reporters", "pronoun", "partial-in-reported",
               "said-x-apposition", "split-quote-continuation", "named-org-unnamed-spokesman",
               "generic-org-noun-unnamed-body", "unnamed-speaker", "infinitive-not-a-quote",
               "partial-quote-noun-object", "surname-only", "female-speaker", "credits-line", "straight-double"),
        text="""\
Aerotarvella cancels 200 flights as pilots strike over pensions

By Hannah Okafor

SAN LUCERO, Aug 19 (Relay News) - Aerotarvella cancelled more than 200 flights on Monday as pilots began a 48-hour strike over changes to their pension scheme, stranding tens of thousands of travellers at the peak of the holiday season, the airline said.

"We regret the disruption, but we cannot accept demands that would put the future of this company at risk," Chief Executive Marco Ibarra told reporters at the airline's headquarters. He said management was ready to resume talks "at any hour of the day or night."

The Association of Tarvellan Airline Pilots (ATAP) said the carrier had broken a 2021 promise to leave the pension scheme untouched until 2030. "They signed it. We have the paper," said Lucia Ferro, the union's president. "Now they tell us the paper means nothing."

Transport Minister Esteban Rocha urged both sides to accept mediation. A ministry spokeswoman said the government had no plans to impose minimum service rules but would "look at the situation again on Wednesday."

Two people familiar with the talks said the gap between the sides had narrowed over the weekend to a dispute over the retirement age. One of them said a deal was "possible this week if nobody loses their nerve."

Ibarra, asked whether the company would take the union to court, said lawyers were studying whether the strike was legal. Aerotarvella shares fell 4.2 percent in San Lucero trading.

Ferro said pilots would not return to work without a written guarantee. She dismissed the legal threat as "noise."

(Reporting by Hannah Okafor; Editing by Tom Reddick)
""",
        actors=(
            P("Hannah Okafor"),
            O("Relay News"),
            O(AERO),
            P(IBA, "Ibarra"),
            O(ATAP, "ATAP"),
            P(FER, "Ferro"),
            P("Esteban Rocha"),
            P("Tom Reddick"),
        ),
        quotes=(
            R("Aerotarvella cancelled more than 200 flights on Monday as pilots began a 48-hour strike over changes to their pension scheme, stranding tens of thousands of travellers at the peak of the holiday season",
              AERO, "the airline", "said"),
            D("We regret the disruption, but we cannot accept demands that would put the future of this company at risk,",
              IBA, IBA, "told reporters"),
            R('management was ready to resume talks "at any hour of the day or night."', IBA, "He", "said"),
            D("at any hour of the day or night.", IBA, "He", "said"),
            R("the carrier had broken a 2021 promise to leave the pension scheme untouched until 2030", ATAP,
              "The Association of Tarvellan Airline Pilots", "said"),
            D("They signed it. We have the paper,", FER, FER, "said"),
            D("Now they tell us the paper means nothing.", FER, FER, "said"),
            R('the government had no plans to impose minimum service rules but would "look at the situation again on Wednesday."',
              None, "A ministry spokeswoman", "said"),
            D("look at the situation again on Wednesday.", None, "A ministry spokeswoman", "said"),
            R("the gap between the sides had narrowed over the weekend to a dispute over the retirement age", None,
              "Two people familiar with the talks", "said"),
            R('a deal was "possible this week if nobody loses their nerve."', None, "One of them", "said"),
            D("possible this week if nobody loses their nerve.", None, "One of them", "said"),
            R("lawyers were studying whether the strike was legal", IBA, "Ibarra", "said"),
            R("pilots would not return to work without a written guarantee", FER, "Ferro", "said"),
            D("noise.", FER, "She", "dismissed the legal threat as"),
        ),
        notes="The lead is attributed at its end to the airline. 'A ministry spokeswoman' speaks for a ministry the "
              "text never names (speaker null). 'urged both sides to accept mediation' has an infinitive; "
              "'dismissed the legal threat as \"noise.\"' a noun object with a partial quote.",
    ),
    Article(
        id="batch6-en-wire-02-fireworks",
        split="frozen",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "unnamed-speaker", "role-noun-before-name", "multi-paragraph-quote",
               "split-quote-continuation", "said-in-a-statement", "org-speaker", "org-speaker-generic-noun",
               "partial-in-reported", "pronoun", "told-reporters", "female-speaker", "named-resident",
               "role-noun-after-other-speaker", "pronoun-same-gender-intervening", "straight-double"),
        text="""\
Fireworks warehouse blast kills 3 in Calvera port town

PUERTO ALMIZ, Calvera (LPA) — An explosion tore through a fireworks warehouse on the edge of Puerto Almiz on Saturday, killing three workers and injuring at least 11 other people, fire officials said.

The blast blew out windows up to a kilometer away and sent black smoke drifting over the harbor. Fire chief Rodrigo Salas said crews had to wait more than an hour before going in because smaller explosions kept going off.

"By the time we got there the roof was gone. You could hear boxes popping inside like gunfire," Salas said. "We pulled two men out of the office at the front.

"The third one was at the back, where it started, and there was nothing we could do."

A police official, who was not authorized to speak to the press, said one of the dead was a 17-year-old who had been hired for the summer.

The warehouse belonged to Pirotecnia Duarte, a family firm that supplies fireworks for town festivals across the province. In a statement, the company said it was "devastated" and was cooperating with investigators. It said the building had passed a safety inspection in March.

Prosecutor Inés Valverde told reporters that her office had opened a criminal investigation and that the owner had been questioned on Saturday night.

Marisol Peña, who lives two streets away, said neighbors had complained for years about trucks loading fireworks late at night. "Everybody knew what was in there. Nobody ever asked us," she said.

The prosecutor said investigators would look at whether the warehouse held more explosives than its license allowed. A hearing could come as early as next week, she said.
""",
        actors=(
            O("LPA"),
            P(SAL, "Salas"),
            O(DUA),
            P(VAL),
            P(PEN),
        ),
        quotes=(
            R("An explosion tore through a fireworks warehouse on the edge of Puerto Almiz on Saturday, killing three workers and injuring at least 11 other people",
              None, "fire officials", "said"),
            R("crews had to wait more than an hour before going in because smaller explosions kept going off", SAL, SAL,
              "said"),
            D("By the time we got there the roof was gone. You could hear boxes popping inside like gunfire,", SAL,
              "Salas", "said"),
            D('We pulled two men out of the office at the front.\n\n"The third one was at the back, where it started, and there was nothing we could do.',
              SAL, "Salas", "said"),
            R("one of the dead was a 17-year-old who had been hired for the summer", None, "A police official", "said"),
            R('it was "devastated" and was cooperating with investigators', DUA, "the company", "said"),
            D("devastated", DUA, "the company", "said"),
            R("the building had passed a safety inspection in March", DUA, "It", "said"),
            R("her office had opened a criminal investigation and that the owner had been questioned on Saturday night",
              VAL, VAL, "told reporters that"),
            R("neighbors had complained for years about trucks loading fireworks late at night", PEN, PEN, "said"),
            D("Everybody knew what was in there. Nobody ever asked us,", PEN, "she", "said"),
            R("investigators would look at whether the warehouse held more explosives than its license allowed", VAL,
              "The prosecutor", "said"),
            R("A hearing could come as early as next week", VAL, "she", "said"),
        ),
        notes="The lead is attributed at its end to unnamed fire officials. Salas's second quote opens at the end of "
              "a paragraph and closes in the next (one quote). 'The prosecutor' and the last 'she' are Valverde, "
              "after Peña (also a woman) spoke.",
    ),
    Article(
        id="batch6-en-wire-03-rates",
        split="frozen",
        lang="en",
        style="wire",
        cases=("byline", "org-speaker", "told-a-news-conference", "pronoun", "partial-in-reported",
               "role-noun-before-name", "role-noun", "role-noun-after-other-speaker", "two-men-alternating",
               "noun-object-not-a-quote", "unnamed-speaker", "surname-only", "female-speaker", "credits-line",
               "straight-double"),
        text="""\
Bank of Ostmark holds rates, warns food prices will keep inflation high

By Jonas Whitfield

VESTRA, Oct 2 (Relay News) - The Bank of Ostmark kept its main interest rate at 6.5 percent on Wednesday and said inflation would stay above its target for longer than expected because of rising food prices.

"The fight against inflation is not over. We would rather be late in cutting than early," Governor Elin Markussen told a news conference. She said the board's decision had been unanimous.

Deputy Governor Pavel Hruby had said in a speech last month that a cut in October "cannot be ruled out," and some investors had bet on one. Asked about the shift, Markussen said the two of them "read the same data and reached the same conclusion."

Finance Minister Ole Brekke, who has publicly called for lower borrowing costs, said he respected the bank's independence. His predecessor, Karl Sandvik, now an opposition lawmaker, said the government's own spending was "the real source of the problem." The minister said he would present a revised budget in November.

A person familiar with the board's discussions said two of its seven members had initially argued for a quarter-point cut before agreeing to hold.

The Ostmark crown rose 0.4 percent after the decision.

(Reporting by Jonas Whitfield; Editing by Aisha Rahman)
""",
        actors=(
            P("Jonas Whitfield"),
            O("Relay News"),
            O(BOO),
            P(MAR, "Markussen"),
            P(HRU),
            P(BRE),
            P(SVK),
            P("Aisha Rahman"),
        ),
        quotes=(
            R("inflation would stay above its target for longer than expected because of rising food prices", BOO,
              "The Bank of Ostmark", "said"),
            D("The fight against inflation is not over. We would rather be late in cutting than early,", MAR, MAR,
              "told a news conference"),
            R("the board's decision had been unanimous", MAR, "She", "said"),
            R('a cut in October "cannot be ruled out,"', HRU, HRU, "had said in a speech last month that"),
            D("cannot be ruled out,", HRU, HRU, "had said in a speech last month that"),
            R('the two of them "read the same data and reached the same conclusion."', MAR, "Markussen", "said"),
            D("read the same data and reached the same conclusion.", MAR, "Markussen", "said"),
            R("he respected the bank's independence", BRE, BRE, "said"),
            R('the government\'s own spending was "the real source of the problem."', SVK, SVK, "said"),
            D("the real source of the problem.", SVK, SVK, "said"),
            R("he would present a revised budget in November", BRE, "The minister", "said"),
            R("two of its seven members had initially argued for a quarter-point cut before agreeing to hold", None,
              "A person familiar with the board's discussions", "said"),
        ),
        notes="'The minister' is Brekke, after his predecessor Sandvik (a former minister, also a man) spoke. 'called "
              "for lower borrowing costs' has a noun object.",
    ),
    Article(
        id="batch6-en-op-01-libraries",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("byline", "scare-quotes", "document-quote-not-a-quote", "partial-in-reported", "told-me",
               "whole-clause-is-direct-quote", "as-she-put-it", "role-noun", "role-noun-after-other-speaker",
               "pronoun-same-gender-intervening", "mocking-paraphrase", "present-tense-says", "unnamed-speaker",
               "nested-quote", "quote-inside-quote-other-speaker", "split-quote-continuation",
               "pronoun-after-other-gender", "straight-double", "straight-single"),
        text="""\
The library did not close. It was "rationalised"

By Owen Marsh

Last Tuesday the council of Harwick voted to shut four of its seven branch libraries. Nobody at the town hall will use that word, of course. The branches are being "consolidated into a modern hub," a phrase that appears eleven times in the council's forty-page plan and means, as far as I can tell, one building with fewer books.

Councillor Janet Pryce, who chairs the finance committee, told the meeting that the savings were "painful but necessary." I have heard that phrase from every council leader in the county for fifteen years. It is never the council leader who feels the pain.

Pryce is not a villain. She has a budget hole of three million and a government that sends less money every year. But when I phoned her on Thursday, she told me that "nobody really uses branch libraries any more."

Somebody should tell Edna Cole. She is 81 and walks to the Eastgate branch every morning because, as she put it to me, "it is warm, it is free and the girl at the desk knows my name." She reads the papers there. She also uses the computers to video-call her grandson, who lives abroad.

The councillor insists that the hub will offer "more space for events and learning," which in council language means "a room you can hire for birthday parties."

The librarians' union, Unilib, has collected 6,000 signatures against the plan. Its branch secretary, Tom Adeyemi, says the visitor figures in the plan count adults at the door but not the children who come in after school. One librarian, who asked me not to use her name, said staff had been told not to talk to the press.

"One girl asked me last week, 'Where do I go now to do my homework?' I did not have an answer for her," he said. "The council does not have one either."

That is the real question, and "efficiency" is not an answer to it.
""",
        actors=(
            P("Owen Marsh"),
            O("council of Harwick"),
            P(PRY, "Pryce"),
            P(COLE),
            O("Unilib"),
            P(ADE),
        ),
        quotes=(
            R('the savings were "painful but necessary."', PRY, PRY, "told the meeting that"),
            D("painful but necessary.", PRY, PRY, "told the meeting that"),
            D("nobody really uses branch libraries any more.", PRY, "she", "told me that"),
            D("it is warm, it is free and the girl at the desk knows my name.", COLE, "she", "put it to me"),
            R('the hub will offer "more space for events and learning,"', PRY, "The councillor", "insists that"),
            D("more space for events and learning,", PRY, "The councillor", "insists that"),
            R("the visitor figures in the plan count adults at the door but not the children who come in after school",
              ADE, ADE, "says"),
            R("staff had been told not to talk to the press", None, "One librarian", "said"),
            D("One girl asked me last week, 'Where do I go now to do my homework?' I did not have an answer for her,",
              ADE, "he", "said"),
            D("The council does not have one either.", ADE, "he", "said"),
        ),
        notes="'rationalised' and 'efficiency' are scare quotes; 'consolidated into a modern hub' is the plan's "
              "wording; 'a room you can hire for birthday parties' is the author's mocking paraphrase. 'The "
              "councillor' is Pryce, after Edna Cole spoke. The girl's question inside Adeyemi's quote is nested; "
              "his 'he' comes after an unnamed librarian (a woman).",
    ),
    Article(
        id="batch6-en-op-02-fuel-levy",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("byline", "scare-quotes", "partial-in-reported", "told-parliament", "present-tense-says",
               "noun-object-not-a-quote", "document-not-a-quote", "named-org-unnamed-spokesman",
               "split-quote-continuation", "argues-that", "pronoun", "role-noun", "role-noun-after-other-speaker",
               "pronoun-same-gender-intervening", "female-speaker", "straight-double"),
        text="""\
The "temporary" fuel levy turns eleven

By Clara Benning

In 2014, Finance Minister Albert Grauer put a levy of four cents a litre on petrol and promised parliament that it would disappear "the moment the budget is balanced." The budget has been balanced three times since. The levy is still here, and it has grown to nine cents.

Everyone now has a reason why it must stay. The current minister, Sofia Lindahl, says the money pays for rural bus routes and that scrapping it would be "a gift to people who drive big cars." The motoring lobby calls it theft. Only the Treasury, in its annual report, calls it what it is: a tax on getting to work.

I asked the Ministry of Finance how much of the levy actually reaches bus routes. A spokesman sent me a statement saying that the figure "is not broken down in that way." That is a remarkable sentence. It means either that nobody knows or that nobody wants me to know.

Grauer, now retired, was more candid when I reached him by phone. "Of course it was never going to be temporary," he said, laughing. "No tax in this country has ever been temporary. I just did not expect anyone to keep the receipts."

Maja Holt of the Centre for Fiscal Studies argues that the levy hits people outside the cities hardest, since they have no train to take. She calculates that a nurse who drives 40 kilometres to a shift pays about 300 a year in levy alone. The minister, asked about that figure in parliament last month, said she "does not recognise" it.

Recognition is not the problem. The "green" levy has paid for eleven years of whatever the ministry needed that year, and the buses in my valley still run twice a day.
""",
        actors=(
            P("Clara Benning"),
            P(GRA, "Grauer"),
            P(LIN),
            O("Treasury"),
            O(MOF),
            P(HOLT),
            O("Centre for Fiscal Studies"),
        ),
        quotes=(
            R('it would disappear "the moment the budget is balanced."', GRA, GRA, "promised parliament that"),
            D("the moment the budget is balanced.", GRA, GRA, "promised parliament that"),
            R('the money pays for rural bus routes and that scrapping it would be "a gift to people who drive big cars."',
              LIN, LIN, "says"),
            D("a gift to people who drive big cars.", LIN, LIN, "says"),
            R('the figure "is not broken down in that way."', MOF, "A spokesman", "sent me a statement saying that"),
            D("is not broken down in that way.", MOF, "A spokesman", "sent me a statement saying that"),
            D("Of course it was never going to be temporary,", GRA, "he", "said"),
            D("No tax in this country has ever been temporary. I just did not expect anyone to keep the receipts.", GRA,
              "he", "said"),
            R("the levy hits people outside the cities hardest, since they have no train to take", HOLT, HOLT,
              "argues that"),
            R("a nurse who drives 40 kilometres to a shift pays about 300 a year in levy alone", HOLT, "She",
              "calculates that"),
            R('she "does not recognise" it', LIN, "The minister", "said"),
            D("does not recognise", LIN, "The minister", "said"),
        ),
        notes="'temporary' in the headline and 'green' are scare quotes. 'The motoring lobby calls it theft' has a "
              "noun object; the Treasury's report is a document. The ministry's unnamed spokesman is the Ministry "
              "of Finance. 'The minister' is Lindahl, after Holt (also a woman) spoke.",
    ),
    Article(
        id="batch6-ru-01-schools",
        split="frozen",
        lang="ru",
        style="wire",
        cases=("guillemets", "low-high-quotes", "ob-etom-soobshchila", "dash-attribution", "po-ee-slovam",
               "female-speaker", "two-women-alternating", "nested-quote", "quote-inside-quote-other-speaker",
               "v-ministerstve-zayavili", "org-speaker", "unnamed-speaker", "told-the-agency",
               "partial-in-reported", "role-noun", "role-noun-after-other-speaker", "dash-inside-quote",
               "name-in-marks"),
        text="""\
В Верхнелужском районе закроют три сельские школы

ВЕРХНЕЛУЖСК, 19 мая. Три малокомплектные школы в Верхнелужском районе закроются с 1 сентября, учеников будут возить в районный центр на автобусах. Об этом сообщила начальник районного управления образования Галина Сверчкова.

«В каждой из этих школ меньше десяти учеников. Учителей не хватает, физику ведёт учитель труда. Это не образование, а его имитация», — заявила Сверчкова.

По её словам, для подвоза детей район получит два новых автобуса.

Родители из села Крутояр уже направили коллективное письмо губернатору. Председатель родительского комитета Антонина Зуева рассказала, что дорога до райцентра занимает больше часа, а зимой её часто заметает.

«Нам сказали: „Возить будем в любую погоду“. А кто будет чистить дорогу? Прошлой зимой мы неделю сидели без хлеба», — сказала Зуева.

В министерстве образования Лужской области заявили, что решение о закрытии школ принимает муниципалитет. Источник в областном правительстве сообщил агентству «Лужинформ», что у района «нет денег даже на отопление пустых зданий».

Чиновница пообещала, что ни один учитель не останется без работы. «Кто захочет переехать — получит служебное жильё», — добавила она.

Глава района Виктор Ладыгин, в свою очередь, заверил, что вопрос с дорогой «будет решён до осени».
""",
        actors=(
            P(SVE, "Сверчкова"),
            P(ZUE, "Зуева"),
            O(MINOBR),
            O("Лужинформ"),
            P(LAD),
        ),
        quotes=(
            R("Три малокомплектные школы в Верхнелужском районе закроются с 1 сентября, учеников будут возить в районный центр на автобусах",
              SVE, SVE, "Об этом сообщила"),
            D("В каждой из этих школ меньше десяти учеников. Учителей не хватает, физику ведёт учитель труда. Это не образование, а его имитация",
              SVE, "Сверчкова", "— заявила"),
            R("для подвоза детей район получит два новых автобуса", SVE, "её", "По её словам"),
            R("дорога до райцентра занимает больше часа, а зимой её часто заметает", ZUE, ZUE, "рассказала, что"),
            D("Нам сказали: „Возить будем в любую погоду“. А кто будет чистить дорогу? Прошлой зимой мы неделю сидели без хлеба",
              ZUE, "Зуева", "— сказала"),
            R("решение о закрытии школ принимает муниципалитет", MINOBR, MINOBR, "заявили, что"),
            R("у района «нет денег даже на отопление пустых зданий»", None, "Источник в областном правительстве",
              "сообщил агентству «Лужинформ», что"),
            D("нет денег даже на отопление пустых зданий", None, "Источник в областном правительстве",
              "сообщил агентству «Лужинформ», что"),
            R("ни один учитель не останется без работы", SVE, "Чиновница", "пообещала, что"),
            D("Кто захочет переехать — получит служебное жильё", SVE, "она", "— добавила"),
            R("вопрос с дорогой «будет решён до осени»", LAD, LAD, "заверил, что"),
            D("будет решён до осени", LAD, LAD, "заверил, что"),
        ),
        notes="«Чиновница» is Сверчкова, after Зуева (also a woman), the regional ministry and an unnamed source "
              "spoke. The words „Возить будем ...“ inside Зуева's quote are nested. The district education "
              "department has no proper name and is not an actor; the agency's name in marks is not a quote.",
    ),
    Article(
        id="batch6-fr-01-forges",
        split="frozen",
        lang="fr",
        style="wire",
        cases=("guillemets-spaces", "lead-attribution-at-end", "org-speaker", "a-declare", "pour-x",
               "a-estime-que", "partial-in-reported", "interrupted-quote", "incise", "selon-org",
               "unnamed-speaker", "pronoun-for-unnamed-source", "s-est-dit", "role-noun",
               "role-noun-after-other-speaker", "noun-object-not-a-quote", "one-word-partial"),
        text="""\
Les Forges de Montbrelan vont supprimer 180 emplois

MONTBRELAN, 6 mars (AFI) - Les Forges de Montbrelan vont supprimer 180 postes sur 520 d'ici la fin de l'année, a annoncé jeudi la direction de l'entreprise lors d'un comité social et économique extraordinaire.

« Notre carnet de commandes a fondu de moitié en deux ans. Sans ce plan, c'est tout le site qui fermerait », a déclaré le directeur général, Philippe Arnoult, cité dans un communiqué.

Pour l'Union syndicale des métaux (USM), majoritaire sur le site, le plan est « inacceptable ». Son délégué, Karim Benhadj, a estimé que la direction « prépare une fermeture en deux temps ». « On nous a déjà fait le coup en 2016, a-t-il rappelé. Les mêmes mots, les mêmes promesses. »

Selon la préfecture du Haut-Lizon, une cellule de reclassement sera ouverte dès avril. La préfète, Sylvie Garnier, doit recevoir les syndicats lundi.

Une source proche de la direction a indiqué à l'AFI que deux repreneurs avaient visité l'usine en janvier, sans donner suite. « Personne ne veut d'un four électrique de 1974 », a-t-elle résumé.

Le maire de Montbrelan, Jean-Paul Vasseur, s'est dit « sonné ». « C'est le premier employeur de la vallée. Derrière chaque poste, il y a trois familles », a-t-il déclaré, précisant que la commune n'avait pas été prévenue.

Le délégué syndical a assuré que les salariés ne « lâcheraient rien ». Une grève de 24 heures est prévue mardi. « Si la direction veut la bagarre, elle l'aura », a-t-il prévenu.
""",
        actors=(
            O("AFI"),
            O(FORG),
            P(ARN),
            O(USM, "USM"),
            P(BEN),
            O(PREF),
            P("Sylvie Garnier"),
            P(VAS),
        ),
        quotes=(
            R("Les Forges de Montbrelan vont supprimer 180 postes sur 520 d'ici la fin de l'année", FORG,
              "la direction de l'entreprise", "a annoncé"),
            D("Notre carnet de commandes a fondu de moitié en deux ans. Sans ce plan, c'est tout le site qui fermerait",
              ARN, ARN, "a déclaré"),
            R("le plan est « inacceptable »", USM, USM, "Pour"),
            D("inacceptable", USM, USM, "Pour"),
            R("la direction « prépare une fermeture en deux temps »", BEN, BEN, "a estimé que"),
            D("prépare une fermeture en deux temps", BEN, BEN, "a estimé que"),
            D("On nous a déjà fait le coup en 2016,", BEN, "il", "a-t-il rappelé"),
            D("Les mêmes mots, les mêmes promesses.", BEN, "il", "a-t-il rappelé"),
            R("une cellule de reclassement sera ouverte dès avril", PREF, "la préfecture du Haut-Lizon", "Selon"),
            R("deux repreneurs avaient visité l'usine en janvier, sans donner suite", None,
              "Une source proche de la direction", "a indiqué à l'AFI que"),
            D("Personne ne veut d'un four électrique de 1974", None, "elle", "a-t-elle résumé"),
            D("sonné", VAS, VAS, "s'est dit"),
            D("C'est le premier employeur de la vallée. Derrière chaque poste, il y a trois familles", VAS, "il",
              "a-t-il déclaré"),
            R("la commune n'avait pas été prévenue", VAS, "il", "précisant que"),
            R("les salariés ne « lâcheraient rien »", BEN, "Le délégué syndical", "a assuré que"),
            D("lâcheraient rien", BEN, "Le délégué syndical", "a assuré que"),
            D("Si la direction veut la bagarre, elle l'aura", BEN, "il", "a-t-il prévenu"),
        ),
        notes="The company speaks at the end of the lead through 'la direction de l'entreprise'. The unnamed source is "
              "carried on by «elle». 'Le délégué syndical' is Benhadj, after the mayor and the source spoke. 'doit "
              "recevoir les syndicats' is not a statement.",
    ),
    Article(
        id="batch6-de-01-fernwaerme",
        split="frozen",
        lang="de",
        style="wire",
        cases=("reversed-guillemets", "teilte-mit", "backward-attribution", "org-speaker-generic-noun", "sagte",
               "konjunktiv-no-cue", "sprach-von", "org-speaker", "kritisierte", "pronoun", "laut",
               "named-org-unnamed-spokesman", "sagte-inversion", "erklaerte", "role-noun",
               "role-noun-after-other-speaker", "continuation-quote-no-cue", "so-die-x", "female-speaker",
               "noun-object-not-a-quote"),
        text="""\
Stadtwerke Kellbach erhöhen Fernwärmepreis um 40 Prozent

KELLBACH (lnw) – Die Stadtwerke Kellbach heben den Preis für Fernwärme zum 1. Januar um durchschnittlich 40 Prozent an. Das teilte das kommunale Unternehmen am Dienstag mit.

»Wir geben nur weiter, was wir selbst beim Einkauf mehr bezahlen«, sagte Geschäftsführer Rainer Ostendorf. Die Gaspreise für das Heizwerk hätten sich seit dem Frühjahr fast verdoppelt. Ohne die Erhöhung drohe dem Unternehmen ein Verlust von elf Millionen Euro.

Der Mieterverein Kellbach sprach von einem »Schock für Tausende Haushalte«. Die Vorsitzende Ulrike Tamm kritisierte, die Kunden seien erst aus der Zeitung informiert worden. »Viele Rentner wissen schon jetzt nicht, wie sie den Winter bezahlen sollen«, sagte sie.

Laut Oberbürgermeister Frank Heisig prüft die Stadt einen Härtefallfonds für Haushalte mit geringem Einkommen. Ein Sprecher der Stadt Kellbach sagte, über die Höhe des Fonds werde der Stadtrat im Dezember entscheiden.

Ostendorf wies die Kritik an der Informationspolitik zurück. Alle Kunden würden in den nächsten Tagen per Brief informiert, erklärte der Geschäftsführer. »Wir haben nichts verheimlicht.«

Der Verein werde notfalls eine Musterklage prüfen, so die Vorsitzende.
""",
        actors=(
            O("lnw"),
            O(STW),
            P(OSTD, "Ostendorf"),
            O(MVK),
            P(TAMM),
            P(HEI),
            O(SKB),
        ),
        quotes=(
            R("Die Stadtwerke Kellbach heben den Preis für Fernwärme zum 1. Januar um durchschnittlich 40 Prozent an",
              STW, "das kommunale Unternehmen", "Das teilte"),
            D("Wir geben nur weiter, was wir selbst beim Einkauf mehr bezahlen", OSTD, OSTD, "sagte"),
            R("Die Gaspreise für das Heizwerk hätten sich seit dem Frühjahr fast verdoppelt", OSTD, None, None),
            R("Ohne die Erhöhung drohe dem Unternehmen ein Verlust von elf Millionen Euro", OSTD, None, None),
            D("Schock für Tausende Haushalte", MVK, "Der Mieterverein Kellbach", "sprach von"),
            R("die Kunden seien erst aus der Zeitung informiert worden", TAMM, TAMM, "kritisierte"),
            D("Viele Rentner wissen schon jetzt nicht, wie sie den Winter bezahlen sollen", TAMM, "sie", "sagte"),
            R("prüft die Stadt einen Härtefallfonds für Haushalte mit geringem Einkommen", HEI, HEI, "Laut"),
            R("über die Höhe des Fonds werde der Stadtrat im Dezember entscheiden", SKB,
              "Ein Sprecher der Stadt Kellbach", "sagte"),
            R("Alle Kunden würden in den nächsten Tagen per Brief informiert", OSTD, "der Geschäftsführer", "erklärte"),
            D("Wir haben nichts verheimlicht.", OSTD, None, None),
            R("Der Verein werde notfalls eine Musterklage prüfen", TAMM, "die Vorsitzende", "so"),
        ),
        notes="The utility speaks through 'das kommunale Unternehmen' in a backward 'Das teilte ... mit'. Two "
              "Konjunktiv I sentences and a cue-less quote carry on Ostendorf. 'der Geschäftsführer' points back past "
              "Tamm, Heisig and the city's spokesman; 'die Vorsitzende' back past Ostendorf. 'wies die Kritik ... "
              "zurück' has a noun object.",
    ),
]
