# ruff: noqa: E501
"""Fifth batch (blind): four machine-translated English copies of Russian state-media style, three wire, two
opinion, one Russian, one French, one German (all invented).

Written before reading the rules, after they scored 0.81 speaker accuracy on the frozen part and 0.81 on the
fourth batch blind. Aimed at: Russian-style closing attributions in machine-translated English (`," — said the
representative of the Ministry`, `- said the governor. -` inside one pair of marks), "This was stated by X",
role nouns that carry a speaker ("the representative of the Foreign Ministry", "the diplomat", "the head of the
region", "the General"), a wrong-gender or misspelt surname (Gorshkov for Gorshkova, Zvyagintsov), a relaying
agency, "Mining Minister X", "the city of X" and "Stadt X" as speakers, wire leads attributed at their end
("..., the company said on Tuesday"), "according to a statement from", unnamed sources, speakers in the middle
of a quote, pronouns pointing back past another speaker of the same gender, German "sprach von", "so die X",
Konjunktiv continuations, Russian «...», — рассказал X / — подчеркнула она / напомнил X, French incises.
"""

from check_gold import Article, D, O, P, R

ZVY = "Gennady Zvyagintsev"
MOD = "Ministry of Defense of Russia"
BAR = "Oleg Baranets"
GOR = "Larisa Gorshkova"
RFM = "Russian Foreign Ministry"
HAL = "Petr Halas"
KRE = "Anatoly Kremnev"
SOL = "Irina Solovey"
CAZ = "city administration of Zarechensk"
TKA = "Vadim Tkachuk"
MES = "Ministry of Emergency Situations"
AKH = "Ruslan Akhmetov"
SEV = "Severugol"
NOV = "city of Novogorsk"
ORL = "Dmitry Orlik"
KES = "Kestrel Energy"
LIN = "Marta Lindqvist"
DES = "Department for Energy Supply"
PAT = "Dev Patil"
MER = "Joanne Mercier"
FAR = "Linda Faraday"
TOL = "Greg Toller"
ANS = "Ruth Ansel"
REY = "Camila Reyes"
BWL = "Brightwater Lithium"
SIN = "city of Santa Ines"
VIL = "Tomas Villca"
BRI = "Alan Brisco"
NAI = "Priya Nair"
DOC = "Ian Docherty"
MAG = "Ministry of Agriculture"
OLA = "Stefan Olar"
DOB = "Mihai Dobre"
STA = "Viorel Stanca"
POP = "Adriana Pop"
TSV = "Теплосеть-Север"
GUS = "Павел Гущин"
MIT = "Елена Митрофанова"
LAR = "Сергей Ларин"
MER_RU = "мэрии Северогорска"
PREF = "préfecture des Deux-Vallées"
RIV = "Jean-Marc Rivière"
BER = "Nathalie Bérard"
FAU = "Claude Faure"
HOL = "Stadt Hollfeld"
KUE = "Jens Kühnel"
REU = "Sabine Reuter"
LRA = "Landratsamts Oberau"

ARTICLES = [
    Article(
        id="batch5-en-mt-01-drones",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "backward-attribution", "dash-attribution", "role-noun", "according-to-pronoun",
               "misspelt-surname", "partial-in-reported", "straight-double", "wrote-that"),
        text="""\
Ministry of Defense: air defense systems shot down 14 drones over Kalvinsk region

MOSCOW, 21 October. Air defense systems on duty destroyed 14 unmanned aerial vehicles over the territory of the Kalvinsk region during the night. This was stated at a briefing by the official spokesman for the Ministry of Defense of Russia, major General Gennady Zvyagintsev.

"All targets were intercepted on the approach to the city. There are no casualties among the civilian population," — said the representative of the Ministry.

According to him, the debris of one of the drones fell on the territory of a warehouse, the fire was quickly extinguished.

Governor of the Kalvinsk region Oleg Baranets in his channel wrote that the windows were broken in two residential buildings. "Owners of the damaged apartments will receive compensation within a week," the head of the region promised.

Earlier, the representative of the Ministry of Defence Zvyagintsov said that the attacks of drones on the border regions "have a purely terrorist character". The General stressed that the military "will take all necessary measures".

The Ukrainian side did not comment on the information.
""",
        actors=(
            O(MOD, "Ministry of Defense", "Ministry of Defence"),
            P(ZVY, "Zvyagintsov"),
            P(BAR),
        ),
        quotes=(
            R("air defense systems shot down 14 drones over Kalvinsk region", MOD, "Ministry of Defense", ":"),
            R("Air defense systems on duty destroyed 14 unmanned aerial vehicles over the territory of the Kalvinsk region during the night",
              ZVY, ZVY, "This was stated"),
            D("All targets were intercepted on the approach to the city. There are no casualties among the civilian population,",
              ZVY, "the representative of the Ministry", "— said"),
            R("the debris of one of the drones fell on the territory of a warehouse, the fire was quickly extinguished",
              ZVY, "him", "According to"),
            R("the windows were broken in two residential buildings", BAR, BAR, "wrote that"),
            D("Owners of the damaged apartments will receive compensation within a week,", BAR, "the head of the region",
              "promised"),
            R('the attacks of drones on the border regions "have a purely terrorist character"', ZVY, "Zvyagintsov",
              "said that"),
            D("have a purely terrorist character", ZVY, "Zvyagintsov", "said that"),
            R('the military "will take all necessary measures"', ZVY, "The General", "stressed that"),
            D("will take all necessary measures", ZVY, "The General", "stressed that"),
        ),
        notes="The ministry's spokesman is named once, then 'the representative of the Ministry', 'him', a misspelt "
              "'Zvyagintsov' and 'The General'; the governor speaks in between ('the head of the region').",
    ),
    Article(
        id="batch5-en-mt-02-visas",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-partial-quote", "backward-attribution", "dash-attribution", "female-speaker", "pronoun",
               "wrong-gender-surname", "as-noted-by", "role-noun-after-other-speaker", "told-outlet",
               "partial-in-reported", "partial-quote-noun-object", "noun-object-not-a-quote"),
        text="""\
Foreign Ministry promised a "mirror response" to the refusal of visas to Russian journalists

MOSCOW, 4 April. Moscow will respond to the refusal of the Virmanian authorities to issue visas to Russian journalists accredited to the summit. This was stated at a weekly briefing by the official spokeswoman for the Russian Foreign Ministry Larisa Gorshkova.

"We regard this as a direct violation of the obligations that the host country has taken. Our response will be mirror," — said Gorshkova.

She noted that the ministry had sent a note to the embassy of Virmania, but had not received an answer yet.

Earlier, the Virmanian ambassador in Moscow, Petr Halas, told the newspaper Vecherny Kurier that the decision was taken "not in the capital, but by the consular service" and that the visas could still be issued.

The representative of the Foreign Ministry called these explanations "unconvincing". "If the question is technical, let them solve it in a day. We have been waiting for a month," the diplomat stressed.

As noted by Gorshkov, the Russian side reserves the right to restrict the work of Virmanian media in Russia.

The Union of Journalists of Russia has already appealed to the organizers of the summit.
""",
        actors=(
            O(RFM, "Foreign Ministry"),
            P(GOR, "Gorshkova", "Gorshkov"),
            P(HAL),
            O("Vecherny Kurier"),
            O("Union of Journalists of Russia"),
        ),
        quotes=(
            D("mirror response", RFM, "Foreign Ministry", "promised"),
            R("Moscow will respond to the refusal of the Virmanian authorities to issue visas to Russian journalists accredited to the summit",
              GOR, GOR, "This was stated"),
            D("We regard this as a direct violation of the obligations that the host country has taken. Our response will be mirror,",
              GOR, "Gorshkova", "— said"),
            R("the ministry had sent a note to the embassy of Virmania, but had not received an answer yet", GOR, "She",
              "noted that"),
            R('the decision was taken "not in the capital, but by the consular service" and that the visas could still be issued',
              HAL, HAL, "told the newspaper Vecherny Kurier that"),
            D("not in the capital, but by the consular service", HAL, HAL, "told the newspaper Vecherny Kurier that"),
            D("unconvincing", GOR, "The representative of the Foreign Ministry", "called"),
            D("If the question is technical, let them solve it in a day. We have been waiting for a month,", GOR,
              "the diplomat", "stressed"),
            R("the Russian side reserves the right to restrict the work of Virmanian media in Russia", GOR, "Gorshkov",
              "As noted by"),
        ),
        notes="'the diplomat' is Gorshkova (the subject of the paragraph) although the ambassador, a diplomat too, "
              "spoke before her. 'Gorshkov' is a machine-translation wrong-gender form of her name.",
    ),
    Article(
        id="batch5-en-mt-03-tram-depot",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("lead-attribution-at-end", "interrupted-quote-dash", "role-noun", "according-to-pronoun", "female-speaker",
               "org-speaker", "city-administration", "noun-object-not-a-quote", "pronoun", "partial-in-reported"),
        text="""\
In Zarechensk, the construction of a new tram depot will begin in spring

ZARECHENSK, 17 February. The construction of a tram depot for 60 cars will begin in Zarechensk in April, the governor of the Verkhnedolsk region Anatoly Kremnev said during a working trip.

"The project has passed the examination, money is in the budget, - said the governor. - The contractor will be determined by the end of March."

The mayor of Zarechensk Irina Solovey, who accompanied the head of the region, clarified that the old depot on Zavodskaya street will work until the new one is opened. According to her, the city will buy 20 new cars in the next two years.

"People have been waiting for normal trams for fifteen years. We cannot disappoint them again," the mayor added.

The city administration of Zarechensk also reported that the route network will be revised after the opening of the depot.

Deputy of the city Duma Vadim Tkachuk doubted the realism of the deadlines. "Five years ago we were promised the same," he recalled. Kremnev replied that this time the financing is "guaranteed by the region".
""",
        actors=(
            P(KRE, "Kremnev"),
            P(SOL),
            O(CAZ),
            P(TKA),
        ),
        quotes=(
            R("The construction of a tram depot for 60 cars will begin in Zarechensk in April", KRE, KRE, "said"),
            D("The project has passed the examination, money is in the budget,", KRE, "the governor", "- said"),
            D("The contractor will be determined by the end of March.", KRE, "the governor", "- said"),
            R("the old depot on Zavodskaya street will work until the new one is opened", SOL, SOL, "clarified that"),
            R("the city will buy 20 new cars in the next two years", SOL, "her", "According to"),
            D("People have been waiting for normal trams for fifteen years. We cannot disappoint them again,", SOL,
              "the mayor", "added"),
            R("the route network will be revised after the opening of the depot", CAZ, CAZ, "also reported that"),
            D("Five years ago we were promised the same,", TKA, "he", "recalled"),
            R('this time the financing is "guaranteed by the region"', KRE, "Kremnev", "replied that"),
            D("guaranteed by the region", KRE, "Kremnev", "replied that"),
        ),
        notes="The governor's quote is interrupted inside one pair of marks by '- said the governor. -'. "
              "'doubted the realism of the deadlines' has a noun object.",
    ),
    Article(
        id="batch5-en-mt-04-mine-flood",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "press-service-of-org", "agency-relay", "mining-minister", "role-noun",
               "org-speaker", "said-in-a-statement", "city-of-x", "told-the-agency", "name-in-marks",
               "noun-object-not-a-quote"),
        text="""\
Rescuers found the last two miners in the flooded mine "Severnaya-2"

NOVOGORSK, 9 June. /Infopress/. Rescuers found alive the last two miners who remained underground after the flooding of the mine "Severnaya-2" in the Novogorsk region. This was reported to Infopress by the press service of the republican Ministry of Emergency Situations.

"The miners were in a dead-end working where the water did not reach. They are conscious and are being examined by doctors," the agency was told by the press service.

Mining Minister of the Republic Ruslan Akhmetov, who arrived at the scene, said that the mine will remain closed until the end of the investigation. "Nobody will go down until we understand why the pumps failed," the minister said.

The owner of the mine, the company Severugol, said in a statement that it will pay each of the rescued 500 thousand rubles. The company's general director Konstantin Lyubimov has not yet commented on the incident.

The city of Novogorsk said it would declare three days of mourning for the four miners who died on Monday. As the mayor of the city Dmitry Orlik told the agency, the families of the victims will receive apartments.

Earlier, the trade union of miners demanded a check of all mines of the region.
""",
        actors=(
            O("Infopress"),
            O(MES),
            P(AKH),
            O(SEV),
            P("Konstantin Lyubimov"),
            O(NOV),
            P(ORL),
        ),
        quotes=(
            R('Rescuers found alive the last two miners who remained underground after the flooding of the mine "Severnaya-2" in the Novogorsk region',
              MES, "the press service of the republican Ministry of Emergency Situations", "This was reported"),
            D("The miners were in a dead-end working where the water did not reach. They are conscious and are being examined by doctors,",
              MES, "the press service", "the agency was told by"),
            R("the mine will remain closed until the end of the investigation", AKH, AKH, "said that"),
            D("Nobody will go down until we understand why the pumps failed,", AKH, "the minister", "said"),
            R("it will pay each of the rescued 500 thousand rubles", SEV, SEV, "said in a statement that"),
            R("it would declare three days of mourning for the four miners who died on Monday", NOV,
              "The city of Novogorsk", "said"),
            R("the families of the victims will receive apartments", ORL, ORL, "told the agency"),
        ),
        notes="The agency Infopress relays the ministry's press service; it is not the speaker. The mine's name is in "
              "marks. 'has not yet commented' and 'demanded a check' are not quotes.",
    ),
    Article(
        id="batch5-en-wire-01-refinery",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "told-analysts", "pronoun", "according-to-statement", "org-speaker",
               "named-org-unnamed-spokesman-declined", "partial-quote-noun-object", "interrupted-by-said",
               "unnamed-speaker", "told-outlet", "credits-line"),
        text="""\
Kestrel Energy to shut Harlow refinery, cut 600 jobs

LONDON, March 12 (Norwire) - Kestrel Energy will close its Harlow refinery by the end of next year and cut about 600 jobs, the company said on Tuesday, blaming falling demand for diesel and the cost of upgrading the 50-year-old plant.

"This was a difficult decision, but the numbers simply do not add up," Chief Executive Marta Lindqvist told analysts on a conference call. She said Kestrel would import fuel through the Harlow terminal instead.

The plant processes about 120,000 barrels per day, according to a statement from the company.

The Department for Energy Supply said it had been informed of the decision in advance and was working with the company to secure supply. A department spokesman declined to comment on whether the government had offered financial support.

The Unite-North union called the closure "an act of industrial vandalism." Regional organiser Dev Patil said workers had learned of the plan from the media. "Nobody picked up the phone," Patil said. "Not once."

Two sources familiar with the matter told Norwire that Kestrel had held talks with at least one potential buyer, a trading house, but that the talks collapsed in January.

Kestrel shares rose 3.1 percent by 1130 GMT.

(Reporting by Sian Howell; Editing by Mark Dwyer)
""",
        actors=(
            O("Norwire"),
            O(KES, "Kestrel"),
            P(LIN),
            O(DES),
            O("Unite-North"),
            P(PAT, "Patil"),
            P("Sian Howell"),
            P("Mark Dwyer"),
        ),
        quotes=(
            R("Kestrel Energy will close its Harlow refinery by the end of next year and cut about 600 jobs", KES,
              "the company", "said on Tuesday"),
            D("This was a difficult decision, but the numbers simply do not add up,", LIN, LIN, "told analysts"),
            R("Kestrel would import fuel through the Harlow terminal instead", LIN, "She", "said"),
            R("The plant processes about 120,000 barrels per day", KES, "the company", "according to a statement from"),
            R("it had been informed of the decision in advance and was working with the company to secure supply", DES,
              DES, "said"),
            D("an act of industrial vandalism.", "Unite-North", "The Unite-North union", "called"),
            R("workers had learned of the plan from the media", PAT, PAT, "said"),
            D("Nobody picked up the phone,", PAT, "Patil", "said"),
            D("Not once.", PAT, "Patil", "said"),
            R("Kestrel had held talks with at least one potential buyer, a trading house, but that the talks collapsed in January",
              None, "Two sources familiar with the matter", "told Norwire that"),
        ),
        notes="The lead is attributed at its end. 'declined to comment on whether' is not a statement.",
    ),
    Article(
        id="batch5-en-wire-02-nurses",
        split="dev",
        lang="en",
        style="wire",
        cases=("said-x-apposition", "two-women-alternating", "pronoun", "pronoun-across-paragraph", "partial-in-reported",
               "told-reporters", "noun-object-not-a-quote", "surname-only"),
        text="""\
Nurses' strike enters second week as talks stall

BRENTFORD, Ont. (Canpress) — Nurses at three Brentford hospitals stayed off the job for an eighth day Wednesday after weekend talks broke down, with both sides blaming the other.

"We are not asking for the moon. We are asking for enough staff to keep patients safe," said Joanne Mercier, president of the Brentford Nurses Association, outside the main hospital.

Mercier said the union had cut its wage demand by half but the hospital group "didn't move an inch."

Hospital group chief executive Linda Faraday disputed that account. In a statement Tuesday night, she said the employer had offered a 9 percent raise over three years and 40 new positions.

"The offer is on the table and it is a good one," Faraday said. She added that surgeries would continue to be postponed until the strike ends.

Mercier, a nurse for 22 years, said members would vote on Friday on whether to accept binding arbitration. She said she expected "a very clear answer."

Provincial Health Minister Greg Toller told reporters he would not intervene "for now." Patients' advocate Ruth Ansel said the delays were becoming dangerous.
""",
        actors=(
            O("Canpress"),
            P(MER, "Mercier"),
            O("Brentford Nurses Association"),
            P(FAR, "Faraday"),
            P(TOL),
            P(ANS),
        ),
        quotes=(
            D("We are not asking for the moon. We are asking for enough staff to keep patients safe,", MER, MER, "said"),
            R('the union had cut its wage demand by half but the hospital group "didn\'t move an inch."', MER, "Mercier",
              "said"),
            D("didn't move an inch.", MER, "Mercier", "said"),
            R("the employer had offered a 9 percent raise over three years and 40 new positions", FAR, "she", "said"),
            D("The offer is on the table and it is a good one,", FAR, "Faraday", "said"),
            R("surgeries would continue to be postponed until the strike ends", FAR, "She", "added that"),
            R("members would vote on Friday on whether to accept binding arbitration", MER, "Mercier", "said"),
            R('she expected "a very clear answer."', MER, "She", "said"),
            D("a very clear answer.", MER, "She", "said"),
            R('he would not intervene "for now."', TOL, TOL, "told reporters"),
            D("for now.", TOL, TOL, "told reporters"),
            R("the delays were becoming dangerous", ANS, ANS, "said"),
        ),
        notes="Two women alternate; each 'she' points at the subject of its sentence or paragraph.",
    ),
    Article(
        id="batch5-en-wire-03-lithium",
        split="dev",
        lang="en",
        style="wire",
        cases=("mining-minister", "speaker-in-middle", "pronoun", "said-in-a-statement", "partial-in-reported",
               "city-of-x", "lead-attribution-at-end", "document-not-a-quote", "whole-clause-is-direct-quote"),
        text="""\
Andoria suspends lithium licence after protest in Valle Seco

SANTA INES, May 5 (Norwire) - Andoria's government on Friday suspended the exploration licence of Canadian miner Brightwater Lithium in the Valle Seco basin, days after residents blocked the only road to the site.

"There will be no mining in Valle Seco without the consent of the people who live there," Mining Minister Camila Reyes told a news conference. "We will not sign anything," she said, "until the water study is finished."

Brightwater said in a statement it was "surprised and disappointed" by the decision and would seek talks with the ministry. The company has spent about $40 million on the project, according to its latest annual report.

The city of Santa Ines, which depends on the basin for its drinking water, welcomed the move. Water levels in the aquifer have fallen by a third since 2015, the city said.

Mayor Tomas Villca, who joined the blockade last week, said residents would keep a camp near the road. "We trust the minister, but we have been lied to before," he said.

Reyes, asked whether the licence could be cancelled outright, said that "all options are open."
""",
        actors=(
            O("Norwire"),
            O(BWL, "Brightwater"),
            P(REY, "Reyes"),
            O(SIN),
            P(VIL),
        ),
        quotes=(
            D("There will be no mining in Valle Seco without the consent of the people who live there,", REY, REY,
              "told a news conference"),
            D("We will not sign anything,", REY, "she", "said"),
            D("until the water study is finished.", REY, "she", "said"),
            R('it was "surprised and disappointed" by the decision and would seek talks with the ministry', BWL,
              "Brightwater", "said in a statement"),
            D("surprised and disappointed", BWL, "Brightwater", "said in a statement"),
            R("Water levels in the aquifer have fallen by a third since 2015", SIN, "the city", "said"),
            R("residents would keep a camp near the road", VIL, VIL, "said"),
            D("We trust the minister, but we have been lied to before,", VIL, "he", "said"),
            D("all options are open.", REY, "Reyes", "said that"),
        ),
        notes="'according to its latest annual report' attributes a fact to a document. The last that-clause is one "
              "direct quote.",
    ),
    Article(
        id="batch5-en-op-01-bridge",
        split="dev",
        lang="en",
        style="opinion",
        cases=("byline", "partial-quote-noun-object", "scare-quotes", "partial-in-reported", "unnamed-speaker",
               "mocking-paraphrase", "indirect-question", "wrote", "argues-that", "told-me"),
        text="""\
The minister's bridge to nowhere

By Harriet Cole

When Transport Minister Alan Brisco stood on the riverbank last spring and promised a "bridge for the next hundred years," few of us asked who would pay for it. We should have.

The so-called "fast-track plan" has now tripled in cost. Brisco insists that the overrun is "the price of doing things properly." His own officials seem less sure. One of them told this newspaper, on condition of anonymity, that nobody in the ministry had read the geological survey before the contract was signed.

The opposition has had its fun. Civic Party spokeswoman Priya Nair called the project "a monument to vanity," which is a good line but not an argument. When I asked her what she would do instead, she said she would "pause, review and rebuild trust," which around here means nothing at all.

The engineers are more candid. "The ground under the southern pier is basically wet sand," Professor Ian Docherty of Kelvin University wrote in a letter to the committee. He argues that the design should have been changed two years ago.

Brisco, to his credit, has not hidden. "I made a promise and I will keep it," he told me last week. He probably means it. I am less sure the river cares.
""",
        actors=(
            P("Harriet Cole"),
            P(BRI, "Brisco"),
            O("Civic Party"),
            P(NAI),
            P(DOC),
            O("Kelvin University"),
        ),
        quotes=(
            D("bridge for the next hundred years,", BRI, BRI, "promised"),
            R('the overrun is "the price of doing things properly."', BRI, "Brisco", "insists that"),
            D("the price of doing things properly.", BRI, "Brisco", "insists that"),
            R("nobody in the ministry had read the geological survey before the contract was signed", None,
              "One of them", "told this newspaper"),
            D("a monument to vanity,", NAI, NAI, "called"),
            R('she would "pause, review and rebuild trust,"', NAI, "she", "said"),
            D("pause, review and rebuild trust,", NAI, "she", "said"),
            D("The ground under the southern pier is basically wet sand,", DOC, DOC, "wrote"),
            R("the design should have been changed two years ago", DOC, "He", "argues that"),
            D("I made a promise and I will keep it,", BRI, "he", "told me"),
        ),
        notes="'fast-track plan' is a scare quote; 'asked her what she would do' an indirect question.",
    ),
    Article(
        id="batch5-en-op-02-orchards",
        split="dev",
        lang="en",
        style="opinion",
        cases=("told-me", "pronoun-past-other-man", "org-speaker-generic-noun", "partial-in-reported",
               "believes-that", "as-she-put-it", "present-tense-says", "negated-not-a-quote"),
        text="""\
Why our farmers stopped believing the ministry

Every autumn the Ministry of Agriculture announces a new programme for small farms. Every spring the small farms are fewer.

Take Stefan Olar, who grows apples on twelve hectares outside Dobrin. "I filled in the subsidy forms three times," he told me over coffee in his kitchen. "Three times they were lost." His neighbour, Mihai Dobre, has given up entirely and now drives a taxi in the capital. He says the paperwork alone cost him a month's income.

Deputy Minister Viorel Stanca sees it differently. His ministry says the programme has been "a success by every measure." Stanca himself told parliament in June that 4,000 farms had received support, though he did not say how many had closed.

The economist Adriana Pop, who has studied the programme for the Institute for Rural Policy, believes that the money mostly went to large holdings. "The forms are written for companies with accountants," she argues. As she put it to me, "a man with an orchard does not have a compliance department."

Olar laughs when I read him the minister's figures. "Come and count the farms on my road," he says. He is not joking.
""",
        actors=(
            O(MAG),
            P(OLA, "Olar"),
            P(DOB),
            P(STA, "Stanca"),
            P(POP),
            O("Institute for Rural Policy"),
        ),
        quotes=(
            D("I filled in the subsidy forms three times,", OLA, "he", "told me"),
            D("Three times they were lost.", OLA, "he", "told me"),
            R("the paperwork alone cost him a month's income", DOB, "He", "says"),
            R('the programme has been "a success by every measure."', MAG, "His ministry", "says"),
            D("a success by every measure.", MAG, "His ministry", "says"),
            R("4,000 farms had received support", STA, "Stanca", "told parliament in June that"),
            R("the money mostly went to large holdings", POP, POP, "believes that"),
            D("The forms are written for companies with accountants,", POP, "she", "argues"),
            D("a man with an orchard does not have a compliance department.", POP, "she", "put it"),
            D("Come and count the farms on my road,", OLA, "he", "says"),
        ),
        notes="'He says' points at Dobre, the subject just named, not at Olar who spoke before. 'His ministry' is "
              "the Ministry of Agriculture named in the first paragraph.",
    ),
    Article(
        id="batch5-ru-01-hot-water",
        split="dev",
        lang="ru",
        style="wire",
        cases=("guillemets", "ob-etom-soobshchili", "press-service-of-org", "dash-attribution", "pronoun",
               "dash-inside-quote", "female-speaker", "lead-attribution-at-end", "po-slovam", "role-noun",
               "soobshchili-v-merii", "company-name-in-quotes"),
        text="""\
В Северогорске на неделю отключат горячую воду

СЕВЕРОГОРСК, 3 июня. Горячую воду в трёх районах Северогорска отключат с 10 по 17 июня из-за ремонта магистрального трубопровода. Об этом сообщили в пресс-службе компании «Теплосеть-Север».

«Трубе больше сорока лет, её латали каждый год. В этот раз мы меняем участок целиком», — рассказал главный инженер предприятия Павел Гущин.

Он отметил, что график может сдвинуться, если подрядчик не успеет получить трубы.

Глава Северогорска Елена Митрофанова заявила, что городские власти потребуют от компании соблюдать сроки. «Неделя — это максимум. Люди не должны мыться из тазика весь июнь», — подчеркнула она.

В прошлом году ремонт затянулся на три недели, напомнил депутат городской думы Сергей Ларин. По словам парламентария, компания тогда заплатила лишь символический штраф.

«Штраф был по договору, мы его не выбирали», — возразил Гущин.

Жителям рекомендуют заранее запастись водой, сообщили в мэрии Северогорска.
""",
        actors=(
            O(TSV),
            P(GUS, "Гущин"),
            P(MIT),
            P(LAR),
            O(MER_RU),
        ),
        quotes=(
            R("Горячую воду в трёх районах Северогорска отключат с 10 по 17 июня из-за ремонта магистрального трубопровода",
              TSV, "пресс-службе компании", "Об этом сообщили"),
            D("Трубе больше сорока лет, её латали каждый год. В этот раз мы меняем участок целиком", GUS, GUS,
              "— рассказал"),
            R("график может сдвинуться, если подрядчик не успеет получить трубы", GUS, "Он", "отметил, что"),
            R("городские власти потребуют от компании соблюдать сроки", MIT, MIT, "заявила, что"),
            D("Неделя — это максимум. Люди не должны мыться из тазика весь июнь", MIT, "она", "— подчеркнула"),
            R("В прошлом году ремонт затянулся на три недели", LAR, LAR, "напомнил"),
            R("компания тогда заплатила лишь символический штраф", LAR, "парламентария", "По словам"),
            D("Штраф был по договору, мы его не выбирали", GUS, "Гущин", "— возразил"),
            R("Жителям рекомендуют заранее запастись водой", MER_RU, MER_RU, "сообщили в"),
        ),
        notes="The company speaks through its press service, then its chief engineer; the mayor's quote has a dash of "
              "its own inside the marks.",
    ),
    Article(
        id="batch5-fr-01-peche",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-spaces", "lead-attribution-at-end", "org-speaker", "selon-org", "interrupted-quote",
               "incise", "female-speaker", "pronoun", "partial-quote", "d-apres-pronoun", "noun-object-not-a-quote"),
        text="""\
Pollution de la Sèvre : la préfecture interdit la pêche sur vingt kilomètres

NIORT-SUR-SÈVRE, 14 août (AFI) - La pêche est interdite jusqu'à nouvel ordre sur un tronçon de vingt kilomètres de la Sèvre après une importante mortalité de poissons, a indiqué mardi la préfecture des Deux-Vallées.

« Nous avons retrouvé plus de deux tonnes de poissons morts depuis samedi », a déclaré à l'AFI le président de la fédération de pêche, Jean-Marc Rivière. « C'est une catastrophe, a-t-il ajouté, et ce n'est pas la première. »

Selon la préfecture, des analyses sont en cours pour déterminer l'origine de la pollution. Une laiterie située en amont, la société Lactalpes, a démenti toute responsabilité.

« Nos rejets sont contrôlés chaque semaine et tous les résultats sont conformes », a assuré sa directrice, Nathalie Bérard. Elle a précisé que l'entreprise avait transmis ses relevés aux services de l'État.

Le maire de Saint-Aubin, Claude Faure, s'est dit « en colère ». D'après lui, les riverains signalent des odeurs depuis le mois de juin. « Personne ne nous a écoutés », a-t-il déploré.
""",
        actors=(
            O("AFI"),
            O(PREF),
            P(RIV),
            O("Lactalpes"),
            P(BER),
            P(FAU),
        ),
        quotes=(
            R("La pêche est interdite jusqu'à nouvel ordre sur un tronçon de vingt kilomètres de la Sèvre après une importante mortalité de poissons",
              PREF, PREF, "a indiqué"),
            D("Nous avons retrouvé plus de deux tonnes de poissons morts depuis samedi", RIV, RIV, "a déclaré"),
            D("C'est une catastrophe,", RIV, "il", "a-t-il ajouté"),
            D("et ce n'est pas la première.", RIV, "il", "a-t-il ajouté"),
            R("des analyses sont en cours pour déterminer l'origine de la pollution", PREF, "la préfecture", "Selon"),
            D("Nos rejets sont contrôlés chaque semaine et tous les résultats sont conformes", BER, BER, "a assuré"),
            R("l'entreprise avait transmis ses relevés aux services de l'État", BER, "Elle", "a précisé que"),
            D("en colère", FAU, FAU, "s'est dit"),
            R("les riverains signalent des odeurs depuis le mois de juin", FAU, "lui", "D'après"),
            D("Personne ne nous a écoutés", FAU, "il", "a-t-il déploré"),
        ),
        notes="The prefecture speaks at the end of the lead and through 'Selon la préfecture'; 'a démenti toute "
              "responsabilité' has a noun object.",
    ),
    Article(
        id="batch5-de-01-freibad",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "headline-partial-quote", "headline-quote-speaker-in-body", "sagte-inversion",
               "konjunktiv-no-cue", "sprach-von", "so-die-x", "stadt-x-speaker", "teilte-mit", "erklaerte-er",
               "continuation-quote-no-cue", "named-org-unnamed-spokesman", "noun-object-not-a-quote"),
        text="""\
Stadt Hollfeld sperrt Freibad – Fördervereins-Chefin spricht von „Wortbruch“

HOLLFELD (dpn) – Das Freibad in Hollfeld bleibt in diesem Sommer geschlossen. Die Stadt Hollfeld begründete die Entscheidung am Montag mit einem Schaden an der Filteranlage. Eine Reparatur würde mindestens 400.000 Euro kosten, teilte die Stadt mit.

„Wir können das Geld nicht herbeizaubern“, sagte Bürgermeister Jens Kühnel. Man suche aber nach Fördermitteln und hoffe auf eine Öffnung im nächsten Jahr.

Die Vorsitzende des Fördervereins, Sabine Reuter, sprach von einem „Wortbruch“. Noch im Februar habe der Bürgermeister eine Öffnung zugesagt. „Die Kinder in Hollfeld lernen nicht mehr schwimmen“, sagte Reuter. Der Verein habe 1.200 Unterschriften gesammelt, so die Vorsitzende.

Kühnel wies den Vorwurf zurück. Die Filteranlage sei erst im April ausgefallen, erklärte er. „Das konnte im Februar niemand wissen.“

Ein Sprecher des Landratsamts Oberau sagte, der Kreis könne keinen Zuschuss zahlen. Die Schwimmkurse sollen nun im Hallenbad der Nachbargemeinde stattfinden, kündigte die Stadt an.
""",
        actors=(
            O("dpn"),
            O(HOL),
            P(KUE, "Kühnel"),
            P(REU, "Reuter"),
            O(LRA),
        ),
        quotes=(
            D("Wortbruch", REU, "Fördervereins-Chefin", "spricht von", after="Fördervereins-Chefin spricht von"),
            R("Eine Reparatur würde mindestens 400.000 Euro kosten", HOL, "die Stadt", "teilte"),
            D("Wir können das Geld nicht herbeizaubern", KUE, KUE, "sagte"),
            R("Man suche aber nach Fördermitteln und hoffe auf eine Öffnung im nächsten Jahr", KUE, None, None),
            D("Wortbruch", REU, REU, "sprach von", after="sprach von einem"),
            R("Noch im Februar habe der Bürgermeister eine Öffnung zugesagt", REU, None, None),
            D("Die Kinder in Hollfeld lernen nicht mehr schwimmen", REU, "Reuter", "sagte"),
            R("Der Verein habe 1.200 Unterschriften gesammelt", REU, "die Vorsitzende", "so"),
            R("Die Filteranlage sei erst im April ausgefallen", KUE, "er", "erklärte"),
            D("Das konnte im Februar niemand wissen.", KUE, None, None),
            R("der Kreis könne keinen Zuschuss zahlen", LRA, "Ein Sprecher des Landratsamts Oberau", "sagte"),
            R("Die Schwimmkurse sollen nun im Hallenbad der Nachbargemeinde stattfinden", HOL, "die Stadt", "kündigte"),
        ),
        notes="The town speaks as 'die Stadt' after being named 'Stadt Hollfeld'. Two Konjunktiv I sentences and a "
              "cue-less direct quote carry on the previous speaker. 'begründete ... mit' and 'wies den Vorwurf "
              "zurück' are not quotes.",
    ),
]
