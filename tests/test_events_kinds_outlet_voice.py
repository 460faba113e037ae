"""Background an unseen set published (issue 9): the outlet's own reporter as the speaker of
a reporting clause ("Le club, lui, ne peut pas se passer d'un président, estime le
journaliste"), the outlet's metaphor for what ended ("Ce soir, une page de l'histoire du
club s'est tournée"): the article's commentary; and silence told ("X n'a pas pris la parole,
comme la veille", "La mairie n'a pas souhaité réagir"): no event. Invented French
of other genres, verbs and word orders, each beside a twin: a source named, an act told, an
act negated, what follows "mais", a reporting clause's content.

Each row: (body, words of the sentence, its kind or None for any kind but not-event, roles
it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

LEAD = "Le président du club, Alain Duroc, a démissionné lundi.\n\n"
PUBLISHED = "2015-05-18"

ROWS = [
    (
        LEAD + "Le club, lui, ne peut pas se passer d'un président, estime le journaliste.",
        "se passer",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (
        LEAD + "La succession s'annonce délicate, analyse notre correspondant à Lyon.",
        "délicate",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (
        LEAD + "Ce soir, une page de l'histoire du club s'est tournée.",
        "une page",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (
        LEAD + "Avec ce départ, une page se tourne à la mairie.",
        "une page",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (
        LEAD + "C'est la fin d'une époque pour les supporters du stade Bonal.",
        "la fin d'une époque",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (
        LEAD + "Assis à ses côtés, son adjoint n'a pas pris la parole, comme la veille.",
        "pris la parole",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    (LEAD + "Contactée, la mairie n'a pas souhaité réagir.", "réagir", kinds.NOT_EVENT, NO_EVENT),
    (
        LEAD + "Le propriétaire du stade n'a pas pu être joint pour commenter ces informations.",
        "joint",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
    # twins: a source named; an act told; an act negated; what follows "mais"; a reporting
    # clause's content
    (
        LEAD + "Le club ne peut pas se passer d'un président, estime le trésorier Paul Martin.",
        "se passer",
        None,
        TOLD,
    ),
    (
        LEAD + "Le conseil a tourné la page en élisant mardi son successeur.",
        "tourné la page",
        None,
        TOLD,
    ),
    (
        LEAD + "La pluie n'a pas permis aux pompiers de sauver la tribune nord.",
        "la tribune",
        None,
        TOLD,
    ),
    (
        LEAD + "Son adjoint n'a pas voulu parler, mais a lu une déclaration devant la presse.",
        "une déclaration",
        None,
        TOLD,
    ),
    (
        LEAD + "Le club a précisé que son ancien président n'avait pas pu être joint.",
        "pu être joint",
        None,
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "kind", "roles"), ROWS)
def test_the_outlets_own_voice(
    body: str, words: str, kind: str | None, roles: frozenset[str]
) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    if kind is None:
        assert sentence.kind != kinds.NOT_EVENT, sentence.text
    else:
        assert sentence.kind == kind, sentence.text
    assert sentence.role in roles, sentence.text
