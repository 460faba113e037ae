""" "Auparavant" places an act before the one just told, inside the story ("Il s'est exprimé
devant la presse. Il avait rencontré les éleveurs auparavant": earlier that day), not in a
past before it as "naguère", "autrefois" or "par le passé" do: it is no history cue (issue 9,
reports lost: ``history_cues``). Invented French of several topics (a minister's visit, an
arrest, a club, a firm); the last rows keep the history the other cues read.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2022-10-12"

EARLIER = [
    # an act before the one just told, the same day
    (
        "Le ministre de l'Agriculture s'est exprimé mardi soir devant la presse à Rennes. Il "
        "avait rencontré les éleveurs auparavant dans une ferme de Vitré.",
        "avait rencontré les éleveurs auparavant",
        TOLD,
    ),
    (
        "La police a interpellé mardi deux suspects à Nantes. Les enquêteurs avaient "
        "auparavant perquisitionné leur domicile.",
        "avaient auparavant perquisitionné",
        TOLD,
    ),
    (
        "Le club de Laval a présenté mardi son nouvel entraîneur. Auparavant, le président "
        "avait remercié l'ancien staff devant les joueurs.",
        "Auparavant, le président",
        TOLD,
    ),
    # a past before the story: a history
    (
        "La police a interpellé mardi deux suspects à Nantes. L'un d'eux avait été condamné "
        "par le passé pour des vols.",
        "condamné par le passé",
        NO_EVENT,
    ),
    (
        "Le groupe Lactis a annoncé mardi la fermeture de son usine de Craon. Il avait "
        "naguère employé 800 salariés sur le site.",
        "avait naguère employé",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), EARLIER)
def test_what_was_done_just_before_is_told(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
