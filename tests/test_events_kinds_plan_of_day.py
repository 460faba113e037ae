"""A happening planned for a day not gone by, told in the future in the past with a verb of
taking place ("Une veillée funèbre devait se tenir lundi soir à Tokyo", published that
Monday; "Une minute de silence était prévue ce dimanche à midi": ``kinds.plans_its_day``,
``plan_of_occurrence``): the schedule, an announcement, not a plan set aside as what was to
happen (``kinds.is_plan``). Invented French sentences, each beside a twin.

Each row: (body, publication day, words of the sentence, roles it may have, kind or None)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

LEAD = "Le maire de Tarija a été tué vendredi par balles."

ROWS = [
    (
        f"{LEAD} Une veillée funèbre en sa mémoire devait se tenir lundi soir à Tarija.",
        "2024-05-06",
        "veillée",
        TOLD,
        "announcement",
    ),
    (
        f"{LEAD} Une minute de silence était prévue ce dimanche à midi dans toute la région.",
        "2024-05-05",
        "minute de silence",
        TOLD,
        "announcement",
    ),
    # twins: what someone was to do, which what happened stopped
    (
        f"{LEAD} Il devait se produire à Bruxelles le 26 octobre.",
        "2024-05-04",
        "Bruxelles",
        NO_EVENT,
        None,
    ),
    # ... a day gone by at publication: what was to happen then
    (
        f"{LEAD} Une veillée funèbre devait se tenir lundi soir à Tarija.",
        "2024-05-08",
        "veillée",
        NO_EVENT,
        None,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles", "kind"), ROWS)
def test_a_plan_of_a_day_to_come_is_announced(body, published, words, roles, kind):
    sentence = sentence_of(body, published, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
    if kind is not None:
        assert sentence.kind == kind
