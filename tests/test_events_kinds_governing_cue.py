"""A cue counts where it governs the sentence (issue 9, events lost): a word that marks a
history ("jusqu'ici", "jusqu'alors", "à plusieurs reprises"), a poll ("sondages") or a
commentary (a subject set apart before "c'est") tells what the sentence is only when it
belongs to the main clause, its verb and that verb's arguments; inside an apposition (",
jusqu'ici chargée du Logement", ", jusqu'à présent directeur adjoint"), a relative clause
("le fauteuil qu'occupait jusqu'alors X"), a participial modifier ("Affaibli dans les
sondages, le maire a ...") or the frame of a cleft ("Ce que l'on sait, c'est que X a ...")
it tells of a noun or frames the news, and the main clause's act is the news. Invented French
of several topics (sport, business, culture, local news, justice); the last rows of each
table are the twins where the cue governs: they keep the other reading with or without the
rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2022-03-16"

#: a former office or a past state told of a noun, in an apposition or a relative clause
FORMER_OFFICE = [
    (
        "Le club de Lorient a engagé mardi un nouvel entraîneur, Marc Lenoir, jusqu'ici "
        "adjoint à Brest. Il prendra ses fonctions lundi.",
        "jusqu'ici adjoint",
        TOLD,
    ),
    (
        "La direction de l'usine de Vierzon a été confiée lundi à Sophie Marchal, jusqu'alors "
        "responsable du site de Bourges. Les syndicats ont salué ce choix.",
        "jusqu'alors responsable",
        TOLD,
    ),
    (
        "Le festival d'Avignon a choisi jeudi son nouveau directeur, Paul Vidal, jusqu'à "
        "présent programmateur du théâtre municipal de Nîmes.",
        "jusqu'à présent programmateur",
        TOLD,
    ),
    (
        "Karim Benali a repris vendredi le fauteuil de président qu'occupait jusqu'ici son "
        "adjoint. Le vote a été unanime.",
        "qu'occupait jusqu'ici",
        TOLD,
    ),
    # ... the cue in the main clause: a history
    (
        "Le club de Lorient a battu Brest samedi. Il n'avait jusqu'ici jamais gagné dans ce stade.",
        "n'avait jusqu'ici jamais",
        NO_EVENT,
    ),
    (
        "La digue a cédé dimanche à Quimper. La ville a été inondée à plusieurs reprises par "
        "le passé.",
        "à plusieurs reprises",
        NO_EVENT,
    ),
    (
        "Le projet de rocade a été présenté lundi. Le maire de Vannes l'a critiqué "
        "publiquement, et à plusieurs reprises, depuis le printemps.",
        "à plusieurs reprises",
        NO_EVENT,
    ),
    (
        "L'usine de Vierzon a fermé lundi. Le maire a tenté de la sauver en intervenant à "
        "plusieurs reprises auprès du ministère.",
        "en intervenant",
        NO_EVENT,
    ),
]

#: a poll's word in a participial modifier of the subject or of a fronted complement
POLL_IN_MODIFIER = [
    (
        "Fragilisé dans les sondages, le maire de Nantes a annoncé lundi sa candidature à un "
        "troisième mandat.",
        "annoncé lundi sa candidature",
        TOLD,
    ),
    (
        "La candidate écologiste, distancée dans les sondages, a présenté mardi son programme "
        "à Lille.",
        "a présenté mardi son programme",
        TOLD,
    ),
    # ... the poll governs: its commentary
    (
        "Le maire de Nantes brigue un troisième mandat. Selon un sondage publié mardi, 52 % "
        "des électeurs approuvent son bilan.",
        "Selon un sondage",
        NO_EVENT,
    ),
    (
        "Le maire de Nantes brigue un troisième mandat. Il a gagné trois points dans les sondages.",
        "trois points dans les sondages",
        NO_EVENT,
    ),
]

#: a pseudo-cleft whose focus is a clause: the clause is the news, the frame is none
CLEFT_FOCUS = [
    (
        "Ce qu'il faut retenir, c'est que la préfecture a fermé mardi les écoles de la ville.",
        "la préfecture a fermé",
        TOLD,
    ),
    (
        "Un camion a percuté un abribus à Tours. Ce que l'on sait, c'est que le conducteur a "
        "pris la fuite samedi soir.",
        "le conducteur a pris la fuite",
        TOLD,
    ),
    # ... a frame whose focus is a noun: a characterisation
    (
        "Des heurts ont éclaté samedi à Rennes. Ce qui frappe, c'est la violence des "
        "affrontements.",
        "la violence des affrontements",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), FORMER_OFFICE)
def test_a_former_office_told_of_a_noun_is_no_history(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


@pytest.mark.parametrize(("body", "words", "roles"), POLL_IN_MODIFIER)
def test_a_poll_word_in_a_modifier_is_no_poll(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


@pytest.mark.parametrize(("body", "words", "roles"), CLEFT_FOCUS)
def test_the_focus_of_a_cleft_is_the_news(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
