"""A line that presents what follows and closes on a colon ("Voici le communiqué publié par
le club :"), glued above the text it presents by a single line break, is a line of its own
(issue 9, events lost): the text under it is the news, told in a sentence of its own, not the
end of a sentence that presents ("Voici ...", ``presenting_openings``) and is no event. As a
line inviting the reader to look ("Regardez ces images :"). Invented French of several topics;
the last rows keep the other reading: the presenting line itself, and a speaker's line that
introduces a quote.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-05-22"
#: a line of its own, or a sentence that is no event
NOT_TOLD = NO_EVENT | {"heading"}

PRESENTED = [
    (
        "Voici le communiqué publié mardi soir par le club :\nLe FC Lorient a licencié son "
        "entraîneur avec effet immédiat.",
        "a licencié son entraîneur",
        TOLD,
    ),
    (
        "Voilà le message adressé mardi par la direction aux salariés :\nLa direction a "
        "suspendu le plan de départs volontaires.",
        "a suspendu le plan",
        TOLD,
    ),
    (
        "Voici l'intégralité de la décision rendue mardi :\nLe tribunal administratif de Lille "
        "a annulé l'arrêté municipal.",
        "a annulé l'arrêté",
        TOLD,
    ),
    # ... the presenting line itself: a line of its own, no event
    (
        "Voici le communiqué publié mardi soir par le club :\nLe FC Lorient a licencié son "
        "entraîneur avec effet immédiat.",
        "Voici le communiqué",
        NOT_TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), PRESENTED)
def test_the_text_a_line_presents_is_told_apart(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
