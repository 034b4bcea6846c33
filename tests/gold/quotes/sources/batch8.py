# ruff: noqa: E501
"""Eighth batch (blind; ten dev, five frozen): six machine-translated English copies of Russian state-media style, three wire,
two opinion, two Russian, one French, one German (all invented).

Written without reading the rules, the frozen files, docs/benchmarks.md or any score, and never run through
unspin while being written, so the batch scores the current rules before anyone tunes them on it. Aimed at
speaker resolution where the speaker is carried by something other than a name, several cases per article:
a speaker referred to only by a role noun whose holder the text never names ("the head of state of Lutania",
"the head of the village", "the head of the Ilginsky district", an anonymous "the diplomat", "the judge", "The
mayor", "The Kelmari ambassador", «чиновница», «Посол Кельмара», «le syndicaliste», "der Landrat": speaker null)
next to role nouns whose holder the text names only later (cataphora: "the chairman of the State Assembly" and
"the speaker of the Gossobranie" named in the final line, «председатель Государственного совета» likewise, «La
présidente de la Chambre d'agriculture» and "der Rathauschef" named at the end); role nouns pointing at a named
person past another speaker of the same gender ("the head of the ministry", "the consul general", "the chief
rescuer of the region", "the diplomat", "the head doctor", "The minister", "The lawyer", "The chief executive",
"The chairman", «чиновник», «Спикер Госсовета», «La préfète», "Die Seniorchefin", "Der Geschäftsführer");
bodies speaking through generic and compound nouns and later abbreviations ("the department", "the committee",
"GKChS", "Gossobranie", "the regulator", "RTA", «ведомстве», «Минздраве», «Заксобрании», «Минобороны», «le
syndicat», «la FEHL», «la préfecture», "das Familienunternehmen", "des Konzerns", "die Stadtwerke", "das
Landratsamt", "die Behörde"), Russian bodies and people named only in oblique cases (Министерства
здравоохранения ..., Андрея Кулагина / Кулагиным / Кулагину, Игорю Савину); cataphoric possessives ("In their
statement, the Miners' Federation", "His office said ... Prime Minister Tor Engen", "In his Telegram channel, the
governor", "His press service later said that Governor Telnov", "In his reply to my letter, ... Owen Pryce", "In
her last column ..., Mira Daskal"); one person spelt three ways in machine-translated copy (Khrustalev /
Hrustalev / A. Khrustalyev, Zolotarskiy / Zolotarsky / I. Zolotarskiy, Vasiliev / Vasilyev / S. Vasilyev, Yelena
Gorskaya / Gorskaja / E. Gorskaya); bare foreign surnames inside quotes of politicians who never speak (Mertens,
Oldring, Vessel, Marchand, Halvorsen, Dufresne, Wendt, Эльсберг, Кройтер); two people sharing a surname (Oleg /
Viktor Bragin, Karin / Lena Fosse, Mira / Petar Daskal, Frank / Ruth Aske, Олег / Игорь Савин, Grete / Timo
Hollmann); aggregator copy (a capitals dateline with an agency credit, a headline printed twice, quotes inside
quotes that never close, a last quote that never closes, `," — said X`, "This was stated by X", "the press
service of X reports"); and unnamed sources between named speakers.
"""

from check_gold import Article, D, O, P, R

NB = "\u00a0"

# batch8-en-mt-01
KHR = "Andrei Khrustalev"
MERT = "Mertens"
CSL = "Customs Service of Lutania"
MAGR = "Ministry of Agriculture"
SGT = "Sarn Grain Terminal"
UGP = "Union of Grain Producers of the Velsk region"
LAD = "Pyotr Ladygin"
NTP = "Northern Trade Pact"

# batch8-en-mt-02
SAZ = "State Assembly of Zarinia"
GAL = "Rustam Galiev"
MODZ = "Ministry of Defense of Zarinia"
MFAT = "Ministry of Foreign Affairs of Tervania"
DUD = "Aslan Dudarov"

# batch8-en-mt-03
ZOL = "Igor Zolotarskiy"
MFAM = "Ministry of Foreign Affairs of Merkovia"
MFAD = "Ministry of Foreign Affairs of Dravenia"
KOV = "Marina Kovrigina"
NAD = "National Assembly of Dravenia"
BEL = "Yuri Belyak"
CGD = "Consulate General of Dravenia in Port Liss"

# batch8-en-mt-04
GKCHS = "State Committee for Emergencies of the Priozersk region"
VAS = "Sergei Vasiliev"
TEL = "Arkady Telnov"
POL = "Nina Polunina"

# batch8-en-mt-05
TET = "Alla Teterina"
BRA_V = "Viktor Bragin"
BRA_O = "Oleg Bragin"
AZO = "Azotprom-Velsk"
LIND = "Sofie Lindgaard"
KFF = "Kelmar Farmers' Federation"

# batch8-en-mt-06
MOHN = "Ministry of Health of the Nizhnevolzhsk region"
GOR = "Yelena Gorskaya"
ILY = "Tamara Ilyushina"
LCH = "Lyskovo central district hospital"
PRON = "prosecutor's office of the Nizhnevolzhsk region"

# batch8-en-wire-01
HCU = "Halden Copper"
MOE = "Ministry of Environment"
MFE = "Miners' Federation of Estmark"
KOR = "Anya Korhonen"
FOS_K = "Karin Fosse"
FOS_L = "Lena Fosse"
ENG = "Tor Engen"
WEL = "Jonas Weller"

# batch8-en-wire-02
DAS_M = "Mira Daskal"
DAS_P = "Petar Daskal"
STR = "Ivo Strand"
VASS = "Teodor Vass"
ULJ = "Union of Lutanian Journalists"
VID = "Branka Vidic"

# batch8-en-wire-03
ORV = "Orvia Rail"
RTA = "Rail Transport Authority"
SALO = "Henrik Salo"
KELL = "Arvid Kell"
REU = "Sami Reunanen"
HAG = "Tom Hagen"
RWU = "Rail Workers' Union"

# batch8-en-op-01
OTC = "Otterburn council"
ASK_F = "Frank Aske"
ASK_R = "Ruth Aske"
PRY = "Owen Pryce"
MAL = "Jean Mallory"

# batch8-en-op-02
STA = "Hugo Stavik"
HOLT = "Lars Holt"
CFF = "Coastal Fishermen's Federation"
BREN = "Ola Brenne"

# batch8-ru-01
MZ = "Министерства здравоохранения Заозерской области"
KUL = "Андрея Кулагина"
SHI = "Геннадий Шилов"
ZS = "Законодательного собрания Заозерской области"
REM = "Нина Ремезова"

# batch8-ru-02
GS = "Государственного совета Тарвении"
TAM = "Руслан Тамаев"
SAV_O = "Олег Савин"
SAV_I = "Игорю Савину"
MOT = "Министерства обороны Тарвении"

# batch8-fr-01
PREFHL = "préfecture du Haut-Lignon"
MON = "Sylvie Monteil"
FEHL = "Fédération des éleveurs du Haut-Lignon"
BRU = "Odile Brunet"
CAHL = "Chambre d'agriculture du Haut-Lignon"
CAS = "Henri Castagne"

# batch8-de-01
SWK = "Stadtwerke Kallbach"
RAUT = "Bernd Rautenberg"
OHL = "Jens Ohlendorf"
NORD = "Nordgas AG"
BHO = "Bäckerei Hollmann"
HOL_G = "Grete Hollmann"
HOL_T = "Timo Hollmann"
VZO = "Verbraucherzentrale Oberkall"
KRE = "Sabine Kreutz"
LRA = "Landratsamt Oberkall"

FR_TEXT = """\
Loup : la préfecture autorise deux nouveaux tirs, les éleveurs veulent « bien plus »

MENDRAC, 9 août (AFI) - La préfecture du Haut-Lignon a autorisé mercredi deux tirs de défense supplémentaires contre le loup sur le plateau de Sauvac, où 74 brebis ont été tuées en une semaine.

« L'État ne laissera pas les éleveurs seuls. Les louvetiers pourront intervenir dès cette nuit », a déclaré la préfète, Sylvie Monteil, lors d'une conférence de presse.

Pour la Fédération des éleveurs du Haut-Lignon (FEHL), la mesure arrive « bien trop tard ». Dans un communiqué, le syndicat dit attendre « bien plus » de l'État et réclame des tirs de prélèvement.

« On compte les cadavres depuis le printemps. Trois exploitations vont arrêter d'ici l'hiver », a affirmé un responsable syndical, qui a requis l'anonymat. Selon le syndicaliste, plusieurs éleveurs envisagent de « faire justice eux-mêmes ».

La présidente de la Chambre d'agriculture a estimé pour sa part que la préfecture « gère le loup à la petite semaine ».

L'association Loup Vivant juge au contraire que ces tirs sont « inutiles », car ils visent des animaux au hasard.

« Les randonneurs ne viennent plus sur le plateau, ils ont peur des chiens de protection », a déclaré le maire de Sauvac, Henri Castagne.

La préfète a rappelé que l'État avait indemnisé 212 attaques l'an dernier dans le département. Selon la préfecture, une brigade spécialisée arrivera lundi. La FEHL appelle à un rassemblement samedi devant ses grilles.

« Nous demanderons audience au ministre dès la rentrée », a conclu Odile Brunet, qui préside la Chambre d'agriculture du Haut-Lignon depuis 2019.
""".replace("« ", "«" + NB).replace(" »", NB + "»")

ARTICLES = [
    Article(
        id="batch8-en-mt-01-grain-terminal",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-dash-speaker", "dateline-agency-credit", "backward-attribution",
               "dash-attribution", "transliteration", "initials", "misspelt-surname",
               "foreign-surname-in-quote-never-speaks", "the-head-of-state", "role-noun-unnamed-holder",
               "partial-in-reported", "nested-quote", "unclosed-inner-quote", "press-service-of-org", "reports-that",
               "company-name-in-quotes", "unnamed-speaker", "unnamed-between-named", "told-agency", "according-to",
               "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender", "org-speaker",
               "straight-double"),
        text="""\
Dravenia will not allow a blockade of the Sarn grain terminal — Khrustalev

Dravenia will not allow a blockade of the Sarn grain terminal — Khrustalev

VELSK, March 3. /DravInform/. Dravenia will take all necessary measures so that the export of grain through the port of Sarn does not stop because of the actions of the Lutanian side. This was stated on Tuesday by the Minister of Agriculture of Dravenia Andrei Khrustalev at a meeting with farmers of the Velsk region.

"Forty percent of our wheat leaves through Sarn. When Mertens announces new inspections every week, this is not control, this is pressure on our farmers," — said Hrustalev.

Earlier the Customs Service of Lutania announced that every grain wagon from Dravenia will be checked for pests. Because of this, the waiting time at the border grew to six days. The head of state of Lutania on Monday told parliament that the inspections "protect our own harvest" and will continue "as long as it is necessary".

The minister answered that Dravenia is ready to accept joint inspectors. "Let them send their specialists to our elevators. We will show everything: "here is the grain, here are the certificates, take samples. Our letter with this proposal they left without answer," — said A. Khrustalyev.

The press service of the port operator "Sarn Grain Terminal" reports that 212 wagons are standing now at the border station Kolmy. According to a source in the Ministry of Agriculture, the ministry prepares a complaint to the arbitration commission of the Northern Trade Pact.

The chairman of the Union of Grain Producers of the Velsk region Pyotr Ladygin told DravInform that every day of waiting costs a farmer "about a thousand crowns per wagon". "We ask the minister for one thing: to find other ports, while Lutania plays with inspections," — noted Ladygin.

According to the head of the ministry, an alternative route through the port of Ostry can be launched already in April. Hrustalev also reported that the ministry will compensate to farmers a part of the costs of storage of grain.
""",
        actors=(
            O("DravInform"),
            P(KHR, "Khrustalev", "Hrustalev", "A. Khrustalyev"),
            P(MERT),
            O(CSL),
            O(MAGR),
            O(SGT),
            O(NTP),
            O(UGP),
            P(LAD, "Ladygin"),
        ),
        quotes=(
            R("Dravenia will not allow a blockade of the Sarn grain terminal", KHR, "Khrustalev", "—", after=""),
            R("Dravenia will not allow a blockade of the Sarn grain terminal", KHR, "Khrustalev", "—",
              after="Khrustalev\n\n"),
            R("Dravenia will take all necessary measures so that the export of grain through the port of Sarn does not stop because of the actions of the Lutanian side",
              KHR, KHR, "This was stated"),
            D("Forty percent of our wheat leaves through Sarn. When Mertens announces new inspections every week, this is not control, this is pressure on our farmers,",
              KHR, "Hrustalev", "— said"),
            R("every grain wagon from Dravenia will be checked for pests", CSL, CSL, "announced that"),
            R('the inspections "protect our own harvest" and will continue "as long as it is necessary"', None,
              "The head of state of Lutania", "told parliament that"),
            D("protect our own harvest", None, "The head of state of Lutania", "told parliament that"),
            D("as long as it is necessary", None, "The head of state of Lutania", "told parliament that"),
            R("Dravenia is ready to accept joint inspectors", KHR, "The minister", "answered that"),
            D('Let them send their specialists to our elevators. We will show everything: "here is the grain, here are the certificates, take samples. Our letter with this proposal they left without answer,',
              KHR, "A. Khrustalyev", "— said"),
            R("212 wagons are standing now at the border station Kolmy", SGT, "The press service of the port operator",
              "reports that"),
            R("the ministry prepares a complaint to the arbitration commission of the Northern Trade Pact", None,
              "a source in the Ministry of Agriculture", "According to"),
            R('every day of waiting costs a farmer "about a thousand crowns per wagon"', LAD, LAD,
              "told DravInform that"),
            D("about a thousand crowns per wagon", LAD, LAD, "told DravInform that"),
            D("We ask the minister for one thing: to find other ports, while Lutania plays with inspections,", LAD,
              "Ladygin", "— noted"),
            R("an alternative route through the port of Ostry can be launched already in April", KHR,
              "the head of the ministry", "According to"),
            R("the ministry will compensate to farmers a part of the costs of storage of grain", KHR, "Hrustalev",
              "also reported that"),
        ),
        notes="The headline, printed twice, is attributed at its end by a dash to Khrustalev; the body spells him "
              "Khrustalev, Hrustalev and A. Khrustalyev. Mertens (a Lutanian politician) is named only inside a quote "
              "and never speaks. 'The head of state of Lutania' is never named, so his words have a null speaker. "
              "Khrustalev's quote contains his own imagined words that open and never close; the outer quote ends "
              "at the mark before '— said'. The source in the named ministry is anonymous (null), not its "
              "spokesperson. 'the head of the ministry' is Khrustalev after Ladygin (another man) spoke. 'Sarn Grain "
              "Terminal' in marks is a company name.",
    ),
    Article(
        id="batch8-en-mt-02-parliament-speaker",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-quote", "headline-colon", "cataphora-name-at-end", "role-noun-before-name",
               "dateline-agency-credit", "dash-attribution", "this-was-declared", "foreign-surname-in-quote-never-speaks",
               "abbreviation-later", "transliterated-abbreviation", "according-to-pronoun",
               "whole-clause-is-direct-quote", "press-service-of-org", "reports-that", "role-noun-unnamed-holder",
               "partial-quote-noun-object", "partial-in-reported", "unnamed-speaker", "unnamed-between-named",
               "told-agency", "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender",
               "org-speaker", "company-name-in-quotes", "straight-double"),
        text="""\
Head of the Zarinian parliament: "We will answer any provocation"

KHALSK, June 14. /ZarPress/. "Zarinia has enough forces to protect its border villages, and we will answer any provocation," — this was declared on Friday by the chairman of the State Assembly of Zarinia in an interview to the TV channel "Zarya-1".

"Those who sent the guns to the border, Oldring first, and behind him Vessel and Marchand, should know that our patience has an end," — emphasized the speaker of the Gossobranie.

According to him, "the border villages will not be left alone".

The press service of the Ministry of Defense of Zarinia reports that two houses in the border village of Kurgaly were damaged by shelling on Thursday night, nobody was hurt. "Nobody slept this night. Children sat in the basement until the morning," — the head of the village told journalists.

Earlier the Ministry of Foreign Affairs of Tervania accused Zarinia of moving artillery to the border. The Tervanian Foreign Ministry in a statement called the movement of troops "a direct threat to regional stability".

The leader of the opposition faction "Civic Choice" Aslan Dudarov said that the parliament did not discuss the situation on the border "not once in three months". "The speaker talks for the whole parliament, but nobody asked us," — noted Dudarov.

A source in the apparatus of the State Assembly told ZarPress that the closed session on the border is planned for next week.

The chairman of the parliament, in his turn, said that the State Assembly will allocate money from the reserve fund for the repair of the houses in Kurgaly.

"We are not a parliament of war. But when a school in Kurgaly stays without windows after the shelling, the deputies cannot talk only about the budget," — said Rustam Galiev.
""",
        actors=(
            O("ZarPress"),
            O(SAZ, "State Assembly", "Gossobranie"),
            O("Zarya-1"),
            P("Oldring"),
            P("Vessel"),
            P("Marchand"),
            O(MODZ),
            O(MFAT, "Tervanian Foreign Ministry"),
            O("Civic Choice"),
            P(DUD, "Dudarov"),
            P(GAL),
        ),
        quotes=(
            D("We will answer any provocation", GAL, "Head of the Zarinian parliament", ":"),
            D("Zarinia has enough forces to protect its border villages, and we will answer any provocation,", GAL,
              "the chairman of the State Assembly of Zarinia", "— this was declared"),
            D("Those who sent the guns to the border, Oldring first, and behind him Vessel and Marchand, should know that our patience has an end,",
              GAL, "the speaker of the Gossobranie", "— emphasized"),
            D("the border villages will not be left alone", GAL, "him", "According to"),
            R("two houses in the border village of Kurgaly were damaged by shelling on Thursday night, nobody was hurt",
              MODZ, "The press service of the Ministry of Defense of Zarinia", "reports that"),
            D("Nobody slept this night. Children sat in the basement until the morning,", None, "the head of the village",
              "told journalists"),
            D("a direct threat to regional stability", MFAT, "The Tervanian Foreign Ministry", "called"),
            R('the parliament did not discuss the situation on the border "not once in three months"', DUD, DUD,
              "said that"),
            D("not once in three months", DUD, DUD, "said that"),
            D("The speaker talks for the whole parliament, but nobody asked us,", DUD, "Dudarov", "— noted"),
            R("the closed session on the border is planned for next week", None,
              "A source in the apparatus of the State Assembly", "told ZarPress that"),
            R("the State Assembly will allocate money from the reserve fund for the repair of the houses in Kurgaly",
              GAL, "The chairman of the parliament", "said that"),
            D("We are not a parliament of war. But when a school in Kurgaly stays without windows after the shelling, the deputies cannot talk only about the budget,",
              GAL, "Rustam Galiev", "— said"),
        ),
        notes="Cataphora: the chairman of the State Assembly speaks as 'Head of the Zarinian parliament' (headline), "
              "'the chairman of the State Assembly of Zarinia', 'the speaker of the Gossobranie', 'him' and 'The "
              "chairman of the parliament' (after Dudarov and an anonymous source), and is named only in the final "
              "line. 'Gossobranie' is the transliterated short name of the State Assembly. Oldring, Vessel and "
              "Marchand are foreign politicians named bare inside a quote who never speak. 'the head of the "
              "village' is never named (null). 'accused Zarinia of moving' has a noun object; 'called the movement "
              "of troops' a partial quote. 'According to him, \"...\"' is one direct quote (the whole clause). "
              "'Zarya-1' and 'Civic Choice' in marks are names.",
    ),
    Article(
        id="batch8-en-mt-03-consul",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("dateline-agency-credit", "backward-attribution", "dash-attribution",
               "foreign-surname-in-quote-never-speaks", "named-org-unnamed-spokesman",
               "representative-of-named-ministry", "partial-in-reported", "transliteration", "initials",
               "told-agency", "nested-quote", "unclosed-inner-quote", "role-noun", "unnamed-speaker",
               "the-diplomat", "role-noun-unnamed-holder", "unnamed-between-named", "partial-quote-noun-object",
               "role-noun-after-other-speaker", "role-noun-past-same-gender", "press-service-of-org",
               "reports-that", "as-x-added", "female-speaker", "straight-double"),
        text="""\
Dravenian consul in Port Liss summoned to the Merkovian Foreign Ministry

VELSK, October 9. /DravInform/. The Consul General of Dravenia in Port Liss Igor Zolotarskiy was summoned on Wednesday to the Ministry of Foreign Affairs of Merkovia, where he was handed a note of protest over his interview to local media. This was reported by the spokeswoman of the Ministry of Foreign Affairs of Dravenia Marina Kovrigina.

"Our consul only reminded about the rights of Dravenian citizens in Merkovia. If Halvorsen considers this interference, then I do not know how to call the closing of our schools," — said Kovrigina.

The representative of the Merkovian ministry told journalists that the consul "went beyond his diplomatic status" and that Port Liss expects "explanations in writing".

Zolotarsky himself told DravInform by phone that he does not regret his words. "I said what I say every year: "the consulate is open for every citizen who has trouble with documents. I will repeat it tomorrow," — noted the consul.

A Merkovian diplomat who asked not to be named told the agency that the expulsion of the consul "is not discussed for now". "Nobody wants a war of notes before the winter session," — the diplomat added.

The deputy of the National Assembly of Dravenia Yuri Belyak called the note "a cheap demonstration". "Port Liss wants to show its voters that it is strict with Velsk. This is an old song," — said Belyak.

According to the consul general, about 40 thousand citizens of Dravenia live in the consular district, and this year the consulate received more than 900 complaints about refusals of residence permits. The press service of the Consulate General of Dravenia in Port Liss reports that I. Zolotarskiy will continue to receive citizens on Thursdays.

As M. Kovrigina added, the Dravenian side will answer the note "in the same tone".
""",
        actors=(
            O("DravInform"),
            P(ZOL, "Zolotarsky", "I. Zolotarskiy"),
            O(MFAM, "Merkovian Foreign Ministry"),
            O(MFAD),
            P(KOV, "Kovrigina", "M. Kovrigina"),
            P("Halvorsen"),
            O(NAD),
            P(BEL, "Belyak"),
            O(CGD),
        ),
        quotes=(
            R("The Consul General of Dravenia in Port Liss Igor Zolotarskiy was summoned on Wednesday to the Ministry of Foreign Affairs of Merkovia, where he was handed a note of protest over his interview to local media",
              KOV, KOV, "This was reported"),
            D("Our consul only reminded about the rights of Dravenian citizens in Merkovia. If Halvorsen considers this interference, then I do not know how to call the closing of our schools,",
              KOV, "Kovrigina", "— said"),
            R('the consul "went beyond his diplomatic status" and that Port Liss expects "explanations in writing"',
              MFAM, "The representative of the Merkovian ministry", "told journalists that"),
            D("went beyond his diplomatic status", MFAM, "The representative of the Merkovian ministry",
              "told journalists that"),
            D("explanations in writing", MFAM, "The representative of the Merkovian ministry", "told journalists that"),
            R("he does not regret his words", ZOL, "Zolotarsky", "told DravInform by phone that"),
            D('I said what I say every year: "the consulate is open for every citizen who has trouble with documents. I will repeat it tomorrow,',
              ZOL, "the consul", "— noted"),
            R('the expulsion of the consul "is not discussed for now"', None,
              "A Merkovian diplomat who asked not to be named", "told the agency that"),
            D("is not discussed for now", None, "A Merkovian diplomat who asked not to be named",
              "told the agency that"),
            D("Nobody wants a war of notes before the winter session,", None, "the diplomat", "added"),
            D("a cheap demonstration", BEL, BEL, "called the note"),
            D("Port Liss wants to show its voters that it is strict with Velsk. This is an old song,", BEL, "Belyak",
              "— said"),
            R("about 40 thousand citizens of Dravenia live in the consular district, and this year the consulate received more than 900 complaints about refusals of residence permits",
              ZOL, "the consul general", "According to"),
            R("I. Zolotarskiy will continue to receive citizens on Thursdays", CGD,
              "The press service of the Consulate General of Dravenia in Port Liss", "reports that"),
            R('the Dravenian side will answer the note "in the same tone"', KOV, "M. Kovrigina", "added"),
            D("in the same tone", KOV, "M. Kovrigina", "added"),
        ),
        notes="Zolotarskiy is also spelt Zolotarsky and I. Zolotarskiy. The unnamed 'representative of the "
              "Merkovian ministry' speaks for a named ministry, so the speaker is the ministry. The anonymous "
              "Merkovian diplomat and 'the diplomat' after him are null (nobody named holds the role). 'the consul "
              "general' is Zolotarskiy after Belyak (another man) spoke. The consul's own slogan opens inside his "
              "quote and never closes. Halvorsen is a Merkovian politician named bare inside a quote who never "
              "speaks.",
    ),
    Article(
        id="batch8-en-mt-04-flood",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("dateline-agency-credit", "backward-attribution", "this-is-reported", "press-service-of-org",
               "org-speaker-generic-noun", "abbreviation-later", "transliterated-abbreviation", "dash-attribution",
               "transliteration", "initials", "cataphoric-possessive", "wrote-on-telegram", "role-noun",
               "role-noun-unnamed-holder", "partial-in-reported", "colon-cue", "told-agency", "according-to",
               "role-noun-after-other-speaker", "role-noun-past-same-gender", "spokesman-of-person",
               "press-service-of-person", "as-x-noted", "female-speaker", "straight-double"),
        text="""\
Water in the Ilga river rose by two meters overnight, 14 villages are flooded

PRIOZERSK, April 18. /Priozerye-Press/. The level of water in the Ilga river near the town of Kamensk-Ilginsky rose by two meters overnight, 14 villages and more than 600 houses are flooded. This is reported by the press service of the State Committee for Emergencies of the Priozersk region.

"Evacuated 1,140 people, among them 312 children. Points of temporary accommodation are deployed in four schools," — is noted in the message of the department.

The head of the committee Colonel Sergei Vasiliev said at a briefing that the peak of the flood is expected on Saturday. "The water will rise another 40-50 centimeters. We are ready for this," — emphasized Vasilyev.

In his Telegram channel, the governor of the Priozersk region Arkady Telnov wrote that a regime of emergency situation of regional character is introduced in the region. "I ask the residents of the riverside streets not to wait for the water and leave the houses now. Your things are not worth your life," — wrote the head of the region.

The head of the Ilginsky district told journalists that the dam near the village of Zarechye "holds, but it is old".

The resident of Zarechye Nina Polunina told Priozerye-Press: "We were woken at three in the morning by the neighbours, not by the siren. The siren in Zarechye is silent since autumn."

In the GKChS answered that the sirens of the district were checked in March and were in working order. According to the chief rescuer of the region, the rescuers have enough boats and pumps, additional forces are not required yet. As S. Vasilyev noted, the water already reached the railway embankment.

His press service later said that Governor Telnov will fly to Zarechye on Friday. The committee also reminded that the hot line works around the clock.
""",
        actors=(
            O("Priozerye-Press"),
            O(GKCHS, "GKChS"),
            P(VAS, "Vasilyev", "S. Vasilyev"),
            P(TEL, "Telnov"),
            P(POL),
        ),
        quotes=(
            R("The level of water in the Ilga river near the town of Kamensk-Ilginsky rose by two meters overnight, 14 villages and more than 600 houses are flooded",
              GKCHS, "the press service of the State Committee for Emergencies of the Priozersk region",
              "This is reported"),
            D("Evacuated 1,140 people, among them 312 children. Points of temporary accommodation are deployed in four schools,",
              GKCHS, "the department", "— is noted in the message of"),
            R("the peak of the flood is expected on Saturday", VAS, VAS, "said at a briefing that"),
            D("The water will rise another 40-50 centimeters. We are ready for this,", VAS, "Vasilyev", "— emphasized"),
            R("a regime of emergency situation of regional character is introduced in the region", TEL, TEL,
              "wrote that"),
            D("I ask the residents of the riverside streets not to wait for the water and leave the houses now. Your things are not worth your life,",
              TEL, "the head of the region", "— wrote"),
            R('the dam near the village of Zarechye "holds, but it is old"', None, "The head of the Ilginsky district",
              "told journalists that"),
            D("holds, but it is old", None, "The head of the Ilginsky district", "told journalists that"),
            D("We were woken at three in the morning by the neighbours, not by the siren. The siren in Zarechye is silent since autumn.",
              POL, POL, "told Priozerye-Press:"),
            R("the sirens of the district were checked in March and were in working order", GKCHS, "GKChS",
              "answered that"),
            R("the rescuers have enough boats and pumps, additional forces are not required yet", VAS,
              "the chief rescuer of the region", "According to"),
            R("the water already reached the railway embankment", VAS, "S. Vasilyev", "noted"),
            R("Governor Telnov will fly to Zarechye on Friday", TEL, "His press service", "later said that"),
            R("the hot line works around the clock", GKCHS, "The committee", "also reminded that"),
        ),
        notes="The regional emergencies committee is named in full in the lead, then speaks as 'the department', "
              "'GKChS' (its transliterated abbreviation, 'In the GKChS answered' is a calque of «в ГКЧС ответили») "
              "and 'The committee'. Its head is spelt Vasiliev, Vasilyev and S. Vasilyev; 'the chief rescuer of the "
              "region' is him after the governor (another man) spoke. 'In his Telegram channel' is a possessive "
              "pointing forward to the governor. 'His press service' points forward to 'Governor Telnov' in the "
              "same sentence, not back to Vasilyev. 'The head of the Ilginsky district' is never named (null).",
    ),
    Article(
        id="batch8-en-mt-05-fertilizer-sanctions",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "company-name-in-quotes", "dateline-agency-credit", "backward-attribution",
               "said-in-a-statement", "partial-in-reported", "dash-attribution", "wrote", "the-diplomat",
               "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender", "according-to",
               "foreign-surname-in-quote-never-speaks", "initials", "org-speaker", "shared-surname-no-merge",
               "surname-initial-distinguishes", "told-journalists-that", "press-service-of-org", "reports-that",
               "unnamed-speaker", "unnamed-between-named", "told-agency", "unclosed-quote",
               "whole-clause-is-direct-quote", "female-speaker", "two-women-alternating", "straight-double"),
        text="""\
Teterina: Kelmar sanctions against "Azotprom-Velsk" will not remain without response

VELSK, November 21. /SeverNews/. The decision of Kelmar to include the company "Azotprom-Velsk" and its owner Viktor Bragin in the sanctions list is politically motivated and will not remain without a response. This was stated on Thursday by the official spokeswoman of the Ministry of Foreign Affairs of Dravenia Alla Teterina.

The Trade Commissioner of Kelmar Sofie Lindgaard earlier said in a statement that the company "helped to bypass the restrictions of past years". "We warned Velsk three times. Now we act," — wrote Lindgaard on the social network.

According to the diplomat, the fertilizers of the company feed half of the fields of Kelmar itself. "Dufresne and his team punish not us, but their own farmers," — added A. Teterina.

The Kelmar Farmers' Federation said that prices of fertilizers in the country may rise by 15 percent already in spring.

The Deputy Minister of Industry of Dravenia Oleg Bragin, a namesake of the owner of the company, told journalists that the state will help the enterprise to redirect supplies to Asia. "We will not leave 4 thousand workers of the plant without salary," — noted the deputy minister.

The press service of "Azotprom-Velsk" reports that the plant works as usual and all contracts for December are fulfilled. A source in the company told SeverNews that V. Bragin learned about the sanctions from the news and is now in Ostry.

Earlier O. Bragin said that the plant exports 70 percent of its products.

As Teterina noted, "Velsk will answer in a way that Kelmar understands. The list of our measures is ready, it lies on the table of the government.
""",
        actors=(
            O("SeverNews"),
            O(AZO),
            P(BRA_V, "V. Bragin"),
            O(MFAD),
            P(TET, "Teterina", "A. Teterina"),
            P(LIND, "Lindgaard"),
            P("Dufresne"),
            O(KFF),
            P(BRA_O, "O. Bragin"),
        ),
        quotes=(
            R('Kelmar sanctions against "Azotprom-Velsk" will not remain without response', TET, "Teterina", ":"),
            R('The decision of Kelmar to include the company "Azotprom-Velsk" and its owner Viktor Bragin in the sanctions list is politically motivated and will not remain without a response',
              TET, TET, "This was stated"),
            R('the company "helped to bypass the restrictions of past years"', LIND, LIND, "said in a statement that"),
            D("helped to bypass the restrictions of past years", LIND, LIND, "said in a statement that"),
            D("We warned Velsk three times. Now we act,", LIND, "Lindgaard", "— wrote"),
            R("the fertilizers of the company feed half of the fields of Kelmar itself", TET, "the diplomat",
              "According to"),
            D("Dufresne and his team punish not us, but their own farmers,", TET, "A. Teterina", "— added"),
            R("prices of fertilizers in the country may rise by 15 percent already in spring", KFF,
              "The Kelmar Farmers' Federation", "said that"),
            R("the state will help the enterprise to redirect supplies to Asia", BRA_O, BRA_O, "told journalists that"),
            D("We will not leave 4 thousand workers of the plant without salary,", BRA_O, "the deputy minister",
              "— noted"),
            R("the plant works as usual and all contracts for December are fulfilled", AZO,
              'The press service of "Azotprom-Velsk"', "reports that"),
            R("V. Bragin learned about the sanctions from the news and is now in Ostry", None, "A source in the company",
              "told SeverNews that"),
            R("the plant exports 70 percent of its products", BRA_O, "O. Bragin", "said that"),
            D("Velsk will answer in a way that Kelmar understands. The list of our measures is ready, it lies on the table of the government.",
              TET, "Teterina", "noted"),
        ),
        notes="Viktor Bragin (the owner, who never speaks) and Oleg Bragin (a deputy minister, «a namesake») share a "
              "surname and must not be merged; the text never uses a bare 'Bragin', only the initials V. and O. "
              "'the diplomat' is Teterina after Lindgaard (another woman) spoke. Dufresne is a Kelmar politician "
              "named bare inside a quote. The source in the named company is anonymous (null). The last quote is "
              "the whole clause after 'As Teterina noted,' and never closes. The sanctions list is the headline's "
              "subject, not a speaker.",
    ),
    Article(
        id="batch8-en-mt-06-maternity",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("doubled-headline", "headline-colon", "dateline-agency-credit", "backward-attribution",
               "press-service-of-org", "told-to-the-agency-in", "title-in-quotes", "dash-attribution",
               "representative-of-named-ministry", "named-org-unnamed-spokesman", "transliteration", "initials",
               "told-agency", "female-speaker", "two-women-alternating", "role-noun", "role-noun-after-other-speaker",
               "role-noun-past-same-gender", "according-to", "unnamed-speaker", "unnamed-between-named",
               "partial-in-reported", "v-ministerstve-calque", "as-noted-by", "noun-object-not-a-quote",
               "straight-double"),
        text="""\
Ministry of Health: the maternity department in Lyskovo will not be closed

Ministry of Health: the maternity department in Lyskovo will not be closed

NIZHNEVOLZHSK, August 2. /Volga-Inform/. The maternity department of the Lyskovo central district hospital will continue to work, no decision about its closing was taken. This was told to the agency in the press service of the Ministry of Health of the Nizhnevolzhsk region.

Earlier residents of Lyskovo collected 6 thousand signatures after the local newspaper "Lyskovskie Vesti" wrote about plans to transfer all births to the regional center.

"Nobody planned to close the department. There is a shortage of two midwives, and we are looking for them," — said the representative of the ministry.

The chief doctor of the hospital Yelena Gorskaya told Volga-Inform that last year the department accepted 340 births. "We have the equipment, we have the building. We do not have people. One midwife works for two," — said Gorskaja.

The deputy of the regional Legislative Assembly Tamara Ilyushina said that she sent an inquiry to the prosecutor's office of the Nizhnevolzhsk region. "The ministry writes one thing, and the nurses receive letters about transfer to another hospital," — stated Ilyushina.

According to the head doctor, none of the employees received such letters. Two nurses of the department, who asked not to give their names, confirmed to the agency that they were offered a transfer "on a voluntary basis".

In the Ministry of Health added that the region will pay 500 thousand rubles to young midwives who agree to work in district hospitals. As noted by E. Gorskaya, the first candidate for the vacancy will come to an interview next week.
""",
        actors=(
            O("Volga-Inform"),
            O(MOHN, "Ministry of Health"),
            O(LCH),
            O("Lyskovskie Vesti"),
            P(GOR, "Gorskaja", "E. Gorskaya"),
            P(ILY, "Ilyushina"),
            O(PRON),
        ),
        quotes=(
            R("the maternity department in Lyskovo will not be closed", MOHN, "Ministry of Health", ":", after=""),
            R("the maternity department in Lyskovo will not be closed", MOHN, "Ministry of Health", ":",
              after="closed\n\nMinistry of Health: "),
            R("The maternity department of the Lyskovo central district hospital will continue to work, no decision about its closing was taken",
              MOHN, "the press service of the Ministry of Health of the Nizhnevolzhsk region", "This was told"),
            D("Nobody planned to close the department. There is a shortage of two midwives, and we are looking for them,",
              MOHN, "the representative of the ministry", "— said"),
            R("last year the department accepted 340 births", GOR, GOR, "told Volga-Inform that"),
            D("We have the equipment, we have the building. We do not have people. One midwife works for two,", GOR,
              "Gorskaja", "— said"),
            R("she sent an inquiry to the prosecutor's office of the Nizhnevolzhsk region", ILY, ILY, "said that"),
            D("The ministry writes one thing, and the nurses receive letters about transfer to another hospital,", ILY,
              "Ilyushina", "— stated"),
            R("none of the employees received such letters", GOR, "the head doctor", "According to"),
            R('they were offered a transfer "on a voluntary basis"', None, "Two nurses of the department",
              "confirmed to the agency that"),
            D("on a voluntary basis", None, "Two nurses of the department", "confirmed to the agency that"),
            R("the region will pay 500 thousand rubles to young midwives who agree to work in district hospitals",
              MOHN, "Ministry of Health", "added that"),
            R("the first candidate for the vacancy will come to an interview next week", GOR, "E. Gorskaya",
              "As noted by"),
        ),
        notes="The headline, printed twice, is the ministry's. The ministry's unnamed 'representative of the "
              "ministry' speaks for the named ministry (speaker: the ministry). The chief doctor is spelt Yelena "
              "Gorskaya, Gorskaja and E. Gorskaya; 'the head doctor' is her after Ilyushina (another woman) spoke. "
              "'In the Ministry of Health added' is a calque of «в Минздраве добавили». The two nurses are unnamed "
              "(null). The newspaper's name in marks is not a quote and 'wrote about plans' has a noun object.",
    ),
    Article(
        id="batch8-en-wire-01-copper-leak",
        split="dev",
        lang="en",
        style="wire",
        cases=("byline", "lead-attribution-at-end", "cataphoric-possessive", "in-their-statement", "org-speaker",
               "partial-in-reported", "unnamed-speaker", "unnamed-between-named", "named-spokesperson",
               "pronoun", "female-speaker", "two-women-alternating", "told-reporters", "shared-surname-no-merge",
               "surname-only", "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender",
               "his-office-cataphora", "spokesman-of-person", "declined-to-comment-not-a-quote",
               "said-in-a-video", "straight-double"),
        text="""\
Estmark copper mine halts output after tailings leak; villages cut off from water

By Helen Marsk

HARDANGE, Estmark (Nordpress) - Halden Copper halted production at Estmark's largest copper mine on Friday after a tailings pond leaked into the Vesla river, leaving two villages downstream without drinking water, the Ministry of Environment said.

In their statement, the Miners' Federation of Estmark said the pond's wall had been reported as cracked "at least twice since spring" and that the company had ignored the warnings.

"We pumped water out of that pond for weeks, and everyone knew why," said a worker at the mine who asked not to be named for fear of losing his job.

Halden Copper spokeswoman Anya Korhonen said the leak was "limited and under control" and that no one had been hurt. "Our engineers closed the breach within four hours. Samples so far show copper well below the danger threshold," she said.

Environment Minister Karin Fosse told reporters in the capital that inspectors had found copper in the river at eleven times the permitted level. "Those figures are not a matter of opinion," she said.

Lena Fosse, mayor of the village of Brekke and no relation to the minister, said residents had been told to boil tap water only on Friday evening, a day after the leak began. "People saw the river turn green on Thursday. Nobody called us," Fosse said.

Two people familiar with the inspection said the ministry would ask prosecutors to open a criminal case.

The minister said the company could face fines of up to 40 million crowns. "We will not let a company treat a river as its drain," the minister added.

His office said on Saturday that Prime Minister Tor Engen would visit Brekke on Monday.

Korhonen declined to say whether the pond had been inspected this year. Jonas Weller, Halden Copper's chief executive, said in a video posted on the company's website that he was "deeply sorry" for the residents. "We will pay for clean water for as long as it is needed," Weller said.

Army trucks are delivering water to both villages, the Ministry of Environment said.
""",
        actors=(
            P("Helen Marsk"),
            O("Nordpress"),
            O(HCU),
            O(MOE),
            O(MFE),
            P(KOR, "Korhonen"),
            P(FOS_K),
            P(FOS_L, "Fosse"),
            P(ENG),
            P(WEL, "Weller"),
        ),
        quotes=(
            R("Halden Copper halted production at Estmark's largest copper mine on Friday after a tailings pond leaked into the Vesla river, leaving two villages downstream without drinking water",
              MOE, "the Ministry of Environment", "said"),
            R('the pond\'s wall had been reported as cracked "at least twice since spring" and that the company had ignored the warnings',
              MFE, "the Miners' Federation of Estmark", "said"),
            D("at least twice since spring", MFE, "the Miners' Federation of Estmark", "said"),
            D("We pumped water out of that pond for weeks, and everyone knew why,", None, "a worker at the mine",
              "said"),
            R('the leak was "limited and under control" and that no one had been hurt', KOR, KOR, "said"),
            D("limited and under control", KOR, KOR, "said"),
            D("Our engineers closed the breach within four hours. Samples so far show copper well below the danger threshold,",
              KOR, "she", "said"),
            R("inspectors had found copper in the river at eleven times the permitted level", FOS_K, FOS_K,
              "told reporters in the capital that"),
            D("Those figures are not a matter of opinion,", FOS_K, "she", "said"),
            R("residents had been told to boil tap water only on Friday evening, a day after the leak began", FOS_L,
              FOS_L, "said"),
            D("People saw the river turn green on Thursday. Nobody called us,", FOS_L, "Fosse", "said"),
            R("the ministry would ask prosecutors to open a criminal case", None,
              "Two people familiar with the inspection", "said"),
            R("the company could face fines of up to 40 million crowns", FOS_K, "The minister", "said"),
            D("We will not let a company treat a river as its drain,", FOS_K, "the minister", "added"),
            R("Prime Minister Tor Engen would visit Brekke on Monday", ENG, "His office", "said"),
            R('he was "deeply sorry" for the residents', WEL, WEL,
              "said in a video posted on the company's website that"),
            D("deeply sorry", WEL, WEL, "said in a video posted on the company's website that"),
            D("We will pay for clean water for as long as it is needed,", WEL, "Weller", "said"),
            R("Army trucks are delivering water to both villages", MOE, "the Ministry of Environment", "said"),
        ),
        notes="Karin Fosse (the environment minister) and Lena Fosse (a village mayor, 'no relation') share a surname "
              "and must not be merged; the bare 'Fosse' is only Lena. 'The minister' is Karin Fosse after Lena Fosse "
              "and two unnamed people spoke. 'In their statement' points forward to the miners' federation. 'His "
              "office' points forward to the prime minister named in the same sentence (who does not otherwise "
              "speak), not back to a man named before. The mine worker and the two people familiar with the "
              "inspection are unnamed (null). 'declined to say whether' is not a quote.",
    ),
    Article(
        id="batch8-en-wire-02-editors-jailed",
        split="frozen",
        lang="en",
        style="wire",
        cases=("byline", "partial-quote-noun-object", "unnamed-speaker", "role-noun-unnamed-holder",
               "split-quote-continuation", "shared-surname-no-merge", "told-reporters", "pronoun",
               "partial-in-reported", "surname-only", "role-noun", "role-noun-after-other-speaker",
               "role-noun-past-same-gender", "cataphoric-possessive", "wrote-that", "female-speaker",
               "the-diplomat", "unnamed-between-named", "said-in-a-statement", "org-speaker", "straight-double"),
        text="""\
Lutanian court jails two editors of opposition weekly

By Carl Ostby

DORNA, Lutania (Northgate News) - A court in the Lutanian capital sentenced two editors of the opposition weekly Glas to three years in prison on Tuesday for publishing what prosecutors called "deliberately false reports" about army purchases.

Mira Daskal, the weekly's editor-in-chief, and her husband, Petar Daskal, its deputy editor, were led from the courtroom in handcuffs as supporters outside chanted their names.

"The court has found that the defendants knew the figures were invented," the judge said, reading out the verdict. "They chose to publish them anyway." The judge's name was withheld under a law that protects judges in security cases.

Ivo Strand, who represents both editors, said they would appeal. "Not a single witness from the army was questioned. This verdict was written before the trial began," he told reporters outside the court.

Government spokesman Teodor Vass said the case "has nothing to do with press freedom." "Any citizen who invents a story about the army can end up in court. Editors are citizens," Vass said.

The lawyer said the figures in question had come from the defence ministry's own budget documents, published online in 2022.

In her last column before the arrest, Mira Daskal wrote that the weekly "will keep asking where the money went."

A Western diplomat who attended the hearing said the verdict would be raised at next month's meeting of the Northern Council. "Nobody in that room believed this was about false reports," the diplomat said.

The Union of Lutanian Journalists said in a statement that 11 reporters were now in prison in the country, the most since 1998. Its chair, Branka Vidic, called the verdict "a message to every newsroom."

Prosecutors said they would consider asking for longer sentences on appeal.
""",
        actors=(
            P("Carl Ostby"),
            O("Northgate News"),
            O("Glas"),
            P(DAS_M),
            P(DAS_P),
            P(STR),
            P(VASS, "Vass"),
            O("Northern Council"),
            O(ULJ),
            P(VID),
        ),
        quotes=(
            D("deliberately false reports", None, "prosecutors", "called"),
            D("The court has found that the defendants knew the figures were invented,", None, "the judge", "said"),
            D("They chose to publish them anyway.", None, "the judge", "said"),
            R("they would appeal", STR, STR, "said"),
            D("Not a single witness from the army was questioned. This verdict was written before the trial began,",
              STR, "he", "told reporters outside the court"),
            R('the case "has nothing to do with press freedom."', VASS, VASS, "said"),
            D("has nothing to do with press freedom.", VASS, VASS, "said"),
            D("Any citizen who invents a story about the army can end up in court. Editors are citizens,", VASS, "Vass",
              "said"),
            R("the figures in question had come from the defence ministry's own budget documents, published online in 2022",
              STR, "The lawyer", "said"),
            R('the weekly "will keep asking where the money went."', DAS_M, DAS_M, "wrote that"),
            D("will keep asking where the money went.", DAS_M, DAS_M, "wrote that"),
            R("the verdict would be raised at next month's meeting of the Northern Council", None,
              "A Western diplomat who attended the hearing", "said"),
            D("Nobody in that room believed this was about false reports,", None, "the diplomat", "said"),
            R("11 reporters were now in prison in the country, the most since 1998", ULJ,
              "The Union of Lutanian Journalists", "said in a statement that"),
            D("a message to every newsroom.", VID, VID, "called the verdict"),
            R("they would consider asking for longer sentences on appeal", None, "Prosecutors", "said"),
        ),
        notes="Mira Daskal and her husband Petar Daskal share a surname and must not be merged; the text never uses "
              "a bare 'Daskal', and Petar never speaks. The judge is unnamed (null; the name was withheld), as are "
              "the prosecutors and the Western diplomat. 'The lawyer' is Strand after Vass (another man) spoke. 'In "
              "her last column' points forward to Mira Daskal. 'called ... \"deliberately false reports\"' and "
              "'called the verdict' have noun objects with partial quotes. 'false reports' in the diplomat's quote "
              "sits inside his quote.",
    ),
    Article(
        id="batch8-en-wire-03-rail-fine",
        split="dev",
        lang="en",
        style="wire",
        cases=("byline", "lead-attribution-at-end", "org-speaker", "org-speaker-generic-noun", "abbreviation-later",
               "said-in-a-statement", "cataphoric-possessive", "in-its-response", "partial-quote-noun-object",
               "told-reporters", "agency-relays-speaker", "quoted-as-saying", "partial-in-reported",
               "infinitive-not-a-quote", "split-quote-middle-speaker", "said-x-apposition",
               "said-x-a-spokesman-for-y", "named-spokesperson", "unnamed-speaker", "unnamed-between-named",
               "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender", "pronoun",
               "straight-double"),
        text="""\
Orvia fines state rail operator record 9 million euros over winter chaos

By Dina Falk

KORSA, Orvia (Nordpress) - Orvia's rail regulator fined state-owned Orvia Rail a record 9 million euros on Wednesday over a winter of breakdowns and cancellations that left tens of thousands of commuters stranded, the regulator said.

The Rail Transport Authority (RTA) said in a statement that the operator had cancelled one in six trains on the Korsa commuter network between December and February and had failed to warn passengers in time. The authority also said the company had cut maintenance staff by a fifth since 2021.

In its response, Orvia Rail said it would appeal, calling the fine "disproportionate." "Nobody regrets this winter more than we do, but the coldest January in forty years is not a management failure," chief executive Henrik Salo told reporters.

The newspaper Korsa Dagblad quoted Transport Minister Arvid Kell as saying the penalty was "deserved and overdue." Opposition lawmakers have called on Kell, who appoints the operator's board, to resign.

"They cut the mechanics and then blamed the snow," said Sami Reunanen, who heads the Commuters' Alliance, a passenger group. "My members stood on frozen platforms for hours without a single announcement."

"Staff were told to do the work of two people," said Tom Hagen, a spokesman for the Rail Workers' Union.

A person familiar with the board's discussions said directors had talked about replacing Salo as early as March.

The chief executive said the company had hired 140 mechanics since the spring and would spend 60 million euros on de-icing equipment before next winter. "The trains will run. I give my word on that," he said.

The RTA said the fine was the largest it had imposed since it was set up in 2009. Half of the money will go to a compensation fund for season-ticket holders, the regulator said.
""",
        actors=(
            P("Dina Falk"),
            O("Nordpress"),
            O(ORV),
            O(RTA, "RTA"),
            P(SALO, "Salo"),
            O("Korsa Dagblad"),
            P(KELL, "Kell"),
            P(REU),
            O("Commuters' Alliance"),
            P(HAG),
            O(RWU),
        ),
        quotes=(
            R("Orvia's rail regulator fined state-owned Orvia Rail a record 9 million euros on Wednesday over a winter of breakdowns and cancellations that left tens of thousands of commuters stranded",
              RTA, "the regulator", "said"),
            R("the operator had cancelled one in six trains on the Korsa commuter network between December and February and had failed to warn passengers in time",
              RTA, "The Rail Transport Authority", "said in a statement that"),
            R("the company had cut maintenance staff by a fifth since 2021", RTA, "The authority", "also said"),
            R("it would appeal", ORV, ORV, "said"),
            D("disproportionate.", ORV, ORV, "calling the fine"),
            D("Nobody regrets this winter more than we do, but the coldest January in forty years is not a management failure,",
              SALO, SALO, "told reporters"),
            R('the penalty was "deserved and overdue."', KELL, KELL, "as saying"),
            D("deserved and overdue.", KELL, KELL, "as saying"),
            D("They cut the mechanics and then blamed the snow,", REU, REU, "said"),
            D("My members stood on frozen platforms for hours without a single announcement.", REU, REU, "said"),
            D("Staff were told to do the work of two people,", HAG, HAG, "said"),
            R("directors had talked about replacing Salo as early as March", None,
              "A person familiar with the board's discussions", "said"),
            R("the company had hired 140 mechanics since the spring and would spend 60 million euros on de-icing equipment before next winter",
              SALO, "The chief executive", "said"),
            D("The trains will run. I give my word on that,", SALO, "he", "said"),
            R("the fine was the largest it had imposed since it was set up in 2009", RTA, "RTA", "said"),
            R("Half of the money will go to a compensation fund for season-ticket holders", RTA, "the regulator",
              "said"),
        ),
        notes="The regulator speaks in the lead's last words as 'the regulator' before it is named, then as 'The Rail "
              "Transport Authority (RTA)', 'The authority', 'The RTA' and 'the regulator'. 'In its response' points "
              "forward to Orvia Rail. The newspaper relays the minister (the minister is the speaker). 'The chief "
              "executive' is Salo after Reunanen, Hagen and an unnamed person spoke. Hagen is a named spokesman "
              "(the speaker, not the union). 'called on Kell ... to resign' has an infinitive.",
    ),
    Article(
        id="batch8-en-op-01-river-festival",
        split="dev",
        lang="en",
        style="opinion",
        cases=("byline", "scare-quotes", "document-quote-not-a-quote", "title-in-quotes",
               "lead-attribution-at-end", "present-tense-says", "told-me", "cataphoric-possessive", "wrote-that",
               "partial-in-reported", "role-noun-unnamed-holder", "pronoun", "female-speaker",
               "shared-surname-no-merge", "unnamed-speaker", "role-noun", "role-noun-after-other-speaker",
               "role-noun-past-same-gender", "noun-object-not-a-quote", "straight-double"),
        text="""\
Nobody cancelled the Otterburn river festival. It was "paused"

By Nadia Kerr

For 41 summers the river festival has been the one weekend when Otterburn feels like a town rather than a commuter car park. This year there will be no boats, no brass band and no fireworks. The festival has not been cancelled, the council insists. It has been, in the word on the council's website, "paused."

The festival's chairman, Frank Aske, says the committee offered to raise half the money itself. "We asked for 40,000 and a yes. We got a no and a press release," he told me.

I asked Otterburn council who had decided. In his reply to my letter, the council's director of culture, Owen Pryce, wrote that the decision had been "taken in line with the medium-term financial plan." That plan, a 60-page document called "Otterburn Forward," mentions the festival once, in a footnote.

The mayor was more candid. "We cannot spend 80,000 pounds on two days of fun while we are closing a day centre," she told a meeting of residents last week. It is a fair point, and I would respect it more if the same council had not just spent twice that sum on a new logo.

Jean Mallory, who has run the children's tent since 1994, told me the decision arrived by email on a Friday afternoon. "Nobody from the council has ever been to the tent. Not one of them," she said.

Councillor Ruth Aske, who is married to the chairman's brother and sits on the finance committee, voted for the cut. "Every pound we spend on fireworks is a pound we do not spend on carers," she said.

Council officials say the festival could return in 2027 "if finances allow."

The chairman says his committee will hold a smaller festival anyway, on the field behind the rugby club, "with or without the council's blessing." I will be there. So, I suspect, will half of Otterburn.
""",
        actors=(
            P("Nadia Kerr"),
            O(OTC),
            P(ASK_F),
            P(PRY),
            P(MAL),
            P(ASK_R),
        ),
        quotes=(
            R("The festival has not been cancelled", OTC, "the council", "insists"),
            R("the committee offered to raise half the money itself", ASK_F, ASK_F, "says"),
            D("We asked for 40,000 and a yes. We got a no and a press release,", ASK_F, "he", "told me"),
            R('the decision had been "taken in line with the medium-term financial plan."', PRY, PRY, "wrote that"),
            D("taken in line with the medium-term financial plan.", PRY, PRY, "wrote that"),
            D("We cannot spend 80,000 pounds on two days of fun while we are closing a day centre,", None, "she",
              "told a meeting of residents last week"),
            R("the decision arrived by email on a Friday afternoon", MAL, MAL, "told me"),
            D("Nobody from the council has ever been to the tent. Not one of them,", MAL, "she", "said"),
            D("Every pound we spend on fireworks is a pound we do not spend on carers,", ASK_R, "she", "said"),
            R('the festival could return in 2027 "if finances allow."', None, "Council officials", "say"),
            D("if finances allow.", None, "Council officials", "say"),
            R('his committee will hold a smaller festival anyway, on the field behind the rugby club, "with or without the council\'s blessing."',
              ASK_F, "The chairman", "says"),
            D("with or without the council's blessing.", ASK_F, "The chairman", "says"),
        ),
        notes="Not quotes: 'paused' (headline scare quote and the council website's word), the plan's title 'Otterburn "
              "Forward,'. The council's insistence is attributed at the end of its sentence. 'The mayor' is never "
              "named, so she and 'she' are null. Frank Aske (the chairman) and Ruth Aske (his sister-in-law, a "
              "councillor) share a surname and must not be merged; the text never uses a bare 'Aske'. 'The chairman' "
              "at the end is Frank Aske after Pryce, the mayor, Mallory, Ruth Aske and officials spoke; 'the "
              "chairman's brother' is not a speaker. 'In his reply to my letter' points forward to Pryce. 'voted for "
              "the cut' is not a quote.",
    ),
    Article(
        id="batch8-en-op-02-fishing-quota",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("byline", "told-parliament", "partial-in-reported", "foreign-surname-in-quote-never-speaks",
               "role-noun", "whole-clause-is-direct-quote", "cataphoric-possessive", "in-their-statement",
               "org-speaker", "told-me", "pronoun", "role-noun-unnamed-holder", "unnamed-speaker",
               "indirect-question-not-a-quote", "word-in-marks-not-a-quote", "present-tense-says",
               "role-noun-after-other-speaker", "role-noun-past-same-gender", "told-outlet",
               "document-source-not-a-quote", "straight-double"),
        text="""\
The quota deal was signed in Brask. The fishermen were not in the room

By Elin Marr

The fisheries agreement that Minister Hugo Stavik signed with Kelmar last Thursday has been praised in every government press release since. On the quay in Sandvik, where I spent Saturday, it is called something else.

Stavik told parliament that the deal "secures our waters for a generation." He said Kelmar's negotiators had given up more than anyone expected. "Wendt wanted a ten-year ban on the northern banks. He got three years and a review," the minister said.

His deputy, Lars Holt, insisted that "nobody in the fleet will be left behind."

In their statement on Friday, the Coastal Fishermen's Federation said the three-year ban would close the grounds where half its members fish in winter. Its chairman, Ola Brenne, was blunter. "Three years is the whole life of a small boat company. After that there is nothing left to review," he told me on the quay.

The Kelmari ambassador, asked about the deal at a reception in Brask, said that "both sides gave something." What Kelmar gave, the agreement does not say.

Officials at the fisheries ministry say compensation will be paid. How much, and to whom, nobody would tell me.

Karin Voll, whose family has fished from Sandvik for four generations, asked me what "a review" means in practice. I could not tell her. Brenne says the federation will challenge the deal in court.

The minister promised local radio last week that he would visit Sandvik in the spring. "I will answer every question on the quay, face to face," he said. He should come soon, and he should bring the maps.
""",
        actors=(
            P("Elin Marr"),
            P(STA, "Stavik"),
            P("Wendt"),
            P(HOLT),
            O(CFF),
            P(BREN, "Brenne"),
            P("Karin Voll"),
        ),
        quotes=(
            R('the deal "secures our waters for a generation."', STA, "Stavik", "told parliament that"),
            D("secures our waters for a generation.", STA, "Stavik", "told parliament that"),
            R("Kelmar's negotiators had given up more than anyone expected", STA, "He", "said"),
            D("Wendt wanted a ten-year ban on the northern banks. He got three years and a review,", STA,
              "the minister", "said"),
            D("nobody in the fleet will be left behind.", HOLT, HOLT, "insisted that"),
            R("the three-year ban would close the grounds where half its members fish in winter", CFF,
              "the Coastal Fishermen's Federation", "said"),
            D("Three years is the whole life of a small boat company. After that there is nothing left to review,",
              BREN, "he", "told me on the quay"),
            D("both sides gave something.", None, "The Kelmari ambassador", "said that"),
            R("compensation will be paid", None, "Officials at the fisheries ministry", "say"),
            R("the federation will challenge the deal in court", BREN, "Brenne", "says"),
            R("he would visit Sandvik in the spring", STA, "The minister", "promised local radio last week that"),
            D("I will answer every question on the quay, face to face,", STA, "he", "said"),
        ),
        notes="Wendt (a Kelmari negotiator) is named bare inside the minister's quote and never speaks. 'His deputy' "
              "is Holt, whose whole that-clause is one direct quote. 'In their statement' points forward to the "
              "federation. The Kelmari ambassador is never named (null), as are the ministry officials. 'The "
              "minister' in the last paragraph is Stavik after Holt and Brenne (other men) spoke. Not quotes: Karin "
              "Voll's indirect question and the words 'a review' held up as words, 'What Kelmar gave, the agreement "
              "does not say' (a document).",
    ),
    Article(
        id="batch8-ru-01-feldsher-points",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "dateline-agency-credit", "ob-etom-soobshchili", "press-service-of-org",
               "inflected-name-forms", "org-in-oblique-case", "v-vedomstve", "dash-attribution", "po-slovam",
               "name-only-in-oblique-case", "unnamed-speaker", "role-noun", "role-noun-after-other-speaker",
               "role-noun-past-same-gender", "partial-quote-noun-object", "female-speaker", "pronoun",
               "role-noun-unnamed-holder", "po-ee-slovam", "pronoun-for-unnamed-source", "unnamed-between-named",
               "abbreviation-later", "quoted-question"),
        text="""\
В Заозерской области закроют три сельских фельдшерских пункта

ЗАОЗЕРСК, 12 марта. /Озерье-Пресс/. Три фельдшерско-акушерских пункта в Вельском районе Заозерской области прекратят работу с 1 апреля, жителей сёл будет обслуживать выездная бригада. Об этом сообщили в пресс-службе Министерства здравоохранения Заозерской области.

«Решение принято не ради экономии. Фельдшеров в этих пунктах нет больше года, здания фактически стоят пустыми», — пояснили в ведомстве.

По словам заместителя министра здравоохранения Андрея Кулагина, выездная бригада будет приезжать в каждое село не реже двух раз в неделю. На встрече с Кулагиным жители села Ковры заявили, что ближайшая больница находится в 60 километрах, а автобус ходит раз в день.

Пункт в Коврах открыли в 1989 году. Последний фельдшер, Валентина Сизова, проработала в нём 27 лет и ушла на пенсию в позапрошлом году, замену ей так и не нашли. В соседнем селе Ольховка пункт продолжит работу: туда в феврале приехал молодой фельдшер.

«Мы тридцать лет добивались, чтобы у нас был свой фельдшер, а закрыли пункт одним письмом», — заявил председатель районного совета ветеранов Геннадий Шилов.

Когда Кулагину напомнили о четырёхстах пенсионерах села, чиновник ответил, что здания пунктов сохранят, а при появлении фельдшеров их откроют снова.

Депутат Законодательного собрания Заозерской области Нина Ремезова назвала закрытие пунктов «ошибкой, за которую заплатят пожилые». «Бригада приедет во вторник, а инсульт случится в среду. Кто тогда поможет?» — сказала Ремезова. Она сообщила, что направила запрос в прокуратуру.

На горячей линии министерства корреспонденту агентства ответила чиновница, не назвавшая своей фамилии. По её словам, выездная бригада уже укомплектована и получила новый автомобиль.

В Заксобрании сообщили, что вопрос рассмотрят на заседании профильного комитета 20 марта. В региональном Минздраве добавили, что жители закрытых пунктов смогут записаться к врачу по телефону.
""",
        actors=(
            O("Озерье-Пресс"),
            O(MZ, "Минздраве"),
            P(KUL, "Кулагиным", "Кулагину"),
            P(SHI),
            O(ZS, "Заксобрании"),
            P(REM, "Ремезова"),
            P("Валентина Сизова"),
        ),
        quotes=(
            R("Три фельдшерско-акушерских пункта в Вельском районе Заозерской области прекратят работу с 1 апреля, жителей сёл будет обслуживать выездная бригада",
              MZ, "пресс-службе Министерства здравоохранения Заозерской области", "Об этом сообщили"),
            D("Решение принято не ради экономии. Фельдшеров в этих пунктах нет больше года, здания фактически стоят пустыми",
              MZ, "ведомстве", "— пояснили"),
            R("выездная бригада будет приезжать в каждое село не реже двух раз в неделю", KUL, KUL, "По словам"),
            R("ближайшая больница находится в 60 километрах, а автобус ходит раз в день", None, "жители села Ковры",
              "заявили, что"),
            D("Мы тридцать лет добивались, чтобы у нас был свой фельдшер, а закрыли пункт одним письмом", SHI, SHI,
              "— заявил"),
            R("здания пунктов сохранят, а при появлении фельдшеров их откроют снова", KUL, "чиновник", "ответил, что"),
            D("ошибкой, за которую заплатят пожилые", REM, REM, "назвала закрытие пунктов"),
            D("Бригада приедет во вторник, а инсульт случится в среду. Кто тогда поможет?", REM, "Ремезова",
              "— сказала"),
            R("направила запрос в прокуратуру", REM, "Она", "сообщила, что"),
            R("выездная бригада уже укомплектована и получила новый автомобиль", None, "её", "По её словам"),
            R("вопрос рассмотрят на заседании профильного комитета 20 марта", ZS, "Заксобрании", "сообщили, что"),
            R("жители закрытых пунктов смогут записаться к врачу по телефону", MZ, "Минздраве", "добавили, что"),
        ),
        notes="The regional health ministry is named only in the genitive (its name) and later speaks as «в "
              "ведомстве» and «в региональном Минздраве»; the regional assembly is named in the genitive and speaks "
              "as «в Заксобрании». Кулагин is named only in oblique cases (genitive, instrumental, dative); «чиновник» "
              "is him after Шилов (another man) spoke. The unnamed «чиновница» on the hot line is null, and «По её "
              "словам» after her is null too (not Ремезова, the woman who spoke before). 'напомнили о ... "
              "пенсионерах' has a noun object; Сизова never speaks; 'назвала закрытие пунктов' a partial quote.",
    ),
    Article(
        id="batch8-ru-02-base-question",
        split="frozen",
        lang="ru",
        style="wire",
        cases=("guillemets", "headline-quote", "headline-colon", "cataphora-name-at-end", "role-noun-before-name",
               "dateline-agency-credit", "dash-attribution", "foreign-surname-in-quote-never-speaks",
               "abbreviation-later", "po-ego-slovam", "partial-in-reported", "shared-surname-no-merge",
               "name-only-in-oblique-case", "inflected-name-forms", "org-in-oblique-case", "press-service-of-org",
               "partial-quote", "v-ministerstve-zayavili", "unnamed-speaker", "unnamed-between-named",
               "role-noun-unnamed-holder", "role-noun", "role-noun-after-other-speaker",
               "role-noun-past-same-gender", "party-name-in-marks"),
        text="""\
Председатель Госсовета Тарвении: «Вопрос о базе закрыт»

РАДОВ, 5 мая. /Тарвен-Инфо/. «Никакой иностранной базы на нашей земле не будет, этот вопрос закрыт раз и навсегда», — заявил во вторник председатель Государственного совета Тарвении, выступая перед депутатами.

«Когда Эльсберг и Кройтер обещают нам инвестиции в обмен на базу, они покупают не землю, а наш суверенитет. Такие сделки мы уже видели у соседей», — подчеркнул спикер Госсовета.

По его словам, парламент примет заявление о нейтралитете «в течение месяца».

Депутат от оппозиционной партии «Новый путь» Олег Савин заявил журналистам, что фракция не поддержит документ «без публикации текста переговоров». «Мы не против заявления. Мы против того, чтобы голосовать вслепую», — сказал Савин.

Его однофамильцу, министру обороны Игорю Савину, журналисты задать вопрос не смогли. В пресс-службе Министерства обороны Тарвении агентству сообщили, что переговоры с Кельмаром касались «только поставок техники». В Минобороны также напомнили, что последние учения с участием кельмарских военных прошли в 2019 году.

Переговоры о размещении базы Кельмар и Тарвения вели с осени. Как ранее сообщало издание «Радовский вестник», речь шла об аренде военного аэродрома под Сельцом на 25 лет. Оппозиция требует опубликовать проект соглашения до голосования, заседание Госсовета транслировалось в прямом эфире.

Источник в аппарате Госсовета сообщил Тарвен-Инфо, что голосование может пройти уже 19 мая.

Посол Кельмара в Радове на вопрос журналистов ответил, что его страна «уважает любое решение Тарвении».

Спикер Госсовета добавил, что до голосования депутаты проведут закрытые слушания с участием военных.

«Мы маленькая страна, но не маленький народ. Нас не нужно учить, с кем дружить», — сказал в завершение выступления Руслан Тамаев.
""",
        actors=(
            O("Тарвен-Инфо"),
            O(GS, "Госсовета Тарвении", "Госсовета"),
            P(TAM),
            P("Эльсберг"),
            P("Кройтер"),
            O("Новый путь"),
            P(SAV_O, "Савин"),
            P(SAV_I),
            O(MOT, "Минобороны"),
            O("Радовский вестник"),
        ),
        quotes=(
            D("Вопрос о базе закрыт", TAM, "Председатель Госсовета Тарвении", ":"),
            D("Никакой иностранной базы на нашей земле не будет, этот вопрос закрыт раз и навсегда", TAM,
              "председатель Государственного совета Тарвении", "— заявил"),
            D("Когда Эльсберг и Кройтер обещают нам инвестиции в обмен на базу, они покупают не землю, а наш суверенитет. Такие сделки мы уже видели у соседей",
              TAM, "спикер Госсовета", "— подчеркнул"),
            R("парламент примет заявление о нейтралитете «в течение месяца»", TAM, "его", "По его словам"),
            D("в течение месяца", TAM, "его", "По его словам"),
            R("фракция не поддержит документ «без публикации текста переговоров»", SAV_O, SAV_O,
              "заявил журналистам, что"),
            D("без публикации текста переговоров", SAV_O, SAV_O, "заявил журналистам, что"),
            D("Мы не против заявления. Мы против того, чтобы голосовать вслепую", SAV_O, "Савин", "— сказал"),
            R("переговоры с Кельмаром касались «только поставок техники»", MOT,
              "пресс-службе Министерства обороны Тарвении", "агентству сообщили, что"),
            D("только поставок техники", MOT, "пресс-службе Министерства обороны Тарвении", "агентству сообщили, что"),
            R("последние учения с участием кельмарских военных прошли в 2019 году", MOT, "Минобороны",
              "также напомнили, что"),
            R("речь шла об аренде военного аэродрома под Сельцом на 25 лет", "Радовский вестник", "Радовский вестник",
              "Как ранее сообщало"),
            R("голосование может пройти уже 19 мая", None, "Источник в аппарате Госсовета", "сообщил Тарвен-Инфо, что"),
            R("его страна «уважает любое решение Тарвении»", None, "Посол Кельмара", "ответил, что"),
            D("уважает любое решение Тарвении", None, "Посол Кельмара", "ответил, что"),
            R("до голосования депутаты проведут закрытые слушания с участием военных", TAM, "Спикер Госсовета",
              "добавил, что"),
            D("Мы маленькая страна, но не маленький народ. Нас не нужно учить, с кем дружить", TAM, "Руслан Тамаев",
              "— сказал"),
        ),
        notes="Cataphora: the chairman of the State Council speaks under his titles (headline, «председатель "
              "Государственного совета Тарвении», «спикер Госсовета», «его», «Спикер Госсовета» after Савин, a "
              "source and the ambassador) and is named only in the final line. Олег Савин (an opposition deputy) and "
              "the defence minister Игорь Савин (named only in the dative, «однофамилец») share a surname and must "
              "not be merged; bare «Савин» is only Олег. Эльсберг and Кройтер are foreign politicians named bare "
              "inside a quote. The defence ministry is named in the genitive and then as «Минобороны». The Kelmar "
              "ambassador is never named (null). «Новый путь» is a party's name; the newspaper «Радовский вестник» "
              "reports a claim ('Как ранее сообщало издание'). 'требует опубликовать' has an infinitive.",
    ),
    Article(
        id="batch8-fr-01-loup",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "headline-partial-quote", "headline-quote-speaker-in-body", "a-declare",
               "pour-x", "org-speaker", "abbreviation-later", "org-speaker-generic-noun", "partial-quote-infinitive",
               "noun-object-not-a-quote", "unnamed-speaker", "role-noun-unnamed-holder", "selon",
               "partial-in-reported", "cataphora-name-at-end", "role-noun-before-name", "a-estime-que",
               "female-speaker", "role-noun", "role-noun-after-other-speaker", "role-noun-past-same-gender",
               "selon-org", "speaker-after-quote"),
        text=FR_TEXT,
        actors=(
            O("AFI"),
            O(PREFHL),
            P(MON),
            O(FEHL, "FEHL"),
            O(CAHL, "Chambre d'agriculture"),
            O("Loup Vivant"),
            P(CAS),
            P(BRU),
        ),
        quotes=(
            D("bien plus", FEHL, None, None, after=""),
            D("L'État ne laissera pas les éleveurs seuls. Les louvetiers pourront intervenir dès cette nuit", MON, MON,
              "a déclaré"),
            R(f"la mesure arrive «{NB}bien trop tard{NB}»", FEHL, f"la {FEHL}", "Pour"),
            D("bien trop tard", FEHL, f"la {FEHL}", "Pour"),
            D("bien plus", FEHL, "le syndicat", "dit attendre", after=f"attendre «{NB}"),
            D("On compte les cadavres depuis le printemps. Trois exploitations vont arrêter d'ici l'hiver", None,
              "un responsable syndical", "a affirmé"),
            R(f"plusieurs éleveurs envisagent de «{NB}faire justice eux-mêmes{NB}»", None, "le syndicaliste", "Selon"),
            D("faire justice eux-mêmes", None, "le syndicaliste", "Selon"),
            R(f"la préfecture «{NB}gère le loup à la petite semaine{NB}»", BRU,
              "La présidente de la Chambre d'agriculture", "a estimé pour sa part que"),
            D("gère le loup à la petite semaine", BRU, "La présidente de la Chambre d'agriculture",
              "a estimé pour sa part que"),
            R(f"ces tirs sont «{NB}inutiles{NB}», car ils visent des animaux au hasard", "Loup Vivant",
              "L'association Loup Vivant", "juge au contraire que"),
            D("inutiles", "Loup Vivant", "L'association Loup Vivant", "juge au contraire que"),
            D("Les randonneurs ne viennent plus sur le plateau, ils ont peur des chiens de protection", CAS, CAS,
              "a déclaré"),
            R("l'État avait indemnisé 212 attaques l'an dernier dans le département", MON, "La préfète",
              "a rappelé que"),
            R("une brigade spécialisée arrivera lundi", PREFHL, "la préfecture", "Selon"),
            D("Nous demanderons audience au ministre dès la rentrée", BRU, BRU, "a conclu"),
        ),
        notes="The headline's « bien plus » is the breeders' union's phrase from the body (mention and cue null). The "
              "union is named in full with its acronym, then speaks as «le syndicat» ('dit attendre « bien plus »' is "
              "a partial quote after an infinitive) and appears as «La FEHL». The anonymous «responsable syndical» "
              "and «le syndicaliste» after him are null. Cataphora: «La présidente de la Chambre d'agriculture» is "
              "named only in the final line (Odile Brunet). «La préfète» is Monteil after Brunet (another woman) "
              "spoke. The prefecture acts in the lead (an act, not a statement) and speaks through «Selon la "
              "préfecture». 'réclame des tirs' and 'appelle à un rassemblement' have noun objects.",
    ),
    Article(
        id="batch8-de-01-gaspreis",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "backward-attribution", "das-gaben-bekannt", "org-speaker",
               "org-speaker-generic-noun", "sagte", "konjunktiv-no-cue", "cataphora-name-at-end",
               "role-noun-before-name", "pronoun", "named-org-unnamed-spokesman", "one-word-partial",
               "teilte-mit", "shared-surname-no-merge", "female-speaker", "role-noun",
               "role-noun-after-other-speaker", "role-noun-past-same-gender", "infinitive-not-a-quote",
               "betonte", "role-noun-unnamed-holder", "told-outlet", "partial-in-reported", "verwies-darauf",
               "newspaper-in-quotes"),
        text="""\
Stadtwerke Kallbach erhöhen Gaspreis um 18 Prozent

KALLBACH (dpn) – Die Stadtwerke Kallbach erhöhen zum 1. Januar den Gaspreis für rund 21.000 Haushalte und Betriebe um durchschnittlich 18 Prozent. Das gaben die Stadtwerke am Dienstag bekannt.

„Wir haben die Preise gehalten, solange es ging. Die Einkaufskosten für das kommende Jahr liegen aber weit über dem Vorjahr“, sagte Geschäftsführer Bernd Rautenberg. Eine vierköpfige Familie zahle damit rund 340 Euro mehr im Jahr.

Der Rathauschef zeigte sich überrascht. „Von einem Aufschlag in dieser Höhe war im Aufsichtsrat nie die Rede“, sagte er am Mittwoch. Man werde eine Sondersitzung des Gremiums beantragen.

Die Stadtwerke beziehen ihr Gas überwiegend von der Nordgas AG. Ein Sprecher des Konzerns sagte, man habe die Lieferpreise „marktüblich“ angepasst.

Besonders hart trifft die Erhöhung die Bäckerei Hollmann. Das Familienunternehmen mit 14 Filialen teilte auf Anfrage mit, es rechne mit Mehrkosten von rund 60.000 Euro im Jahr. „Wir können das nicht eins zu eins auf die Brötchen umlegen“, sagte Seniorchefin Grete Hollmann. Ihr Sohn Timo Hollmann sieht das anders. „Irgendwann müssen wir die Preise anheben, sonst backen wir nur noch für die Stadtwerke“, sagte der Juniorchef.

Die Verbraucherzentrale Oberkall rät Kunden, die neue Abrechnung genau zu prüfen. Ein Wechsel des Anbieters lohne sich derzeit „nur in Einzelfällen“, sagte Energieberaterin Sabine Kreutz.

Die Seniorchefin betonte am Abend, man werde vorerst keine Filiale schließen.

Das Landratsamt Oberkall teilte mit, die Kommunalaufsicht werde den Beschluss prüfen. Die Behörde habe die Stadtwerke um Unterlagen gebeten. Der Landrat sagte dem „Kallbacher Anzeiger“, er halte den Aufschlag für „schwer vermittelbar“.

Der Geschäftsführer verwies darauf, dass die Kalkulation dem Aufsichtsrat bereits im Oktober vorgelegen habe. „Wir werden jeden Cent dieser Kalkulation sehen wollen“, sagte am Abend Bürgermeister Jens Ohlendorf.
""",
        actors=(
            O("dpn"),
            O(SWK, "Stadtwerke"),
            P(RAUT),
            O(NORD),
            O(BHO),
            P(HOL_G),
            P(HOL_T),
            O(VZO),
            P(KRE),
            O(LRA),
            O("Kallbacher Anzeiger"),
            P(OHL),
        ),
        quotes=(
            R("Die Stadtwerke Kallbach erhöhen zum 1. Januar den Gaspreis für rund 21.000 Haushalte und Betriebe um durchschnittlich 18 Prozent",
              SWK, "die Stadtwerke", "Das gaben"),
            D("Wir haben die Preise gehalten, solange es ging. Die Einkaufskosten für das kommende Jahr liegen aber weit über dem Vorjahr",
              RAUT, RAUT, "sagte"),
            R("Eine vierköpfige Familie zahle damit rund 340 Euro mehr im Jahr", RAUT, None, None),
            D("Von einem Aufschlag in dieser Höhe war im Aufsichtsrat nie die Rede", OHL, "er", "sagte"),
            R("Man werde eine Sondersitzung des Gremiums beantragen", OHL, None, None),
            R("man habe die Lieferpreise „marktüblich“ angepasst", NORD, "Ein Sprecher des Konzerns", "sagte"),
            D("marktüblich", NORD, "Ein Sprecher des Konzerns", "sagte"),
            R("es rechne mit Mehrkosten von rund 60.000 Euro im Jahr", BHO, "Das Familienunternehmen",
              "teilte auf Anfrage mit"),
            D("Wir können das nicht eins zu eins auf die Brötchen umlegen", HOL_G, HOL_G, "sagte"),
            D("Irgendwann müssen wir die Preise anheben, sonst backen wir nur noch für die Stadtwerke", HOL_T,
              "der Juniorchef", "sagte"),
            R("Ein Wechsel des Anbieters lohne sich derzeit „nur in Einzelfällen“", KRE, KRE, "sagte"),
            D("nur in Einzelfällen", KRE, KRE, "sagte"),
            R("man werde vorerst keine Filiale schließen", HOL_G, "Die Seniorchefin", "betonte"),
            R("die Kommunalaufsicht werde den Beschluss prüfen", LRA, "Das Landratsamt Oberkall", "teilte mit"),
            R("Die Behörde habe die Stadtwerke um Unterlagen gebeten", LRA, None, None),
            R("er halte den Aufschlag für „schwer vermittelbar“", None, "Der Landrat", "sagte dem „Kallbacher Anzeiger“"),
            D("schwer vermittelbar", None, "Der Landrat", "sagte dem „Kallbacher Anzeiger“"),
            R("die Kalkulation dem Aufsichtsrat bereits im Oktober vorgelegen habe", RAUT, "Der Geschäftsführer",
              "verwies darauf, dass"),
            D("Wir werden jeden Cent dieser Kalkulation sehen wollen", OHL, OHL, "sagte"),
        ),
        notes="The utility speaks in a backward 'Das gaben die Stadtwerke ... bekannt'; the gas supplier through "
              "'Ein Sprecher des Konzerns' (a named company's unnamed spokesman); the bakery through 'Das "
              "Familienunternehmen'; the district office by name and then in Konjunktiv I as 'Die Behörde' "
              "(continuation, no cue). Cataphora: 'Der Rathauschef' and 'er' are the mayor, named only in the final "
              "line (Jens Ohlendorf); 'Man werde ...' continues him. 'Der Landrat' is never named (null). Grete "
              "Hollmann and her son Timo share a surname and must not be merged (no bare 'Hollmann' is used for a "
              "person). 'Die Seniorchefin' is Grete Hollmann after Kreutz (another woman) spoke; 'Der "
              "Geschäftsführer' is Rautenberg after the mayor, the gas company's spokesman and the Landrat. 'rät "
              "Kunden, ... zu prüfen' has an infinitive.",
    ),
]
