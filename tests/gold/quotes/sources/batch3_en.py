# ruff: noqa: E501
"""Third batch: English wire copy, machine-translated state-media copy and opinion pieces (all invented).

Written after the quote rules had been tuned on the first two batches' ``dev/``, without reading the rules
or any frozen file, and aimed at speaker resolution as it happens in real press: a pronoun whose antecedent
is two sentences back with another person of the same gender in between, "the official" / "the minister" /
"the diplomat" / "the deputy" pointing back past other speakers, speakers introduced only after their quote,
two people from one organisation, an organisation's statement followed by its spokesperson, unnamed sources
between named speakers, quotes inside quotes, headline quotes whose speaker is only in the body, paragraph-long
continuation quotes with no cue, "told [outlet]", "wrote on Telegram", "said in a video address".
"""

from check_gold import Article, D, O, P, R

# en-wire-26
PTA = "Port Tarrin Authority"
KALN = "Ruta Kalniete"
KELM = "Arvydas Kelmelis"
SAALE = "Henrik Saale"
TCT = "Tarrin Container Terminals"
OYEL = "Marta Oyelowo"
VAIT = "Jonas Vaitkus"
DWF = "Dockworkers' Federation"
# en-wire-27
DOBRO = "Irena Dobrovolska"
LIND = "Tomas Lindqvist"
KARA = "Selim Karadağ"
PETH = "Aleksandra Petrović-Hale"
VUK = "Dragan Vukić"
OES = "Organisation for Electoral Standards"
# en-wire-28
HADD = "Youssef Haddad"
MARCH = "Hélène Marchand"
VOSS = "Vossberg Chemicals"
KUHL = "Rainer Kühl"
LIU = "Liu Wenqing"
SAF = "Sarvennes Anglers' Federation"
# en-wire-29
KGRID = "Korvath Grid"
AKSOY = "Zeynep Aksoy"
HRON = "Pavel Hronek"
TOPR = "Emre Toprak"
OCAK = "Levent Ocaklı"
REC = "Regional Energy Community"
# en-mt-30
VMFA = "Ministry of Foreign Affairs of Valdoria"
SOKO = "Yelena Sokolovskaya"
TKACH = "Oleg Tkachenko"
LSSD = "Lutavian State Security Department"
MAZ = "Irina Mazurova"
GLEB = "Roman Glebov"
# en-mt-31
ADMV = "administration of Verkhnedolsk"
STAR = "Mikhail Starovoitov"
LYAL = "Gennady Lyalin"
PROK = "prosecutor's office of the Verkhnedolsk region"
KRAV = "Andrei Kravets"
# en-mt-32
MAGR = "Ministry of Agriculture of Valdoria"
LEB = "Oksana Lebedeva"
SHUB = "Viktor Shubin"
ZLOB = "Arkady Zlobin"
GAZ = "Ruslan Gaziev"
# en-mt-33
GURT = "Vadim Gurtovoy"
YUG = "Yugenergoset"
DEMEN = "Alla Dementyeva"
MODV = "Ministry of Defence of Valdoria"
KORN = "Svetlana Kornilova"
SYS = "Nikolai Sysoev"
# en-op-09
BRANDT = "Walter Brandt"
NBL = "Nordbahn Lorvania"
VOLL = "Katrin Vollmer"
AYSE = "Ayşe Demir"
# en-op-10
BELH = "Karim Belhadj"
LANT = "Lantern Homes"
WANG = "Wang Lixia"
HOLUB = "Radek Holub"
KALT = "Ernst Kaltenbach"

ARTICLES = [
    Article(
        id="en-wire-26-port-strike",
        split="dev",
        lang="en",
        style="wire",
        cases=("headline-quote", "headline-quote-speaker-in-body", "straight-single", "straight-double",
               "lead-attribution-at-end", "backward-attribution", "said-in-a-statement", "org-speaker",
               "org-then-spokesperson", "spokesperson-for-org", "told-agency", "pronoun", "female-speaker",
               "two-speakers-same-org", "unnamed-speaker", "unnamed-between-named", "role-noun",
               "role-noun-after-other-speaker", "split-quote-continuation", "partial-in-reported",
               "noun-object-not-a-quote", "byline-credits"),
        text="""\
'We asked on day one': Lorvanian dockworkers dig in as port strike enters second week

By Ines Kowalczyk

PORT TARRIN, Lorvania, March 12 (Northline) - A strike by dockworkers at Lorvania's largest container port entered its second week on Thursday with no talks scheduled, leaving more than 40 ships waiting at anchor, the port authority said.

"Every day the cranes stand still costs this country about 9 million euros in lost trade," the Port Tarrin Authority said in a statement. "The damage to our reputation with shipping lines will last much longer."

Ruta Kalniete, a spokeswoman for the authority, said the figure included fees that could not be collected from waiting ships. "We are not trying to frighten anyone. These are simply the numbers," she told Northline.

The Dockworkers' Federation, which represents about 3,000 workers at the port, wants a 12 percent pay rise and limits on night shifts. Its chairman, Arvydas Kelmelis, said the operator had not made a new offer since February.

"They talk about losses as if we had caused them," Kelmelis told a rally outside the main gate. "We asked for a meeting on the first day. We are still waiting for an answer."

Two people familiar with the matter said the government had asked both sides to accept mediation by a retired judge, but the operator wanted the strike suspended first. One of them said the labour ministry was preparing a draft decree that could order workers back for 30 days.

Labour Minister Henrik Saale declined to confirm the draft. "I want an agreement, not a decree," the minister said at a news conference in Amsel. He said he would meet Kelmelis on Monday.

Tarrin Container Terminals, the private company that runs two of the port's three terminals, said its offer of 6 percent over two years "remains on the table." Its chief executive, Marta Oyelowo, said the company could not pay more without raising handling fees.

The federation's deputy chairman, Jonas Vaitkus, said members would vote on Saturday on extending the strike to the smaller port of Nellhaven. He said he expected "an overwhelming yes."

Freight rates on routes to Lorvania rose for a sixth straight day, brokers said.

(Editing by Paolo Renzetti)
""",
        actors=(
            P("Ines Kowalczyk"),
            O("Northline"),
            O(PTA),
            P(KALN),
            O(DWF),
            P(KELM, "Kelmelis"),
            P(SAALE),
            O(TCT),
            P(OYEL),
            P(VAIT),
            P("Paolo Renzetti"),
        ),
        quotes=(
            D("We asked on day one", KELM, None, None),
            R("A strike by dockworkers at Lorvania's largest container port entered its second week on Thursday with no talks scheduled, leaving more than 40 ships waiting at anchor",
              PTA, "the port authority", "said"),
            D("Every day the cranes stand still costs this country about 9 million euros in lost trade,", PTA, PTA,
              "said in a statement"),
            D("The damage to our reputation with shipping lines will last much longer.", PTA, PTA, "said in a statement"),
            R("the figure included fees that could not be collected from waiting ships", KALN, KALN, "said"),
            D("We are not trying to frighten anyone. These are simply the numbers,", KALN, "she", "told"),
            R("the operator had not made a new offer since February", KELM, KELM, "said"),
            D("They talk about losses as if we had caused them,", KELM, "Kelmelis", "told"),
            D("We asked for a meeting on the first day. We are still waiting for an answer.", KELM, "Kelmelis", "told"),
            R("the government had asked both sides to accept mediation by a retired judge, but the operator wanted the strike suspended first",
              None, "Two people familiar with the matter", "said"),
            R("the labour ministry was preparing a draft decree that could order workers back for 30 days", None,
              "One of them", "said"),
            D("I want an agreement, not a decree,", SAALE, "the minister", "said"),
            R("he would meet Kelmelis on Monday", SAALE, "He", "said"),
            R('its offer of 6 percent over two years "remains on the table."', TCT, TCT, "said"),
            D("remains on the table.", TCT, TCT, "said"),
            R("the company could not pay more without raising handling fees", OYEL, OYEL, "said"),
            R("members would vote on Saturday on extending the strike to the smaller port of Nellhaven", VAIT, VAIT,
              "said"),
            R('he expected "an overwhelming yes."', VAIT, "He", "said"),
            D("an overwhelming yes.", VAIT, "He", "said"),
            R("Freight rates on routes to Lorvania rose for a sixth straight day", None, "brokers", "said"),
        ),
        notes="The headline quote has no cue; its speaker (Kelmelis) is only in the body, where he says it in other "
              "words. The authority's statement is followed by its named spokeswoman, who is the speaker of her "
              "own quotes. Kelmelis and Vaitkus are both of the federation. The unnamed sources sit between two "
              "named speakers; 'He said he would meet Kelmelis' is Saale. 'wants a ... pay rise' and 'declined "
              "to confirm the draft' have noun objects.",
    ),
    Article(
        id="en-wire-27-recount",
        split="dev",
        lang="en",
        style="wire",
        cases=("headline-quote", "headline-quote-speaker-in-body", "straight-single", "straight-double",
               "two-speakers-same-org", "role-noun", "role-noun-after-other-speaker", "backward-attribution",
               "speaker-after-reported", "told-agency", "video-address", "wrote-on-telegram", "pronoun",
               "female-speaker", "unnamed-speaker", "unnamed-between-named", "partial-in-reported",
               "org-speaker", "said-in-a-statement", "noun-object-not-a-quote", "split-quote-continuation"),
        text="""\
'A stolen majority': Veskaria orders partial recount after vote-buying video

DRAVNO, Veskaria (Atlas News) — Veskaria's Central Election Commission on Monday ordered a recount in 14 polling districts of the capital after the opposition said it had video evidence of votes being bought for cash, a week after a parliamentary election the ruling party narrowly won.

The commission's chairwoman, Irena Dobrovolska, said the recount would begin on Wednesday and be watched by foreign monitors. "We have nothing to fear from counting the ballots twice," she said.

But the commission's deputy chairman, Tomas Lindqvist, who was nominated by the opposition, said the recount was too small. "Fourteen districts is a gesture, not an investigation," he told Atlas News. "The complaints came from more than sixty."

Dobrovolska rejected that. The other complaints had been examined and "contained no evidence, only anger," the official said.

Opposition leader Selim Karadağ posted a video on Sunday night in which a man in a party T-shirt appeared to hand banknotes to voters outside a school. "This is what a stolen majority looks like," Karadağ said in a video address to supporters. "Not one of these votes should count."

The ruling National Renewal party called the video staged. Its general secretary, Aleksandra Petrović-Hale, wrote on Telegram that the man in it "has never been a member of our party." Her deputy, Dragan Vukić, later said the party would file a complaint with police over what he called "a forgery."

A senior European diplomat in Dravno, speaking on condition of anonymity, said monitors had noted "isolated irregularities" but nothing that would change the result.

The Organisation for Electoral Standards, which sent 200 observers, said in a statement that the vote had been "competitive but marred by the misuse of state resources."

Karadağ said he would call his supporters to the streets on Friday if the recount was not extended. Dobrovolska, asked about the threat, said only: "The law does not change because of a crowd."
""",
        actors=(
            O("Atlas News"),
            O("Veskaria's Central Election Commission"),
            P(DOBRO, "Dobrovolska"),
            P(LIND),
            P(KARA, "Karadağ"),
            O("National Renewal"),
            P(PETH),
            P(VUK),
            O(OES),
        ),
        quotes=(
            D("A stolen majority", KARA, None, None),
            R("it had video evidence of votes being bought for cash", None, "the opposition", "said"),
            R("the recount would begin on Wednesday and be watched by foreign monitors", DOBRO, DOBRO, "said"),
            D("We have nothing to fear from counting the ballots twice,", DOBRO, "she", "said"),
            R("the recount was too small", LIND, LIND, "said"),
            D("Fourteen districts is a gesture, not an investigation,", LIND, "he", "told"),
            D("The complaints came from more than sixty.", LIND, "he", "told"),
            R('The other complaints had been examined and "contained no evidence, only anger,"', DOBRO, "the official",
              "said"),
            D("contained no evidence, only anger,", DOBRO, "the official", "said"),
            D("This is what a stolen majority looks like,", KARA, "Karadağ", "said in a video address"),
            D("Not one of these votes should count.", KARA, "Karadağ", "said in a video address"),
            R('the man in it "has never been a member of our party."', PETH, PETH, "wrote on Telegram that"),
            D("has never been a member of our party.", PETH, PETH, "wrote on Telegram that"),
            R('the party would file a complaint with police over what he called "a forgery."', VUK, VUK, "said"),
            D("a forgery.", VUK, "he", "called"),
            R('monitors had noted "isolated irregularities" but nothing that would change the result', None,
              "A senior European diplomat in Dravno", "said"),
            D("isolated irregularities", None, "A senior European diplomat in Dravno", "said"),
            R('the vote had been "competitive but marred by the misuse of state resources."', OES, OES,
              "said in a statement that"),
            D("competitive but marred by the misuse of state resources.", OES, OES, "said in a statement that"),
            R("he would call his supporters to the streets on Friday if the recount was not extended", KARA, "Karadağ",
              "said"),
            D("The law does not change because of a crowd.", DOBRO, "Dobrovolska", "said only:"),
        ),
        notes="Dobrovolska and Lindqvist both speak for the commission; 'the official' after Lindqvist's quote is "
              "Dobrovolska, the topic of the sentence before ('Dobrovolska rejected that'). The headline words are "
              "Karadağ's, found only in the body. 'called the video staged' has an object complement, not a "
              "clause. The commission itself never speaks.",
    ),
    Article(
        id="en-wire-28-fish-die-off",
        split="dev",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "backward-attribution", "speaker-after-quote", "straight-double",
               "straight-single", "nested-quote", "quote-inside-quote-other-speaker", "pronoun",
               "pronoun-same-gender-intervening", "female-speaker", "told-agency", "told-reporters",
               "said-in-a-statement", "partial-in-reported", "unnamed-speaker", "unnamed-between-named",
               "document-quote-not-a-quote", "org-speaker", "speaker-after-reported", "split-quote-continuation"),
        text="""\
Dead fish line Almara river for 20 km, Sarvennes town shuts water intakes

SAINT-ORIEL, Sarvennes, June 3 (AMP) - Tonnes of dead fish have washed up along a 20-kilometre stretch of the Almara river since Sunday, and the town of Saint-Oriel has closed its drinking water intakes as a precaution, its mayor said on Wednesday.

"In forty years on this river I have never seen anything like it," said Youssef Haddad, 58, a fisherman from the village of Bressac, pointing at a crate of dead perch. "The water smelled of paint."

The mayor, Hélène Marchand, said the intakes would stay closed until independent tests had been done. Odile Ferrand, who runs a campsite near Bressac, filed a complaint with prosecutors on Tuesday against "persons unknown." Asked whether the town would join it, she said she preferred to wait for the results.

Suspicion has fallen on a plant run by Vossberg Chemicals eight kilometres upstream. The company said in a statement that its measurements showed "no abnormal discharge" over the past month.

"We understand the anger, but we are a convenient target," Vossberg spokesman Rainer Kühl told AMP. "Our plant was inspected in April and passed."

A senior official at the regional water agency, who spoke on condition of anonymity because an inquiry was under way, said early samples contained a solvent "typical of industrial cleaning." He said the agency had not yet established where it came from.

The agency's director, Liu Wenqing, was more careful in public. "It is too early to point at anyone," he told reporters in Saint-Oriel. Results from two laboratories are expected on Monday, he said.

Haddad said he would not wait that long. "My brother works at that plant. He told me, 'Don't fish below the bridge this week,'" he said. "Now tell me nobody knew."

Kühl said the company had no record of any such warning and urged employees to raise concerns through official channels.

The Sarvennes Anglers' Federation said it would hold a protest outside the plant on Saturday.
""",
        actors=(
            O("AMP"),
            P(HADD, "Haddad"),
            P(MARCH),
            P("Odile Ferrand"),
            O(VOSS, "Vossberg"),
            P(KUHL, "Kühl"),
            P(LIU),
            O(SAF),
        ),
        quotes=(
            R("Tonnes of dead fish have washed up along a 20-kilometre stretch of the Almara river since Sunday, and the town of Saint-Oriel has closed its drinking water intakes as a precaution",
              MARCH, "its mayor", "said"),
            D("In forty years on this river I have never seen anything like it,", HADD, HADD, "said"),
            D("The water smelled of paint.", HADD, HADD, "said"),
            R("the intakes would stay closed until independent tests had been done", MARCH, MARCH, "said"),
            R("she preferred to wait for the results", MARCH, "she", "said"),
            R('its measurements showed "no abnormal discharge" over the past month', VOSS, "The company",
              "said in a statement that"),
            D("no abnormal discharge", VOSS, "The company", "said in a statement that"),
            D("We understand the anger, but we are a convenient target,", KUHL, KUHL, "told"),
            D("Our plant was inspected in April and passed.", KUHL, KUHL, "told"),
            R('early samples contained a solvent "typical of industrial cleaning."', None,
              "A senior official at the regional water agency", "said"),
            D("typical of industrial cleaning.", None, "A senior official at the regional water agency", "said"),
            R("the agency had not yet established where it came from", None, "He", "said"),
            D("It is too early to point at anyone,", LIU, "he", "told reporters"),
            R("Results from two laboratories are expected on Monday", LIU, "he", "said"),
            R("he would not wait that long", HADD, "Haddad", "said"),
            D("My brother works at that plant. He told me, 'Don't fish below the bridge this week,'", HADD, "he", "said"),
            D("Now tell me nobody knew.", HADD, "he", "said"),
            R("the company had no record of any such warning", KUHL, "Kühl", "said"),
            R("it would hold a protest outside the plant on Saturday", SAF, SAF, "said"),
        ),
        notes="Haddad is introduced only after his first quote. 'she said she preferred to wait' is Marchand, two "
              "sentences back, although Ferrand (also a woman) is named in between: the question is about the "
              "town joining Ferrand's complaint. 'persons unknown' is words of a legal document, not a quote. The "
              "senior official and his 'He' are unnamed (the water agency is never named); Liu Wenqing's 'he' "
              "follows. The brother's words inside Haddad's quote are nested and not listed.",
    ),
    Article(
        id="en-wire-29-power-exports",
        split="frozen",
        lang="en",
        style="wire",
        cases=("lead-attribution-at-end", "role-noun-before-name", "statement-said", "org-speaker", "org-then-spokesperson",
               "spokesperson-for-org", "role-noun", "role-noun-after-other-speaker", "video-address",
               "partial-in-reported", "pronoun", "pronoun-same-gender-intervening", "unnamed-speaker",
               "unnamed-between-named", "metonym-speaker", "straight-double", "female-speaker",
               "noun-object-not-a-quote", "byline-credits", "told-parliament"),
        text="""\
Korvath halts power exports to Ilmaria as payment row deepens

By Mehmet Yıldırım and Chen Jiayi

ANKAVAR, Sept 14 (Northline) - Korvath's state grid operator stopped electricity exports to neighbouring Ilmaria on Monday over 180 million dollars in unpaid bills, the company said, and Ilmaria's energy minister accused it of using energy "as a weapon before winter."

Korvath Grid said it had warned Ilmarian buyers four times since June. "Exports will resume on the day the debt is settled or a payment schedule is signed," the statement said.

Asked whether the halt had been ordered by the government, Korvath Grid spokeswoman Zeynep Aksoy said the decision was "purely commercial." The spokeswoman added that hospitals in Ilmaria would not be affected because they were supplied through a separate line.

Ilmaria's Energy Minister Pavel Hronek said in a video address that the country had enough capacity to cover demand "for now." He said the debt figure was inflated by penalties Ilmaria had never agreed to.

"We paid every invoice we recognised. What they call debt is a fine they invented," Hronek said.

Two people familiar with the matter said the two governments had come close to a deal in August, under which Ilmaria would pay half the amount up front. One of them said talks broke down over who would guarantee the rest.

Korvath's Prime Minister Emre Toprak told parliament in Ankavar that his government had "no role" in a commercial dispute. Opposition leader Levent Ocaklı accused him of hiding behind a state company to settle political scores. He replied that the grid operator "answers to its balance sheet, not to me."

The Regional Energy Community, which both countries joined in 2011, said it was "ready to help both parties" and had offered to host talks in Vienna.

Hronek said Ilmaria would ask the Community to rule on the penalties. The minister said he hoped power would flow again "within days, not weeks."

Aksoy said the company would consider the request.
""",
        actors=(
            P("Mehmet Yıldırım"),
            P("Chen Jiayi"),
            O("Northline"),
            O(KGRID),
            P(AKSOY, "Aksoy"),
            P(HRON, "Hronek"),
            P(TOPR),
            P(OCAK),
            O(REC, "Community"),
        ),
        quotes=(
            R("Korvath's state grid operator stopped electricity exports to neighbouring Ilmaria on Monday over 180 million dollars in unpaid bills",
              KGRID, "the company", "said"),
            D("as a weapon before winter.", HRON, "Ilmaria's energy minister", "accused"),
            R("it had warned Ilmarian buyers four times since June", KGRID, KGRID, "said"),
            D("Exports will resume on the day the debt is settled or a payment schedule is signed,", KGRID,
              "the statement", "said"),
            R('the decision was "purely commercial."', AKSOY, AKSOY, "said"),
            D("purely commercial.", AKSOY, AKSOY, "said"),
            R("hospitals in Ilmaria would not be affected because they were supplied through a separate line", AKSOY,
              "The spokeswoman", "added that"),
            R('the country had enough capacity to cover demand "for now."', HRON, HRON, "said in a video address that"),
            D("for now.", HRON, HRON, "said in a video address that"),
            R("the debt figure was inflated by penalties Ilmaria had never agreed to", HRON, "He", "said"),
            D("We paid every invoice we recognised. What they call debt is a fine they invented,", HRON, "Hronek",
              "said"),
            R("the two governments had come close to a deal in August, under which Ilmaria would pay half the amount up front",
              None, "Two people familiar with the matter", "said"),
            R("talks broke down over who would guarantee the rest", None, "One of them", "said"),
            R('his government had "no role" in a commercial dispute', TOPR, TOPR, "told parliament in Ankavar that"),
            D("no role", TOPR, TOPR, "told parliament in Ankavar that"),
            R('the grid operator "answers to its balance sheet, not to me."', TOPR, "He", "replied that"),
            D("answers to its balance sheet, not to me.", TOPR, "He", "replied that"),
            R('it was "ready to help both parties"', REC, REC, "said"),
            D("ready to help both parties", REC, REC, "said"),
            R("Ilmaria would ask the Community to rule on the penalties", HRON, "Hronek", "said"),
            R('he hoped power would flow again "within days, not weeks."', HRON, "The minister", "said"),
            D("within days, not weeks.", HRON, "The minister", "said"),
            R("the company would consider the request", AKSOY, "Aksoy", "said"),
        ),
        notes="The lead is attributed at its end to 'the company' before Korvath Grid is named; 'accused it of "
              "using energy' has an object, but the marked words are a partial quote by Hronek, named only in "
              "the fourth paragraph. 'the statement said' is Korvath Grid. 'He replied' is Toprak, two sentences "
              "back, with Ocaklı (a man) in between: a reply to the accusation. 'The minister' is Hronek, the only "
              "minister who spoke after the prime minister.",
    ),
    Article(
        id="en-mt-30-journalist-detained",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "backward-attribution", "dash-attribution", "straight-double",
               "wrote-on-telegram", "role-noun", "role-noun-after-other-speaker", "the-diplomat", "pronoun",
               "female-speaker", "said-he-inverted", "noted-she-inverted", "two-speakers-same-org",
               "transliteration", "misspelling", "according-to", "as-reported", "partial-in-reported",
               "title-in-quotes", "infinitive-cue-not-a-quote", "unnamed-speaker", "org-speaker"),
        text="""\
Valdorian MFA: Lutavia is obliged to explain the detention of the journalist

MOSKOGRAD, February 9. /Zarya-Inform/. The Ministry of Foreign Affairs of Valdoria demands from Lutavia the explanations in connection with the detention in Rigava of the correspondent of the TV channel "Valdoria-24" Artyom Belykh. This was declared by the official spokeswoman of the Valdorian MFA Yelena Sokolovskaya.

"We consider this as the next act of intimidation of the Valdorian journalists. The reaction will follow, it will be adequate," — wrote Sokolovskaya in her Telegram-channel.

According to the diplomat, the consul of Valdoria was not admitted to the journalist during the whole day. She noted that Belykh had all the necessary documents of accreditation.

The director of the department of the press of the ministry Oleg Tkachenko in his turn informed that the ministry sent to the Lutavian side the note of protest. "We expect the answer not later than Monday," — said he.

The Lutavian side asserts that the journalist is suspected in the violation of the border regime. As reported the Lutavian State Security Department, Belykh "filmed the protected object without the permission".

The deputy of the State Assembly of Valdoria Irina Mazurova called the detention "the hunt on the press". "If such is the European freedom of the word, then we have different dictionaries," — noted she. The deputy proposed to restrict the work of the Lutavian media in Valdoria.

Sokolovskaja added that the embassy is ready to provide to the journalist the lawyer. "The fate of our citizen is under the personal control of the minister," — stressed the diplomat.

The chief editor of "Valdoria-24" Roman Glebov told that the channel keeps the contact with the relatives of Belykh.
""",
        actors=(
            O("Zarya-Inform"),
            O(VMFA, "Valdorian MFA"),
            O("Valdoria-24"),
            P("Artyom Belykh", "Belykh"),
            P(SOKO, "Sokolovskaya", "Sokolovskaja"),
            P(TKACH),
            O(LSSD),
            O("State Assembly of Valdoria"),
            P(MAZ),
            P(GLEB),
        ),
        quotes=(
            R("Lutavia is obliged to explain the detention of the journalist", VMFA, "Valdorian MFA", ":"),
            R('The Ministry of Foreign Affairs of Valdoria demands from Lutavia the explanations in connection with the detention in Rigava of the correspondent of the TV channel "Valdoria-24" Artyom Belykh',
              SOKO, SOKO, "This was declared"),
            D("We consider this as the next act of intimidation of the Valdorian journalists. The reaction will follow, it will be adequate,",
              SOKO, "Sokolovskaya", "— wrote"),
            R("the consul of Valdoria was not admitted to the journalist during the whole day", SOKO, "the diplomat",
              "According to"),
            R("Belykh had all the necessary documents of accreditation", SOKO, "She", "noted that"),
            R("the ministry sent to the Lutavian side the note of protest", TKACH, TKACH, "informed that"),
            D("We expect the answer not later than Monday,", TKACH, "he", "— said"),
            R("the journalist is suspected in the violation of the border regime", None, "The Lutavian side",
              "asserts that"),
            R('Belykh "filmed the protected object without the permission"', LSSD, LSSD, "As reported"),
            D("filmed the protected object without the permission", LSSD, LSSD, "As reported"),
            D("the hunt on the press", MAZ, MAZ, "called"),
            D("If such is the European freedom of the word, then we have different dictionaries,", MAZ, "she",
              "— noted"),
            R("the embassy is ready to provide to the journalist the lawyer", SOKO, "Sokolovskaja", "added that"),
            D("The fate of our citizen is under the personal control of the minister,", SOKO, "the diplomat",
              "— stressed"),
            R("the channel keeps the contact with the relatives of Belykh", GLEB, GLEB, "told that"),
        ),
        notes="Sokolovskaya and Tkachenko both speak for the ministry. 'the diplomat' at the end is Sokolovskaya "
              "after Mazurova (another woman) spoke. 'Sokolovskaja' is a transliteration variant. \"Valdoria-24\" "
              "is a channel's name in marks. 'proposed to restrict' takes an infinitive. The Lutavian side is a "
              "generic group (speaker null).",
    ),
    Article(
        id="en-mt-31-heat-main",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "press-service-org-speaker", "dash-attribution", "curly-double",
               "according-to", "pronoun", "said-he-inverted", "role-noun", "role-noun-after-other-speaker",
               "shared-role-noun", "two-speakers-same-org", "transliteration", "org-speaker", "as-told",
               "company-name-in-quotes", "title-in-quotes", "opinion-cue-considers", "unnamed-speaker",
               "infinitive-cue-not-a-quote"),
        text="""\
In Verkhnedolsk after the accident on the heat main 40 houses remained without heating

VERKHNEDOLSK, January 17. /Sibinform-Press/. In Verkhnedolsk as a result of the breakthrough of the heat main on the street Zavodskaya without heating remained 40 apartment houses, the school and two kindergartens. About this on Friday informed the press service of the administration of Verkhnedolsk.

“The brigades work in the enhanced regime, we expect to give the heat to the houses by the morning,” — told the head of the city Mikhail Starovoitov. According to him, the temperature in the apartments at the moment does not fall below 16 degrees.

The deputy head of the city on the housing and communal economy Gennady Lyalin specified that the pipe was laid in 1971 and was included in the plan of the replacement only for the next year. “Yes, the network is worn out on 70 percent. We spoke about this many times,” — recognised he.

The head of the city noted that the families with small children can receive the heaters in the district administrations. He also instructed to check the whole heat main before the new frosts.

The prosecutor's office of the Verkhnedolsk region started the check. As told in the department, the check will establish whether the management company “Teploset-Servis” fulfilled its obligations.

The deputy of the regional Duma from the party “Just Region” Andrei Kravets considers that the responsibility lies on the city authorities. “Every winter the same thing. The money for the repair is allocated, but the pipes are the same,” — said the deputy.

Lialin in the answer stated that the funds for the replacement of the pipes are distributed by the regional government.

A source in the regional government told to the agency that the additional financing will be discussed at the meeting on Monday.
""",
        actors=(
            O("Sibinform-Press"),
            O(ADMV),
            P(STAR),
            P(LYAL, "Lialin"),
            O(PROK),
            O("Teploset-Servis"),
            O("Just Region"),
            P(KRAV),
        ),
        quotes=(
            R("In Verkhnedolsk as a result of the breakthrough of the heat main on the street Zavodskaya without heating remained 40 apartment houses, the school and two kindergartens",
              ADMV, ADMV, "About this on Friday informed"),
            D("The brigades work in the enhanced regime, we expect to give the heat to the houses by the morning,", STAR,
              STAR, "— told"),
            R("the temperature in the apartments at the moment does not fall below 16 degrees", STAR, "him",
              "According to him"),
            R("the pipe was laid in 1971 and was included in the plan of the replacement only for the next year", LYAL,
              LYAL, "specified that"),
            D("Yes, the network is worn out on 70 percent. We spoke about this many times,", LYAL, "he",
              "— recognised"),
            R("the families with small children can receive the heaters in the district administrations", STAR,
              "The head of the city", "noted that"),
            R("the check will establish whether the management company “Teploset-Servis” fulfilled its obligations", PROK,
              "the department", "As told"),
            R("the responsibility lies on the city authorities", KRAV, KRAV, "considers that"),
            D("Every winter the same thing. The money for the repair is allocated, but the pipes are the same,", KRAV,
              "the deputy", "— said"),
            R("the funds for the replacement of the pipes are distributed by the regional government", LYAL, "Lialin",
              "stated that"),
            R("the additional financing will be discussed at the meeting on Monday", None,
              "A source in the regional government", "told to the agency that"),
        ),
        notes="The press service of the named city administration speaks for it. 'The head of the city' is "
              "Starovoitov after his deputy Lyalin (same administration, same gender) spoke. 'the deputy' is "
              "Kravets, the Duma deputy, not Lyalin, the deputy head of the city. 'Lialin' is a transliteration "
              "variant. 'instructed to check' takes an infinitive; 'started the check' has a noun object. "
              "“Teploset-Servis” and “Just Region” are names in marks.",
    ),
    Article(
        id="en-mt-32-wheat-quota",
        split="dev",
        lang="en",
        style="wire-mt",
        cases=("backward-attribution", "dash-attribution", "guillemets-in-english", "noted-she-inverted",
               "said-he-inverted", "in-the-words-of", "role-noun", "role-noun-after-other-speaker",
               "two-speakers-same-org", "according-to", "pronoun", "female-speaker", "nested-quote",
               "quote-inside-quote-other-speaker", "misspelling", "noun-object-not-a-quote", "told-agency"),
        text="""\
The Ministry of Agriculture of Valdoria will reduce the quota on the export of wheat

ZARECHENSK, August 21. /AgroNovosti/. The Ministry of Agriculture of Valdoria proposes to reduce the quota on the export of wheat in the new season to 9 million tonnes. About this told to the journalists the minister of agriculture Oksana Lebedeva on the sidelines of the agrarian forum.

«The harvest this year will be lower than the last year because of the drought in the south. Our priority is the internal market», — noted she.

In the words of the minister, the final decision will be taken by the government until September 15.

The head of the department of the grain market of the ministry Viktor Shubin clarified that the quota will not concern the barley and the corn. According to him, the ministry expects the harvest of wheat at the level of 31 million tonnes.

The president of the Grain Union of Valdoria Arkady Zlobin critisized the initiative. «Two weeks ago at the forum in Lesnograd the minister told us: "There will be no restrictions this year." And now the quota. How to plan the sowing?» — said he to the correspondent of AgroNovosti.

Zlobin noted that the exporters already signed the contracts for the supply of 4 million tonnes to the Middle East.

Lebedeva answered that the obligations under the signed contracts will be fulfilled. «Nobody who works honestly will suffer», — the minister assured.

The farmer from the Stepnoy district Ruslan Gaziev told that the prices of wheat in the region already fell on 8 percent after the news. «The traders call us and reduce the price every day», — he complained.

The head of the department once again emphasised that the quota is the temporary measure.
""",
        actors=(
            O("AgroNovosti"),
            O(MAGR),
            P(LEB, "Lebedeva"),
            P(SHUB),
            O("Grain Union of Valdoria"),
            P(ZLOB, "Zlobin"),
            P(GAZ),
        ),
        quotes=(
            R("The Ministry of Agriculture of Valdoria proposes to reduce the quota on the export of wheat in the new season to 9 million tonnes",
              LEB, LEB, "About this told to the journalists"),
            D("The harvest this year will be lower than the last year because of the drought in the south. Our priority is the internal market",
              LEB, "she", "— noted"),
            R("the final decision will be taken by the government until September 15", LEB, "the minister",
              "In the words of"),
            R("the quota will not concern the barley and the corn", SHUB, SHUB, "clarified that"),
            R("the ministry expects the harvest of wheat at the level of 31 million tonnes", SHUB, "him",
              "According to him"),
            D('Two weeks ago at the forum in Lesnograd the minister told us: "There will be no restrictions this year." And now the quota. How to plan the sowing?',
              ZLOB, "he", "— said"),
            R("the exporters already signed the contracts for the supply of 4 million tonnes to the Middle East", ZLOB,
              "Zlobin", "noted that"),
            R("the obligations under the signed contracts will be fulfilled", LEB, "Lebedeva", "answered that"),
            D("Nobody who works honestly will suffer", LEB, "the minister", "assured"),
            R("the prices of wheat in the region already fell on 8 percent after the news", GAZ, GAZ, "told that"),
            D("The traders call us and reduce the price every day", GAZ, "he", "— he complained"),
            R("the quota is the temporary measure", SHUB, "The head of the department", "emphasised that"),
        ),
        notes="Lebedeva and Shubin both speak for the ministry. Zlobin's quote holds the minister's words in "
              "straight marks (nested, not listed). 'The head of the department' in the last paragraph is Shubin, "
              "three speakers later. 'critisized the initiative' (misspelt) has a noun object.",
    ),
    Article(
        id="en-mt-33-substations",
        split="frozen",
        lang="en",
        style="wire-mt",
        cases=("headline-colon", "backward-attribution", "video-address", "dash-attribution", "curly-double",
               "guillemets-in-english", "role-noun", "role-noun-after-other-speaker", "org-speaker",
               "org-then-spokesperson", "spokesperson-for-org", "noted-she-inverted", "pronoun", "female-speaker",
               "according-to", "unnamed-spokesperson-org", "transliteration", "wrote-on-telegram",
               "unnamed-speaker", "noun-object-not-a-quote", "company-name-in-quotes", "told-agency"),
        text="""\
Governor of the Pogranichny region: two substations were damaged as a result of the shelling

BELOKAMENSK, May 6. /Zarya-Inform/. Two electrical substations were damaged in the Pogranichny region as a result of the night shelling, about 12 thousand subscribers remained without the electricity. About this said in the video address the governor of the region Vadim Gurtovoy.

“Nobody from the people suffered. The repair brigades are already on the places, but they work only after the permission of the military,” — told the governor.

In the company “Yugenergoset” reported that the supply will be restored to the most part of the consumers until the evening. The representative of the company Alla Dementyeva specified to the agency that the reserve lines are used. “The hospitals and the boiler houses are connected to the generators,” — noted she.

The Ministry of Defence of Valdoria informed that the air defence during the night destroyed 8 drones over the region. According to the representative of the ministry, the shelling was conducted from the territory of Lutavia.

The head of the Kamyshovy district Nikolai Sysoev told that in the village Kamyshi the windows were broken in 14 houses. “The people are calm, the glass is already brought,” — added he.

Gurtovoi also wrote in his Telegram-channel that the schools of the two border districts will pass to the distance learning until the end of the week. The first deputy governor Svetlana Kornilova specified that the residents of the damaged houses will receive the compensation. “The applications can be submitted in the district administrations or through the portal,” — she explained.

According to the informed source in the regional government, the question of the evacuation of the children from the border villages is also considered. The governor in the evening denied this. «There are no plans of the evacuation. I ask to trust only the official information», — he stated.
""",
        actors=(
            O("Zarya-Inform"),
            P(GURT, "Gurtovoi"),
            O(YUG),
            P(DEMEN),
            O(MODV),
            P(SYS),
            P(KORN),
        ),
        quotes=(
            R("two substations were damaged as a result of the shelling", GURT, "Governor of the Pogranichny region",
              ":"),
            R("Two electrical substations were damaged in the Pogranichny region as a result of the night shelling, about 12 thousand subscribers remained without the electricity",
              GURT, GURT, "About this said in the video address"),
            D("Nobody from the people suffered. The repair brigades are already on the places, but they work only after the permission of the military,",
              GURT, "the governor", "— told"),
            R("the supply will be restored to the most part of the consumers until the evening", YUG, YUG,
              "reported that"),
            R("the reserve lines are used", DEMEN, DEMEN, "specified to the agency that"),
            D("The hospitals and the boiler houses are connected to the generators,", DEMEN, "she", "— noted"),
            R("the air defence during the night destroyed 8 drones over the region", MODV, MODV, "informed that"),
            R("the shelling was conducted from the territory of Lutavia", MODV, "the representative of the ministry",
              "According to"),
            R("in the village Kamyshi the windows were broken in 14 houses", SYS, SYS, "told that"),
            D("The people are calm, the glass is already brought,", SYS, "he", "— added"),
            R("the schools of the two border districts will pass to the distance learning until the end of the week",
              GURT, "Gurtovoi", "wrote in his Telegram-channel that"),
            R("the residents of the damaged houses will receive the compensation", KORN, KORN, "specified that"),
            D("The applications can be submitted in the district administrations or through the portal,", KORN, "she",
              "— she explained"),
            R("the question of the evacuation of the children from the border villages is also considered", None,
              "the informed source in the regional government", "According to"),
            D("There are no plans of the evacuation. I ask to trust only the official information", GURT, "he",
              "— he stated"),
        ),
        notes="The headline 'Governor of the Pogranichny region: ...' is a reported quote with cue ':'. The "
              "company reports, then its named representative speaks for herself. The unnamed representative of "
              "the named ministry is the ministry. 'he stated' at the end is the governor, after Sysoev (also a "
              "man) spoke two paragraphs earlier; 'denied this' has a noun object. 'Gurtovoi' is a "
              "transliteration variant.",
    ),
    Article(
        id="en-op-09-night-train",
        split="dev",
        lang="en",
        style="feature",
        cases=("long-quote", "speaker-after-quote", "continuation-paragraph-no-cue", "pronoun",
               "pronoun-same-gender-intervening", "pronoun-across-paragraphs", "nested-quote",
               "quote-inside-quote-other-speaker", "straight-double", "straight-single", "told-me",
               "present-tense-says", "partial-in-reported", "split-quote-middle-speaker", "quoted-question",
               "org-speaker", "female-speaker", "noun-object-not-a-quote"),
        text="""\
The last night train to Kallvik

By Signe Ozolina

Somewhere past midnight on the sleeper from Amsel to Kallvik, the corridor lights dim and the conductor walks the length of the train with a thermos of tea. For twenty-two years that conductor has been Walter Brandt. In December the railway will retire the train, and Brandt with it.

"People ask me what I will miss. They expect me to say the scenery, or the quiet, or the students who rode with me and now ride with their grandchildren. It is none of that, really. I will miss being useful at three in the morning, when nobody else in the country is," Brandt said as we crossed the dark bulk of the Soren viaduct.

The railway, Nordbahn Lorvania, says the service loses money on every trip. Its regional manager, Katrin Vollmer, put it to me plainly. "We carry forty people a night in a train built for three hundred," she said. "I cannot defend that to the ministry."

Ayşe Demir sees it differently. A nurse who takes the train twice a month to visit her mother, she remembers the day Vollmer's predecessor, Anton Reisz, came to Kallvik for the line's fiftieth anniversary. "He stood on the platform and said, 'This train will outlive all of us,'" she told me. "I suppose he meant it at the time."

She has collected 6,000 signatures to keep the service and sent them to the railway last week. Vollmer has promised a reply by November. She said the petition was "not about nostalgia but about who gets to travel."

Later, in the staff compartment, Brandt poured two cups and talked about the winter of 2010, when the train sat in a snowdrift for fourteen hours. "We had no heating for the last six. I went from compartment to compartment with blankets and told stories to the children so their parents could sleep," he said.

"In the morning a snowplough came from Kallvik, and its driver shook my hand as if I had brought the train through a war. I still have his card somewhere."

The ministry's answer, when it comes, will be a number. Brandt's is a question. "If a country cannot afford one train at night," he asked, "what exactly is it saving for?"
""",
        actors=(
            P("Signe Ozolina"),
            P(BRANDT, "Brandt"),
            O(NBL),
            P(VOLL, "Vollmer"),
            P(AYSE),
            P("Anton Reisz"),
        ),
        quotes=(
            D("People ask me what I will miss. They expect me to say the scenery, or the quiet, or the students who rode with me and now ride with their grandchildren. It is none of that, really. I will miss being useful at three in the morning, when nobody else in the country is,",
              BRANDT, "Brandt", "said"),
            R("the service loses money on every trip", NBL, NBL, "says"),
            D("We carry forty people a night in a train built for three hundred,", VOLL, "she", "said"),
            D("I cannot defend that to the ministry.", VOLL, "she", "said"),
            D("He stood on the platform and said, 'This train will outlive all of us,'", AYSE, "she", "told me"),
            D("I suppose he meant it at the time.", AYSE, "she", "told me"),
            R('the petition was "not about nostalgia but about who gets to travel."', AYSE, "She", "said"),
            D("not about nostalgia but about who gets to travel.", AYSE, "She", "said"),
            D("We had no heating for the last six. I went from compartment to compartment with blankets and told stories to the children so their parents could sleep,",
              BRANDT, "he", "said"),
            D("In the morning a snowplough came from Kallvik, and its driver shook my hand as if I had brought the train through a war. I still have his card somewhere.",
              BRANDT, None, None),
            D("If a country cannot afford one train at night,", BRANDT, "he", "asked"),
            D("what exactly is it saving for?", BRANDT, "he", "asked"),
        ),
        notes="Brandt's long opening quote names him only at its end. Reisz's words inside Demir's quote are "
              "nested. 'She said the petition ...' is Demir, two sentences back, with Vollmer (also a woman) "
              "named in between: Demir collected the signatures. The snowplough paragraph continues Brandt with "
              "no cue of its own. 'has promised a reply' has a noun object.",
    ),
    Article(
        id="en-op-10-orchard-park",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("word-mention-not-a-quote", "long-quote", "speaker-after-quote", "pronoun",
               "pronoun-same-gender-intervening", "pronoun-across-paragraphs", "nested-quote",
               "quote-inside-quote-other-speaker", "wrote-on-telegram", "partial-in-reported", "told-me",
               "present-tense-says", "role-noun", "role-noun-after-other-speaker", "curly-double", "curly-single",
               "female-speaker", "noun-object-not-a-quote", "author-mock-paraphrase-not-a-quote"),
        text="""\
Selling the park to save the budget

By Marguerite Oduya-Lind

The mayor of Tessaly has a word he likes very much, and the word is “realistic.” Karim Belhadj used it eleven times at Tuesday’s council meeting, by my count, while explaining why the city must sell the western half of Orchard Park to a developer.

“Nobody in this room loves that park more than I do. I learned to ride a bicycle on those paths. But the city owes 40 million to the banks, and the banks do not accept nostalgia as payment,” he said, to applause from his own benches and silence from everyone else.

The buyer is Lantern Homes, whose chief executive, Wang Lixia, promises 600 flats, a third of them affordable, and “a park that people actually use.” She told me the current park was “a very beautiful car park for dog walkers,” which is unkind and not entirely wrong.

Radek Holub, who has run the Save Orchard Park campaign since spring, was in the public gallery. So was the city’s former planning chief, Ernst Kaltenbach, who drew up the park’s last renovation in 2004 and has kept quiet ever since. On Tuesday he did not.

“I was told in 2004 that the park was protected for ever. The mayor at the time stood next to me and said, ‘Ernst, no one will touch a tree here while I live.’ He is still alive, and so are the trees. For now,” Kaltenbach said.

Holub has 9,000 signatures and a lawyer. Kaltenbach, at 79, has only his memory and a folder of plans. He wrote on Telegram on Wednesday that the campaign would go to court “within days, not weeks.”

Save Orchard Park says the sale needs a two-thirds majority because the land was a gift to the city in 1921. Lantern Homes says its lawyers see no such obstacle.

When I asked the mayor whether he would put the sale to a referendum, he gave the answer I expected. “We must be realistic,” he said. In this city hall, that word means the decision has already been made.
""",
        actors=(
            P("Marguerite Oduya-Lind"),
            P(BELH),
            O(LANT),
            P(WANG),
            P(HOLUB, "Holub"),
            O("Save Orchard Park"),
            P(KALT, "Kaltenbach", "Ernst"),
        ),
        quotes=(
            D("Nobody in this room loves that park more than I do. I learned to ride a bicycle on those paths. But the city owes 40 million to the banks, and the banks do not accept nostalgia as payment,",
              BELH, "he", "said"),
            D("a park that people actually use.", WANG, WANG, "promises"),
            R("the current park was “a very beautiful car park for dog walkers,”", WANG, "She", "told me"),
            D("a very beautiful car park for dog walkers,", WANG, "She", "told me"),
            D("I was told in 2004 that the park was protected for ever. The mayor at the time stood next to me and said, ‘Ernst, no one will touch a tree here while I live.’ He is still alive, and so are the trees. For now,",
              KALT, "Kaltenbach", "said"),
            R("the campaign would go to court “within days, not weeks.”", HOLUB, "He", "wrote on Telegram on Wednesday that"),
            D("within days, not weeks.", HOLUB, "He", "wrote on Telegram on Wednesday that"),
            R("the sale needs a two-thirds majority because the land was a gift to the city in 1921", "Save Orchard Park",
              "Save Orchard Park", "says"),
            R("its lawyers see no such obstacle", LANT, LANT, "says"),
            D("We must be realistic,", BELH, "he", "said"),
        ),
        notes="“realistic.” in the first paragraph is a word mentioned, not a quote; the closing 'that word means' "
              "is the author's paraphrase. The first long quote is the mayor's, with only 'he' at its end. "
              "'promises 600 flats ... and “a park ...”' has noun objects but the marked words are a partial "
              "quote. 'He wrote on Telegram' is Holub, two sentences back, with Kaltenbach (also a man) in "
              "between: it is Holub who has the lawyer and runs the campaign. The former mayor's words inside "
              "Kaltenbach's quote are nested; 'Ernst' inside them names Kaltenbach.",
    ),
]
