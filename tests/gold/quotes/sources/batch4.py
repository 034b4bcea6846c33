# ruff: noqa: E501
"""Fourth batch: seven English articles (machine-translated state-media copy, wire, opinion), two Russian, two
French and one German (all invented).

Written after the rules scored about 0.81 speaker accuracy on the frozen part, without reading the rules or any
frozen file, and aimed at speaker situations the earlier batches have few of: a speaker named once and then
carried by a role noun or a pronoun over several paragraphs; two people of one gender alternating; bodies as
speakers through generic nouns ("the ministry", "the company", "the department", "в ведомстве", "l'entreprise",
"the Kremlin") and through their press service; the Russian-style `" - said the head of the company` in
machine-translated English; "X's spokesman" (named and unnamed); a direct quote attributed in the following
sentence ("With these words ...", "The remark, made by X"); passive attribution ("it was stated by the press
service"); unnamed sources, including a French «une source» carried on by «elle»; speakers in the middle of a
quote; a pronoun or role noun right after a list of two people.
"""

from check_gold import Article, D, O, P, R

# en-mt-34
MAGD = "Ministry of Agriculture of Dravia"
SHCH = "Valentin Shchukin"
OZP = "Ostrogzernoport"
DRW = "Dravian Railways"
LAPS = "Mikhail Lapshin"

# en-mt-35
KREM = "Kremlin"
VOLKH = "Arseny Volkhov"
REIN = "Tomas Reinholt"
PETS = "Jan Petersen"
BERG = "Lukas Berger"

# en-mt-36
KOROB = "Natalia Korobova"
GRISH = "Elena Grishina"
OREKH = "Svetlana Orekhova"

# en-wire-37
HALV = "Halvard Metals"
VDM = "Piet Vandermolen"
SOLB = "Erik Solberg"
HOLM = "Anders Holm"
DAHL = "Rolf Dahl"

# en-wire-38
FONT = "Claire Fontaine"
AAS = "Ingrid Aasen"
VFM = "Vardonia's Foreign Ministry"
REVA = "Oksana Reva"
ELSN = "Hanna Elsner"

# en-op-11
VENT = "Dario Ventresca"
FERR = "Luca Ferrante"
RIZZ = "Franco Rizzi"

# en-op-12
MEDL = "Ministry of Education of Lesnaya"
DEMI = "Yulia Demidova"
KOVAL = "Irina Koval"
LYSE = "Tamara Lysenko"

# ru-10
BELOU = "Марина Белоусова"
CHK = "Чистый край"
FEDOT = "Ольга Федотова"
MZHKH = "министерстве ЖКХ Приозёрской области"

# ru-11
LOMAK = "Андрей Ломакин"
SAVCH = "Игорь Савчук"
KUZM = "Виктор Кузьмин"

# fr-06
CRHA = "conseil régional de Haute-Aubre"
MARCH = "Sophie Marchal"
VIDAL = "Anne-Laure Vidal"
RRAIL = "RégioRail"

# fr-07
VALD = "Valdoré"
KELL = "Bertrand Keller"
GARN = "Mathieu Garnier"
MAGRI = "ministère de l'Agriculture"
LEMA = "Hugo Lemaire"

# de-05
BRAND = "Heike Brandstätter"
ALB = "Monika Albers"
IMW = "Innenministerium des Landes Wehrland"

ARTICLES = [
    Article(
        id="en-mt-34-grain-terminal",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "press-service-of-org", "org-speaker", "generic-org-noun", "dash-attribution",
               "role-noun", "according-to-pronoun", "pronoun", "passive-attribution", "quote-attributed-next-sentence",
               "role-noun-after-other-speaker", "unnamed-speaker", "straight-double"),
        text="""\
Dravian ministry promises to restore grain exports through Ostrog terminal by autumn

OSTROG, 14 May. The Ministry of Agriculture of Dravia expects shipments of grain through the Ostrog port terminal to return to the pre-crisis level by September. This was reported on Tuesday by the press service of the department.

"The terminal has already received the first two vessels after the repair of the berth, and by the end of the month we expect five more," the ministry said.

The head of the terminal operator Ostrogzernoport, Valentin Shchukin, said at a briefing that the company had spent 1.2 billion rubles on the repair. According to him, the main problem now is not the berth, but the lack of railway wagons.

"We can load a ship in two days, but we wait for grain for a week. Railway workers must understand that," - said the head of the company.

He also noted that the company would not raise tariffs for farmers this year.

Dravian Railways, in turn, did not agree with this assessment. "The number of wagons sent to Ostrog in April increased by a third compared to March," it was stated by the press service of the carrier.

"Farmers are not interested in whose fault it is. They have full warehouses and loans to repay." With these words the chairman of the regional association of grain producers Mikhail Lapshin addressed the participants of the meeting. The farmers' representative stressed that many farms would not survive another season of low prices.

A source in the regional government told our agency that the question of subsidies for transportation will be considered in June.
""",
        actors=(
            O(MAGD),
            O(OZP),
            P(SHCH),
            O(DRW),
            P(LAPS),
        ),
        quotes=(
            R("The Ministry of Agriculture of Dravia expects shipments of grain through the Ostrog port terminal to return to the pre-crisis level by September",
              MAGD, "the press service of the department", "This was reported"),
            D("The terminal has already received the first two vessels after the repair of the berth, and by the end of the month we expect five more,",
              MAGD, "the ministry", "said"),
            R("the company had spent 1.2 billion rubles on the repair", SHCH, SHCH, "said at a briefing that"),
            R("the main problem now is not the berth, but the lack of railway wagons", SHCH, "him", "According to"),
            D("We can load a ship in two days, but we wait for grain for a week. Railway workers must understand that,",
              SHCH, "the head of the company", "- said"),
            R("the company would not raise tariffs for farmers this year", SHCH, "He", "also noted that"),
            D("The number of wagons sent to Ostrog in April increased by a third compared to March,", DRW,
              "the press service of the carrier", "it was stated by"),
            D("Farmers are not interested in whose fault it is. They have full warehouses and loans to repay.", LAPS,
              LAPS, "With these words"),
            R("many farms would not survive another season of low prices", LAPS, "The farmers' representative",
              "stressed that"),
            R("the question of subsidies for transportation will be considered in June", None,
              "A source in the regional government", "told our agency that"),
        ),
        notes="The ministry speaks through 'the press service of the department' and 'the ministry'; the railway "
              "through a passive 'it was stated by the press service of the carrier'. 'the head of the company' "
              "and 'He' carry Shchukin over three paragraphs. Lapshin's quote is attributed in the sentence after "
              "it. 'did not agree with this assessment' has a noun object.",
    ),
    Article(
        id="en-mt-35-transit-talks",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "org-speaker", "kremlin-speaker", "backward-attribution", "role-noun",
               "spokesman-of-person", "named-spokesperson", "partial-in-reported", "curly-double", "told-outlet",
               "role-noun-after-other-speaker", "according-to", "two-men-alternating"),
        text="""\
Kremlin: contacts with Lestonia on gas transit have not been interrupted

MOSCOW, 3 March. The Kremlin does not rule out a new round of consultations with Lestonia on the transit of gas through the Karvian pipeline, but sees no reason to rush. This was stated to journalists by the press secretary of the Russian president, Arseny Volkhov.

“Contacts have not been interrupted. They continue at the level of experts,” Volkhov said. “When there is something to announce, we will announce it.”

Asked whether the president could meet with the Lestonian leader Tomas Reinholt this spring, the Kremlin spokesman answered that such a meeting was “not on the agenda yet.”

Earlier, Reinholt's spokesman, Jan Petersen, said that Lestonia was ready to extend the transit contract for one year “on market terms.” Lestonia's Minister of Energy Lukas Berger went further. “The old price is history. Whoever wants our pipe must pay for it,” the minister told the newspaper Lestonia Posten.

Commenting on Berger's words, Volkhov noted that Moscow “does not negotiate through newspapers.”

The Kremlin also said that the issue of transit would be discussed on Friday at a meeting of the Security Council.

According to Petersen, the Lestonian side has sent its proposals in writing and is waiting for a response. He did not specify when the documents were sent.
""",
        actors=(
            O(KREM),
            P(VOLKH, "Volkhov"),
            P(REIN, "Reinholt"),
            P(PETS, "Petersen"),
            P(BERG, "Berger"),
            O("Lestonia Posten"),
            O("Security Council"),
        ),
        quotes=(
            R("contacts with Lestonia on gas transit have not been interrupted", KREM, KREM, ":"),
            R("The Kremlin does not rule out a new round of consultations with Lestonia on the transit of gas through the Karvian pipeline, but sees no reason to rush",
              VOLKH, VOLKH, "This was stated"),
            D("Contacts have not been interrupted. They continue at the level of experts,", VOLKH, "Volkhov", "said"),
            D("When there is something to announce, we will announce it.", VOLKH, "Volkhov", "said"),
            R("such a meeting was “not on the agenda yet.”", VOLKH, "the Kremlin spokesman", "answered that"),
            D("not on the agenda yet.", VOLKH, "the Kremlin spokesman", "answered that"),
            R("Lestonia was ready to extend the transit contract for one year “on market terms.”", PETS, PETS,
              "said that"),
            D("on market terms.", PETS, PETS, "said that"),
            D("The old price is history. Whoever wants our pipe must pay for it,", BERG, "the minister", "told"),
            R("Moscow “does not negotiate through newspapers.”", VOLKH, "Volkhov", "noted that"),
            D("does not negotiate through newspapers.", VOLKH, "Volkhov", "noted that"),
            R("the issue of transit would be discussed on Friday at a meeting of the Security Council", KREM,
              "The Kremlin", "also said that"),
            R("the Lestonian side has sent its proposals in writing and is waiting for a response", PETS, "Petersen",
              "According to"),
        ),
        notes="'the Kremlin spokesman' is Volkhov (introduced as 'the press secretary of the Russian president'), "
              "not the Kremlin as a body; the Kremlin itself speaks in the headline and near the end. Reinholt "
              "never speaks: 'Reinholt's spokesman' is named (Petersen), so Petersen is the speaker. 'the minister' "
              "is Berger, after Petersen spoke. 'He did not specify' is not a statement.",
    ),
    Article(
        id="en-mt-36-hospital-merger",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("guillemets", "role-noun", "according-to-pronoun", "two-women-alternating", "dash-attribution",
               "role-noun-after-other-speaker", "pronoun", "generic-org-noun-unnamed-body", "noun-object-not-a-quote",
               "infinitive-not-a-quote", "named-resident"),
        text="""\
In Zarechensk region, two district hospitals will be merged

ZARECHENSK, 21 October. The authorities of the Zarechensk region decided to merge the district hospitals of Lipovka and Sosnovy Bor into one medical center. The corresponding decree was signed by Governor Natalia Korobova.

«We cannot keep two half-empty hospitals 30 kilometers apart, where there is not a single surgeon», the governor explained at a meeting with residents of Lipovka.

The head of the regional health department Elena Grishina clarified that no doctor would be dismissed. According to her, the staff of both hospitals will be transferred to the new center, and the ambulance station in Sosnovy Bor will remain.

The residents did not hide their discontent. «They told us the same thing when they closed the maternity ward, and now women give birth in the ambulance», said Lipovka resident Svetlana Orekhova, a teacher at the local school.

Korobova promised to personally check how the merger goes. «If in a year people say it has become worse, I will be the first to admit the mistake», — she said.

The head of the department, for her part, stressed that the new center would receive a CT scanner and two new ambulances by spring.

The department added that the merger would save about 40 million rubles a year, which will go to salaries of young doctors.
""",
        actors=(
            P(KOROB, "Korobova"),
            P(GRISH),
            P(OREKH),
        ),
        quotes=(
            D("We cannot keep two half-empty hospitals 30 kilometers apart, where there is not a single surgeon", KOROB,
              "the governor", "explained"),
            R("no doctor would be dismissed", GRISH, GRISH, "clarified that"),
            R("the staff of both hospitals will be transferred to the new center, and the ambulance station in Sosnovy Bor will remain",
              GRISH, "her", "According to"),
            D("They told us the same thing when they closed the maternity ward, and now women give birth in the ambulance",
              OREKH, OREKH, "said"),
            D("If in a year people say it has become worse, I will be the first to admit the mistake", KOROB, "she",
              "said"),
            R("the new center would receive a CT scanner and two new ambulances by spring", GRISH,
              "The head of the department", "stressed that"),
            R("the merger would save about 40 million rubles a year, which will go to salaries of young doctors", None,
              "The department", "added that"),
        ),
        notes="Three women. 'she' is Korobova (subject of the sentence before), after Orekhova spoke; 'The head of "
              "the department' is Grishina after Korobova. 'The department' is the regional health department, an "
              "unnamed body, so its speaker is null even though its head is named. 'promised to personally check' "
              "has an infinitive object; 'The corresponding decree was signed by' is not speech.",
    ),
    Article(
        id="en-wire-37-mine-sale",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "org-speaker", "generic-org-noun", "said-in-a-statement",
               "named-spokesperson", "list-of-two-people", "two-men-alternating", "partial-in-reported",
               "interrupted-quote", "role-noun", "unnamed-speaker", "analysts", "straight-double", "byline-credits"),
        text="""\
Halvard Metals agrees to sell Brenna copper mine to state fund

By Oskar Lind

STAVERN, June 4 (Meridian) - Halvard Metals has agreed to sell its loss-making Brenna copper mine to Kestria's sovereign wealth fund for 310 million dollars, the company said on Wednesday, ending a two-year search for a buyer.

"This is the right owner for Brenna at the right time," Chief Executive Piet Vandermolen said in a statement. "It lets us focus on our two nickel projects."

The fund's spokesman, Erik Solberg, said the purchase would be financed from the fund's own reserves and would not need parliamentary approval.

Union leader Anders Holm and Mining Minister Rolf Dahl both welcomed the deal, but for different reasons. "The jobs stay in Kestria, and that is what matters," Holm said. Dahl said the state would invest in a new processing plant at the site, which he called "long overdue."

"Nobody else," the minister added, "was willing to take on the environmental liabilities."

Two bankers involved in the sale said Halvard had rejected an offer from a Chinese group last year because of concerns in the government. A Halvard spokeswoman declined to comment on that.

Shares in Halvard rose 4.2 percent. Analysts at Nordbank said the price was "at the top of expectations."

Vandermolen will remain on the mine's board until the end of the year, the company said.
""",
        actors=(
            P("Oskar Lind"),
            O("Meridian"),
            O(HALV, "Halvard"),
            P(VDM, "Vandermolen"),
            P(SOLB),
            P(HOLM, "Holm"),
            P(DAHL, "Dahl"),
            O("Nordbank"),
        ),
        quotes=(
            R("Halvard Metals has agreed to sell its loss-making Brenna copper mine to Kestria's sovereign wealth fund for 310 million dollars",
              HALV, "the company", "said"),
            D("This is the right owner for Brenna at the right time,", VDM, VDM, "said in a statement"),
            D("It lets us focus on our two nickel projects.", VDM, VDM, "said in a statement"),
            R("the purchase would be financed from the fund's own reserves and would not need parliamentary approval",
              SOLB, SOLB, "said"),
            D("The jobs stay in Kestria, and that is what matters,", HOLM, "Holm", "said"),
            R('the state would invest in a new processing plant at the site, which he called "long overdue."', DAHL,
              "Dahl", "said"),
            D("long overdue.", DAHL, "he", "called"),
            D("Nobody else,", DAHL, "the minister", "added"),
            D("was willing to take on the environmental liabilities.", DAHL, "the minister", "added"),
            R("Halvard had rejected an offer from a Chinese group last year because of concerns in the government", None,
              "Two bankers involved in the sale", "said"),
            R('the price was "at the top of expectations."', None, "Analysts at Nordbank", "said"),
            D("at the top of expectations.", None, "Analysts at Nordbank", "said"),
            R("Vandermolen will remain on the mine's board until the end of the year", HALV, "the company", "said"),
        ),
        notes="The lead and the last line are the company's, by 'the company said'. The fund is an unnamed body "
              "but its spokesman is named, so he is the speaker. Holm and Dahl are listed together; 'the minister' "
              "in the interrupted quote is Dahl, after Holm spoke. 'both welcomed the deal' and 'declined to "
              "comment' are not quotes; analysts are an unnamed source.",
    ),
    Article(
        id="en-wire-38-ceasefire-talks",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "list-of-two-people", "pronoun-after-list", "two-women-alternating",
               "role-noun", "partial-in-reported", "org-speaker", "said-in-a-statement", "adding-that",
               "unnamed-speaker", "quote-attributed-next-sentence", "pronoun", "curly-double", "told-reporters"),
        text="""\
Talks on Sarn border ceasefire to resume next week, mediator says

GENEVA, Nov 18 (Baltica Press) - Negotiators from Vardonia and Ostmark will meet again in Geneva next week to discuss extending a ceasefire along their disputed border, Swiss diplomat Claire Fontaine, one of two mediators, said on Tuesday.

Fontaine and the other mediator, Norwegian envoy Ingrid Aasen, met the Vardonian delegation on Monday evening. “Both sides have told us they want the ceasefire to hold through the winter,” she told reporters afterwards. “The question is what each of them is ready to give for it.”

Aasen was more cautious. The envoy said that shelling near the village of Mirna over the weekend had “shaken the trust that we built in October.”

Vardonia's Foreign Ministry said in a statement that its delegation would be led by Deputy Foreign Minister Oksana Reva. The ministry accused Ostmark of moving artillery closer to the line.

Ostmark denied that. “Our troops have not moved a single gun,” Defence Ministry spokeswoman Hanna Elsner said, adding that Vardonia was “inventing violations to delay the talks.”

A Western diplomat familiar with the talks said the mediators hoped to agree on a monitoring mission of about 200 observers. Neither Reva nor Elsner commented on the proposal.

“We are not going to Geneva to sign anything we have not read.” The remark, made by Reva on state television on Monday evening, was widely shared by Ostmark officials as proof that Vardonia was not serious.

She later said her words had been “taken out of context.”
""",
        actors=(
            O("Baltica Press"),
            P(FONT, "Fontaine"),
            P(AAS, "Aasen"),
            O(VFM),
            P(REVA, "Reva"),
            O("Defence Ministry"),
            P(ELSN, "Elsner"),
        ),
        quotes=(
            R("Negotiators from Vardonia and Ostmark will meet again in Geneva next week to discuss extending a ceasefire along their disputed border",
              FONT, FONT, "said"),
            D("Both sides have told us they want the ceasefire to hold through the winter,", FONT, "she", "told reporters"),
            D("The question is what each of them is ready to give for it.", FONT, "she", "told reporters"),
            R("shelling near the village of Mirna over the weekend had “shaken the trust that we built in October.”",
              AAS, "The envoy", "said that"),
            D("shaken the trust that we built in October.", AAS, "The envoy", "said that"),
            R("its delegation would be led by Deputy Foreign Minister Oksana Reva", VFM, VFM, "said in a statement that"),
            D("Our troops have not moved a single gun,", ELSN, ELSN, "said"),
            R("Vardonia was “inventing violations to delay the talks.”", ELSN, ELSN, "adding that"),
            D("inventing violations to delay the talks.", ELSN, ELSN, "adding that"),
            R("the mediators hoped to agree on a monitoring mission of about 200 observers", None,
              "A Western diplomat familiar with the talks", "said"),
            D("We are not going to Geneva to sign anything we have not read.", REVA, "Reva", "The remark, made by"),
            R("her words had been “taken out of context.”", REVA, "She", "later said"),
            D("taken out of context.", REVA, "She", "later said"),
        ),
        notes="Four women. 'she' right after the list 'Fontaine and ... Aasen' is Fontaine, its subject and the "
              "lead's speaker; 'The envoy' is Aasen. Elsner is a named spokeswoman (the speaker, not her "
              "ministry). Reva's words are attributed in the next sentence, and the closing 'She' is Reva, after "
              "'Neither Reva nor Elsner'. 'accused Ostmark of moving' and 'denied that' are not quotes.",
    ),
    Article(
        id="en-op-11-riverside-tram",
        split="dev",
        lang="en",
        style="opinion",
        cases=("curly-double", "pronoun", "told-me", "role-noun", "opinion-verb-clause", "partial-quote-noun-object",
               "role-noun-after-other-speaker", "deputy-vs-principal", "two-men-alternating", "interrupted-quote",
               "pronoun-across-paragraphs", "byline-credits"),
        text="""\
The tram that nobody asked for

By Miriam Castell

Every city has a project that its mayor loves more than its citizens do. In Belgora, it is the new riverside tram line, which will cost 180 million euros and, by the council's own count, carry fewer passengers than the buses it replaces.

Mayor Dario Ventresca defends it with the zeal of a convert. “A city without trams is a city that has given up on its centre,” he told a business breakfast last month. He repeated the line, almost word for word, on local radio a week later.

Transport economist Luca Ferrante, who has studied tram projects across southern Europe for twenty years, is not impressed. “Trams work where people already live close together. Belgora's riverside is car parks and warehouses,” he told me. The professor thinks the money would do more good spent on buses that run every ten minutes instead of every thirty.

Ventresca's deputy, Franco Rizzi, dismisses such critics as “people who count passengers instead of dreams.” It is a good slogan. It is not a transport policy.

When I asked Rizzi what would happen if the forecasts proved too optimistic, he shrugged. “Then we will have a beautiful tram,” the deputy mayor said.

Ferrante, for his part, has a simpler test. “Ask who will ride it on a rainy Tuesday in February,” he said. “If the answer is tourists, you have built a toy.”

The council votes on the final contract next month. Its members would do well to ride the number 14 bus first.
""",
        actors=(
            P("Miriam Castell"),
            P(VENT, "Ventresca"),
            P(FERR, "Ferrante"),
            P(RIZZ, "Rizzi"),
        ),
        quotes=(
            D("A city without trams is a city that has given up on its centre,", VENT, "he", "told"),
            D("Trams work where people already live close together. Belgora's riverside is car parks and warehouses,",
              FERR, "he", "told me"),
            R("the money would do more good spent on buses that run every ten minutes instead of every thirty", FERR,
              "The professor", "thinks"),
            D("people who count passengers instead of dreams.", RIZZ, RIZZ, "dismisses such critics as"),
            D("Then we will have a beautiful tram,", RIZZ, "the deputy mayor", "said"),
            D("Ask who will ride it on a rainy Tuesday in February,", FERR, "he", "said"),
            D("If the answer is tourists, you have built a toy.", FERR, "he", "said"),
        ),
        notes="Three men. 'he' in each quote is the subject of the sentence before; 'The professor' is Ferrante "
              "(introduced as an economist); 'the deputy mayor' is Rizzi, not Mayor Ventresca. 'He repeated the "
              "line' and the author's own comments are not quotes; 'dismisses such critics as' takes a partial "
              "quote.",
    ),
    Article(
        id="en-op-12-school-water",
        split="dev",
        lang="en",
        style="opinion",
        cases=("straight-double", "org-speaker", "generic-org-noun", "said-in-a-statement", "word-in-marks-not-a-quote",
               "pronoun", "role-noun", "two-women-alternating", "indirect-question-not-a-quote", "told-me",
               "unnamed-speaker", "colon-cue", "spokesman-of-person", "interrupted-quote", "byline-credits"),
        text="""\
The ministry that answers every question except the one asked

By Pavel Sedov

For three weeks, parents in Greshevo have been asking a simple question: why was the water in the town's two schools declared safe a day before forty children fell ill?

The regional Ministry of Education of Lesnaya answered on Friday, after a fashion. "All necessary checks were carried out in full and on time," the ministry said in a statement that ran to four paragraphs and did not mention the word "water" once.

Its head, Minister Yulia Demidova, went further at a press conference. "I will not let anyone use children to score political points," she said. Asked whose political points she meant, the minister said the question was "inappropriate."

The man who ran the tests, sanitary inspector Gleb Arkhipov, has not spoken in public. His lawyer, Irina Koval, told me that her client had warned his superiors about the old pipes in writing last year. "He did his job. Others did not do theirs," she said.

One official at the ministry, who asked not to be named because he was not allowed to speak to the press, put it more bluntly: "Everyone knew about the pipes. Nobody wanted to pay for them."

Demidova's spokeswoman later said the minister had "full confidence" in her staff.

Parents, meanwhile, have stopped waiting for answers. They are collecting signatures for a petition to the governor. "We are not politicians," said Tamara Lysenko, whose son spent four days in hospital. "We just want to know who lied."
""",
        actors=(
            P("Pavel Sedov"),
            O(MEDL),
            P(DEMI, "Demidova"),
            P("Gleb Arkhipov"),
            P(KOVAL),
            P(LYSE),
        ),
        quotes=(
            D("All necessary checks were carried out in full and on time,", MEDL, "the ministry", "said in a statement"),
            D("I will not let anyone use children to score political points,", DEMI, "she", "said"),
            R('the question was "inappropriate."', DEMI, "the minister", "said"),
            D("inappropriate.", DEMI, "the minister", "said"),
            R("her client had warned his superiors about the old pipes in writing last year", KOVAL, KOVAL,
              "told me that"),
            D("He did his job. Others did not do theirs,", KOVAL, "she", "said"),
            D("Everyone knew about the pipes. Nobody wanted to pay for them.", None, "One official at the ministry",
              "put it more bluntly:"),
            R('the minister had "full confidence" in her staff', DEMI, "Demidova's spokeswoman", "later said"),
            D("full confidence", DEMI, "Demidova's spokeswoman", "later said"),
            D("We are not politicians,", LYSE, LYSE, "said"),
            D("We just want to know who lied.", LYSE, LYSE, "said"),
        ),
        notes="The ministry speaks as 'the ministry'; its head Demidova then speaks as 'she' and 'the minister'. "
              "Koval's 'she said' follows Demidova's quotes (two women). An unnamed spokeswoman for a named person "
              "speaks for that person. The word \"water\" in marks is a word, not a quote; 'Asked whose political "
              "points she meant' is an indirect question; the unnamed official is null.",
    ),
    Article(
        id="ru-10-garbage-tariff",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "ob-etom-soobshchil", "dash-attribution", "interrupted-quote", "org-speaker",
               "press-service-of-org", "po-slovam", "role-noun", "role-noun-after-other-speaker",
               "two-women-alternating", "v-ministerstve-zayavili", "v-vedomstve", "company-name-in-quotes",
               "infinitive-not-a-quote", "female-speaker"),
        text="""\
В Приозёрске подорожает вывоз мусора

ПРИОЗЁРСК, 12 февраля. Тариф на вывоз твёрдых коммунальных отходов в Приозёрском районе с 1 июля вырастет на 14%. Об этом журналистам сообщила глава районного комитета по тарифам Марина Белоусова.

«Мы долго сдерживали рост, но перевозчик работает в убыток уже второй год, — сказала она. — Если ничего не менять, мусор просто перестанут вывозить».

Региональный оператор, компания «Чистый край», подтвердил, что подавал заявку на повышение на 22%. «Рост цен на топливо и запчасти за год превысил 30%», — говорится в сообщении пресс-службы компании.

Депутат районного совета Ольга Федотова назвала решение «ударом по пенсионерам». По её словам, тариф за последние три года вырос почти вдвое, а качество работы не изменилось.

Белоусова с этим не согласилась. «Контейнерные площадки в прошлом году обновили в сорока сёлах», — возразила председатель комитета.

В министерстве ЖКХ Приозёрской области заявили, что льготы для пенсионеров и многодетных семей сохранятся. Как уточнили в ведомстве, компенсацию будут начислять автоматически.

Депутат пообещала добиваться проверки расходов оператора.
""",
        actors=(
            P(BELOU, "Белоусова"),
            O(CHK),
            P(FEDOT),
            O(MZHKH),
        ),
        quotes=(
            R("Тариф на вывоз твёрдых коммунальных отходов в Приозёрском районе с 1 июля вырастет на 14%", BELOU, BELOU,
              "Об этом журналистам сообщила"),
            D("Мы долго сдерживали рост, но перевозчик работает в убыток уже второй год,", BELOU, "она", "— сказала"),
            D("Если ничего не менять, мусор просто перестанут вывозить", BELOU, "она", "— сказала"),
            R("подавал заявку на повышение на 22%", CHK, CHK, "подтвердил, что"),
            D("Рост цен на топливо и запчасти за год превысил 30%", CHK, "пресс-службы компании",
              "— говорится в сообщении"),
            D("ударом по пенсионерам", FEDOT, FEDOT, "назвала"),
            R("тариф за последние три года вырос почти вдвое, а качество работы не изменилось", FEDOT, "её",
              "По её словам"),
            D("Контейнерные площадки в прошлом году обновили в сорока сёлах", BELOU, "председатель комитета",
              "— возразила"),
            R("льготы для пенсионеров и многодетных семей сохранятся", MZHKH, MZHKH, "заявили, что"),
            R("компенсацию будут начислять автоматически", MZHKH, "в ведомстве", "Как уточнили"),
        ),
        notes="Белоусова (глава комитета) and Федотова (депутат) alternate; 'председатель комитета' is Белоусова "
              "after Федотова spoke. The company speaks as itself and through 'пресс-службы компании'. The ministry "
              "is named only in the prepositional and then speaks as 'в ведомстве'. 'пообещала добиваться' has an "
              "infinitive object.",
    ),
    Article(
        id="ru-11-bridge-contractor",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "backward-attribution", "dash-attribution", "role-noun", "role-noun-after-other-speaker",
               "two-men-alternating", "pronoun", "kak-poyasnil", "unnamed-speaker", "unnamed-dash-attribution",
               "po-slovam", "partial-quote-noun-object", "company-name-in-quotes", "infinitive-not-a-quote"),
        text="""\
Губернатор пообещал достроить мост через Вилюйку к 2026 году

ВЕРХНЕКАМСК, 5 сентября. Строительство моста через реку Вилюйку в Верхнекамской области будет завершено не позднее 2026 года. Такое обещание дал губернатор региона Андрей Ломакин во время встречи с жителями посёлка Заречный.

«Подрядчик сорвал все сроки, и мы его сменили. Новый подрядчик уже вышел на площадку», — сказал глава региона.

Прежний подрядчик, компания «Мостстройинвест», с расторжением контракта не согласен. Её генеральный директор Игорь Савчук заявил агентству «Камский вестник», что задержки были вызваны изменением проекта по требованию областных властей. «Нас сделали крайними», — считает он.

Губернатор назвал эти слова «попыткой переложить ответственность». Как пояснил Ломакин, проект меняли один раз, и подрядчику за это доплатили.

Источник в областном правительстве сообщил, что прокуратура уже проверяет расходование средств. «Вопросы есть не только к подрядчику», — отметил собеседник агентства.

Жители посёлка пока настроены скептически. «Мы этот мост ждём с 2019 года», — сказал пенсионер Виктор Кузьмин. По его словам, в распутицу до райцентра приходится добираться на лодке.
""",
        actors=(
            P(LOMAK, "Ломакин"),
            O("Мостстройинвест"),
            P(SAVCH),
            O("Камский вестник"),
            P(KUZM),
        ),
        quotes=(
            R("Строительство моста через реку Вилюйку в Верхнекамской области будет завершено не позднее 2026 года",
              LOMAK, LOMAK, "Такое обещание дал"),
            D("Подрядчик сорвал все сроки, и мы его сменили. Новый подрядчик уже вышел на площадку", LOMAK,
              "глава региона", "— сказал"),
            R("задержки были вызваны изменением проекта по требованию областных властей", SAVCH, SAVCH, "заявил"),
            D("Нас сделали крайними", SAVCH, "он", "— считает"),
            D("попыткой переложить ответственность", LOMAK, "Губернатор", "назвал"),
            R("проект меняли один раз, и подрядчику за это доплатили", LOMAK, "Ломакин", "Как пояснил"),
            R("прокуратура уже проверяет расходование средств", None, "Источник в областном правительстве",
              "сообщил, что"),
            D("Вопросы есть не только к подрядчику", None, "собеседник агентства", "— отметил"),
            D("Мы этот мост ждём с 2019 года", KUZM, KUZM, "— сказал"),
            R("в распутицу до райцентра приходится добираться на лодке", KUZM, "его", "По его словам"),
        ),
        notes="The governor is named once and then 'глава региона' / 'Губернатор'; Савчук speaks in between. "
              "'собеседник агентства' is the unnamed source of the sentence before. The headline has an "
              "infinitive object; «Мостстройинвест» and «Камский вестник» are names in marks.",
    ),
    Article(
        id="fr-06-ligne-ferroviaire",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "lead-attribution-at-end", "org-speaker", "selon-pronoun", "interrupted-quote",
               "incise", "two-women-alternating", "role-noun", "role-noun-after-other-speaker", "partial-in-reported",
               "d-apres-generic-org", "unnamed-speaker", "pronoun-for-unnamed-source", "partial-quote-infinitive",
               "noun-object-not-a-quote"),
        text="""\
Fermeture de la ligne Vernon-Aubrac : la région promet des cars de remplacement

CLERMONT-SUR-AUBRE, 9 janvier (AFI) - La ligne ferroviaire entre Vernon et Aubrac sera fermée pendant au moins dix-huit mois à partir du 1er mars pour des travaux de rénovation, a annoncé jeudi le conseil régional de Haute-Aubre.

«\u00a0Cette ligne n'a pas été entretenue sérieusement depuis trente ans. Nous n'avons plus le choix\u00a0», a déclaré la vice-présidente chargée des transports, Sophie Marchal, lors d'une conférence de presse.

Selon elle, des cars de remplacement circuleront toutes les heures aux heures de pointe.

La maire d'Aubrac, Anne-Laure Vidal, s'inquiète pour les lycéens et les salariés. «\u00a0Un car met quarante minutes de plus que le train, a-t-elle souligné. Pour beaucoup de familles, c'est une heure de moins chaque jour.\u00a0»

La vice-présidente a répondu que les horaires seraient «\u00a0ajustés avec les établissements scolaires\u00a0».

RégioRail, le gestionnaire de la ligne, a confirmé le calendrier. D'après l'entreprise, le chantier coûtera 96 millions d'euros, financés pour moitié par l'État.

Une source proche du dossier estime toutefois que la réouverture pourrait glisser à 2027. «\u00a0Personne n'a encore vu les résultats des sondages du viaduc\u00a0», confie-t-elle.

L'élue d'Aubrac promet de «\u00a0rester vigilante\u00a0».
""",
        actors=(
            O("AFI"),
            O(CRHA),
            P(MARCH),
            P(VIDAL),
            O(RRAIL),
        ),
        quotes=(
            R("La ligne ferroviaire entre Vernon et Aubrac sera fermée pendant au moins dix-huit mois à partir du 1er mars pour des travaux de rénovation",
              CRHA, CRHA, "a annoncé"),
            D("Cette ligne n'a pas été entretenue sérieusement depuis trente ans. Nous n'avons plus le choix", MARCH,
              MARCH, "a déclaré"),
            R("des cars de remplacement circuleront toutes les heures aux heures de pointe", MARCH, "elle", "Selon"),
            D("Un car met quarante minutes de plus que le train,", VIDAL, "elle", "a-t-elle souligné"),
            D("Pour beaucoup de familles, c'est une heure de moins chaque jour.", VIDAL, "elle", "a-t-elle souligné"),
            R("les horaires seraient «\u00a0ajustés avec les établissements scolaires\u00a0»", MARCH, "La vice-présidente",
              "a répondu que"),
            D("ajustés avec les établissements scolaires", MARCH, "La vice-présidente", "a répondu que"),
            R("le chantier coûtera 96 millions d'euros, financés pour moitié par l'État", RRAIL, "l'entreprise",
              "D'après"),
            R("la réouverture pourrait glisser à 2027", None, "Une source proche du dossier", "estime toutefois que"),
            D("Personne n'a encore vu les résultats des sondages du viaduc", None, "elle", "confie-t-elle"),
            D("rester vigilante", VIDAL, "L'élue d'Aubrac", "promet de"),
        ),
        notes="Marchal and Vidal alternate; 'La vice-présidente' is Marchal after Vidal, 'L'élue d'Aubrac' is Vidal "
              "after the source. 'confie-t-elle' refers to 'Une source' (feminine noun), an unnamed source, so its "
              "speaker is null. 'l'entreprise' is RégioRail. 'a confirmé le calendrier' has a noun object.",
    ),
    Article(
        id="fr-07-laiterie",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "noun-object-not-a-quote", "selon-pronoun", "incise", "interrupted-quote",
               "role-noun", "role-noun-after-other-speaker", "two-men-alternating", "impersonal-on-indique",
               "org-speaker", "partial-in-reported", "colon-cue", "told-outlet"),
        text="""\
Laiterie de Montcalvet : 140 emplois menacés, le ministère promet un repreneur

MONTCALVET, 22 mai - Le groupe laitier Valdoré a annoncé mardi son intention de fermer d'ici la fin de l'année son usine de Montcalvet, qui emploie 140 personnes, invoquant la baisse de la collecte de lait dans la région.

«\u00a0Nous avons perdu un tiers de nos producteurs en cinq ans. L'usine tourne à moitié de sa capacité\u00a0», a expliqué le directeur industriel du groupe, Bertrand Keller, dans un entretien au quotidien La Voix du Causse.

Le délégué syndical du site, Mathieu Garnier, conteste ce diagnostic. Selon lui, Valdoré veut surtout transférer la production vers son usine de Pologne. «\u00a0Ils ferment une usine rentable pour en enrichir une autre\u00a0», affirme-t-il.

Le directeur répond que le site polonais «\u00a0ne reprendra pas un seul litre\u00a0» du lait de Montcalvet.

Au ministère de l'Agriculture, on indique qu'un repreneur a déjà manifesté son intérêt. «\u00a0Des discussions sont en cours, et nous les suivons de près\u00a0», a déclaré le ministre, Hugo Lemaire, en marge d'un déplacement à Rodez. «\u00a0Notre priorité, a-t-il ajouté, c'est que le lait continue d'être collecté.\u00a0»

Le syndicaliste, lui, reste sceptique\u00a0: «\u00a0On nous a déjà promis des repreneurs en 2019.\u00a0»
""",
        actors=(
            O(VALD),
            P(KELL),
            O("La Voix du Causse"),
            P(GARN),
            O(MAGRI),
            P(LEMA),
        ),
        quotes=(
            D("Nous avons perdu un tiers de nos producteurs en cinq ans. L'usine tourne à moitié de sa capacité", KELL,
              KELL, "a expliqué"),
            R("Valdoré veut surtout transférer la production vers son usine de Pologne", GARN, "lui", "Selon"),
            D("Ils ferment une usine rentable pour en enrichir une autre", GARN, "il", "affirme-t-il"),
            R("le site polonais «\u00a0ne reprendra pas un seul litre\u00a0» du lait de Montcalvet", KELL, "Le directeur",
              "répond que"),
            D("ne reprendra pas un seul litre", KELL, "Le directeur", "répond que"),
            R("un repreneur a déjà manifesté son intérêt", MAGRI, MAGRI, "on indique qu'"),
            D("Des discussions sont en cours, et nous les suivons de près", LEMA, LEMA, "a déclaré"),
            D("Notre priorité,", LEMA, "il", "a-t-il ajouté"),
            D("c'est que le lait continue d'être collecté.", LEMA, "il", "a-t-il ajouté"),
            D("On nous a déjà promis des repreneurs en 2019.", GARN, "Le syndicaliste", ":"),
        ),
        notes="Three men. 'Le directeur' is Keller after Garnier; 'Le syndicaliste' is Garnier after the minister. "
              "'on indique' at the ministry makes the ministry the speaker. 'a annoncé son intention de fermer' "
              "and 'conteste ce diagnostic' have noun objects.",
    ),
    Article(
        id="de-05-vereinszuschuesse",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "headline-partial-quote", "headline-quote-speaker-in-body", "sagte",
               "konjunktiv-no-cue", "role-noun", "pronoun", "two-women-alternating", "so-x", "hiess-es",
               "org-speaker", "verwies-darauf", "infinitive-not-a-quote", "noun-object-not-a-quote"),
        text="""\
Lindenau streicht Zuschüsse für Vereine – Sportbund-Chefin warnt vor „Kahlschlag“

LINDENAU (dpn) – Die Stadt Lindenau kürzt die Zuschüsse für Sport- und Kulturvereine im kommenden Jahr um ein Viertel. Das hat der Stadtrat am Donnerstagabend mit knapper Mehrheit beschlossen.

„Wir haben schlicht kein Geld mehr“, sagte Oberbürgermeisterin Heike Brandstätter nach der Sitzung. Die Gewerbesteuer sei um 18 Millionen Euro eingebrochen.

Die Vorsitzende des Stadtsportbundes, Monika Albers, sprach von einem „Kahlschlag“. „Ein Verein, der einmal zumacht, macht nicht wieder auf“, sagte sie. „Das spart man nicht in einem Jahr wieder ein.“

Die Oberbürgermeisterin verwies darauf, dass die Stadt die Hallenmieten nicht erhöhen werde. Albers hält das für zu wenig. Viele Vereine zahlten schon jetzt ihre Trainer aus eigener Tasche, so die Sportbund-Chefin.

Aus dem Innenministerium des Landes Wehrland hieß es, man prüfe, ob Lindenau Mittel aus dem Stabilisierungsfonds erhalten könne. Eine Entscheidung werde es aber nicht vor März geben.

„Wir lassen die Ehrenamtlichen nicht im Regen stehen“, sagte Brandstätter. Die Grünen-Fraktion kündigte an, gegen den Haushalt zu klagen.
""",
        actors=(
            O("dpn"),
            O("Stadt Lindenau"),
            P(BRAND, "Brandstätter"),
            O("Stadtsportbundes"),
            P(ALB, "Albers"),
            O(IMW),
            O("Grünen-Fraktion"),
        ),
        quotes=(
            D("Kahlschlag", ALB, "Sportbund-Chefin", "warnt vor", after="Lindenau streicht"),
            D("Wir haben schlicht kein Geld mehr", BRAND, BRAND, "sagte"),
            R("Die Gewerbesteuer sei um 18 Millionen Euro eingebrochen", BRAND, None, None),
            D("Kahlschlag", ALB, ALB, "sprach von", after="sprach von einem"),
            D("Ein Verein, der einmal zumacht, macht nicht wieder auf", ALB, "sie", "sagte"),
            D("Das spart man nicht in einem Jahr wieder ein.", ALB, "sie", "sagte"),
            R("die Stadt die Hallenmieten nicht erhöhen werde", BRAND, "Die Oberbürgermeisterin", "verwies darauf, dass"),
            R("Viele Vereine zahlten schon jetzt ihre Trainer aus eigener Tasche", ALB, "die Sportbund-Chefin", "so"),
            R("man prüfe, ob Lindenau Mittel aus dem Stabilisierungsfonds erhalten könne", IMW, IMW, "hieß es"),
            R("Eine Entscheidung werde es aber nicht vor März geben", IMW, None, None),
            D("Wir lassen die Ehrenamtlichen nicht im Regen stehen", BRAND, "Brandstätter", "sagte"),
        ),
        notes="Two women alternate. The headline's speaker is only in the body ('Sportbund-Chefin' = Albers). Two "
              "Konjunktiv I sentences carry on the previous speaker without a cue. 'hieß es' from a named ministry "
              "makes it the speaker. 'beschlossen' is a decision, 'kündigte an, ... zu klagen' has an infinitive, "
              "'hält das für zu wenig' a noun object.",
    ),
]
