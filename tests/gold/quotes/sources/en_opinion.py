# ruff: noqa: E501
"""English opinion and feature pieces (all invented): scare quotes, nicknames, multi-paragraph quotes."""

from check_gold import Article, D, O, P, R

BRODY = "Harold Brody"
KOSTRIN = "Matvei Kostrin"
RAKH = "Timur Rakhmanov"
LIEP = "Agnese Liepina"
OKAFOR = "Desmond Okafor-Reyes"

ARTICLES = [
    Article(
        id="en-op-01-smart-sanctions",
        split="dev",
        lang="en",
        style="opinion",
        cases=("scare-quotes", "nickname-in-quotes", "multi-paragraph-quote", "pronoun", "unnamed-speaker",
               "author-mock-paraphrase-not-a-quote", "partial-in-reported", "straight-double"),
        text="""\
The senator's "smart" sanctions are anything but
By Miriam Castellane

The capital loves a slogan, and Senator Harold "Ten Tanks" Brody has given it a new one: "smart" sanctions. The phrase is meant to suggest precision. In practice it means punishing Korvenian farmers for the decisions of their government.

Harold Brody made his case on Tuesday at the Lindell Institute. "We are not at war with the Korvenian people," he said. "We are at war with a regime that steals from them.

"Every coin we freeze is a coin that does not buy a missile.

"And if that hurts, it is supposed to hurt."

It is a tidy speech. The economist Ruth Abernathy pointed out in a paper last month that the numbers contradict it: the frozen accounts belonged mostly to grain traders, not generals. Abernathy wrote that the sanctions had "moved the pain down the ladder, not up it."

Brody's office did not answer my questions about the paper. Officials at the finance office said the program was "under continuous review," which in this town means "we will not be changing anything."

The senator earned his nickname by demanding ten more tanks for every brigade in a budget fight six years ago. He has always preferred big numbers to precise ones. His "smart" sanctions are no different.
""",
        actors=(
            P(BRODY, "Brody", 'Harold "Ten Tanks" Brody'),
            P("Miriam Castellane"),
            P("Ruth Abernathy", "Abernathy"),
            O("Lindell Institute"),
        ),
        quotes=(
            D("We are not at war with the Korvenian people,", BRODY, "he", "said"),
            D('We are at war with a regime that steals from them.\n\n"Every coin we freeze is a coin that does not buy a missile.\n\n"And if that hurts, it is supposed to hurt.',
              BRODY, "he", "said"),
            R("the numbers contradict it: the frozen accounts belonged mostly to grain traders, not generals",
              "Ruth Abernathy", "Ruth Abernathy", "pointed out"),
            R('the sanctions had "moved the pain down the ladder, not up it."', "Ruth Abernathy", "Abernathy",
              "wrote that"),
            D("moved the pain down the ladder, not up it.", "Ruth Abernathy", "Abernathy", "wrote that"),
            R('the program was "under continuous review,"', None, "Officials at the finance office", "said"),
            D("under continuous review,", None, "Officials at the finance office", "said"),
        ),
    ),
    Article(
        id="en-op-02-ferryman",
        split="frozen",
        lang="en",
        style="feature",
        cases=("multi-paragraph-quote", "nickname-in-quotes", "title-in-quotes", "unnamed-speaker", "pronoun",
               "gender-form-different-people", "given-name-only", "split-quote-continuation", "curly-double",
               "partial-in-reported"),
        text="""\
The last ferryman of the Dravna
By Tobias Wrenfield

For thirty-one years, Matvei Kostrin has carried passengers across the Dravna on a flat-bottomed ferry he calls “the old lady.” When the new bridge opens in September, his job will disappear.

Kostrin does not sound bitter. “People think I will miss the money,” he told me as we crossed in a light rain. “I will miss the faces.

“A woman took this ferry to the maternity hospital in 1994. Last spring her son took it to his wedding.

“Tell me which bridge remembers things like that.”

Local officials say the ferry licence will not be renewed after the bridge opens. A regional transport spokesman, who asked not to be named, said the service had been “losing money for a decade.”

Kostrin’s daughter, Daria Kostrina, has written a small book about the crossing, “Between Two Banks,” which sells in the kiosk on the pier. She says her father “pretends to be a philosopher but is really a mechanic.”

When I asked Matvei what he will do in October, he laughed. “Fish,” he said. “From the bridge.”
""",
        actors=(
            P(KOSTRIN, "Kostrin", "Matvei"),
            P("Daria Kostrina"),
            P("Tobias Wrenfield"),
        ),
        quotes=(
            D("People think I will miss the money,", KOSTRIN, "he", "told me"),
            D("I will miss the faces.\n\n“A woman took this ferry to the maternity hospital in 1994. Last spring her son took it to his wedding.\n\n“Tell me which bridge remembers things like that.",
              KOSTRIN, "he", "told me"),
            R("the ferry licence will not be renewed after the bridge opens", None, "Local officials", "say"),
            R("the service had been “losing money for a decade.”", None, "A regional transport spokesman", "said"),
            D("losing money for a decade.", None, "A regional transport spokesman", "said"),
            R("her father “pretends to be a philosopher but is really a mechanic.”", "Daria Kostrina", "She", "says"),
            D("pretends to be a philosopher but is really a mechanic.", "Daria Kostrina", "She", "says"),
            D("Fish,", KOSTRIN, "he", "said"),
            D("From the bridge.", KOSTRIN, "he", "said"),
        ),
    ),
    Article(
        id="en-op-03-peace-plan",
        split="dev",
        lang="en",
        style="opinion",
        cases=("scare-quotes", "so-called", "nested-quote", "word-mention-not-a-quote", "one-word-partial",
               "partial-in-reported", "speaker-in-middle", "pronoun", "straight-double", "straight-single"),
        text="""\
Why the "peace plan" is a surrender note
By Oskar Hallberg

Nobody in Talliva should be fooled by the so-called "peace plan" that Valdorian envoys have been selling around the region this month.

Its author, Valdorian presidential adviser Timur Rakhmanov, insists the plan is "a fair compromise." At a forum in Port Selmar last week he went further. "When our partners ask me, 'What do you want from Korvenia?', I answer: 'Only neutrality and good neighbourliness,'" Rakhmanov said.

Good neighbourliness, in this plan, means Korvenia gives up its air defences and Valdoria keeps its bases. Korvenian Foreign Minister Aldis Berzkalns called the proposal "an ultimatum in a diplomat's suit."

The envoys' favourite word is "realism." Realism, we are told, requires Korvenia to accept what it cannot change. I would suggest a different kind of realism: the kind that remembers what happened the last time a neighbour promised "good neighbourliness."

Former Korvenian president Liga Arajuma put it best in a television interview on Sunday: the plan, she said, "asks us to lock our doors and hand the key to the burglar."
""",
        actors=(
            P("Oskar Hallberg"),
            P(RAKH, "Rakhmanov"),
            P("Aldis Berzkalns"),
            P("Liga Arajuma"),
        ),
        quotes=(
            R('the plan is "a fair compromise."', RAKH, RAKH, "insists"),
            D("a fair compromise.", RAKH, RAKH, "insists"),
            D("When our partners ask me, 'What do you want from Korvenia?', I answer: 'Only neutrality and good neighbourliness,'",
              RAKH, "Rakhmanov", "said"),
            D("an ultimatum in a diplomat's suit.", "Aldis Berzkalns", "Aldis Berzkalns", "called"),
            D("asks us to lock our doors and hand the key to the burglar.", "Liga Arajuma", "she", "said"),
        ),
    ),
    Article(
        id="en-op-04-mayor-phone",
        split="dev",
        lang="en",
        style="feature",
        cases=("present-tense-says", "role-noun", "pronoun", "org-speaker", "partial-in-reported",
               "split-quote-continuation", "notes", "curly-double"),
        text="""\
A mayor who answers her own phone
By Clara Nyberg

The mayor of Vessane, a fishing town of 9,000 people, keeps a landline on her desk and answers it herself. “If people have my number, they don’t need to write angry posts about me,” says Agnese Liepina, 44, who has run the town since 2020.

Her critics are less charmed. Councillor Rolands Priede says the mayor “confuses being available with being effective.” He notes that the harbour has waited four years for a new breakwater.

Liepina does not dispute the delay. She says the money is stuck in the capital. “I can answer a thousand calls, but I cannot answer for the ministry,” the mayor says.

The Ministry of Regional Development says the breakwater is scheduled for next year’s budget. Residents I spoke to were sceptical. “They said that last year too,” says Edgars Kalns, who repairs nets on the pier.

Back in her office, Liepina’s phone rings again. She listens, nods and writes something down. “Another pothole,” she says. “Nobody writes posts about potholes that get fixed.”
""",
        actors=(
            P("Clara Nyberg"),
            P(LIEP, "Liepina"),
            P("Rolands Priede"),
            P("Edgars Kalns"),
            O("Ministry of Regional Development"),
        ),
        quotes=(
            D("If people have my number, they don’t need to write angry posts about me,", LIEP, LIEP, "says"),
            R("the mayor “confuses being available with being effective.”", "Rolands Priede", "Rolands Priede", "says"),
            D("confuses being available with being effective.", "Rolands Priede", "Rolands Priede", "says"),
            R("the harbour has waited four years for a new breakwater", "Rolands Priede", "He", "notes that"),
            R("the money is stuck in the capital", LIEP, "She", "says"),
            D("I can answer a thousand calls, but I cannot answer for the ministry,", LIEP, "the mayor", "says"),
            R("the breakwater is scheduled for next year’s budget", "Ministry of Regional Development",
              "The Ministry of Regional Development", "says"),
            D("They said that last year too,", "Edgars Kalns", "Edgars Kalns", "says"),
            D("Another pothole,", LIEP, "she", "says"),
            D("Nobody writes posts about potholes that get fixed.", LIEP, "she", "says"),
        ),
    ),
    Article(
        id="en-op-05-regulator",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("scare-quotes", "as-noted-by", "org-speaker", "unnamed-speaker", "partial-in-reported",
               "split-quote-continuation", "pronoun", "straight-double"),
        text="""\
Opinion: Our "independent" regulator isn't
By Walter Penhallow

When the Energy Oversight Commission approved a 19 percent rise in household tariffs last week, its chairman, Desmond Okafor-Reyes, called the decision "painful but unavoidable." Painful, certainly. Unavoidable? Only if you believe the commission's "independent" analysis, which was paid for by the very utilities it regulates.

As noted by the consumer group FairMeter, three of the commission's five members previously worked for those utilities. FairMeter's director, Nell Quarshie, told this newspaper that the commission had "stopped pretending to be a referee."

Okafor-Reyes rejects the charge. "Our members are chosen for their expertise, and expertise comes from the industry," he said in a statement. "That is not a conflict. That is a qualification."

The utilities say the rise reflects higher fuel costs. Perhaps. But the "expertise" Okafor-Reyes praises somehow never concludes that tariffs should fall.

Parliament's energy committee will hold a hearing on the tariffs next month. Its chair, Ben Adeyemi-Hart, said he wanted "every contract on the table." He should get them.
""",
        actors=(
            P("Walter Penhallow"),
            O("Energy Oversight Commission"),
            P(OKAFOR, "Okafor-Reyes"),
            O("FairMeter"),
            P("Nell Quarshie"),
            P("Ben Adeyemi-Hart"),
        ),
        quotes=(
            D("painful but unavoidable.", OKAFOR, OKAFOR, "called"),
            R("three of the commission's five members previously worked for those utilities", "FairMeter", "FairMeter",
              "As noted by"),
            R('the commission had "stopped pretending to be a referee."', "Nell Quarshie", "Nell Quarshie",
              "told this newspaper that"),
            D("stopped pretending to be a referee.", "Nell Quarshie", "Nell Quarshie", "told this newspaper that"),
            D("Our members are chosen for their expertise, and expertise comes from the industry,", OKAFOR, "he",
              "said in a statement"),
            D("That is not a conflict. That is a qualification.", OKAFOR, "he", "said in a statement"),
            R("the rise reflects higher fuel costs", None, "The utilities", "say"),
            R('he wanted "every contract on the table."', "Ben Adeyemi-Hart", "Ben Adeyemi-Hart", "said"),
            D("every contract on the table.", "Ben Adeyemi-Hart", "Ben Adeyemi-Hart", "said"),
        ),
    ),
]
