"""Kinds of sentence in genres of French news the real sets hardly hold, where background is
written differently: a culture review, a sport report, an economy release, a heritage piece,
a court report, a weather bulletin, a portrait or obituary, a live page, a questions and
answers page, passers-by quoted. Invented sentences in each outlet's style, one table per
genre, each no-event row beside a twin that is news (so that a rule dropping every sentence
of a form fails).

Each row: (body, publication day, words of the sentence, roles it may have, its kind or None
when any kind of its roles will do)."""

from __future__ import annotations

import re

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

from timeline.events.lexicon import lexicon

# A culture review: the plot of a film or a book told in the present, the career of its
# author; the news is the release, the prize, the premiere.
CULTURE = [
    (
        "Le film de Justine Triet sort ce mercredi en salles.\n\n"
        "En 1998, une romancière découvre le corps de son mari au pied de leur chalet.",
        "2024-08-21",
        "découvre le corps",
        NO_EVENT,
        None,
    ),
    (
        "Le roman paraît jeudi chez Gallimard.\n\n"
        "L'auteur, né en 1962 à Lyon, a publié son premier livre en 1995.",
        "2024-09-04",
        "premier livre",
        NO_EVENT,
        None,
    ),
    (
        "La pièce se joue jusqu'au 30 juin au théâtre de l'Atelier.\n\n"
        "Créée en 2019 au Festival d'Avignon, elle a depuis tourné dans toute la France.",
        "2024-05-02",
        "Créée en 2019",
        NO_EVENT,
        None,
    ),
]

CULTURE += [
    (
        "La cérémonie d'ouverture des Jeux a eu lieu vendredi soir sur la Seine.\n\n"
        "Le metteur en scène a consacré 18 mois à préparer ce spectacle.",
        "2024-07-27",
        "18 mois",
        NO_EVENT,
        None,
    ),
    (
        "Le film sort ce mercredi en salles.\n\n"
        "Sorti en 2019, son précédent long métrage avait attiré deux millions de spectateurs.",
        "2024-08-21",
        "avait attiré",
        NO_EVENT,
        None,
    ),
]

# ... the article speaking to its reader in the second person
CULTURE += [
    (
        "Le nouvel album de la chanteuse est sorti vendredi.\n\n"
        "Notre critique musical vous explique pourquoi il faut l'écouter en entier.",
        "2023-03-13",
        "critique musical",
        NO_EVENT,
        None,
    ),
    (
        "Le festival d'Avignon s'est ouvert samedi soir dans la cour d'honneur.\n\n"
        "Vous pouvez revoir la représentation en intégralité sur notre site.",
        "2024-06-30",
        "revoir la représentation",
        NO_EVENT,
        None,
    ),
    # ... in any tense: the second person names the reader
    (
        "Le festival d'Avignon s'est ouvert samedi soir dans la cour d'honneur.\n\n"
        "Vous avez été nombreux à nous écrire après la représentation.",
        "2024-06-30",
        "nombreux à nous écrire",
        NO_EVENT,
        None,
    ),
    (
        "Vous n'êtes pas sans savoir que le festival a récemment changé de directeur. "
        "La nouvelle saison s'ouvre samedi.",
        "2024-06-30",
        "pas sans savoir",
        NO_EVENT,
        None,
    ),
]

CULTURE_NEWS = [
    (
        "Le festival d'Avignon s'est ouvert samedi soir dans la cour d'honneur.\n\n"
        "« Vous ne serez pas déçus », a promis dimanche le directeur du festival.",
        "2024-07-01",
        "pas déçus",
        TOLD,
        None,
    ),
    (
        "La cérémonie d'ouverture des Jeux a eu lieu vendredi soir sur la Seine.\n\n"
        "Le metteur en scène a consacré samedi une conférence de presse au spectacle.",
        "2024-07-28",
        "conférence de presse",
        TOLD,
        "happening",
    ),
    (
        "Le film sort ce mercredi en salles.\n\n"
        "Les critiques ont salué mercredi un film « bouleversant ».",
        "2022-11-17",
        "critiques",
        TOLD,
        "happening",
    ),
    (
        "Le film de Justine Triet a remporté samedi la Palme d'or à Cannes.",
        "2024-05-26",
        "Palme d'or",
        EVENT,
        "happening",
    ),
    (
        "Le roman est paru jeudi chez Gallimard, a annoncé l'éditeur.",
        "2024-09-06",
        "est paru",
        EVENT,
        None,
    ),
]

# A sport report: standings, a player's record, what a player had done years before.
SPORT = [
    (
        "Le PSG a battu Lyon 3-1 dimanche soir au Parc des Princes.\n\n"
        "L'attaquant avait déjà marqué contre Lyon en 2019.",
        "2024-03-11",
        "avait déjà marqué",
        NO_EVENT,
        None,
    ),
    (
        "Le Stade toulousain s'est imposé samedi face au Racing.\n\n"
        "Champion de France en 2023, le club compte 23 titres nationaux.",
        "2024-03-10",
        "23 titres",
        NO_EVENT,
        None,
    ),
    (
        "Marseille a concédé le nul mercredi à Lens.\n\n"
        "L'OM reste quatrième du classement, à trois points de Monaco.",
        "2024-04-04",
        "reste quatrième",
        NO_EVENT,
        None,
    ),
]

SPORT += [
    (
        "Le XV de France affrontera l'Irlande vendredi à Marseille.\n\n"
        "Les Bleus restent sur trois défaites face aux Irlandais.",
        "2024-02-01",
        "restent sur",
        NO_EVENT,
        None,
    ),
    (
        "Le PSG affronte le Real Madrid mardi soir en Ligue des champions.\n\n"
        "Les deux clubs se sont affrontés à huit reprises en Coupe d'Europe.",
        "2024-03-04",
        "huit reprises",
        NO_EVENT,
        None,
    ),
    (
        "Le PSG affronte le Real Madrid mardi soir en Ligue des champions.\n\n"
        "Le Real a remporté la compétition à quatorze reprises, un record.",
        "2024-03-04",
        "quatorze",
        NO_EVENT,
        None,
    ),
]

# ... the writer's word on the result: a nominal sentence whose only verb is a relative's
SPORT += [
    (
        "Lyon a battu Nantes 2-0 samedi soir.\n\n"
        "Une victoire qui permet aux Lyonnais de remonter à la cinquième place.",
        "2024-03-10",
        "Une victoire qui",
        NO_EVENT,
        "not-event",
    ),
]

SPORT_NEWS = [
    (
        "Lyon a battu Nantes 2-0 samedi soir.\n\n"
        "Un supporter qui avait envahi la pelouse a été interpellé samedi soir.",
        "2024-03-10",
        "Un supporter qui",
        TOLD,
        "happening",
    ),
    (
        "L'attaquant a marqué deux buts dimanche contre Lyon.",
        "2024-03-11",
        "deux buts",
        EVENT,
        "happening",
    ),
    (
        "Le Stade toulousain a remporté samedi son 23e titre de champion de France.",
        "2024-06-30",
        "23e titre",
        EVENT,
        "happening",
    ),
    (
        "Les Bleus sont restés sur le terrain mardi soir après leur défaite face à l'Irlande.",
        "2024-02-07",
        "restés sur le terrain",
        EVENT,
        "happening",
    ),
    (
        "Le PSG a battu le Real Madrid mardi soir.\n\n"
        "L'attaquant a été touché à deux reprises à la cheville en première période.",
        "2024-03-06",
        "deux reprises",
        TOLD,
        "happening",
    ),
]

# An economy release: a figure over a year, a central bank's forecast, a level of a past year.
ECONOMY = [
    (
        "L'inflation a ralenti en mars, selon l'Insee.\n\n"
        "La Banque de France prévoit une croissance de 0,8 % en 2025.",
        "2024-12-16",
        "prévoit une croissance",
        NO_EVENT,
        None,
    ),
    (
        "Le chômage a reculé au troisième trimestre, a annoncé l'Insee jeudi.\n\n"
        "En 2015, le taux de chômage atteignait 10,5 %.",
        "2024-11-14",
        "atteignait 10,5",
        NO_EVENT,
        None,
    ),
    (
        "Les prix ont augmenté de 2,3 % en octobre.\n\n"
        "Ils devraient encore progresser l'an prochain.",
        "2024-11-14",
        "devraient encore",
        NO_EVENT,
        None,
    ),
]

ECONOMY += [
    (
        "Le déficit commercial de la France s'est creusé en mars, selon les Douanes.\n\n"
        "Par comparaison, l'Allemagne a dégagé un excédent de 22 milliards d'euros ce "
        "mois-là.",
        "2024-05-07",
        "excédent",
        NO_EVENT,
        None,
    ),
    (
        "La croissance a atteint 0,4 % au deuxième trimestre, selon l'Insee.\n\n"
        "Ce n'est pas tant la consommation des ménages que l'investissement des entreprises "
        "qui tire l'activité.",
        "2024-07-30",
        "pas tant",
        NO_EVENT,
        None,
    ),
    # an overview the article gives, opening it in the present (a news lead's place)
    (
        "Le Parisien fait le point sur les nouvelles règles du contrôle technique.\n\n"
        "Le contrôle des deux-roues devient obligatoire le 15 avril.",
        "2024-04-02",
        "fait le point",
        NO_EVENT,
        None,
    ),
    (
        "Nous passons en revue les principales mesures du budget.\n\n"
        "Le gouvernement a présenté mercredi son projet de budget pour 2025.",
        "2024-10-11",
        "passons en revue",
        NO_EVENT,
        None,
    ),
    (
        "Tour d'horizon des mesures qui entrent en vigueur le 1er janvier.\n\n"
        "Le prix du timbre augmente de 10 centimes.",
        "2023-12-28",
        "Tour d'horizon",
        NO_EVENT,
        None,
    ),
    (
        "Le gouvernement a présenté mercredi son projet de budget pour 2025.\n\n"
        "Selon l'OFCE, ce budget coûterait 0,8 point de croissance en 2025.",
        "2024-10-11",
        "coûterait",
        NO_EVENT,
        None,
    ),
    (
        "Le gouvernement a présenté mercredi son projet de budget pour 2025.\n\n"
        "Il s'agit du budget le plus contraint depuis 2011.",
        "2024-10-11",
        "contraint",
        NO_EVENT,
        None,
    ),
]

# ... a reading of the figure told before: what contributed to its change
ECONOMY += [
    (
        "L'emploi a progressé de 0,3 % au premier trimestre, selon l'Insee.\n\n"
        "Le commerce et les services aux entreprises ont le plus contribué à cette hausse.",
        "2024-05-07",
        "le plus contribué",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le PIB a progressé de 0,4 % au deuxième trimestre, selon l'Insee.\n\n"
        "Les exportations ont surtout contribué à la croissance.",
        "2024-07-30",
        "surtout contribué",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: what is said to be done on a day, a record set on a day, a contribution to no
# figure
ECONOMY_NEWS = [
    (
        "Un incendie a détruit lundi un entrepôt à Lyon.\n\n"
        "Les voisins ont contribué lundi soir à l'évacuation des riverains.",
        "2024-02-13",
        "contribué lundi soir",
        TOLD,
        "happening",
    ),
    (
        "Le déficit commercial de la France s'est creusé en mars, selon les Douanes.\n\n"
        "L'Allemagne a dégagé mardi un excédent de 22 milliards d'euros.",
        "2024-05-08",
        "excédent",
        TOLD,
        "happening",
    ),
    (
        "Le ministre de l'Économie fait le point ce vendredi avec les syndicats.\n\n"
        "Le gouvernement a présenté mercredi son projet de budget pour 2025.",
        "2024-10-11",
        "fait le point",
        EVENT,
        None,
    ),
    (
        "Le gouvernement a présenté mercredi son projet de budget pour 2025.\n\n"
        "Selon le ministre, le texte serait examiné lundi en commission.",
        "2024-10-11",
        "serait examiné",
        TOLD,
        None,
    ),
    (
        "Le PSG a battu Lyon 6-0 dimanche soir.\n\n"
        "Le club a signé dimanche sa plus large victoire depuis 2019.",
        "2024-03-11",
        "plus large victoire",
        TOLD,
        "happening",
    ),
    (
        "La Banque centrale européenne a abaissé jeudi ses taux directeurs de 0,25 point.",
        "2024-12-13",
        "abaissé",
        EVENT,
        "happening",
    ),
    (
        "La Banque de France a relevé mardi sa prévision de croissance pour 2025.",
        "2024-12-18",
        "relevé mardi",
        EVENT,
        None,
    ),
]

# A heritage or tourism piece: the building's history in appositions, what it holds now.
HERITAGE = [
    (
        "Le château de Vincennes rouvre ses portes samedi après deux ans de travaux.\n\n"
        "Construit au XIVe siècle, le donjon accueille chaque année 200 000 visiteurs.",
        "2024-06-12",
        "200 000 visiteurs",
        NO_EVENT,
        None,
    ),
    (
        "La cathédrale a rouvert ses portes dimanche.\n\n"
        "L'édifice, bâti entre 1163 et 1345, domine l'île de la Cité.",
        "2024-12-09",
        "domine l'île",
        NO_EVENT,
        None,
    ),
]

HERITAGE_NEWS = [
    (
        "Le château de Vincennes a rouvert ses portes samedi après deux ans de travaux.",
        "2024-06-17",
        "rouvert",
        EVENT,
        "happening",
    ),
]

# A court report: the facts of years before, told in the past, and the hearing's day.
COURT = [
    (
        "Le procès de l'ancien maire s'est ouvert lundi devant le tribunal correctionnel.\n\n"
        "Entre 2012 et 2016, il aurait détourné près de 300 000 euros de fonds publics.",
        "2024-03-12",
        "aurait détourné",
        NO_EVENT,
        None,
    ),
    (
        "La cour d'assises a condamné mardi l'accusé à vingt ans de réclusion.\n\n"
        "Les faits remontent au 14 juillet 2019, à Nice.",
        "2024-03-13",
        "remontent",
        NO_EVENT,
        None,
    ),
]

COURT += [
    (
        "La cour criminelle a condamné jeudi les 51 accusés.\n\n"
        "Dominique Pelicot, 72 ans aujourd'hui, a drogué sa femme pendant une décennie entière.",
        "2024-12-19",
        "drogué",
        NO_EVENT,
        None,
    ),
]

# ... what a legal text lays down, in the present
COURT += [
    (
        "Le gouvernement a perdu mardi sa majorité.\n\n"
        "Selon la Constitution, le Premier ministre remet la démission du gouvernement si une "
        "motion de censure est adoptée.",
        "2024-01-17",
        "Selon la Constitution",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le Sénat a examiné mardi le texte.\n\n"
        "En vertu du règlement, le président de séance suspend les débats si le quorum n'est "
        "pas atteint.",
        "2024-01-17",
        "En vertu du règlement",
        NO_EVENT,
        "not-event",
    ),
]

# ... a rule for a case
COURT += [
    (
        "Le président a dissous l'Assemblée dimanche soir.\n\n"
        "En cas de dissolution, les élections législatives ont lieu dans un délai de vingt à "
        "quarante jours.",
        "2024-06-10",
        "En cas de dissolution",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le maire de Grenoble a démissionné lundi.\n\n"
        "En cas de vacance, le conseil municipal se réunit sous quinze jours pour élire un "
        "successeur.",
        "2024-04-16",
        "En cas de vacance",
        NO_EVENT,
        "not-event",
    ),
]

COURT_NEWS = [
    (
        "Une fuite de gaz a été signalée mardi rue Victor-Hugo.\n\n"
        "En cas de doute, les pompiers ont évacué mardi tout le quartier.",
        "2024-02-14",
        "En cas de doute",
        TOLD,
        "happening",
    ),
    (
        "Le maire de Grenoble a démissionné lundi.\n\n"
        "En cas d'urgence, le conseil municipal s'est réuni lundi soir pour élire un "
        "successeur.",
        "2024-04-16",
        "En cas d'urgence",
        TOLD,
        "happening",
    ),
    (
        "Des squatteurs occupaient l'immeuble depuis un an.\n\n"
        "En vertu de la loi, le préfet a ordonné mardi l'évacuation du squat.",
        "2024-01-17",
        "En vertu de la loi",
        TOLD,
        "happening",
    ),
    (
        "La cour criminelle a rendu son verdict jeudi.\n\n"
        "Dominique Pelicot, 72 ans, a été condamné aujourd'hui à vingt ans de réclusion.",
        "2024-12-19",
        "condamné aujourd'hui",
        TOLD,
        "happening",
    ),
    (
        "La cour d'assises a condamné mardi l'accusé à vingt ans de réclusion.",
        "2024-03-13",
        "condamné mardi",
        EVENT,
        "happening",
    ),
    (
        "Le procès de l'ancien maire s'est ouvert lundi devant le tribunal correctionnel.",
        "2024-03-12",
        "s'est ouvert",
        EVENT,
        "happening",
    ),
]

# A weather bulletin: the vigilance in force, what the weather should do.
WEATHER = [
    (
        "Météo-France a placé jeudi quatre départements en vigilance orange.\n\n"
        "Les cumuls de pluie devraient atteindre 80 millimètres.",
        "2024-10-17",
        "devraient atteindre",
        NO_EVENT,
        None,
    ),
    (
        "Météo-France a placé jeudi quatre départements en vigilance orange.\n\n"
        "Le vent pourra souffler jusqu'à 110 km/h sur les côtes.",
        "2024-10-17",
        "pourra souffler",
        NO_EVENT,
        None,
    ),
]

WEATHER += [
    (
        "Le bulletin de Météo-France pour la Bretagne.\n\n"
        "Ce dimanche, ciel très nuageux le matin sur les côtes, éclaircies l'après-midi.",
        "2023-10-15",
        "très nuageux",
        NO_EVENT,
        None,
    ),
    (
        "Le bulletin de Météo-France pour la Bretagne.\n\n"
        "Jusqu'à mercredi, temps lourd et orageux dans l'intérieur des terres.",
        "2023-10-15",
        "temps lourd",
        NO_EVENT,
        None,
    ),
    (
        "Le bulletin de Météo-France pour la Bretagne.\n\n"
        "Formation de cumulonimbus sur les monts d'Arrée en fin de journée.",
        "2023-10-15",
        "cumulonimbus",
        NO_EVENT,
        None,
    ),
    (
        "Le bulletin de Météo-France pour la Bretagne.\n\nVent fort en rafales sur le littoral.",
        "2023-10-15",
        "Vent fort",
        NO_EVENT,
        None,
    ),
    (
        "Météo-France a placé mardi quatre départements en vigilance orange.\n\n"
        "Le site est désormais fermé au public.",
        "2024-10-16",
        "désormais fermé",
        NO_EVENT,
        None,
    ),
]

# ... figures of a bulletin: temperatures after a place and a colon
WEATHER += [
    (
        "Le bulletin de Météo-France pour la Bretagne.\n\n"
        "En Bretagne intérieure : 3 à 5° au lever du jour, 12° l'après-midi.",
        "2024-01-15",
        "Bretagne intérieure",
        NO_EVENT,
        None,
    ),
]

# ... twins: a cold day gone by in degrees, a vigilance kept on a day, a change told in a
# present passive with "désormais"
WEATHER_NEWS = [
    (
        "Une vague de froid a frappé la Bretagne.\n\n"
        "Lundi matin : -6° à Rennes, routes verglacées.",
        "2024-01-16",
        "Rennes",
        TOLD,
        None,
    ),
    (
        "Une tempête a frappé la Corse.\n\n"
        "Rafales à 150 km/h mardi soir à Bastia, toitures arrachées.",
        "2018-05-23",
        "Rafales",
        TOLD,
        None,
    ),
    (
        "Des pluies diluviennes ont inondé mardi plusieurs villages du Gard.\n\n"
        "Six communes sont désormais reconnues en état de catastrophe naturelle par l'État.",
        "2024-10-16",
        "désormais reconnues",
        EVENT,
        "happening",
    ),
    (
        "Météo-France a placé jeudi quatre départements en vigilance orange.",
        "2024-10-17",
        "vigilance orange",
        EVENT,
        "happening",
    ),
    (
        "Le vent a soufflé jusqu'à 130 km/h mercredi soir sur les côtes bretonnes.",
        "2024-10-17",
        "a soufflé",
        EVENT,
        "happening",
    ),
]

# A portrait or an obituary: a life told in the past, its years long gone.
PORTRAIT = [
    (
        "Le chanteur est mort lundi à l'âge de 81 ans, a annoncé sa famille.\n\n"
        "Né en 1943 à Marseille, il avait enregistré son premier disque en 1962.",
        "2024-04-16",
        "premier disque",
        NO_EVENT,
        None,
    ),
    (
        "L'ancienne ministre est décédée samedi.\n\n"
        "Elle entre à l'Assemblée nationale en 1978 et devient ministre trois ans plus tard.",
        "2024-02-12",
        "entre à l'Assemblée",
        NO_EVENT,
        None,
    ),
]

PORTRAIT += [
    (
        "Le chanteur est mort lundi à 81 ans.\n\n"
        "Il a vendu plus de 20 millions de disques au cours de sa carrière.",
        "2024-04-16",
        "20 millions",
        NO_EVENT,
        None,
    ),
    (
        "Le chanteur est mort lundi à 81 ans.\n\n"
        "Tout au long de sa vie, il a milité pour la reconnaissance du génocide arménien.",
        "2024-04-16",
        "milité",
        NO_EVENT,
        None,
    ),
]

PORTRAIT_NEWS = [
    (
        "Le chanteur est mort lundi à 81 ans.\n\nSes obsèques auront lieu vendredi à Paris.",
        "2024-04-16",
        "obsèques",
        EVENT,
        "announcement",
    ),
    (
        "Le chanteur est mort lundi à 81 ans.\n\n"
        "Au cours de la soirée, des centaines d'admirateurs se sont rassemblés devant son "
        "domicile.",
        "2024-04-16",
        "admirateurs",
        TOLD,
        "happening",
    ),
    (
        "Le chanteur est mort lundi à l'âge de 81 ans, a annoncé sa famille.",
        "2024-04-16",
        "est mort",
        EVENT,
        None,
    ),
]

# A live page: the time of each entry, then the entry; a recap of what came before.
LIVE = [
    (
        "12h05 — Le Premier ministre a annoncé sa démission.\n\n"
        "Pour rappel, le gouvernement avait été nommé en janvier.",
        "2024-07-08",
        "Pour rappel",
        NO_EVENT,
        None,
    ),
]

# ... the reader told where to follow: the second person plural of the verb
LIVE += [
    (
        "Le Tour de France s'élance samedi de Florence.\n\n"
        "Pour suivre l'étape en direct, consultez notre page spéciale.",
        "2024-06-29",
        "consultez",
        NO_EVENT,
        "not-event",
    ),
]

LIVE_NEWS = [
    (
        "12h05 — Le Premier ministre a annoncé lundi sa démission.",
        "2024-07-08",
        "démission",
        EVENT,
        None,
    ),
]

# ... the second person plural by spaCy's morphology, also where the tagger reads the
# imperative as an infinitive ("Lisez", "Découvrez": no tense of its own) ...
LIVE += [
    (
        "Le Tour de France s'élance samedi de Florence.\n\n"
        "N'hésitez pas à nous envoyer vos photos de l'étape.",
        "2024-06-29",
        "hésitez",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le Tour de France s'élance samedi de Florence.\n\n"
        "Lisez aussi notre portrait du vainqueur.",
        "2024-06-29",
        "Lisez",
        NO_EVENT,
        "not-event",
    ),
    (
        "La crue a frappé le Gard mardi.\n\nDécouvrez les images de la crue dans notre diaporama.",
        "2024-10-16",
        "Découvrez",
        NO_EVENT,
        "not-event",
    ),
]

# ... a page kept apart by single line breaks: an embedded post's lines, a caption under a
# credit line
LIVE += [
    (
        "Le président a démissionné mardi, a annoncé l'agence officielle.\n#Urgent\n"
        "— Agence officielle (@AgenceOff) 2 avril 2019\n"
        "Le président a notifié sa démission au Conseil constitutionnel. pic.twitter.com/AbCdEf"
        "\nLes ministres sont réunis. Un concert de klaxons a accueilli mardi soir la nouvelle.",
        "2019-04-02",
        "#Urgent",
        NO_EVENT,
        "not-event",
    ),
    (
        "Les enquêteurs ont bouclé le centre-ville mardi.\n\n(Photo Reuters)\n"
        "Le centre-ville de Lac-Mégantic, bouclé par la police.",
        "2013-07-09",
        "bouclé par",
        NO_EVENT,
        "not-event",
    ),
    # the first clause's negation, not that of a clause set against it
    (
        "Le président a démissionné mardi. Les Algérois ne sont pas sortis dans la rue, mais "
        "un concert de klaxons a accueilli la nouvelle.",
        "2019-04-02",
        "Algérois",
        TOLD - {"event"},
        None,
    ),
]

# ... the case closing the sentence: what happens whenever it arises, a rule
COURT += [
    (
        "Une crue a emporté samedi le pont de Saint-Martin.\n\n"
        "Le risque de nouveaux éboulements augmente nettement en cas de fortes pluies.",
        "2024-10-07",
        "en cas de fortes pluies",
        NO_EVENT,
        "not-event",
    ),
]

# ... twin: the case closing an act of the story's day
COURT_NEWS += [
    (
        "Une crue a emporté samedi le pont de Saint-Martin.\n\n"
        "Les gendarmes ont fermé samedi la route en cas de nouvelles crues.",
        "2024-10-07",
        "en cas de nouvelles crues",
        TOLD,
        "happening",
    ),
]

# A court report: a definition told in the present, the reader told where to follow
COURT += [
    (
        "Le tribunal a renvoyé l'affaire mardi.\n\n"
        "Le renvoi signifie que la cour tranchera elle-même le litige.",
        "2015-02-17",
        "renvoi signifie",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le tribunal a renvoyé l'affaire mardi.\n\n"
        "Vous pouvez suivre l'audience du 29 septembre sur notre site.",
        "2015-02-17",
        "Vous pouvez",
        NO_EVENT,
        "not-event",
    ),
]

# ... twin: a hearing set, with a compound word ending in "vous" and what follows from it
# ("ce qui signifie"): no address to the reader, no definition
COURT_NEWS += [
    (
        "Le tribunal a renvoyé l'affaire mardi.\n\n"
        "La cour donne rendez-vous aux avocats le 29 septembre, ce qui signifie qu'elle "
        "tranchera elle-même le litige.",
        "2015-02-17",
        "rendez-vous",
        EVENT,
        "announcement",
    ),
]

# A company's profile: what it does or holds as a rule, in the present with no date
ECONOMY += [
    (
        "Le voyagiste a fait faillite lundi.\n\n"
        "Tour opérateur et compagnie aérienne, le groupe emploie environ 20 000 personnes.",
        "2019-09-23",
        "emploie",
        NO_EVENT,
        "context",
    ),
    (
        "Le voyagiste a fait faillite lundi.\n\n"
        "La filiale opère une quarantaine d'avions vers la Méditerranée.",
        "2019-09-23",
        "opère",
        NO_EVENT,
        "context",
    ),
    (
        "Le voyagiste a fait faillite lundi.\n\nIl possède aussi des chaînes hôtelières.",
        "2019-09-23",
        "possède",
        NO_EVENT,
        "context",
    ),
]

# ... twins: a change told with "désormais" (no profile), an act of a day
ECONOMY_NEWS += [
    (
        "Le voyagiste a fait faillite lundi.\n\n"
        "Le groupe emploie désormais 300 intérimaires pour rapatrier les clients.",
        "2019-09-23",
        "désormais",
        NO_EVENT | TOLD,
        "happening",
    ),
    (
        "Le voyagiste a fait faillite lundi.\n\nLe groupe a licencié lundi 20 000 personnes.",
        "2019-09-23",
        "licencié",
        TOLD,
        "happening",
    ),
]

# A live page's furniture: links to other pages, where to follow, the farewell
LIVE += [
    (
        "Un cycliste est mort samedi dans le Gard.\n\n"
        "À lire aussi : Incendie d'un entrepôt à Vénissieux : deux salariés entendus par "
        "les gendarmes - Faits divers",
        "2025-11-29",
        "lire aussi",
        NO_EVENT,
        "not-event",
    ),
    (
        "La liste d'union est arrivée en tête dimanche.\n\n"
        "Merci de nous avoir lus tout au long de cette soirée électorale.",
        "2015-03-22",
        "Merci",
        NO_EVENT,
        "not-event",
    ),
    (
        "La liste d'union est arrivée en tête dimanche.\n\n"
        "Rendez-vous demain matin sur lavoixdunord.fr pour la suite du dépouillement.",
        "2015-03-22",
        "Rendez-vous",
        NO_EVENT,
        "not-event",
    ),
    # a link's label before a colon, then the other page's title
    (
        "Le chef de la police a reconnu samedi des failles dans la sécurité du maire.\n\n"
        "À ce sujet: Abo Drame en Bolivie L'assassinat du maire sidère le pays\n\n"
        "Luis Ortega a été remplacé samedi par son adjoint.",
        "2024-05-04",
        "sidère",
        NO_EVENT,
        "not-event",
    ),
    (
        "Les Bleus ont été reçus lundi à l'Élysée.\n\n"
        ">> À voir sur France 24 : En images, les Bleus acclamés sur les Champs",
        "2018-07-17",
        "acclamés",
        NO_EVENT,
        "not-event",
    ),
    # ... twin: "à ce sujet" after a verb, before the words it introduces: a statement
    (
        "Le chef de la police a reconnu samedi des failles dans la sécurité du maire.\n\n"
        "Le ministre de l'Intérieur a réagi samedi à ce sujet : « Nous ferons toute la "
        "lumière », a-t-il dit.",
        "2024-05-04",
        "a réagi",
        TOLD,
        None,
    ),
]

# ... a picture's caption closed by the image's size in pixels, what was told named again
# ("Il s'agit de ...")
LIVE += [
    (
        "Le XV de France a battu l'Irlande samedi soir à Marseille.\n\n"
        "Le capitaine brandit le trophée devant les supporters (1024x576).",
        "2025-02-09",
        "brandit le trophée",
        NO_EVENT,
        "not-event",
    ),
    (
        "Un pont s'est effondré lundi matin à Dresde.\n\n"
        "Il s'agit de la travée centrale de l'ouvrage, longue de 100 mètres.",
        "2024-09-09",
        "travée centrale",
        NO_EVENT,
        "not-event",
    ),
]

# ... a strike's live page: the count of people the police or the organisers expect
LIVE += [
    (
        "Les syndicats appellent à manifester jeudi contre la réforme.\n\n"
        "La préfecture de police s'attend à « 15 000 à 20 000 manifestants » dans la capitale.",
        "2025-01-14",
        "préfecture de police",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le festival s'ouvre vendredi à Carhaix.\n\n"
        "Les organisateurs tablent sur plus de 280 000 festivaliers en quatre jours.",
        "2025-07-16",
        "organisateurs tablent",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: the count made, a plan with its count of people
LIVE_NEWS += [
    (
        "Des milliers de personnes ont manifesté jeudi contre la réforme.\n\n"
        "La préfecture de police a compté 15 000 manifestants jeudi dans la capitale.",
        "2025-01-16",
        "préfecture de police",
        TOLD,
        "happening",
    ),
    (
        "Une bombe de la dernière guerre a été découverte lundi à Brest.\n\n"
        "La préfecture prévoit d'évacuer 2 000 personnes mardi matin.",
        "2025-01-13",
        "évacuer",
        EVENT | TOLD,
        None,
    ),
]

# ... twins: a score in parentheses, the same verb telling an act
LIVE_NEWS += [
    (
        "Un pont s'est effondré lundi matin à Dresde.\n\n"
        "Il agit lundi soir : le maire fait fermer tous les ponts de la ville.",
        "2024-09-09",
        "Il agit",
        TOLD,
        "happening",
    ),
    (
        "Le XV de France a battu l'Irlande samedi soir à Marseille (27-12).\n\n"
        "Le capitaine a brandi samedi le trophée devant les supporters (27 x 12).",
        "2025-02-09",
        "brandi samedi",
        TOLD,
        "happening",
    ),
]

# ... twins: the same words telling news
LIVE_NEWS += [
    (
        "La liste d'union est arrivée en tête dimanche.\n\n"
        "Pour retrouver le suspect, les gendarmes ont déployé un hélicoptère dimanche.",
        "2015-03-22",
        "hélicoptère",
        TOLD,
        "happening",
    ),
    (
        "La liste d'union est arrivée en tête dimanche.\n\n"
        "Le candidat a remercié dimanche soir ses électeurs de l'avoir suivi.",
        "2015-03-22",
        "remercié",
        TOLD,
        "happening",
    ),
    (
        "La liste d'union est arrivée en tête dimanche.\n\n"
        "Le ministre a lu aussi dimanche un message du président.",
        "2015-03-22",
        "lu aussi",
        TOLD,
        "happening",
    ),
]

# ... twins: the story's lines around the post, a quotation under a credit line, a clause
# told before a negated one set against it
LIVE_NEWS += [
    (
        "Le président a démissionné mardi, a annoncé l'agence officielle.\n#Urgent\n"
        "— Agence officielle (@AgenceOff) 2 avril 2019\n"
        "Le président a notifié sa démission au Conseil constitutionnel. pic.twitter.com/AbCdEf"
        "\nLes ministres sont réunis. Un concert de klaxons a accueilli mardi soir la nouvelle.",
        "2019-04-02",
        "concert",
        EVENT,
        "happening",
    ),
    (
        "Les enquêteurs ont bouclé le centre-ville mardi.\n\n(Photo Reuters)\n"
        "« Le périmètre est une scène de crime », a expliqué mardi le policier.",
        "2013-07-09",
        "périmètre",
        EVENT,
        "statement",
    ),
    (
        "Le président a démissionné mardi. Un concert de klaxons a accueilli la nouvelle à "
        "Alger, mais les Algérois ne sont pas sortis dans la rue.",
        "2019-04-02",
        "concert",
        EVENT,
        "happening",
    ),
]

# ... twins: a word that ends as the second person plural does, of another part of speech
# (a name, an adverb, a preposition), in a present that tells news
LIVE_NEWS += [
    (
        "Le Grand Prix d'Italie se court ce dimanche à Monza.\n\n"
        "Sergio Perez perd la tête du championnat dimanche à Monza.",
        "2024-09-01",
        "Perez",
        TOLD,
        "happening",
    ),
    (
        "La grève se poursuit.\n\n"
        "Les syndicats assurent mardi ne pas avoir assez de soutiens au Sénat.",
        "2024-12-03",
        "assez",
        TOLD,
        "happening",
    ),
    (
        "Le Venezuela vote ce dimanche.\n\n"
        "Le président Chavez remporte dimanche l'élection avec 55 % des voix.",
        "2012-10-07",
        "Chavez",
        TOLD,
        "happening",
    ),
    (
        "La tempête a frappé la Bretagne.\n\n"
        "Le Premier ministre se rend ce mardi chez les sinistrés de Quimper.",
        "2024-11-05",
        "chez",
        TOLD,
        "happening",
    ),
    # a present the tagger reads as an infinitive after its subject: no imperative
    (
        "Une avalanche a emporté des skieurs dimanche.\n\n"
        "La mort d'un second randonneur ce mardi aggrave le bilan de l'avalanche.",
        "2024-02-06",
        "aggrave",
        TOLD,
        "happening",
    ),
]

# A questions and answers page: the questions, a definition in the present.
QUESTIONS = [
    (
        "Le gouvernement a déclenché mardi l'article 49.3 sur le budget.\n\n"
        "Que s'est-il passé mardi à l'Assemblée ?",
        "2024-12-04",
        "Que s'est-il passé",
        NO_EVENT | {"heading"},
        None,
    ),
    (
        "Le gouvernement a déclenché mardi l'article 49.3 sur le budget.\n\n"
        "Cet article de la Constitution permet d'adopter un texte sans vote.",
        "2024-12-04",
        "permet d'adopter",
        NO_EVENT,
        None,
    ),
]

QUESTIONS += [
    (
        "Le gouvernement a déclenché mardi l'article 49.3. Pourquoi le ministre a-t-il "
        "démissionné lundi ?",
        "2024-12-04",
        "Pourquoi",
        NO_EVENT,
        None,
    ),
    (
        "Le gouvernement a déclenché mardi l'article 49.3. Le gouvernement a-t-il menti mardi "
        "devant les députés ?",
        "2024-12-04",
        "menti",
        NO_EVENT,
        None,
    ),
]

# ... twins: a happening told on its day before the question that closes the sentence (an
# interviewer's, a live page's)
QUESTIONS_NEWS = [
    # an interview's answer speaks to the interviewer, not to the reader: its kind is the
    # answer's own
    (
        "La ministre de la Santé était l'invitée de RTL ce mardi 14 mai.\n\n"
        "Nous soutenons pleinement ce texte, c'est tout ce que je peux vous dire.",
        "2024-05-14",
        "soutenons",
        TOLD | {"context"},
        "happening",
    ),
    (
        "Le gouvernement a déclenché mardi l'article 49.3. La motion de censure a été déposée "
        "mardi soir, mais sera-t-elle votée ?",
        "2024-12-04",
        "déposée",
        TOLD,
        "happening",
    ),
    (
        "Le budget a été présenté hier en conseil des ministres et nous allons en parler, mais "
        "d'abord, quelle est votre réaction à la victoire de la coalition en Italie ?",
        "2022-09-27",
        "présenté hier",
        EVENT,
        "happening",
    ),
    (
        "Le gouvernement a déclenché mardi l'article 49.3 sur le budget.",
        "2024-12-04",
        "déclenché",
        EVENT,
        "happening",
    ),
]

# Passers-by quoted: what they feel or remember is a reaction going on with the story, no
# event of its own (an aside, or a follow-up of the event it reacts to).
PASSERS_BY = [
    (
        "L'usine a fermé ses portes vendredi.\n\n« C'est un choc », confie une habitante.",
        "2024-03-16",
        "C'est un choc",
        NO_EVENT | {"follow-up"},
        None,
    ),
]

PASSERS_BY += [
    (
        "L'usine a fermé ses portes vendredi.\n\n"
        "« Mon père y travaillait déjà », raconte Jean-Pierre, retraité.",
        "2024-03-16",
        "Mon père",
        NO_EVENT | {"follow-up"},
        None,
    ),
    (
        "L'usine a fermé ses portes vendredi.\n\n"
        "« On ne s'y attendait pas du tout », témoigne Martine, 62 ans, rencontrée sur le "
        "marché.",
        "2024-03-16",
        "témoigne",
        NO_EVENT | {"follow-up"},
        None,
    ),
]

PASSERS_BY_NEWS = [
    (
        "L'usine a fermé ses portes vendredi, a annoncé la direction.",
        "2024-03-16",
        "fermé ses portes",
        EVENT,
        None,
    ),
    (
        "L'usine a fermé ses portes vendredi.\n\n"
        "« Nous allons contester cette décision », a déclaré vendredi Jean-Pierre Martin, "
        "délégué CGT.",
        "2024-03-16",
        "contester",
        EVENT,
        "statement",
    ),
]

# What a source recalls ("rappelle Le Monde", "a rappelé le préfet") in a past tense: what had
# happened, told again, a history when it is old; a history over the last decades.
RECALLED = [
    (
        "L'usine Lubrizol a pris feu jeudi à Rouen.\n\n"
        "L'usine avait déjà connu une fuite de gaz en 2013, rappelle Le Monde.",
        "2019-09-28",
        "fuite de gaz",
        NO_EVENT,
        None,
    ),
    (
        "L'usine Lubrizol a pris feu jeudi à Rouen.\n\n"
        "« Le site avait été inspecté en 2018 », a rappelé vendredi le préfet.",
        "2019-09-28",
        "inspecté",
        NO_EVENT,
        None,
    ),
    (
        "Le séisme a fait plus de 2 000 morts lundi en Turquie.\n\n"
        "La Turquie a connu plusieurs séismes meurtriers ces dernières décennies.",
        "2023-02-07",
        "dernières décennies",
        NO_EVENT,
        None,
    ),
]

# ... twins: what is recalled to come, an act of recalling, the days just gone by
RECALLED_NEWS = [
    (
        "L'usine Lubrizol a pris feu jeudi à Rouen.\n\n"
        "« Les écoles resteront fermées lundi », a rappelé vendredi le préfet.",
        "2019-09-28",
        "écoles",
        TOLD,
        "statement",
    ),
    (
        "L'usine Lubrizol a pris feu jeudi à Rouen.\n\n"
        "Le préfet a rappelé vendredi les consignes de sécurité aux habitants.",
        "2019-09-28",
        "consignes",
        TOLD,
        "happening",
    ),
    (
        "Le séisme a fait plus de 2 000 morts lundi en Turquie.\n\n"
        "Les secours ont retiré ces derniers jours des centaines de survivants des décombres.",
        "2023-02-10",
        "ces derniers jours",
        TOLD,
        "happening",
    ),
]

# Advice of an authority, told in the present on the day of the story: a statement of its
# own ("La préfecture recommande d'éviter le secteur"); not a rule or a habit ("Il est
# recommandé de boire", "Les médecins recommandent généralement").
ADVICE = [
    (
        "Une canicule touche la France depuis lundi.\n\n"
        "Il est recommandé de boire beaucoup d'eau par forte chaleur.",
        "2018-07-25",
        "recommandé",
        NO_EVENT | {"follow-up"},
        None,
    ),
    (
        "Une canicule touche la France depuis lundi.\n\n"
        "Les médecins recommandent généralement de boire beaucoup d'eau.",
        "2018-07-25",
        "généralement",
        NO_EVENT,
        None,
    ),
]

ADVICE_NEWS = [
    (
        "Un incendie s'est déclaré mardi matin dans une usine chimique de Lyon.\n\n"
        "La préfecture recommande aux riverains de fermer leurs fenêtres.",
        "2024-02-13",
        "recommande",
        EVENT,
        None,
    ),
    (
        "Une fuite d'eau a privé lundi d'eau potable trois quartiers de Nantes.\n\n"
        "La mairie conseille aux habitants du quartier de ne pas boire l'eau du robinet.",
        "2024-02-12",
        "conseille",
        EVENT,
        None,
    ),
]

# Sentences the tagger reads oddly: "Il s'agit de ..." (a present read as a past), a
# conditional read as no verb.
TAGGING = [
    (
        "Un incendie a ravagé un entrepôt lundi à Rouen.\n\n"
        "Il s'agit du troisième incendie dans la zone depuis le début de l'année.",
        "2024-03-12",
        "Il s'agit",
        NO_EVENT,
        None,
    ),
    (
        "Les ventes de logements neufs ont chuté en janvier, selon la Fédération.\n\n"
        "Les loyers des grandes villes accéléreraient eux aussi au printemps.",
        "2024-03-12",
        "accéléreraient",
        NO_EVENT,
        None,
    ),
]

TAGGING += [
    (
        "Un incendie a ravagé un entrepôt lundi à Rouen.\n\n"
        "Il s'agissait du troisième sinistre en un mois.",
        "2024-03-12",
        "Il s'agissait",
        NO_EVENT,
        None,
    ),
]

TAGGING_NEWS = [
    (
        "L'inflation a ralenti en février, selon l'Insee.\n\n"
        "Le portrait du ministre a été retiré mardi de la mairie.",
        "2024-03-12",
        "portrait",
        TOLD,
        "happening",
    ),
    (
        "Un incendie a ravagé un entrepôt lundi à Rouen.",
        "2024-03-12",
        "ravagé",
        EVENT,
        "happening",
    ),
]

# What is not known yet, in the article's own words (an enquiry's first hours), beside what
# a speaker says of it
UNKNOWN = [
    (
        "Un incendie a ravagé mardi un hangar agricole près de Rennes.\n\n"
        "On ignore encore l'origine du sinistre.",
        "2024-02-14",
        "On ignore",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le gouvernement a publié mardi le décret sur les loyers.\n\n"
        "Il n'est pas clair si le texte s'applique aux baux en cours.",
        "2024-02-14",
        "pas clair",
        NO_EVENT,
        "not-event",
    ),
    (
        "Un car scolaire a quitté la route lundi matin dans le Jura.\n\n"
        "Les causes de l'accident restent inconnues.",
        "2024-02-13",
        "restent inconnues",
        NO_EVENT,
        "not-event",
    ),
]

UNKNOWN_NEWS = [
    (
        "Un incendie a ravagé mardi un hangar agricole près de Rennes.\n\n"
        "« On ignore encore l'origine du sinistre », a déclaré mardi le maire.",
        "2024-02-14",
        "On ignore",
        TOLD,
        "statement",
    ),
]

# A page's presenting line: a nominal sentence whose only verb is a relative's
PRESENTING = [
    (
        "La rentrée scolaire a eu lieu lundi.\n\nLes chiffres qu'il faut retenir de cette rentrée.",
        "2024-09-03",
        "Les chiffres",
        NO_EVENT,
        "not-event",
    ),
]

PRESENTING_NEWS = [
    (
        "Le suspect a été interpellé lundi à Lille.\n\n"
        "Les policiers qui l'ont interpellé lundi ont été blessés.",
        "2024-09-03",
        "Les policiers",
        TOLD,
        "happening",
    ),
]

ROWS = (
    CULTURE
    + CULTURE_NEWS
    + SPORT
    + SPORT_NEWS
    + ECONOMY
    + ECONOMY_NEWS
    + HERITAGE
    + HERITAGE_NEWS
    + COURT
    + COURT_NEWS
    + WEATHER
    + WEATHER_NEWS
    + PORTRAIT
    + PORTRAIT_NEWS
    + LIVE
    + LIVE_NEWS
    + QUESTIONS
    + QUESTIONS_NEWS
    + PASSERS_BY
    + PASSERS_BY_NEWS
    + RECALLED
    + RECALLED_NEWS
    + ADVICE
    + ADVICE_NEWS
    + TAGGING
    + TAGGING_NEWS
    + UNKNOWN
    + UNKNOWN_NEWS
    + PRESENTING
    + PRESENTING_NEWS
)


@pytest.mark.parametrize(("body", "published", "words", "roles", "kind"), ROWS)
def test_the_kind_a_news_desk_gives_in_each_genre(body, published, words, roles, kind):
    sentence = sentence_of(body, published, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
    if kind is not None:
        assert sentence.kind == kind


@pytest.mark.parametrize(
    ("word", "conditional"),
    [
        ("accéléreraient", True),
        ("augmenterait", True),
        ("aurait", True),
        ("pourraient", True),
        ("viendrait", True),
        ("finirait", True),
        # imperfects ending as conditionals do, and nouns
        ("durait", False),
        ("figurait", False),
        ("tirait", False),
        ("serrait", False),
        ("différait", False),
        ("courait", False),
        ("portrait", False),
    ],
)
def test_a_conditional_form_is_told_from_an_imperfect(word, conditional):
    """``conditional_forms`` (read when the tagger finds no verb) finds the conditional's
    endings, not the imperfects that end alike."""
    found = re.search(lexicon()["conditional_forms"], f"Les prix {word} encore.", re.IGNORECASE)
    assert (found is not None) is conditional
