"""An item of a list with no finite verb is a label of what the article lists (a lot and its
best-before date, a model and its serial number, a post's signature), not a happening: the
date in it marks a thing, not the day something took place (issue 9, background: lots
published as events dated by their best-before dates). An item told with a verb is a
sentence and stays one. Invented French of several topics (a bakery chain's recall, car
seats, a museum's loans, a council's agenda).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2021-09-18"

LABELS = [
    # labels: no finite verb, a date of a thing
    (
        "La chaîne de boulangeries Fournil d'Or a rappelé samedi plusieurs lots de pain de "
        "mie.\n\nLes lots concernés :\n"
        "• LOT : 21A334 - DLUO 02/10/2023\n"
        "• LOT : 21A335 - DLUO 04/10/2023",
        "21A334",
        NO_EVENT,
    ),
    (
        "La chaîne de boulangeries Fournil d'Or a rappelé samedi plusieurs lots.\n\n"
        "Voici les références concernées :\n"
        "- Pain de mie complet, lot 21A334, à consommer avant le 02/10/2021\n"
        "- Brioche tranchée, lot 21B101, à consommer avant le 06/10/2021",
        "Brioche tranchée",
        NO_EVENT,
    ),
    (
        "Le fabricant Sécurbébé rappelle samedi des sièges auto dont la boucle peut céder.\n\n"
        "– Modèle Cocon, numéro de série 4471, du 12/09/2021\n"
        "– Modèle Nid, numéro de série 4472, du 15/09/2021",
        "Modèle Nid",
        NO_EVENT,
    ),
    (
        "Le musée de Dole a prêté samedi trois tableaux au Louvre.\n\n"
        "Les œuvres prêtées :\n"
        "* Paysage d'hiver, huile sur toile, retour prévu le 14 mars 2022\n"
        "* Le Moulin, aquarelle, retour prévu le 2 juin 2022",
        "Le Moulin",
        NO_EVENT,
    ),
    # an item told with a finite verb: a sentence of the story
    (
        "Le conseil municipal de Dole s'est réuni samedi soir.\n\n"
        "Les décisions du soir :\n"
        "• Le maire a annoncé samedi la fermeture de la piscine.\n"
        "• Les élus ont voté samedi le budget de l'école.",
        "Les élus ont voté",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), LABELS)
def test_a_list_item_with_no_verb_is_a_label(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
