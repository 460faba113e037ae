"""Dating of event sentences, with spaCy's French parser: which expression dates a sentence
(the one its main predicate governs, never one in a clause about a noun) and the date of
the narration an undated sentence belongs to. One row per phenomenon, French news style."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

from timeline.records import Sentence


def sentence_of(body: str, published: str, words: str) -> Sentence:
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    return sentence


FLASHBACK = (
    "Les bus de la ville roulent de nouveau depuis jeudi matin. La mairie avait voté la "
    "veille une aide de deux millions d'euros au réseau."
)

DATING = [
    # « X, tué mardi …, a été inhumé samedi »: the main verb's day, not the relative clause's
    (
        "Le soldat, tué mardi lors d'une embuscade, a été inhumé samedi à Lyon.",
        "2024-03-11",
        "inhumé",
        "2024-03-09",
    ),
    # a relative clause about something earlier, the main verb undated: the narration's day
    (
        "Le séisme qui a frappé le Maroc le 8 septembre au soir a fait au moins 820 morts.",
        "2023-09-09",
        "820 morts",
        "2023-09-09",
    ),
    # a participial apposition: "né en 1991" neither dates the arrest nor makes it background
    ("L'homme, né en 1991, a été arrêté dans la Drôme.", "2024-08-16", "arrêté", "2024-08-16"),
    # a relative clause the parser reads as a complement (", qu'il ... en septembre")
    (
        "L'accusé a regretté ses paroles, qu'il avait qualifiées de dures en septembre.",
        "2022-06-27",
        "regretté",
        "2022-06-27",
    ),
    # the same relative clause with a day of the main verb as well
    (
        "Le suspect, interpellé jeudi à Melun, a été mis en examen samedi.",
        "2024-04-21",
        "mis en examen",
        "2024-04-20",
    ),
    # an expression hanging from a noun dates the sentence when the verb has none
    (
        "La manifestation de samedi a rassemblé 10 000 personnes à Paris.",
        "2024-03-11",
        "rassemblé",
        "2024-03-09",
    ),
    # ... but the main verb's own day wins over it
    (
        "Les syndicats ont annoncé lundi la manifestation de samedi.",
        "2024-03-13",
        "annoncé",
        "2024-03-11",
    ),
    # the happening a state speaks of ("soupçonné d'avoir poignardé ... dans la nuit")
    (
        "Il est soupçonné d'avoir poignardé son voisin dans la nuit du 13 au 14 avril.",
        "2024-04-20",
        "poignardé",
        "2024-04-13",
    ),
    # an adverbial clause dates the happening it frames
    (
        "Alors qu'il rentrait chez lui le 11 août au soir, un jeune homme a été agressé à Tours.",
        "2024-08-13",
        "agressé",
        "2024-08-11",
    ),
    # a pluperfect tells what came before the narration: it does not date what follows
    (
        "Le suspect avait été interpellé jeudi à Melun. Le juge l'a placé en détention.",
        "2024-04-20",
        "placé en détention",
        "2024-04-20",
    ),
    # ... while a day of the narration dates the undated happenings of its paragraph
    (
        "Le suspect a été interpellé jeudi à Melun. Les enquêteurs l'ont placé en garde à vue.",
        "2024-04-20",
        "garde à vue",
        "2024-04-18",
    ),
]


# a clock time or part of the day takes the day of its own narration
DATING += [
    # not a day told in another paragraph ("La veille" of the one before)
    (
        "La veille, l'homme a tué son ex-femme à Chambéry.\n\n"
        "Les gendarmes ont repéré son véhicule tôt dans la matinée.",
        "2023-09-01",
        "repéré",
        "2023-09-01",
    ),
    # not the day of a clause about a noun of its own sentence
    (
        "Les autorités ont réactualisé le bilan du séisme qui a frappé le Maroc le 8 septembre "
        "au soir : en fin de matinée, on comptait au moins 820 morts.",
        "2023-09-09",
        "réactualisé",
        "2023-09-09",
    ),
    # ... while a day of its own paragraph still dates it
    (
        "Le séisme a frappé le Maroc le 8 septembre. La secousse a été enregistrée à 23h11.",
        "2023-09-09",
        "enregistrée",
        "2023-09-08",
    ),
    # a participle opening the sentence describes the subject: it does not date the arrest
    (
        "Né en 2002, le suspect avait été interpellé dimanche en fin de journée à Paris.",
        "2024-10-23",
        "interpellé",
        "2024-10-20",
    ),
    # a pronominal verb's compound past is a happening of the narration
    (
        "Le procès s'est ouvert lundi.\n\nLa cour s'est désormais retirée.",
        "2022-06-29",
        "retirée",
        "2022-06-29",
    ),
]


# a date named in passing, or the start of a period, opens no narration
DATING += [
    # a day in a relative clause of another sentence anchors no day counted from it
    (
        "Les habitants réclament la liste des produits qui ont brûlé jeudi 26 septembre. "
        "Au lendemain de son déplacement, le Premier ministre a promis de la publier au cours "
        "de la journée.",
        "2019-10-01",
        "a promis",
        "2019-10-01",
    ),
    # ... while a clock time may be counted from it: the day of what it names
    (
        "Le bilan du séisme qui a frappé le Maroc le 8 septembre au soir s'alourdit. "
        "La secousse a été enregistrée à 23h11 heure locale.",
        "2023-09-09",
        "enregistrée",
        "2023-09-08",
    ),
    # "dans la journée" is the day of its own paragraph, not one told in another
    (
        "Les produits sont partis en fumée jeudi 26 septembre.\n\n"
        "Dans la journée, la préfecture a publié la liste sur son site.",
        "2019-10-01",
        "a publié",
        "2019-10-01",
    ),
    # the start of a period going on ("depuis mardi") anchors no clock time
    (
        "Le porte-conteneurs bloque le canal de Suez depuis mardi. "
        "Les manoeuvres de renflouement ont repris à 11h30.",
        "2021-03-29",
        "ont repris",
        "2021-03-29",
    ),
    # ... and a day beats it when the parse cannot tell the clauses apart
    (
        "L'annonce survenue tôt lundi matin a relancé l'espoir d'une sortie de crise après "
        "cet incident qui occasionne depuis mardi des milliards de dollars de pertes.",
        "2021-03-29",
        "relancé",
        "2021-03-29",
    ),
    # a clock time takes the day its own sentence names, not one of another sentence
    (
        "Le robot s'est posé mercredi 12 novembre. "
        "Un point presse a eu lieu à 14 heures cet après-midi à Darmstadt.",
        "2014-11-13",
        "point presse",
        "2014-11-13",
    ),
    # an undated happening opening a paragraph takes the day the paragraph then names
    (
        "Après dix ans de vie commune, la sonde s'est séparée du robot. "
        "Le robot a réussi son atterrissage hier, mercredi 12 novembre.",
        "2014-11-13",
        "séparée",
        "2014-11-12",
    ),
    # ... not a clock time counted from a day told before
    (
        "Les autorités ont rapidement réactualisé le nombre de victimes du séisme qui a frappé "
        "le Maroc le 8 septembre au soir. La secousse a été enregistrée à 23h11 heure locale.",
        "2023-09-09",
        "réactualisé",
        "2023-09-09",
    ),
    # a time incise inside a relative clause right after its noun ("du séisme qui a frappé,
    # vendredi, le sud"): the quake's day, not the toll's, which is told the day it is
    # published (the parser hangs the day on the toll's noun)
    (
        "Le dernier bilan provisoire du séisme qui a frappé, vendredi, le sud du pays, s'est "
        "alourdi pour atteindre 3.000 morts, selon le ministre de la Santé.",
        "2011-03-13",
        "bilan",
        "2011-03-13",
    ),
    (
        "Le nombre de morts de l'avalanche qui a emporté, dimanche, trois chalets du village "
        "est passé à douze.",
        "2011-03-16",
        "avalanche",
        "2011-03-16",
    ),
    # a fronted participle the tagger reads as a bare noun ("Nommé mardi ministre, X
    # poursuit ..."): the appointment's day, not that of the present the dispatch tells
    (
        "PARIS (Agence) - Nommé mardi ministre de l'Intérieur, Paul Martin poursuit les "
        "consultations pour former son cabinet.",
        "2011-03-16",
        "poursuit",
        "2011-03-16",
    ),
    # ... not a bare noun that only opens the sentence ("Marché" is no participle here)
    (
        "Marché de Noël: la mairie a annoncé mardi son ouverture.",
        "2011-03-16",
        "annoncé",
        "2011-03-15",
    ),
    # ... but a relative clause with no verb of its own ("dont un mineur"), a second finite
    # verb (the main clause resumed), a cleft, or a gathering a preposition of time places
    # the act in: the day is the sentence's
    (
        "Huit personnes dont un mineur ont été arrêtées samedi à Lyon.",
        "2011-03-14",
        "Huit",
        "2011-03-12",
    ),
    ("L'homme qui a été arrêté a avoué mardi son crime.", "2011-03-17", "avoué", "2011-03-15"),
    (
        "C'est un réquisitoire sévère qui a débuté ce lundi devant la cour d'assises.",
        "2011-03-15",
        "réquisitoire",
        "2011-03-14",
    ),
    (
        "Le syndicat a signé un accord à l'issue d'une réunion qui s'est tenue jeudi au ministère.",
        "2011-03-19",
        "accord",
        "2011-03-17",
    ),
    # a statement's vehicle dated in a participle ("Dans un communiqué publié hier"): how
    # the statement was made, so its day is the statement's
    (
        "Dans un communiqué très sec, publié hier soir à Bruxelles, la Commission a fait "
        "savoir qu'elle suspendait les négociations avec le gouvernement.",
        "2011-03-19",
        "Commission",
        "2011-03-18",
    ),
    (
        "Dans une lettre envoyée lundi aux maires, le préfet a demandé la fermeture des parcs.",
        "2011-03-19",
        "préfet",
        "2011-03-14",
    ),
    # ... not another's text the speaker talks about, nor a vehicle of an act not of saying
    (
        "Le syndicat a dénoncé la lettre envoyée lundi par la direction aux salariés.",
        "2011-03-19",
        "syndicat",
        "2011-03-19",
    ),
    (
        "Dans un communiqué publié lundi, la direction a fermé l'usine de Lille.",
        "2011-03-19",
        "direction",
        "2011-03-19",
    ),
    # an act to come on a day of its own, relayed by a verb that relays happenings: the act
    # announced, on its day ...
    (
        "Jeudi, un premier hommage sera rendu au fondateur au Palais des sports de Lyon, à "
        "partir de 19h, a annoncé l'association.",
        "2011-03-14",
        "hommage",
        "2011-03-17",
    ),
    (
        "Le président s'est entretenu mercredi avec son homologue. L'entretien sera suivi "
        "jeudi à Genève d'une rencontre entre les ministres, a annoncé une porte-parole.",
        "2011-03-16",
        "Genève",
        "2011-03-17",
    ),
    # ... not a day of a participle set off before the verb ("blessé samedi"), the noun's
    (
        "Le joueur, blessé samedi face à Lyon, sera absent trois semaines, a annoncé le club.",
        "2024-03-12",
        "absent",
        "2024-03-12",
    ),
    # ... not a claim's words about what its speaker will do: said that day
    (
        "Le club fera appel jeudi de la décision, a affirmé son président.",
        "2011-03-14",
        "appel",
        "2011-03-14",
    ),
    # a flashback in the pluperfect ("avait voté la veille") is a step back: a part of the
    # day or a clock told after it, in another tense, is the narration's day, not its own
    (
        f"{FLASHBACK} La reprise du service a commencé dans la matinée sur la moitié des lignes.",
        "2011-03-17",
        "reprise",
        "2011-03-17",
    ),
    (
        f"{FLASHBACK} La reprise a commencé dans la matinée. Toutefois, à Dijon, les trois "
        "premiers bus de la journée (de 6h10 à 9 heures) ont été supprimés.",
        "2011-03-17",
        "Dijon",
        "2011-03-17",
    ),
    # ... but a pluperfect opened by its moment is what was done by then, where the narration
    # is: a clock after it is on that day
    (
        "Le feu a repris vendredi matin dans la vallée. Jeudi soir, l'incendie s'était déjà "
        "étendu sur 400 hectares. Vers 23 heures, les flammes ont atteint la route.",
        "2011-03-18",
        "23 heures",
        "2011-03-17",
    ),
    # ... and so is a pluperfect at a moment of the day of writing ("s'était étendue ce
    # matin"): no step back, the afternoon after it is that day's, not a day told before
    (
        "Les habitants ont dû quitter la vallée le 3 mars dernier alors que la crue avançait. "
        "La crue s'était étendue ce matin sur 400 hectares. En début d'après-midi, l'eau "
        "n'était qu'à 5 kilomètres de la ville.",
        "2011-03-18",
        "après-midi",
        "2011-03-18",
    ),
    # ... while the flashback goes on in the pluperfect, its parts of the day are its own
    (
        f"{FLASHBACK} Dans la soirée, le maire avait signé l'arrêté de reprise.",
        "2011-03-17",
        "arrêté",
        "2011-03-16",
    ),
]


SINCE = [
    # a state going on since a day, told after an act naming none: the day the state began,
    # before the act that ends it, does not date the act (the publication's narration does)
    (
        "Après dix jours coincés sous les décombres, un homme a été retrouvé vivant à Nîmes. "
        "Il était bloqué dans la cave depuis le soir du 6 mars.",
        "2011-03-16",
        "retrouvé",
        "2011-03-16",
    ),
    (
        "Un randonneur a été retrouvé sain et sauf dans les Pyrénées. Il était porté disparu "
        "depuis l'après-midi du 4 mai.",
        "2019-05-10",
        "retrouvé",
        "2019-05-10",
    ),
    # twin: a day told after it of an act, not of a state, still dates it
    (
        "Après dix ans de vie commune, la sonde s'est séparée du robot. Le robot a réussi son "
        "atterrissage hier, mercredi 15 mars.",
        "2011-03-16",
        "séparée",
        "2011-03-15",
    ),
]


REPORTAGE_PRESENT = [
    # a report of the morning after, whose lead dates the act the day before: the acts it
    # goes on to tell in the present, naming no day, are of that day (the narration's
    # present), not of the day of writing
    (
        "La composition du nouveau gouvernement a été annoncée mercredi soir par l'Élysée.\n\n"
        "Pierre Lambert passe du ministère de la Culture à celui de l'Éducation. Marie Dubois "
        "hérite du ministère de la Santé.",
        "2011-03-17",
        "Pierre Lambert passe",
        "2011-03-16",
    ),
    (
        "Le nouveau sélectionneur a été désigné lundi soir par la fédération.\n\n"
        "Didier Morel remplace Paul Girard à la tête de l'équipe de France.",
        "2019-09-03",
        "remplace",
        "2019-09-02",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "expected"), REPORTAGE_PRESENT)
def test_the_reportage_present_after_a_lead_of_the_day_before(body, published, words, expected):
    assert sentence_of(body, published, words).date.start == expected


@pytest.mark.parametrize(("body", "published", "words", "expected"), SINCE)
def test_a_state_since_a_day_told_after_does_not_date_the_act(body, published, words, expected):
    assert sentence_of(body, published, words).date.start == expected


@pytest.mark.parametrize(("body", "published", "words", "expected"), DATING)
def test_dated_by_the_main_predicate(body, published, words, expected):
    sentence = sentence_of(body, published, words)
    assert sentence.role == "event"
    assert sentence.date.start == expected


def test_a_day_in_a_relative_clause_of_a_hearing_told_in_the_present():
    """ "Il s'adresse aux familles qui ont eu le courage d'être présentes aujourd'hui": the
    day belongs to the relative clause (the speaker's words retold), not to the act; the
    act goes on with the hearing told just before (yesterday's), not the publication day."""
    body = (
        "Le procureur a pris la parole hier devant la cour. Il s'adresse ensuite aux familles "
        "qui ont eu le courage d'être présentes aujourd'hui, et leur rend hommage."
    )
    sentences = extraction_of(body, "2013-03-15").sentences
    [told] = [s for s in sentences if "familles" in s.text]
    assert told.role == "follow-up"
    assert told.parent is not None
    assert sentences[told.parent].date.start == "2013-03-14"


def test_follow_ups_of_a_paragraph_without_event_share_one_parent():
    """The quote goes on telling the paragraph's story (Monday's), not the earlier event
    whose words it happens to repeat."""
    body = (
        "Le procès des attentats s'est ouvert vendredi à Paris.\n\n"
        "Ce lundi matin, les accusés se sont exprimés une dernière fois.\n\n"
        "Des mots perçus comme sincères par une association. Elle a salué leurs excuses. "
        '"Je pense que le procès des attentats s\'est ouvert à Paris dans la dignité", '
        "témoigne son président."
    )
    sentences = extraction_of(body, "2022-06-27").sentences
    assert [s.role for s in sentences[-2:]] == ["follow-up", "follow-up"]
    assert [s.parent for s in sentences[-2:]] == [1, 1]


# (body, words of the sentence, its role, its kind or None when any)
ROLES = [
    # attributed to a source just named, undated: more of what it said
    (
        "Le ministre a reconnu vendredi que l'objectif serait difficile à atteindre.\n\n"
        "Selon le ministre, ce résultat ne remet toutefois pas en cause la reprise.",
        "Selon le ministre",
        "follow-up",
        None,
    ),
    # the narration going on ("Puis ...")
    (
        "Ce lundi matin, les accusés se sont exprimés une dernière fois.\n\n"
        "Puis l'accusé prévient la cour : « Je ne suis pas un tueur. »",
        "Puis",
        "follow-up",
        None,
    ),
    # a state told with a pronoun subject is no follow-up of the event before it
    (
        "Le PIB a progressé de 0,2 % au troisième trimestre.\n\n"
        "Il reste néanmoins décevant au vu des attentes du gouvernement.",
        "décevant",
        "context",
        None,
    ),
    # what a thing does as a rule, in the present after a happening told in the past: a
    # description, nobody's source
    (
        "Un incendie s'est déclaré jeudi dans une usine de Rouen. L'entreprise, classée "
        "Seveso, commercialise des additifs pour lubrifiants.",
        "commercialise",
        "context",
        None,
    ),
    # ... not a happening told in the present of narration
    (
        "La cour a condamné mercredi le principal accusé à la perpétuité. Les autres accusés "
        "écopent de peines allant de deux à dix ans de prison.",
        "écopent",
        "follow-up",
        None,
    ),
    # a person's past is context, not part of the arrest
    (
        "Le suspect a été mis en examen vendredi. L'homme a été condamné par le passé pour des "
        "violences.",
        "par le passé",
        "context",
        "context",
    ),
    # the conditionnel passé of news tells an unconfirmed past happening: it goes on with
    # the narration of its paragraph, it is no forecast
    (
        "Il est environ 6h du matin dimanche quand Malik sort d'une boîte de nuit. "
        "S'en serait alors suivie une altercation.",
        "altercation",
        "follow-up",
        "happening",
    ),
    # what may happen on a day is no event; what is scheduled is
    (
        "Trois accusés comparaissent libres et pourraient se retrouver en prison dès ce soir.",
        "pourraient",
        "aside",
        "not-event",
    ),
    (
        "Le jury doit rendre son verdict à partir de 17 heures ce mercredi.",
        "verdict",
        "event",
        None,
    ),
    (
        "Tout cela devra être motivé et lu en audience publique mercredi soir.",
        "motivé",
        "aside",
        "not-event",
    ),
    # a state that holds since a length of time is context, not an event; since a day,
    # that day's happening is told
    (
        "Le suspect a été arrêté jeudi. Il était recherché depuis trois semaines.",
        "recherché",
        "background",
        "context",
    ),
    (
        "Il était activement recherché depuis jeudi 23 juin, date à laquelle un homme a été tué.",
        "recherché",
        "event",
        "happening",
    ),
    # a nominal sentence over a period is no event; one naming its day can be a lead
    (
        "Ultime journée d'audience de ce procès-fleuve, commencé en septembre.",
        "Ultime",
        "aside",
        "not-event",
    ),
    (
        "Les trois derniers jours du procès des attentats, après neuf mois d'audiences.",
        "derniers",
        "aside",
        "not-event",
    ),
    (
        "Clap de fin ce mercredi soir pour le festival avec l'annonce du palmarès.",
        "Clap",
        "event",
        None,
    ),
    # how someone was during what is told is no happening of its own
    (
        "La cour a rendu son verdict ce mercredi. Le principal accusé est resté impassible.",
        "impassible",
        "follow-up",
        None,
    ),
    # a quotation after a connective goes on with what was told
    (
        "Les parties civiles ont quitté la salle ce mercredi. Mais « c'est fini, ça va faire "
        "un vide ».",
        "un vide",
        "follow-up",
        None,
    ),
]


@pytest.mark.parametrize(("body", "words", "role", "kind"), ROLES)
def test_roles_of_undated_and_modal_sentences(body, words, role, kind):
    sentences = extraction_of(body, "2022-06-29").sentences
    [sentence] = [s for s in sentences if words in s.text]
    assert sentence.role == role
    if kind is not None:
        assert sentence.kind == kind


TENSES = [
    ("La cour s'est retirée pour délibérer.", "past"),
    ("Il s'est de nouveau excusé auprès des victimes.", "past"),
    ("Les accusés se sont vu infliger des peines.", "past"),
    ("S'en serait alors suivie une altercation.", "past-conditional"),
    ("L'homme aurait tué son voisin.", "past-conditional"),
    ("La croissance pourrait atteindre 1 %.", "conditional"),
    ("La province est contrôlée par les rebelles.", "present"),
    # "être" in the imperfect + a participle: a pluperfect only for the verbs conjugated
    # with "être"; otherwise an imperfect passive or a participle as adjective
    ("Certains étaient essoufflés, émus.", "imperfect"),
    ("Il était recherché par la police.", "imperfect"),
    ("Il était arrivé la veille à Lyon.", "pluperfect"),
    ("Elle était partie sans rien dire.", "pluperfect"),
    ("Le suspect avait été interpellé à Melun.", "pluperfect"),
    # "être" with an attribute before the participle is a copula, not a compound past
    ("La peine est la plus lourde prévue par le Code pénal.", "present"),
    ("Cette victoire est la première obtenue par le club.", "present"),
    # ... while a compound past keeps its adverbs between auxiliary and participle
    ("L'émissaire a une nouvelle fois été convoqué.", "past"),
    ("Le joueur est resté impassible.", "past"),
    # ... and an incise between commas right after the auxiliary ("a, pour sa part,
    # participé"): French sets an aside there; the group goes on after it
    ("L'Espagne a, pour sa part, participé à l'effort de secours.", "past"),
    ("Le suspect a, selon la police, tué deux personnes.", "past"),
    ("Un second avion a, par ailleurs, acheminé 500 tentes.", "past"),
    # ... not "être" and its attribute after an incise
    ("Il est, à en croire le parquet, le principal suspect.", "present"),
]


@pytest.mark.parametrize(("text", "tense"), TENSES)
def test_tenses_of_pronominal_and_conditional_pasts(text, tense):
    [sentence] = extraction_of(text, "2022-06-29").sentences
    assert sentence.tense == tense
