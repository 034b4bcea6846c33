# ruff: noqa: E501
"""Seventh batch (blind, all dev): six machine-translated English copies of state-media style (five Russian,
one from another post-Soviet agency), four wire, two opinion, one Russian, one French, one German (all
invented).

Written without reading the rules, the frozen files or any score, and never run through unspin while being
written, so the batch scores the current rules before anyone tunes them on it. Aimed at the messy press the
earlier batches had little of, several cases per article: two people who share a surname and must not be merged
(a minister and her brother, a former mayor and his son, a syndicalist and a mayor «sans lien de parenté», two
Russian officials Ведерников / Ведерникова, a brewery's manager and her brother); a woman's surname with and
without the Russian feminine ending in machine-translated copy (Pronina / Pronin, Bezrukova / Bezrukov); a name
that appears as a bare surname after a title in one place and in full in another; one person spelt three ways
(Shemyakin / Shemiakin / A. Shemyakin, Kholodov / Holodov / V. Kholodov, Seitkali / N. Seitkaly); pronouns whose
antecedent is an organisation ("They" for a foreign ministry, a union, an agency) or a person two sentences
back past another person of the same gender; role nouns ("the representative of the ministry", "the general",
"the head of state", "the commissioner", "директор департамента", "le syndicaliste", "die Geschäftsführerin")
pointing back past another speaker; the unnamed press service of an unnamed body (speaker null) next to a named
court; a governor's unnamed press secretary (speaker: the governor); quotes inside quotes that never close,
quotes that never close, quotes over two paragraphs, interrupted quotes; wire leads attributed at their end,
"said X, a spokesman for Y", "told reporters", "said in a statement", "the official said"; and in the opinion
pieces scare quotes, a slogan, a strategy's title and its wording, a rhetorical "any driver will tell you", the
author's parody of a slogan, and partial quotes inside reported speech.
"""

from check_gold import Article, D, O, P, R

# batch7-en-mt-01
MHOU = "Ministry of Housing"
SHEM = "Arkady Shemyakin"
KRUP = "Valentina Krupnova"
PPEN = "Party of Pensioners"
BTE = "Belteploenergo"

# batch7-en-mt-02
VAR_O = "Olga Varenikova"
VAR_D = "Dmitry Varenikov"
ILY = "Konstantin Ilyin"
LUT = "Semyon Lutsky"
SHU = "Nikolai Shubin"
PROK = "prosecutor's office of the Tarusk region"
LDC = "Leninsky district court of Tarusk"

# batch7-en-mt-03
PRO = "Ekaterina Pronina"
MFAV = "Ministry of Foreign Affairs of Velmaria"
MFAK = "Ministry of Foreign Affairs of Kassaria"
RAU = "Juhan Raudsepp"
YAR = "Stepan Yarovoy"

# batch7-en-mt-04
MODV = "Ministry of Defense of Velmaria"
KHO = "Valery Kholodov"
AMS = "Derek Amsel"
TRC = "Tresna coalition"
SIN = "Alla Sinitsyna"
LHM = "Lisna Humanitarian Mission"

# batch7-en-mt-05
LIS = "Gleb Lisitsyn"
DRE = "Pavel Dremov"
BEZ = "Anna Bezrukova"
MEPR = "Ministry of Ecology of the Priural region"
EKO = "EkoTrans-Priural"

# batch7-en-mt-06
SEI = "Nurlan Seitkali"
YAL = "Boris Yaletsky"
MFAA = "Ministry of Foreign Affairs of Ardania"
BEK = "Aigerim Bekova"
OSP = "Marat Ospanov"
AISS = "Ardanian Institute of Strategic Studies"

# batch7-en-wire-01
STO = "Sennet Terminal Operators"
VOS = "Henrik Vos"
CDU = "Calder Dockworkers' Union"
OKO = "Ruth Okonjo"
FUR = "Daniel Furst"

# batch7-en-wire-02
NACO = "National Anti-Corruption Office"
ALDO = "Aldo Brandt"
FELIX = "Felix Brandt"
CAS = "Irene Castell"
RUIZ = "Tomas Ruiz"
CVC = "Casa Verde Construction"
CAL = "Nina Calloway"

# batch7-en-wire-03
AHD = "Association of Hospital Doctors"
ACH = "Simon Achterberg"
LUND = "Beatrix Lund"
VOP = "Voice of Patients"

# batch7-en-wire-04
CPA = "Civil Protection Agency"
VID = "Marco Vidal"
ROS = "Anita Rossberg"
VRAIL = "Valmora Rail"
MAI = "Sven Maier"

# batch7-en-op-01
TUL = "Graham Tully"
HCO = "Harbury council"
WARD = "Dennis Ward"
BAN = "Priya Banerjee"

# batch7-en-op-02
SOLH = "Ingrid Solheim"
PHA = "Provincial Health Authority"
CALD = "Ruth Caldera"
FEE = "Mark Feeney"

# batch7-ru-01
VED_R = "Руслан Ведерников"
VED_M = "Марина Ведерникова"
KTR = "Каменсктранс"
SAM = "Олег Самсонов"
KRA = "Лидия Кравец"
MINTR = "министерстве транспорта Каменской области"

# batch7-fr-01
PREFV = "préfecture de la Vaudrême"
AUB = "Corinne Aubertin"
CPV = "Coordination paysanne de la Vaudrême"
TAR_M = "Michel Tardieu"
TAR_H = "Hervé Tardieu"
CHAG = "Chambre d'agriculture"

# batch7-de-01
BRK = "Brauerei Kessler"
KES_J = "Johanna Kessler"
KES_M = "Martin Kessler"
GLG = "Gewerkschaft Lebensmittel und Gastgewerbe"
RENZ = "Tobias Renz"
BREHM = "Klaus Brehm"
AFA = "Agentur für Arbeit Ostelbach"
MAAS = "Erwin Maas"

ARTICLES = [
    Article(
        id="batch7-en-mt-01-heat-tariffs",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "org-speaker", "backward-attribution", "dash-attribution",
               "according-to", "pronoun", "stressed", "partial-quote-noun-object", "female-speaker",
               "press-service-of-org", "company-name-in-quotes", "org-speaker-generic-noun", "role-noun",
               "role-noun-after-other-speaker", "partial-in-reported", "transliteration", "initials", "as-noted-by",
               "straight-double"),
        text="""\
Ministry of Housing: heat tariffs in the Belozersk region will grow by 9 percent

Ministry of Housing: heat tariffs in the Belozersk region will grow by 9 percent

BELOZERSK, 14 October. /SeverPress/. Tariffs for heating and hot water in the Belozersk region from January 1 will increase on average by 9.2 percent, which is lower than the forecast of inflation. This was stated on Monday at a press conference by the first deputy minister of housing and communal services of the region Arkady Shemyakin.

"We held the growth within the limits which were set by the government. Compensation for pensioners and large families remains in full volume," — said Shemyakin.

According to the first deputy minister, the debt of the population for heat has reached 1.2 billion rubles. "Some people do not pay for years, and then they are surprised that the batteries are cold," he stressed.

The deputy of the regional Duma from the Party of Pensioners Valentina Krupnova called the increase "a blow to the poorest". "Nine percent is on paper. In the receipt people will see twenty, we see it every year," — told Krupnova. She added that her faction will demand public hearings before the end of November.

The press service of the company "Belteploenergo", which supplies heat to 70 percent of the houses of the region, reported that the money from the increase will go to the replacement of 40 kilometers of networks. In the company also reminded that last winter there were 212 accidents on heat mains.

The representative of the ministry answered to the deputy that hearings are "not provided by the law", but the ministry is ready to meet with the faction. "Our door is open. Let them come with numbers, not with slogans," — said Shemiakin.

As noted by A. Shemyakin, the final decision on the tariffs will be adopted by the regional tariff committee on December 20.
""",
        actors=(
            O(MHOU),
            O("SeverPress"),
            P(SHEM, "Shemyakin", "Shemiakin", "A. Shemyakin"),
            O(PPEN),
            P(KRUP, "Krupnova"),
            O(BTE),
        ),
        quotes=(
            R("heat tariffs in the Belozersk region will grow by 9 percent", MHOU, MHOU, ":", after="Ministry of Housing: "),
            R("heat tariffs in the Belozersk region will grow by 9 percent", MHOU, MHOU, ":",
              after="9 percent\n\nMinistry of Housing: "),
            R("Tariffs for heating and hot water in the Belozersk region from January 1 will increase on average by 9.2 percent, which is lower than the forecast of inflation",
              SHEM, SHEM, "This was stated"),
            D("We held the growth within the limits which were set by the government. Compensation for pensioners and large families remains in full volume,",
              SHEM, "Shemyakin", "— said"),
            R("the debt of the population for heat has reached 1.2 billion rubles", SHEM, "the first deputy minister",
              "According to"),
            D("Some people do not pay for years, and then they are surprised that the batteries are cold,", SHEM,
              "he", "stressed"),
            D("a blow to the poorest", KRUP, KRUP, "called the increase"),
            D("Nine percent is on paper. In the receipt people will see twenty, we see it every year,", KRUP,
              "Krupnova", "— told"),
            R("her faction will demand public hearings before the end of November", KRUP, "She", "added that"),
            R("the money from the increase will go to the replacement of 40 kilometers of networks", BTE,
              "The press service of the company", "reported that"),
            R("last winter there were 212 accidents on heat mains", BTE, "the company", "also reminded that"),
            R('hearings are "not provided by the law", but the ministry is ready to meet with the faction', SHEM,
              "The representative of the ministry", "answered to the deputy that"),
            D("not provided by the law", SHEM, "The representative of the ministry", "answered to the deputy that"),
            D("Our door is open. Let them come with numbers, not with slogans,", SHEM, "Shemiakin", "— said"),
            R("the final decision on the tariffs will be adopted by the regional tariff committee on December 20",
              SHEM, "A. Shemyakin", "As noted by"),
        ),
        notes="The headline, printed twice, is the ministry's; the body gives the figures to its first deputy "
              "minister. 'The representative of the ministry' is Shemyakin after Krupnova and the heat company "
              "spoke, and 'the deputy' in the same sentence is Krupnova (the addressee, not a speaker). 'called the "
              "increase' has a noun object with a partial quote. 'In the company also reminded' is a calque of "
              "«в компании напомнили» (the company speaks). 'Shemiakin' is a second transliteration.",
    ),
    Article(
        id="batch7-en-mt-02-ministers-brother",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("shared-surname-no-merge", "gender-form-different-people", "backward-attribution",
               "press-service-unnamed-body", "unnamed-speaker", "according-to", "dash-attribution",
               "told-journalists", "partial-in-reported", "pronoun", "pronoun-past-other-man",
               "noun-object-not-a-quote", "spokesman-of-person", "told-outlet", "female-speaker", "initials",
               "company-name-in-quotes", "straight-double"),
        text="""\
Court in Tarusk refused to arrest the brother of the regional minister of economy

TARUSK, 5 June. /Region-Inform/. The Leninsky district court of Tarusk refused the investigation to arrest the businessman Dmitry Varenikov, the brother of the minister of economy of the Tarusk region Olga Varenikova, and placed him under house arrest for two months. This was reported to the agency in the united press service of the courts of the region.

Varenikov, who heads the company "Agrotrans-T", is suspected of fraud at the supply of school buses for 46 million rubles. According to the investigation, in 2023 the company delivered to the districts 18 buses instead of 30, but received money for all of them.

The prosecutor's office of the Tarusk region insisted on arrest. "The accused has a foreign passport and real estate abroad, there is a risk that he will hide," — said in the court the state prosecutor Konstantin Ilyin.

The lawyer of the businessman Semyon Lutsky told journalists that the defence will appeal even the house arrest. According to him, the buses were not delivered because the factory broke the contract, and his client "himself is a victim of the factory". He noted that D. Varenikov returned to the budget 11 million rubles voluntarily.

Minister Varenikova, whom journalists met at the entrance of the government building, refused to connect the case with her post. "My brother is an adult man and answers for his business himself. I did not sign a single document concerning his company, and the prosecutor's office knows this," — said Olga Varenikova.

She stressed that she informed the governor about the conflict of interest in 2022, "when the contract was not yet even in the plans".

The governor of the region Nikolai Shubin has not commented on the situation. His press secretary told Region-Inform that the head of the region "waits for the decision of the court and does not interfere".

Varenikov himself did not speak with journalists in the courtroom.
""",
        actors=(
            O("Region-Inform"),
            O(LDC),
            P(VAR_D, "Varenikov", "D. Varenikov"),
            P(VAR_O, "Varenikova"),
            O("Agrotrans-T"),
            O(PROK),
            P(ILY),
            P(LUT),
            P(SHU),
        ),
        quotes=(
            R("The Leninsky district court of Tarusk refused the investigation to arrest the businessman Dmitry Varenikov, the brother of the minister of economy of the Tarusk region Olga Varenikova, and placed him under house arrest for two months",
              None, "the united press service of the courts of the region", "This was reported"),
            R("in 2023 the company delivered to the districts 18 buses instead of 30, but received money for all of them",
              None, "the investigation", "According to"),
            D("The accused has a foreign passport and real estate abroad, there is a risk that he will hide,", ILY,
              ILY, "— said"),
            R("the defence will appeal even the house arrest", LUT, LUT, "told journalists that"),
            R('the buses were not delivered because the factory broke the contract, and his client "himself is a victim of the factory"',
              LUT, "him", "According to"),
            D("himself is a victim of the factory", LUT, "him", "According to"),
            R("D. Varenikov returned to the budget 11 million rubles voluntarily", LUT, "He", "noted that"),
            D("My brother is an adult man and answers for his business himself. I did not sign a single document concerning his company, and the prosecutor's office knows this,",
              VAR_O, VAR_O, "— said"),
            R('she informed the governor about the conflict of interest in 2022, "when the contract was not yet even in the plans"',
              VAR_O, "She", "stressed that"),
            D("when the contract was not yet even in the plans", VAR_O, "She", "stressed that"),
            R('the head of the region "waits for the decision of the court and does not interfere"', SHU,
              "His press secretary", "told Region-Inform that"),
            D("waits for the decision of the court and does not interfere", SHU, "His press secretary",
              "told Region-Inform that"),
        ),
        notes="The minister Olga Varenikova and her brother Dmitry Varenikov share a surname and must not be merged; "
              "'Varenikov' always names the brother, who never speaks. The lead is reported by the press service of "
              "the region's courts, an unnamed body (null), not by the named district court. 'According to him' and "
              "'He noted' point at Lutsky past 'his client' (the brother). 'insisted on arrest' and 'refused to "
              "connect' have no clause. The governor's unnamed press secretary speaks for the governor.",
    ),
    Article(
        id="batch7-en-mt-03-expulsion",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "headline-partial-quote", "backward-attribution", "dash-attribution",
               "org-speaker", "pronoun-for-org", "partial-in-reported", "told-outlet", "the-diplomat",
               "role-noun-after-other-speaker", "according-to", "pronoun", "female-speaker", "nested-quote",
               "unclosed-inner-quote", "quote-inside-quote-other-speaker", "gender-form-same-person",
               "transliteration", "initials", "noun-object-not-a-quote", "straight-double"),
        text="""\
Pronina: Kassaria expels our diplomats "under an invented pretext"

DOROGOV, 3 March. /VelmInform/. The decision of Kassaria to declare persona non grata two employees of the embassy of Velmaria in Tallo will not remain without a response. This was stated on Thursday at a weekly briefing by the official spokeswoman of the Ministry of Foreign Affairs of Velmaria Ekaterina Pronina.

"We regard this step as unfriendly and groundless. Our employees worked strictly in the framework of the Vienna Convention, and the Kassarian side did not present a single fact," — said Pronina.

The Ministry of Foreign Affairs of Kassaria on Wednesday accused the two diplomats of "activity incompatible with their status". They also said that the expelled must leave the country within 72 hours.

The Minister of Foreign Affairs of Kassaria Juhan Raudsepp told the newspaper Tallo Paevaleht that the decision "was not easy". "We waited patiently for explanations half a year. The explanations did not come," — said the Kassarian minister.

According to the diplomat, Dorogov will take "mirror measures" in the nearest time. She noted that the Kassarian ambassador has already been invited to the ministry on Friday.

"Colleagues in Tallo like to repeat: "We are open for dialogue. Where is this dialogue, if our notes receive silence for months?" — added E. Pronina.

The head of the committee on international affairs of the parliament Stepan Yarovoy called for a pause in the work of the intergovernmental commission. "To talk with Tallo now is to talk with a wall," he told the TV channel Velm-24.

Earlier Pronin said that the staff of the embassy in Tallo was already reduced by a third in 2023. As Yekaterina Pronina reminded, the embassy of Kassaria in Dorogov employs 34 people.
""",
        actors=(
            O("VelmInform"),
            O(MFAV),
            P(PRO, "Pronina", "E. Pronina", "Pronin", "Yekaterina Pronina"),
            O(MFAK),
            P(RAU),
            O("Tallo Paevaleht"),
            P(YAR),
            O("Velm-24"),
        ),
        quotes=(
            R('Kassaria expels our diplomats "under an invented pretext"', PRO, "Pronina", ":"),
            D("under an invented pretext", PRO, "Pronina", ":"),
            R("The decision of Kassaria to declare persona non grata two employees of the embassy of Velmaria in Tallo will not remain without a response",
              PRO, PRO, "This was stated"),
            D("We regard this step as unfriendly and groundless. Our employees worked strictly in the framework of the Vienna Convention, and the Kassarian side did not present a single fact,",
              PRO, "Pronina", "— said"),
            D("activity incompatible with their status", MFAK, MFAK, "accused the two diplomats of"),
            R("the expelled must leave the country within 72 hours", MFAK, "They", "also said that"),
            R('the decision "was not easy"', RAU, RAU, "told the newspaper Tallo Paevaleht that"),
            D("was not easy", RAU, RAU, "told the newspaper Tallo Paevaleht that"),
            D("We waited patiently for explanations half a year. The explanations did not come,", RAU,
              "the Kassarian minister", "— said"),
            R('Dorogov will take "mirror measures" in the nearest time', PRO, "the diplomat", "According to"),
            D("mirror measures", PRO, "the diplomat", "According to"),
            R("the Kassarian ambassador has already been invited to the ministry on Friday", PRO, "She", "noted that"),
            D('Colleagues in Tallo like to repeat: "We are open for dialogue. Where is this dialogue, if our notes receive silence for months?',
              PRO, "E. Pronina", "— added"),
            D("To talk with Tallo now is to talk with a wall,", YAR, "he", "told the TV channel Velm-24"),
            R("the staff of the embassy in Tallo was already reduced by a third in 2023", PRO, "Pronin", "said that"),
            R("the embassy of Kassaria in Dorogov employs 34 people", PRO, "Yekaterina Pronina", "reminded"),
        ),
        notes="'They' is the Kassarian foreign ministry. 'the diplomat' is Pronina, after the Kassarian minister (a "
              "diplomat too) spoke; the next 'She' settles it. The Kassarian slogan inside Pronina's last quote "
              "opens and never closes; the outer quote ends at the mark before '— added'. 'Pronin' is a wrong-gender "
              "form and 'Yekaterina' a second transliteration of the same woman. 'accused ... of' and 'called for a "
              "pause' have noun objects (the first with a partial quote). 'Vienna Convention' is a document.",
    ),
    Article(
        id="batch7-en-mt-04-bridge-strike",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "backward-attribution", "pronoun", "partial-quote-infinitive",
               "dash-attribution", "nested-quote", "unclosed-inner-quote", "quote-inside-quote-other-speaker",
               "according-to", "role-noun", "role-noun-after-other-speaker", "told-journalists-that",
               "partial-in-reported", "as-x-noted", "stressed", "initials", "misspelt-surname", "female-speaker",
               "straight-double"),
        text="""\
Ministry of Defense of Velmaria: the coalition hides the data on the strike on the Lisna bridge

Ministry of Defense of Velmaria: the coalition hides the data on the strike on the Lisna bridge

DOROGOV, 9 April. /VelmInform/. The command of the Tresna coalition conceals from the public the real consequences of the strike on the pedestrian bridge across the Lisna river, as a result of which at least 11 civilians died. This was stated on Sunday by the spokesman of the Ministry of Defense of Velmaria, Major General Valery Kholodov.

The day before the press officer of the coalition Colonel Derek Amsel promised at a briefing "to publish the video of the strike when the investigation ends".

"Pay attention: D. Amsell calls this strike a precise operation against a military object. Which military object is a pedestrian bridge, on which at seven in the morning women with children go to the market? And the coalition, having all the videos, again tells us: "wait for the results of the investigation. How long must we wait?" — said Kholodov.

According to the general, the bridge was used only by civilians, the nearest military object is located 14 kilometers from it.

Amsel told journalists on Saturday that the coalition "does not strike civilian infrastructure" and that the target was "a column with ammunition". He also said that the command "regrets any loss of life".

As the representative of the Ministry of Defense noted, the coalition three times refused the proposal of Velmaria to carry out a joint inspection of the place of the strike. "We are ready to let international experts to the bridge already tomorrow. The question is whether the coalition is ready for the truth," — stressed V. Kholodov.

The ombudsman of Velmaria Alla Sinitsyna said that her office sent the list of the victims to the Lisna Humanitarian Mission. Holodov added that the names of the dead will be published on Monday.
""",
        actors=(
            O(MODV),
            O("VelmInform"),
            O(TRC),
            P(KHO, "Kholodov", "V. Kholodov", "Holodov"),
            P(AMS, "Amsel", "D. Amsell"),
            P(SIN),
            O(LHM),
        ),
        quotes=(
            R("the coalition hides the data on the strike on the Lisna bridge", MODV, MODV, ":",
              after="Ministry of Defense of Velmaria: "),
            R("the coalition hides the data on the strike on the Lisna bridge", MODV, MODV, ":",
              after="Lisna bridge\n\nMinistry of Defense of Velmaria: "),
            R("The command of the Tresna coalition conceals from the public the real consequences of the strike on the pedestrian bridge across the Lisna river, as a result of which at least 11 civilians died",
              KHO, KHO, "This was stated"),
            D("to publish the video of the strike when the investigation ends", AMS, AMS, "promised"),
            D('Pay attention: D. Amsell calls this strike a precise operation against a military object. Which military object is a pedestrian bridge, on which at seven in the morning women with children go to the market? And the coalition, having all the videos, again tells us: "wait for the results of the investigation. How long must we wait?',
              KHO, "Kholodov", "— said"),
            R("the bridge was used only by civilians, the nearest military object is located 14 kilometers from it",
              KHO, "the general", "According to"),
            R('the coalition "does not strike civilian infrastructure" and that the target was "a column with ammunition"',
              AMS, "Amsel", "told journalists on Saturday that"),
            D("does not strike civilian infrastructure", AMS, "Amsel", "told journalists on Saturday that"),
            D("a column with ammunition", AMS, "Amsel", "told journalists on Saturday that"),
            R('the command "regrets any loss of life"', AMS, "He", "also said that"),
            D("regrets any loss of life", AMS, "He", "also said that"),
            R("the coalition three times refused the proposal of Velmaria to carry out a joint inspection of the place of the strike",
              KHO, "the representative of the Ministry of Defense", "noted"),
            D("We are ready to let international experts to the bridge already tomorrow. The question is whether the coalition is ready for the truth,",
              KHO, "V. Kholodov", "— stressed"),
            R("her office sent the list of the victims to the Lisna Humanitarian Mission", SIN, SIN, "said that"),
            R("the names of the dead will be published on Monday", KHO, "Holodov", "added that"),
        ),
        notes="The headline is printed twice. Amsel's promise has an infinitive but its words are in marks, so they are "
              "a direct quote. Inside Kholodov's long quote the coalition's words open and never close; the outer "
              "quote ends at the mark before '— said'. 'the general' is Kholodov right after his quote (Amsel is a "
              "colonel); 'He also said' is Amsel. 'Amsell' and 'Holodov' are misspellings, 'D.' and 'V.' initials.",
    ),
    Article(
        id="batch7-en-mt-05-landfill",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("infinitive-not-a-quote", "backward-attribution", "dash-attribution", "pronoun",
               "pronoun-two-sentences-back", "surname-after-title", "female-speaker", "gender-form-same-person",
               "according-to", "org-speaker", "passive-attribution", "partial-in-reported",
               "said-in-a-statement", "company-name-in-quotes", "title-in-quotes", "org-speaker-generic-noun",
               "straight-double"),
        text="""\
Mayor of Krasnoretsk promised to close the landfill in Gorelki by the end of 2026

KRASNORETSK, 17 July. /Priural-Inform/. The landfill near the village of Gorelki, against which the residents of Krasnoretsk protest for two years, will be closed and recultivated by the end of 2026. This was reported to the correspondent of the agency by the head of the city Gleb Lisitsyn.

"The money is provided in the regional program, the contractor will be chosen in autumn. I understand people, I myself live four kilometers from this landfill," — said Lisitsyn.

On Tuesday the mayor met with residents of Gorelki in the building of the local school. The minister of ecology of the region Pavel Dremov, who was also invited, did not come to the meeting. He told the residents that from September the garbage trucks will go to the new sorting complex, and not to Gorelki.

The coordinator of the initiative group "Clean Gorelki" Anna Bezrukova does not believe the promises. "In 2021 we heard the same words, in 2023 also. We will believe when the last truck leaves," — noted Bezrukova. According to her, in summer the smell from the landfill reaches the center of Krasnoretsk.

In the Ministry of Ecology of the Priural region the agency was told that the project of recultivation "passed the state expertise". The ministry also noted that Dremov could not come to Gorelki because of a working trip.

The company "EkoTrans-Priural", which serves the landfill, said in a statement that it "fulfils all requirements of the license" and the smell is caused by the heat.

Mayor Lisitsyn replied to this that the city will initiate an unscheduled inspection of the company. "If the license is fulfilled, let them show us the measurements of gas," — he added.

Bezrukov said that the residents will hold a picket on Sunday regardless of the promises.
""",
        actors=(
            O("Priural-Inform"),
            P(LIS, "Lisitsyn"),
            P(DRE, "Dremov"),
            O("Clean Gorelki"),
            P(BEZ, "Bezrukova", "Bezrukov"),
            O(MEPR),
            O(EKO),
        ),
        quotes=(
            R("The landfill near the village of Gorelki, against which the residents of Krasnoretsk protest for two years, will be closed and recultivated by the end of 2026",
              LIS, LIS, "This was reported"),
            D("The money is provided in the regional program, the contractor will be chosen in autumn. I understand people, I myself live four kilometers from this landfill,",
              LIS, "Lisitsyn", "— said"),
            R("from September the garbage trucks will go to the new sorting complex, and not to Gorelki", LIS, "He",
              "told the residents that"),
            D("In 2021 we heard the same words, in 2023 also. We will believe when the last truck leaves,", BEZ,
              "Bezrukova", "— noted"),
            R("in summer the smell from the landfill reaches the center of Krasnoretsk", BEZ, "her", "According to"),
            R('the project of recultivation "passed the state expertise"', MEPR, MEPR, "the agency was told that"),
            D("passed the state expertise", MEPR, MEPR, "the agency was told that"),
            R("Dremov could not come to Gorelki because of a working trip", MEPR, "The ministry", "also noted that"),
            R('it "fulfils all requirements of the license" and the smell is caused by the heat', EKO, EKO,
              "said in a statement that"),
            D("fulfils all requirements of the license", EKO, EKO, "said in a statement that"),
            R("the city will initiate an unscheduled inspection of the company", LIS, "Lisitsyn", "replied to this that"),
            D("If the license is fulfilled, let them show us the measurements of gas,", LIS, "he", "added"),
            R("the residents will hold a picket on Sunday regardless of the promises", BEZ, "Bezrukov", "said that"),
        ),
        notes="'He told the residents' is the mayor, two sentences back: the minister Dremov, named in between, did "
              "not come to the meeting. 'Mayor Lisitsyn' (a surname after a title) is 'the head of the city Gleb "
              "Lisitsyn' of the lead. 'Bezrukov' is a wrong-gender form of Bezrukova. The headline's 'promised to "
              "close' has an infinitive. The initiative group's and the company's names in marks are not quotes.",
    ),
    Article(
        id="batch7-en-mt-06-rail-corridor",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "title-in-quotes", "dash-attribution", "role-noun", "the-head-of-state",
               "according-to", "transliteration", "initials", "role-noun-before-name", "org-speaker",
               "pronoun-for-org", "unclosed-quote", "partial-in-reported", "as-noted-by", "female-speaker",
               "told-outlet", "role-noun-after-other-speaker", "infinitive-not-a-quote", "straight-double"),
        text="""\
Ardania and Velmaria agreed to launch a new railway corridor to the south

Ardania and Velmaria agreed to launch a new railway corridor to the south

ARDANSK, 11 September. /ArdPress/. The President of Ardania Nurlan Seitkali and the Prime Minister of Velmaria Boris Yaletsky held negotiations in Ardansk on Wednesday, following which the parties agreed to launch by 2027 the railway corridor "North - South".

"The corridor will reduce the time of delivery of goods to the ports of the Southern Sea from 18 to 9 days. This is a project not of one year, but of a generation," — stressed the head of state at the press approach after the negotiations.

According to N. Seitkaly, Ardania will finance 60 percent of the construction of the section on its territory, the rest of the funds will be attracted from the Development Bank of the Southern Sea.

The Prime Minister of Velmaria, in his turn, noted that the Velmarian side is ready to supply rails and rolling stock. "Our plants are loaded with orders, but for this project we will find capacities," — said B. Yaletsky.

The Ministry of Foreign Affairs of Ardania reported that during the visit 14 documents were signed. They also specified that the joint working group "will begin work already in October.

As noted by the Minister of Transport and Communications of Ardania Aigerim Bekova, the first trains on the new route can go already in 2026 along the existing tracks. "It will be slowly, but it will be. Business does not want to wait until 2027," — she said.

The expert of the Ardanian Institute of Strategic Studies Marat Ospanov told ArdPress that the corridor will make Ardania "a transit hub of the whole region". According to the expert, the main risk of the project is the mountain section of 200 kilometers.

The head of state also invited Yaletsky to take part in the Ardansk Economic Forum in November.
""",
        actors=(
            O("ArdPress"),
            P(SEI, "N. Seitkaly"),
            P(YAL, "B. Yaletsky", "Yaletsky"),
            O("Development Bank of the Southern Sea"),
            O(MFAA),
            P(BEK),
            O(AISS),
            P(OSP),
        ),
        quotes=(
            D("The corridor will reduce the time of delivery of goods to the ports of the Southern Sea from 18 to 9 days. This is a project not of one year, but of a generation,",
              SEI, "the head of state", "— stressed"),
            R("Ardania will finance 60 percent of the construction of the section on its territory, the rest of the funds will be attracted from the Development Bank of the Southern Sea",
              SEI, "N. Seitkaly", "According to"),
            R("the Velmarian side is ready to supply rails and rolling stock", YAL, "The Prime Minister of Velmaria",
              "noted that"),
            D("Our plants are loaded with orders, but for this project we will find capacities,", YAL, "B. Yaletsky",
              "— said"),
            R("during the visit 14 documents were signed", MFAA, MFAA, "reported that"),
            R('the joint working group "will begin work already in October', MFAA, "They", "also specified that"),
            D("will begin work already in October.", MFAA, "They", "also specified that"),
            R("the first trains on the new route can go already in 2026 along the existing tracks", BEK, BEK,
              "As noted by"),
            D("It will be slowly, but it will be. Business does not want to wait until 2027,", BEK, "she", "— said"),
            R('the corridor will make Ardania "a transit hub of the whole region"', OSP, OSP,
              "told ArdPress that"),
            D("a transit hub of the whole region", OSP, OSP, "told ArdPress that"),
            R("the main risk of the project is the mountain section of 200 kilometers", OSP, "the expert",
              "According to"),
        ),
        notes="Copy in the style of a post-Soviet state agency. 'the head of state' is Seitkali although Yaletsky is "
              "named after him in the lead; 'N. Seitkaly' is a second transliteration. 'They' is the Ardanian foreign "
              "ministry; its partial quote never closes and runs to the end of the paragraph. The route name in marks "
              "is not a quote; 'agreed to launch' and 'invited ... to take part' have infinitives.",
    ),
    Article(
        id="batch7-en-wire-01-dock-strike",
        split="dev",
        lang="en",
        style="wire",
        cases=("byline", "lead-attribution-at-end", "unnamed-speaker", "said-x-apposition",
               "said-x-a-spokesman-for-y", "said-in-a-statement", "org-speaker", "partial-in-reported",
               "told-reporters", "split-quote-middle-speaker", "multi-paragraph-quote", "pronoun",
               "female-speaker", "role-noun", "the-official-said", "adding-that", "surname-only",
               "credits-line", "straight-double"),
        text="""\
Dock strike halts Port Sennet as automation talks collapse

By Priya Holm

SENNET, March 4 (Meridian Wire) - Dockworkers at Port Sennet, the largest container terminal on the Calder coast, walked off the job on Tuesday after talks over automation broke down, leaving more than 30 ships waiting at anchor, port officials said.

"We have offered job guarantees until 2031. The union walked away from a deal that most of its own members would accept," said Henrik Vos, a spokesman for Sennet Terminal Operators, the consortium that runs the port.

The Calder Dockworkers' Union said in a statement that the operators wanted to replace "half the workforce with software" and that the guarantees covered only permanent staff.

Union leader Ruth Okonjo told reporters outside the terminal gates that the strike would last "as long as it takes."

"These machines were sold to us as a way to make the work safer," she said. "Nobody told us they would also make us unnecessary.

"If they want the cranes to run themselves, let them try it tomorrow morning."

Transport Minister Daniel Furst said the government would not intervene "for now" but urged both sides to return to talks. "Every day the port is shut costs the economy about 12 million crowns," the minister said, adding that he had spoken to both sides on Monday night.

A port official, who asked not to be named because he was not authorized to speak to the media, said two tankers had been allowed to unload fuel. "The backlog will take weeks to clear," the official said. "Even if they come back tomorrow, we are looking at the middle of April."

Vos said the operators would not withdraw the plan, which includes 14 remote-controlled cranes, but were "open to discussing the timetable."

Shipping line Nordvik said it was diverting three vessels to the port of Halle.

(Reporting by Priya Holm; Editing by Sam Ortega)
""",
        actors=(
            P("Priya Holm"),
            O("Meridian Wire"),
            P(VOS, "Vos"),
            O(STO),
            O(CDU),
            P(OKO),
            P(FUR),
            O("Nordvik"),
            P("Sam Ortega"),
        ),
        quotes=(
            R("Dockworkers at Port Sennet, the largest container terminal on the Calder coast, walked off the job on Tuesday after talks over automation broke down, leaving more than 30 ships waiting at anchor",
              None, "port officials", "said"),
            D("We have offered job guarantees until 2031. The union walked away from a deal that most of its own members would accept,",
              VOS, VOS, "said"),
            R('the operators wanted to replace "half the workforce with software" and that the guarantees covered only permanent staff',
              CDU, "The Calder Dockworkers' Union", "said in a statement that"),
            D("half the workforce with software", CDU, "The Calder Dockworkers' Union", "said in a statement that"),
            R('the strike would last "as long as it takes."', OKO, OKO, "told reporters"),
            D("as long as it takes.", OKO, OKO, "told reporters"),
            D("These machines were sold to us as a way to make the work safer,", OKO, "she", "said"),
            D('Nobody told us they would also make us unnecessary.\n\n"If they want the cranes to run themselves, let them try it tomorrow morning.',
              OKO, "she", "said"),
            R('the government would not intervene "for now"', FUR, FUR, "said"),
            D("for now", FUR, FUR, "said"),
            D("Every day the port is shut costs the economy about 12 million crowns,", FUR, "the minister", "said"),
            R("he had spoken to both sides on Monday night", FUR, "the minister", "adding that"),
            R("two tankers had been allowed to unload fuel", None, "A port official", "said"),
            D("The backlog will take weeks to clear,", None, "the official", "said"),
            D("Even if they come back tomorrow, we are looking at the middle of April.", None, "the official", "said"),
            R('the operators would not withdraw the plan, which includes 14 remote-controlled cranes, but were "open to discussing the timetable."',
              VOS, "Vos", "said"),
            D("open to discussing the timetable.", VOS, "Vos", "said"),
            R("it was diverting three vessels to the port of Halle", "Nordvik", "Nordvik", "said"),
        ),
        notes="The lead is attributed at its end to unnamed port officials (Port Sennet is a place here, not a "
              "speaker). Vos is a named spokesman, so he is the speaker, not the consortium. Okonjo's second quote "
              "opens at the end of a paragraph and closes in the next (one quote). 'urged both sides to return' has "
              "an infinitive. 'the official' is the anonymous port official (null).",
    ),
    Article(
        id="batch7-en-wire-02-kickbacks",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "org-speaker", "told-reporters", "split-quote-continuation",
               "shared-surname-no-merge", "surname-only", "backward-attribution", "said-in-a-statement",
               "partial-in-reported", "pronoun", "wrote", "female-speaker", "role-noun-before-name",
               "declined-to-comment-not-a-quote", "curly-double"),
        text="""\
Prosecutors charge former Loretto mayor in housing kickback case

LORETTO, Sorvania (SPA) — Prosecutors on Thursday charged former Loretto mayor Aldo Brandt with taking kickbacks from a developer that built social housing in the city, the National Anti-Corruption Office said.

Brandt, 71, is accused of receiving about 600,000 euros between 2015 and 2021 through a consulting firm registered in his wife’s name.

“The evidence shows a pattern over six years, not a single mistake,” Chief Prosecutor Irene Castell told reporters in the capital. “We followed the money from the developer’s accounts, step by step.”

Brandt’s son, Felix Brandt, who sits on the city council, is not under investigation, the office said.

Felix Brandt said in a statement posted on social media that he had “full confidence” in his father’s innocence and would not give up his seat. “I will not comment on a case in which I am not involved. But I know my father,” he wrote.

The elder Brandt’s lawyer, Tomas Ruiz, said his client denied all the charges. “Every payment my client received is on record and was declared to the tax office,” Ruiz said. “The prosecution has taken a loan and called it a bribe.”

The developer, Casa Verde Construction, said it was cooperating with investigators. A spokeswoman for the company declined to comment further.

Mayor Nina Calloway, who defeated Brandt in the 2022 election, said the city had asked auditors to review every housing contract signed while he was in office.

“People in those blocks are asking me whether their homes were built properly,” she said. “They deserve an answer, and they will get one.”

Castell said a trial date could be set in the spring. If convicted, Brandt faces up to 12 years in prison.
""",
        actors=(
            O("SPA"),
            P(ALDO, "Brandt"),
            O(NACO),
            P(CAS, "Castell"),
            P(FELIX),
            P(RUIZ, "Ruiz"),
            O(CVC),
            P(CAL),
        ),
        quotes=(
            R("Prosecutors on Thursday charged former Loretto mayor Aldo Brandt with taking kickbacks from a developer that built social housing in the city",
              NACO, NACO, "said"),
            D("The evidence shows a pattern over six years, not a single mistake,", CAS, CAS, "told reporters"),
            D("We followed the money from the developer’s accounts, step by step.", CAS, CAS, "told reporters"),
            R("Brandt’s son, Felix Brandt, who sits on the city council, is not under investigation", NACO,
              "the office", "said"),
            R("he had “full confidence” in his father’s innocence and would not give up his seat", FELIX, FELIX,
              "said in a statement posted on social media that"),
            D("full confidence", FELIX, FELIX, "said in a statement posted on social media that"),
            D("I will not comment on a case in which I am not involved. But I know my father,", FELIX, "he",
              "wrote"),
            R("his client denied all the charges", RUIZ, RUIZ, "said"),
            D("Every payment my client received is on record and was declared to the tax office,", RUIZ, "Ruiz",
              "said"),
            D("The prosecution has taken a loan and called it a bribe.", RUIZ, "Ruiz", "said"),
            R("it was cooperating with investigators", CVC, CVC, "said"),
            R("the city had asked auditors to review every housing contract signed while he was in office", CAL, CAL,
              "said"),
            D("People in those blocks are asking me whether their homes were built properly,", CAL, "she", "said"),
            D("They deserve an answer, and they will get one.", CAL, "she", "said"),
            R("a trial date could be set in the spring", CAS, "Castell", "said"),
        ),
        notes="Aldo Brandt and his son Felix Brandt share a surname and must not be merged; the bare 'Brandt' always "
              "names the father, who never speaks. 'Chief Prosecutor Irene Castell' later speaks as bare 'Castell'. "
              "The anti-corruption office speaks at the end of the lead and as 'the office' in a backward "
              "attribution. 'declined to comment' is not a quote.",
    ),
    Article(
        id="batch7-en-wire-03-junior-doctors",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "org-speaker", "said-in-a-statement", "pronoun-for-org",
               "split-quote-middle-speaker", "said-x-apposition", "multi-paragraph-quote", "partial-quote-noun-object",
               "told-reporters", "female-speaker", "unnamed-speaker", "the-official-said", "he-added",
               "infinitive-not-a-quote", "role-noun", "role-noun-after-other-speaker", "surname-only",
               "straight-double"),
        text="""\
Ostrel junior doctors to strike for five days over unpaid night shifts

OSTREL, June 12 (Meridian Wire) - Junior doctors in Ostrel's public hospitals will stop work for five days from Monday in a dispute over unpaid night shifts, their union said on Wednesday, in the first such strike in the country for a decade.

The Association of Hospital Doctors (AHD) said in a statement that 87 percent of its members had voted for the walkout. They said emergency departments and intensive care units would be staffed as normal.

"Nobody takes this decision lightly," said Simon Achterberg, who chairs the association's committee of junior doctors. "But a doctor who has worked 30 hours without sleep is a danger to patients, and the ministry knows it.

"We have been warning about this for a year. We have the rotas to prove it."

Health Minister Beatrix Lund called the strike "irresponsible" and said the ministry had already offered to pay night shifts at one and a half times the normal rate. "The offer is on the table. It is a good offer," she told reporters after a cabinet meeting.

A senior health ministry official, speaking on condition of anonymity, said about 4,000 planned operations would have to be postponed. "Cancer patients will be protected. Hip replacements will not," the official said.

Achterberg said the offer covered only shifts worked after January and ignored "years of unpaid hours." "We are not asking for a bonus," he added. "We are asking to be paid for work we have already done."

The patients' group Voice of Patients said it supported the doctors' demands but urged both sides to agree a deal before Monday. Hospital managers in the northern city of Brenn said they had begun calling patients to cancel appointments.

Lund, a former surgeon, said she would meet the association on Friday. "My door has been open for two months," the minister said. "I hope this time they walk through it."
""",
        actors=(
            O("Meridian Wire"),
            O(AHD, "AHD"),
            P(ACH, "Achterberg"),
            P(LUND, "Lund"),
            O(VOP),
        ),
        quotes=(
            R("Junior doctors in Ostrel's public hospitals will stop work for five days from Monday in a dispute over unpaid night shifts",
              AHD, "their union", "said"),
            R("87 percent of its members had voted for the walkout", AHD, "The Association of Hospital Doctors",
              "said in a statement that"),
            R("emergency departments and intensive care units would be staffed as normal", AHD, "They", "said"),
            D("Nobody takes this decision lightly,", ACH, ACH, "said"),
            D('But a doctor who has worked 30 hours without sleep is a danger to patients, and the ministry knows it.\n\n"We have been warning about this for a year. We have the rotas to prove it.',
              ACH, ACH, "said"),
            D("irresponsible", LUND, LUND, "called the strike"),
            R("the ministry had already offered to pay night shifts at one and a half times the normal rate", LUND,
              LUND, "said"),
            D("The offer is on the table. It is a good offer,", LUND, "she", "told reporters"),
            R("about 4,000 planned operations would have to be postponed", None, "A senior health ministry official",
              "said"),
            D("Cancer patients will be protected. Hip replacements will not,", None, "the official", "said"),
            R('the offer covered only shifts worked after January and ignored "years of unpaid hours."', ACH,
              "Achterberg", "said"),
            D("years of unpaid hours.", ACH, "Achterberg", "said"),
            D("We are not asking for a bonus,", ACH, "he", "added"),
            D("We are asking to be paid for work we have already done.", ACH, "he", "added"),
            R("it supported the doctors' demands", VOP, VOP, "said"),
            R("they had begun calling patients to cancel appointments", None, "Hospital managers in the northern city of Brenn",
              "said"),
            R("she would meet the association on Friday", LUND, "Lund", "said"),
            D("My door has been open for two months,", LUND, "the minister", "said"),
            D("I hope this time they walk through it.", LUND, "the minister", "said"),
        ),
        notes="The lead is attributed at its end to 'their union', named in the next paragraph; 'They' is the union. "
              "Achterberg speaks in the middle of his quote, whose second part runs over two paragraphs. The health "
              "ministry is never named (its anonymous official is null). 'urged both sides to agree' has an "
              "infinitive; 'called the strike' a noun object with a one-word partial quote.",
    ),
    Article(
        id="batch7-en-wire-04-landslide",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "unnamed-speaker", "said-x-apposition", "split-quote-middle-speaker",
               "multi-paragraph-quote", "told-reporters", "female-speaker", "named-org-unnamed-spokesman",
               "said-in-a-statement", "org-speaker", "partial-in-reported", "pronoun", "the-official-said",
               "spokesman-of-person", "backward-attribution", "surname-only", "infinitive-not-a-quote",
               "straight-double"),
        text="""\
Landslide buries homes in Valmora mountain village; six missing

TERSI, Valmora (VNA) — A landslide set off by days of heavy rain buried at least nine houses in the mountain village of Tersi early Sunday, and six people were missing, regional authorities said.

Rescuers with dogs searched through mud and broken timber as the rain kept falling. "We still hope to find people alive in the air pockets under the roofs," said Marco Vidal, who leads the mountain rescue team of Valmora's Civil Protection Agency. "But every hour makes it harder.

"The ground above us is still moving, so we have to stop the search every time it shifts."

Governor Anita Rossberg declared a state of emergency and said the army would send two helicopters. "This village has lived under this mountain for four hundred years. We will not abandon it now," Rossberg told reporters in the nearby town of Sella.

A spokesperson for Valmora Rail, the state railway operator, said the line through the valley had been closed because part of an embankment was washed away. The company said in a statement that buses would replace trains "until further notice."

Geologist Sven Maier of the University of Sella said the slope had been marked as high risk in a survey six years ago. "Nobody should be surprised. The map was red," he said.

A municipal official, who spoke on condition of anonymity, said a retaining wall had been planned for a decade but never funded. "We asked the region three times," the official said.

Late on Sunday Vidal said rescuers had pulled a woman alive from one of the houses. She was taken to hospital in Sella with a broken leg, he said.

Rossberg's office said the governor would ask the national government for emergency funds on Monday.
""",
        actors=(
            O("VNA"),
            P(VID, "Vidal"),
            O(CPA),
            P(ROS, "Rossberg"),
            O(VRAIL),
            P(MAI),
            O("University of Sella"),
        ),
        quotes=(
            R("A landslide set off by days of heavy rain buried at least nine houses in the mountain village of Tersi early Sunday, and six people were missing",
              None, "regional authorities", "said"),
            D("We still hope to find people alive in the air pockets under the roofs,", VID, VID, "said"),
            D('But every hour makes it harder.\n\n"The ground above us is still moving, so we have to stop the search every time it shifts.',
              VID, VID, "said"),
            R("the army would send two helicopters", ROS, ROS, "said"),
            D("This village has lived under this mountain for four hundred years. We will not abandon it now,", ROS,
              "Rossberg", "told reporters"),
            R("the line through the valley had been closed because part of an embankment was washed away", VRAIL,
              "A spokesperson for Valmora Rail", "said"),
            R('buses would replace trains "until further notice."', VRAIL, "The company", "said in a statement that"),
            D("until further notice.", VRAIL, "The company", "said in a statement that"),
            R("the slope had been marked as high risk in a survey six years ago", MAI, MAI, "said"),
            D("Nobody should be surprised. The map was red,", MAI, "he", "said"),
            R("a retaining wall had been planned for a decade but never funded", None, "A municipal official", "said"),
            D("We asked the region three times,", None, "the official", "said"),
            R("rescuers had pulled a woman alive from one of the houses", VID, "Vidal", "said"),
            R("She was taken to hospital in Sella with a broken leg", VID, "he", "said"),
            R("the governor would ask the national government for emergency funds on Monday", ROS, "Rossberg's office",
              "said"),
        ),
        notes="The lead is attributed at its end to unnamed regional authorities. Vidal speaks in the middle of a "
              "quote whose second part runs over two paragraphs; he is named with his agency, which does not speak. "
              "Valmora Rail's unnamed spokesperson is the company. 'declared a state of emergency' has a noun "
              "object. 'Rossberg's office' speaks for the governor (like an unnamed press secretary).",
    ),
    Article(
        id="batch7-en-op-01-bus-route",
        split="dev",
        lang="en",
        style="opinion",
        cases=("byline", "scare-quotes", "slogan-not-a-quote", "title-in-quotes", "document-quote-not-a-quote",
               "partial-in-reported", "told-the-committee", "named-org-unnamed-spokesman", "mocking-paraphrase",
               "rhetorical-attribution-not-a-quote", "told-me", "present-tense-says", "pronoun", "female-speaker",
               "surname-only", "straight-double"),
        text="""\
Harbury's "smart city" has no room for the number 14 bus

By Margaret Oyelaran

Harbury council has a new slogan. It is painted on the side of every bus and printed on every leaflet pushed through my door: "Moving Forward, Together." The buses it is painted on, however, are moving less than ever.

Last month the council published "Connected Harbury 2030," a glossy strategy that promises "seamless mobility" and uses the word "innovation" 43 times. It also quietly cuts three bus routes, including the number 14, the only way many people on the Fenwick estate can reach the hospital.

Council leader Graham Tully told the transport committee that the routes were "under-used" and that the money would be "reinvested in on-demand solutions." I asked what an on-demand solution is. A spokesperson for Harbury council said it was an app that lets passengers book a minibus "up to 30 minutes in advance," which is to say a taxi with extra steps.

Any driver on the route will tell you the 14 is full every morning. Dennis Ward, who has driven it for 19 years, told me the passenger survey was done in August, "when half the estate is on holiday and the other half is at the seaside."

Councillor Priya Banerjee, who represents Fenwick, says she was never shown the passenger figures before the vote. "We were told it was a technical document. It turned out to be the end of my constituents' bus," she said.

The operator, Harbury Coaches, which runs the 14 under contract, has said nothing in public.

Tully insists the plan is "a bold step towards a greener Harbury." Perhaps. But a greener Harbury in which a pensioner takes a taxi to her chemotherapy is not the one on the posters.

The council might add a line to its slogan: "Moving Forward, Together, unless you live in Fenwick."
""",
        actors=(
            P("Margaret Oyelaran"),
            O(HCO),
            P(TUL, "Tully"),
            P(WARD),
            P(BAN),
            O("Harbury Coaches"),
        ),
        quotes=(
            R('the routes were "under-used" and that the money would be "reinvested in on-demand solutions."', TUL,
              TUL, "told the transport committee that"),
            D("under-used", TUL, TUL, "told the transport committee that"),
            D("reinvested in on-demand solutions.", TUL, TUL, "told the transport committee that"),
            R('it was an app that lets passengers book a minibus "up to 30 minutes in advance,"', HCO,
              "A spokesperson for Harbury council", "said"),
            D("up to 30 minutes in advance,", HCO, "A spokesperson for Harbury council", "said"),
            R('the passenger survey was done in August, "when half the estate is on holiday and the other half is at the seaside."',
              WARD, WARD, "told me"),
            D("when half the estate is on holiday and the other half is at the seaside.", WARD, WARD, "told me"),
            R("she was never shown the passenger figures before the vote", BAN, BAN, "says"),
            D("We were told it was a technical document. It turned out to be the end of my constituents' bus,", BAN,
              "she", "said"),
            R('the plan is "a bold step towards a greener Harbury."', TUL, "Tully", "insists"),
            D("a bold step towards a greener Harbury.", TUL, "Tully", "insists"),
        ),
        notes="Not quotes: 'smart city' (scare quotes), the slogan 'Moving Forward, Together.' on the buses, the "
              "strategy's title 'Connected Harbury 2030,' and its wording 'seamless mobility', the word "
              "'innovation', the rhetorical 'Any driver on the route will tell you' (nobody said it), the author's "
              "mocking 'a taxi with extra steps' and the author's parody of the slogan at the end. The council's "
              "unnamed spokesperson is the council.",
    ),
    Article(
        id="batch7-en-op-02-maternity-ward",
        split="dev",
        lang="en",
        style="opinion",
        cases=("byline", "scare-quotes", "title-in-quotes", "partial-in-reported", "told-the-assembly",
               "named-org-unnamed-spokesman", "told-me", "nested-quote", "quote-inside-quote-other-speaker",
               "split-quote-continuation", "role-noun", "role-noun-after-other-speaker", "shared-role-noun",
               "pronoun", "female-speaker", "curly-double", "curly-single"),
        text="""\
The maternity ward at Kellow did not close. It was “reconfigured”

By Tobias Renner

There is a word provincial health officials love more than any other, and it is “pathway.” On Monday Health Commissioner Ingrid Solheim announced a new “birth pathway” for the Kellow valley. In plain language: the maternity ward at Kellow General will close in May, and women in labour will drive 70 kilometres to Aldmouth.

Solheim told the provincial assembly that the change would make births “safer, not riskier,” because the ward delivers too few babies for its midwives to keep their skills. That is a serious argument and it deserves a serious answer. It did not get one from her own department, whose twelve-page paper “Safer Births in the Valleys” does not contain a single estimate of how long the drive takes in January.

So I asked. A spokesman for the Provincial Health Authority told me the authority “does not model individual journeys.”

The midwives do. Head midwife Ruth Caldera showed me a notebook in which she writes down every winter night the pass was closed. “Last year it was nineteen nights. On four of them a woman was in labour,” she said. “One of them asked me, ‘Are we going to make it?’ and I told her yes. I was lying.”

The commissioner’s deputy, Mark Feeney, told a public meeting in Kellow that the province would keep an ambulance in the valley “around the clock.” Nobody asked him who would pay for it. The commissioner later said she was “open to all ideas,” which is what people say when they have already decided.

Solheim is not a cruel person. She is a former nurse and, by all accounts, a careful one. But careful is not the same as right, and the valley is not a spreadsheet.

If the ward must close, let the province say so plainly and pay for what comes after. Until then, “reconfigured” is just a longer word for closed.
""",
        actors=(
            P("Tobias Renner"),
            P(SOLH, "Solheim"),
            O("Kellow General"),
            O(PHA),
            P(CALD),
            P(FEE),
        ),
        quotes=(
            R("the change would make births “safer, not riskier,” because the ward delivers too few babies for its midwives to keep their skills",
              SOLH, "Solheim", "told the provincial assembly that"),
            D("safer, not riskier,", SOLH, "Solheim", "told the provincial assembly that"),
            R("the authority “does not model individual journeys.”", PHA, "A spokesman", "told me"),
            D("does not model individual journeys.", PHA, "A spokesman", "told me"),
            D("Last year it was nineteen nights. On four of them a woman was in labour,", CALD, "she", "said"),
            D("One of them asked me, ‘Are we going to make it?’ and I told her yes. I was lying.", CALD, "she",
              "said"),
            R("the province would keep an ambulance in the valley “around the clock.”", FEE, FEE,
              "told a public meeting in Kellow that"),
            D("around the clock.", FEE, FEE, "told a public meeting in Kellow that"),
            R("she was “open to all ideas,”", SOLH, "The commissioner", "later said"),
            D("open to all ideas,", SOLH, "The commissioner", "later said"),
        ),
        notes="Not quotes: 'reconfigured' (headline and last line), 'pathway' and 'birth pathway' (the officials' "
              "jargon held up as a word), the paper's title 'Safer Births in the Valleys'. 'The commissioner' is "
              "Solheim, right after 'The commissioner's deputy, Mark Feeney' spoke. The mother's question inside "
              "Caldera's quote is nested. 'announced a new \"birth pathway\"' has a noun object.",
    ),
    Article(
        id="batch7-ru-01-bus-fares",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "ob-etom-soobshchil", "dash-attribution", "po-slovam-role-noun",
               "shared-surname-no-merge", "gender-form-different-people", "female-speaker", "pronoun",
               "press-service-of-org", "v-kompanii-otmetili", "partial-in-reported", "partial-quote-noun-object",
               "role-noun", "role-noun-after-other-speaker", "told-outlet", "company-name-in-quotes",
               "name-in-marks"),
        text="""\
В Каменске проезд в автобусах подорожает до 45 рублей

КАМЕНСК, 2 февраля. Стоимость проезда в городских автобусах Каменска с 1 марта вырастет с 38 до 45 рублей. Об этом сообщил директор департамента транспорта администрации города Руслан Ведерников.

«Перевозчики третий год работают в убыток. Дизельное топливо подорожало на 30 процентов, а тариф не менялся с 2022 года», — заявил Ведерников.

По словам чиновника, льготы для пенсионеров и школьников сохранятся в прежнем объёме.

Депутат городской думы Марина Ведерникова (однофамилица чиновника) с решением не согласна. «Сорок пять рублей за одну поездку — это дороже, чем в областном центре. Люди просто будут ходить пешком», — заявила Ведерникова. Она отметила, что её фракция потребует провести публичные слушания.

Пресс-служба перевозчика «Каменсктранс» сообщила, что в апреле на линии выйдут 20 новых автобусов. В компании также отметили, что без повышения тарифа «часть маршрутов пришлось бы закрыть уже весной».

Глава города Олег Самсонов назвал решение «вынужденным», но поручил департаменту подготовить проект проездного билета для студентов. Самсонов также напомнил, что в прошлом году город уже выделил перевозчику субсидию в 40 миллионов рублей.

«Мы понимаем недовольство людей, но других денег у города сейчас нет», — сказал директор департамента.

Председатель общественного совета по транспорту Лидия Кравец рассказала изданию «Каменск-Онлайн», что совет узнал о повышении из новостей. По её словам, обсуждение «провели задним числом».

В министерстве транспорта Каменской области изданию пояснили, что город вправе сам устанавливать тариф на муниципальных маршрутах. Сейчас в Каменске работают 14 автобусных маршрутов, ими ежедневно пользуются около 60 тысяч человек.

Депутат добавила, что жители Заречного микрорайона уже собрали более трёх тысяч подписей против нового тарифа.
""",
        actors=(
            P(VED_R, "Ведерников"),
            P(VED_M, "Ведерникова"),
            O(KTR),
            P(SAM, "Самсонов"),
            P(KRA),
            O("Каменск-Онлайн"),
            O(MINTR),
        ),
        quotes=(
            R("Стоимость проезда в городских автобусах Каменска с 1 марта вырастет с 38 до 45 рублей", VED_R, VED_R,
              "Об этом сообщил"),
            D("Перевозчики третий год работают в убыток. Дизельное топливо подорожало на 30 процентов, а тариф не менялся с 2022 года",
              VED_R, "Ведерников", "— заявил"),
            R("льготы для пенсионеров и школьников сохранятся в прежнем объёме", VED_R, "чиновника", "По словам"),
            D("Сорок пять рублей за одну поездку — это дороже, чем в областном центре. Люди просто будут ходить пешком",
              VED_M, "Ведерникова", "— заявила"),
            R("её фракция потребует провести публичные слушания", VED_M, "Она", "отметила, что"),
            R("в апреле на линии выйдут 20 новых автобусов", KTR, "Пресс-служба перевозчика «Каменсктранс»",
              "сообщила, что"),
            R("без повышения тарифа «часть маршрутов пришлось бы закрыть уже весной»", KTR, "В компании",
              "также отметили, что"),
            D("часть маршрутов пришлось бы закрыть уже весной", KTR, "В компании", "также отметили, что"),
            D("вынужденным", SAM, SAM, "назвал решение"),
            R("в прошлом году город уже выделил перевозчику субсидию в 40 миллионов рублей", SAM, "Самсонов",
              "также напомнил, что"),
            D("Мы понимаем недовольство людей, но других денег у города сейчас нет", VED_R, "директор департамента",
              "— сказал"),
            R("совет узнал о повышении из новостей", KRA, KRA, "рассказала изданию «Каменск-Онлайн», что"),
            R("обсуждение «провели задним числом»", KRA, "её", "По её словам"),
            D("провели задним числом", KRA, "её", "По её словам"),
            R("город вправе сам устанавливать тариф на муниципальных маршрутах", MINTR, MINTR,
              "изданию пояснили, что"),
            R("жители Заречного микрорайона уже собрали более трёх тысяч подписей против нового тарифа", VED_M,
              "Депутат", "добавила, что"),
        ),
        notes="Руслан Ведерников and Марина Ведерникова share a surname («однофамилица») and must not be merged: "
              "'Ведерников' is only him, 'Ведерникова' only her (the text avoids his genitive, which would be the "
              "same string). «директор департамента» is Ведерников after her, the company and the mayor spoke; "
              "«Депутат добавила» is Ведерникова after Кравец (another woman) spoke, marked by the role, not by the "
              "verb's gender. 'поручил департаменту подготовить' has an infinitive. The regional ministry occurs only in "
              "the prepositional case, which is its name.",
    ),
    Article(
        id="batch7-fr-01-secheresse",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-spaces", "headline-partial-quote", "headline-quote-speaker-in-body", "a-declare",
               "selon-pronoun", "selon-org", "s-est-dit", "interrupted-quote", "incise", "shared-surname-no-merge",
               "a-estime-que", "unnamed-speaker", "pronoun-for-unnamed-source", "role-noun",
               "role-noun-after-other-speaker", "partial-in-reported", "female-speaker", "org-speaker"),
        text="""\
Sécheresse : la Vaudrême interdit l'irrigation, les agriculteurs « sidérés »

VALMONT, 18 juillet (AFI) - La préfecture de la Vaudrême a interdit jeudi l'irrigation des cultures dans 42 communes du département, où le débit des rivières est tombé à son plus bas niveau depuis 1976.

« Nous ne pouvons plus attendre. Chaque litre compte désormais pour l'eau potable », a déclaré la préfète, Corinne Aubertin, lors d'un point presse. Selon elle, trois communes sont déjà alimentées par camions-citernes.

Pour la Coordination paysanne de la Vaudrême, la mesure arrive « trop tard et trop brutalement ». Son président, Michel Tardieu, s'est dit « sidéré ». « On nous interdit d'arroser le maïs à trois semaines de la récolte, a-t-il lancé. C'est une année de travail qui part en fumée. »

Selon la Chambre d'agriculture, les pertes pourraient dépasser 30 millions d'euros.

Le maire de Valmont, Hervé Tardieu, sans lien de parenté avec le syndicaliste, a estimé au contraire que la décision était « la seule possible ». « Quand les robinets des habitants risquent de se tarir, on ne discute plus », a-t-il affirmé.

Une source à la préfecture a indiqué à l'AFI que des contrôles seraient menés « dès ce week-end » par l'Office de l'eau. « Les contrevenants s'exposent à une amende de 1 500 euros », a-t-elle précisé.

Le syndicaliste a prévenu que ses adhérents ne respecteraient pas l'arrêté « sans indemnisation ». La préfète a répondu qu'un fonds d'urgence serait « étudié avec l'État dans les prochains jours ».
""",
        actors=(
            O("AFI"),
            O(PREFV),
            P(AUB),
            O(CPV),
            P(TAR_M),
            O(CHAG),
            P(TAR_H),
            O("Office de l'eau"),
        ),
        quotes=(
            D("sidérés", TAR_M, None, None),
            D("Nous ne pouvons plus attendre. Chaque litre compte désormais pour l'eau potable", AUB, AUB,
              "a déclaré"),
            R("trois communes sont déjà alimentées par camions-citernes", AUB, "elle", "Selon"),
            R("la mesure arrive « trop tard et trop brutalement »", CPV, CPV, "Pour"),
            D("trop tard et trop brutalement", CPV, CPV, "Pour"),
            D("sidéré", TAR_M, TAR_M, "s'est dit", after="s'est dit « "),
            D("On nous interdit d'arroser le maïs à trois semaines de la récolte,", TAR_M, "il", "a-t-il lancé"),
            D("C'est une année de travail qui part en fumée.", TAR_M, "il", "a-t-il lancé"),
            R("les pertes pourraient dépasser 30 millions d'euros", CHAG, CHAG, "Selon"),
            R("la décision était « la seule possible »", TAR_H, TAR_H, "a estimé au contraire que"),
            D("la seule possible", TAR_H, TAR_H, "a estimé au contraire que"),
            D("Quand les robinets des habitants risquent de se tarir, on ne discute plus", TAR_H, "il",
              "a-t-il affirmé"),
            R("des contrôles seraient menés « dès ce week-end » par l'Office de l'eau", None,
              "Une source à la préfecture", "a indiqué à l'AFI que"),
            D("dès ce week-end", None, "Une source à la préfecture", "a indiqué à l'AFI que"),
            D("Les contrevenants s'exposent à une amende de 1 500 euros", None, "elle", "a-t-elle précisé"),
            R("ses adhérents ne respecteraient pas l'arrêté « sans indemnisation »", TAR_M, "Le syndicaliste",
              "a prévenu que"),
            D("sans indemnisation", TAR_M, "Le syndicaliste", "a prévenu que"),
            R("un fonds d'urgence serait « étudié avec l'État dans les prochains jours »", AUB, "La préfète",
              "a répondu qu'"),
            D("étudié avec l'État dans les prochains jours", AUB, "La préfète", "a répondu qu'"),
        ),
        notes="Michel Tardieu (the farmers' leader) and Hervé Tardieu (the mayor, «sans lien de parenté») share a "
              "surname and must not be merged; the text never uses the bare surname. The headline's « sidérés » "
              "is Michel Tardieu's word (he «s'est dit « sidéré »» in the body), put in the farmers' mouth "
              "without a cue; it is his, with mention and cue null. «Le syndicaliste» "
              "points back past the mayor and an unnamed source (carried on by «elle»). The prefecture acts in the "
              "lead (an act, not a statement); its prefect speaks.",
    ),
    Article(
        id="batch7-de-01-brauerei",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "teilte-mit", "backward-attribution", "org-speaker-generic-noun", "sagte",
               "konjunktiv-no-cue", "shared-surname-no-merge", "told-outlet", "sprach-von", "laut",
               "named-org-unnamed-spokesman", "infinitive-not-a-quote", "brand-in-quotes", "betonte",
               "role-noun", "role-noun-after-other-speaker", "continuation-quote-no-cue", "so-x",
               "female-speaker", "surname-only"),
        text="""\
Traditionsbrauerei Kessler schließt – 85 Arbeitsplätze betroffen

ALTENWALD (dpn) – Die Brauerei Kessler in Altenwald stellt Ende Juni nach 182 Jahren den Betrieb ein. Das teilte das Familienunternehmen am Montag bei einer Betriebsversammlung mit. 85 Beschäftigte verlieren ihre Arbeit. Die Brauerei war 1842 gegründet worden und wird seit fünf Generationen von der Familie geführt, zuletzt mit einem Ausstoß von rund 40.000 Hektolitern im Jahr.

„Wir haben bis zuletzt nach einem Käufer gesucht. Es hat sich niemand gefunden, der die Brauerei am Standort weiterführen will“, sagte Geschäftsführerin Johanna Kessler. Der Bierabsatz sei seit 2019 um ein Drittel gesunken, zugleich hätten sich die Energiekosten verdoppelt.

Ihr Bruder Martin Kessler, der bis 2021 die Brauerei mitgeführt hatte und heute eine Gaststätte in Altenwald betreibt, zeigte sich enttäuscht. „Ich hätte mir gewünscht, dass man die Belegschaft früher einbindet“, sagte er dem „Altenwalder Boten“.

Die Gewerkschaft Lebensmittel und Gastgewerbe sprach von einem „schwarzen Tag für die ganze Region“. Gewerkschaftssekretär Tobias Renz kritisierte, die Beschäftigten seien erst am Morgen informiert worden. Von Verhandlungen über einen Verkauf an die Belegschaft habe man nichts gewusst.

Laut Bürgermeister Klaus Brehm will die Stadt den Mitarbeitern bei der Suche nach neuen Stellen helfen. „Da geht ein Stück Altenwalder Geschichte verloren“, sagte der Rathauschef. Ein Sprecher der Agentur für Arbeit Ostelbach sagte, man werde ab der kommenden Woche eine Sprechstunde direkt in der Brauerei anbieten.

Kessler kündigte an, die Marke „Kessler Hell“ an eine größere Brauerei zu verkaufen. Das Rezept bleibe aber in der Familie, betonte die Geschäftsführerin. „Das sind wir unseren Kunden schuldig.“

Der Betriebsratsvorsitzende Erwin Maas will einen Sozialplan mit ordentlichen Abfindungen durchsetzen. Viele Kollegen seien über 55 und fänden kaum noch eine Stelle, so Maas.
""",
        actors=(
            O("dpn"),
            O(BRK),
            P(KES_J, "Kessler"),
            P(KES_M),
            O("Altenwalder Boten"),
            O(GLG),
            P(RENZ),
            P(BREHM),
            O(AFA),
            P(MAAS, "Maas"),
        ),
        quotes=(
            R("Die Brauerei Kessler in Altenwald stellt Ende Juni nach 182 Jahren den Betrieb ein", BRK,
              "das Familienunternehmen", "Das teilte"),
            D("Wir haben bis zuletzt nach einem Käufer gesucht. Es hat sich niemand gefunden, der die Brauerei am Standort weiterführen will",
              KES_J, KES_J, "sagte"),
            R("Der Bierabsatz sei seit 2019 um ein Drittel gesunken, zugleich hätten sich die Energiekosten verdoppelt",
              KES_J, None, None),
            D("Ich hätte mir gewünscht, dass man die Belegschaft früher einbindet", KES_M, "er", "sagte"),
            D("schwarzen Tag für die ganze Region", GLG, "Die Gewerkschaft Lebensmittel und Gastgewerbe", "sprach von"),
            R("die Beschäftigten seien erst am Morgen informiert worden", RENZ, RENZ, "kritisierte"),
            R("Von Verhandlungen über einen Verkauf an die Belegschaft habe man nichts gewusst", RENZ, None, None),
            R("will die Stadt den Mitarbeitern bei der Suche nach neuen Stellen helfen", BREHM, BREHM, "Laut"),
            D("Da geht ein Stück Altenwalder Geschichte verloren", BREHM, "der Rathauschef", "sagte"),
            R("man werde ab der kommenden Woche eine Sprechstunde direkt in der Brauerei anbieten", AFA,
              "Ein Sprecher der Agentur für Arbeit Ostelbach", "sagte"),
            R("Das Rezept bleibe aber in der Familie", KES_J, "die Geschäftsführerin", "betonte"),
            D("Das sind wir unseren Kunden schuldig.", KES_J, None, None),
            R("Viele Kollegen seien über 55 und fänden kaum noch eine Stelle", MAAS, "Maas", "so"),
        ),
        notes="Johanna Kessler and her brother Martin Kessler share a surname and must not be merged; the bare "
              "'Kessler' (\"Kessler kündigte an\") is Johanna, the manager. The brewery speaks through 'das "
              "Familienunternehmen' in a backward 'Das teilte ... mit'. Konjunktiv I sentences carry on Johanna "
              "Kessler and Renz without a cue. 'die Geschäftsführerin' points back past her brother, the union, "
              "the mayor and the job agency. 'kündigte an, ... zu verkaufen' has an infinitive and 'Kessler Hell' "
              "is a brand. 'will einen Sozialplan ... durchsetzen' is not a statement. The newspaper appears only "
              "in the dative ('Altenwalder Boten').",
    ),
]
