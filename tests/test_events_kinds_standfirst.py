"""A page's standfirst (chapô) over a text of long paragraphs (issue 9, background
published): a text whose paragraphs tell many sentences each (``standfirst_body_sentences``
on average) and whose first paragraph is one sentence alone prints there its summary, set
apart above the story it sums up: no event, the story under it is told. A wire's lead is
one sentence too, but over paragraphs of one to three sentences that go on telling it: an
event. Invented French sentences, each row beside a twin.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2012-03-17"

SUMMARY = "Vendredi, le départ des premiers manifestants a tourné à la bagarre.\n\n"
REPORTAGE = (
    "La nuit est déchirée par les phares des tracteurs. Les moteurs font un vacarme "
    "épouvantable. Pieds au plancher, les agriculteurs contournent les barrières. En quelques "
    "minutes, une vingtaine de tracteurs s'engouffrent sur la rocade. Autour du brasero ne "
    "restent que quelques hommes. Il est deux heures du matin.\n\n"
    "Toute la journée, la tension était montée. Jeudi matin, un premier accrochage a opposé "
    "deux syndicats. Puis les responsables se sont retrouvés à la préfecture. Ils racontent "
    "qu'ils ont été reçus par le directeur de cabinet. Aucun accord n'a été trouvé."
)
WIRE = (
    "Des heurts ont éclaté vendredi à Rennes entre les manifestants.\n\n"
    "Une vingtaine de tracteurs ont bloqué la rocade.\n\n"
    "Les responsables ont été reçus jeudi à la préfecture. Aucun accord n'a été trouvé."
)

ROWS = [
    # one sentence set apart over long paragraphs: the page's summary
    (SUMMARY + REPORTAGE, "tourné à la bagarre", NO_EVENT),
    # ... the story under it is told
    (SUMMARY + REPORTAGE, "premier accrochage", TOLD),
    # ... over a wire's short paragraphs: the lead
    (SUMMARY + WIRE, "tourné à la bagarre", TOLD),
    (WIRE, "Des heurts ont éclaté", TOLD),
    # ... a first paragraph of two sentences: the story
    (
        "Vendredi, le départ des premiers manifestants a tourné à la bagarre. Deux hommes ont "
        "été blessés.\n\n" + REPORTAGE,
        "tourné à la bagarre",
        TOLD,
    ),
    # ... over one long paragraph
    (SUMMARY + REPORTAGE.split("\n\n")[0], "tourné à la bagarre", NO_EVENT),
    # ... alone: the article's lead
    (SUMMARY.strip(), "tourné à la bagarre", TOLD),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_standfirst_over_long_paragraphs_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
