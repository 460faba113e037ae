"""The passé simple told by nobody quoted (issue 9, kinds of sentence): the tense of a
history or a portrait in a news article ("Ministre pendant la crise, il reçut les syndicats",
"Quelques douze villages furent touchés par la vague"), whose news of the day is told in the
compound past or the present: context, never an event. Not the compound past of a verb whose
participle ends as a passé simple may ("Les secours ont atteint le village", "Le maire s'est
éteint"), nor a clause of its own ("après que le ministre se fut félicité"), nor a day of the
story ("Le monument fut inauguré hier"), nor someone's words ("« Il fut un grand maire », a
déclaré le préfet"), nor the article's lead. Invented French sentences, each beside a twin
that differs by one of these.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

PUBLISHED = "2011-03-16"
NAMED = "Le conseil régional a nommé mardi Paul Martin à la tête de la région. "
WAVE = "Des centaines d'habitants ont rendu hommage lundi aux victimes du raz-de-marée de 1999. "

ROWS = [
    # a portrait's past in the passé simple, and its twin in the compound past of the day
    (
        NAMED + "Ministre de l'Agriculture pendant la crise du lait, il reçut les syndicats "
        "pour leur expliquer sa réforme.",
        "reçut",
        NO_EVENT,
    ),
    (NAMED + "Il a aussitôt reçu les syndicats pour leur expliquer sa réforme.", "reçu", TOLD),
    # a history told by an auxiliary's passé simple (a passive), and by a verb in "-er"
    (WAVE + "Quelques douze villages furent touchés par la vague.", "furent", NO_EVENT),
    (WAVE + "Quelques douze villages ont été touchés par la vague.", "ont été", TOLD),
    (WAVE + "Les pêcheurs du port reconstruisirent leurs maisons.", "reconstruisirent", NO_EVENT),
    # the copula in the passé simple (no lexical verb)
    (NAMED + "Son père fut pendant trente ans le maire du village voisin.", "fut", NO_EVENT),
    # ... not a participle that ends as a passé simple may: the compound past of the day
    (WAVE + "Les secours ont atteint le dernier village isolé.", "atteint", TOLD),
    (WAVE + "Le maire du village s'est éteint dans la nuit.", "éteint", TOLD),
    # ... not a day of the story
    (WAVE + "Le monument fut inauguré hier par le maire du village.", "inauguré", TOLD),
    # ... not someone's words
    (WAVE + "« Il fut un grand maire », a déclaré le préfet.", "grand maire", TOLD),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_passe_simple_tells_a_history(body, words, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles


@pytest.mark.parametrize(
    ("body", "words", "history"),
    [
        (WAVE + "Quelques douze villages furent touchés par la vague.", "furent", True),
        (WAVE + "Le préfet décida aussitôt de reconstruire la digue.", "décida", True),
        (WAVE + "Le préfet reçoit les maires pour reconstruire la digue.", "reçoit", False),
        (WAVE + "Le préfet finissait sa visite de la digue.", "finissait", False),
        (WAVE + "Les secours ont atteint le dernier village.", "atteint", False),
        # the auxiliary's passé simple in a clause of its own, after the main verb
        (
            WAVE + "Les chiffres ont été connus après que le ministre se fut félicité de "
            "la baisse.",
            "connus",
            False,
        ),
        # the lead tells the news, whatever its tense
        ("Quelques douze villages furent touchés lundi par la vague.", "furent", False),
    ],
)
def test_the_passe_simple_rule_reads_the_main_verb(body, words, history):
    sentence = sentence_of(body, PUBLISHED, words)
    assert kinds.tells_passe_simple(sentence, None) is history
