"""What a demonstrative subject opening a headline stands for (issue 9, dangling
references): the last person named in the sentence just before it, else the last noun
phrase of its number there ("... avec les chiffres de Pôle Emploi. Ce dernier a été annoncé
en recul" -> "Pôle Emploi a été annoncé en recul"); a noun after a contracted article takes
the definite one ("la sécurité des habitants. Ceux-ci ..." -> "Les habitants ..."); when the
sentence before has a reporting clause (its parse keeps none), the pronoun stays. Invented
French news articles, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import chronology_of

# (body, publication day, words of the event sentence, how its headline opens)
DEMONSTRATIVES = [
    (
        "L'incendie s'est déclaré jeudi dans un entrepôt de Rouen. Un périmètre de sécurité "
        "a été mis en place autour du site pour garantir la sécurité des riverains. Ceux-ci "
        "sont invités à rester chez eux.",
        "2024-03-14",
        "invités à rester",
        "Les riverains sont invités",
    ),
    (
        "Le taux de chômage est remonté de 0,2 point au premier trimestre, selon l'Insee.\n\n"
        "Attention, il ne faut pas confondre le taux de l'Insee avec les chiffres de Pôle "
        "Emploi. Ce dernier a été annoncé en recul de 1 % au premier trimestre.",
        "2018-05-23",
        "annoncé en recul",
        "Pôle Emploi a été annoncé",
    ),
    # a reporting clause before: its words are not in the parse kept, the pronoun stays
    (
        "« Je dissous l'Assemblée nationale », a déclaré dimanche le président après "
        "l'annonce des résultats des élections. Celles-ci ont vu la victoire du parti.",
        "2024-06-10",
        "ont vu la victoire",
        "Celles-ci ont vu",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "opening"), DEMONSTRATIVES)
def test_a_demonstrative_stands_for_the_last_one_named(tmp_path, body, published, words, opening):
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    assert event.title.startswith(opening)
