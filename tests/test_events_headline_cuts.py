"""Headlines with no hole and their own clause (issue 9): a picture's credit in square
brackets glued after the sentence's full stop gives no headline word; a cleft sentence on a
phrase and "que" gives the clause after "que", the phrase put back or dropped when it is a
time or points back; a relative clause set after the subject is never the main clause when
the subject's own verb is there, nor a verb of saying after it a reporting clause; a time
goes with the noun or adverb of its prepositional locution ("aux environs de", "à
l'approche de") and a participle whose only complement it was; a completive coordinated
with the one told loses its "que" as the first did; a cut towards the target keeps the
complement that tells which one a definite object is. Invented French, each article of
another topic."""

from __future__ import annotations

import pytest
from essai_article import title_of

# (body, publication day, words of the sentence, its title)
CREDITS = [
    (  # glued to the full stop, the date before it (closing its paragraph, the credit
        # would make the line a picture's caption: ``caption_patterns``)
        "La piscine municipale de Rezé restera fermée jusqu'au jeudi 8 avril.[MARC LEROY / "
        "MAXPPP] La mairie invoque une fuite dans les bassins.",
        "2021-04-06",
        "piscine",
        "La piscine municipale de Rezé restera fermée",
    ),
    (  # another sentence glued after the credit
        "Le pont de Saumur a rouvert à la circulation lundi 12 septembre.[JULIE MARTIN / "
        "REUTERS] Les travaux avaient duré huit mois.",
        "2022-09-13",
        "Saumur",
        "Le pont de Saumur a rouvert à la circulation",
    ),
]

CLEFTS = [
    (  # a manner put back after the clause, the day set between commas gone
        "C'est avec émotion, samedi 1er mai, que le maire d'Épinal a inauguré la nouvelle "
        "médiathèque.",
        "2021-05-04",
        "médiathèque",
        "Le maire d'Épinal a inauguré la nouvelle médiathèque avec émotion",
    ),
    (  # a place put back
        "C'est à Nancy que les syndicats ont manifesté lundi contre la fermeture de la maternité.",
        "2021-05-04",
        "Nancy",
        "Les syndicats ont manifesté à Nancy",
    ),
    (  # a day: dropped
        "C'est mardi que le tribunal de Metz a rendu son jugement dans l'affaire des marchés "
        "publics.",
        "2021-05-04",
        "tribunal",
        "Le tribunal de Metz a rendu son jugement",
    ),
    (  # a month after a preposition: dropped
        "C'est en janvier que les premières difficultés étaient apparues, selon les syndicats.",
        "2023-02-08",
        "difficultés",
        "Les premières difficultés étaient apparues",
    ),
    (  # a means put back, its day gone
        "C'est par un simple courriel, lundi 6 février, que la direction de la conserverie a "
        "annoncé la fermeture du site aux salariés.",
        "2023-02-08",
        "courriel",
        "La direction de la conserverie a annoncé la fermeture par un simple courriel",
    ),
]

RELATIVES = [
    (  # the relative's verb was the parse's root, the main verb its complement
        "Jeudi, un incendie s'est déclaré dans plusieurs bâtiments de la ville. Le lycée "
        "Jean-Moulin de Draguignan (Var), qui accueille 900 élèves et forme des techniciens, "
        "a notamment été évacué.",
        "2021-06-10",
        "lycée",
        "Le lycée Jean-Moulin de Draguignan a notamment été évacué",
    ),
]

REPORTED = [
    (  # "a annoncé" after the subject's relative clause: the subject's verb, no incise
        "La société Dupuis, qui fabrique des jouets depuis 1950, a annoncé mercredi la "
        "suppression de 40 postes.",
        "2021-06-10",
        "Dupuis",
        "La société Dupuis a annoncé la suppression de 40 postes",
    ),
]

COMPLETIVES = [
    (
        "La directrice de l'école a expliqué mercredi que les classes rouvriraient lundi et "
        "que les cours reprendraient normalement.",
        "2022-05-11",
        "classes",
        "Les classes rouvriront et les cours reprendront normalement",
    ),
]

OBJECTS = [
    (
        "Radio France Internationale a annoncé mardi la suppression de plusieurs émissions en "
        "langues étrangères diffusées depuis des années en Afrique de l'Ouest et en Asie du "
        "Sud-Est.",
        "2022-05-10",
        "émissions",
        "Radio France Internationale a annoncé la suppression de plusieurs émissions",
    ),
]

LOCUTIONS = [
    (  # "autour de": the adverb goes with the time
        "Les pompiers sont intervenus autour de 15 heures sur le toit du gymnase.",
        "2021-10-19",
        "pompiers",
        "Les pompiers sont intervenus sur le toit du gymnase",
    ),
    (  # "à l'approche de": the noun and its article go with the time
        "Le courant a été rétabli à l'approche de minuit dans tout le quartier.",
        "2021-10-19",
        "courant",
        "Le courant a été rétabli dans tout le quartier",
    ),
]

PARTICIPLES = [
    (  # the parse's root was the participle
        "Une pétition lancée le 2 mars a recueilli mardi 10.000 signatures.",
        "2022-03-23",
        "pétition",
        "Une pétition a recueilli 10.000 signatures",
    ),
    (  # the participle's time hung on it
        "Une enquête ouverte lundi a été confiée à la gendarmerie d'Auch.",
        "2022-03-23",
        "enquête",
        "Une enquête a été confiée à la gendarmerie d'Auch",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), CREDITS)
def test_a_credit_glued_after_the_sentence_gives_no_word(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), CLEFTS)
def test_a_cleft_sentence_gives_its_clause(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), RELATIVES)
def test_a_subjects_relative_is_no_main_clause(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), LOCUTIONS)
def test_a_time_goes_with_its_locution(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), PARTICIPLES)
def test_a_participle_goes_with_its_only_time(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), REPORTED)
def test_a_verb_after_a_subjects_relative_is_no_incise(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), COMPLETIVES)
def test_a_coordinated_completive_loses_its_que(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title


@pytest.mark.parametrize(("body", "published", "words", "title"), OBJECTS)
def test_a_definite_object_keeps_what_tells_which(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title
