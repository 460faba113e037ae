"""The kind and the day a news desk gives to invented French news sentences, written in
the styles of several outlets (an AFP dispatch, a regional daily, a court report, sport, an
economy release, the weather), one table per class of sentence the development sets do not
cover well (issue 9: rules that hold on news in general, not on the texts of the sets).

Each row: (body, publication day, words of the sentence, roles it may have, its kind or
None when any event kind will do, the day or days it may be dated or None when it is not
dated on its own)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

FOLLOWING = TOLD
NO_EVENT_OF_ITS_OWN = NO_EVENT | {"follow-up"}

# an act told in a relative clause or an apposition does not date the main clause's act
RELATIVES = [
    (
        "Le conducteur, qui a été interpellé mardi soir à Nantes, a été mis en examen jeudi "
        "pour homicide involontaire.",
        "2024-03-15",
        "mis en examen",
        EVENT,
        "happening",
        "2024-03-14",
    ),
    (
        "L'ancien maire, qui avait démissionné lundi, a été placé en garde à vue mercredi matin.",
        "2024-03-14",
        "garde à vue",
        EVENT,
        "happening",
        "2024-03-13",
    ),
    (
        "Le conducteur, interpellé mardi soir, a été mis en examen jeudi.",
        "2024-03-15",
        "mis en examen",
        EVENT,
        "happening",
        "2024-03-14",
    ),
    # a participle of gathering sets the scene: its day dates the act
    (
        "Les ministres européens de l'Agriculture, réunis lundi à Bruxelles, ont adopté un "
        "plan d'aide aux éleveurs.",
        "2024-03-13",
        "plan d'aide",
        EVENT,
        "happening",
        "2024-03-11",
    ),
    # ... not a participle of another act, which came before it
    (
        "Le conducteur, interpellé mardi soir, a été mis en examen.",
        "2024-03-15",
        "mis en examen",
        EVENT,
        "happening",
        "2024-03-15",
    ),
    # what came before, opening the sentence with "alors que", does not date the main clause
    (
        "Alors que les plaidoiries de la défense se sont achevées vendredi, les accusés ont eu "
        "la parole une dernière fois ce lundi.",
        "2024-12-16",
        "dernière fois",
        EVENT,
        "happening",
        "2024-12-16",
    ),
    # ... what was going on then tells when
    (
        "Alors qu'il rentrait chez lui le 11 août au soir, un homme a été agressé à Rennes.",
        "2024-08-13",
        "agressé",
        EVENT,
        "happening",
        "2024-08-11",
    ),
    # what was done for a period up to a day is done the day the story tells
    (
        "Des inondations ont fait au moins 95 morts mardi dans la région de Valence.\n\n"
        "Trois jours de deuil national ont été décrétés jusqu'au 2 novembre.",
        "2024-10-31",
        "deuil national",
        EVENT,
        "happening",
        "2024-10-29",
    ),
    # a weekday told again ("Samedi soir") is the story's day, whatever day the tagger
    # counted it from, and the paragraphs after it go on with it
    (
        "Des milliers de manifestants ont défilé samedi soir à Valence.\n\n"
        "Samedi soir, la foule a envahi les rues du centre-ville.\n\n"
        "Les manifestants se sont ensuite rassemblés devant la mairie.",
        "2024-11-10",
        "devant la mairie",
        EVENT,
        "happening",
        "2024-11-09",
    ),
    # a main clause telling a state: the act of the relative clause is the news
    (
        "Les deux hommes, qui ont été arrêtés dimanche à Marseille, sont soupçonnés d'avoir "
        "braqué une bijouterie.",
        "2024-03-12",
        "soupçonnés",
        EVENT,
        None,
        "2024-03-10",
    ),
    (
        "Le joueur, blessé samedi face à Lyon, sera absent trois semaines, a annoncé le club "
        "lundi.",
        "2024-03-12",
        "absent trois semaines",
        EVENT,
        "statement",
        "2024-03-11",
    ),
]

# declaring or proclaiming something so is an act, dated by its own day or the story's
DECLARING = [
    (
        "Le festival s'est ouvert mardi soir à Cannes.\n\n"
        "La présidente du jury a déclaré le festival ouvert devant un parterre de stars.",
        "2024-05-15",
        "déclaré le festival",
        EVENT,
        "happening",
        "2024-05-14",
    ),
    # ... not a judgement: what was said, dated as a statement (in a report of the morning
    # after its story's day, that day: tests/test_events_story_day.py DAY_AFTER; the fresh
    # and dev7 golds date such statements so)
    (
        "Le festival s'est ouvert mardi soir à Cannes.\n\n"
        "Le ministre de la Culture a déclaré la situation du cinéma préoccupante.",
        "2024-05-15",
        "préoccupante",
        EVENT,
        None,
        "2024-05-14",
    ),
    (
        "La finale s'est jouée dimanche à Rome.\n\n"
        "L'arbitre a proclamé l'équipe italienne vainqueur après les tirs au but.",
        "2024-06-10",
        "proclamé",
        EVENT,
        "happening",
        "2024-06-09",
    ),
    (
        "Le Conseil constitutionnel a proclamé jeudi les résultats définitifs de l'élection "
        "présidentielle.",
        "2024-04-26",
        "proclamé",
        EVENT,
        "happening",
        "2024-04-25",
    ),
    (
        "Le tribunal a déclaré dimanche la société en liquidation judiciaire.",
        "2024-04-30",
        "liquidation",
        EVENT,
        "happening",
        "2024-04-28",
    ),
]

# direct speech: the day its reporting clause names dates the saying, whatever the verb and
# whatever day the speaker names ("ce soir", "aujourd'hui": the speaker's day)
QUOTATIONS = [
    (
        "« Ce soir, nous avons écrit une page d'histoire », a déclaré dimanche le capitaine des "
        "Bleus.",
        "2024-07-16",
        "page d'histoire",
        EVENT,
        "statement",
        "2024-07-14",
    ),
    (
        "« Ce soir, je ne lâcherai rien », a lancé samedi la candidate devant ses militants.",
        "2024-06-11",
        "lâcherai rien",
        EVENT,
        None,
        "2024-06-08",
    ),
    (
        "« Aujourd'hui, la ville est sous le choc », a confié lundi le maire à l'AFP.",
        "2024-03-13",
        "sous le choc",
        EVENT,
        "statement",
        "2024-03-11",
    ),
]

# said the evening before an article of the next morning
EVENINGS = [
    (
        "Le ministre de l'Intérieur a annoncé hier soir la fermeture du centre de rétention.",
        "2024-03-12",
        "fermeture",
        EVENT,
        None,
        "2024-03-11",
    ),
    (
        "« Nous ne céderons pas », a déclaré lundi soir le ministre de l'Intérieur.",
        "2024-03-12",
        "céderons",
        EVENT,
        None,
        "2024-03-11",
    ),
    (
        "Le président a annoncé dimanche soir la dissolution de l'Assemblée nationale.",
        "2024-06-10",
        "dissolution",
        EVENT,
        None,
        "2024-06-09",
    ),
    (
        "Le maire a indiqué mardi soir que l'eau du robinet était de nouveau potable.",
        "2024-03-13",
        "potable",
        EVENT,
        "statement",
        "2024-03-12",
    ),
]

# news told in the present, in a later paragraph
NEWS_PRESENT = [
    # a schedule announced for a day to come: the announcement, or the day it announces
    (
        "Les syndicats ont appelé mardi à une grève reconductible.\n\n"
        "La SNCF annonce trois TGV sur cinq pour jeudi.",
        "2024-03-13",
        "annonce trois TGV",
        EVENT,
        None,
        ("2024-03-13", "2024-03-14"),
    ),
]

# a happening told in the past and relayed in the present opens a paragraph: an event
RELAYED = [
    (
        "Plusieurs centaines d'agriculteurs ont bloqué samedi le périphérique de Toulouse avec "
        "leurs tracteurs.\n\n"
        "Certains ont déversé du fumier devant la préfecture, précisent les gendarmes.",
        "2024-01-27",
        "déversé du fumier",
        EVENT,
        "happening",
        "2024-01-27",
    ),
]

# a plural pronoun opening a paragraph: the ones the previous paragraph named
PRONOUNS = [
    (
        "Deux adolescents ont été interpellés lundi soir après l'incendie du gymnase.\n\n"
        "Ils ont été déférés au parquet et mis en examen.",
        "2024-03-13",
        "déférés",
        FOLLOWING,
        None,
        None,
    ),
    (
        "Les agriculteurs ont bloqué mardi l'autoroute A7 près de Valence.\n\n"
        "Ils réclament une baisse des taxes sur le gazole non routier.",
        "2024-01-24",
        "réclament",
        FOLLOWING,
        None,
        None,
    ),
]

# what is not news: descriptions, listings, history, polls, projections, opinions,
# comparisons, captions, forecasts
BACKGROUND = [
    # a description in the imperfect
    (
        "Le suspect a été interpellé mardi à Lyon.\n\n"
        "Il vivait depuis plusieurs années dans un foyer de la banlieue lyonnaise.",
        "2024-03-14",
        "vivait",
        NO_EVENT_OF_ITS_OWN,
        None,
        None,
    ),
    (
        "La tempête a frappé la Bretagne jeudi soir.\n\n"
        "Les vents atteignaient 150 km/h sur la pointe du Finistère en 1999.",
        "2024-11-08",
        "atteignaient",
        NO_EVENT,
        None,
        None,
    ),
    # the generic present
    (
        "Un incendie s'est déclaré lundi dans l'usine de Saint-Fons.\n\n"
        "Le site emploie 300 salariés et produit des engrais azotés.",
        "2024-03-12",
        "emploie 300",
        NO_EVENT,
        None,
        None,
    ),
    (
        "Le club a limogé son entraîneur dimanche soir.\n\n"
        "Le Stade rennais occupe la dixième place du championnat avec 32 points.",
        "2024-03-12",
        "dixième place",
        NO_EVENT,
        None,
        None,
    ),
    # a programme's listing
    (
        "Le festival s'ouvre vendredi à Arles.\n\n"
        "Au programme : concerts à 20 heures, projections en plein air et feu d'artifice "
        "samedi à 23 heures.",
        "2024-07-03",
        "Au programme",
        NO_EVENT,
        None,
        None,
    ),
    (
        "La fête de la musique a lieu ce vendredi.\n\n"
        "De 18 heures à minuit, scène ouverte place du Capitole, puis DJ set sur les quais.",
        "2024-06-21",
        "scène ouverte",
        NO_EVENT,
        None,
        None,
    ),
    # a historical year
    (
        "La crue a submergé jeudi les quartiers bas de Nîmes.\n\n"
        "En 1988, une inondation avait fait onze morts dans la ville.",
        "2024-10-18",
        "onze morts",
        NO_EVENT,
        None,
        None,
    ),
    (
        "Le pape François est arrivé dimanche à Marseille.\n\n"
        "Le dernier voyage d'un pape dans la ville remonte à 1533.",
        "2024-09-24",
        "remonte à 1533",
        NO_EVENT,
        None,
        None,
    ),
    (
        "La centrale a été mise à l'arrêt lundi.\n\n"
        "Mise en service en 1977, elle est la plus ancienne du parc français.",
        "2024-03-12",
        "Mise en service",
        NO_EVENT,
        None,
        None,
    ),
    # polls
    (
        "Le Premier ministre a présenté mardi son budget.\n\n"
        "Selon un sondage Ifop publié dimanche, 62 % des Français désapprouvent sa politique.",
        "2024-10-03",
        "62 %",
        NO_EVENT,
        None,
        None,
    ),
    (
        "Le candidat a tenu meeting samedi à Lille.\n\n"
        "Il est crédité de 24 % des intentions de vote dans la dernière enquête Elabe.",
        "2024-04-08",
        "crédité",
        NO_EVENT,
        None,
        None,
    ),
    # projections relayed by an institute
    (
        "L'Insee a publié mardi ses chiffres du chômage.\n\n"
        "L'institut prévoit une croissance de 0,8 % en 2025.",
        "2024-12-18",
        "prévoit une croissance",
        NO_EVENT,
        None,
        None,
    ),
    (
        "Météo-France a placé lundi quatre départements en vigilance orange.\n\n"
        "Les cumuls de pluie pourraient atteindre 150 millimètres d'ici mercredi, selon le "
        "prévisionniste.",
        "2024-10-15",
        "cumuls",
        NO_EVENT,
        None,
        None,
    ),
    (
        "La Banque de France a relevé mardi sa prévision.\n\n"
        "Selon ses projections, l'inflation devrait revenir à 2 % en 2026.",
        "2024-12-18",
        "inflation devrait",
        NO_EVENT,
        None,
        None,
    ),
    # quoted opinions: a voice of the street, a commentator
    (
        "Le maire a fermé mercredi la piscine municipale.\n\n"
        "« C'est une honte », estime un habitant du quartier.",
        "2024-07-04",
        "une honte",
        NO_EVENT_OF_ITS_OWN,
        None,
        None,
    ),
    (
        "La réforme a été adoptée lundi à l'Assemblée.\n\n"
        "Pour l'économiste Jean Martin, « cette réforme ne résout rien ».",
        "2024-03-12",
        "ne résout rien",
        NO_EVENT_OF_ITS_OWN,
        None,
        None,
    ),
    # a comparison with a period before
    (
        "Le chômage a baissé de 0,3 point au troisième trimestre, a annoncé mardi l'Insee.\n\n"
        "C'est moins qu'au trimestre précédent, où il avait reculé de 0,5 point.",
        "2024-11-13",
        "moins qu'au",
        NO_EVENT,
        None,
        None,
    ),
    # a caption, the weather to come
    (
        "Des milliers de manifestants ont défilé samedi soir à Valence.\n\n"
        "Les manifestants se sont rassemblés sur la grande place de la mairie de Valence, "
        "avant de parcourir le centre-ville ( photo fournie)",
        "2024-11-10",
        "photo fournie",
        NO_EVENT,
        None,
        None,
    ),
    (
        "Les pompiers ont éteint l'incendie mardi.\n\nPhoto d'illustration / AFP",
        "2024-03-13",
        "Photo",
        NO_EVENT | {"heading"},
        None,
        None,
    ),
    (
        "La tempête Ciaran a touché la Bretagne dans la nuit de mercredi à jeudi.\n\n"
        "Demain, le ciel sera dégagé sur l'ensemble du pays avec des températures de saison.",
        "2024-11-02",
        "ciel sera",
        NO_EVENT,
        None,
        None,
    ),
]

# ... and their look-alikes that stay news: an informant who is not named, a plan
STILL_NEWS = [
    (
        "Le maire a fermé mercredi la piscine municipale.\n\n"
        "« La piscine rouvrira en septembre », a déclaré un porte-parole de la mairie.",
        "2024-07-04",
        "rouvrira",
        EVENT,
        None,
        "2024-07-03",  # said on the story's day: a report of the morning after
    ),
    (
        "Le gouvernement prévoit de fermer la centrale de Cordemais en 2027, a annoncé mardi "
        "le ministre de l'Industrie.",
        "2024-12-18",
        "Cordemais",
        EVENT,
        None,
        "2024-12-17",
    ),
    (
        "Les orages ont dévasté lundi les vignes du Bordelais.\n\n"
        "Le gouvernement aidera les viticulteurs touchés par les orages, a assuré mardi le "
        "ministre de l'Agriculture.",
        "2024-06-12",
        "aidera les viticulteurs",
        EVENT,
        "statement",
        "2024-06-11",
    ),
]

# a gathering named again ("à l'ouverture du sommet", "ce conseil") is the one the article
# dated: what was said or done there is dated on its day, not on the publication's
SCENES = [
    (
        "Les ministres des Finances de la zone euro, réunis lundi à Bruxelles, ont adopté "
        "un plan d'aide à la Grèce.\n\n"
        "A l'ouverture de la réunion, le président de l'Eurogroupe a dénoncé « l'inaction "
        "des créanciers ».",
        "2024-03-13",
        "inaction",
        EVENT,
        None,
        "2024-03-11",
    ),
    (
        "Les chefs d'Etat de l'Union africaine se sont réunis samedi à Addis-Abeba pour un "
        "sommet extraordinaire.\n\n"
        "Le président du Kenya, dont le pays préside l'organisation, a participé à ce sommet.",
        "2024-02-19",
        "participé à ce sommet",
        EVENT,
        None,
        "2024-02-17",
    ),
    (
        "Le conseil municipal de Lyon s'est tenu jeudi soir dans une ambiance tendue.\n\n"
        "Lors de la séance, l'opposition a quitté la salle pour protester contre la hausse "
        "des impôts locaux.",
        "2024-05-18",
        "quitté la salle",
        EVENT,
        "happening",
        "2024-05-16",
    ),
    # a gathering the article never dated: the narration's day as before
    (
        "Lors de la réunion, les syndicats ont quitté la table des négociations.",
        "2024-05-18",
        "quitté la table",
        EVENT,
        "happening",
        "2024-05-18",
    ),
]

# a gathering told with its day in a clause about it ("lors d'un conseil réuni mardi")
# dates what happened there: the clause says when the main act took place
LOCATED = [
    (
        "Des peines de deux à dix ans de prison ont été requises par le parquet, lors d'un "
        "réquisitoire conclu jeudi 14 mars devant la cour d'assises du Nord.",
        "2024-03-16",
        "peines de deux",
        EVENT,
        "happening",
        "2024-03-14",
    ),
    (
        "Le plan de relance a été adopté à l'issue d'un conseil des ministres qui s'est tenu "
        "mardi à l'Elysée.",
        "2024-09-12",
        "plan de relance",
        EVENT,
        "happening",
        "2024-09-10",
    ),
    # ... not a clause about a thing that is no gathering
    (
        "Le conducteur d'un camion volé mardi a été interpellé.",
        "2024-09-12",
        "interpellé",
        EVENT,
        "happening",
        "2024-09-12",
    ),
]

# a period going on named in a clause ("ceux qui le retiennent depuis mercredi") names no
# day of the act: a happening told after a dated one goes on with the story's day
GOING_ON = [
    (
        "Les ministres de l'Union, réunis dimanche à Luxembourg, ont décidé de geler les "
        "avoirs du régime.\n\n"
        "D'autres sanctions ont été adoptées, visant ceux qui occupent le palais présidentiel "
        "depuis mercredi dernier.",
        "2024-06-24",
        "autres sanctions",
        EVENT,
        "happening",
        "2024-06-23",
    ),
]

# a bullet list under the headline: each item is a sentence of its own, dated on its own
BULLETS = [
    (
        "  • Le maire de Brest a démissionné lundi.\n"
        "  • Mercredi, 20 000 personnes ont défilé dans les rues de la ville pour réclamer "
        "des aides.",
        "2024-11-29",
        "20 000 personnes",
        EVENT,
        "happening",
        "2024-11-27",
    ),
    (
        "- Le préfet a levé mardi l'alerte rouge.\n- Jeudi, les écoles ont rouvert.",
        "2024-11-29",
        "écoles ont rouvert",
        EVENT,
        "happening",
        "2024-11-28",
    ),
]

# the conditional of a release ("les prix augmenteraient de 0,6 % en avril"): an estimate
# told the day it is published, about the period it names; not what is to come
ESTIMATES = [
    (
        "Selon l'estimation provisoire de l'Insee, les prix à la consommation augmenteraient "
        "de 2,1 % en mars 2024 sur un an.",
        "2024-03-29",
        "augmenteraient",
        EVENT,
        None,
        "2024-03-29",
    ),
    (
        "Le taux de chômage baisserait de 0,3 point au premier trimestre, selon les premières "
        "estimations de la Dares publiées ce mercredi.",
        "2024-05-15",
        "baisserait",
        EVENT,
        None,
        "2024-05-15",
    ),
    # ... not what is to come in that period, which names no day of an act either: told on
    # the narration's day (``extract._coarse_to_come``), not on the month's first day
    (
        "Le sommet européen se tiendrait en juin à Bruxelles, selon des diplomates.",
        "2024-03-29",
        "sommet européen",
        EVENT,
        None,
        "2024-03-29",
    ),
]

# an act told in a relative clause under a news present does not date the main clause
NEWS_PRESENT_RELATIVES = [
    (
        "Le conducteur, qui a été interpellé mardi à Nantes, est présenté ce vendredi à un "
        "juge d'instruction.",
        "2024-03-15",
        "présenté",
        EVENT,
        "happening",
        "2024-03-15",
    ),
    (
        "L'ancien maire de Grenoble, qui avait démissionné lundi, comparaît devant le tribunal "
        "correctionnel.",
        "2024-03-14",
        "comparaît",
        EVENT,
        None,
        "2024-03-14",
    ),
]

# "Pour <role>, ..." attributes an opinion to that role: told the day it is published
FOR_ROLE = [
    (
        "Pour le procureur de la République, le prévenu a agi avec préméditation.",
        "2024-06-12",
        "préméditation",
        EVENT,
        None,
        "2024-06-12",
    ),
]

# what was said the evening before a morning article ("hier soir", "lundi soir"): that evening
EVENING_BEFORE = [
    (
        "« Nous ne céderons rien », a lancé hier soir le Premier ministre devant les députés.",
        "2024-10-16",
        "céderons",
        EVENT,
        None,
        "2024-10-15",
    ),
    (
        "Le président de la République a appelé lundi soir à « l'unité nationale » lors d'une "
        "allocution télévisée.",
        "2024-10-15",
        "unité nationale",
        EVENT,
        None,
        "2024-10-14",
    ),
]

# a reporting clause in the imperfect, trailing or leading ("ajoutait", "assurait jeudi soir",
# "déclarait mardi soir que"), the shout of a crowd too: what was said, on the day it names
# (an imperfect in "-rait" is no conditional: not the next Thursday)
REPORTED_IN_THE_IMPERFECT = [
    (
        "« La situation est sous contrôle », assurait jeudi soir le préfet.",
        "2024-03-15",
        "sous contrôle",
        EVENT,
        "statement",
        "2024-03-14",
    ),
    (
        "Le maire déclarait mardi soir que l'eau du robinet était de nouveau potable.",
        "2024-03-13",
        "potable",
        EVENT,
        "statement",
        "2024-03-12",
    ),
    (
        "« Nous ne laisserons personne sur le bord de la route », déclarait samedi le ministre "
        "de l'Agriculture.",
        "2024-01-29",
        "bord de la route",
        EVENT,
        "statement",
        "2024-01-27",
    ),
    (
        "Les pompiers ont maîtrisé l'incendie dans la nuit.\n\n"
        "« Le feu est circonscrit », précisait lundi matin la préfecture dans un communiqué.",
        "2024-08-14",
        "circonscrit",
        EVENT,
        "statement",
        "2024-08-12",
    ),
    (
        "« Démission ! », hurlait la foule à l'arrivée du cortège royal dimanche.",
        "2024-11-04",
        "Démission",
        EVENT,
        "statement",
        "2024-11-03",
    ),
]

# the past conditional tells a past act, reported and not confirmed: the day it names is
# behind the publication, not ahead of it (the conditional of what is to come still is)
PAST_CONDITIONAL = [
    (
        "Le suspect aurait été interpellé mardi soir à Marseille.",
        "2024-03-14",
        "interpellé",
        EVENT,
        "happening",
        "2024-03-12",
    ),
    (
        "Le tireur aurait été abattu lundi par les forces de l'ordre, selon une source policière.",
        "2024-03-13",
        "abattu",
        EVENT,
        "happening",
        "2024-03-11",
    ),
    (
        "Selon nos informations, le directeur général aurait démissionné vendredi.",
        "2024-03-18",
        "démissionné",
        EVENT,
        "happening",
        "2024-03-15",
    ),
    (
        "Deux hommes auraient été placés en garde à vue dimanche soir.",
        "2024-03-12",
        "garde à vue",
        EVENT,
        "happening",
        "2024-03-10",
    ),
    (
        "Le bateau se serait retourné samedi au large de Lampedusa, selon les garde-côtes.",
        "2024-06-17",
        "retourné",
        EVENT,
        "happening",
        "2024-06-15",
    ),
    (
        "Le ministre se rendrait jeudi à Marseille, selon son entourage.",
        "2024-03-12",
        "rendrait",
        EVENT,
        "announcement",
        "2024-03-14",
    ),
]

# a paragraph going on with what the previous one said on a day it named ("Pourtant, ..."):
# that day
AFTER_WHAT_WAS_SAID = [
    (
        "Jeudi après-midi, les autorités annonçaient que l'incendie était maîtrisé.\n\n"
        "Pourtant, la préfecture a pris des mesures : fermer les écoles et les crèches.",
        "2024-09-27",
        "fermer les écoles",
        EVENT,
        "happening",
        "2024-09-26",
    ),
]

# direct speech in straight quotes: its reporting clause dates it, as with « »
STRAIGHT_QUOTES = [
    (
        '"Nous ne céderons pas", a déclaré mardi le ministre de l\'Intérieur.',
        "2024-03-14",
        "céderons",
        EVENT,
        "statement",
        "2024-03-12",
    ),
    (
        '"Je ne vous cache pas notre vive inquiétude", a déclaré samedi soir le Premier '
        "ministre à Nice.",
        "2020-10-04",
        "inquiétude",
        EVENT,
        "statement",
        "2020-10-03",
    ),
]

ROWS = (
    RELATIVES
    + DECLARING
    + QUOTATIONS
    + EVENINGS
    + NEWS_PRESENT
    + RELAYED
    + PRONOUNS
    + BACKGROUND
    + STILL_NEWS
    + SCENES
    + LOCATED
    + GOING_ON
    + BULLETS
    + ESTIMATES
    + NEWS_PRESENT_RELATIVES
    + FOR_ROLE
    + EVENING_BEFORE
    + REPORTED_IN_THE_IMPERFECT
    + PAST_CONDITIONAL
    + AFTER_WHAT_WAS_SAID
    + STRAIGHT_QUOTES
)


@pytest.mark.parametrize(("body", "published", "words", "roles", "kind", "days"), ROWS)
def test_the_kind_and_day_a_news_desk_gives(body, published, words, roles, kind, days):
    sentence = sentence_of(body, published, words)
    assert sentence.role in roles
    if kind is not None:
        assert sentence.kind == kind
    if days is not None and sentence.role == "event":
        assert sentence.date is not None
        assert sentence.date.start in ((days,) if isinstance(days, str) else days)
