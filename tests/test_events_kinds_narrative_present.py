"""The narrative present of a television site's story (issue 9, gold reports lost): a
pronominal verb that tells what people do ("Les gardes se ruent sur le tireur",
``pronominal_act_lemmas``) is an act of the story, not a description of how something goes
on (``kinds.tells_middle``: "La question se pose"); a present the tagger reads as a future
("Deux coups de feu se font entendre": ``features.present_read_as_future``) is the story's
present, not a forecast with no day. Invented French sentences, each beside a twin.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-05-03"
LEAD = "Ce vendredi 3 mai, vers 10 heures, le maire de Tarija inaugure un marché couvert."

ROWS = [
    # a pronominal verb of an act, told in the narrative present
    (f"{LEAD} Les gardes du corps se ruent sur le tireur et le plaquent au sol.", "se ruent", TOLD),
    (f"{LEAD} Une dizaine de manifestants s'engouffrent dans la mairie.", "s'engouffrent", TOLD),
    (f"{LEAD} La première mi-temps se termine sur ce score.", "se termine", TOLD),
    # ... a verb read as a future that is no future's form: the present of the story
    (f"{LEAD} Deux coups de feu se font entendre.", "coups de feu", TOLD),
    # twins: how something goes on, a description (``tells_middle``)
    (f"{LEAD} La question de la sécurité se pose.", "se pose", NO_EVENT),
    (f"{LEAD} Le marché se situe au centre de la ville.", "se situe", NO_EVENT),
    # ... a future with no day of its own, told by nobody: a forecast
    (f"{LEAD} Le maire n'en tirera aucun gain électoral.", "aucun gain", NO_EVENT),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_narrative_present_of_people_acting_is_told(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
