"""Which sentences set the narration's day (issue 9): a chain of pluperfects carries the
day its first one names, across paragraphs, in a recap told the next day; the writer
recalling the outlet's own earlier report ("Souvenez-vous, lundi, nous faisions part ...")
sets no day of the story; what is said after steps back in the pluperfect belongs to the
narration told after it, not to the step back (and a participle the tagger misreads still
makes that step back a pluperfect); a day in the complement of an act the sentence's act
followed ("après le licenciement d'un collègue hier") is that act's, not the sentence's; a
day counted inside quoted words ("« Cela a été corrigé dès le lendemain »") from a day told
outside them is the speaker's, not counted from the narration's.
One table per phenomenon, invented French news, with spaCy's French parser; each row of the
first table of each phenomenon fails without its rule, the "bounds" tables guard against a
rule too broad (they pass without it)."""

from __future__ import annotations

import pytest
from essai_article import chronology_of, extraction_of, told_with

from timeline.records import Sentence


def sentence_with(body: str, published: str, words: str) -> Sentence:
    """The one sentence of the article extracted from ``body`` that holds ``words``."""
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    return sentence


# a step back in the pluperfect on a day, then more pluperfects naming no day, each in a
# paragraph of its own: they go on with the step back's day, not the publication's
# (body, publication day, words of the sentence, day it is dated)
PLUPERFECT_CHAINS = [
    (
        "Le conseil municipal a adopté le budget lundi soir à Tours.\n\n"
        "Samedi, les élus de l'opposition avaient quitté la séance pour dénoncer une hausse "
        "des impôts.\n\nCe départ avait provoqué la suspension des débats.",
        "2022-06-14",
        "suspension",
        "2022-06-11",
    ),
    (
        "Les élèves du collège ont repris les cours mardi matin à Lille.\n\n"
        "Lundi, les parents avaient bloqué l'entrée de l'établissement pour réclamer un "
        "professeur de mathématiques.\n\nCe blocage avait obligé le recteur à se déplacer.",
        "2023-01-17",
        "recteur",
        "2023-01-16",
    ),
    (
        "Les infirmières ont levé leur piquet de grève jeudi à l'hôpital de Pau.\n\n"
        "Mercredi, la direction avait refusé de recevoir les syndicats.\n\n"
        "Ce refus avait entraîné la fermeture de deux services.\n\n"
        "Au même moment, une infirmière avait eu un malaise dans le hall.",
        "2019-11-29",
        "malaise",
        "2019-11-27",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PLUPERFECT_CHAINS)
def test_a_chain_of_pluperfects_keeps_its_first_day(body, published, words, day):
    sentence = sentence_with(body, published, words)
    assert sentence.date is not None and sentence.date.start == day


# where the chain ends: a sentence in the narration's tense returns to the narration, a
# pluperfect naming a time of its own leaves the step back's day (bounds)
PLUPERFECT_CHAIN_BOUNDS = [
    (
        "Le club de Châteauroux a licencié son entraîneur lundi. Samedi, l'équipe avait perdu "
        "à domicile contre Rodez.\n\nLe président a expliqué sa décision devant la presse.",
        "2022-06-14",
        "président",
        "2022-06-11",
    ),
    (
        "Le capitaine a été libéré mardi. Samedi, le juge avait refusé sa remise en "
        "liberté.\n\nQuelques jours plus tard, la cour d'appel avait ordonné une expertise.",
        "2022-06-14",
        "expertise",
        "2022-06-11",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PLUPERFECT_CHAIN_BOUNDS)
def test_a_chain_of_pluperfects_ends_where_the_narration_goes_on(body, published, words, day):
    sentence = sentence_with(body, published, words)
    assert sentence.date is not None and sentence.date.start != day


# the writer recalling the outlet's own earlier report on a day ("nous faisions part", a
# reminder to the reader): what the story tells next, naming no day, goes on with the
# story's day told before it, not with the day of that report
# (body, publication day, words of the sentence, day it is dated)
WRITERS_OWN_REPORT = [
    (
        "Le festival de Brest a présenté hier son programme à la presse. Rappelez-vous, "
        "lundi, nous évoquions les doutes des organisateurs sur le financement. Finalement, "
        "l'affiche a été dévoilée par la directrice.",
        "2019-11-28",
        "affiche",
        "2019-11-27",
    ),
    (
        "Le tribunal correctionnel de Montpellier a rendu son jugement hier dans l'affaire du "
        "maire de Sète. Nous vous révélions mardi les réquisitions du parquet. Le maire a été "
        "condamné à un an de prison avec sursis.",
        "2021-03-12",
        "sursis",
        "2021-03-11",
    ),
    (
        "Rien n'a filtré de la rencontre entre la ministre et les agriculteurs, hier, à la "
        "préfecture. Souvenez-vous, lundi, nous faisions part de cette demande des "
        "syndicats. A sa sortie, la ministre est partie sans un mot.",
        "2024-02-14",
        "sortie",
        "2024-02-13",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), WRITERS_OWN_REPORT)
def test_the_outlets_own_report_sets_no_day_of_the_story(body, published, words, day):
    sentence = sentence_with(body, published, words)
    assert sentence.date is not None and sentence.date.start == day


# ... and that recall is no happening of the story: dated context, nobody's source
# (body, publication day, words of the recall)
WRITERS_OWN_REPORT_RECALLS = [
    (body, published, recall)
    for (body, published, _, _), recall in zip(
        WRITERS_OWN_REPORT, ("doutes", "réquisitions", "demande"), strict=True
    )
]


@pytest.mark.parametrize(("body", "published", "words"), WRITERS_OWN_REPORT_RECALLS)
def test_the_outlets_own_report_is_no_happening(body, published, words):
    sentence = sentence_with(body, published, words)
    assert sentence.role == "background"


# the writer's own act, or a narration that really is on the weekday named: its day holds
# (bounds)
WRITERS_VOICE_BOUNDS = [
    (
        "Lundi, nous avons rencontré les grévistes devant l'usine de Douai. Ils ont bloqué "
        "l'entrée des camions pendant toute la matinée.",
        "2021-03-12",
        "camions",
        "2021-03-08",
    ),
    (
        "Lundi, les pompiers sont intervenus sur un incendie dans la zone industrielle de "
        "Quimper. Le feu a détruit un entrepôt de meubles.",
        "2019-11-28",
        "entrepôt",
        "2019-11-25",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), WRITERS_VOICE_BOUNDS)
def test_a_narration_of_the_weekday_named_keeps_it(tmp_path, body, published, words, day):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# words said after a step back in the pluperfect opening the page on a day, before the
# narration's first act: they go with that act, on its day, not with the step back's day
# (body, publication day, words of the quotation, day of its event)
SAID_AFTER_STEP_BACK = [
    (
        "Un contrôleur avait été agressé dans un train lundi près de Lyon, selon le journal "
        "Le Progrès.\n\n« Le mouvement vient d'être lancé », a annoncé le délégué syndical "
        "au micro de la radio régionale.\n\nLes contrôleurs ont cessé le travail dans toute "
        "la région.",
        "2021-03-10",
        "mouvement",
        "2021-03-10",
    ),
    (
        "Petit avait insulté Girard jeudi à Angers, selon le quotidien "
        "Ouest-Sport.\n\n« La sanction vient d'être décidée », a indiqué le président du "
        "club à la radio locale.\n\nLe club a suspendu Petit pour trois matches.",
        "2018-11-17",
        "sanction",
        "2018-11-17",
    ),
]


# a past participle the tagger misreads right after its auxiliary (a word it cannot tag):
# the compound tense is read all the same, here a pluperfect,
# a step back (body, publication day, words of the sentence)
MISREAD_PARTICIPLES = [
    ("Petit avait insulté Girard jeudi à Angers.", "2018-11-17", "Girard"),
    ("Durand avait insulté Martin à la mi-temps du match de samedi.", "2018-11-17", "Durand"),
]


@pytest.mark.parametrize(("body", "published", "words"), MISREAD_PARTICIPLES)
def test_a_misread_participle_still_makes_a_pluperfect(body, published, words):
    sentence = sentence_with(body, published, words)
    assert sentence.tense == "pluperfect"


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_STEP_BACK)
def test_words_after_a_step_back_go_with_the_narration(tmp_path, body, published, words, day):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.start == day


# a day in the complement of an act the sentence's act followed, after its verb ("après le
# licenciement d'un collègue hier"): that act's day, not the sentence's, nor the day of the
# clock times the narration goes on with; the sentence and the next go with the narration's
# day (body, publication day, words of the sentence, day it is dated)
AFTER_AN_EARLIER_ACT = [
    (
        "Grève surprise au port du Havre mardi matin. Les dockers ont cessé le travail en "
        "signe de colère après le licenciement d'un collègue hier pour une faute. Vers 10h, "
        "ils se sont rassemblés devant la capitainerie.",
        "2020-10-06",
        "capitainerie",
        "2020-10-06",
    ),
    (
        "Journée agitée au lycée Victor-Hugo jeudi. Les élèves ont bloqué l'entrée de "
        "l'établissement après l'exclusion d'un camarade mercredi. Vers 8h30, ils se sont "
        "assis devant les grilles.",
        "2021-02-11",
        "bloqué",
        "2021-02-11",
    ),
    (
        "Journée agitée au lycée Victor-Hugo jeudi. Les élèves ont bloqué l'entrée de "
        "l'établissement après l'exclusion d'un camarade mercredi. Vers 8h30, ils se sont "
        "assis devant les grilles.",
        "2021-02-11",
        "grilles",
        "2021-02-11",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), AFTER_AN_EARLIER_ACT)
def test_the_day_of_an_earlier_act_does_not_date_what_followed(body, published, words, day):
    sentence = sentence_with(body, published, words)
    assert sentence.date is not None and sentence.date.start == day


# the day of the act itself, before "après", and a complement opening the sentence before
# its verb (the act came right after it) keep their day (bounds)
AFTER_AN_EARLIER_ACT_BOUNDS = [
    (
        "Les dockers du Havre ont cessé le travail hier après une réunion houleuse avec la "
        "direction.",
        "2020-10-06",
        "dockers",
        "2020-10-05",
    ),
    (
        "Après la décision mardi de le libérer, le capitaine est arrivé chez lui vers 2 heures "
        "du matin.",
        "2012-01-19",
        "capitaine",
        "2012-01-17",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), AFTER_AN_EARLIER_ACT_BOUNDS)
def test_the_day_before_after_or_opening_the_sentence_holds(body, published, words, day):
    sentence = sentence_with(body, published, words)
    assert sentence.date is not None and sentence.date.start == day


# a day counted from a day told ("le lendemain", "la veille") inside quoted words, when the
# day it would be counted from is told outside them, before: the speaker counts from the
# speaker's own story, not from the narration's day; the quote goes with the narration
# (body, publication day, words of the sentence, day of the event it is or follows)
QUOTED_COUNTED_DAYS = [
    (
        "Le patron de la laiterie s'est expliqué ce dimanche dans une interview à la radio. "
        "« Nous reconnaissons qu'il manquait deux lots dans la liste envoyée aux magasins. "
        "Cela a été corrigé dès le lendemain », précise-t-il.",
        "2026-11-15",
        "corrigé",
        "2026-11-15",
    ),
    (
        "La directrice de l'école a répondu aux parents mardi dans une lettre. « Nous "
        "avons découvert la fuite pendant les vacances. Les plombiers sont intervenus le "
        "lendemain », explique-t-elle.",
        "2026-11-19",
        "plombiers",
        "2026-11-17",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), QUOTED_COUNTED_DAYS)
def test_a_day_counted_inside_quoted_words_is_the_speakers(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert event.role == "event"
    assert event.date is not None and event.date.start == day


# bounds: the day counted from is told inside the same quoted words, or the counted day is
# the narration's own, out of quotes: it holds
QUOTED_COUNTED_DAYS_BOUNDS = [
    (
        "Le maire a parlé lundi devant le conseil municipal. « La digue a cédé samedi et "
        "les pompiers sont arrivés dès le lendemain », a-t-il raconté.",
        "2026-11-17",
        "digue",
        "2026-11-14",
    ),
    (
        "Le patron de la laiterie s'est expliqué dimanche dans une interview à la radio. "
        "Les lots manquants ont été retirés des rayons le lendemain.",
        "2026-11-17",
        "retirés",
        "2026-11-16",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), QUOTED_COUNTED_DAYS_BOUNDS)
def test_a_day_counted_from_the_speakers_own_day_holds(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert event.role == "event"
    assert event.date is not None and event.date.start == day
