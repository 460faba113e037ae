"""One happening under several nouns and in the several places it hits (issue 9,
``acted_on.happening_told``, ``frames.same_happening_told``): a clause whose subject is the
noun of a happening acting on what it hits ("Un mégafeu a ravagé 2 000 hectares",
"Une vague d'orages a frappé le Gard"), read through a compound to its head ("mégafeu" is
a "feu"), a collective noun to its complement ("une vague d'orages" is "orages"),
or a noun of undergoing to its complement ("ont été la cible d'un incendie"), tells that
happening; two outlets telling it of one day are one happening whatever each says it hit:
the places it hits are not where it is told to be elsewhere. Kept apart: two storms on two
days, two attacks of two groups named on one day, a fire and the prefect's statement on it.
Invented French of topics no development set tells, run through the whole pipeline, written
before the tool ran on them; each row of ``ONE_HAPPENING`` fails on main."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

ONE_HAPPENING = [
    # (case, articles, one sentence, another, one happening?)
    (
        "a compound and its head: a mega-fire, the fire, two places it burnt",
        {
            "2025-07-16-a": "Un mégafeu a ravagé mercredi plus de 2 000 hectares de "
            "pinède dans le massif des Landes.",
            "2025-07-17-b": "L'incendie a détruit mercredi trois maisons et un camping à "
            "Mimizan, dans les Landes, selon la préfecture.",
        },
        "a|Un mégafeu a ravagé mercredi",
        "b|L'incendie a détruit mercredi trois maisons",
        True,
    ),
    (
        "a collective noun and its complement: a wave of storms, the storms",
        {
            "2025-09-18-a": "Une vague d'orages a frappé jeudi le Gard et l'Hérault, "
            "inondant des dizaines de caves.",
            "2025-09-18-b": "Jeudi, les orages ont touché la ville d'Alès, où plusieurs "
            "routes ont été coupées.",
        },
        "a|Une vague d'orages a frappé jeudi",
        "b|les orages ont touché la ville d'Alès",
        True,
    ),
]

KEPT_APART = [
    (
        "two storms on two days",
        {
            "2025-02-10-a": "La tempête a frappé lundi les côtes de la Bretagne.",
            "2025-02-12-b": "Une tempête a frappé mercredi les côtes de la Corse.",
        },
        "a|La tempête a frappé lundi",
        "b|Une tempête a frappé mercredi",
        False,
    ),
    (
        "two attacks by two groups named on one day",
        {
            "2025-05-04-a": "Une attaque du groupe Al-Fadjr a frappé dimanche une caserne "
            "de Gao, dans le nord du Mali.",
            "2025-05-04-b": "Une attaque revendiquée par le groupe Ansar Al-Chams a frappé "
            "dimanche un marché de Kidal.",
        },
        "a|Une attaque du groupe Al-Fadjr",
        "b|Une attaque revendiquée par le groupe Ansar",
        False,
    ),
    (
        "a fire and the prefect's statement on it",
        {
            "2025-03-08-a": "Un incendie a ravagé samedi un entrepôt de pneus à Vierzon.",
            "2025-03-08-b": "Le préfet du Cher a déclaré samedi que l'incendie de "
            "l'entrepôt de Vierzon était maîtrisé.",
        },
        "a|Un incendie a ravagé samedi",
        "b|Le préfet du Cher a déclaré samedi",
        False,
    ),
]


@pytest.mark.parametrize(("case", "articles", "one", "other", "together"), ONE_HAPPENING)
def test_one_happening_under_several_nouns_is_one_event(
    tmp_path: Path, case, articles, one, other, together
):
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


@pytest.mark.parametrize(("case", "articles", "one", "other", "together"), KEPT_APART)
def test_happenings_of_other_days_doers_or_kinds_stay_apart(
    tmp_path: Path, case, articles, one, other, together
):
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
