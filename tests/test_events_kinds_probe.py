"""Kinds of sentence a news desk tells apart, probed with invented French news in the
styles of several outlets (an AFP dispatch and its photo captions, a regional daily, sport,
an economy release, a court report, culture), one table per linguistic class of sentence
that is no event of the story's days, each row beside a twin that is one (so that a rule
dropping every sentence of a form fails).

Each row: (body, publication day, words of the sentence, roles it may have, its kind or None
when any kind of its roles will do)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

from timeline.events import features
from timeline.events.nlp import get_nlp

# A photo or video caption: what the picture shows, in the present, closed by the place
# and the full day it was taken, or pointing at the picture ("comme ici", "ces images").
CAPTIONS = [
    (
        "La police a donné l'assaut vendredi au supermarché de Vierzon. Un assaut très "
        "spectaculaire, comme en témoignent ces images :",
        "2024-11-02",
        "en témoignent ces images",
        NO_EVENT,
        None,
    ),
    (
        "Le glacier s'est effondré mardi au-dessus de Chamonix.\n\n"
        "Des tonnes de glace ont dévalé la pente en quelques secondes, comme le montre cette "
        "vidéo.",
        "2024-11-02",
        "cette vidéo",
        NO_EVENT,
        None,
    ),
    (
        "Le gouvernement a présenté mercredi son plan contre la sécheresse.\n\n"
        "Le Premier ministre s'adresse à la presse à l'hôtel Matignon, à Paris, le 13 mars "
        "2024.",
        "2024-03-14",
        "s'adresse à la presse",
        NO_EVENT,
        None,
    ),
    (
        "Le feu a parcouru 800 hectares dans les Bouches-du-Rhône.\n\n"
        "Des pompiers luttent contre les flammes près de Martigues, le 8 août 2024.",
        "2024-08-09",
        "luttent contre",
        NO_EVENT,
        None,
    ),
    (
        "Le PSG a battu Lyon 3-2 dimanche soir.\n\n"
        "Kylian Mbappé célèbre son but face à Lyon au Parc des Princes, le 4 février 2024.",
        "2024-02-05",
        "célèbre son but",
        NO_EVENT,
        None,
    ),
    (
        "La tempête a balayé la Bretagne dans la nuit.\n\n"
        "Des arbres ont été arrachés par les rafales, comme ici à Quimper.",
        "2024-11-02",
        "comme ici",
        NO_EVENT,
        None,
    ),
    (
        "La crue a inondé le centre de Nîmes mardi.\n\n"
        "Ces images, tournées depuis un drone de la gendarmerie, montrent l'ampleur des "
        "dégâts dans le centre-ville.",
        "2024-10-16",
        "Ces images",
        NO_EVENT,
        None,
    ),
    (
        "Un séisme a frappé le nord du Maroc vendredi soir.\n\n"
        "Des vidéos publiées sur les réseaux sociaux montrent des façades effondrées.",
        "2024-09-09",
        "Des vidéos",
        NO_EVENT,
        None,
    ),
]

# ... under an agency's credit line alone ("AFP PHOTO" and the photographer), closed by the
# weekday, day and month with no year
CAPTIONS_NEWS_DAY = "2024-06-04"
CAPTIONS += [
    (
        "Le gouvernement a présenté lundi son plan pour l'hôpital.\n\n"
        "AFP PHOTO LUCIE MARCHAND\n\n"
        "La ministre de la Santé quitte l'hôpital de Rouen, suivie du préfet, lundi 3 juin.\n\n"
        "Le plan prévoit 2 000 postes.",
        CAPTIONS_NEWS_DAY,
        "quitte l'hôpital",
        NO_EVENT,
        None,
    ),
    (
        "Les eaux ont envahi le centre de Morlaix dimanche.\n\n"
        "AFP PHOTO / JEAN-YVES LE GALL\n\n"
        "Des habitants évacuent leurs meubles dans une rue inondée, dimanche 2 juin.",
        CAPTIONS_NEWS_DAY,
        "évacuent leurs meubles",
        NO_EVENT,
        None,
    ),
]

# ... twins: the same acts told as news (a day of the story, a past tense, a lead)
CAPTIONS_NEWS = [
    (
        "Le roi s'est rendu mardi dans les quartiers inondés de Valence. Des habitants ont "
        "lancé de la boue sur le cortège, comme le montrent les images de plusieurs chaînes "
        "sur place.",
        "2024-11-06",
        "lancé de la boue",
        TOLD,
        None,
    ),
    (
        "Le gouvernement a présenté lundi son plan pour l'hôpital.\n\n"
        "La ministre de la Santé a quitté l'hôpital de Rouen, suivie du préfet, lundi 3 juin.",
        CAPTIONS_NEWS_DAY,
        "quitté l'hôpital",
        TOLD,
        "happening",
    ),
    (
        "La ministre de la Santé quitte l'hôpital de Rouen, suivie du préfet, lundi 3 juin.",
        CAPTIONS_NEWS_DAY,
        "quitte l'hôpital",
        TOLD,
        "happening",
    ),
    (
        "AFP et Reuters ont diffusé les images de la crue dimanche.\n\n"
        "Des habitants évacuent leurs meubles dans une rue inondée, dimanche 2 juin.",
        CAPTIONS_NEWS_DAY,
        "évacuent leurs meubles",
        TOLD,
        None,
    ),
    (
        "Les eaux ont envahi le centre de Morlaix dimanche.\n\n"
        "Des habitants évacuent leurs meubles dans une rue inondée, dimanche 2 juin. "
        "Les pompiers ont installé des pompes dans la soirée.",
        CAPTIONS_NEWS_DAY,
        "évacuent leurs meubles",
        TOLD,
        None,
    ),
    (
        "Le Premier ministre s'est adressé à la presse le 13 mars 2024 à l'hôtel Matignon.",
        "2024-03-14",
        "adressé à la presse",
        EVENT,
        "happening",
    ),
    (
        "Des pompiers luttent depuis mardi soir contre les flammes près de Martigues.\n\n"
        "Le feu a parcouru 800 hectares.",
        "2024-08-09",
        "luttent",
        EVENT,
        None,
    ),
    (
        "La tempête a balayé la Bretagne dans la nuit.\n\n"
        "Des arbres ont été arrachés par les rafales jeudi à Quimper.",
        "2024-11-02",
        "arrachés",
        TOLD,
        "happening",
    ),
    (
        "Un séisme a frappé le nord du Maroc vendredi soir.\n\n"
        "La gendarmerie a publié samedi des vidéos des façades effondrées.",
        "2024-09-09",
        "a publié",
        TOLD,
        "happening",
    ),
]

# What is awaited, planned or feared, told in the present (a present passive: "sont
# attendus", "est prévue"; a fear: "on craint"), with no day of its own: no event.
EXPECTED = [
    (
        "Les syndicats appellent à une nouvelle grève jeudi.\n\n"
        "Les cheminots sont attendus nombreux dans les cortèges.",
        "2024-03-12",
        "sont attendus",
        NO_EVENT,
        None,
    ),
    (
        "Le tribunal a condamné lundi l'ancien maire à deux ans de prison.\n\n"
        "Un nouvel examen de sa situation est prévu à l'issue de sa peine.",
        "2024-03-12",
        "est prévu",
        NO_EVENT,
        None,
    ),
    (
        "La crue a emporté plusieurs ponts dans la vallée de la Roya.\n\n"
        "On craint de nouveaux glissements de terrain dans les villages.",
        "2024-10-04",
        "On craint",
        NO_EVENT,
        None,
    ),
    (
        "Les syndicats appellent à une nouvelle grève jeudi.\n\n"
        "La préfecture prévoit entre 8 000 et 10 000 manifestants à Rennes.",
        "2024-03-12",
        "prévoit entre",
        NO_EVENT,
        None,
    ),
]

# ... twins: a schedule that names its day, an act of the day told in the present passive
EXPECTED_NEWS = [
    (
        "Les syndicats appellent à une nouvelle grève.\n\n"
        "Une réunion avec le ministre est prévue jeudi 14 mars.",
        "2024-03-12",
        "est prévue",
        TOLD,
        "announcement",
    ),
    (
        "Un homme est mis en examen après la mort d'un cycliste à Lyon.",
        "2024-03-12",
        "mis en examen",
        EVENT,
        "happening",
    ),
    (
        "La crue a emporté plusieurs ponts dans la vallée de la Roya.\n\n"
        "Les habitants ont fui leurs maisons dans la nuit de vendredi à samedi.",
        "2024-10-04",
        "ont fui",
        TOLD,
        "happening",
    ),
]

# An estimate or a projection told in the conditional by nobody quoted (an economy
# release: "les prix augmenteraient"): no event.
PROJECTIONS = [
    (
        "Sur un an, les prix à la consommation augmentent de 2,1 % en mars, selon l'Insee.\n\n"
        "Les prix de l'énergie se replieraient légèrement sur un mois.",
        "2024-03-29",
        "se replieraient",
        NO_EVENT,
        None,
    ),
    (
        "Les ventes de voitures neuves ont reculé de 5 % en mai.\n\n"
        "Le marché des voitures électriques progresserait encore au second semestre.",
        "2024-06-03",
        "progresserait",
        NO_EVENT,
        None,
    ),
]

# ... twins: the same figures as facts
PROJECTIONS_NEWS = [
    (
        "Les prix de l'énergie ont reculé de 1,2 % sur un mois en mars, selon l'Insee.",
        "2024-03-29",
        "ont reculé",
        EVENT,
        "happening",
    ),
]

# What was planned, told in the imperfect ("Leur programme prévoyait", "devait"): not what
# happened.
PLANS = [
    (
        "Le roi a été pris à partie par des habitants dimanche à Paiporta.\n\n"
        "Sa visite prévoyait un passage dans une autre commune plus tard dimanche.",
        "2024-11-03",
        "prévoyait",
        NO_EVENT,
        None,
    ),
    (
        "Le président a annulé son déplacement à Marseille.\n\n"
        "Il devait y inaugurer jeudi une nouvelle ligne de tramway.",
        "2024-03-15",
        "devait y inaugurer",
        NO_EVENT,
        None,
    ),
]

# ... twin: what could be done from a day on, relayed by the authorities, is news
PLANS_NEWS = [
    (
        "L'incendie de l'entrepôt a été maîtrisé mercredi.\n\n"
        "Les élèves pouvaient retourner en classe dès jeudi matin, a précisé le rectorat.",
        "2024-03-15",
        "pouvaient retourner",
        TOLD,
        None,
    ),
]

# A judgement of what happened, with "être" and an adjective ("a été exceptionnel"), and a
# state told in the present ("est classé", "sont calculés", "restent moins sévères"): no
# event.
JUDGEMENTS = [
    (
        "La cour d'assises a rendu son verdict jeudi.\n\n"
        "Le procès, qui a duré trois mois, a été exceptionnel par sa durée et le nombre "
        "d'accusés.",
        "2024-12-20",
        "exceptionnel",
        NO_EVENT,
        None,
    ),
    (
        "Les Bleus ont été éliminés samedi en quart de finale.\n\n"
        "Leur saison a été décevante de bout en bout.",
        "2024-07-07",
        "décevante",
        NO_EVENT,
        None,
    ),
    (
        "Un incendie s'est déclaré lundi dans une usine chimique de Saint-Fons.\n\n"
        "L'usine est classée Seveso seuil haut.",
        "2024-03-12",
        "classée Seveso",
        NO_EVENT,
        None,
    ),
]

# ... twins: an act told with "être" and a participle
JUDGEMENTS_NEWS = [
    (
        "La cour d'assises a rendu son verdict jeudi.\n\n"
        "Le procès a été suspendu mardi après le malaise d'un accusé.",
        "2024-12-20",
        "suspendu",
        TOLD,
        "happening",
    ),
    (
        "Les Bleus ont été éliminés samedi en quart de finale par le Portugal.",
        "2024-07-07",
        "éliminés",
        EVENT,
        "happening",
    ),
]

# ... the same, told in the paragraph of the event they follow (a follow-up's place)
FOLLOWING = [
    (
        "Un séisme a frappé le nord du Maroc vendredi soir. Des vidéos publiées sur les "
        "réseaux sociaux montrent des façades effondrées.",
        "2024-09-09",
        "Des vidéos",
        NO_EVENT,
        None,
    ),
    (
        "Un incendie s'est déclaré lundi dans une usine chimique de Saint-Fons. L'usine est "
        "classée Seveso seuil haut.",
        "2024-03-12",
        "classée Seveso",
        NO_EVENT,
        None,
    ),
    (
        "Le tribunal a condamné lundi l'ancien maire à deux ans de prison. Un nouvel examen "
        "de sa situation est prévu à l'issue de sa peine.",
        "2024-03-12",
        "est prévu",
        NO_EVENT,
        None,
    ),
    (
        "La crue a emporté plusieurs ponts dans la vallée de la Roya. On craint de nouveaux "
        "glissements de terrain dans les villages.",
        "2024-10-04",
        "On craint",
        NO_EVENT,
        None,
    ),
    (
        "Le jury s'est retiré samedi matin pour délibérer. Les téléphones des jurés sont "
        "confisqués jusqu'au soir.",
        "2024-05-25",
        "confisqués",
        NO_EVENT,
        None,
    ),
]

# ... twins: what happened next, told in the same paragraph
FOLLOWING_NEWS = [
    (
        "Un séisme a frappé le nord du Maroc vendredi soir. Des secouristes ont dégagé "
        "plusieurs survivants des décombres.",
        "2024-09-09",
        "ont dégagé",
        TOLD,
        "happening",
    ),
    (
        "Le jury s'est retiré samedi matin pour délibérer. Les téléphones des jurés ont été "
        "confisqués à leur arrivée.",
        "2024-05-25",
        "confisqués",
        TOLD,
        "happening",
    ),
]

# A comparison told with a verb of state in the present, a history (what went on for
# years), a method described in the present: no event of the story's days.
DESCRIPTIONS = [
    (
        "Le nombre de demandeurs d'emploi a baissé de 1 % au troisième trimestre. Les chiffres "
        "de l'Unédic restent pourtant moins favorables que ceux de France Travail.",
        "2024-10-25",
        "moins favorables",
        NO_EVENT,
        None,
    ),
    (
        "Des orages ont provoqué des crues dans le Var et les Alpes-Maritimes. Les deux "
        "départements sont éloignés, mais le phénomène est le même : un épisode cévenol.",
        "2024-10-18",
        "est le même",
        NO_EVENT,
        None,
    ),
    (
        "L'ancien directeur de la clinique a été condamné jeudi à huit ans de prison. Il a "
        "détourné les fonds de l'établissement pendant plus de dix ans.",
        "2024-05-17",
        "détourné",
        NO_EVENT,
        None,
    ),
    (
        "L'Insee a publié vendredi l'indice des prix de mars. Cet indice repose sur des "
        "relevés provisoires.",
        "2024-03-29",
        "repose sur",
        NO_EVENT,
        None,
    ),
    (
        "Le feu a détruit 600 hectares près de Marseille.\n\n"
        "Des pompiers arrosent une maison menacée par les flammes, à Martigues, les 8 et 9 "
        "août 2024.",
        "2024-08-10",
        "arrosent",
        NO_EVENT,
        None,
    ),
]

# ... twins: a change told with a comparison, an act of hours, a lead, the years of a thing
# named in someone's quoted words
DESCRIPTIONS_NEWS = [
    (
        "Un entrepôt a explosé sur le port. L'origine n'est pas encore connue mais le préfet "
        "a évoqué des « produits chimiques stockés depuis des années » dans le hangar.",
        "2024-05-17",
        "a évoqué",
        TOLD,
        "happening",
    ),
    (
        "Les prix à la consommation augmentent plus vite que prévu en mars, selon l'Insee.",
        "2024-03-29",
        "plus vite",
        EVENT,
        None,
    ),
    (
        "Le feu a détruit 600 hectares près de Marseille. Les pompiers ont lutté pendant "
        "dix heures contre les flammes.",
        "2024-08-10",
        "ont lutté",
        TOLD,
        "happening",
    ),
]

# A penalty that may come, a poll's share, a year's record before the year of publication,
# a count to date, a state told in a present passive at a paragraph's opening
RECORDS = [
    (
        "Le conducteur a été interpellé mardi. Il encourt jusqu'à dix ans de prison.",
        "2024-03-14",
        "encourt",
        NO_EVENT,
        None,
    ),
    (
        "Le procès du couple s'est ouvert lundi. L'épouse, accusée de complicité, risque la "
        "réclusion criminelle à perpétuité.",
        "2024-03-14",
        "risque la",
        NO_EVENT,
        None,
    ),
    (
        "Le procès s'est ouvert lundi à Douai. Le gérant risque cinq ans de prison.",
        "2024-03-14",
        "risque cinq",
        NO_EVENT,
        None,
    ),
    # ... the penalty of the one a relative clause names: what the main clause tells
    (
        "Le procès s'est ouvert lundi à Douai. Puis le gérant, qui risque cinq ans de prison, "
        "a demandé pardon aux victimes.",
        "2024-03-14",
        "demandé pardon",
        TOLD,
        None,
    ),
    (
        "La grève a perturbé jeudi le trafic ferroviaire. 54 % des Français soutiennent le "
        "mouvement.",
        "2024-03-15",
        "54 %",
        NO_EVENT,
        None,
    ),
    (
        "Des cambrioleurs ont dérobé dimanche des bijoux au musée. En 2024, le musée a "
        "accueilli 8,7 millions de visiteurs.",
        "2025-10-20",
        "En 2024",
        NO_EVENT,
        None,
    ),
    (
        "Un homme a été tué par balle samedi soir à Marseille. Il s'agit du 20e homicide lié "
        "au trafic de drogue depuis le début de l'année.",
        "2024-03-11",
        "20e homicide",
        NO_EVENT,
        None,
    ),
    (
        "Des cambrioleurs ont dérobé dimanche des bijoux au musée.\n\n"
        "Le collier, composé de huit saphirs, est estimé à plusieurs millions d'euros.",
        "2025-10-20",
        "est estimé",
        NO_EVENT,
        None,
    ),
]

# ... twins: a sentence, a strike's share, a month's figure, a killing, a lead in the present
RECORDS_NEWS = [
    (
        "Le conducteur a été interpellé mardi. Il a été condamné jeudi à deux ans de prison.",
        "2024-03-15",
        "condamné",
        TOLD,
        "happening",
    ),
    (
        "La grève a perturbé jeudi le trafic ferroviaire. 30 % des salariés de la SNCF ont "
        "cessé le travail.",
        "2024-03-15",
        "30 %",
        TOLD,
        "happening",
    ),
    (
        "Les ventes de voitures neuves ont reculé de 3 % en septembre, selon la PFA.",
        "2025-10-01",
        "ont reculé",
        EVENT,
        "happening",
    ),
    (
        "Un homme a été tué par balle samedi soir à Marseille.",
        "2024-03-11",
        "tué par balle",
        EVENT,
        "happening",
    ),
    (
        "Le musée du Louvre est fermé au public après un vol de bijoux.",
        "2025-10-20",
        "est fermé",
        EVENT,
        None,
    ),
]

# A change over years, a streak, a count to date told with "il s'agit", a company described
HISTORIES = [
    (
        "Des cambrioleurs ont dérobé dimanche des bijoux au musée. Les prix de l'or ont doublé "
        "en cinq ans.",
        "2025-10-20",
        "doublé",
        NO_EVENT,
        None,
    ),
    (
        "Le PSG a battu Lyon dimanche. Les Parisiens restent sur cinq victoires consécutives.",
        "2024-03-11",
        "restent sur",
        NO_EVENT,
        None,
    ),
    (
        "L'entreprise a annoncé mardi 300 suppressions de postes. Fondée en 1950, elle est "
        "spécialisée dans les pièces automobiles.",
        "2024-03-13",
        "spécialisée",
        NO_EVENT,
        None,
    ),
]

# ... twins: a year's figure, a streak extended on a day, a count of a day's happening
HISTORIES_NEWS = [
    (
        "Le chômage a baissé de 0,5 point en un an, selon l'Insee.",
        "2024-03-11",
        "en un an",
        EVENT,
        "happening",
    ),
    (
        "Le PSG a signé dimanche sa cinquième victoire consécutive.",
        "2024-03-11",
        "consécutive",
        EVENT,
        "happening",
    ),
    (
        "Le PSG a battu Lyon dimanche. Le club a remporté dimanche son 5e titre depuis 2019.",
        "2024-03-11",
        "5e titre",
        TOLD,
        "happening",
    ),
]

# A nominal sentence with no date and no verb of any form: a subheading glued before its
# paragraph, a credit, a description
NOMINAL = [
    (
        "Le pont s'est effondré mardi à Gênes.\n\n"
        "Un fonds de 500 millions d'euros.\n\n"
        "Le gouvernement a débloqué samedi un fonds de 500 millions d'euros.",
        "2018-08-18",
        "Un fonds de 500",
        NO_EVENT,
        "not-event",
    ),
    (
        "Les obsèques ont eu lieu samedi à Gênes.\n"
        "Longs applaudissements pour les victimes et les pompiers.",
        "2018-08-18",
        "Longs applaudissements",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le film sort mercredi en salles.\nUn drame pour ses parents, de confession juive.",
        "2022-11-15",
        "Un drame",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: a nominal sentence naming its day, a sentence with a verb and no date
NOMINAL_NEWS = [
    (
        "Nouvelle explosion mardi soir dans le port de Beyrouth.",
        "2020-08-05",
        "Nouvelle explosion",
        EVENT,
        "happening",
    ),
    (
        "Les obsèques ont eu lieu samedi à Gênes.\n"
        "Les familles ont applaudi les victimes et les pompiers.",
        "2018-08-18",
        "applaudi",
        TOLD,
        "happening",
    ),
]

# A statement made long before the story, its reporting clause in the pluperfect; what a
# legal text lays down, said in the present
SAID_BEFORE = [
    (
        "Le pont s'est effondré mardi à Gênes.\n\n"
        "En 2014, le parti avait estimé que ce risque relevait du conte de fées.",
        "2018-08-15",
        "conte de fées",
        NO_EVENT,
        "context",
    ),
    (
        "Le président a démissionné mardi.\n\n"
        "Le président du Sénat assure l'intérim pour 90 jours, selon ce que prévoit la "
        "Constitution.",
        "2019-04-03",
        "intérim",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: a statement of the story's days in the pluperfect, what was done on a day as
# the law provides
SAID_BEFORE_NEWS = [
    (
        "Le pont s'est effondré mardi à Gênes.\n\n"
        "Lundi, le ministre avait estimé que le pont était sûr.",
        "2018-08-15",
        "était sûr",
        TOLD,
        "statement",
    ),
    (
        "Le président a démissionné mardi.\n\n"
        "Le président du Sénat a pris mardi ses fonctions, selon ce que prévoit la "
        "Constitution.",
        "2019-04-03",
        "ses fonctions",
        TOLD,
        "happening",
    ),
]

# A portrait's past told in the imperfect or the present with no date of its own, every
# period it names a year or more before publication (in an apposition): a history
CAREER = [
    (
        "Le chanteur est mort vendredi à 75 ans. Révélé en 1983 par sa chanson Madame, le "
        "chanteur enchaînait les tournées en Belgique.",
        "2023-06-24",
        "enchaînait",
        NO_EVENT,
        "context",
    ),
    (
        "Le suspect a été interpellé mardi. Le suspect, condamné en 2015 pour vol, conteste "
        "les faits.",
        "2023-06-21",
        "conteste",
        NO_EVENT,
        "context",
    ),
]

# ... twins: the same told in the compound past, a happening
CAREER_NEWS = [
    (
        "Le suspect a été interpellé mardi. Le suspect, condamné en 2015 pour vol, a été "
        "placé en garde à vue.",
        "2023-06-21",
        "garde à vue",
        TOLD,
        "happening",
    ),
]

# How long something is expected to last, in the conditional up to a day: a forecast
EXPECTED += [
    (
        "Le voyagiste a fait faillite lundi.\n\n"
        "L'opération de rapatriement devrait durer jusqu'au 6 octobre.",
        "2019-09-23",
        "rapatriement",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: a schedule in the conditional, an extension decided on a day
EXPECTED_NEWS += [
    (
        "Le voyagiste a fait faillite lundi.\n\nLe rapatriement des clients devrait débuter jeudi.",
        "2019-09-23",
        "rapatriement",
        EVENT,
        "announcement",
    ),
    (
        "Le voyagiste a fait faillite lundi.\n\n"
        "Le gouvernement a prolongé lundi jusqu'au 6 octobre l'opération de rapatriement.",
        "2019-09-23",
        "rapatriement",
        TOLD,
        "happening",
    ),
]

# What will not happen before a time (the future or the conditional, "ne ... pas ...
# avant"), and what was awaited, told in the imperfect with its day: forecasts, no event
EXPECTED += [
    (
        "Un cargo a sombré dimanche au large de Brest.\n\n"
        "Les remorqueurs ne devraient pas rejoindre l'épave avant jeudi matin.",
        "2024-03-12",
        "remorqueurs",
        NO_EVENT,
        "not-event",
    ),
    (
        "Un éboulement a coupé lundi la route de la vallée.\n\n"
        "La route ne rouvrira pas avant vendredi soir, selon nos informations.",
        "2024-03-12",
        "rouvrira",
        NO_EVENT,
        None,
    ),
    (
        "Un cargo a sombré dimanche au large de Brest.\n\n"
        "Un second remorqueur était attendu dans la matinée sur la zone.",
        "2024-03-12",
        "second remorqueur",
        NO_EVENT,
        None,
    ),
]

# ... twins: the act to come with its day, the act done with its day
EXPECTED_NEWS += [
    (
        "Un cargo a sombré dimanche au large de Brest.\n\n"
        "Les remorqueurs rejoindront l'épave jeudi matin.",
        "2024-03-12",
        "remorqueurs",
        EVENT,
        "announcement",
    ),
    (
        "Un cargo a sombré dimanche au large de Brest.\n\n"
        "Un second remorqueur est arrivé lundi matin sur la zone.",
        "2024-03-12",
        "second remorqueur",
        TOLD,
        "happening",
    ),
]

# A review's appraisal in the present ("être" and an adjective of appraisal)
JUDGEMENTS += [
    (
        "Le film sort mercredi en salles.\n\n"
        "Le discours sur la religion est intéressant au début puis ça tourne à la psychanalyse.",
        "2022-11-15",
        "discours",
        NO_EVENT,
        "not-event",
    ),
    (
        "Le film sort mercredi en salles.\n\n"
        "Le scénario est passionnant mais la fin est décevante.",
        "2022-11-15",
        "scénario",
        NO_EVENT,
        "not-event",
    ),
]

# ... twins: "être" and an adjective that tells what happened, or names its day
JUDGEMENTS_NEWS += [
    (
        "Le bus a percuté un camion.\n\nTrois personnes sont mortes dans l'accident.",
        "2018-08-18",
        "mortes",
        NO_EVENT | TOLD,
        "happening",
    ),
    (
        "Le film sort mercredi en salles.\n\n"
        "Le réalisateur est absent de la promotion ce mercredi.",
        "2022-11-15",
        "absent",
        EVENT,
        "announcement",
    ),
]

# What a text says of the future, quoted and relayed by the impersonal passive ("est-il
# indiqué"): a statement, no forecast of the article's ...
FOLLOWING_NEWS += [
    (
        "Des manifestants ont attaqué le consulat dimanche.\n\nLa capitale « ripostera sans "
        "délai et avec fermeté », est-il indiqué dans la déclaration.",
        "2023-07-30",
        "ripostera",
        TOLD,
        "statement",
    ),
]

# A present passive of a state participle with what it is by ("par"): a state, no act ("Le
# hameau est toujours menacé par des chutes de pierres")
FOLLOWING += [
    (
        "Un glissement de terrain a coupé lundi la route de Bonneval.\n\n"
        "Le hameau est toujours menacé par des chutes de pierres.",
        "2024-05-14",
        "menacé par",
        NO_EVENT,
        None,
    ),
]

# ... twin: an act of the story's day told with "par"
FOLLOWING += [
    (
        "Un glissement de terrain a coupé lundi la route de Bonneval.\n\n"
        "Le hameau a été évacué lundi par les gendarmes.",
        "2024-05-14",
        "évacué lundi",
        TOLD,
        "happening",
    ),
]

# The middle voice: a pronominal verb in the present with no date, by nobody quoted, after
# the story's happening: how something goes on or what it is like, no agent acting
FOLLOWING += [
    (
        "Le tribunal de Valence a condamné lundi trois anciens élus. Le dossier se distingue "
        "aussi par le nombre de parties civiles.",
        "2024-05-14",
        "se distingue",
        NO_EVENT,
        None,
    ),
    (
        "Le tribunal de Valence a condamné lundi trois anciens élus. Les amendes "
        "s'échelonnent entre 5 000 et 30 000 euros.",
        "2024-05-14",
        "s'échelonnent",
        NO_EVENT,
        None,
    ),
]

# ... twins: a verb whose pronominal form names an act, a day of the story
FOLLOWING += [
    (
        "Les pompiers sont intervenus lundi à Vénissieux. Un second incendie se déclare peu "
        "après dans un entrepôt voisin.",
        "2024-05-14",
        "se déclare",
        TOLD,
        "happening",
    ),
    (
        "Le tribunal de Valence a condamné lundi trois anciens élus.\n\n"
        "Le procès en appel s'ouvre le 3 juin à Grenoble.",
        "2024-05-14",
        "s'ouvre",
        EVENT,
        "announcement",
    ),
]

# ... twin: a title between quotation marks, no one's words: the future with no day is a
# forecast
FOLLOWING += [
    (
        "Le Festival de Cannes s'est ouvert mardi.\n\n"
        "Le film « Anatomie d'une chute » sortira en salles.",
        "2023-05-17",
        "sortira",
        NO_EVENT,
        "not-event",
    ),
]

ROWS = (
    CAPTIONS
    + CAPTIONS_NEWS
    + EXPECTED
    + EXPECTED_NEWS
    + PROJECTIONS
    + PROJECTIONS_NEWS
    + PLANS
    + PLANS_NEWS
    + JUDGEMENTS
    + JUDGEMENTS_NEWS
    + FOLLOWING
    + FOLLOWING_NEWS
    + DESCRIPTIONS
    + DESCRIPTIONS_NEWS
    + RECORDS
    + RECORDS_NEWS
    + HISTORIES
    + HISTORIES_NEWS
    + NOMINAL
    + NOMINAL_NEWS
    + SAID_BEFORE
    + SAID_BEFORE_NEWS
    + CAREER
    + CAREER_NEWS
)


@pytest.mark.parametrize(("body", "published", "words", "roles", "kind"), ROWS)
def test_the_kind_a_news_desk_gives(body, published, words, roles, kind):
    sentence = sentence_of(body, published, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
    if kind is not None:
        assert sentence.kind == kind


# What the main clause says with "être", read from the tagger's morphology: a judgement
# ("attribute"), a present passive naming who acts or not, or none of these (an act).
PREDICATES = [
    ("Le procès a été exceptionnel par sa durée.", "attribute"),
    ("Le bilan est lourd.", "attribute"),
    ("L'usine est classée Seveso seuil haut.", "passive"),
    ("Les cheminots sont attendus nombreux dans les cortèges.", "passive"),
    ("Le président est actuellement retenu par sa garde.", "passive-by"),
    ("De nombreux véhicules ont été emportés par les flots.", None),
    ("Le procès a été suspendu mardi.", None),
    ("Il est arrivé jeudi à Paris.", None),
    ("La cour s'est retirée pour délibérer.", None),
    ("Il a eu un accident sur l'autoroute.", None),
]


@pytest.mark.parametrize(("text", "predicate"), PREDICATES)
def test_what_a_clause_says_with_etre(text, predicate):
    assert features.predicate_of(list(get_nlp()(text))) == predicate


# The conditional the tagger reads as an imperfect, told apart by its stem (the future's)
TENSES = [
    ("Le marché progresserait encore au second semestre.", "conditional"),
    ("La croissance atteindrait 1 % l'an prochain.", "conditional"),
    ("Le ministre pourrait démissionner.", "conditional"),
    ("Il assurait la sécurité du site.", "imperfect"),
    ("Il disait la vérité.", "imperfect"),
    ("Il courait vers la sortie.", "imperfect"),
]


@pytest.mark.parametrize(("text", "tense"), TENSES)
def test_a_conditional_read_as_an_imperfect(text, tense):
    assert features.tense_of(list(get_nlp()(text))) == tense


# A main clause set against the first by "mais" carries the news when it is told in the
# past and the first is not (a state, a present, a negation): its verb is what the sentence
# tells; not when the first clause tells what happened, nor when the second tells no past.
CONTRASTED = [
    (
        "Deux explosions ont secoué Beyrouth mardi.\n\nL'origine n'est pas encore connue mais "
        "le directeur de la Sûreté générale a évoqué mardi des matières explosives.",
        "2020-08-05",
        "évoqué",
        "évoquer",
    ),
    (
        "Deux explosions ont secoué Beyrouth mardi.\n\nLes autorités n'ont pas communiqué de "
        "bilan, mais le maire a évoqué mardi soir une dizaine de disparus.",
        "2020-08-05",
        "évoqué",
        "évoquer",
    ),
    (
        "Deux explosions ont secoué Beyrouth mardi.\n\n"
        "L'origine n'est pas encore connue mais l'enquête se poursuit.",
        "2020-08-05",
        "origine",
        "connaître",
    ),
    (
        "Deux explosions ont secoué Beyrouth mardi.\n\n"
        "Le maire a visité le port mardi, mais il n'a rien dit aux journalistes.",
        "2020-08-05",
        "visité",
        "visiter",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "action"), CONTRASTED)
def test_the_clause_set_against_the_first_carries_the_news(body, published, words, action):
    assert sentence_of(body, published, words).action == action
