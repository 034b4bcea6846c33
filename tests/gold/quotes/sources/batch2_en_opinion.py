# ruff: noqa: E501
"""Second batch: English opinion and feature pieces (all invented).

The author quotes several people and carries them across paragraphs with pronouns; slogans, inscriptions,
documents and scare quotes are in marks but are not quotes; a quoted question is a direct quote.
"""

from check_gold import Article, D, O, P, R

MARL = "Denise Marlowe"
OSTR = "Graham Ostrowski"
PETR = "Anka Petrovska"
HORV = "Milan Horvat"
BOZ = "Dragica Bozic"
QUAY = "Alastair Quayle"
TOLAN = "Mairead Tolan"
FEMI = "Femi Adebayo-Roth"

ARTICLES = [
    Article(
        id="en-op-06-ring-road",
        split="dev",
        lang="en",
        style="opinion",
        cases=("slogan-not-a-quote", "scare-quotes", "pronoun", "pronoun-before-name", "split-quote-continuation",
               "present-tense-says", "partial-in-reported", "quoted-question", "given-name-only",
               "document-source-not-a-quote", "unnamed-speaker", "straight-double", "told-me"),
        text="""\
The ring road nobody asked for
By Oksana Pell-Whitaker

Every few years a city hall discovers a slogan and mistakes it for a policy. This year it is "Move Freely, Breathe Freely," printed on the banners that now hang over every bridge in Harrowgate. The slogan belongs to the new outer ring road, a 14-mile strip of asphalt that is somehow an "environmental" project.

Councillor Denise Marlowe, who chairs the transport committee, explained the logic to me over coffee. "Cars stuck in traffic pollute more than cars that move," she said. "Give them a ring and the centre will breathe."

It is a neat theory. Graham Ostrowski, a traffic engineer who spent thirty years designing junctions for the county, does not buy it. New roads fill up within five years, he told me. "Ask any engineer what happens when you widen a motorway," he said. "Then ask them why nobody in that building asked."

According to the council's own environmental assessment, published in March, emissions along the route will rise. That line sits on page 212. It does not appear on the banners.

Marlowe says the assessment is "too cautious." When I put Ostrowski's numbers to her, she laughed. "Graham has been predicting gridlock since 1994," she said. "We are still moving."

Residents of Fenwick Lane, whose gardens will back onto the new road, have formed a group called Quiet Fenwick. At a public meeting last week its founder, Ruth Adeyemi-Clarke, asked the question the council has never answered: "Who decided that our children's lungs were the price?"

Nobody on the platform replied. A council spokesman later said the authority "engages with all residents."

Engagement, in this town, means a leaflet.
""",
        actors=(
            P("Oksana Pell-Whitaker"),
            P(MARL, "Marlowe"),
            P(OSTR, "Ostrowski", "Graham"),
            O("Quiet Fenwick"),
            P("Ruth Adeyemi-Clarke"),
        ),
        quotes=(
            D("Cars stuck in traffic pollute more than cars that move,", MARL, "she", "said"),
            D("Give them a ring and the centre will breathe.", MARL, "she", "said"),
            R("New roads fill up within five years", OSTR, "he", "told me"),
            D("Ask any engineer what happens when you widen a motorway,", OSTR, "he", "said"),
            D("Then ask them why nobody in that building asked.", OSTR, "he", "said"),
            R('the assessment is "too cautious."', MARL, "Marlowe", "says"),
            D("too cautious.", MARL, "Marlowe", "says"),
            D("Graham has been predicting gridlock since 1994,", MARL, "she", "said"),
            D("We are still moving.", MARL, "she", "said"),
            D("Who decided that our children's lungs were the price?", "Ruth Adeyemi-Clarke", "Ruth Adeyemi-Clarke",
              "asked"),
            R('the authority "engages with all residents."', None, "A council spokesman", "said"),
            D("engages with all residents.", None, "A council spokesman", "said"),
        ),
        notes="The banner slogan and the scare-quoted 'environmental' are not quotes; the environmental "
              "assessment is a document ('According to the council's own environmental assessment'), not a "
              "speaker. The council is never named, so its spokesman is an unnamed source. 'Graham' inside "
              "Marlowe's quote names Ostrowski.",
    ),
    Article(
        id="en-op-07-valley-doctor",
        split="dev",
        lang="en",
        style="feature",
        cases=("multi-paragraph-quote", "split-quote-continuation", "pronoun", "pronoun-same-gender-intervening",
               "org-speaker", "present-tense-says", "nested-quote", "straight-single", "straight-double",
               "indirect-question-not-a-quote", "speaker-after-quote"),
        text="""\
In a valley with one doctor, the night shift never ends

By Tomasz Wierzbicki

GORNA REKA — The phone in Dr. Anka Petrovska's kitchen rings, on a normal week, about forty times after dark. She keeps a notebook beside it and writes down every call: a fever, a fall, a cow that swallowed a wire.

"People think a village doctor treats people," she said on a recent evening, pouring tea for a visitor. "I treat whatever is in front of me.

"Last winter a man drove his grandmother here on a tractor through the snow. She was fine. The tractor was not."

Petrovska, 61, is the only physician for nine villages and about 4,000 people. The regional health authority, the Upper Reka Health Board, says it has advertised a second post for three years without a single applicant.

Its director, Milan Horvat, said young doctors were put off by the roads and the pay. "We offer a house and a car," he said. "They ask me, 'Where is the nearest cinema?' and I have no answer."

Her neighbour Dragica Bozic, who has lived in Gorna Reka all her life, said the doctor had saved her husband twice. "When she retires, we will all have to become very careful people," Bozic said, laughing.

Petrovska does not like to talk about retiring. Asked when she might stop, she shrugged.

"When the phone stops," she said.
""",
        actors=(
            P("Tomasz Wierzbicki"),
            P(PETR, "Petrovska"),
            O("Upper Reka Health Board"),
            P(HORV),
            P(BOZ, "Bozic"),
        ),
        quotes=(
            D("People think a village doctor treats people,", PETR, "she", "said"),
            D('I treat whatever is in front of me.\n\n"Last winter a man drove his grandmother here on a tractor through the snow. She was fine. The tractor was not.',
              PETR, "she", "said"),
            R("it has advertised a second post for three years without a single applicant", "Upper Reka Health Board",
              "Upper Reka Health Board", "says"),
            R("young doctors were put off by the roads and the pay", HORV, HORV, "said"),
            D("We offer a house and a car,", HORV, "he", "said"),
            D("They ask me, 'Where is the nearest cinema?' and I have no answer.", HORV, "he", "said"),
            R("the doctor had saved her husband twice", BOZ, BOZ, "said"),
            D("When she retires, we will all have to become very careful people,", BOZ, "Bozic", "said"),
            D("When the phone stops,", PETR, "she", "said"),
        ),
        notes="The second half of Petrovska's first quote runs over two paragraphs (one quote). The last 'she' is "
              "Petrovska although Bozic, also a woman, spoke last. 'Asked when she might stop' is an indirect "
              "question, not a quote.",
    ),
    Article(
        id="en-op-08-student-paper",
        split="frozen",
        lang="en",
        style="opinion",
        cases=("inscription-not-a-quote", "pronoun-before-name", "partial-in-reported", "org-speaker",
               "speaker-after-quote", "long-quote", "quoted-question", "pronoun", "pronoun-after-other-gender",
               "document-quote-not-a-quote", "indirect-question-not-a-quote", "nested-quote", "straight-single",
               "through-a-lawyer", "scare-quotes", "straight-double"),
        text="""\
When a university fears its own newspaper
By Catriona Vell

There is a plaque in the hall of Brennock University that reads "Truth Without Fear." It was unveiled in 1962. Last month the university's rector, Professor Alastair Quayle, suspended the student newspaper, The Brennock Lantern, for publishing what he called "unverified allegations."

The allegations were about money: the Lantern reported that a building contract worth 4 million pounds had gone to a firm owned by the husband of a university trustee. The university has not denied the story. It has simply made the paper disappear.

"We are not against student journalism. We are against reckless journalism that damages the reputation of an institution that took six centuries to build," Quayle told the academic senate on Thursday, in a speech the university later posted online.

Few in the room were convinced. Dr. Mairead Tolan, who teaches media law, stood up and asked him a simple question: "Which sentence in the article was false?" He did not answer it. She told me afterwards that in twenty years she had never seen a senate so quiet.

The Lantern's editor, Femi Adebayo-Roth, is 21. He keeps the suspension letter pinned above his desk. It warns that any further publication "will be treated as a disciplinary matter." When I asked him whether he was afraid, he laughed. "My grandmother told me, 'If they send you letters, you are doing your job,'" he said.

The trustee in question, Harriet Strand, said through a lawyer that she "had no involvement whatsoever" in the tender. Perhaps so. But a university confident of that would publish the documents, not padlock the newsroom.

The university's "review" of the affair is due in June. I would not hold my breath.
""",
        actors=(
            P("Catriona Vell"),
            O("Brennock University"),
            P(QUAY, "Quayle"),
            O("Brennock Lantern", "Lantern"),
            P(TOLAN),
            P(FEMI),
            P("Harriet Strand"),
        ),
        quotes=(
            D("unverified allegations.", QUAY, "he", "called"),
            R("a building contract worth 4 million pounds had gone to a firm owned by the husband of a university trustee",
              "Brennock Lantern", "the Lantern", "reported that"),
            D("We are not against student journalism. We are against reckless journalism that damages the reputation of an institution that took six centuries to build,",
              QUAY, "Quayle", "told"),
            D("Which sentence in the article was false?", TOLAN, TOLAN, "asked"),
            R("in twenty years she had never seen a senate so quiet", TOLAN, "She", "told me afterwards that"),
            D("My grandmother told me, 'If they send you letters, you are doing your job,'", FEMI, "he", "said"),
            R('she "had no involvement whatsoever" in the tender', "Harriet Strand", "Harriet Strand",
              "said through a lawyer that"),
            D("had no involvement whatsoever", "Harriet Strand", "Harriet Strand", "said through a lawyer that"),
        ),
        notes="The plaque's motto and the suspension letter's words are in marks but come from an inscription and "
              "a document, not a speaker: not quotes. 'review' is a scare quote. 'When I asked him whether he was "
              "afraid' is an indirect question. 'She' (Tolan) comes after 'He' (Quayle).",
    ),
]
