"""A pronoun opening a headline is replaced only by what agrees with it (issue 9: a headline
says what its sentence says): "il" never by a feminine noun phrase, "elle" never by a
masculine one, and a sentence's subject comes before a person it names in a complement
("La cour a annulé l'accord entre Paul Morel et la banque. Elle ...": the court, not Morel).
Invented French."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of

from timeline.events import titles


def _one(words: str, number: str, gender: str = "") -> titles.Antecedent:
    return titles.Antecedent(words, number, gender)


# (headline, what the sentences before may stand for, best first; the headline read alone)
AGREEMENT = [
    # the first of the pronoun's gender, a nearer one of the other skipped
    (
        "Il a été remis à flot",
        (_one("La circulation", "singular", "feminine"), _one("Le cargo", "singular", "masculine")),
        "Le cargo a été remis à flot",
    ),
    (
        "Elles ont été relogées dans un gymnase",
        (_one("Les policiers", "plural", "masculine"), _one("Les familles", "plural", "feminine")),
        "Les familles ont été relogées dans un gymnase",
    ),
    # none of its gender: the pronoun stays (an honest pronoun beats a wrong fact)
    (
        "Il aurait une jambe cassée",
        (_one("La capitainerie du port", "singular", "feminine"),),
        "Il aurait une jambe cassée",
    ),
    (
        "Elle s'est terminée dans la soirée",
        (_one("Le parquet", "singular", "masculine"),),
        "Elle s'est terminée dans la soirée",
    ),
    # "ils", the plural of a mixed group, for a feminine noun phrase too
    (
        "Ils n'ont pas voulu quitter leur maison",
        (_one("Trois personnes âgées", "plural", "feminine"),),
        "Trois personnes âgées n'ont pas voulu quitter leur maison",
    ),
]


@pytest.mark.parametrize(("title", "candidates", "expected"), AGREEMENT)
def test_a_pronoun_is_restored_by_what_agrees_with_it(title, candidates, expected):
    antecedents = titles.Antecedents(singular="Paul Morel", candidates=candidates)
    assert titles.standalone(title, antecedents) == expected


def titles_of(tmp_path: Path, body: str, published: str) -> dict[str, str]:
    """sentence -> the title of the event citing it first."""
    chronology = chronology_of(tmp_path, body, published)
    return {e.sources[0].sentence: e.title for e in chronology.events}


# (body, publication day, words of the sentence, its title): the subject of the sentence
# before, of the pronoun's gender, before a person named in a complement
ARTICLES = [
    (
        "La cour d'appel de Lyon a annulé mardi l'accord conclu en 2019 entre Paul Morel et "
        "la banque. Elle donne rendez-vous aux avocats le 12 mars.",
        "2024-03-06",
        "rendez-vous",
        "La cour d'appel de Lyon donne rendez-vous aux avocats",
    ),
    (
        "L'autopsie de Jean Garnier a commencé mardi matin à Lyon. Elle s'est terminée mardi "
        "soir, a indiqué le parquet.",
        "2024-03-06",
        "terminée",
        "L'autopsie de Jean Garnier s'est terminée",
    ),
    # a person named as the subject of a clause of its own (an absolute participle) is no
    # rival of the main clause's subject
    (
        "Le capitaine du chalutier a été écroué samedi à Brest, le procureur Paul Morel "
        "craignant une fuite. Il doit quitter la prison mercredi.",
        "2024-03-06",
        "quitter la prison",
        "Le capitaine du chalutier doit quitter la prison",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), ARTICLES)
def test_the_subject_before_comes_first(tmp_path, body, published, words, title):
    found = [t for sentence, t in titles_of(tmp_path, body, published).items() if words in sentence]
    assert found == [title]
