"""A date inside a complement tells what the fact is about, not when it happened or was
said (issue 9): the end of a term after "jusqu'en", the period a noun is ranked in
("sa dernière mission de l'année"), a month's figure a source gave on a day ("selon
les chiffres publiés mardi"), the act an account or any past infinitive tells of ("ont
raconté être partis samedi matin", "a rappelé avoir signé le 3 octobre"); and an act told
done is never dated after its page; a day counted from a happening whose complement names
its date ("le lendemain du naufrage du 13 janvier"). One table per phenomenon, invented
French news sentences, with spaCy's French parser; each row fails without its rule."""

from __future__ import annotations

import pytest
from essai_article import chronology_of, extraction_of, told_with

# the end of a term after "jusqu'en" (a month, a year): the span runs from the publication
# to it, so a statement or a happening told that day is dated that day, not on the term's
# first day, years ahead (body, publication day, words, day it is dated)
TERM_ENDS = [
    (
        "Le quotidien régional évoque une prolongation de l'entraîneur à Rennes jusqu'en "
        "juin 2029.",
        "2026-03-12",
        "prolongation",
        "2026-03-12",
    ),
    (
        "Le journal sportif évoque un prêt du défenseur à Brest jusqu'en 2028.",
        "2026-03-12",
        "défenseur",
        "2026-03-12",
    ),
    (
        "La presse locale annonce la fermeture de la piscine municipale jusqu'en septembre.",
        "2026-07-08",
        "piscine",
        "2026-07-08",
    ),
    (
        "Le gouvernement prolonge le dispositif d'aide aux agriculteurs jusqu'en décembre 2027.",
        "2026-05-20",
        "agriculteurs",
        "2026-05-20",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), TERM_ENDS)
def test_the_end_of_a_term_does_not_date_the_sentence(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# a period holding the publication day (this year, this month), brought by "de" as a noun's
# complement: what the noun is ranked or counted in ("sa dernière mission de l'année"), not
# when the act took place, which the narration's day dates (not the year's first day)
RANKED_IN_PERIOD = [
    (
        "Pour sa dernière mission de l'année, la fusée a placé deux satellites en orbite.",
        "2025-12-10",
        "satellites",
        "2025-12-10",
    ),
    (
        "Le club a signé son premier contrat de l'année avec un attaquant brésilien.",
        "2026-03-12",
        "attaquant",
        "2026-03-12",
    ),
    (
        "Le conseil municipal a voté le premier budget de l'année.",
        "2026-03-12",
        "budget",
        "2026-03-12",
    ),
    (
        "L'attaquant a inscrit son dixième but du mois de mars face à Nantes.",
        "2026-03-12",
        "Nantes",
        "2026-03-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), RANKED_IN_PERIOD)
def test_a_period_a_noun_is_ranked_in_does_not_date_the_sentence(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# what a source gave on a day it names ("selon les chiffres publiés mardi"), about a month
# or a quarter: told that day, about that period, not on the period's first day
# (body, publication day, words, day it is dated, first day of the period it is about)
GIVEN_ON_A_DAY = [
    (
        "Le chômage a reculé en mai dans la région, selon les chiffres publiés mardi par "
        "l'institut régional.",
        "2026-06-10",
        "chômage",
        "2026-06-09",
        "2026-05-01",
    ),
    (
        "Les ventes de vélos ont progressé au premier trimestre, d'après une étude publiée "
        "lundi par la fédération.",
        "2026-04-15",
        "vélos",
        "2026-04-13",
        "2026-01-01",
    ),
    (
        "Les immatriculations ont atteint en août leur plus haut niveau depuis trois ans, "
        "selon le bilan publié mardi par l'association.",
        "2026-08-26",
        "immatriculations",
        "2026-08-25",
        "2026-08-01",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day", "about"), GIVEN_ON_A_DAY)
def test_a_periods_figure_is_dated_when_its_source_gave_it(body, published, words, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.about is not None and sentence.about.start == about


# a day in a past infinitive that a verb of telling one's story governs ("ont raconté être
# partis samedi matin"): the day of the act told of, not of the telling, which the sentence
# reports: it is the day's account, an event of that day or a follow-up of the telling
# (body, publication day, words, day of the event it is, or follows)
ACCOUNTS = [
    (
        "Deux randonneurs secourus dans le massif ont raconté ce lundi leur nuit dans le "
        "froid. Paul et Léa Martin ont raconté être partis samedi matin du col de Porte.",
        "2026-05-11",
        "partis",
        "2026-05-11",
    ),
    (
        "La voisine a témoigné jeudi devant la cour. Elle a raconté avoir entendu des cris "
        "dimanche soir dans l'appartement.",
        "2026-03-13",
        "cris",
        "2026-03-12",
    ),
    (
        "Les marins rescapés ont décrit mardi leur naufrage. Ils ont relaté avoir quitté le "
        "port de Lorient vendredi à l'aube.",
        "2026-03-11",
        "Lorient",
        "2026-03-10",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ACCOUNTS)
def test_the_act_an_account_tells_of_does_not_date_the_telling(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert sentence.role in ("event", "follow-up") and event.role == "event"
    assert event.date is not None and event.date.start == day


# a day in a past infinitive ("avoir" and a participle) that any verb of a subject governs
# ("a rappelé avoir signé le 3 octobre", "a reconnu avoir fermé le 2 mai"): the act done
# before the telling, not the telling's day, which the sentence reports; not under a
# passive ("est soupçonné d'avoir incendié ... dans la nuit": the act itself, alleged), nor
# a passive infinitive ("doit être entendu mercredi": the act to come; these last two rows
# fail when the rule reads any infinitive after a participle)
# (body, publication day, words, day of the event it is, or follows)
PAST_INFINITIVES = [
    (
        "Le maire de Saumur a réuni jeudi la presse à l'hôtel de ville. Il a rappelé avoir "
        "signé lui-même le 3 octobre l'arrêté interdisant la baignade dans la Loire.",
        "2021-11-18",
        "baignade",
        "2021-11-18",
    ),
    (
        "La directrice du zoo a répondu mardi aux critiques des soigneurs. Elle a reconnu "
        "avoir fermé le 2 mai l'enclos des ours sans les prévenir.",
        "2026-06-09",
        "enclos",
        "2026-06-09",
    ),
    (
        "Le capitaine du ferry a été entendu vendredi par les enquêteurs. Il a assuré avoir "
        "donné l'alerte le 14 janvier dès la première avarie.",
        "2026-01-23",
        "alerte",
        "2026-01-23",
    ),
    (
        "Un agriculteur a été interpellé lundi près de Rodez. Il est soupçonné d'avoir "
        "incendié la grange de son voisin dans la nuit de samedi à dimanche.",
        "2026-03-10",
        "grange",
        "2026-03-07",
    ),
    (
        "Le conseil municipal de Vannes s'est réuni lundi. Le maire doit être entendu "
        "mercredi par la commission d'enquête.",
        "2026-09-15",
        "commission",
        "2026-09-16",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PAST_INFINITIVES)
def test_a_past_infinitives_day_is_the_act_done_before_the_telling(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert sentence.role in ("event", "follow-up") and event.role == "event"
    assert event.date is not None and event.date.start == day


# an act told done (a compound past, a pluperfect) is never dated after the page telling it:
# a day after publication, counted from a later day told before ("le lendemain" after "le
# 12 mars" to come), is set aside, the narration's day taken, and the audit names it
# (body, publication day, words, day it is dated, the expression set aside)
DONE_AHEAD = [
    (
        "Le tribunal jugera le 12 mars le conducteur responsable de l'accident de l'autoroute "
        "A7. Poursuivi pour homicide involontaire, le conducteur avait été placé en détention "
        "le lendemain de l'accident.",
        "2026-03-05",
        "détention",
        "2026-03-05",
        "le lendemain",
    ),
    (
        "La cour d'appel examinera le 20 avril la mise en examen du maire. Le maire avait été "
        "suspendu de ses fonctions le lendemain de sa mise en examen.",
        "2026-04-02",
        "suspendu",
        "2026-04-02",
        "le lendemain",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day", "rejected"), DONE_AHEAD)
def test_an_act_told_done_is_not_dated_after_its_page(body, published, words, day, rejected):
    extraction = extraction_of(body, published)
    [sentence] = [s for s in extraction.sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", "happening")
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.rejected_timex is not None
    assert extraction.timexes[sentence.rejected_timex].text == rejected


def test_the_audit_names_the_date_set_aside(tmp_path):
    body, published, words, day, rejected = DONE_AHEAD[0]
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day
    assert event.audit["rejected_expression"] == rejected
    assert event.audit["rejected_value"] == "2026-03-13"


# a toll a source gives, closing the sentence with no day of its giving ("selon un nouveau
# bilan des pompiers"): the source's statement of the day it is told, about the happening's
# day (the night before), not the happening itself
# (body, publication day, words, day it is dated, first day of the period it is about)
TOLLS_GIVEN = [
    (
        "Six personnes sont mortes dans la nuit de vendredi à samedi dans l'incendie d'un "
        "hôtel de Lille, selon un nouveau bilan des pompiers.",
        "2026-03-14",
        "Six personnes",
        "2026-03-14",
        "2026-03-13",
    ),
    (
        "Quatre randonneurs ont péri dimanche dans une avalanche en Savoie, d'après le dernier "
        "bilan de la préfecture.",
        "2026-02-16",
        "randonneurs",
        "2026-02-16",
        "2026-02-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day", "about"), TOLLS_GIVEN)
def test_a_toll_a_source_gives_is_its_word_of_the_day(body, published, words, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", "statement")
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.about is not None and sentence.about.start == about


# a day counted from a happening whose complement names its date ("le lendemain du naufrage
# du 13 janvier", "la veille de la manifestation du 2 mars"): counted from that date, not
# from the last day told before it (a day to come told earlier)
# (body, publication day, words, day it is dated)
COUNTED_FROM_COMPLEMENT = [
    (
        "La cour rendra son arrêt le 20 mars. Le militant avait été interpellé la veille de "
        "la manifestation du 2 mars.",
        "2011-03-10",
        "interpellé",
        "2011-03-01",
    ),
    (
        "Le conseil municipal votera le budget le 30 juin. Le maire avait démissionné au "
        "lendemain de la défaite électorale du 8 mai.",
        "2022-06-01",
        "démissionné",
        "2022-05-09",
    ),
    (
        "Le club jouera son prochain match le 12 octobre. L'entraîneur avait été limogé le "
        "lendemain de la finale du 21 septembre.",
        "2024-10-02",
        "limogé",
        "2024-09-22",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), COUNTED_FROM_COMPLEMENT)
def test_a_day_counted_from_a_dated_complement(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.date is not None and sentence.date.start == day
