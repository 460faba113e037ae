"""A toll told piecemeal is one happening (issue 9, ``merge.same_toll``): an attack, a
shipwreck, a storm is told in many sentences, each naming other victims or counting another
group, by one outlet or by several. Invented French articles run through the whole pipeline
(extraction with spaCy, assembly); each row says which two sentences one event cites, or
that no event cites both: the tolls of one happening of one day at one place together, the
tolls of two happenings (two places, two storms, an attack and the assault that ends it)
apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

TOLLS = [
    # (case, articles, one sentence, another, one happening?)
    (
        "one outlet: other victims named in the next sentence",
        {
            "2019-03-12-vierzon": "Les employés Paul Roux et Marc Henry ont été tués mardi "
            "dans la fusillade de la mairie de Vierzon. L'adjoint au maire Jean Dumas a aussi "
            "trouvé la mort."
        },
        "Paul Roux",
        "Jean Dumas",
        True,
    ),
    (
        "two outlets: each names other sailors lost",
        {
            "2021-11-08-a": "Le patron du chalutier Bel Espoir, Yann Le Goff, a péri lundi "
            "dans le naufrage du bateau au large de Concarneau.",
            "2021-11-08-b": "Deux matelots du Bel Espoir, Loïc Morvan et Erwan Caradec, ont "
            "trouvé la mort lundi au large de Concarneau.",
        },
        "a|Yann Le Goff",
        "b|Loïc Morvan",
        True,
    ),
    (
        "one outlet: two assaults of one afternoon in two towns",
        {
            "2016-05-20-cavale": "Les deux braqueurs retranchés dans une ferme de Saint-Amand "
            "ont été tués vendredi par les gendarmes. Quelques minutes plus tard, à Bourges, "
            "le troisième homme a été abattu par les policiers."
        },
        "Saint-Amand",
        "Bourges",
        False,
    ),
    (
        "two outlets: two storms' tolls of one day",
        {
            "2020-02-09-a": "La tempête Ciara a fait deux morts dimanche en Bretagne.",
            "2020-02-09-b": "Le cyclone Belna a fait cinq morts dimanche à Madagascar.",
        },
        "a|Ciara",
        "b|Belna",
        False,
    ),
    (
        "one outlet: the hostages killed in the attack, the hostage-taker in the assault",
        {
            "2018-03-23-trebes": "Trois clients ont été tués vendredi matin dans l'attaque du "
            "supermarché de Trèbes. Le preneur d'otages a été tué dans l'assaut du GIGN "
            "vendredi après-midi à Trèbes."
        },
        "Trois clients",
        "Le preneur d'otages",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), TOLLS, ids=[r[0] for r in TOLLS]
)
def test_a_toll_told_piecemeal_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
