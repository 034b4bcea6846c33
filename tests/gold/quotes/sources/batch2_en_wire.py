# ruff: noqa: E501
"""Second batch: English wire copy and machine-translated state-media copy (all invented).

Written after the quote rules were tuned on the first batch, to resemble real press more closely: leads
attributed at the end ("..., the minister said"), "said X, a spokesman for Y", "Y said in a statement",
a capital speaking for its government, an agency relaying another speaker ("quoted the ministry as saying"),
quotes running across paragraphs, and machine-translated copy with misspelt names and role nouns.
"""

from check_gold import Article, D, O, P, R

DOBR = "Mirela Dobrescu"
ORUC = "Kasim Oruç"
DUNGOV = "Dunavian government"
ILIC = "Bogdan Ilić"
HARA = "Lena Haraldsen"
MARK = "Vesna Marković"
MFM = "Marrovia's Foreign Ministry"
TFM = "Tesarian Foreign Ministry"
RIN = "Ottavia Rinaldi"
FENZI = "Dario Fenzi"
AKIM = "Svetlana Akimova"
TSYB = "Vladimir Tsybulsky"
KOVA = "Tatiana Kovaleva"
SHER = "Igor Sheremetyev"
GUB = "Marina Gubareva"
ZVIR = "Edgars Zvirbulis"
MEN = "Ministry of Energy of Valdoria"
SARGOV = "Saridia's government"
DEM = "Harun Demirel"
DMOE = "Dunavia's Ministry of Environment"
LUP = "Ana Lupescu"
GORB = "Alexei Gorbunov"
SHEST = "Valentina Shestakova"
KIR = "Nina Kirillova"

ARTICLES = [
    Article(
        id="en-wire-18-grain-corridor",
        split="dev",
        lang="en",
        style="wire",
        cases=("straight-double", "lead-attribution-at-end", "role-noun-before-name", "told-agency",
               "multi-paragraph-quote", "added", "spokesperson-for-org", "pronoun", "role-noun",
               "said-in-a-statement", "backward-attribution", "unnamed-speaker", "metonym-speaker",
               "partial-in-reported", "noun-object-not-a-quote", "byline-credits"),
        text="""\
Dunavia suspends grain corridor talks after drone strike on Port Arvel

By Teodor Brankovic and Lise Amundsen

VELSK, Oct 7 (Meridian Wire) - Dunavia suspended talks on a Black Gulf grain corridor on Tuesday after a drone hit a loading terminal in Port Arvel, the country's agriculture minister said, accusing neighbouring Saridia of "deliberately targeting food."

"We cannot negotiate safe passage for ships while the ports those ships sail from are being burned," Agriculture Minister Mirela Dobrescu told Meridian Wire by telephone. "Our farmers have forty thousand tonnes waiting in silos.

"Every week we lose buyers, and the buyers do not come back," she added.

Saridia denied involvement. "Our forces carried out no operations in the Arvel area," said Kasim Oruç, a spokesman for the Saridian Defence Ministry. He said the drone could have been launched "by anyone with a shop-bought kit."

The minister said Dunavia would ask the Maritime Safety Council to send inspectors to the damaged terminal.

Halvard Grain, which operates the terminal, said in a statement that two conveyor lines were destroyed and loading would be halted for at least ten days. Nobody was hurt, the company said.

Two Dunavian officials said the talks, brokered by the council since March, had been close to a deal on insurance for cargo ships. One official, who asked not to be named, said the strike "came exactly when we were ready to sign."

The Dunavian government declared a state of emergency in the port district late on Tuesday. Velsk has said it will not return to the table until Saridia agrees to an independent investigation.

Wheat futures in Castel Orso rose 2.1 percent on the news, traders said.

(Reporting by Teodor Brankovic in Velsk and Lise Amundsen in Castel Orso; Editing by Peter Oyelaran)
""",
        actors=(
            P("Teodor Brankovic"),
            P("Lise Amundsen"),
            P("Peter Oyelaran"),
            O("Meridian Wire"),
            P(DOBR),
            P(ORUC),
            O("Saridian Defence Ministry"),
            O("Maritime Safety Council"),
            O("Halvard Grain"),
            O(DUNGOV),
        ),
        quotes=(
            R("Dunavia suspended talks on a Black Gulf grain corridor on Tuesday after a drone hit a loading terminal in Port Arvel",
              DOBR, "the country's agriculture minister", "said"),
            D("deliberately targeting food.", DOBR, "the country's agriculture minister", "accusing"),
            D("We cannot negotiate safe passage for ships while the ports those ships sail from are being burned,",
              DOBR, DOBR, "told"),
            D('Our farmers have forty thousand tonnes waiting in silos.\n\n"Every week we lose buyers, and the buyers do not come back,',
              DOBR, "she", "added"),
            D("Our forces carried out no operations in the Arvel area,", ORUC, ORUC, "said"),
            R('the drone could have been launched "by anyone with a shop-bought kit."', ORUC, "He", "said"),
            D("by anyone with a shop-bought kit.", ORUC, "He", "said"),
            R("Dunavia would ask the Maritime Safety Council to send inspectors to the damaged terminal", DOBR,
              "The minister", "said"),
            R("two conveyor lines were destroyed and loading would be halted for at least ten days", "Halvard Grain",
              "Halvard Grain", "said in a statement that"),
            R("Nobody was hurt", "Halvard Grain", "the company", "said"),
            R("the talks, brokered by the council since March, had been close to a deal on insurance for cargo ships",
              None, "Two Dunavian officials", "said"),
            R('the strike "came exactly when we were ready to sign."', None, "One official", "said"),
            D("came exactly when we were ready to sign.", None, "One official", "said"),
            R("it will not return to the table until Saridia agrees to an independent investigation", DUNGOV, "Velsk",
              "has said"),
            R("Wheat futures in Castel Orso rose 2.1 percent on the news", None, "traders", "said"),
        ),
        notes="The lead is attributed to 'the country's agriculture minister' before she is named. The second "
              "quote runs over two paragraphs (opening mark at each) and is one quote; its cue comes at the end. "
              "'Velsk' is the capital speaking for the Dunavian government. 'Saridia denied involvement' has a "
              "noun object and is not a quote.",
    ),
    Article(
        id="en-wire-19-mine-rescue",
        split="dev",
        lang="en",
        style="wire",
        cases=("straight-double", "unnamed-speaker", "speaker-after-quote", "according-to", "org-speaker",
               "partial-in-reported", "told-reporters", "pronoun", "pronoun-after-other-gender", "nested-quote",
               "straight-single", "noun-object-not-a-quote", "split-quote-continuation"),
        text="""\
Rescuers reach 11 miners trapped in Kelmark coal pit, two still missing

STARO POLJE, Kelmark (Continental Press) — Rescuers on Sunday reached 11 of the 13 miners trapped for almost two days in a collapsed coal pit in eastern Kelmark, but two men were still unaccounted for, officials said.

"They were sitting together in a ventilation chamber, cold and very thirsty but conscious, and the first thing one of them asked us was whether his shift would be paid," said Bogdan Ilić, who heads the regional mine rescue service.

The miners were brought to the surface one by one in a steel cage and taken to the hospital in Staro Polje, according to Ilić.

The pit's owner, Severna Coal, said the collapse was caused by a "sudden rock burst" that its sensors could not have predicted. Its chief executive, Lena Haraldsen, told reporters at the mine gate that the company would pay for hotel rooms for the families.

"We will not stop until the last two are found," Haraldsen said.

Ilić was more cautious. "I won't promise anything about the other two," he said. "The tunnel beyond the chamber is full of water."

The Kelmark Miners' Union disputed the company's account. Its leader, Vesna Marković, said workers had reported cracking noises in the tunnel for a week. "One of the men told his wife on Thursday, 'The roof is talking to us again,'" Marković said. "Nobody listened."

Haraldsen declined to comment on the union's claim. She said an internal inquiry had begun.

Kelmark's Mining Inspectorate said it had opened its own investigation and ordered all work at the pit halted.
""",
        actors=(
            O("Continental Press"),
            P(ILIC, "Ilić"),
            O("Severna Coal"),
            P(HARA, "Haraldsen"),
            O("Kelmark Miners' Union"),
            P(MARK, "Marković"),
            O("Kelmark's Mining Inspectorate"),
        ),
        quotes=(
            R("Rescuers on Sunday reached 11 of the 13 miners trapped for almost two days in a collapsed coal pit in eastern Kelmark, but two men were still unaccounted for",
              None, "officials", "said"),
            D("They were sitting together in a ventilation chamber, cold and very thirsty but conscious, and the first thing one of them asked us was whether his shift would be paid,",
              ILIC, ILIC, "said"),
            R("The miners were brought to the surface one by one in a steel cage and taken to the hospital in Staro Polje",
              ILIC, "Ilić", "according to"),
            R('the collapse was caused by a "sudden rock burst" that its sensors could not have predicted',
              "Severna Coal", "Severna Coal", "said"),
            D("sudden rock burst", "Severna Coal", "Severna Coal", "said"),
            R("the company would pay for hotel rooms for the families", HARA, HARA, "told reporters"),
            D("We will not stop until the last two are found,", HARA, "Haraldsen", "said"),
            D("I won't promise anything about the other two,", ILIC, "he", "said"),
            D("The tunnel beyond the chamber is full of water.", ILIC, "he", "said"),
            R("workers had reported cracking noises in the tunnel for a week", MARK, MARK, "said"),
            D("One of the men told his wife on Thursday, 'The roof is talking to us again,'", MARK, "Marković",
              "said"),
            D("Nobody listened.", MARK, "Marković", "said"),
            R("an internal inquiry had begun", HARA, "She", "said"),
            R("it had opened its own investigation and ordered all work at the pit halted",
              "Kelmark's Mining Inspectorate", "Kelmark's Mining Inspectorate", "said"),
        ),
        notes="'he' in the Ilić paragraph comes after Haraldsen spoke; 'She' after Marković (a woman) means "
              "Haraldsen, named in the sentence before. The union 'disputed the account' and Haraldsen "
              "'declined to comment': noun objects, not quotes. The inner single-quoted words are a nested quote.",
    ),
    Article(
        id="en-wire-20-diplomats",
        split="dev",
        lang="en",
        style="wire",
        cases=("straight-double", "said-in-a-statement", "spokesperson-for-org", "agency-relays-speaker",
               "metonym-speaker", "partial-in-reported", "split-quote-middle-speaker", "alternating-speakers",
               "org-speaker", "indirect-question-not-a-quote", "noun-object-not-a-quote", "byline-credits"),
        text="""\
Marrovia expels two Tesarian diplomats in spying row

By Anouk Verhaegen

CASTEL ORSO, Feb 19 (Meridian Wire) - Marrovia ordered two Tesarian diplomats to leave the country within 72 hours on Wednesday, accusing them of trying to recruit an official at the national energy regulator, and Tesaria promised a "proportionate response."

Marrovia's Foreign Ministry said in a statement that the two men had engaged in "activities incompatible with their diplomatic status." It did not name them.

"This was not a decision we took lightly," said Ottavia Rinaldi, a spokeswoman for the ministry. "We have been watching this for more than a year."

The Tesarian Embassy in Castel Orso called the accusations "theatre for a domestic audience." Tesaria's state news agency TNA quoted the Tesarian Foreign Ministry as saying that Castel Orso would "regret this step."

Rinaldi said the regulator's official, a man in his forties, had been arrested in January and was cooperating with investigators. She declined to say what information he had passed on.

Dario Fenzi, a spokesman for the Prosecutor General's Office, said the suspect faced up to 12 years in prison if convicted. "The evidence includes recordings of meetings in a car park," Fenzi said, "and payments to a relative's account."

Rinaldi, asked whether Marrovia would recall its own ambassador from Tesaria, said: "Not at this point."

Tesaria said late on Wednesday it would expel two Marrovian diplomats in return. The two countries have traded expulsions three times since 2019.

(Editing by Joost Lammers)
""",
        actors=(
            P("Anouk Verhaegen"),
            P("Joost Lammers"),
            O("Meridian Wire"),
            O(MFM),
            P(RIN, "Rinaldi"),
            O("Tesarian Embassy"),
            O("TNA"),
            O(TFM),
            P(FENZI, "Fenzi"),
            O("Prosecutor General's Office"),
        ),
        quotes=(
            D("proportionate response.", TFM, "Tesaria", "promised"),
            R('the two men had engaged in "activities incompatible with their diplomatic status."', MFM, MFM,
              "said in a statement that"),
            D("activities incompatible with their diplomatic status.", MFM, MFM, "said in a statement that"),
            D("This was not a decision we took lightly,", RIN, RIN, "said"),
            D("We have been watching this for more than a year.", RIN, RIN, "said"),
            D("theatre for a domestic audience.", "Tesarian Embassy", "Tesarian Embassy", "called"),
            R('Castel Orso would "regret this step."', TFM, TFM, "quoted"),
            D("regret this step.", TFM, TFM, "quoted"),
            R("the regulator's official, a man in his forties, had been arrested in January and was cooperating with investigators",
              RIN, "Rinaldi", "said"),
            R("the suspect faced up to 12 years in prison if convicted", FENZI, FENZI, "said"),
            D("The evidence includes recordings of meetings in a car park,", FENZI, "Fenzi", "said"),
            D("and payments to a relative's account.", FENZI, "Fenzi", "said"),
            D("Not at this point.", RIN, "Rinaldi", "said:"),
            R("it would expel two Marrovian diplomats in return", TFM, "Tesaria", "said"),
        ),
        notes="TNA relays the Tesarian Foreign Ministry: the ministry is the speaker. 'Tesaria' speaks for its "
              "government, whose only named body is its Foreign Ministry. 'She declined to say what ...' is an "
              "indirect question; 'accusing them of trying to recruit' has an object, not a clause.",
    ),
    Article(
        id="en-mt-21-drone-debris",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "dash-attribution", "curly-double", "according-to", "as-noted-by",
               "role-noun", "pronoun", "female-speaker", "pronoun-after-other-gender", "transliteration",
               "unnamed-speaker", "org-speaker", "initials"),
        text="""\
In the Belogorsk region the debris of a drone damaged the roof of a kindergarten

BELOGORSK, September 3. /Inform-Vostok/. The debris of the downed unmanned aerial vehicle fell on the territory of the kindergarten in the settlement Krasny Yar, the roof of the building and three cars were damaged, nobody from the children was injured. This was announced by the governor of the Belogorsk region Svetlana Akimova in her channel in the messenger.

“The children were in the shelter at the moment of the attack, the educators acted precisely according to the instruction. I thank them,” — wrote Akimova.

According to the head of the regional department of emergency situations Vladimir Tsybulsky, the fire on the roof was liquidated in 20 minutes. “The specialists are working on the place, the area is cordoned,” — he specified.

The governor also said that the kindergarten will be closed until the end of the week, the children will be temporarily received by the school number 4. As noted by S. Akimova, the repair will be financed from the reserve fund of the region.

Earlier the Ministry of Defence informed that over the territory of the region during the night were intercepted and destroyed 14 drones.

Tsibulsky added that the residents of the nearby houses are not evacuated. “There is no threat for the people now,” — said the head of the department.

According to the local residents, the explosions were heard at about 3 am. “I woke up because the glass was shaking,” — told to the correspondent a woman living opposite the kindergarten.
""",
        actors=(
            O("Inform-Vostok"),
            P(AKIM, "Akimova", "S. Akimova"),
            P(TSYB, "Tsibulsky"),
            O("Ministry of Defence"),
        ),
        quotes=(
            R("The debris of the downed unmanned aerial vehicle fell on the territory of the kindergarten in the settlement Krasny Yar, the roof of the building and three cars were damaged, nobody from the children was injured",
              AKIM, AKIM, "This was announced"),
            D("The children were in the shelter at the moment of the attack, the educators acted precisely according to the instruction. I thank them,",
              AKIM, "Akimova", "— wrote"),
            R("the fire on the roof was liquidated in 20 minutes", TSYB, TSYB, "According to"),
            D("The specialists are working on the place, the area is cordoned,", TSYB, "he", "— he specified"),
            R("the kindergarten will be closed until the end of the week, the children will be temporarily received by the school number 4",
              AKIM, "The governor", "said that"),
            R("the repair will be financed from the reserve fund of the region", AKIM, "S. Akimova", "As noted by"),
            R("over the territory of the region during the night were intercepted and destroyed 14 drones",
              "Ministry of Defence", "the Ministry of Defence", "informed that"),
            R("the residents of the nearby houses are not evacuated", TSYB, "Tsibulsky", "added that"),
            D("There is no threat for the people now,", TSYB, "the head of the department", "— said"),
            R("the explosions were heard at about 3 am", None, "the local residents", "According to"),
            D("I woke up because the glass was shaking,", None, "a woman living opposite the kindergarten",
              "— told"),
        ),
        notes="'The governor' (she) comes back after Tsybulsky (he) spoke. 'Tsibulsky' is a misspelling of "
              "Tsybulsky. The messenger channel is not named, so it is no actor.",
    ),
    Article(
        id="en-mt-22-pensions",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "dash-attribution", "straight-double", "according-to", "in-her-words",
               "role-noun", "pronoun", "female-speaker", "gender-form-same-person", "partial-in-reported",
               "nested-quote", "quoted-question-inside-quote", "infinitive-cue-not-a-quote",
               "document-source-not-a-quote", "org-speaker", "one-word-partial"),
        text="""\
The Ministry of Labour promised to index pensions by 7.5 percent from January

ZARECHENSK, October 2. /Sever-Press/. The pensions in Valdoria will be indexed by 7.5 percent from January 1, the increase will affect more than 30 million people. About this told to the journalists the first deputy minister of labour and social protection Tatiana Kovaleva.

"The funds for the indexation are fully provided in the budget, there will be no delays with the payments," — Kovaleva emphasised. According to her, the average pension after the indexation will exceed 24 thousand rubles.

The head of the Pension Fund Igor Sheremetyev, in his turn, stated that the reserve of the fund "is sufficient for three years forward". He added that the recalculation will be made automatically, the pensioners do not need to apply anywhere.

"We are often asked: 'Do I need to bring the documents?' No, nothing is needed," — said Sheremetyev.

As the deputy minister noted, the question of the indexation of pensions for the working pensioners will be considered in spring. She did not exclude that the decision will be "positive".

Earlier the opposition deputy Roman Lisitsyn called the indexation "a drop in the sea" and demanded to double it. Kovalev answered that the government "acts within the possibilities of the budget".

As follows from the draft budget published in September, the expenses on pensions will grow by 11 percent next year.
""",
        actors=(
            O("Ministry of Labour"),
            O("Sever-Press"),
            P(KOVA, "Kovaleva", "Kovalev"),
            O("Pension Fund"),
            P(SHER, "Sheremetyev"),
            P("Roman Lisitsyn"),
        ),
        quotes=(
            R("The pensions in Valdoria will be indexed by 7.5 percent from January 1, the increase will affect more than 30 million people",
              KOVA, KOVA, "About this told"),
            D("The funds for the indexation are fully provided in the budget, there will be no delays with the payments,",
              KOVA, "Kovaleva", "emphasised"),
            R("the average pension after the indexation will exceed 24 thousand rubles", KOVA, "her", "According to her"),
            R('the reserve of the fund "is sufficient for three years forward"', SHER, SHER, "stated that"),
            D("is sufficient for three years forward", SHER, SHER, "stated that"),
            R("the recalculation will be made automatically, the pensioners do not need to apply anywhere", SHER, "He",
              "added that"),
            D("We are often asked: 'Do I need to bring the documents?' No, nothing is needed,", SHER, "Sheremetyev",
              "— said"),
            R("the question of the indexation of pensions for the working pensioners will be considered in spring", KOVA,
              "the deputy minister", "noted"),
            R('the decision will be "positive"', KOVA, "She", "did not exclude that"),
            D("positive", KOVA, "She", "did not exclude that"),
            D("a drop in the sea", "Roman Lisitsyn", "Roman Lisitsyn", "called"),
            R('the government "acts within the possibilities of the budget"', KOVA, "Kovalev", "answered that"),
            D("acts within the possibilities of the budget", KOVA, "Kovalev", "answered that"),
        ),
        notes="'Kovalev' is the machine translation's masculine form of Kovaleva, the same person. The headline "
              "'promised to index' and 'demanded to double it' take infinitives; 'As follows from the draft "
              "budget' cites a document: none is a quote.",
    ),
    Article(
        id="en-mt-23-gas-transit",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "press-service-org-speaker", "told-reporters", "partial-in-reported",
               "agency-relays-speaker", "according-to", "in-her-words", "dash-attribution", "role-noun",
               "pronoun", "female-speaker", "transliteration", "opinion-cue-believes", "curly-double"),
        text="""\
Valdoria and Korvenia did not agree on the price of gas transit, the negotiations will be continued

LESNOGRAD, November 28. /Sever-Press/. The delegations of Valdoria and Korvenia at the negotiations on gas transit did not manage to agree on the tariff for the next year, the negotiations will be continued in December. This was informed to Sever-Press in the press service of the Ministry of Energy of Valdoria.

The head of the Valdorian delegation, the deputy minister of energy Marina Gubareva, told journalists after the round that the Korvenian side proposed the tariff “which is higher than the European one by one and a half times”. “We are not ready to pay for the transit more than our neighbours pay. Our position is known, it is not changed,” — she said.

The Korvenian side holds another opinion. As the agency Prime-Info quoted the head of the Korvenian delegation Edgars Zvirbulis, the proposed tariff “only covers the costs of the pipeline operator”. According to him, Korvenia is ready for a compromise, but “not at any price”.

Gubarieva noted that the next round will take place in Port Selmar on December 12. In her words, both sides agreed to keep the current volumes of transit until the end of the year.

Zvirbulis, in his turn, said that the delegation will report on the results of the round to the prime minister Ilze Kronberga. “The final decision is for the government,” — added the Korvenian negotiator.

The expert of the Institute of Energy Policy Stanislav Merkulov believes that the parties will reach an agreement before the new year. “Neither side can afford the stop of the transit in winter,” — the expert said.
""",
        actors=(
            O("Sever-Press"),
            O(MEN),
            P(GUB, "Gubarieva"),
            O("Prime-Info"),
            P(ZVIR, "Zvirbulis"),
            P("Ilze Kronberga"),
            O("Institute of Energy Policy"),
            P("Stanislav Merkulov"),
        ),
        quotes=(
            R("The delegations of Valdoria and Korvenia at the negotiations on gas transit did not manage to agree on the tariff for the next year, the negotiations will be continued in December",
              MEN, MEN, "This was informed"),
            R("the Korvenian side proposed the tariff “which is higher than the European one by one and a half times”",
              GUB, GUB, "told journalists"),
            D("which is higher than the European one by one and a half times", GUB, GUB, "told journalists"),
            D("We are not ready to pay for the transit more than our neighbours pay. Our position is known, it is not changed,",
              GUB, "she", "said"),
            R("the proposed tariff “only covers the costs of the pipeline operator”", ZVIR, ZVIR, "quoted"),
            D("only covers the costs of the pipeline operator", ZVIR, ZVIR, "quoted"),
            R("Korvenia is ready for a compromise, but “not at any price”", ZVIR, "him", "According to him"),
            D("not at any price", ZVIR, "him", "According to him"),
            R("the next round will take place in Port Selmar on December 12", GUB, "Gubarieva", "noted that"),
            R("both sides agreed to keep the current volumes of transit until the end of the year", GUB, "her",
              "In her words"),
            R("the delegation will report on the results of the round to the prime minister Ilze Kronberga", ZVIR,
              "Zvirbulis", "said that"),
            D("The final decision is for the government,", ZVIR, "the Korvenian negotiator", "— added"),
            R("the parties will reach an agreement before the new year", "Stanislav Merkulov", "Stanislav Merkulov",
              "believes that"),
            D("Neither side can afford the stop of the transit in winter,", "Stanislav Merkulov", "the expert", "said"),
        ),
        notes="The press service of a named ministry speaks for the ministry. Prime-Info relays Zvirbulis, who is "
              "the speaker. 'Gubarieva' is a misspelling of Gubareva. 'The Korvenian side holds another opinion' "
              "is not a quote.",
    ),
    Article(
        id="en-wire-24-river-dam",
        split="frozen",
        lang="en",
        style="wire",
        cases=("straight-double", "told-agency", "said-in-a-statement", "speaker-after-reported",
               "adding-that", "spokesperson-for-org", "role-noun", "role-noun-after-other-speaker", "added",
               "split-quote-continuation", "agency-relays-speaker", "metonym-speaker", "unnamed-speaker",
               "partial-in-reported", "alternating-speakers", "noun-object-not-a-quote", "byline-credits"),
        text="""\
Saridia accuses Dunavia of choking river flow, threatens arbitration

By Elif Sarigul and Jonas Brekke

ALMERAN, July 22 (Meridian Wire) - Saridia's government on Monday accused neighbouring Dunavia of holding back water at a new dam on the Arva river during the hottest month of the year, and said it would take the dispute to international arbitration if the flow was not restored within a week.

"Our farmers in the south are watching their crops die while the reservoir upstream fills up," Water Minister Harun Demirel told Meridian Wire in an interview. "This is not a technical problem. It is a political choice."

Dunavia rejected the accusation. The Corbu dam was operating "strictly within the limits agreed in 1998," Dunavia's Ministry of Environment said in a statement, adding that the low flow was caused by drought in the mountains.

"There is simply less water in the river this year. Nobody is holding anything back," said Ana Lupescu, a spokeswoman for the ministry.

The minister said Saridia had asked for the treaty's joint commission to meet three times since May and had received no reply.

Lupescu said the commission would meet "as soon as technically possible," but gave no date.

Demirel said his ministry had measured the flow at the border at 38 cubic metres per second, less than half the usual July level.

"We have data every hour from our stations," he added.

"If Velsk wants to show us different data, we are ready to look at it," Demirel said. "But we will not wait until the autumn."

Dunavian state news agency Dunpress later quoted the environment ministry as saying that the dam's operators had released additional water on Monday evening "as a gesture of good will."

Two Western diplomats in Almeran said they feared the dispute could spill over into trade talks planned for September. Velsk says the dam is vital for its own irrigation and for electricity.
""",
        actors=(
            P("Elif Sarigul"),
            P("Jonas Brekke"),
            O("Meridian Wire"),
            O(SARGOV),
            P(DEM, "Demirel"),
            O(DMOE),
            P(LUP, "Lupescu"),
            O("Dunpress"),
        ),
        quotes=(
            R("it would take the dispute to international arbitration if the flow was not restored within a week",
              SARGOV, SARGOV, "said"),
            D("Our farmers in the south are watching their crops die while the reservoir upstream fills up,", DEM, DEM,
              "told"),
            D("This is not a technical problem. It is a political choice.", DEM, DEM, "told"),
            R('The Corbu dam was operating "strictly within the limits agreed in 1998,"', DMOE, DMOE,
              "said in a statement"),
            D("strictly within the limits agreed in 1998,", DMOE, DMOE, "said in a statement"),
            R("the low flow was caused by drought in the mountains", DMOE, DMOE, "adding that"),
            D("There is simply less water in the river this year. Nobody is holding anything back,", LUP, LUP, "said"),
            R("Saridia had asked for the treaty's joint commission to meet three times since May and had received no reply",
              DEM, "The minister", "said"),
            R('the commission would meet "as soon as technically possible,"', LUP, "Lupescu", "said"),
            D("as soon as technically possible,", LUP, "Lupescu", "said"),
            R("his ministry had measured the flow at the border at 38 cubic metres per second, less than half the usual July level",
              DEM, "Demirel", "said"),
            D("We have data every hour from our stations,", DEM, "he", "added"),
            D("If Velsk wants to show us different data, we are ready to look at it,", DEM, "Demirel", "said"),
            D("But we will not wait until the autumn.", DEM, "Demirel", "said"),
            R('the dam\'s operators had released additional water on Monday evening "as a gesture of good will."',
              DMOE, "the environment ministry", "as saying that"),
            D("as a gesture of good will.", DMOE, "the environment ministry", "as saying that"),
            R("they feared the dispute could spill over into trade talks planned for September", None,
              "Two Western diplomats in Almeran", "said"),
            R("the dam is vital for its own irrigation and for electricity", DMOE, "Velsk", "says"),
        ),
        notes="'The minister' is Demirel (the only minister) after the Dunavian spokeswoman spoke. Dunpress relays "
              "the environment ministry, the speaker. 'Velsk' is Dunavia's capital speaking for its government, "
              "whose only named body is its environment ministry. 'accused ... of holding back' and 'rejected the "
              "accusation' are not quotes.",
    ),
    Article(
        id="en-mt-25-flood",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "dash-attribution", "straight-double", "according-to", "role-noun",
               "pronoun", "female-speaker", "gender-form-same-person", "partial-in-reported", "unnamed-speaker",
               "as-said", "pronoun-after-other-gender"),
        text="""\
In the Pribrezhny district the water level in the river Sosna rose on 2 meters, 40 houses are flooded

KAMENSK, April 11. /RegionPress/. In the Pribrezhny district of the Kamensk region as a result of the spring flood 40 residential houses and 12 kilometres of roads were flooded, about 300 people were evacuated. This was announced on Thursday at the operative meeting by the head of the regional main department of the Ministry of emergency situations Alexei Gorbunov.

"The peak of the flood is expected in two-three days. We have deployed two temporary accommodation points, there are free places," — said Gorbunov.

According to the head of the department, the water level in the Sosna near the village Ust-Sosnovka is by 2 meters higher than the critical mark. He specified that the dam on the river is not damaged, but "is under constant control".

The head of the district administration Valentina Shestakova informed that the children from the flooded houses will study remotely until the end of the month. "Nobody of the residents will be left without help, the payment of 10 thousand rubles will be received by every family," — she stated.

As said Shestakov, the first payments will be made already next week.

At the same time the residents of Ust-Sosnovka complain that the evacuation was announced too late. "The water came at night, we took out only the documents," — told to the correspondent of RegionPress the pensioner Nina Kirillova. According to her, the warning about the danger came to the phone "when the water was already in the yard".

Gorbunov answered that the warning was sent in advance. "The message was sent at 18:40, the system works," — the chief of the emergency department noted.
""",
        actors=(
            O("RegionPress"),
            O("Ministry of emergency situations"),
            P(GORB, "Gorbunov"),
            P(SHEST, "Shestakov"),
            P(KIR),
        ),
        quotes=(
            R("In the Pribrezhny district of the Kamensk region as a result of the spring flood 40 residential houses and 12 kilometres of roads were flooded, about 300 people were evacuated",
              GORB, GORB, "This was announced"),
            D("The peak of the flood is expected in two-three days. We have deployed two temporary accommodation points, there are free places,",
              GORB, "Gorbunov", "— said"),
            R("the water level in the Sosna near the village Ust-Sosnovka is by 2 meters higher than the critical mark",
              GORB, "the head of the department", "According to"),
            R('the dam on the river is not damaged, but "is under constant control"', GORB, "He", "specified that"),
            D("is under constant control", GORB, "He", "specified that"),
            R("the children from the flooded houses will study remotely until the end of the month", SHEST, SHEST,
              "informed that"),
            D("Nobody of the residents will be left without help, the payment of 10 thousand rubles will be received by every family,",
              SHEST, "she", "stated"),
            R("the first payments will be made already next week", SHEST, "Shestakov", "As said"),
            R("the evacuation was announced too late", None, "the residents of Ust-Sosnovka", "complain that"),
            D("The water came at night, we took out only the documents,", KIR, KIR, "— told"),
            R('the warning about the danger came to the phone "when the water was already in the yard"', KIR, "her",
              "According to her"),
            D("when the water was already in the yard", KIR, "her", "According to her"),
            R("the warning was sent in advance", GORB, "Gorbunov", "answered that"),
            D("The message was sent at 18:40, the system works,", GORB, "the chief of the emergency department",
              "noted"),
        ),
        notes="'Shestakov' is the translation's masculine form of Shestakova, the same person. Two women speak "
              "(Shestakova, Kirillova), so 'her' needs the nearest one, not just the gender.",
    ),
]
