"""One act told by its steps or parts is one happening (issue 9, ``frames.mark_changes``):
a person leaving a group (an exclusion told by its decision, its notice and the departure
that follows), a match told move by move (its result, its goals, a sending-off, a
substitution), goods taken told item by item (a theft told jewel by jewel), a craft lost
told by its script's steps (the contact lost, the craft gone from the radar screens, broken
up, its debris falling), a day of marches told by its marching and its counts (town by
town, each count with its counter). Each part says
its own verb and names its own people or things; what makes them one happening is the
kind of change told (``lang/fr/merging.yml`` ``changes``), who or what undergoes it or the
whole it is a part of, and the day. Invented French articles of topics none of the
development sets tells, run through the whole pipeline; each row says which two sentences one
event cites, or that no event cites both: two people leaving, two matches, two thefts, two
crafts lost of one day, two marches of one day in two countries stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

LEAVING = [
    # (case, articles, one sentence, another, one happening?)
    (
        "one outlet: a rider excluded, told his dismissal, leaving the hotel",
        {
            "2024-07-13-velo": "L'équipe Verdon a exclu samedi le coureur Malik Benali après "
            "une bagarre. Le directeur sportif lui a signifié son renvoi en fin d'après-midi. "
            "Malik Benali a quitté samedi soir l'hôtel de l'équipe."
        },
        "a exclu samedi",
        "a quitté samedi soir",
        True,
    ),
    (
        "two outlets: a rider excluded, his departure that evening told by another",
        {
            "2024-07-13-a": "L'équipe Verdon a exclu samedi le coureur Malik Benali.",
            "2024-07-14-b": "Le coureur Malik Benali a quitté samedi soir l'hôtel de l'équipe.",
        },
        "a|Malik Benali",
        "b|Malik Benali",
        True,
    ),
    (
        "one outlet: a choir's conductor dismissed, leaving the choir that evening",
        {
            "2023-03-07-chorale": "Le conseil de la chorale Saint-Jean a limogé mardi son "
            "chef, Pierre Aubry. Le chef de chœur a quitté l'ensemble le soir même, après "
            "douze ans."
        },
        "a limogé mardi",
        "a quitté l'ensemble",
        True,
    ),
    (
        "two outlets: a conductor dismissed, another choir's singer leaving",
        {
            "2023-03-07-a": "Le conseil de la chorale Saint-Jean a limogé mardi son chef, "
            "Pierre Aubry.",
            "2023-03-08-b": "La soprano Inès Carel a quitté mardi le chœur de l'Opéra.",
        },
        "a|Pierre Aubry",
        "b|Inès Carel",
        False,
    ),
    (
        "one outlet: a rider excluded, another one quitting the race",
        {
            "2024-07-13-velo": "L'équipe Verdon a exclu samedi le coureur Malik Benali. Le "
            "même jour, le coureur Jonas Ravel a abandonné la course après une chute."
        },
        "Malik Benali",
        "Jonas Ravel",
        False,
    ),
    (
        "two outlets: two teams dismiss two riders on one day",
        {
            "2024-07-13-a": "L'équipe Verdon a exclu samedi le coureur Malik Benali.",
            "2024-07-13-b": "L'équipe Astra a renvoyé samedi le coureur Tom Vidal.",
        },
        "a|Malik Benali",
        "b|Tom Vidal",
        False,
    ),
]

MATCH = [
    (
        "one outlet: a handball match, its result, a goal, a sending-off",
        {
            "2024-02-10-hand": "Nantes a battu Montpellier 31 à 28 samedi à la salle Mangin. "
            "Karim Saïdi ouvre le score dès la deuxième minute. A la 40e minute, l'arbitre "
            "expulse le pivot Lucas Fabre."
        },
        "Nantes a battu",
        "expulse le pivot",
        True,
    ),
    (
        "two outlets: the result and the loser's account of its goals",
        {
            "2024-02-10-a": "Nantes a battu Montpellier 31 à 28 samedi.",
            "2024-02-11-b": "Montpellier s'est incliné hier face à Nantes. Karim Saïdi a "
            "marqué le premier but à la deuxième minute.",
        },
        "a|Nantes a battu",
        "b|Karim Saïdi",
        True,
    ),
    (
        "two outlets: the loser leaving the cup on its defeat, the winner's result",
        {
            "2024-05-18-a": "Lille a quitté la coupe sur une défaite face à Rennes samedi.",
            "2024-05-19-b": "Rennes a battu Lille 2 à 1 samedi en quart de finale.",
        },
        "a|Lille a quitté",
        "b|Rennes a battu",
        True,
    ),
    (
        "one outlet: two matches of one group on one day",
        {
            "2024-02-10-hand": "Nantes a battu Montpellier 31 à 28 samedi. De son côté, "
            "Chambéry a battu Dunkerque 27 à 25 samedi."
        },
        "Nantes",
        "Chambéry",
        False,
    ),
]

THEFT = [
    (
        "one outlet: a pharmacy's goods taken, then how the burglars came in",
        {
            "2022-11-08-tours": "Des médicaments et la caisse ont été volés mardi dans la "
            "pharmacie Dubreuil, à Tours. Une montre de collection a disparu de la vitrine. "
            "Les cambrioleurs se sont introduits dans la boutique par le toit."
        },
        "médicaments",
        "par le toit",
        True,
    ),
    (
        "two outlets: the same jeweller's, other jewels",
        {
            "2023-05-15-a": "Un collier de diamants a été volé lundi à la bijouterie Morel, "
            "à Lyon.",
            "2023-05-15-b": "Trois bagues ont été dérobées lundi à la bijouterie Morel.",
        },
        "a|collier",
        "b|bagues",
        True,
    ),
    (
        "one outlet: two jewellers' thefts of one day",
        {
            "2023-05-15-region": "Un collier a été volé lundi à la bijouterie Morel, à Lyon. "
            "Le même jour, une montre a été dérobée à la bijouterie Faure, à Grenoble."
        },
        "collier",
        "montre",
        False,
    ),
]

LOST = [
    (
        "one outlet: the contact lost, the breakup, the debris falling",
        {
            "2011-06-04-sonde": "La sonde européenne Vega a perdu samedi le contact avec le "
            "centre de contrôle, au-dessus du Portugal. L'engin s'est désintégré peu après dans "
            "le ciel du Portugal. Des débris sont tombés dans le nord du Portugal."
        },
        "perdu samedi le contact",
        "Des débris sont tombés",
        True,
    ),
    (
        "two outlets: the contact lost, the breakup told the next day",
        {
            "2011-06-04-a": "L'agence spatiale européenne a perdu samedi le contact avec la "
            "sonde Vega, au-dessus du Portugal.",
            "2011-06-05-b": "Samedi, la sonde Vega s'est désintégrée dans le ciel du Portugal, "
            "tuant un passant.",
        },
        "a|perdu samedi le contact",
        "b|s'est désintégrée",
        True,
    ),
    (
        "two outlets: a plane gone from the radar screens, the contact lost with it",
        {
            "2012-10-06-a": "Un avion de la compagnie Air Sirocco a disparu des écrans radar "
            "samedi au-dessus de la Méditerranée.",
            "2012-10-06-b": "Le contrôle aérien de Marseille a perdu samedi le contact avec "
            "l'appareil d'Air Sirocco, parti d'Alger.",
        },
        "a|a disparu des écrans radar",
        "b|a perdu samedi le contact",
        True,
    ),
    (
        "two outlets: two crafts lost on one day, over two oceans",
        {
            "2011-06-04-a": "L'agence spatiale européenne a perdu samedi le contact avec la "
            "sonde Vega, au-dessus de l'Atlantique.",
            "2011-06-04-b": "Samedi, le satellite chinois Tianlong s'est désintégré en rentrant "
            "dans l'atmosphère au-dessus du Pacifique.",
        },
        "a|perdu samedi le contact",
        "b|s'est désintégré",
        False,
    ),
    (
        "one outlet: debris falling two days later",
        {
            "2011-06-06-sonde": "La sonde Vega a perdu samedi le contact avec le centre de "
            "contrôle. Lundi, des débris sont tombés en mer au large des Açores."
        },
        "perdu samedi le contact",
        "des débris sont tombés",
        False,
    ),
    (
        "one outlet: a plane gone, then a government fallen that day",
        {
            "2012-10-06-alger": "Un avion d'Air Sirocco a disparu des écrans radar samedi "
            "au-dessus de la Méditerranée. Le même jour, à Alger, le gouvernement est tombé "
            "après un vote de défiance."
        },
        "a disparu des écrans",
        "le gouvernement est tombé",
        False,
    ),
]


MARCH = [
    (
        "one outlet: the day's marching, a town's procession, the police's count",
        {
            "2019-03-14-infirmieres": "Des dizaines de milliers d'infirmières ont manifesté "
            "jeudi dans toute la France pour leurs salaires. À Lyon, le cortège a réuni jeudi "
            "8.000 personnes selon les syndicats. La police a dénombré jeudi 52.000 "
            "manifestants en France."
        },
        "ont manifesté jeudi",
        "le cortège a réuni",
        True,
    ),
    (
        "one outlet: a town that saw them march, the unions' claim in another town",
        {
            "2019-03-14-infirmieres": "Jeudi, entre 52.000 et 120.000 infirmières ont défilé "
            "en France pour leurs salaires. Lyon a vu défiler 8.000 personnes jeudi. À Lille, "
            "les syndicats ont revendiqué jeudi 6.000 manifestants."
        },
        "Lyon a vu défiler",
        "ont revendiqué jeudi",
        True,
    ),
    (
        "two outlets: the marching, the ministry's count the next day",
        {
            "2019-03-14-a": "Jeudi, des dizaines de milliers d'infirmières ont défilé en France "
            "pour leurs salaires.",
            "2019-03-15-b": "Le ministère de l'Intérieur a comptabilisé jeudi 52.000 "
            "manifestants en France.",
        },
        "a|ont défilé en France",
        "b|a comptabilisé jeudi",
        True,
    ),
    (
        "two outlets: two marches of one day in two countries",
        {
            "2019-03-16-a": "Des milliers de personnes ont manifesté samedi à Madrid contre "
            "l'austérité.",
            "2019-03-17-b": "Samedi, 50.000 étudiants ont défilé à Londres contre la hausse des "
            "frais d'inscription.",
        },
        "a|ont manifesté samedi",
        "b|ont défilé à Londres",
        False,
    ),
    (
        "one outlet: a minister showing his concern is no marching",
        {
            "2019-03-11-taxis": "À Paris, la police a dénombré lundi 9.000 manifestants "
            "contre les plateformes. Le ministre des Transports a manifesté lundi son "
            "inquiétude devant les sénateurs."
        },
        "la police a dénombré lundi",
        "a manifesté lundi son inquiétude",
        False,
    ),
    (
        "one outlet: another march two days later",
        {
            "2019-03-13-taxis": "Des milliers de chauffeurs de taxi ont manifesté lundi à "
            "Paris contre les plateformes. Mercredi, 3.000 chauffeurs ont défilé à Marseille."
        },
        "ont manifesté lundi",
        "3.000 chauffeurs ont défilé",
        False,
    ),
]


def _check(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), LEAVING, ids=[r[0] for r in LEAVING]
)
def test_a_person_leaving_a_group_told_by_its_steps_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    _check(tmp_path, case, articles, one, other, together)


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), MATCH, ids=[r[0] for r in MATCH]
)
def test_a_match_told_move_by_move_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    _check(tmp_path, case, articles, one, other, together)


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), THEFT, ids=[r[0] for r in THEFT]
)
def test_goods_taken_told_item_by_item_are_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    _check(tmp_path, case, articles, one, other, together)


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), LOST, ids=[r[0] for r in LOST]
)
def test_a_craft_lost_told_by_its_steps_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    _check(tmp_path, case, articles, one, other, together)


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), MARCH, ids=[r[0] for r in MARCH]
)
def test_a_day_of_marches_told_by_its_counts_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    _check(tmp_path, case, articles, one, other, together)
