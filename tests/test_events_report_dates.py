"""Every report of an event dated right (issue 9): the narration a paragraph goes on with,
what was so on the day a reported content names, a year that is part of a name, what is
said in its own paragraph, and the date a follow-up gets when it becomes an event of its
own (said the day it is told, not the day of the happening it follows). One row per
phenomenon, invented French news sentences, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import chronology_of, extraction_of

# (body, publication day, words of the sentence, role, kind, day it is dated)
DATED = [
    # a paragraph opening with a connective goes on with the previous paragraph's day
    (
        "Jeudi après-midi, les pompiers ont maîtrisé l'incendie de l'usine.\n\n"
        "Pourtant, la préfecture a fermé les écoles de douze communes.",
        "2019-09-27",
        "fermé les écoles",
        "event",
        "happening",
        "2019-09-26",
    ),
    # ... or with a pronoun subject standing for someone named there
    (
        "Le suspect a été interpellé mardi soir à Lyon par les gendarmes.\n\n"
        "Il a été placé en garde à vue. Les enquêteurs ont saisi son téléphone portable.",
        "2024-04-18",
        "saisi son téléphone",
        "event",
        "happening",
        "2024-04-16",
    ),
    # what a narration tells after a night it named, with no day of its own, happened the
    # morning after: the day the night ends, told that day or the next
    (
        "Un incendie a ravagé un entrepôt de Rennes dans la nuit de samedi à dimanche. "
        "Une centaine de riverains ont été évacués vers un gymnase.",
        "2024-03-17",
        "riverains",
        "event",
        "happening",
        "2024-03-17",
    ),
    (
        "Le fleuve est sorti de son lit dans la nuit de jeudi à vendredi à Redon. "
        "Les pompiers ont secouru une trentaine d'habitants en barque.",
        "2024-03-16",
        "en barque",
        "event",
        "happening",
        "2024-03-15",
    ),
    # ... "cette nuit" told done is the night that ended on the day of writing: what the
    # narration tells after it happened that morning, not the day after publication
    (
        "Un incendie a ravagé un entrepôt de Brest cette nuit. Une cinquantaine de riverains "
        "ont été évacués vers une salle des fêtes.",
        "2024-03-12",
        "riverains",
        "event",
        "happening",
        "2024-03-12",
    ),
    # ... not after a night going on, told in the imperfect: set beside the story
    (
        "Un immeuble de quatre étages s'est effondré lundi après-midi dans le centre de Lille. "
        "Les secours fouillaient encore les décombres dans la nuit de lundi à mardi. Selon "
        "les pompiers, le bâtiment a cédé sous le poids d'une terrasse.",
        "2024-03-12",
        "a cédé",
        "event",
        "happening",
        "2024-03-11",
    ),
    # a paragraph naming no day goes on with the story's last day told, when it tells a
    # happening in the past (tests/test_events_story_day.py)...
    (
        "Jeudi après-midi, les pompiers ont maîtrisé l'incendie de l'usine.\n\n"
        "La préfecture a fermé les écoles de douze communes.",
        "2019-09-27",
        "fermé les écoles",
        "event",
        "happening",
        "2019-09-26",
    ),
    # reported content in the imperfect naming a past day: what was so on that day
    (
        "Les habitants pouvaient regagner dès jeudi soir leur domicile, ont précisé les autorités.",
        "2019-09-27",
        "regagner",
        "event",
        "happening",
        "2019-09-26",
    ),
    # ... not a day to come ("reprendrait mercredi"): what was said, the day it was said
    (
        "Le président a annoncé avant de quitter la salle que l'audience reprendrait "
        "mercredi à 17 heures.",
        "2022-06-27",
        "reprendrait",
        "event",
        "statement",
        "2022-06-27",
    ),
    # a year that is part of a name ("le prix Goncourt 2021") does not date the sentence
    (
        "L'écrivain sénégalais remporte le prix Goncourt 2021 pour son roman, mercredi 3 novembre.",
        "2021-11-03",
        "remporte",
        "event",
        "happening",
        "2021-11-03",
    ),
    # what someone says in a paragraph of its own is a statement of the day it is told
    (
        "L'incendie s'est déclaré dans la nuit de mercredi à jeudi.\n\n"
        "L'incendie est « un feu complexe et difficile », précisent les pompiers sur place.",
        "2019-09-26",
        "feu complexe",
        "event",
        "statement",
        "2019-09-26",
    ),
]


# a plan told in the past ("devait atterrir lundi": the future in the past) in a clause
# joined to the act told: the act's day dates the sentence, not the plan's
DATED += [
    (
        "L'avion a décollé de Montréal dimanche à 19 h et devait atterrir à Paris lundi.",
        "2023-06-13",
        "décollé",
        "event",
        "happening",
        "2023-06-11",
    ),
]

# an act told done on a day of its own, relayed by a plain verb of saying ("a déclaré",
# "a dit") like by "a indiqué" or "selon": the happening, on its day (a relayed act is the
# happening); with no day of its own, or in the present, the speaker's statement
DATED += [
    (
        "Le ferry a été remorqué jeudi soir jusqu'au port de Cherbourg, a déclaré le préfet.",
        "2022-10-15",
        "remorqué",
        "event",
        "happening",
        "2022-10-13",
    ),
    (
        "Les deux randonneurs ont été retrouvés mardi dans un refuge, a dit un gendarme.",
        "2022-02-10",
        "randonneurs",
        "event",
        "happening",
        "2022-02-08",
    ),
    (
        "Le ferry a été remorqué jusqu'au port de Cherbourg, a déclaré le préfet samedi.",
        "2022-10-17",
        "remorqué",
        "event",
        "statement",
        "2022-10-15",
    ),
    (
        "La situation reste tendue dans le port depuis jeudi, a déclaré le préfet.",
        "2022-10-15",
        "tendue",
        "event",
        "statement",
        "2022-10-15",
    ),
]

# "la veille", "le lendemain" counted from the day their article narrates (each outlet its
# own publication day), a statement dated the day it was said, the main verb's day
DATED += [
    (
        "Le ministre de l'Intérieur a déclaré la veille que la situation était sous contrôle.",
        "2024-03-14",
        "sous contrôle",
        "event",
        "statement",
        "2024-03-13",
    ),
    (
        "Le ministre de l'Intérieur a déclaré la veille que la situation était sous contrôle.",
        "2024-03-15",
        "sous contrôle",
        "event",
        "statement",
        "2024-03-14",
    ),
    (
        "L'attaque a eu lieu mardi soir à Lyon. Le lendemain, le président a annoncé un plan "
        "de sécurité.",
        "2024-03-15",
        "plan de sécurité",
        "event",
        "happening",
        "2024-03-13",
    ),
    (
        "Le président a annoncé mercredi un plan. Le ministre avait assuré la veille que rien "
        "ne changerait.",
        "2024-03-15",
        "rien ne changerait",
        "event",
        "statement",
        "2024-03-12",
    ),
    (
        "« Nous ne céderons pas », a affirmé mercredi le Premier ministre, au lendemain de "
        "l'attaque.",
        "2024-03-14",
        "céderons",
        "event",
        "statement",
        "2024-03-13",
    ),
    (
        "Le militant, arrêté lundi, a été libéré mercredi soir, a indiqué jeudi son avocat.",
        "2024-03-14",
        "libéré",
        "event",
        "happening",
        "2024-03-13",
    ),
    # acts done since a day, in the passé composé: first done on that day, not on the day
    # of what a noun of the sentence names ("l'explosion du 4 août")
    (
        "Trois ministres ont démissionné depuis dimanche, après l'explosion du 4 août au port.",
        "2020-08-10",
        "démissionné",
        "event",
        "happening",
        "2020-08-09",
    ),
    (
        "Une quinzaine de commerces ont été pillés depuis samedi soir dans le centre-ville, "
        "après la mort de Nahel le 27 juin.",
        "2023-07-03",
        "pillés",
        "event",
        "happening",
        "2023-07-01",
    ),
    # ... or a state begun that day, told in the passive
    (
        "La ville est bouclée depuis dimanche, après l'explosion du 4 août au port.",
        "2020-08-10",
        "bouclée",
        "event",
        "happening",
        "2020-08-09",
    ),
    (
        "Plus de 40 000 foyers ont été privés d'électricité depuis mardi dans le Finistère, au "
        "lendemain de la tempête du 1er novembre.",
        "2023-11-02",
        "privés",
        "event",
        "happening",
        "2023-10-31",
    ),
    # a toll naming no day but the one its source gave it: dated when given
    (
        "L'incendie de l'entrepôt a fait au moins douze morts, selon un nouveau bilan "
        "communiqué jeudi par la préfecture.",
        "2024-03-15",
        "douze morts",
        "event",
        "happening",
        "2024-03-14",
    ),
    (
        "Le séisme a fait plus de 2 000 morts, d'après un décompte publié lundi par le "
        "ministère de l'Intérieur.",
        "2023-09-12",
        "2 000 morts",
        "event",
        "happening",
        "2023-09-11",
    ),
    # a toll given later: the day of what it counts ("Le bilan de l'incendie lundi") does
    # not date it
    (
        "Le bilan de l'incendie de l'entrepôt lundi s'élève désormais à douze morts, a "
        "annoncé la préfecture.",
        "2024-03-13",
        "douze morts",
        "event",
        "happening",
        "2024-03-13",
    ),
    (
        "Le bilan du séisme de vendredi est monté à 2 100 morts, dimanche 10 septembre.",
        "2023-09-10",
        "2 100 morts",
        "event",
        "happening",
        "2023-09-10",
    ),
    # ... nor what another aftermath is of (an inquiry, a funeral)
    (
        "L'enquête sur l'incendie de l'usine mardi a été confiée à la police judiciaire.",
        "2024-03-13",
        "police judiciaire",
        "event",
        "happening",
        "2024-03-13",
    ),
    (
        "Les obsèques des victimes de l'explosion de mardi ont réuni 500 personnes à Beyrouth.",
        "2024-03-15",
        "500 personnes",
        "event",
        "happening",
        "2024-03-15",
    ),
    # ... but the toll's own day ("Le bilan de mardi") dates it
    (
        "Le bilan de mardi fait état de douze morts dans l'incendie de l'entrepôt.",
        "2024-03-14",
        "douze morts",
        "event",
        "happening",
        "2024-03-12",
    ),
    # ... a day of a gathering that is the subject still dates it
    (
        "La manifestation de samedi a rassemblé 5 000 personnes à Rennes.",
        "2024-03-18",
        "5 000",
        "event",
        "happening",
        "2024-03-16",
    ),
    # ... nor does a day after a participle about a noun, however it was parsed ("survenu
    # tôt hier", "ayant annoncé lundi"): what the noun names happened then; the toll is the
    # day its source gave it
    (
        "Deux corps ont été retrouvés près de l'entrepôt d'une coopérative agricole détruit "
        "tôt hier à Pontivy, selon un bilan communiqué dimanche soir par la préfecture.",
        "2024-03-17",
        "Deux corps",
        "event",
        "happening",
        "2024-03-17",
    ),
    (
        "Les gendarmes ont saisi le chronotachygraphe de l'autocar accidenté mardi sur l'A7.",
        "2023-05-11",
        "chronotachygraphe",
        "event",
        "happening",
        "2023-05-11",
    ),
    (
        "Le syndicat Sud a contesté devant le tribunal le plan de la direction ayant annoncé "
        "lundi 300 suppressions de postes.",
        "2024-03-13",
        "syndicat Sud",
        "event",
        "happening",
        "2024-03-13",
    ),
    # ... but a compound past's participle is the main verb, however parsed
    (
        "L'ambassadeur iranien a une nouvelle fois été convoqué lundi au Quai d'Orsay, a "
        "indiqué mardi le ministère.",
        "2024-03-12",
        "ambassadeur iranien",
        "event",
        "happening",
        "2024-03-11",
    ),
    # ... nor a day in a relative clause after a preposition ("dans lequel", "dans laquelle")
    (
        "Le maire a critiqué le rapport remis par le préfet, dans lequel l'État promettait de "
        "financer la digue avant le 30 juin.",
        "2024-03-13",
        "rapport remis",
        "event",
        "happening",
        "2024-03-13",
    ),
    (
        "L'opposition a dénoncé la lettre du ministre, dans laquelle il s'engageait à réformer "
        "la loi avant le 30 juin.",
        "2024-03-13",
        "lettre du ministre",
        "event",
        "happening",
        "2024-03-13",
    ),
    # a relative clause a comma sets after a noun dates that noun's happening, however the
    # parser attached its verb (often as a main verb joined to the first): the sentence
    # takes the narration's day, or its own
    (
        "Au moins une personne a été tuée dans l'accident industriel qui a frappé le port "
        "de Sète, dans l'Hérault, où un camion-citerne transportant de l'ammoniac est sorti "
        "de la chaussée dans la nuit de lundi à mardi, entraînant une fuite toxique.",
        "2024-03-12",
        "une personne",
        "event",
        "happening",
        "2024-03-12",
    ),
    (
        "Un pompier a été grièvement blessé dans l'incendie qui a ravagé un entrepôt de "
        "Gennevilliers, au nord de Paris, où un chariot élévateur transportant des batteries "
        "a explosé dans la nuit de jeudi à vendredi, selon la préfecture.",
        "2024-03-15",
        "pompier",
        "event",
        "happening",
        "2024-03-15",
    ),
    (
        "Le président, qui avait été élu en mai, a démissionné mardi.",
        "2024-11-02",
        "président",
        "event",
        "happening",
        "2024-10-29",
    ),
    # ... twins: the main verb's own day; the relative clause of a cleft tells the news
    (
        "Le gardien, qui avait été recruté en janvier, a été licencié vendredi par le club.",
        "2024-11-04",
        "gardien",
        "event",
        "happening",
        "2024-11-01",
    ),
    (
        "C’est une fuite de gaz dans la chaufferie, selon le procureur Jean Martin, qui a "
        "provoqué l’explosion meurtrière de jeudi. Le maire a rejeté toute responsabilité.",
        "2024-03-18",
        "fuite de gaz",
        "event",
        "happening",
        "2024-03-14",
    ),
    # a year joined to a name by a hyphen is an edition's name ("Mondial-2022")
    (
        "L'Argentine a pris l'avantage en finale du Mondial-2022 contre la France, grâce à "
        "Lionel Messi, dimanche à Doha.",
        "2022-12-19",
        "Lionel Messi",
        "event",
        "happening",
        "2022-12-18",
    ),
    (
        "Le nageur a battu le record du monde lors des Jeux de Paris-2024, mercredi soir.",
        "2024-08-01",
        "record du monde",
        "event",
        "happening",
        "2024-07-31",
    ),
    # ... the day of the happening, when named, stays its day
    (
        "Le séisme a fait plus de 2 000 morts vendredi soir, selon un décompte publié lundi "
        "par le ministère.",
        "2023-09-12",
        "2 000 morts",
        "event",
        "happening",
        "2023-09-08",
    ),
    # a day in a clause opened by "après" and a past infinitive is that earlier act's: it
    # never dates the sentence (the main act's own day does, else its narration's)
    (
        "Après avoir rejeté samedi une offre de rachat, le groupe textile a déposé son bilan.",
        "2024-05-14",
        "déposé son bilan",
        "event",
        "happening",
        "2024-05-14",
    ),
    (
        "Le club a limogé son entraîneur, après avoir concédé dimanche une quatrième défaite "
        "de suite.",
        "2024-10-08",
        "limogé",
        "event",
        "happening",
        "2024-10-08",
    ),
    (
        "Après s'être réunis jeudi soir à Bruxelles, les ministres des Finances ont adopté "
        "vendredi le plan d'aide.",
        "2024-02-11",
        "ont adopté",
        "event",
        "happening",
        "2024-02-09",
    ),
    # the complement of a demonstrative pronoun names another instance of what the sentence
    # speaks of (an earlier edition), not when it happened
    (
        "Les Bleues ont remporté leur deuxième titre européen, après celui de 2019.",
        "2024-06-03",
        "titre européen",
        "event",
        "happening",
        "2024-06-03",
    ),
    (
        "La navigatrice a bouclé son troisième Vendée Globe, après ceux de 2016 et 2020.",
        "2025-01-20",
        "Vendée Globe",
        "event",
        "happening",
        "2025-01-20",
    ),
    # ... and a gerund tells how the main act was done: its day dates it, even when the
    # parser attaches the gerund to that pronoun
    (
        "Le skieur a signé sa première victoire de la saison en devançant l'Autrichien de "
        "trois dixièmes dimanche à Kitzbühel.",
        "2024-01-23",
        "première victoire",
        "event",
        "happening",
        "2024-01-21",
    ),
    # a year after a capitalised name inside the sentence is an edition's name ("la Coupe du
    # Monde 2024"), not when the sentence happened...
    (
        "La skieuse a été sacrée meilleure débutante de la Coupe du Monde 2024 à l'issue "
        "de la dernière épreuve.",
        "2024-03-24",
        "meilleure débutante",
        "event",
        "happening",
        "2024-03-24",
    ),
    # ... not the year opening the sentence
    (
        "En 2019, la mairie avait racheté le terrain pour un euro symbolique.",
        "2024-03-24",
        "racheté le terrain",
        "background",
        "context",
        "2019-01-01",
    ),
    # how long a state of the subject has lasted ("depuis" completing a noun) never dates
    # the act
    (
        "Au pouvoir depuis douze ans, le maire de la ville a annoncé sa démission.",
        "2024-03-05",
        "annoncé sa démission",
        "event",
        "happening",
        "2024-03-05",
    ),
    (
        "Le ministre de l'Agriculture, en poste depuis trois ans, a quitté le gouvernement "
        "mardi, a annoncé l'Elysée.",
        "2024-03-07",
        "quitté le gouvernement",
        "event",
        "happening",
        "2024-03-05",
    ),
    # a day counted from a happening its complement names ("au lendemain de leur sacre"),
    # which no sentence dated: the last day told is another's, and no day comes of it (the
    # day the sentence names dates it)
    (
        "Les joueuses ont brandi le trophée devant la foule, mardi soir à Lyon.\n\n"
        "Au lendemain de leur sacre européen, les joueuses ont retrouvé leurs supporters "
        "sur la place Bellecour mardi, dans une ambiance folle.",
        "2024-05-22",
        "retrouvé leurs supporters",
        "event",
        "happening",
        "2024-05-21",
    ),
    # ... a complement in the plural ("au lendemain des ...") read as such
    (
        "Les joueuses ont brandi le trophée devant la foule, mardi soir à Lyon.\n\n"
        "Au lendemain des célébrations européennes, les joueuses ont retrouvé leurs "
        "supporters sur la place Bellecour mardi, dans une ambiance folle.",
        "2024-05-22",
        "retrouvé leurs supporters",
        "event",
        "happening",
        "2024-05-21",
    ),
    # ... counted from the day told when the sentence telling it names the happening, or
    # when a demonstrative points back to what was just told
    (
        "L'équipe a remporté la finale de la coupe, samedi à Lille.\n\n"
        "Au lendemain de la finale, les joueuses ont défilé dans les rues de Lyon.",
        "2024-05-20",
        "défilé dans les rues",
        "event",
        "happening",
        "2024-05-19",
    ),
    (
        "Le navigateur a franchi la ligne d'arrivée jeudi à Brest.\n\n"
        "Au lendemain de cet exploit, il a été reçu par le maire de la ville.",
        "2024-01-20",
        "reçu par le maire",
        "event",
        "happening",
        "2024-01-19",
    ),
    # an act placed just before the one told in the sentence before it ("Avant lui, ...")
    # is dated like that one (here the narration's day), not by the story's last day told
    # in another paragraph...
    (
        "Les secours ont dégagé les dernières victimes de l'effondrement mardi.\n\n"
        "Sous la pression des syndicats, la directrice de l'hôpital a annoncé sa démission. "
        "Avant elle, deux chefs de service ont quitté l'établissement.",
        "2024-02-15",
        "chefs de service",
        "event",
        "happening",
        "2024-02-15",
    ),
    # a date completing a legal text's noun is the text's name ("la loi du 4 mars 2002"),
    # never the day of the act: the story's day told before goes on
    (
        "Le tribunal a ordonné mardi la fermeture de la clinique.\n\n"
        "Le préfet a suspendu son agrément en vertu de la loi du 4 mars 2002.",
        "2023-06-14",
        "suspendu son agrément",
        "event",
        "happening",
        "2023-06-13",
    ),
    # ... however introduced ("selon lui par le décret du ...": not a source's day)
    (
        "Le tribunal a ordonné mardi la fermeture de la clinique.\n\n"
        "Le préfet a suspendu son agrément, une mesure permise selon lui par le décret "
        "du 31 mars 2010.",
        "2023-06-14",
        "suspendu son agrément",
        "event",
        "happening",
        "2023-06-13",
    ),
    # twin: a day completing another noun dates the sentence as before
    (
        "Le tribunal a ordonné mardi la fermeture de la clinique.\n\n"
        "Le préfet a suspendu son agrément lors de la réunion du 12 juin.",
        "2023-06-14",
        "suspendu son agrément",
        "event",
        "happening",
        "2023-06-12",
    ),
    # a day completing the noun of an act after "depuis" ("depuis l'annonce lundi de sa
    # démission") is when a period going on began, not the day of the sentence's act, nor
    # a day the narration tells
    (
        "Depuis l'annonce lundi de sa démission, la maire de la commune ne cesse de recevoir "
        "ses adjoints.\n\nLe conseil municipal a été convoqué.",
        "2023-06-14",
        "ne cesse",
        "event",
        "happening",
        "2023-06-14",
    ),
    (
        "Depuis l'annonce lundi de sa démission, la maire de la commune ne cesse de recevoir "
        "ses adjoints.\n\nLe conseil municipal a été convoqué.",
        "2023-06-14",
        "convoqué",
        "event",
        "happening",
        "2023-06-14",
    ),
    # a weekday in a reporting clause in the present, after a content in the future, is
    # the day it was said, up to publication: not the next such weekday
    (
        "Le club ne fera pas appel de la sanction infligée à son gardien, annonce son "
        "président mardi.",
        "2023-06-13",
        "ne fera pas appel",
        "event",
        "statement",
        "2023-06-13",
    ),
    # what held over a range of days ended before the day its reporting clause names is
    # given that day ("du 8 au 14 mai": the tagger gives the two days apart)
    (
        "Douze cas de rougeole ont été recensés dans le département du 8 au 14 mai, a "
        "annoncé vendredi l'agence régionale de santé.",
        "2023-05-20",
        "rougeole",
        "event",
        "happening",
        "2023-05-19",
    ),
    # twin: a weekday before publication is that day
    (
        "Le club ne fera pas appel de la sanction infligée à son gardien, a annoncé son "
        "président lundi.",
        "2023-06-13",
        "ne fera pas appel",
        "event",
        "statement",
        "2023-06-12",
    ),
    # twin: with no "depuis", the noun's day is the sentence's
    (
        "L'annonce lundi de sa démission par la maire de la commune a surpris ses adjoints.",
        "2023-06-14",
        "surpris",
        "event",
        "happening",
        "2023-06-12",
    ),
    # ... which a happening told with no such opening goes on with
    (
        "Les secours ont dégagé les dernières victimes de l'effondrement mardi.\n\n"
        "Sous la pression des syndicats, la directrice de l'hôpital a annoncé sa démission. "
        "Deux chefs de service ont quitté l'établissement.",
        "2024-02-15",
        "chefs de service",
        "event",
        "happening",
        "2024-02-13",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "role", "kind", "day"), DATED)
def test_the_narration_and_the_day_a_report_names(body, published, words, role, kind, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == (role, kind)
    assert sentence.date is not None and sentence.date.start == day


# the figures of a release for a month or a quarter just ended: given the day they are told,
# about that period (an event, or dated background); not a happening of that month.
# (body, publication day, words, day it is dated, first day of the period it is about)
RELEASES = [
    (
        "L'Espagne affichait en septembre le taux de chômage le plus élevé de la zone euro.",
        "2023-11-02",
        "Espagne",
        "2023-11-02",
        "2023-09-01",
    ),
    (
        "La Bretagne enregistrait au troisième trimestre le plus faible taux de chômage du pays.",
        "2023-11-14",
        "Bretagne",
        "2023-11-14",
        "2023-07-01",
    ),
    (
        "Il s'est vendu en octobre 142 000 voitures neuves en France, un recul de 4 % sur un an.",
        "2023-11-02",
        "voitures neuves",
        "2023-11-02",
        "2023-10-01",
    ),
    (
        "Le président s'est rendu en octobre en Chine pour une visite d'État.",
        "2023-11-02",
        "en Chine",
        "2023-10-01",
        None,
    ),
    # ... or for the month going on, told as a figure
    (
        "Le taux d'occupation des hôtels s'est établi à 81,5 en août, contre 78 en juillet.",
        "2026-08-25",
        "hôtels",
        "2026-08-25",
        "2026-08-01",
    ),
    # ... or a rate, whatever its size
    (
        "L'indice des loyers a progressé de 3,5 % en octobre dans la zone euro.",
        "2023-11-20",
        "indice des loyers",
        "2023-11-20",
        "2023-10-01",
    ),
    # ... nor a count of things done that month, which names no figure of a release
    (
        "Les gendarmes ont interpellé en octobre 25 personnes dans le cadre de l'enquête.",
        "2023-11-02",
        "gendarmes",
        "2023-10-01",
        None,
    ),
    (
        "L'incendie a détruit en octobre 40 hectares de forêt dans le massif des Maures.",
        "2023-11-02",
        "hectares",
        "2023-10-01",
        None,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day", "about"), RELEASES)
def test_a_release_figure_is_dated_when_given(body, published, words, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role in ("event", "background")
    assert sentence.date is not None and sentence.date.start == day
    assert (sentence.about.start if sentence.about else None) == about


# the period a count is about (a week, the first days of the year, a range of days) is
# not the day it is told: a count over a period is given when it is (its reporting
# clause's day, or the narration's); what the sentences after it tell is not of that
# period. (body, publication day, words, day the sentence's event is dated)
COUNTED = [
    # recorded ("relevé") over the first days of the year, in a clause of a clause
    (
        "Ces chiffres ont été connus peu après que le ministre se fut félicité qu'aucun cas "
        "nouveau n'ait été relevé dans l'île au cours des dix premiers jours de l'année.",
        "2023-01-20",
        "Ces chiffres",
        "2023-01-20",
    ),
    # ... over a month's first week, after the release told that day
    (
        "L'agence régionale de santé a publié vendredi son bulletin hebdomadaire. Aucun cas "
        "de rougeole n'avait été relevé au cours de la première semaine de mars, un chiffre "
        "confirmé depuis.",
        "2023-03-17",
        "rougeole",
        "2023-03-17",
    ),
    # ... over a month
    (
        "Trois cas de légionellose ont été signalés en février dans le département.",
        "2023-03-17",
        "légionellose",
        "2023-03-17",
    ),
    # a count over a range of days relayed by a source naming no day: given that day
    (
        "L'agence régionale de santé a publié vendredi son bulletin hebdomadaire.\n\n"
        "Aucun certificat de décès n'a été transmis à la préfecture entre le 6 et le 12 "
        "mars, a précisé l'agence.",
        "2023-03-17",
        "certificat",
        "2023-03-17",
    ),
    # twins: what happened over a period, counting nothing recorded, is of that period
    (
        "Deux entrepôts ont été détruits par le feu au cours de la première semaine de mars.",
        "2023-03-17",
        "entrepôts",
        "2023-03-01",
    ),
    (
        "Le festival s'est tenu du 6 au 12 mars dans le centre de Lyon.",
        "2023-03-17",
        "festival",
        "2023-03-06",
    ),
    # ... nor a stock as it stood then, in the imperfect
    (
        "Le chômage a augmenté au premier trimestre. Mais les chiffres des deux agences "
        "restent différents, puisque l'agence régionale recensait 2,1 millions d'inscrits "
        "fin mars.",
        "2023-05-04",
        "inscrits",
        "2023-03-22",
    ),
    # ... and a count recorded on one day is of that day
    (
        "Trois cas de légionellose ont été signalés mardi dans le département.",
        "2023-03-17",
        "légionellose",
        "2023-03-14",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), COUNTED)
def test_a_count_over_a_period_is_told_when_given(body, published, words, day):
    extraction = extraction_of(body, published)
    [sentence] = [s for s in extraction.sentences if words in s.text]
    if sentence.role == "follow-up":
        assert sentence.parent is not None
        sentence = extraction.sentences[sentence.parent]
    assert sentence.date is not None and sentence.date.start == day


# a record or a count of times is background, not a happening nor one's follow-up
RECORDS = [
    ("C'est la première fois qu'une sonde se pose sur un astéroïde.", "context"),
    ("Ce n'est pas la deuxième fois que le club remporte le titre.", "context"),
    ("C'était la 3e fois que la cour siégeait à huis clos.", "context"),
]


@pytest.mark.parametrize(("text", "role"), RECORDS)
def test_a_record_is_context(text, role):
    body = f"La sonde Vega s'est posée mercredi sur l'astéroïde Ida. {text}"
    [sentence] = [s for s in extraction_of(body, "2025-06-12").sentences if s.text == text]
    assert sentence.role == role


# a follow-up that becomes an event of its own: (body, day, words, its day)
FOLLOW_UPS = [
    # said before the happening it follows is told ("la veille"): said the day it is told
    (
        "« Le robot fonctionne bien », a déclaré Philippe Gaudon, chef du projet au CNES. "
        "Le robot s'est posé la veille, mercredi 12 novembre dans l'après-midi.",
        "2014-11-13",
        "fonctionne bien",
        "2014-11-13",
    ),
    # the happening it follows, told in the past, keeps its own day
    (
        "« Le robot fonctionne bien », a déclaré Philippe Gaudon, chef du projet au CNES. "
        "Le robot s'est posé la veille, mercredi 12 novembre dans l'après-midi.",
        "2014-11-13",
        "s'est posé",
        "2014-11-12",
    ),
    # what a measure dated to come brings, told in the present: it comes on the measure's
    # day, not the day it is told
    (
        "Ce 1er juillet entre en vigueur la nouvelle grille des tarifs du gaz, qui passent à "
        "1 350 euros par an pour un foyer. Le prix de l'électricité, en revanche, passe de "
        "0,25 à 0,27 euro le kilowattheure.",
        "2024-06-27",
        "électricité",
        "2024-07-01",
    ),
    (
        "Les nouvelles franchises médicales entreront en vigueur le 31 mars, qui passent à 1 "
        "euro par boîte. La consultation chez le généraliste, elle, passe de 26,50 à 30 euros.",
        "2024-03-20",
        "consultation",
        "2024-03-31",
    ),
    # a later quote of a speaker whose earlier statement is dated by its reporting clause:
    # said on that occasion (the surname alone names the same person)
    (
        "Un homme de 35 ans a été interpellé lundi à Lyon après l'agression d'un chauffeur "
        "de bus.\n\nLe suspect était « déjà connu des services de police », a indiqué "
        "mercredi Nicole Dupuis, procureure de la République de Lyon.\n\nLe chauffeur a été "
        "légèrement blessé au visage. « Nous ne laisserons rien passer », a ajouté Mme "
        "Dupuis.",
        "2024-03-14",
        "rien passer",
        "2024-03-13",
    ),
    (
        "Le conducteur a été placé en garde à vue mardi soir à Nantes.\n\nIl roulait « à plus "
        "de 150 km/h », a précisé jeudi le procureur Renaud Gaudeul.\n\nLe passager a été "
        "blessé. « Il n'avait pas de permis », a ajouté M. Gaudeul.",
        "2024-03-15",
        "pas de permis",
        "2024-03-14",
    ),
    # how things stood then, in the imperfect, relayed in the present after a happening
    # told in the past: that happening's day, not the day of writing
    (
        "Le chanteur a été hospitalisé jeudi après un malaise à son domicile de Nice. Il ne "
        "respirait plus quand les secours sont arrivés, indique le journal local.",
        "2024-05-10",
        "respirait",
        "2024-05-09",
    ),
    (
        "Un incendie a détruit mardi soir un entrepôt de la zone portuaire de Sète. Le "
        "gardien dormait dans sa loge au moment du départ du feu, précise la préfecture.",
        "2024-05-15",
        "gardien",
        "2024-05-14",
    ),
    # what a document introduced with an indefinite determiner says, told in the present
    # after an act of the day before: said when it was issued, on the act's day
    (
        "Le conseil de surveillance de Vertal a repoussé hier l'offre de Paul Brenmar. Un "
        "communiqué très ferme fustige les manœuvres du concurrent : « Vertal et Brenmar ne "
        "partagent ni la même stratégie ni les mêmes priorités. »",
        "2024-03-12",
        "manœuvres",
        "2024-03-11",
    ),
    # ... what is so now, in the present, relayed the day of writing: that day
    (
        "Un incendie a détruit mardi soir un entrepôt de la zone portuaire de Sète. Le "
        "gardien est hospitalisé dans un état grave, précise la préfecture.",
        "2024-05-15",
        "gardien",
        "2024-05-15",
    ),
    # ... not what someone says of it: said the day it is told
    (
        "Le nouveau barème des amendes s'appliquera à partir du 1er mars. « C'est une mesure "
        "de justice », assure le ministre de l'Intérieur.",
        "2024-02-20",
        "mesure de justice",
        "2024-02-20",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), FOLLOW_UPS)
def test_a_follow_up_made_an_event_is_dated_when_it_is_told(tmp_path, body, published, words, day):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


RESHUFFLE = (
    "Le secrétaire général de l'Élysée a annoncé, ce mercredi 16 mars, la composition du "
    "nouveau gouvernement.\n\nUn retour pour Anne Morel, dix ans après son départ. Elle est "
    "cette fois nommée ministre de la Défense. Pierre Lambert change de ministère. Il est "
    "remplacé à l'Agriculture par Luc Petit, un ancien député."
)

# a follow-up made an event, telling an act in the narration's present after its event of
# the day before publication (the morning paper's story): that event's day, not the day of
# writing (a passive's auxiliary is not the act's verb: "est cette fois nommée")
EVE_PRESENT = [
    (RESHUFFLE, "2011-03-17", "nommée ministre", "2011-03-16"),
    (RESHUFFLE, "2011-03-17", "change de ministère", "2011-03-16"),
]


# a night's act ("dans la nuit de lundi à mardi", dated by its Monday), then someone telling
# their own story in the present ("raconte avoir aperçu", ``account_lemmas``): the telling
# is of the day it is written, not the morning paper's narration of the eve; an act in the
# narration's present is of the eve still
NIGHT_RESCUE = (
    "Une fillette a été récupérée saine et sauve par un pompier, dans la nuit de lundi à "
    "mardi. L'enfant avait dû s'accrocher à une branche après avoir été emportée par le "
    "courant. Marc Petit raconte avoir aperçu une main dans les remous."
)
NIGHT_RESCUE_ACT = NIGHT_RESCUE.replace(
    "Marc Petit raconte avoir aperçu une main", "Marc Petit plonge aussitôt et saisit une main"
)
EVE_PRESENT += [
    (NIGHT_RESCUE, "2024-01-16", "raconte avoir aperçu", "2024-01-16"),
    (NIGHT_RESCUE.replace("raconte", "témoigne"), "2024-01-16", "témoigne avoir", "2024-01-16"),
    (NIGHT_RESCUE_ACT, "2024-01-16", "plonge aussitôt", "2024-01-15"),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), EVE_PRESENT)
def test_a_follow_up_in_the_narrations_present_is_of_the_eve_told(
    tmp_path, body, published, words, day
):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# the speaker's evening named in direct speech ("« Ce soir ... »"), in an article published
# the day after its story's last day told: said that day; otherwise the day it is told or
# the day its reporting clause names. (body, publication day, words, day it is dated)
EVENINGS = [
    # a statement of the evening of a final told the day before
    (
        "Les Bleus ont remporté samedi la finale du championnat du monde face au Danemark.\n\n"
        "« Ce soir, c'est un rêve qui se réalise », a déclaré le capitaine de l'équipe.",
        "2024-07-28",
        "un rêve",
        "2024-07-27",
    ),
    # ... rejoicing, whatever kind the sentence is given
    (
        "Le festival s'est achevé samedi par un concert géant sur la plage.\n\n"
        "« Ce soir, on peut être fiers de ce qu'on a fait », s'est réjoui le directeur.",
        "2024-07-28",
        "fiers",
        "2024-07-27",
    ),
    # ... or the night
    (
        "Les secours ont évacué vendredi trois cents habitants menacés par la crue.\n\n"
        "« Cette nuit, personne ne dormira dans le quartier », a affirmé le maire.",
        "2023-11-04",
        "personne ne dormira",
        "2023-11-03",
    ),
    # a story told days before the publication: no evening to put it on, the day it is told
    (
        "Le gouvernement a présenté mardi son projet de loi sur l'immigration.\n\n"
        "« Ce soir, je pense aux familles », a déclaré le ministre de l'Intérieur.",
        "2024-07-28",
        "aux familles",
        "2024-07-28",
    ),
    # the evening named by the narration, out of the quotation, is the publication's
    (
        "Les Bleus ont remporté samedi la finale du championnat du monde face au Danemark.\n\n"
        "« C'est un rêve qui se réalise », a déclaré ce soir le capitaine de l'équipe.",
        "2024-07-28",
        "un rêve",
        "2024-07-28",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), EVENINGS)
def test_the_speakers_evening_is_the_story_day(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# a verb of speech in the present or the past coordinated with an act to come of the same
# subject ("Il signera demain l'arrêté, et déclare avoir demandé une enquête"): the
# speaker's statement of the day it is told, about the day announced; the words that
# follow it are of that day too. Not a coordinated verb of another subject, nor two acts to
# come. (body, publication day, words, kind, day it is dated, day it is about)
SPEECH_BESIDE_FUTURE = [
    (
        "La préfète visitera demain les quartiers inondés, et assure avoir mobilisé "
        "toutes les équipes de secours.",
        "2022-10-10",
        "quartiers inondés",
        "statement",
        "2022-10-10",
        "2022-10-11",
    ),
    (
        "Le maire rouvrira jeudi la piscine municipale, et a annoncé avoir commandé "
        "une expertise des bassins.",
        "2022-10-10",
        "piscine municipale",
        "statement",
        "2022-10-10",
        "2022-10-13",
    ),
    # another subject's verb: not the speaker's words beside the act
    (
        "Le ministre recevra demain les éleveurs, et leur syndicat dénonce une crise sans "
        "précédent.",
        "2022-10-10",
        "les éleveurs",
        "announcement",
        "2022-10-11",
        None,
    ),
    # two acts to come: an announcement of its day
    (
        "La ministre se rendra mercredi à Quimper et rencontrera les sinistrés.",
        "2022-10-10",
        "Quimper",
        "announcement",
        "2022-10-12",
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "published", "words", "kind", "day", "about"), SPEECH_BESIDE_FUTURE
)
def test_speech_beside_an_act_to_come_is_of_the_day_told(body, published, words, kind, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", kind)
    assert sentence.date is not None and sentence.date.start == day
    assert (sentence.about.start if sentence.about is not None else None) == about


def test_the_words_after_speech_beside_an_act_to_come_are_of_the_day_told(tmp_path):
    body = (
        "La préfète visitera demain les quartiers inondés, et assure avoir mobilisé toutes "
        "les équipes de secours. Elle demande en outre un audit des digues au département."
    )
    chronology = chronology_of(tmp_path, body, "2022-10-10")
    [event] = [e for e in chronology.events if any("audit" in s.sentence for s in e.sources)]
    assert event.start == "2022-10-10"


# the journalistic present of an occasion's speaker: what a person said or did at an
# occasion of one day before publication where they speak (a statement of theirs, a
# happening with an audience or the floor: "est arrivé hier devant les journalistes", "a
# pris la parole devant la cour"), told next in the present with that person as speaker or
# subject (a name, or a pronoun standing for them), naming no day, with no other day told
# between, is of the occasion's day. Not a happening that is no occasion of speech ("a été
# hospitalisé"), nor another's words ("selon son entourage").
# (body, publication day, words, day it is dated)
OCCASION_SPEAKER = [
    (
        "Le patron du club, Marc Delorme, est arrivé hier devant les journalistes avec un "
        "discours combatif.\n\nLe maire recevra les supporters dès mercredi. Marc Delorme "
        "assure que les critiques du maire, ce week-end, lui « ont fait du bien ».",
        "2024-03-12",
        "critiques",
        "2024-03-11",
    ),
    (
        "Le procureur Jean Martin a pris la parole hier devant la cour d'assises. Il "
        "s'adresse ensuite aux jurés et rappelle les faits.",
        "2024-03-15",
        "jurés",
        "2024-03-14",
    ),
    (
        "Le chanteur Paul Verdier a été hospitalisé hier après un malaise.\n\nLe concert de "
        "vendredi sera reporté. Paul Verdier assure qu'il va mieux.",
        "2024-03-12",
        "va mieux",
        "2024-03-12",
    ),
    (
        "Le chanteur Paul Verdier a été hospitalisé hier après un malaise à Nice. Il souffre "
        "d'une fracture du crâne, selon son entourage.",
        "2024-03-15",
        "fracture",
        "2024-03-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), OCCASION_SPEAKER)
def test_an_occasions_speaker_told_in_the_present_is_of_its_day(
    tmp_path, body, published, words, day
):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# a live page's posts, each opening with a clock stamp, are each their own narration of the
# page's day: a day told in one post ("Il signera demain mardi le décret") does not date the
# next post's stamp ("9h40 Le ministre ... promet"); a day told outside the posts does.
# (body, publication day, words, day it is dated)
LIVE_PAGE = [
    (
        "12h30 A Lyon, le ministre annonce 2 millions d'euros pour les sinistrés. Il signera "
        "demain mardi le décret de catastrophe naturelle, et déclare avoir demandé une "
        "enquête.\n11 heures Le bilan passe à 12 morts.\n9h40 Le ministre de l'Agriculture "
        "promet une aide aux éleveurs.",
        "2011-03-14",
        "éleveurs",
        "2011-03-14",
    ),
    (
        "14h10 A Brest, la préfète annonce la réouverture du port. Elle se rendra demain "
        "mercredi à Morlaix, et assure avoir mobilisé les secours.\n10h05 Le maire de "
        "Quimper promet des abris aux sinistrés.",
        "2011-03-15",
        "abris",
        "2011-03-15",
    ),
    (
        "Le ministre de l'Agriculture est attendu mardi à Lyon pour le salon de l'élevage.\n"
        "11h30 Le ministre présente son plan aux éleveurs du Rhône.",
        "2011-03-16",
        "son plan",
        "2011-03-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), LIVE_PAGE)
def test_a_live_pages_post_is_of_the_pages_day(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# a paragraph opening by placing its act just before or after the one told last ("Un peu
# plus tôt dans l'après-midi, ...", "Peu avant, ...") is placed by the last sentence of the
# paragraph before; a part of the day the tagger counted from a day named after it in a
# clause about a noun ("de la mission que le président lui avait confiée samedi") is not
# that clause's day. A day of the main clause's own still dates it.
# (body, publication day, words, day it is dated)
PLACED_ACROSS = [
    (
        "Le président a accepté lundi vers 18h30 la démission du gouvernement que le ministre "
        "avait présentée jeudi passé.\n\nUn peu plus tôt dans l'après-midi, le médiateur a "
        "demandé à être déchargé de la mission que le président lui avait confiée samedi. Le "
        "président a accepté cette demande.",
        "2011-03-16",
        "déchargé",
        "2011-03-14",
    ),
    (
        "Le président a accepté lundi vers 18h30 la démission du gouvernement que le ministre "
        "avait présentée jeudi passé.\n\nUn peu plus tôt dans l'après-midi, le médiateur a "
        "demandé à être déchargé de la mission que le président lui avait confiée samedi. Le "
        "président a accepté cette demande.",
        "2011-03-14",
        "cette demande",
        "2011-03-14",
    ),
    (
        "Le maire a présenté lundi son budget.\n\nPeu avant, la préfète avait annoncé la "
        "fermeture de l'usine de Redon.",
        "2011-03-16",
        "usine de Redon",
        "2011-03-14",
    ),
    (
        "Le ministre a inauguré lundi le nouveau pont de Nantes.\n\nDans l'après-midi, le "
        "médiateur a rencontré samedi le président de la région.",
        "2011-03-16",
        "médiateur",
        "2011-03-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PLACED_ACROSS)
def test_a_paragraph_placed_by_the_act_told_last(tmp_path, body, published, words, day):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# a follow-up told in another tense after a step back in the pluperfect returns to the
# narration: it goes with the event told before the step back, and its day.
# (body, publication day, words, day its event is dated)
BACK_FROM_STEP_BACK = [
    (
        "Le ministre a annoncé mercredi le retour de l'ambassadeur à Ottawa. Celui-ci avait "
        "été rappelé le mois dernier. « C'est une page qui se tourne », a déclaré le ministre "
        "devant les députés.",
        "2023-03-15",
        "page qui se tourne",
        "2023-03-15",
    ),
    (
        "La mairie a inauguré samedi la nouvelle médiathèque. Le chantier avait été achevé le "
        "mois dernier. « C'est un lieu ouvert à tous », a souligné la maire.",
        "2024-06-10",
        "lieu ouvert",
        "2024-06-08",
    ),
    (
        "La préfecture a levé mardi l'alerte aux crues. La rivière était sortie de son lit le "
        "2 février. Les habitants regagnent leurs maisons.",
        "2021-02-10",
        "regagnent",
        "2021-02-09",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), BACK_FROM_STEP_BACK)
def test_a_follow_up_after_a_step_back_returns_to_the_narration(
    tmp_path, body, published, words, day
):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# a day told after an undated sentence is the one its narration reaches only when no other
# act comes between them: past another act, the text has moved on, and the undated act is
# of the day of writing. (body, publication day, words, day it is dated)
MOVED_ON = [
    (
        "La réouverture du musée a été saluée par les habitants. Le maire a déclaré qu'il "
        "espérait attirer des touristes. Le conservateur est rentré de Rome le 2 juin.",
        "2023-06-20",
        "saluée",
        "2023-06-20",
    ),
    (
        "La victoire de l'équipe a été fêtée par les supporters. L'entraîneur a déclaré qu'il "
        "était fier de ses joueurs. Le capitaine est revenu de blessure le 2 mars.",
        "2024-03-11",
        "fêtée",
        "2024-03-11",
    ),
    (
        "L'accord a été approuvé par les syndicats. La direction a déclaré qu'elle espérait "
        "un retour au calme. Le délégué est parti en congé le 28 avril.",
        "2022-05-05",
        "approuvé",
        "2022-05-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), MOVED_ON)
def test_a_day_told_past_another_act_is_not_the_narrations(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", "happening")
    assert sentence.date is not None and sentence.date.start == day


# a day inside the quoted words counted from the moment of speaking ("hier", "avant-hier")
# is what the speaker speaks of: the statement is said on the day the narration tells, and a
# clock of its reporting clause ("diffusée à 12h40") is of that day too.
# (body, publication day, words, day it is dated)
QUOTED_DAY = [
    (
        "Le sélectionneur a défendu jeudi ses choix devant la presse. « Nous avons perdu "
        "hier un match que nous devions gagner. C'est une faute collective », a reconnu "
        "l'entraîneur lors d'une conférence de presse organisée à 11h30.",
        "2019-09-12",
        "faute collective",
        "2019-09-12",
    ),
    (
        "L'avocat de la famille a réagi jeudi matin. « Mon client a appris hier soir la "
        "décision de la cour. Il est effondré », a déclaré Me Durand dans un entretien "
        "diffusé à 9h15.",
        "2018-06-14",
        "effondré",
        "2018-06-14",
    ),
    (
        "Le maire a choisi vendredi des mots très durs. « J'ai appris avant-hier avec colère "
        "la fermeture de la maternité. C'est une erreur », a déclaré l'élu lors d'un point "
        "presse organisé à 17 heures.",
        "2021-03-05",
        "avec colère",
        "2021-03-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), QUOTED_DAY)
def test_a_statement_is_said_on_the_narrations_day_not_the_quoted_one(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", "statement")
    assert sentence.date is not None and sentence.date.start == day


# a relative clause opened by "où" after a noun of time ("le moment où", "l'instant où")
# names no thing: it tells when the main clause happened, and its day is the main clause's,
# and the narration's that goes on in the present after it.
# (body, publication day, words, day it is dated)
TIME_RELATIVE = [
    (
        "Entre l'instant où l'alerte est donnée, mardi à 6h, et celui où les pompiers "
        "arrivent à 6h20, il s'écoule vingt minutes.",
        "2017-03-09",
        "vingt minutes",
        "2017-03-07",
    ),
    (
        "Entre le moment où la directrice apprend, lundi à 10h, la fermeture du service et "
        "celui où elle prévient l'équipe à 11h, il s'est écoulé une heure. Dans la foulée, "
        "la directrice appelle le préfet.",
        "2022-06-08",
        "appelle le préfet",
        "2022-06-06",
    ),
    (
        "Au moment où l'entraîneur apprend, mardi soir, le départ de son capitaine, le club "
        "est déjà en négociation avec un autre joueur.",
        "2019-02-07",
        "en négociation",
        "2019-02-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), TIME_RELATIVE)
def test_a_day_in_a_relative_of_a_noun_of_time_is_the_main_clauses(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# a day in an apposition about the speaker of a trailing reporting clause, after a
# preposition of what came before and its noun ("présent à la cérémonie après le départ du
# directeur, la veille"), is that happening's: the words are said on the narration's day.
# (body, publication day, words, day of the event that reports them)
SPEAKER_APPOSITION = [
    (
        "Le nouveau directeur du musée a pris ses fonctions mercredi. « C'est un honneur de "
        "prendre la suite », a déclaré l'adjoint à la culture, venu saluer l'équipe après le "
        "départ à la retraite de l'ancienne directrice, la veille.",
        "2017-05-10",
        "un honneur",
        "2017-05-10",
    ),
    (
        "Les joueurs ont repris l'entraînement mercredi matin. « Le groupe est soudé », a "
        "assuré le capitaine, présent à la séance malgré sa blessure de dimanche.",
        "2022-02-16",
        "soudé",
        "2022-02-16",
    ),
    (
        "La nouvelle préfète a été installée vendredi à Rodez. « Je connais bien ce "
        "département », a confié le sénateur, présent à la cérémonie après la victoire de son "
        "équipe, la veille au soir.",
        "2023-09-15",
        "ce département",
        "2023-09-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), SPEAKER_APPOSITION)
def test_a_day_in_an_apposition_about_the_speaker_is_not_the_sayings(
    tmp_path, body, published, words, day
):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# a paragraph opening on its day in the pluperfect steps back to that day and goes on
# telling it: what it tells next in the past, naming no day, happened that day, not on the
# day told before the paragraph.
# (body, publication day, words, day it is dated)
FRAMED = [
    (
        "Hier, le maire sortant a reconnu sa défaite devant ses partisans.\n\nDimanche soir, "
        "la victoire de l'opposition était déjà devenue une certitude. Des centaines de "
        "militants ont envahi la place de l'hôtel de ville.",
        "2022-05-10",
        "militants",
        "2022-05-08",
    ),
    (
        "Le club a présenté mardi son nouvel entraîneur.\n\nSamedi, l'équipe avait déjà "
        "assuré son maintien en première division. Les supporters ont fêté la fin de la "
        "saison sur la pelouse.",
        "2023-06-14",
        "supporters",
        "2023-06-10",
    ),
    (
        "Les pompiers ont évacué hier un camping de la vallée.\n\nLundi, la rivière était "
        "sortie de son lit à Morlaix. La mairie a ouvert un gymnase pour les sinistrés.",
        "2021-07-16",
        "gymnase",
        "2021-07-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), FRAMED)
def test_a_paragraph_opening_on_its_day_in_the_pluperfect_narrates_it(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", "happening")
    assert sentence.date is not None and sentence.date.start == day


# a page of dated entries: a heading that is a day and nothing else ("Le 14 janvier 2005")
# opens an entry narrated on that day; a heading of words dates nothing.
# (body, publication day, words, day it is dated)
DATED_ENTRIES = [
    (
        "Le 3 mars 2009\n\nLe robot roule vers le cratère.\n\nLe 4 mars 2009\n\nLe robot a "
        "atteint le bord du cratère après un trajet de six kilomètres.\n\nLe 5 mars 2009\n\n"
        "Les premières images du cratère ont été publiées par l'agence.",
        "2009-03-05",
        "bord du cratère",
        "2009-03-04",
    ),
    (
        "Les réactions\n\nLe maire a salué le courage des pompiers de la commune.",
        "2009-03-05",
        "courage",
        "2009-03-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), DATED_ENTRIES)
def test_an_entry_is_of_the_day_its_heading_names(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# an entry is written on the day its heading names: its deictics are counted from that day
# ("demain" under "Le 13 mars" is the 14th), and what it announces for a later day than
# that is to come, not an error (the page was published after both days).
# (body, publication day, words, day it is dated)
ENTRY_NOW = [
    (
        "Le 13 mars 2011\n\nLa fusée doit décoller demain soir de Kourou avec le satellite."
        "\n\nLe 14 mars 2011\n\nLa fusée a décollé sans encombre.",
        "2011-03-16",
        "demain soir",
        "2011-03-14",
    ),
    (
        "Le 13 mars 2011\n\nHier, les ingénieurs ont corrigé la trajectoire du satellite."
        "\n\nLe 14 mars 2011\n\nLa fusée a décollé sans encombre.",
        "2011-03-16",
        "Hier",
        "2011-03-12",
    ),
    (
        "Le 13 mars 2011\n\nLe module européen se dirige vers la comète. Largué le 2 février "
        "dernier par la sonde américaine, le module devrait se poser sur la comète le 14 mars.",
        "2011-03-15",
        "se poser",
        "2011-03-14",
    ),
    # no heading: counted from the publication
    (
        "La fusée doit décoller demain soir de Kourou avec le satellite.",
        "2011-03-13",
        "demain soir",
        "2011-03-14",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ENTRY_NOW)
def test_an_entry_is_written_on_the_day_its_heading_names(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.date.dated_by == "explicit"
