"""What the article reads in what it told, in any tense by nobody quoted (issue 9,
background published): an interpretation by people unnamed ("Certains ont vu dans son
discours un jugement de Salomon"), what an act did not do to those it was for ("X n'a ni
désamorcé la crise ni rassuré les routiers"), rumours going round ("Plusieurs hypothèses
circulaient chez les députés"), the intent read behind an act ("En réalité, X a voulu ..."),
a consequence the article draws ("Il en résulte une situation cocasse"). Invented French, in
the shapes of an opinion piece's and of stored pages' lines ("les spéculations sur un
éventuel candidat de substitution vont bon train"), other verbs, tenses and word orders,
each beside a twin that tells the story: someone named reads it, a toll in "ni ... ni", an
act that was tried, rumours denied.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

LEAD = "Le président Marc Delorme a décidé lundi de retirer la taxe sur le gazole.\n\n"
PUBLISHED = "2009-06-16"

ROWS = [
    # an interpretation by people unnamed
    (LEAD + "Certains ont vu dans son discours un jugement de Salomon.", "Salomon", NO_EVENT),
    (LEAD + "D'aucuns y voient un aveu de faiblesse.", "aveu", NO_EVENT),
    (LEAD + "Beaucoup y ont vu une provocation envers les routiers.", "provocation", NO_EVENT),
    (
        LEAD + "Plusieurs observateurs voyaient déjà dans ce recul la fin d'une époque.",
        "fin d'une époque",
        NO_EVENT,
    ),
    # ... twin: someone named reads it: a statement
    (
        LEAD + "Le secrétaire général du parti a vu dans ce recul « un défi à la démocratie ».",
        "un défi",
        TOLD,
    ),
    # what an act did not do to those it was for
    (
        LEAD + "Monté au créneau lundi, Delorme n'a ni désamorcé la crise ni rassuré les routiers.",
        "désamorcé",
        NO_EVENT,
    ),
    (LEAD + "Son intervention télévisée n'a pas convaincu les syndicats.", "convaincu", NO_EVENT),
    (LEAD + "Le discours du ministre n'a rassuré personne.", "rassuré personne", NO_EVENT),
    (
        LEAD + "Cette explication n'a convaincu ni les jeunes, ni les élus, ni les syndicats.",
        "explication",
        NO_EVENT,
    ),
    # ... twins: a toll in "ni ... ni", a denial: what happened
    (LEAD + "Le séisme n'a fait ni morts ni blessés, selon la préfecture.", "ni morts", TOLD),
    # rumours going round, the sentence's subject
    (LEAD + "Jeudi, plusieurs hypothèses circulaient chez les députés.", "hypothèses", NO_EVENT),
    (
        LEAD + "Les spéculations sur un éventuel remplaçant vont bon train à droite.",
        "spéculations",
        NO_EVENT,
    ),
    # ... twin: rumours someone denies
    (
        LEAD + "Le ministre a démenti mardi les rumeurs qui circulent sur sa démission.",
        "démenti",
        TOLD,
    ),
    # the intent read behind an act
    (
        LEAD + "En réalité, M. Delorme a voulu à la fois sauver la face et répondre aux routiers.",
        "sauver la face",
        NO_EVENT,
    ),
    (
        LEAD + "Au fond, le gouvernement a surtout voulu gagner du temps avant l'été.",
        "gagner du temps",
        NO_EVENT,
    ),
    # ... twin: an act tried
    (
        LEAD + "En fait, les secours ont tenté de le réanimer pendant une heure.",
        "réanimer",
        TOLD,
    ),
    # a consequence the article draws
    (
        LEAD + "Il en résulte une situation cocasse : une taxe votée mais jamais perçue.",
        "cocasse",
        NO_EVENT,
    ),
    (LEAD + "Il en découle une grande confusion chez les transporteurs.", "confusion", NO_EVENT),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_what_the_article_reads(body: str, words: str, roles: frozenset[str]) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles, (sentence.text, sentence.kind, sentence.role)
