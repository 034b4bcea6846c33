# ruff: noqa: E501
"""English wire, state-media and machine-translated-from-Russian articles (all invented: people, places, outlets)."""

from check_gold import Article, D, O, P, R

MOD = "Ministry of Defence of Valdoria"
GREB = "Vasily Grebenshchikov"
ORLOVA = "Yevgenia Orlova"
KUZ = "Anatoly Kuzmenko"
VFM = "Valdoria's Foreign Ministry"
PD = "Pavel Dorokhov"
AKH = "Roza Akhmetova"
TAR = "Gleb Tarasyuk"
TSEL = "Arkady Tselikov"
SHCH = "Oleg Shcherbina"
KFM = "Korvenia's Foreign Ministry"
VOLK = "Grigory Volkonitsky"
CARV = "Ines Carvalho"
GIL = "Marat Gilmutdinov"
PRY = "Yelena Pryadko"
BESP = "Konstantin Bespalov"
MIRG = "Alina Mirgorodskaya"

ARTICLES = [
    Article(
        id="en-mt-01-convoy",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "backward-attribution", "dash-attribution", "role-noun",
               "pronoun", "according-to", "transliteration", "initials", "partial-in-reported", "org-speaker",
               "curly-double"),
        text="""\
The Ministry of Defence of Valdoria: the convoy near Ozernets was shelled twice
The Ministry of Defence of Valdoria: the convoy near Ozernets was shelled twice
LESNOGRAD, March 14. /VNA/. The humanitarian convoy moving to Ozernets was shelled two times during the night by the Korvenian formations. This was stated on Thursday by Major General Vasily Grebenshchikov, the official spokesman of the Ministry of Defence of Valdoria.
“Two trucks with medicines were damaged, the drivers are not injured. The convoy continues the movement under the protection of our units,” — said Grebenschikov at the briefing.
According to the General, the shelling was conducted from the side of the village Tarvik, where the Korvenian side earlier placed artillery.
“We have the data of objective control, and we are ready to give them to the international observers,” — stressed the representative of the Ministry of Defence.
He also said that the next convoy will depart on Saturday.
Earlier the head of the Korvenian delegation at the talks in Port Selmar Ruta Kalnina called the reports about the shelling “a fabrication of Lesnograd”. As V. Grebenshikov noted in response, the facts “speak for themselves”.
""",
        actors=(
            P(GREB, "Grebenschikov", "V. Grebenshikov"),
            O(MOD, "Ministry of Defence"),
            P("Ruta Kalnina"),
            O("VNA"),
        ),
        quotes=(
            R("the convoy near Ozernets was shelled twice", MOD, "The Ministry of Defence of Valdoria", ":",
              after="Valdoria: "),
            R("the convoy near Ozernets was shelled twice", MOD, "The Ministry of Defence of Valdoria", ":",
              after="shelled twice\n"),
            R("The humanitarian convoy moving to Ozernets was shelled two times during the night by the Korvenian formations",
              GREB, GREB, "This was stated"),
            D("Two trucks with medicines were damaged, the drivers are not injured. The convoy continues the movement under the protection of our units,",
              GREB, "Grebenschikov", "— said"),
            R("the shelling was conducted from the side of the village Tarvik, where the Korvenian side earlier placed artillery",
              GREB, "the General", "According to"),
            D("We have the data of objective control, and we are ready to give them to the international observers,",
              GREB, "the representative of the Ministry of Defence", "— stressed"),
            R("the next convoy will depart on Saturday", GREB, "He", "said that"),
            D("a fabrication of Lesnograd", "Ruta Kalnina", "Ruta Kalnina", "called"),
            R("the facts “speak for themselves”", GREB, "V. Grebenshikov", "noted"),
            D("speak for themselves", GREB, "V. Grebenshikov", "noted"),
        ),
    ),
    Article(
        id="en-mt-02-expulsion",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "guillemets-in-english", "straight-double", "dash-attribution", "pronoun",
               "role-noun", "according-to", "transliteration", "gender-form-same-person", "partial-in-reported",
               "one-word-partial"),
        text="""\
Orlova: Lesnograd will answer the expulsion of diplomats "mirror"

LESNOGRAD, 2 April. The Foreign Ministry of Valdoria will respond to the expulsion of its diplomats from Korvenia in a mirror way, the official representative of the ministry Yevgenia Orlova said at the weekly briefing on Wednesday.

«The decision of the Korvenian authorities is unfriendly and deprived of any grounds. Our answer will not make itself wait», — told Orlova.

According to the diplomat, Korvenian ambassador Tomas Reinholt was invited to the ministry on Tuesday. "He was handed a note of protest", - added she.

Evgeniya Orlova also reminded that three years ago Korvenia already expelled two employees of the embassy "without any explanation". As Orlov stressed, Lesnograd "remains open for dialogue, but not for dictate".

The Korvenian Foreign Ministry has not yet commented on the statement of the spokeswoman. Earlier the minister of foreign affairs of Korvenia Aldis Berzkalns said that the expelled diplomats "were engaged in activities incompatible with their status".
""",
        actors=(
            P(ORLOVA, "Orlova", "Evgeniya Orlova", "Orlov"),
            O("Foreign Ministry of Valdoria"),
            P("Tomas Reinholt"),
            O("Korvenian Foreign Ministry"),
            P("Aldis Berzkalns"),
        ),
        quotes=(
            R('Lesnograd will answer the expulsion of diplomats "mirror"', ORLOVA, "Orlova", ":"),
            D("mirror", ORLOVA, "Orlova", ":", after='diplomats "'),
            R("The Foreign Ministry of Valdoria will respond to the expulsion of its diplomats from Korvenia in a mirror way",
              ORLOVA, ORLOVA, "said"),
            D("The decision of the Korvenian authorities is unfriendly and deprived of any grounds. Our answer will not make itself wait",
              ORLOVA, "Orlova", "— told"),
            R("Korvenian ambassador Tomas Reinholt was invited to the ministry on Tuesday", ORLOVA, "the diplomat",
              "According to"),
            D("He was handed a note of protest", ORLOVA, "she", "added"),
            R('three years ago Korvenia already expelled two employees of the embassy "without any explanation"',
              ORLOVA, "Evgeniya Orlova", "reminded that"),
            D("without any explanation", ORLOVA, "Evgeniya Orlova", "reminded that"),
            R('Lesnograd "remains open for dialogue, but not for dictate"', ORLOVA, "Orlov", "stressed"),
            D("remains open for dialogue, but not for dictate", ORLOVA, "Orlov", "stressed"),
            R('the expelled diplomats "were engaged in activities incompatible with their status"', "Aldis Berzkalns",
              "Aldis Berzkalns", "said that"),
            D("were engaged in activities incompatible with their status", "Aldis Berzkalns", "Aldis Berzkalns",
              "said that"),
        ),
    ),
    Article(
        id="en-wire-03-bridge-talks",
        split="dev",
        lang="en",
        style="wire",
        cases=("straight-double", "told-reporters", "split-quote-middle-speaker", "unnamed-speaker", "org-speaker",
               "metonym-speaker", "according-to", "partial-in-reported", "byline-credits"),
        text="""\
Valdoria says bridge talks with Korvenia stalled

By Hanna Lindqvist

PORT SELMAR, June 9 (Northline) - Talks between Valdoria and Korvenia on reopening the Dravna river bridge have stalled over customs checks, Valdoria's Foreign Ministry said on Monday, blaming the Korvenian side for "new preconditions."

"We came to Port Selmar with a finished text," Deputy Foreign Minister Anatoly Kuzmenko told reporters after the third round. "They came with a list of demands."

Korvenian negotiator Marta Ozolina said her team had proposed joint inspections and was "waiting for a serious answer."

"The bridge," Ozolina said, "is not a bargaining chip for us. It is a road for farmers."

Two officials familiar with the talks said the next round was unlikely before August. One of them said the customs issue "could take months" to settle.

According to Kuzmenko, Valdoria is prepared to resume talks "at any moment." The bridge has been closed since a flood damaged its eastern span in 2021, according to the regional transport agency Dravna Roads.

(Reporting by Hanna Lindqvist; Editing by Colm Farrelly)
""",
        actors=(
            P("Hanna Lindqvist"),
            P("Colm Farrelly"),
            O("Northline"),
            O(VFM),
            P(KUZ, "Kuzmenko"),
            P("Marta Ozolina", "Ozolina"),
            O("Dravna Roads"),
        ),
        quotes=(
            R("bridge talks with Korvenia stalled", VFM, "Valdoria", "says"),
            R("Talks between Valdoria and Korvenia on reopening the Dravna river bridge have stalled over customs checks",
              VFM, VFM, "said"),
            D("new preconditions.", VFM, VFM, "blaming"),
            D("We came to Port Selmar with a finished text,", KUZ, KUZ, "told reporters"),
            D("They came with a list of demands.", KUZ, KUZ, "told reporters"),
            R('her team had proposed joint inspections and was "waiting for a serious answer."', "Marta Ozolina",
              "Marta Ozolina", "said"),
            D("waiting for a serious answer.", "Marta Ozolina", "Marta Ozolina", "said"),
            D("The bridge,", "Marta Ozolina", "Ozolina", "said"),
            D("is not a bargaining chip for us. It is a road for farmers.", "Marta Ozolina", "Ozolina", "said"),
            R("the next round was unlikely before August", None, "Two officials familiar with the talks", "said"),
            R('the customs issue "could take months" to settle', None, "One of them", "said"),
            D("could take months", None, "One of them", "said"),
            R('Valdoria is prepared to resume talks "at any moment."', KUZ, "Kuzmenko", "According to"),
            D("at any moment.", KUZ, "Kuzmenko", "According to"),
            R("The bridge has been closed since a flood damaged its eastern span in 2021", "Dravna Roads",
              "Dravna Roads", "according to"),
        ),
    ),
    Article(
        id="en-wire-04-namesakes",
        split="dev",
        lang="en",
        style="wire",
        cases=("shared-surname-no-merge", "straight-double", "pronoun", "partial-in-reported", "org-speaker",
               "surname-only"),
        text="""\
Defence minister Dorokhov rejects call to resign over procurement audit

VYSHEGORSK, Oct. 3 (Valdorian News Agency) - Valdorian Defence Minister Pavel Dorokhov on Tuesday rejected demands that he step down after an audit found overpriced contracts for winter uniforms.

"I have nothing to hide, and I will not run from parliament," Dorokhov told deputies during a heated session. He said the contracts had been signed "long before my appointment."

The audit chamber's chairwoman, Lidiya Saburova, said the chamber had found violations worth 1.2 billion valdors. "Every figure in our report can be checked," she said.

The opposition deputy Ilya Dorokhov, who is not related to the minister, demanded a separate inquiry. "My namesake should answer questions under oath, not in a press release," Ilya Dorokhov said, drawing laughter from the chamber.

Pavel Dorokhov replied that the inquiry was "a political show." The Defence Ministry's press office later said in a statement that all contracts were under review.

Officials at the ministry declined to comment on whether the supplier, Sevtekstil, would keep its contract.
""",
        actors=(
            P(PD, "Dorokhov"),
            P("Ilya Dorokhov"),
            P("Lidiya Saburova"),
            O("Valdorian News Agency"),
            O("Defence Ministry"),
            O("Sevtekstil"),
        ),
        quotes=(
            D("I have nothing to hide, and I will not run from parliament,", PD, "Dorokhov", "told deputies"),
            R('the contracts had been signed "long before my appointment."', PD, "He", "said"),
            D("long before my appointment.", PD, "He", "said"),
            R("the chamber had found violations worth 1.2 billion valdors", "Lidiya Saburova", "Lidiya Saburova", "said"),
            D("Every figure in our report can be checked,", "Lidiya Saburova", "she", "said"),
            D("My namesake should answer questions under oath, not in a press release,", "Ilya Dorokhov",
              "Ilya Dorokhov", "said"),
            R('the inquiry was "a political show."', PD, PD, "replied that"),
            D("a political show.", PD, PD, "replied that"),
            R("all contracts were under review", "Defence Ministry", "The Defence Ministry's press office",
              "said in a statement that"),
        ),
    ),
    Article(
        id="en-wire-05-shared-role",
        split="frozen",
        lang="en",
        style="wire",
        cases=("shared-role-noun", "role-noun", "org-speaker", "unnamed-speaker", "partial-in-reported",
               "straight-double", "adding-that"),
        text="""\
Valdoria to cap fuel prices until spring, finance minister says

LESNOGRAD, Nov. 18 (Northline) - Valdoria will cap retail fuel prices until the end of March, Finance Minister Roza Akhmetova told a news conference on Friday, flanked by Energy Minister Gleb Tarasyuk.

Akhmetova said the cap would cost the budget about 40 billion valdors. "We have the reserves for this, and we will not raise taxes to pay for it," the minister said.

Tarasyuk was more cautious. Refineries would be compensated only "for documented losses," the minister said, adding that he expected no shortages at filling stations.

A spokesman for the refiners' association Petrolink said the compensation scheme was "too vague to plan with." A spokesman for the National Bank of Valdoria, asked about inflation, said the bank would "study the measure" before its December meeting.

"Nobody likes price controls," Akhmetova added. "But winter is not the time for experiments."

The cap was first proposed by Tarasyuk in October, officials said.
""",
        actors=(
            P(AKH, "Akhmetova"),
            P(TAR, "Tarasyuk"),
            O("Northline"),
            O("Petrolink"),
            O("National Bank of Valdoria"),
        ),
        quotes=(
            R("Valdoria to cap fuel prices until spring", AKH, "finance minister", "says"),
            R("Valdoria will cap retail fuel prices until the end of March", AKH, AKH, "told a news conference"),
            R("the cap would cost the budget about 40 billion valdors", AKH, "Akhmetova", "said"),
            D("We have the reserves for this, and we will not raise taxes to pay for it,", AKH, "the minister", "said"),
            R('Refineries would be compensated only "for documented losses,"', TAR, "the minister", "said"),
            D("for documented losses,", TAR, "the minister", "said"),
            R("he expected no shortages at filling stations", TAR, "the minister", "adding that"),
            R('the compensation scheme was "too vague to plan with."', "Petrolink", "A spokesman", "said"),
            D("too vague to plan with.", "Petrolink", "A spokesman", "said"),
            R('the bank would "study the measure" before its December meeting', "National Bank of Valdoria",
              "A spokesman", "said"),
            D("study the measure", "National Bank of Valdoria", "A spokesman", "said"),
            D("Nobody likes price controls,", AKH, "Akhmetova", "added"),
            D("But winter is not the time for experiments.", AKH, "Akhmetova", "added"),
            R("The cap was first proposed by Tarasyuk in October", None, "officials", "said"),
        ),
    ),
    Article(
        id="en-mt-06-heating",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("guillemets-in-english", "closing-typed-as-opening", "unclosed-quote", "nested-quote",
               "low-high-quotes", "dash-interrupted-quote", "dash-attribution", "unnamed-speaker",
               "company-name-in-quotes", "partial-in-reported", "according-to", "role-noun"),
        text="""\
In Vyshegorsk the governor promised to restore the heating before the frosts

VYSHEGORSK, January 11. The governor of the Vyshegorsk region Arkady Tselikov promised to the residents to restore the heat supply in the Zarechny district until Sunday.

«The brigades work around the clock. I personally control the situation and every evening I receive the report«, — said Tselikov during the meeting with the residents.

According to the governor, the accident at the boiler house happened because of the wear of the pipes, which, as he expressed, «were laid still in the last century.

The head of the district administration Nina Sorokoletova reported that the residents of 46 houses were moved to the temporary points of heating. «The people are calm. As one grandmother told me: „we survived worse, we will survive this“», — told Sorokoletova.

The local activists called the actions of the authorities «a show for the cameras». The prosecutor's office announced the check of the heat supplying company «Teplo-Servis».

«We will find the guilty ones, — added Tselikov. — Nobody will escape the responsibility».
""",
        actors=(
            P(TSEL, "Tselikov"),
            P("Nina Sorokoletova", "Sorokoletova"),
            O("Teplo-Servis"),
        ),
        quotes=(
            D("The brigades work around the clock. I personally control the situation and every evening I receive the report",
              TSEL, "Tselikov", "— said"),
            R("the accident at the boiler house happened because of the wear of the pipes, which, as he expressed, «were laid still in the last century",
              TSEL, "the governor", "According to"),
            D("were laid still in the last century.", TSEL, "he", "expressed"),
            R("the residents of 46 houses were moved to the temporary points of heating", "Nina Sorokoletova",
              "Nina Sorokoletova", "reported that"),
            D("The people are calm. As one grandmother told me: „we survived worse, we will survive this“",
              "Nina Sorokoletova", "Sorokoletova", "— told"),
            D("a show for the cameras", None, "The local activists", "called"),
            D("We will find the guilty ones,", TSEL, "Tselikov", "— added"),
            D("Nobody will escape the responsibility", TSEL, "Tselikov", "— added"),
        ),
    ),
    Article(
        id="en-mt-07-bridge-mayor",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "backward-attribution", "according-to", "pronoun", "partial-quote-promise",
               "role-noun", "dash-attribution", "company-name-in-quotes", "in-her-words", "partial-in-reported"),
        text="""\
The mayor of Tarvik: the new bridge will be opened in September

TARVIK, May 20. The construction of the new bridge over the Dravna will be completed in August, and the movement will be opened in September. About this the mayor of Tarvik Oleg Shcherbina said to journalists on Monday.

According to him, the contractor company "Mostostroy-7" has already fulfilled 80 percent of the works. He also said that the city will not raise the fare in the public transport this year.

The deputy of the city council Irina Vakulenko asked the mayor about the complaints of the residents of the Nizhnyaya street, who for two years live near the construction site. Shcherbina promised to "look into the question" and to meet the residents personally.

"I understand the people. The noise, the dust - it is not pleasant. But the bridge is needed for the whole city," - said the head of the city.

Vakulenko told that she is not satisfied with the answer. In her words, the residents "heard the promises already many times".
""",
        actors=(
            P(SHCH, "Shcherbina"),
            P("Irina Vakulenko", "Vakulenko"),
            O("Mostostroy-7"),
        ),
        quotes=(
            R("the new bridge will be opened in September", SHCH, "The mayor of Tarvik", ":"),
            R("The construction of the new bridge over the Dravna will be completed in August, and the movement will be opened in September",
              SHCH, SHCH, "said"),
            R('the contractor company "Mostostroy-7" has already fulfilled 80 percent of the works', SHCH, "him",
              "According to"),
            R("the city will not raise the fare in the public transport this year", SHCH, "He", "said that"),
            D("look into the question", SHCH, "Shcherbina", "promised to"),
            D("I understand the people. The noise, the dust - it is not pleasant. But the bridge is needed for the whole city,",
              SHCH, "the head of the city", "- said"),
            R("she is not satisfied with the answer", "Irina Vakulenko", "Vakulenko", "told that"),
            R('the residents "heard the promises already many times"', "Irina Vakulenko", "her", "In her words"),
            D("heard the promises already many times", "Irina Vakulenko", "her", "In her words"),
        ),
    ),
    Article(
        id="en-wire-08-airspace",
        split="frozen",
        lang="en",
        style="wire",
        cases=("org-speaker", "as-noted-by", "one-word-partial", "partial-in-reported", "adding-that",
               "straight-double", "pronoun"),
        text="""\
Korvenia summons Valdorian envoy over airspace incident

TALLIVA, Aug 4 (Northline) - Korvenia's Foreign Ministry summoned Valdoria's ambassador, Rostislav Pashkevich, on Sunday after what it called a "deliberate" violation of its airspace by a military transport plane.

"Such actions undermine the trust that both countries have worked to rebuild," the ministry said in a statement, adding that a formal protest note had been handed to the envoy.

Valdoria's Defence Ministry denied any violation. The plane had stayed "strictly within the international corridor," the ministry's press service said.

The Korvenian air traffic agency, Aerokor, said its radar data showed the aircraft entered Korvenian airspace for about four minutes. As noted by the Baltic-Dravna Security Forum, a think-tank in Talliva, it is the third such incident this year.

The European Transport Safety Board said it was ready to examine the radar logs if both sides agreed. Valdoria's embassy in Talliva did not respond to a request for comment.
""",
        actors=(
            O("Northline"),
            O(KFM),
            P("Rostislav Pashkevich"),
            O("Valdoria's Defence Ministry"),
            O("Aerokor"),
            O("Baltic-Dravna Security Forum"),
            O("European Transport Safety Board"),
        ),
        quotes=(
            D("deliberate", KFM, "it", "called"),
            D("Such actions undermine the trust that both countries have worked to rebuild,", KFM, "the ministry",
              "said in a statement"),
            R("a formal protest note had been handed to the envoy", KFM, "the ministry", "adding that"),
            R('The plane had stayed "strictly within the international corridor,"', "Valdoria's Defence Ministry",
              "the ministry's press service", "said"),
            D("strictly within the international corridor,", "Valdoria's Defence Ministry",
              "the ministry's press service", "said"),
            R("its radar data showed the aircraft entered Korvenian airspace for about four minutes", "Aerokor",
              "Aerokor", "said"),
            R("it is the third such incident this year", "Baltic-Dravna Security Forum", "Baltic-Dravna Security Forum",
              "As noted by"),
            R("it was ready to examine the radar logs if both sides agreed", "European Transport Safety Board",
              "European Transport Safety Board", "said"),
        ),
    ),
    Article(
        id="en-mt-09-harvest",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("transliteration", "initials", "headline-colon", "backward-attribution", "dash-attribution",
               "role-noun", "according-to", "partial-in-reported", "straight-double"),
        text="""\
Grigory Volkonitsky: the harvest in the Ozernets region will be record

OZERNETS, September 2. The farmers of the Ozernets region collected already 1.4 million tons of grain, which is on 12 percent more than last year. This was reported by the minister of agriculture of the region Grigory Volkonitsky.

"The weather helped us, but the main thing is the new technique which our farmers bought on the preferential leasing," - explained Grigoriy Volkonitskiy.

The minister noted that the region plans to export a part of the grain through the port of Port Selmar. According to G. Volkonitsky, the negotiations with the buyers are conducted already.

At the same time the chairman of the regional farmers union Aleksei Grushevoy expressed the concern about the prices. "If the price falls lower than cost, the small farms will not survive the winter," - warned Alexey Grushevoy.

Volkonitskiy answered that the ministry is ready to buy the grain in the state fund "on fair prices".
""",
        actors=(
            P(VOLK, "Grigoriy Volkonitskiy", "G. Volkonitsky", "Volkonitskiy"),
            P("Aleksei Grushevoy", "Alexey Grushevoy"),
        ),
        quotes=(
            R("the harvest in the Ozernets region will be record", VOLK, VOLK, ":"),
            R("The farmers of the Ozernets region collected already 1.4 million tons of grain, which is on 12 percent more than last year",
              VOLK, VOLK, "This was reported by"),
            D("The weather helped us, but the main thing is the new technique which our farmers bought on the preferential leasing,",
              VOLK, "Grigoriy Volkonitskiy", "- explained"),
            R("the region plans to export a part of the grain through the port of Port Selmar", VOLK, "The minister",
              "noted that"),
            R("the negotiations with the buyers are conducted already", VOLK, "G. Volkonitsky", "According to"),
            D("If the price falls lower than cost, the small farms will not survive the winter,", "Aleksei Grushevoy",
              "Alexey Grushevoy", "- warned"),
            R('the ministry is ready to buy the grain in the state fund "on fair prices"', VOLK, "Volkonitskiy",
              "answered that"),
            D("on fair prices", VOLK, "Volkonitskiy", "answered that"),
        ),
    ),
    Article(
        id="en-wire-10-stadium",
        split="dev",
        lang="en",
        style="wire",
        cases=("straight-single", "straight-double", "headline-quote", "partial-in-reported", "org-speaker",
               "pronoun", "claimed", "warned", "adding-that", "unnamed-speaker", "split-quote-continuation"),
        text="""\
Port Selmar mayor says 'no deal' on stadium sale

PORT SELMAR, Feb 12 (Coastline Daily) - The mayor of Port Selmar, Ines Carvalho, on Wednesday ruled out selling the city's football stadium to a private investor, saying the offer was 'far below its value'.

"There is no deal, and there will be no deal at this price," Carvalho told the city council. "The stadium belongs to the people of Port Selmar."

The investor, Brannock Holdings, said in an emailed statement that its offer of 30 million lumens was "fair and generous" and that it remained open to talks.

Councillor Gideon Marsh, who leads the opposition, accused the mayor of "playing to the gallery" before the elections. He warned that repairs to the stadium would cost the city at least 8 million lumens next year.

Carvalho claimed the repair estimate was "pure fiction", adding that the city's own engineers put the figure at half that.

A council spokeswoman said a final vote was expected in March.
""",
        actors=(
            P(CARV, "Carvalho"),
            P("Gideon Marsh"),
            O("Brannock Holdings"),
            O("Coastline Daily"),
        ),
        quotes=(
            D("no deal", CARV, "Port Selmar mayor", "says", after="says '"),
            R("the offer was 'far below its value'", CARV, CARV, "saying"),
            D("far below its value", CARV, CARV, "saying"),
            D("There is no deal, and there will be no deal at this price,", CARV, "Carvalho", "told the city council"),
            D("The stadium belongs to the people of Port Selmar.", CARV, "Carvalho", "told the city council"),
            R('its offer of 30 million lumens was "fair and generous" and that it remained open to talks',
              "Brannock Holdings", "Brannock Holdings", "said in an emailed statement that"),
            D("fair and generous", "Brannock Holdings", "Brannock Holdings", "said in an emailed statement that"),
            D("playing to the gallery", "Gideon Marsh", "Gideon Marsh", "accused"),
            R("repairs to the stadium would cost the city at least 8 million lumens next year", "Gideon Marsh", "He",
              "warned that"),
            R('the repair estimate was "pure fiction"', CARV, "Carvalho", "claimed"),
            D("pure fiction", CARV, "Carvalho", "claimed"),
            R("the city's own engineers put the figure at half that", CARV, "Carvalho", "adding that"),
            R("a final vote was expected in March", None, "A council spokeswoman", "said"),
        ),
    ),
    Article(
        id="en-mt-11-metro",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "speaker-after-reported", "dash-attribution", "pronoun", "in-his-opinion",
               "company-name-in-quotes", "document-source-not-a-quote", "org-speaker"),
        text="""\
In Lesnograd the metro will get 40 new trains

LESNOGRAD, July 7. /VNA/. Forty new trains will go on the lines of the Lesnograd metro until the end of 2026. This was announced on Tuesday by the head of the city transport department Marat Gilmutdinov.

The first ten trains will be delivered already in the autumn. This was reported to VNA in the press service of the plant "Volna", which produces the cars.

The cost of the contract is 52 billion valdors, follows from the documents published on the portal of state purchases.

The new trains are quieter and spend less electricity on 20 percent, emphasized Gilmutdinov. "The passengers will feel the difference already in the first winter", - he said.

Earlier the deputy of the city duma Fyodor Lyapin criticized the contract. In his opinion, the money should be spent on the repair of the old stations. "The escalators on the Red line are older than me", - wrote Lyapin in his Telegram channel.
""",
        actors=(
            P(GIL, "Gilmutdinov"),
            P("Fyodor Lyapin", "Lyapin"),
            O("VNA"),
            O("Volna"),
            O("Telegram"),
        ),
        quotes=(
            R("Forty new trains will go on the lines of the Lesnograd metro until the end of 2026", GIL, GIL,
              "This was announced"),
            R("The first ten trains will be delivered already in the autumn", "Volna", "the press service",
              "This was reported"),
            R("The new trains are quieter and spend less electricity on 20 percent", GIL, "Gilmutdinov", "emphasized"),
            D("The passengers will feel the difference already in the first winter", GIL, "he", "said"),
            R("the money should be spent on the repair of the old stations", "Fyodor Lyapin", "his", "In his opinion"),
            D("The escalators on the Red line are older than me", "Fyodor Lyapin", "Lyapin", "- wrote"),
        ),
    ),
    Article(
        id="en-wire-12-theatre",
        split="dev",
        lang="en",
        style="wire",
        cases=("curly-double", "split-quote-middle-speaker", "continuation-paragraph-no-cue", "title-in-quotes",
               "unnamed-speaker", "according-to", "pronoun", "speaker-after-quote"),
        text="""\
Ozernets theatre reopens after seven-year restoration

OZERNETS, April 30 (Coastline Daily) - The Ozernets Drama Theatre reopened on Saturday after a seven-year restoration that ran three times over budget.

“When we started, the roof was open to the sky,” said Yelena Pryadko, the theatre’s director since 2015. “Pigeons were living in the royal box. Today you could hold a state dinner in it.”

The restoration cost 2.3 billion valdors, according to the regional culture ministry, far more than the 700 million first planned.

“It was worth every coin,” Pryadko said, when asked about the overruns, “and the audience will decide the rest.”

The opening night’s play, “The Orchard Keeper’s Daughter,” sold out within an hour. Its director, Tomasz Wierzbicki, said the company had rehearsed in a school gym for two seasons.

“We learned to act with basketball hoops over our heads,” he said, laughing.

“Now we have a stage with a trapdoor and a fly tower. I keep walking in just to look at it.”
""",
        actors=(
            P(PRY, "Pryadko"),
            P("Tomasz Wierzbicki"),
            O("Ozernets Drama Theatre"),
            O("Coastline Daily"),
        ),
        quotes=(
            D("When we started, the roof was open to the sky,", PRY, PRY, "said"),
            D("Pigeons were living in the royal box. Today you could hold a state dinner in it.", PRY, PRY, "said"),
            R("The restoration cost 2.3 billion valdors", None, "the regional culture ministry", "according to"),
            D("It was worth every coin,", PRY, "Pryadko", "said"),
            D("and the audience will decide the rest.", PRY, "Pryadko", "said"),
            R("the company had rehearsed in a school gym for two seasons", "Tomasz Wierzbicki", "Tomasz Wierzbicki",
              "said"),
            D("We learned to act with basketball hoops over our heads,", "Tomasz Wierzbicki", "he", "said"),
            D("Now we have a stage with a trapdoor and a fly tower. I keep walking in just to look at it.",
              "Tomasz Wierzbicki", None, None),
        ),
    ),
    Article(
        id="en-mt-13-fishing-quotas",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-quote", "single-guillemets", "backward-attribution",
               "dash-attribution", "role-noun", "partial-in-reported", "pronoun", "org-speaker", "straight-double"),
        text="""\
Bespalov: ‹We are not going to leave the agreement›
Bespalov: ‹We are not going to leave the agreement›
TALLIVA, December 5. /VNA/. Valdoria is not going to leave the agreement on the fishing quotas in the Gulf of Selmar, despite the pressure of Korvenia. This was declared by the deputy minister of foreign affairs of Valdoria Konstantin Bespalov at the meeting with the journalists.
‹We are not going to leave the agreement. But we will insist on the revision of the quotas for the next season›, — said the deputy minister.
Bespalov also noted that the Korvenian side "several times broke the deadlines" for the exchange of the data. "Our patience is not unlimited," - he warned.
The Korvenian Ministry of fishery told VNA that the data were transmitted in time. The talks on the quotas will continue in January in Port Selmar.
""",
        actors=(
            P(BESP, "Bespalov"),
            O("VNA"),
            O("Korvenian Ministry of fishery"),
        ),
        quotes=(
            D("We are not going to leave the agreement", BESP, "Bespalov", ":", after="Bespalov: ‹"),
            D("We are not going to leave the agreement", BESP, "Bespalov", ":", after="agreement›\nBespalov: ‹"),
            R("Valdoria is not going to leave the agreement on the fishing quotas in the Gulf of Selmar, despite the pressure of Korvenia",
              BESP, BESP, "This was declared by"),
            D("We are not going to leave the agreement. But we will insist on the revision of the quotas for the next season",
              BESP, "the deputy minister", "— said"),
            R('the Korvenian side "several times broke the deadlines" for the exchange of the data', BESP, "Bespalov",
              "noted that"),
            D("several times broke the deadlines", BESP, "Bespalov", "noted that"),
            D("Our patience is not unlimited,", BESP, "he", "warned"),
            R("the data were transmitted in time", "Korvenian Ministry of fishery", "Korvenian Ministry of fishery",
              "told VNA that"),
        ),
    ),
    Article(
        id="en-wire-14-gas-sources",
        split="frozen",
        lang="en",
        style="wire",
        cases=("unnamed-speaker", "headline-attribution", "told-agency", "partial-in-reported",
               "spokesperson-speaks", "straight-double"),
        text="""\
Valdoria weighs gas export curbs, sources say

LESNOGRAD, March 3 (Northline) - Valdoria's government is considering limits on gas exports to Korvenia from April, three sources familiar with the discussions told Northline on Thursday.

"The decision is not final, but the mood in the cabinet has changed," one of the sources said, speaking on condition of anonymity because the talks are private.

A senior official at the energy ministry said the curbs could cut flows by up to a quarter. Another official said the plan was "a bargaining position, not a policy."

Deputy Prime Minister Bogdan Yaremchuk declined to comment on the reports. "The government comments on decisions, not on rumours," his spokeswoman, Alina Fesenko, said.

Korvenian officials said they had received no notice of any change. Analysts said prices on the regional exchange rose 4 percent after the report.
""",
        actors=(
            P("Bogdan Yaremchuk"),
            P("Alina Fesenko"),
            O("Northline"),
        ),
        quotes=(
            R("Valdoria weighs gas export curbs", None, "sources", "say"),
            R("Valdoria's government is considering limits on gas exports to Korvenia from April", None,
              "three sources familiar with the discussions", "told Northline"),
            D("The decision is not final, but the mood in the cabinet has changed,", None, "one of the sources", "said"),
            R("the curbs could cut flows by up to a quarter", None, "A senior official at the energy ministry", "said"),
            R('the plan was "a bargaining position, not a policy."', None, "Another official", "said"),
            D("a bargaining position, not a policy.", None, "Another official", "said"),
            D("The government comments on decisions, not on rumours,", "Alina Fesenko", "Alina Fesenko", "said"),
            R("they had received no notice of any change", None, "Korvenian officials", "said"),
            R("prices on the regional exchange rose 4 percent after the report", None, "Analysts", "said"),
        ),
    ),
    Article(
        id="en-mt-15-radio-museum",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("initials", "gender-form-different-people", "dash-attribution", "role-noun", "according-to",
               "route-name-in-quotes", "curly-double", "guillemets-in-english"),
        text="""\
Spouses from Ozernets opened a museum of the radio

OZERNETS, October 9. In Ozernets the spouses Oleg Voronin and Alla Voronina opened in their house a private museum of the radio, where more than 300 receivers are collected.

“I collect the radio receivers forty years. The first I found on the dump when I was a schoolboy”, — told O. Voronin to the correspondent.

According to him, his wife first was against the collection. “Now she knows the history of every receiver better than me,” — laughed the collector.

Alla Voronina confirmed that she conducts the excursions herself. «The children ask the most — why the radio has no screen», — said A. Voronina.

The head of the department of culture of the city Dmitry Lazutin promised to help the museum with the repair of the roof. According to D. Lazutin, the city will include the museum in the tourist route “Old Ozernets” already next year.
""",
        actors=(
            P("Oleg Voronin", "O. Voronin"),
            P("Alla Voronina", "A. Voronina"),
            P("Dmitry Lazutin", "D. Lazutin"),
        ),
        quotes=(
            D("I collect the radio receivers forty years. The first I found on the dump when I was a schoolboy",
              "Oleg Voronin", "O. Voronin", "— told"),
            R("his wife first was against the collection", "Oleg Voronin", "him", "According to"),
            D("Now she knows the history of every receiver better than me,", "Oleg Voronin", "the collector",
              "— laughed"),
            R("she conducts the excursions herself", "Alla Voronina", "Alla Voronina", "confirmed that"),
            D("The children ask the most — why the radio has no screen", "Alla Voronina", "A. Voronina", "— said"),
            R("the city will include the museum in the tourist route “Old Ozernets” already next year",
              "Dmitry Lazutin", "D. Lazutin", "According to"),
        ),
    ),
    Article(
        id="en-wire-16-port-profit",
        split="dev",
        lang="en",
        style="wire",
        cases=("org-speaker", "told-reporters", "noted", "added", "claimed", "warned", "pronoun", "role-noun",
               "straight-double"),
        text="""\
Korvenian port operator posts record profit, warns of slowdown

TALLIVA, Jan 28 (Coastline Daily) - Korvenian port operator Selmar Terminals reported a record annual profit on Tuesday but warned that cargo volumes would fall this year as sanctions on Valdorian coal take effect.

Chief executive Henrik Dalgaard told reporters that the company expected container traffic to drop by about 10 percent. "We had an exceptional year. This one will be ordinary at best," he said.

Dalgaard noted that the company would keep its dividend unchanged. Finance director Priya Raman added that capital spending would be cut by a third.

The dock workers' union Portlabour claimed the cuts would cost 400 jobs. "They made record money on our backs and now they talk about belt-tightening," union leader Kaspars Veidemanis said outside the headquarters.

The company said no decision on jobs had been taken. Shares in Selmar Terminals fell 3.2 percent.
""",
        actors=(
            O("Selmar Terminals"),
            P("Henrik Dalgaard", "Dalgaard"),
            P("Priya Raman"),
            O("Portlabour"),
            P("Kaspars Veidemanis"),
            O("Coastline Daily"),
        ),
        quotes=(
            R("cargo volumes would fall this year as sanctions on Valdorian coal take effect", "Selmar Terminals",
              "Selmar Terminals", "warned that"),
            R("the company expected container traffic to drop by about 10 percent", "Henrik Dalgaard",
              "Henrik Dalgaard", "told reporters that"),
            D("We had an exceptional year. This one will be ordinary at best,", "Henrik Dalgaard", "he", "said"),
            R("the company would keep its dividend unchanged", "Henrik Dalgaard", "Dalgaard", "noted that"),
            R("capital spending would be cut by a third", "Priya Raman", "Priya Raman", "added that"),
            R("the cuts would cost 400 jobs", "Portlabour", "Portlabour", "claimed"),
            D("They made record money on our backs and now they talk about belt-tightening,", "Kaspars Veidemanis",
              "Kaspars Veidemanis", "said"),
            R("no decision on jobs had been taken", "Selmar Terminals", "The company", "said"),
        ),
    ),
    Article(
        id="en-mt-17-dam",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("closing-typed-as-opening", "unclosed-inner-quote", "stray-marks", "gender-form-same-person",
               "headline-colon", "backward-attribution", "dash-attribution", "role-noun", "according-to",
               "curly-double"),
        text="""\
Representative of the Ministry of Emergencies: the dam in Ozernets is safe
OZERNETS, April 18. /VNA/. The dam of the Ozernets reservoir is in the safe condition, the water level is lowered on 40 centimeters. About this told the official representative of the Ministry of Emergencies of Valdoria Alina Mirgorodskaya.
“The specialists examine the dam two times per day. There is no threat for the settlements“, — said Mirgorodskaya.
According to Mirgorodsky, the residents of three villages below the dam were warned in advance. “We asked the heads of the villages: „to inform every house, and to answer all calls. Nobody is evacuated”, — added the representative of the ministry.
The head of the village Nizhnie Ozerki Taras Bilyk confirmed that the residents received the warnings by SMS. ““The people are calm, nobody panics”, — told Bilyk.
""",
        actors=(
            P(MIRG, "Mirgorodskaya", "Mirgorodsky"),
            O("Ministry of Emergencies of Valdoria", "Ministry of Emergencies"),
            O("VNA"),
            P("Taras Bilyk", "Bilyk"),
        ),
        quotes=(
            R("the dam in Ozernets is safe", MIRG, "Representative of the Ministry of Emergencies", ":"),
            R("The dam of the Ozernets reservoir is in the safe condition, the water level is lowered on 40 centimeters",
              MIRG, MIRG, "About this told"),
            D("The specialists examine the dam two times per day. There is no threat for the settlements", MIRG,
              "Mirgorodskaya", "— said"),
            R("the residents of three villages below the dam were warned in advance", MIRG, "Mirgorodsky",
              "According to"),
            D("We asked the heads of the villages: „to inform every house, and to answer all calls. Nobody is evacuated",
              MIRG, "the representative of the ministry", "— added"),
            R("the residents received the warnings by SMS", "Taras Bilyk", "Taras Bilyk", "confirmed that"),
            D("The people are calm, nobody panics", "Taras Bilyk", "Bilyk", "— told"),
        ),
    ),
]
