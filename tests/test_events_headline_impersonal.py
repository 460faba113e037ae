"""An impersonal "il" stands for nobody (issue 9: a headline says what its sentence says):
where the parse shows the real subject after a verb conjugated with "être" ("il est survenu
une avarie", "il s'est écoulé deux jours", "il est né un garçon") or a clock after the
copula ("Il était minuit"), the headline keeps "il" and never puts the subject of the
sentence before in its place; and the benchmark's check counts no dangling reference there.
A personal "il" after the same verbs ("Il est arrivé à Lyon", "Il est resté trois
semaines") is still restored. The passive of a verb whose object is the clause it governs
("il a été décidé de ...", "il a été convenu que ...") has no one for subject either.
Invented French, each article of another topic."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from essai_article import title_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)

from timeline.events import titles  # noqa: E402
from timeline.events.impersonal import opening_il  # noqa: E402
from timeline.events.nlp import get_nlp, lemma  # noqa: E402

# (body, publication day, words of the sentence, its title): the real subject follows the
# verb, "il" is nobody's
IMPERSONAL = [
    (
        "Le chalutier a quitté le port de Brest mardi avec six marins à bord. Au large "
        "d'Ouessant, il est survenu une avarie de moteur mercredi matin.",
        "2022-07-12",
        "avarie",
        "Il est survenu une avarie de moteur",
    ),
    (
        "Le festival a ouvert ses portes vendredi dans les arènes. Pendant la première "
        "soirée, il est passé un orage violent sur la scène.",
        "2023-06-24",
        "orage",
        "Il est passé un orage violent sur la scène",
    ),
    (
        "Le gardien du refuge a donné l'alerte dimanche soir. Entre son appel et "
        "l'arrivée des secours, il s'est écoulé quatre heures.",
        "2021-02-15",
        "écoulé",
        "Il s'est écoulé quatre heures",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), IMPERSONAL)
def test_an_impersonal_il_is_nobody(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (headline, what the check counts dangling): the clock's "il" and the real subject's are
# nobody's
DANGLING = [
    ("Il était minuit, raconte une voisine", []),
    ("Il est survenu une panne d'électricité", []),
    ("Préfet : il est apparu une fissure dans la digue", []),
]


@pytest.mark.parametrize(("title", "dangling"), DANGLING)
def test_the_check_counts_no_impersonal_il(title, dangling):
    assert eventscore.HeadlineChecks.load().dangling_in(title) == dangling


# (sentence, is its "il" impersonal): the parse's frame decides; the same verbs with no
# real subject after them, or with an attribute, a span of time, an adjective, a definite
# phrase after a passive, an infinitive after a reflexive, are someone's
FRAMES = [
    ("Il est apparu une tache sur la toile du musée.", True),
    ("Il est venu plus de mille visiteurs au salon.", True),
    ("Il s'est tenu une assemblée houleuse à la mairie.", True),
    ("Il est d'abord rappelé que la mairie a voté le budget.", True),
    ("Il ne sera bientôt plus possible de réserver une place.", True),
    ("Il était 23 heures quand la cloche a sonné.", True),
    ("Il est arrivé à Lisbonne jeudi soir.", False),
    ("Il est accusé d'avoir volé un tableau.", False),
    ("Il est convaincu que le maire a menti.", False),
    ("Il est resté trois semaines à l'hôpital.", False),
    ("Il est venu deux fois au tribunal.", False),
    ("Il s'est rendu trois fois à la préfecture.", False),
    ("Il est arrivé le dernier au sommet.", False),
    ("Il est devenu le premier maire écologiste de la ville.", False),
    ("Il est élu président du conseil régional.", False),
    ("Il s'est cassé la jambe pendant le match.", False),
    ("Il s'est vu remettre la médaille du courage.", False),
    ("Il succède à Paul Morel à la tête du club.", False),
]


@pytest.mark.parametrize(("sentence", "impersonal"), FRAMES)
def test_the_parse_tells_an_impersonal_il(sentence, impersonal):
    assert opening_il(list(get_nlp()(sentence)), lemma) is impersonal


# (headline of a sentence with no kept parse, read from its words): an adverb between the
# copula and the attribute of the impersonal is read past; "il" stays nobody's
WORDS = [
    "Il ne sera nulle part possible de voir la comète à l'œil nu",
    "Il n'est jamais facile de quitter son village natal",
]


@pytest.mark.parametrize("title", WORDS)
def test_an_adverb_before_the_attribute_keeps_il_impersonal(title):
    antecedents = titles.Antecedents(singular="Le rare phénomène")
    assert titles.standalone(title, antecedents) == title


# (sentence, is its "il" impersonal): the passive of a verb whose direct object is the clause
# or the infinitive it governs (a decision, an agreement, a proposal, a finding) has nobody
# for subject, the person asked an indirect object ("aux habitants"); the passive of a verb
# of saying whose object is the person told ("prévenir quelqu'un que") is someone's
PASSIVES = [
    ("Après deux heures de débat, il a été décidé de reporter le vote du budget.", True),
    ("Il a été convenu de rouvrir la ligne de tramway dès lundi.", True),
    ("Il a été demandé aux habitants de quitter leur domicile avant la nuit.", True),
    ("Lors de la réunion, il a été proposé de fermer l'école pendant une semaine.", True),
    ("Il a été établi que le conducteur du car roulait trop vite.", True),
    ("Il a été constaté que les digues avaient cédé.", True),
    ("Il a été suggéré aux exposants de reporter leur venue.", True),
    ("Il avait été convenu que le maire prendrait la parole en premier.", True),
    ("Il a été prévenu que sa licence serait suspendue.", False),
]


@pytest.mark.parametrize(("sentence", "impersonal"), PASSIVES)
def test_the_parse_tells_an_impersonal_passive(sentence, impersonal):
    assert opening_il(list(get_nlp()(sentence)), lemma) is impersonal


# (body, publication day, words of the sentence, its title): the decision's "il" is nobody's,
# never the name of the sentence before
PASSIVE_TITLES = [
    (
        "Le maire de Vernon, Luc Barrault, a réuni son conseil mardi soir. Après deux heures "
        "de débat, il a été décidé de reporter le vote du budget.",
        "2022-03-16",
        "reporter",
        "Il a été décidé de reporter le vote du budget",
    ),
    (
        "La préfète Anne Ruiz a tenu une cellule de crise jeudi à Nîmes. Face à la crue, il "
        "a été décidé d'évacuer le camping des Oliviers.",
        "2021-10-08",
        "évacuer",
        "Il a été décidé d'évacuer le camping des Oliviers",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), PASSIVE_TITLES)
def test_an_impersonal_passive_is_nobody(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (body, publication day, words of the sentence, its title): an impersonal passive of saying
# says nothing but the clause after "que", which the headline tells, quoted or not; negated,
# it stays
SAID_BY_NOBODY = [
    (
        "Le conseil municipal de Vierzon a publié un communiqué mardi soir. Il est d'abord "
        "précisé que le maire quittera ses fonctions à la fin du mois.",
        "2022-05-11",
        "précisé",
        "Le maire quittera ses fonctions",
    ),
    (
        "Le syndicat des transports a réuni la presse lundi. Il a été annoncé que la grève "
        "des contrôleurs serait levée vendredi.",
        "2020-06-02",
        "annoncé",
        "La grève des contrôleurs serait levée",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), SAID_BY_NOBODY)
def test_an_impersonal_passive_of_saying_tells_its_clause(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (headline of a sentence with no kept parse, read from its words): the passive of a verb
# whose object is its clause keeps "il" nobody's, as the parse would read it
PASSIVE_WORDS = [
    "Il est précisé que l'entraîneur restera en poste jusqu'à la fin de la saison",
    "Il a été convenu de rouvrir la ligne de tramway",
    "Il avait été décidé de reporter le vote du budget",
]


@pytest.mark.parametrize("title", PASSIVE_WORDS)
def test_the_words_of_an_impersonal_passive_keep_il(title):
    antecedents = titles.Antecedents(singular="Le club")
    assert titles.standalone(title, antecedents) == title


# (sentence, is its "il" impersonal): the passive in a compound tense ("a été", "avait été")
# of any verb whose participle governs a bare "que" and a clause, or "de" and an infinitive
# after the person asked ("à" ...), has nobody for subject: what was proved, found or allowed
# is the clause; no list of participles decides
PASSIVE_CLASS = [
    ("Pour neuf clients, il a été prouvé qu'ils avaient mangé le même gâteau.", True),
    ("Il a été démontré que la pompe tournait à vide.", True),
    ("Il aurait été découvert que le serveur copiait les fichiers.", True),
    ("Il a été vérifié que les alarmes sonnaient bien.", True),
    ("Il a été accepté que les coureurs partent plus tôt.", True),
    ("Il a été mis en évidence que les cuves avaient rouillé.", True),
    ("Il a été permis aux lycéens de quitter les cours plus tôt.", True),
    ("Il a été expliqué aux ouvriers que l'atelier fermerait.", True),
]


@pytest.mark.parametrize(("sentence", "impersonal"), PASSIVE_CLASS)
def test_an_impersonal_passive_is_read_whatever_its_verb(sentence, impersonal):
    assert opening_il(list(get_nlp()(sentence)), lemma) is impersonal


# (sentence, is its "il" impersonal): where the class stops: a clause of time, cause or
# consequence ("alors que", "parce que", "si ... que"), an agent, a participle whose object is
# the person told, "de" and an infinitive with no one asked, no clause at all, a state
# ("est" alone): someone's
PASSIVE_PERSONAL = [
    ("Il a été interpellé alors qu'il franchissait la frontière.", False),
    ("Il a été renversé parce qu'il traversait hors du passage.", False),
    ("Il a été tellement ovationné qu'il a chanté deux rappels.", False),
    ("Il a été désigné par les salariés parce qu'il connaissait l'usine.", False),
    ("Il a été averti que son permis serait suspendu.", False),
    ("Il a été persuadé que le projet échouerait.", False),
    ("Il a été contraint de quitter la réunion.", False),
    ("Il a été soupçonné d'avoir saboté la chaudière.", False),
    ("Il a été prouvé coupable de fraude fiscale.", False),
]


@pytest.mark.parametrize(("sentence", "impersonal"), PASSIVE_PERSONAL)
def test_a_personal_passive_stays_someones(sentence, impersonal):
    assert opening_il(list(get_nlp()(sentence)), lemma) is impersonal


# (body, publication day, words of the sentence, its title): a finding's "il" is nobody's,
# never the noun of the sentence before ("Le chiffre inhabituel a été prouvé qu'ils ...")
PASSIVE_CLASS_TITLES = [
    (
        "Au 3 mai, le centre antipoison avait compté vingt malades. Ce nombre élevé a "
        "alerté les médecins. Pour neuf clients, il a été prouvé qu'ils avaient mangé le "
        "même gâteau.",
        "2016-05-05",
        "prouvé",
        "Il a été prouvé qu'ils avaient mangé le même gâteau",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), PASSIVE_CLASS_TITLES)
def test_an_impersonal_passive_of_any_verb_is_nobody(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


# (headline of a sentence with no kept parse, read from its words): a compound passive and a
# bare "que" keep "il" nobody's whatever the participle; the person told ("averti") does not
PASSIVE_CLASS_WORDS = [
    ("Il a été démontré que la pompe tournait à vide", "Il a été démontré que"),
    ("Il avait été vérifié que les alarmes sonnaient", "Il avait été vérifié que"),
    ("Il a été averti que son permis serait suspendu", "Le club a été averti que"),
]


@pytest.mark.parametrize(("title", "opening"), PASSIVE_CLASS_WORDS)
def test_the_words_of_a_compound_passive_keep_il(title, opening):
    antecedents = titles.Antecedents(singular="Le club")
    assert titles.standalone(title, antecedents).startswith(opening)
