"""A history told over several sentences (issue 9, kinds of sentence): once a sentence
dates background told in a past tense ("Un glissement de terrain s'était produit en 2015"),
the sentences after it in its paragraph with no date of their own, told in a past tense by
nobody quoted, go on telling that past ("Des filets avaient alors été posés"): context, not
the publication day's happening nor a follow-up of the story's event. Invented French
sentences, each row beside a twin that is news (a day of the story, no history before it, a
present state before it, someone quoted, another paragraph).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-03-12"
LEAD = "Les pompiers sont intervenus lundi dans la vallée de la Maurienne après un éboulement. "
OBITUARY = "Le chanteur Paul Verdier est mort samedi à Lyon à l'âge de 81 ans.\n\n"

ROWS = [
    # the pluperfect after a year gone by
    (
        LEAD + "Un glissement de terrain s'était produit en 2015 au même endroit. "
        "Des filets de protection avaient alors été posés sur la pente.",
        "filets de protection",
        NO_EVENT,
    ),
    # ... a day of the story dates it: news
    (
        LEAD + "Un glissement de terrain s'était produit en 2015 au même endroit. "
        "Des filets de protection ont été posés lundi sur la pente.",
        "filets de protection",
        TOLD,
    ),
    # ... no history before it: what the story tells
    (
        LEAD + "Des filets de protection avaient alors été posés sur la pente.",
        "filets de protection",
        TOLD,
    ),
    # an obituary's career: the compound past after an old year, then the imperfect
    (
        OBITUARY + "Son premier disque était sorti en 1968 chez Barclay. "
        "Il a ensuite écrit pour de nombreux interprètes. "
        "Il jouait aussi du piano dans les cabarets de la Croix-Rousse.",
        "nombreux interprètes",
        NO_EVENT,
    ),
    (
        OBITUARY + "Son premier disque était sorti en 1968 chez Barclay. "
        "Il a ensuite écrit pour de nombreux interprètes. "
        "Il jouait aussi du piano dans les cabarets de la Croix-Rousse.",
        "cabarets",
        NO_EVENT,
    ),
    # ... someone quoted: what was said
    (
        OBITUARY + "Son premier disque était sorti en 1968 chez Barclay. "
        "« Il a tout écrit lui-même », a raconté dimanche sa fille à l'AFP.",
        "tout écrit",
        TOLD,
    ),
    # ... another paragraph: the story again
    (
        OBITUARY + "Son premier disque était sorti en 1968 chez Barclay.\n\n"
        "Ses obsèques ont été célébrées dans l'intimité.",
        "obsèques",
        TOLD,
    ),
    # a state that holds since a year gone by, told in the present, is no past told
    (
        "Un hangar agricole s'est écroulé lundi à la sortie de Dole. "
        "La ferme est depuis 2008 sous le coup d'un arrêté de péril. "
        "Deux ouvriers ont été blessés par la chute de la charpente.",
        "charpente",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_history_goes_on_until_a_day_of_the_story(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# An obituary (a death at an age in its first paragraphs, a person named): the career told
# after it, the deceased its subject, in a past tense with no day of the story, is context.
# Each row: (body, words of the sentence, roles it may have).
DEATH = "La chanteuse Marie Lefort est morte dimanche à l'âge de 88 ans, a annoncé sa famille.\n\n"
CAREERS = [
    (DEATH + "Elle a enregistré une vingtaine d'albums chez Polydor.", "vingtaine", NO_EVENT),
    (
        DEATH + "En quarante ans de scène, elle a chanté dans toutes les capitales d'Europe.",
        "capitales",
        NO_EVENT,
    ),
    (DEATH + "Mais Marie Lefort était aussi comédienne de théâtre.", "comédienne", NO_EVENT),
    # ... a day of the story: news
    (DEATH + "Elle avait été hospitalisée jeudi à Nantes.", "hospitalisée", TOLD),
    # ... someone else's act
    (DEATH + "Le ministre de la Culture a salué une voix inoubliable.", "salué", TOLD),
    # ... the first paragraph tells the death
    (
        "La chanteuse Marie Lefort est morte dimanche à l'âge de 88 ans. "
        "Elle a succombé à une longue maladie.",
        "succombé",
        TOLD,
    ),
    # a toll names no age: no obituary
    (
        "Trois personnes sont mortes dimanche dans l'effondrement d'un immeuble à Lille.\n\n"
        "Elles ont été retrouvées sous les gravats par les pompiers.",
        "gravats",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), CAREERS)
def test_an_obituary_career_is_context(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# The pluperfect over the weeks before the story ("ces dernières semaines"): what had
# happened before it, background like a period that is over; told in the compound past, it
# is the story's news. Each row: (body, words of the sentence, roles it may have).
RECENT = [
    (
        "Le chanteur a annulé mardi son concert de Lyon. "
        "Ces dernières semaines, il avait dû reporter plusieurs dates de sa tournée.",
        "reporter plusieurs dates",
        NO_EVENT,
    ),
    (
        "Le chanteur a annulé mardi son concert de Lyon. "
        "Ces dernières semaines, il a reporté plusieurs dates de sa tournée.",
        "reporté plusieurs dates",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), RECENT)
def test_the_pluperfect_of_the_last_weeks_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# The pluperfect of a month that ended some weeks before publication is the story's own
# recent past, the step before its happening ("Le suspect avait été arrêté en mai",
# published in early July): news. A month over long before it, or the pluperfect told as
# done already ("déjà"), is background. Published on 12 March 2024. Each row: (body, words
# of the sentence, roles it may have).
STORY_PAST = [
    # February ended twelve days before: the story's step before its trial
    (
        "La cour d'appel a confirmé lundi la peine du jardinier. "
        "Le jardinier avait été interpellé en février près de la gare de Nevers.",
        "interpellé en février",
        TOLD,
    ),
    # ... told as done already: a step recalled, background
    (
        "La cour d'appel a confirmé lundi la peine du jardinier. "
        "Le jardinier avait déjà été interpellé en février près de la gare de Nevers.",
        "interpellé en février",
        NO_EVENT,
    ),
    # ... October, five months before: background
    (
        "La cour d'appel a confirmé lundi la peine du jardinier. "
        "Le jardinier avait été interpellé en octobre près de la gare de Nevers.",
        "interpellé en octobre",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), STORY_PAST)
def test_the_pluperfect_of_the_story_s_last_month_is_news(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# An anniversary article tells an older happening again: named with its day by a noun
# ("l'anniversaire du séisme du 12 janvier 2010"), in a sentence that date does not date,
# the undated past sentences after it in its paragraph go on telling it; and a later undated
# past sentence whose subject is that noun ("Le séisme a ...") tells it again, and the
# sentences after it. Published on 12 January 2020. Each row: (body, words, roles).
ANNIVERSARY_DAY = "2020-01-12"
COMMEMORATION = (
    "Des cérémonies ont lieu ce dimanche à Port-au-Prince en hommage aux victimes.\n\n"
    "L'émotion reste vive en Haïti au moment où le pays commémore l'anniversaire du séisme "
    "du 12 janvier 2010. "
)
ANNIVERSARY = [
    # the happening named with its day: what follows in the paragraph is its past
    (
        COMMEMORATION + "La secousse a détruit une grande partie de la capitale.",
        "grande partie de la capitale",
        NO_EVENT,
    ),
    # ... no happening named with its day before it: news
    (
        "Des cérémonies ont lieu ce dimanche à Port-au-Prince en hommage aux victimes.\n\n"
        "L'émotion reste vive en Haïti. La secousse a détruit une grande partie de la capitale.",
        "grande partie de la capitale",
        TOLD,
    ),
    # ... a date that is no noun's complement ("de Jacmel il y a dix ans"): news
    (
        "Des cérémonies ont lieu ce dimanche à Port-au-Prince en hommage aux victimes.\n\n"
        "Deux fois plus de pèlerins que lors du cyclone de Jacmel il y a dix ans. "
        "La secousse a détruit une grande partie de la capitale.",
        "grande partie de la capitale",
        TOLD,
    ),
    # the noun that named it, subject of a later paragraph's undated past, and what follows
    (
        COMMEMORATION + "\n\nDes milliers de fidèles ont prié ce dimanche dans les églises.\n\n"
        "Le séisme a aussi provoqué un vaste élan de solidarité. "
        "Des milliards de dollars ont été promis pour la reconstruction.",
        "élan de solidarité",
        NO_EVENT,
    ),
    (
        COMMEMORATION + "\n\nDes milliers de fidèles ont prié ce dimanche dans les églises.\n\n"
        "Le séisme a aussi provoqué un vaste élan de solidarité. "
        "Des milliards de dollars ont été promis pour la reconstruction.",
        "milliards de dollars",
        NO_EVENT,
    ),
    # ... another subject: the story's own news
    (
        COMMEMORATION + "\n\nDes milliers de fidèles ont prié ce dimanche dans les églises.\n\n"
        "Le gouvernement a aussi provoqué un vaste élan de solidarité.",
        "élan de solidarité",
        TOLD,
    ),
    # a happening placed years before the telling by "cela fait ... que", in the lead
    (
        "Cela fait dix ans jour pour jour qu'une secousse a détruit une grande partie de la "
        "capitale. Des cérémonies ont lieu ce dimanche à Port-au-Prince.",
        "grande partie de la capitale",
        NO_EVENT,
    ),
    # ... days before: the story's own news
    (
        "Cela fait deux jours qu'une secousse a détruit une grande partie de la capitale. "
        "Des cérémonies ont lieu ce dimanche à Port-au-Prince.",
        "grande partie de la capitale",
        TOLD,
    ),
    # ... the noun named with a day of the story: news
    (
        "Le séisme du 10 janvier a frappé le sud du pays.\n\n"
        "Des milliers de fidèles ont prié ce dimanche dans les églises.\n\n"
        "Le séisme a aussi provoqué un vaste élan de solidarité.",
        "élan de solidarité",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ANNIVERSARY)
def test_an_anniversary_tells_the_older_happening_again(body, words, roles):
    assert sentence_of(body, ANNIVERSARY_DAY, words).role in roles


# A relative clause set off by a comma tells of its antecedent: its repetition or its past
# ("qui lui a rendu visite à plusieurs reprises", "qui avait été condamné à plusieurs
# reprises par le passé") does not make the main clause a history; the main clause's own
# does ("a contesté à plusieurs reprises les faits").
VERDICT = "Le tribunal de Nancy a condamné mardi l'ancien maire à deux ans de prison.\n\n"
RELATIVES = [
    (
        VERDICT + "Selon son avocat, qui lui a rendu visite à plusieurs reprises en prison, "
        "l'ancien maire se satisfait du jugement.",
        "se satisfait",
        TOLD,
    ),
    (
        "Le suspect, qui avait été condamné à plusieurs reprises par le passé, a été "
        "interpellé lundi à Metz.",
        "interpellé lundi",
        TOLD,
    ),
    (
        VERDICT + "Selon son avocat, l'ancien maire a contesté à plusieurs reprises les faits.",
        "contesté",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), RELATIVES)
def test_a_relative_clause_makes_no_history_of_its_main_clause(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
