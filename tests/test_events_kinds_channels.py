"""A statement opened by its channel (issue 9, kinds lost on two unseen sets running): the
channel the words were said in fronted and set off by a comma ("Dans un communiqué, X
reproche aux autorités de ...", "Dans un message au peuple publié par ..., le dirigeant
explique que ...", "Sur son blog, X dénonce ...", "Dans une lettre au préfet, X demande
..."), the verb in the present of narration: the speaker's statement of the day it is told,
an event of its own when it opens its paragraph, never context nor a forecast ("comme le
prévoit la loi"). Invented French of other genres (a strike, sport, justice, science, a
disaster, culture), other channels, verbs and word orders than the pages', each beside a
twin that opens on no channel: what was said told in the past, a site or a plateau that is
a place, a time of day, a channel named after the verb, a quotation.

Each row: (body, words of the sentence, whether a channel opens it, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, TOLD, sentence_of

from timeline.events import kinds

LEAD = "La direction du groupe Ferrand a confirmé mardi la fermeture de son usine de Vierzon.\n\n"
PUBLISHED = "2015-05-12"
ANY = frozenset({"event", "follow-up", "context", "background", "aside"})

ROWS = [
    # a channel noun after "dans" or "sur" and a determiner, adjectives and complements after
    (
        LEAD + "Dans un communiqué, le délégué syndical Marc Olivier reproche à la direction "
        "de ne pas avoir présenté de plan de reprise, comme le prévoit la loi.",
        "reproche",
        True,
        EVENT,
    ),
    (
        LEAD + "Dans une lettre au préfet, le maire de Vierzon demande une réunion avec les "
        "repreneurs possibles.",
        "une réunion",
        True,
        EVENT,
    ),
    (
        LEAD + "Sur son blog, la députée de la circonscription dénonce une décision « brutale ».",
        "brutale",
        True,
        EVENT,
    ),
    (
        LEAD + "Dans un message publié par le quotidien régional, l'ancien président du club "
        "explique que son état de santé ne lui permet plus de diriger l'équipe.",
        "son état de santé",
        True,
        EVENT,
    ),
    (
        LEAD + "Dans un « message à ses supporters » publié sur le site du club, "
        "l'entraîneur répète qu'il ne quittera pas son poste.",
        "son poste",
        True,
        EVENT,
    ),
    (
        LEAD + "Dans son rapport annuel, la Cour des comptes pointe des dépenses mal maîtrisées.",
        "des dépenses",
        True,
        EVENT,
    ),
    (
        LEAD + "Dans un entretien au quotidien sportif, le sélectionneur estime que son "
        "équipe peut encore gagner le titre.",
        "le titre",
        True,
        EVENT,
    ),
    # a channel of its own words: a network, a microphone, an interview, a press conference
    (
        LEAD + "Sur Twitter, l'ancien ministre juge « indigne » la décision du tribunal.",
        "indigne",
        True,
        EVENT,
    ),
    (
        LEAD + "Au micro d'une radio locale, le capitaine des pompiers raconte qu'il a vu le "
        "toit s'effondrer.",
        "le toit",
        True,
        EVENT,
    ),
    (
        LEAD + "Interrogé par un quotidien, le volcanologue assure que l'éruption touche à sa fin.",
        "l'éruption",
        True,
        EVENT,
    ),
    (
        LEAD + "Lors d'une conférence de presse, la procureure détaille les charges retenues "
        "contre le suspect.",
        "les charges",
        True,
        EVENT,
    ),
    # twins: no channel opens the sentence, or what was said is told in the past
    (
        LEAD + "Dans un communiqué, l'Académie a salué une œuvre « d'une grande constance ».",
        "une œuvre",
        False,
        TOLD,
    ),
    (
        LEAD + "Sur le site de l'effondrement, les secouristes fouillent les décombres.",
        "les décombres",
        False,
        ANY,
    ),
    (
        LEAD + "Sur le plateau, les agriculteurs récoltent le blé depuis lundi.",
        "le blé",
        False,
        ANY,
    ),
    (
        LEAD + "Dans la soirée, le maire demande aux habitants de rester chez eux.",
        "rester chez eux",
        False,
        ANY,
    ),
    (
        LEAD + "Les syndicats dénoncent dans un communiqué une décision brutale.",
        "une décision",
        False,
        ANY,
    ),
    (
        LEAD + "« Dans une lettre, nous demandons des excuses », a déclaré le maire.",
        "des excuses",
        False,
        ANY,
    ),
]


@pytest.mark.parametrize(("body", "words", "channel", "roles"), ROWS)
def test_statement_opened_by_its_channel(
    body: str, words: str, channel: bool, roles: frozenset[str]
) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert kinds.opens_on_channel(sentence) is channel, sentence.text
    if channel:
        assert sentence.kind == kinds.STATEMENT, sentence.text
    assert sentence.role in roles, sentence.text
