"""One act told by its parts (issue 9): an act of several doers told once, then doer by doer
with a verb pointing back ("l'a fait la première", "ont fait de même", "en a fait autant",
``events.anaphoric_acts``), and a legal offensive told by its suits ("a saisi la justice", "a
déposé un recours", "une plainte a été déposée": ``changes.kinds.suit`` of merging.yml).
The first table reads the verbs pointing back; the others run invented articles of two
outlets through the whole pipeline (extraction with spaCy, assembly), each row saying which
two sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events.anaphoric_acts import points_back

POINTING = [
    # (case, sentence, does its act by pointing back?)
    ("the first to do it", "Air France l'a fait la première, et son directeur a regretté.", True),
    ("the same done by others", "NBC News et ABC News ont fait de même.", True),
    ("the same done too, in the present", "Les autres chaînes font de même.", True),
    ("as much", "Madrid en a fait autant quelques heures plus tard.", True),
    ("the same thing", "Le club voisin a fait la même chose hier.", True),
    ("followed in its steps", "Le Japon lui a emboîté le pas.", True),
    ("in the pluperfect, in turn", "Berlin l'avait aussi fait la veille.", True),
    ("a light verb's own act", "Le ministre a fait une déclaration devant la presse.", False),
    ("everything done to keep him", "Le maire a tout fait pour le retenir.", False),
    ("inside a quotation", "« Nous l'avons fait », s'est réjoui le maire.", False),
]


@pytest.mark.parametrize(("case", "sentence", "back"), POINTING, ids=[r[0] for r in POINTING])
def test_a_verb_pointing_back_to_an_act(case: str, sentence: str, back: bool) -> None:
    assert points_back(sentence) == back, case


PARTS = [
    # (case, articles, one sentence, another, one event?)
    (
        "a company told first among several and by another outlet",
        {
            "2015-04-17-a": "Jeudi, le nuage de cendres a atteint le nord de la France. "
            "Plusieurs compagnies aériennes ont alors suspendu leurs vols vers l'Europe du "
            "Nord. Air France l'a fait la première.",
            "2015-04-17-b": "Jeudi, le nuage de cendres du volcan a atteint la France. "
            "Plusieurs compagnies aériennes ont suspendu leurs vols vers l'Europe du Nord.",
        },
        "a|Air France l'a fait",
        "b|Plusieurs compagnies",
        True,
    ),
    (
        "sanctions: several countries, one the first, and that one told by another outlet",
        {
            "2022-02-24-a": "Plusieurs pays occidentaux ont gelé jeudi les avoirs de la banque "
            "centrale russe. Le Canada l'a fait le premier.",
            "2022-02-24-b": "Le Canada a gelé jeudi les avoirs de la banque centrale russe, "
            "a annoncé Ottawa.",
        },
        "a|Le Canada l'a fait",
        "b|Le Canada a gelé",
        True,
    ),
    (
        "a union's suits of one day: the court seized and an appeal lodged",
        {
            "2015-05-20-a": "La CGT de l'usine Ferrand a fait savoir mercredi qu'elle avait "
            "saisi le tribunal de Bourges pour faire suspendre la fermeture.",
            "2015-05-20-b": "Sentant le vent tourner, la CGT a lancé une série d'offensives "
            "judiciaires. Elle a ensuite déposé un recours pour faire suspendre la fermeture "
            "de l'usine.",
        },
        "a|saisi le tribunal de Bourges",
        "b|Sentant le vent tourner",
        True,
    ),
    (
        "a complaint lodged and drugs seized by the police the same day",
        {
            "2015-05-20-a": "La CGT a déposé mercredi une plainte contre la direction de "
            "l'usine Ferrand.",
            "2015-05-20-b": "La police a saisi mercredi deux tonnes de cannabis à Bourges.",
        },
        "a|La CGT a déposé",
        "b|La police a saisi",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), PARTS, ids=[r[0] for r in PARTS]
)
def test_one_act_told_by_its_parts(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    together: bool,
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
