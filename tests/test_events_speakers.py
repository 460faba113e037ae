"""Who says what, and when it was said (issue 9): a trailing reporting clause followed by a
clause about its speaker ("..., déclare le préfet, qui appelle « ... »"), or after "comme"
("..., comme l'ont précisé les pompiers"); direct speech in a paragraph of its own whose
trailing clause names a speaker with a verb that does not say the same speech goes on is a
statement of its own, said the day it is told (not a follow-up of a figure dated by a
quarter), while "a ajouté", "a-t-il précisé" go on with the speech before. The tense and
verb of a sentence are its main clause's, and a time expression in a clause of contrast or
condition ("alors que ...", "même si ...") never dates it. One row per phenomenon, invented
French news sentences, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

from timeline.events.features import declares_so, is_impersonal, reporting_clause, speaks_anew
from timeline.events.sentences import normalize

# (sentence, reporting verb, speaker): the trailing reporting clause is found
CLAUSES = [
    # a clause about the speaker, with quotes in it, after the reporting clause
    (
        "Il n'y a « pas de danger » dans la fumée, déclare Pierre Martin, le préfet de la "
        "région, qui appelle « par précaution » à rester chez soi.",
        "déclare",
        "Pierre Martin",
    ),
    (
        "« Nous sommes sortis de la crise », s'est félicité le ministre, pour qui « cela "
        "présage une reprise ».",
        "félicité",
        "le ministre",
    ),
    # the relative pronoun ends the speaker
    (
        "La vigilance orange est maintenue, précise l'institut qui prévoit une « accalmie ».",
        "précise",
        "l'institut",
    ),
    # "comme" before the reporting clause
    (
        "Deux ouvriers sont toujours portés disparus, comme l'ont précisé les pompiers.",
        "précisé",
        "les pompiers",
    ),
    (
        "La route restera fermée jusqu'à lundi, comme le précise le maire.",
        "précise",
        "le maire",
    ),
    # a complement between the inverted verb and its subject: the speaker comes after it
    (
        "« Ce barrage devait être rénové depuis dix ans », a dénoncé lors d'une conférence de "
        "presse la ministre de l'Environnement Claire Dubois.",
        "dénoncé",
        "la ministre de l'Environnement Claire Dubois",
    ),
    (
        "Les plongeurs ont retrouvé deux corps dans la nuit, a indiqué à l'AFP Marco Bellini, un "
        "officier des garde-côtes.",
        "indiqué",
        "Marco Bellini",
    ),
    (
        "« La digue a cédé vers minuit », a précisé dans un communiqué la préfecture du Var.",
        "précisé",
        "la préfecture du Var",
    ),
    # an adverb of manner between the auxiliary and the participle, whatever the adverb
    (
        "« L'eau baisse lentement », a prudemment commenté Paul Vidal, hydrologue de la ville.",
        "commenté",
        "Paul Vidal",
    ),
    (
        "« Il n'y aura pas de fermeture », a sèchement répliqué la directrice de l'école.",
        "répliqué",
        "la directrice de l'école",
    ),
    # the anonymity a speaker asked for, told between the verb and the speaker
    (
        "« Nous regrettons ce choix », a réagi sous couvert d'anonymat un responsable du "
        "ministère.",
        "réagi",
        "un responsable du ministère",
    ),
    (
        "« Rien n'est encore signé », a confié sous le couvert de l'anonymat un diplomate "
        "européen.",
        "confié",
        "un diplomate européen",
    ),
    # a reporting clause between two quotations of one speech
    (
        "« Nous rouvrirons l'école », a déclaré le maire, « dès la rentrée de septembre ».",
        "déclaré",
        "le maire",
    ),
    (
        "« La ligne sera rétablie », a assuré la directrice régionale, « avant la fin du mois ».",
        "assuré",
        "la directrice régionale",
    ),
    # a gerund after the speaker, with "en" (the gérondif), then a quotation: more of the
    # same speech
    (
        "« Il n'y a pas d'autre solution », a déclaré le ministre des Transports Luc Perrin, "
        "en indiquant qu'il « regrettait » cette issue.",
        "déclaré",
        "le ministre des Transports Luc Perrin",
    ),
    # "renchérir": another speaker going further
    (
        "« Les objectifs sont tenus », a renchéri le Premier ministre sur Twitter.",
        "renchéri",
        "le Premier ministre",
    ),
    # an exclamation, a post: who cries out or posts is who says it
    (
        "« Quelle journée ! », s'est exclamé le maire de Brest.",
        "exclamé",
        "le maire de Brest",
    ),
    (
        "« Bravo à nos pompiers », a tweeté le président de la région.",
        "tweeté",
        "le président de la région",
    ),
    # a complement in "en" before the inverted speaker, then one in "sur"
    (
        "« GAGNÉ », s'est exclamé en lettres capitales sur Twitter Luc Perrin, maire de la ville.",
        "exclamé",
        "Luc Perrin",
    ),
    # a gerund is how it was said, no complement: the clause read as without "en" among the
    # complements (the headline reads the speaker on: test_events_headline_quoted_pronoun.py)
    (
        "« Nous rouvrirons », a ajouté en souriant la directrice de l'usine.",
        "ajouté",
        "en souriant la directrice de l'usine",
    ),
    (
        "« Nous rouvrirons », a déclaré en conférence de presse la directrice de l'usine.",
        "déclaré",
        "la directrice de l'usine",
    ),
]


@pytest.mark.parametrize(("text", "verb", "speaker"), CLAUSES)
def test_the_trailing_reporting_clause_and_its_speaker(text, verb, speaker):
    text = normalize(text)
    found = reporting_clause(text)
    assert found is not None and found.kind == "trailing"
    assert found.verb == verb
    start, end = found.speaker
    assert text[start:end] == speaker


# The impersonal passive, inverted: what a text says with no speaker named ("», est-il
# précisé dans le communiqué", "a-t-il été indiqué"): a reporting clause, nobody speaking
IMPERSONAL = [
    (
        "La ville « ne cédera à aucune menace », est-il précisé dans le communiqué de la mairie.",
        "précisé",
    ),
    ("Les travaux reprendront lundi, a-t-il été indiqué à la sortie de la réunion.", "indiqué"),
    ("Le site restera fermé, est-il écrit sur la porte de la préfecture.", "écrit"),
]


@pytest.mark.parametrize(("text", "verb"), IMPERSONAL)
def test_the_impersonal_passive_reports_with_nobody_named(text, verb):
    found = reporting_clause(normalize(text))
    assert found is not None and found.kind == "trailing"
    assert (found.verb, found.speaker) == (verb, None)


# (reporting verb, speaker as written, a new statement)
ANEW = [
    ("expliqué", "le ministre des Finances", True),
    ("renchéri", "le Premier ministre", True),
    ("précise", "la préfecture", True),
    ("ajouté", "le ministre", False),  # the same speech goes on
    ("poursuit", "la juge", False),
    ("précisé", "", False),  # "a-t-il précisé": nobody named
    ("précise", "-t-elle", False),
    ("dit", "il", False),
    ("estime", "un habitant du quartier", False),  # a voice of the street's opinion
    ("déplorent", "d'autres riverains", False),
    ("regrette", "d’autres commerçants", False),
    ("indiqué", "une source policière", True),  # an informant says what happened
    ("estime", "le maire", True),
]


@pytest.mark.parametrize(("verb", "speaker", "anew"), ANEW)
def test_a_named_speaker_with_a_verb_of_saying_speaks_anew(verb, speaker, anew):
    assert speaks_anew(verb, speaker) is anew


# (body, publication day, words of the sentence, role, kind, day it is dated or None)
SAID = [
    # a paragraph of direct speech whose speaker is named: a statement of its own, said
    # the day it is told, not a follow-up of the figure dated by a quarter
    (
        "L'économie française a progressé de 0,4 % au deuxième trimestre, selon l'Insee.\n\n"
        "« La croissance sera d'au moins 1 % cette année », a expliqué la ministre de "
        "l'Économie Claire Dubois.",
        "2024-07-30",
        "au moins 1 %",
        "event",
        "statement",
        "2024-07-30",
    ),
    # ... but "a ajouté" goes on with the speech before: a follow-up
    (
        "« Nous ne céderons pas », a déclaré mardi le ministre de l'Intérieur.\n\n"
        "« La sécurité des Français passe avant tout », a ajouté le ministre.",
        "2024-03-14",
        "passe avant tout",
        "follow-up",
        "happening",
        None,
    ),
    # a reporting clause with a clause about its speaker, quotes included
    (
        "Un incendie s'est déclaré mardi soir dans un entrepôt de Lille.\n\n"
        "La fumée « ne présente pas de danger », déclare Pierre Martin, le préfet de la "
        "région, qui appelle « par précaution » à rester chez soi.",
        "2024-03-14",
        "pas de danger",
        "event",
        "statement",
        "2024-03-14",
    ),
    # said before the day its paragraph goes on to narrate: said the day it is told
    (
        "« Le navire flotte à nouveau », a annoncé le porte-parole Ahmed Saleh. Le "
        "porte-conteneurs s'était échoué la veille, dimanche 28 mars, dans le canal.",
        "2021-03-29",
        "flotte à nouveau",
        "event",
        "statement",
        "2021-03-29",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "role", "kind", "day"), SAID)
def test_what_someone_named_says_and_when(body, published, words, role, kind, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == (role, kind)
    if day is None:
        assert sentence.date is None
    else:
        assert sentence.date is not None and sentence.date.start == day


# the main clause's verb and tense, not a subordinate clause's (a conjunction or a relative
# pronoun opens it): (body, publication day, words, role, kind, day or None)
MAIN_CLAUSE = [
    # what someone named says with no "que", after a relative clause in the past: a saying
    # of the day it is told, not a follow-up of the verdict
    (
        "La cour a condamné mercredi soir l'accusé à la perpétuité.\n\n"
        "Les familles étaient venues nombreuses. Après ce procès qui a duré dix mois, les "
        "rescapés disent être soulagés par la décision.",
        "2022-06-30",
        "soulagés",
        "event",
        "happening",
        "2022-06-30",
    ),
    # where things stand as someone reports it, in the present: the day it is told, not
    # the story's last day
    (
        "La tempête a ravagé vendredi 2 octobre les vallées de l'arrière-pays.\n\n"
        "Les recherches se poursuivent, alors que huit personnes sont toujours portées "
        "disparues, comme l'ont précisé les pompiers à l'AFP.",
        "2020-10-03",
        "recherches se poursuivent",
        "event",
        "happening",
        "2020-10-03",
    ),
]


# a time expression in a clause of contrast or condition never dates the sentence
MAIN_CLAUSE += [
    (
        "À 6 heures, Météo-France a rétrogradé le Gard en vigilance jaune, alors que le "
        "département avait été placé en alerte rouge une bonne partie du week-end.",
        "2014-10-13",
        "rétrogradé",
        "event",
        "happening",
        "2014-10-13",
    ),
    (
        "L'économie a progressé de 0,3 % au troisième trimestre, selon l'Insee.\n\n"
        "Même si la croissance devait être nulle au quatrième trimestre, le produit "
        "intérieur brut augmentera de 1 %.",
        "2015-11-13",
        "augmentera",
        "aside",
        "not-event",
        None,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "role", "kind", "day"), MAIN_CLAUSE)
def test_the_main_clause_tells_what_and_when(body, published, words, role, kind, day):
    test_what_someone_named_says_and_when(body, published, words, role, kind, day)


# (sentence, the main clause's tense and verb)
MAIN_TENSE = [
    (
        "Même si la croissance devait être nulle, le produit intérieur brut augmentera de 1 %.",
        "future",
        "augmenter",
    ),
    ("Alors que les pompiers étaient sur place, la maison s'est effondrée.", "past", "effondrer"),
    ("Le ministre, qui avait annoncé sa venue, est arrivé à Lyon.", "past", "arriver"),
]


@pytest.mark.parametrize(("text", "tense", "verb"), MAIN_TENSE)
def test_the_tense_and_verb_of_the_main_clause(text, tense, verb):
    [sentence] = extraction_of(text, "2024-03-14").sentences
    assert (sentence.tense, sentence.verb) == (tense, verb)


# what nobody named says: an impersonal passive of a verb of saying
IMPERSONAL = [
    ("Dans le texte, il est notamment précisé qu'il s'agit des produits stockés.", True),
    ("Il a été annoncé que les écoles resteront fermées.", True),
    ("Le ministre a annoncé que les écoles resteront fermées.", False),
    ("Il est parti jeudi pour Lyon.", False),
]


@pytest.mark.parametrize(("text", "impersonal"), IMPERSONAL)
def test_an_impersonal_saying(text, impersonal):
    assert is_impersonal(text) is impersonal


# (sentence, lemma of its verb, the declaring makes its object so: an act)
DECLARING = [
    ("La présidente du jury a déclaré le festival ouvert.", "déclarer", True),
    ("L'arbitre a proclamé l'équipe italienne vainqueur.", "proclamer", True),
    ("Le tribunal a déclaré la société en liquidation judiciaire.", "déclarer", True),
    ("Le ministre a déclaré la situation préoccupante.", "déclarer", False),  # a judgement
    # what is declared in a clause is said, whatever its words
    ("Le ministre a déclaré que nul n'est au-dessus des lois.", "déclarer", False),
    ("Le préfet a déclaré qu'une catastrophe avait été évitée.", "déclarer", False),
    ("Elle a déclaré qu'il était innocent.", "déclarer", False),
    ("Le festival a été déclaré ouvert par la présidente.", "annoncer", False),  # no such verb
]


@pytest.mark.parametrize(("text", "verb", "act"), DECLARING)
def test_declaring_an_object_so_is_an_act_not_a_clause_it_opens(text, verb, act):
    assert declares_so(text, verb) is act
