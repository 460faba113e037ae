"""Background (issue 9): how things were, told in the imperfect after a happening told in
the past and quoting nobody, is a description, nobody's source (role "context"), not a
follow-up published with the happening; what someone said stays ("disant ...", a reporting
clause, a quotation), and so does a pronoun subject standing for who was just named; what
will be if something is so, told in the future by nobody quoted, is a projection. One row
per phenomenon, invented French news sentences, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

LEAD = "Une ancienne sprinteuse et un judoka ont allumé la vasque olympique vendredi soir. "


def after_the_lead(text: str):
    """The extracted sentence ``text``, told after ``LEAD`` in an article of 27 July 2024."""
    sentences = extraction_of(LEAD + text, "2024-07-27").sentences
    [sentence] = [s for s in sentences if s.text == text]
    return sentence


# (the sentence after the lead, its role)
AFTER_A_HAPPENING = [
    ("La sprinteuse était citée depuis des mois parmi les favorites.", "context"),
    ("Les spectateurs étaient massés le long des quais de la Seine.", "context"),
    # what someone said, even in the imperfect
    ("Certains étaient émus, disant leur fierté d'être là.", "follow-up"),
    ("La foule était immense, a précisé la préfecture de police.", "follow-up"),
    ("« La vasque était magnifique », a confié un spectateur.", "follow-up"),
]


@pytest.mark.parametrize(("text", "role"), AFTER_A_HAPPENING)
def test_a_description_in_the_imperfect_is_nobodys_source(text, role):
    assert after_the_lead(text).role == role


# what will be if something is so, told in the future by nobody quoted: a projection
CONDITIONS = [
    (
        "Autrement dit, même si la croissance devait être nulle au quatrième trimestre, le "
        "produit intérieur brut augmentera de 1,1 % sur l'année.",
        "not-event",
    ),
    ("Si le temps le permet, les secours reprendront les recherches.", "not-event"),
    # said by someone: what they said
    ("« Si rien ne change, nous fermerons l'usine », a prévenu le directeur.", "statement"),
]


@pytest.mark.parametrize(("text", "kind"), CONDITIONS)
def test_a_condition_then_the_future_is_a_projection(text, kind):
    assert after_the_lead(text).kind == kind
