"""An act told after a colon that follows an opening judgement, and a person described by
what they are acting in the present of narration (issue 9, kinds lost): "La bataille des
recours commence, mais X peut déjà se réjouir : il a gagné le Michigan ..." and "Le
démocrate se voit déjà président : il a parlé de la crise ..." tell the act after the
colon, a happening of the story (not the frame's present, a description, nor the middle
voice's "se voit"); "Le candidat démocrate empoche les 16 grands électeurs de l'État" and
"L'ancien vice-président, qui a comblé son retard, mène désormais de 917 voix" are the
act's consequence told in the present of narration, as "Le centriste X quitte le ministère"
is; and so is "ainsi" after a verb in the present ("À 81 ans, le dirigeant met ainsi fin à
près d'un demi-siècle de pouvoir"), more of the act just told. Invented French of other
genres (sport, justice, culture, science, a company), other frames, verbs and subjects than
the pages', each beside a twin: a colon before a description or a figure; a plural, a thing
or a state as the subject's; "ainsi que", a state's "ainsi".

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

LEAD = "Le Tour de Bretagne s'est achevé dimanche à Rennes sous une pluie battante.\n\n"
PUBLISHED = "2015-05-03"

COLON = [
    (
        LEAD + "La saison ne fait que commencer, mais Paul Lemaire peut déjà se réjouir : il a "
        "remporté l'épreuve devant Yann Moal.",
        "se réjouir",
        EVENT,
    ),
    (
        LEAD + "L'avocate ne cache pas sa joie : son client a été relaxé par le tribunal de "
        "Rennes.",
        "sa joie",
        EVENT,
    ),
    (
        LEAD + "Le réalisateur se voit déjà à Cannes : il a présenté son film aux "
        "sélectionneurs du festival.",
        "à Cannes",
        EVENT,
    ),
    (
        LEAD + "Le laboratoire peut enfin respirer : ses chercheurs ont identifié la protéine "
        "en cause.",
        "respirer",
        EVENT,
    ),
    # twins: what follows the colon is no act in the compound past
    (
        LEAD + "Le parcours se distingue par sa difficulté : il compte dix cols.",
        "dix cols",
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Le bilan reste lourd : trois coureurs blessés, dont un grièvement.",
        "trois coureurs",
        TOLD | NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), COLON)
def test_act_after_a_colon(body: str, words: str, roles: frozenset[str]) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles, sentence.text
    if roles == EVENT:
        assert kinds.tells_act_in_clause(sentence), sentence.text
    else:
        assert not kinds.tells_act_in_clause(sentence), sentence.text


DESCRIBED = [
    (
        LEAD + "Le coureur nantais empoche les 25 points de la Coupe de France et se "
        "rapproche de la tête du classement.",
        "empoche",
        EVENT,
    ),
    (
        LEAD + "L'ancien champion, qui a comblé son retard, mène désormais le classement de "
        "la montagne.",
        "la montagne",
        EVENT,
    ),
    (
        LEAD + "La jeune skipper quitte la course après une avarie de safran.",
        "une avarie",
        EVENT,
    ),
    # twins: a plural, a thing as the subject; a state
    (
        LEAD + "Les habitants du quartier empruntent désormais la déviation.",
        "la déviation",
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Le parcours emprunte les routes du Finistère.",
        "les routes",
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Le coureur dispose désormais de trois jours pour faire appel de sa sanction.",
        "trois jours",
        TOLD | NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), DESCRIBED)
def test_person_described_acts(body: str, words: str, roles: frozenset[str]) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles, sentence.text
    assert kinds.named_subject_acts(sentence) is (roles == EVENT), sentence.text


# what the act just told brings about, "ainsi" after the verb in the present: more of it
CONSEQUENCES = [
    (
        LEAD + "À 33 ans, l'un des derniers coureurs de sa génération met ainsi fin à une "
        "carrière de quinze saisons.",
        "met ainsi fin",
        True,
        TOLD,
    ),
    (
        LEAD + "La Bretagne devient ainsi la première région à accueillir deux arrivées.",
        "devient ainsi",
        True,
        TOLD,
    ),
    # twins: "ainsi que" (and), a state, an opening "ainsi"
    (
        LEAD + "Le vainqueur remercie son équipe ainsi que ses sponsors.",
        "ses sponsors",
        False,
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Les chutes constituent ainsi le premier motif d'abandon.",
        "premier motif",
        False,
        TOLD | NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "consequence", "roles"), CONSEQUENCES)
def test_consequence_of_the_act(
    body: str, words: str, consequence: bool, roles: frozenset[str]
) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert kinds.tells_consequence(sentence) is consequence, sentence.text
    assert sentence.role in roles, sentence.text
    if consequence:
        assert sentence.role == "follow-up", sentence.text
