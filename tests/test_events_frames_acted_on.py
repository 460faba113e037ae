"""One act told by its steps is one happening when its steps act on one thing (issue 9,
``frames.acted_on``, ``frames.mark_changes``): whatever verb each step says (a recall told
by "rappeler", "retirer de la vente", "le retrait de ..."; a stranding told by a breakdown,
people stuck, evacuated, brought ashore), what the steps have in common is what they act on,
read from the parse's arguments: the object, the passive subject, the subject of a verb
told with "être" ("sont restés bloqués"), or the complement of a noun of action ("le rappel
de 40 000 flacons"), on one day, its actors not clashing. Invented French articles of topics
none of the development sets tells (a factory's chemical leak, a cosmetics recall, a ferry
stranded at sea, a bank's account freeze), run through the whole pipeline; each row says
which two sentences one event cites, or that no event cites both: two makers' recalls of
one day, two ferries, a recall and a complaint about it, the same thing acted on on two
days stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

ONE_ACT = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two outlets: a cosmetics recall told by a verb and by a noun of action",
        {
            "2025-04-09-a": "Des flacons de crème solaire Soleva ont été rappelés mardi "
            "par la répression des fraudes.",
            "2025-04-10-b": "Le fabricant Soleva a procédé mardi au retrait des flacons de "
            "crème solaire, contaminés par une bactérie.",
        },
        "a|ont été rappelés",
        "b|a procédé mardi au retrait",
        True,
    ),
    (
        "two outlets: a ferry's passengers stuck at sea, then evacuated",
        {
            "2025-01-18-a": "Plus de 300 passagers du ferry Armorique sont restés bloqués "
            "vendredi en mer d'Iroise après une avarie.",
            "2025-01-19-b": "Les passagers du ferry Armorique ont été évacués vendredi par "
            "des canots de sauvetage et ramenés à terre à Brest.",
        },
        "a|sont restés bloqués",
        "b|ont été évacués",
        True,
    ),
]

APART = [
    (
        "two outlets: two makers recall two products on one day",
        {
            "2025-04-09-a": "Des flacons de crème solaire Soleva ont été rappelés mardi.",
            "2025-04-09-b": "Des flacons de shampooing Capilis ont été rappelés mardi.",
        },
        "a|Soleva",
        "b|Capilis",
        False,
    ),
    (
        "two outlets: two ferries stranded on one day",
        {
            "2025-01-18-a": "Les passagers du ferry Armorique sont restés bloqués vendredi "
            "en mer d'Iroise.",
            "2025-01-18-b": "Les passagers du ferry Bretagne ont été évacués vendredi au "
            "large de Cherbourg.",
        },
        "a|Armorique",
        "b|Bretagne",
        False,
    ),
    (
        "two outlets: a recall and the parents' complaint that followed",
        {
            "2025-04-09-a": "Des flacons de crème solaire Soleva ont été rappelés mardi.",
            "2025-04-12-b": "Des parents ont porté plainte vendredi contre le fabricant Soleva.",
        },
        "a|ont été rappelés",
        "b|ont porté plainte",
        False,
    ),
    (
        "two outlets: the same accounts frozen one day, unfrozen a month later",
        {
            "2025-10-14-a": "La banque Rivaud a gelé lundi les comptes de l'association "
            "Horizon Solidaire.",
            "2025-11-18-b": "La banque Rivaud a débloqué lundi les comptes de l'association "
            "Horizon Solidaire.",
        },
        "a|a gelé lundi",
        "b|a débloqué lundi",
        False,
    ),
    (
        "one outlet: two leaders' pledge and their talks, told by pronominal verbs",
        {
            "2025-03-05-c": "Le président Arnaud Vigier a reçu mardi à Genève la présidente "
            "Elena Moretti. Les deux dirigeants se sont engagés à relancer les négociations "
            "sur le désarmement. Les deux dirigeants se sont parlé pendant trois heures, "
            "d'abord seul à seul, puis lors d'un déjeuner.",
        },
        "c|se sont engagés",
        "c|se sont parlé",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    ONE_ACT + APART,
    ids=[row[0] for row in ONE_ACT + APART],
)
def test_one_thing_acted_on(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
