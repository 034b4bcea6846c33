# ruff: noqa: E501
"""French and German articles (all invented).

French guillemets come with a no-break space (U+00A0), a narrow no-break space (U+202F), a plain space, or
none; German with „ “, ‚ ‘ and » «.
"""

from check_gold import Article, D, O, P, R

MARCH = "Julien Marchetti"
LAPTEV = "Evgueni Laptev"
MAE_V = "ministère valdorien des Affaires étrangères"
MIN_C = "ministère corvénien de la Pêche"
FONT = "Claire Fontanieu"
BRISAC = "Hélène Brisac"
ALB = "Katrin Albrecht-Severin"
PFANN = "Jörg Pfannmüller"
KW = "Karl Weber"
AW = "Anna Weber"

ARTICLES = [
    Article(
        id="fr-01-port",
        split="dev",
        lang="fr",
        style="wire",
        cases=("guillemets-nbsp", "a-declare", "selon", "role-noun", "title-stripped-variant", "pronoun",
               "partial-in-reported", "org-speaker", "speaker-after-reported"),
        text="""\
Vessane : le maire promet la réouverture du port de plaisance avant l'été

VESSANE, 4 mars (Agence Littorale) – Le port de plaisance de Vessane rouvrira avant le 1er juin, a déclaré mardi le maire de la ville, Julien Marchetti.

«\u00a0Les travaux de dragage sont terminés à 80\u00a0%. Nous tiendrons le calendrier\u00a0», a déclaré M. Marchetti lors du conseil municipal.

Selon le maire, le coût total du chantier atteint 4,2 millions d'euros, dont la moitié financée par la région.

L'opposition municipale reste sceptique. «\u00a0On nous a déjà promis une réouverture l'an dernier\u00a0», a rappelé la conseillère Sophie Delorme-Vasseur. Elle a ajouté que les plaisanciers avaient «\u00a0perdu patience\u00a0».

Selon l'association des usagers du port, Cap Vessane, une trentaine de bateaux ont quitté le port pour Saint-Aurel depuis le début des travaux.
""",
        actors=(
            P(MARCH, "Marchetti"),
            P("Sophie Delorme-Vasseur"),
            O("Cap Vessane"),
            O("Agence Littorale"),
        ),
        quotes=(
            R("Le port de plaisance de Vessane rouvrira avant le 1er juin", MARCH, MARCH, "a déclaré"),
            D("Les travaux de dragage sont terminés à 80\u00a0%. Nous tiendrons le calendrier", MARCH, "Marchetti",
              "a déclaré"),
            R("le coût total du chantier atteint 4,2 millions d'euros, dont la moitié financée par la région", MARCH,
              "le maire", "Selon"),
            D("On nous a déjà promis une réouverture l'an dernier", "Sophie Delorme-Vasseur", "Sophie Delorme-Vasseur",
              "a rappelé"),
            R("les plaisanciers avaient «\u00a0perdu patience\u00a0»", "Sophie Delorme-Vasseur", "Elle", "a ajouté que"),
            D("perdu patience", "Sophie Delorme-Vasseur", "Elle", "a ajouté que"),
            R("une trentaine de bateaux ont quitté le port pour Saint-Aurel depuis le début des travaux", "Cap Vessane",
              "Cap Vessane", "Selon"),
        ),
    ),
    Article(
        id="fr-02-quotas",
        split="frozen",
        lang="fr",
        style="wire",
        cases=("guillemets-no-space", "guillemets-plain-space", "split-quote-a-t-il-ajoute", "selon-lui",
               "org-speaker", "one-word-partial", "partial-in-reported", "unnamed-speaker", "transliteration",
               "pronoun"),
        text="""\
Pêche : Valdoria accuse la Corvénie de violer l'accord sur les quotas

TALLIVA, 12 octobre (Agence Littorale) – Le ministère valdorien des Affaires étrangères a accusé jeudi la Corvénie de « saboter » l'accord de pêche signé en 2019.

«La partie corvénienne a dépassé ses quotas de 30% deux années de suite», a affirmé le porte-parole du ministère, Evgueni Laptev, lors de son point de presse hebdomadaire. «Nous ne pouvons pas, a-t-il ajouté, fermer les yeux indéfiniment.»

Selon lui, une réunion de la commission mixte est prévue en novembre à Port Selmar.

Le ministère corvénien de la Pêche a rejeté ces accusations, qu'il juge «sans fondement». Son porte-parole, Janis Ozols, a assuré que les captures avaient été «scrupuleusement déclarées».

Plusieurs pêcheurs de Vessane, interrogés par notre agence, disent ne plus croire aux «promesses des capitales».
""",
        actors=(
            O(MAE_V),
            P(LAPTEV),
            O(MIN_C),
            P("Janis Ozols"),
            O("Agence Littorale"),
        ),
        quotes=(
            D("saboter", MAE_V, "Le ministère valdorien des Affaires étrangères", "a accusé"),
            D("La partie corvénienne a dépassé ses quotas de 30% deux années de suite", LAPTEV, LAPTEV, "a affirmé"),
            D("Nous ne pouvons pas,", LAPTEV, "il", "a-t-il ajouté"),
            D("fermer les yeux indéfiniment.", LAPTEV, "il", "a-t-il ajouté"),
            R("une réunion de la commission mixte est prévue en novembre à Port Selmar", LAPTEV, "lui", "Selon"),
            D("sans fondement", MIN_C, "il", "juge"),
            R("les captures avaient été «scrupuleusement déclarées»", "Janis Ozols", "Janis Ozols", "a assuré que"),
            D("scrupuleusement déclarées", "Janis Ozols", "Janis Ozols", "a assuré que"),
            D("promesses des capitales", None, "Plusieurs pêcheurs de Vessane", "disent"),
        ),
    ),
    Article(
        id="fr-03-tourisme",
        split="dev",
        lang="fr",
        style="feature",
        cases=("guillemets-narrow-nbsp", "scare-quotes", "title-in-quotes", "one-word-partial", "a-affirme-que",
               "selon", "pour-x", "partial-in-reported", "whole-clause-quoted", "title-stripped-variant",
               "org-speaker", "pronoun"),
        text="""\
Le «\u202fmiracle\u202f» du tourisme à Vessane laisse les habitants perplexes

Dans une interview au quotidien «\u202fLe Matin de Vessane\u202f», la préfète de la région, Claire Fontanieu, a affirmé que la saison 2024 avait été «\u202fhistorique\u202f». Selon la préfecture, la fréquentation a progressé de 22\u202f% en un an.

Mais les habitants du vieux port parlent d'un «\u202fmiracle\u202f» en levant les yeux au ciel. «\u202fLes touristes, on les voit passer. Ils ne s'arrêtent pas\u202f», résume Paul Ménard, qui tient une boulangerie depuis trente ans.

Pour l'économiste Hélène Brisac, le chiffre de la préfecture est «\u202ftrompeur\u202f» : il compte les passagers des ferries en transit. Elle estime que les commerces du centre n'en ont tiré «\u202fpresque rien\u202f».

Interrogée à ce sujet, Mme Fontanieu a reconnu que «\u202ftout le monde n'en profite pas de la même manière\u202f».
""",
        actors=(
            O("Le Matin de Vessane"),
            P(FONT, "Fontanieu"),
            O("préfecture"),
            P("Paul Ménard"),
            P(BRISAC),
        ),
        quotes=(
            R("la saison 2024 avait été «\u202fhistorique\u202f»", FONT, FONT, "a affirmé que"),
            D("historique", FONT, FONT, "a affirmé que"),
            R("la fréquentation a progressé de 22\u202f% en un an", "préfecture", "la préfecture", "Selon"),
            D("Les touristes, on les voit passer. Ils ne s'arrêtent pas", "Paul Ménard", "Paul Ménard", "résume"),
            R("le chiffre de la préfecture est «\u202ftrompeur\u202f» : il compte les passagers des ferries en transit",
              BRISAC, BRISAC, "Pour"),
            D("trompeur", BRISAC, BRISAC, "Pour"),
            R("les commerces du centre n'en ont tiré «\u202fpresque rien\u202f»", BRISAC, "Elle", "estime que"),
            D("presque rien", BRISAC, "Elle", "estime que"),
            D("tout le monde n'en profite pas de la même manière", FONT, "Mme Fontanieu", "a reconnu que"),
        ),
    ),
    Article(
        id="de-01-bruecke",
        split="dev",
        lang="de",
        style="wire",
        cases=("low-high-quotes", "sagte", "so-x", "nested-quote", "laut", "konjunktiv-reported",
               "unnamed-speaker", "org-speaker", "teilte-mit"),
        text="""\
Brückenstreit: Bürgermeisterin von Lindenau kündigt Bürgerbefragung an

LINDENAU (ndl) – Im Streit um den Neubau der Mühlbrücke will Bürgermeisterin Katrin Albrecht-Severin die Bürger befragen. „Die Menschen in Lindenau sollen selbst entscheiden, ob sie eine breitere Brücke wollen“, sagte Albrecht-Severin am Montag vor dem Stadtrat.

Die Fraktion der Unabhängigen Wähler kritisierte den Vorschlag. Ihr Vorsitzender Jörg Pfannmüller sagte, die Stadt verschiebe damit nur eine längst fällige Entscheidung. „Wenn ich höre ‚Wir fragen die Bürger‘, dann weiß ich: Man hat keinen Plan“, so Pfannmüller.

Laut dem Landesamt für Straßenbau würde eine breitere Brücke rund 3,8 Millionen Euro mehr kosten. Die Befragung soll im Juni stattfinden, teilte die Stadtverwaltung Lindenau mit.

Anwohner der Brückenstraße befürchten mehr Lastwagenverkehr. „Schon jetzt zittern bei uns die Gläser im Schrank“, sagte eine Anwohnerin.
""",
        actors=(
            O("ndl"),
            P(ALB, "Albrecht-Severin"),
            O("Unabhängigen Wähler"),
            P(PFANN, "Pfannmüller"),
            O("Landesamt für Straßenbau"),
            O("Stadtverwaltung Lindenau"),
        ),
        quotes=(
            D("Die Menschen in Lindenau sollen selbst entscheiden, ob sie eine breitere Brücke wollen", ALB,
              "Albrecht-Severin", "sagte"),
            R("die Stadt verschiebe damit nur eine längst fällige Entscheidung", PFANN, PFANN, "sagte"),
            D("Wenn ich höre ‚Wir fragen die Bürger‘, dann weiß ich: Man hat keinen Plan", PFANN, "Pfannmüller", "so"),
            R("würde eine breitere Brücke rund 3,8 Millionen Euro mehr kosten", "Landesamt für Straßenbau",
              "Landesamt für Straßenbau", "Laut"),
            R("Die Befragung soll im Juni stattfinden", "Stadtverwaltung Lindenau", "Stadtverwaltung Lindenau",
              "teilte"),
            D("Schon jetzt zittern bei uns die Gläser im Schrank", None, "eine Anwohnerin", "sagte"),
        ),
    ),
    Article(
        id="de-02-chemiewerk",
        split="frozen",
        lang="de",
        style="wire",
        cases=("reversed-guillemets", "shared-surname-no-merge", "backward-attribution", "role-noun", "pronoun",
               "wie-x-mitteilte", "konjunktiv-reported", "org-speaker", "partial-in-reported"),
        text="""\
Chemiewerk Hallbach: Betriebsrat warnt vor Stellenabbau

HALLBACH – Im Chemiewerk Hallbach droht der Abbau von bis zu 600 Stellen. Das erklärte Betriebsratschef Karl Weber am Mittwoch vor rund 2000 Beschäftigten am Werkstor.

»Wir werden um jeden einzelnen Arbeitsplatz kämpfen«, rief Weber unter Applaus. Die Geschäftsführung habe den Betriebsrat erst am Montag über die Pläne informiert, betonte er.

Werksleiterin Anna Weber – mit dem Betriebsratschef weder verwandt noch verschwägert – widersprach. Wie Anna Weber mitteilte, sei noch keine Entscheidung gefallen. »Wir prüfen alle Optionen, auch einen Verkauf einzelner Anlagen«, sagte die Werksleiterin.

Die Gewerkschaft IG Chemie Nord kündigte Warnstreiks an, falls die Pläne nicht vom Tisch kommen. Ein Sprecher des Landeswirtschaftsministeriums sagte, man stehe mit dem Unternehmen »in engem Austausch«.
""",
        actors=(
            O("Chemiewerk Hallbach"),
            P(KW, "Weber"),
            P(AW),
            O("IG Chemie Nord"),
            O("Landeswirtschaftsministeriums"),
        ),
        quotes=(
            R("Im Chemiewerk Hallbach droht der Abbau von bis zu 600 Stellen", KW, KW, "Das erklärte"),
            D("Wir werden um jeden einzelnen Arbeitsplatz kämpfen", KW, "Weber", "rief"),
            R("Die Geschäftsführung habe den Betriebsrat erst am Montag über die Pläne informiert", KW, "er", "betonte"),
            R("sei noch keine Entscheidung gefallen", AW, AW, "mitteilte"),
            D("Wir prüfen alle Optionen, auch einen Verkauf einzelner Anlagen", AW, "die Werksleiterin", "sagte"),
            R("man stehe mit dem Unternehmen »in engem Austausch«", "Landeswirtschaftsministeriums",
              "Ein Sprecher des Landeswirtschaftsministeriums", "sagte"),
            D("in engem Austausch", "Landeswirtschaftsministeriums", "Ein Sprecher des Landeswirtschaftsministeriums",
              "sagte"),
        ),
    ),
]
