"""Who says what, and when it was said (issue 9): a trailing reporting clause followed by a
clause about its speaker ("..., déclare le préfet, qui appelle « ... »"), or after "comme"
("..., comme l'ont précisé les pompiers"); direct speech in a paragraph of its own whose
trailing clause names a speaker with a verb that does not say the same speech goes on is a
statement of its own, said the day it is told (not a follow-up of a figure dated by a
quarter), while "a ajouté", "a-t-il précisé" go on with the speech before. One row per
phenomenon, invented French news sentences, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

from timeline.events.features import reporting_clause, speaks_anew
from timeline.events.sentences import normalize

# (sentence, reporting verb, speaker): the trailing reporting clause is found
CLAUSES = [
    # a clause about the speaker, with quotes in it, after the reporting clause
    (
        "Il n'y a « pas de danger » dans la fumée, déclare Pierre Martin, le préfet de la "
        "région, qui appelle « par précaution » à rester chez soi.",
        "déclare",
        "Pierre Martin",
    ),
    (
        "« Nous sommes sortis de la crise », s'est félicité le ministre, pour qui « cela "
        "présage une reprise ».",
        "félicité",
        "le ministre",
    ),
    # the relative pronoun ends the speaker
    (
        "La vigilance orange est maintenue, précise l'institut qui prévoit une « accalmie ».",
        "précise",
        "l'institut",
    ),
    # "comme" before the reporting clause
    (
        "Deux ouvriers sont toujours portés disparus, comme l'ont précisé les pompiers.",
        "précisé",
        "les pompiers",
    ),
    (
        "La route restera fermée jusqu'à lundi, comme le précise le maire.",
        "précise",
        "le maire",
    ),
    # "renchérir": another speaker going further
    (
        "« Les objectifs sont tenus », a renchéri le Premier ministre sur Twitter.",
        "renchéri",
        "le Premier ministre",
    ),
]


@pytest.mark.parametrize(("text", "verb", "speaker"), CLAUSES)
def test_the_trailing_reporting_clause_and_its_speaker(text, verb, speaker):
    text = normalize(text)
    found = reporting_clause(text)
    assert found is not None and found["kind"] == "trailing"
    assert found["verb"] == verb
    start, end = found["speaker"]
    assert text[start:end] == speaker


# (reporting verb, speaker as written, a new statement)
ANEW = [
    ("expliqué", "le ministre des Finances", True),
    ("renchéri", "le Premier ministre", True),
    ("précise", "la préfecture", True),
    ("ajouté", "le ministre", False),  # the same speech goes on
    ("poursuit", "la juge", False),
    ("précisé", "", False),  # "a-t-il précisé": nobody named
    ("précise", "-t-elle", False),
    ("dit", "il", False),
]


@pytest.mark.parametrize(("verb", "speaker", "anew"), ANEW)
def test_a_named_speaker_with_a_verb_of_saying_speaks_anew(verb, speaker, anew):
    assert speaks_anew(verb, speaker) is anew


# (body, publication day, words of the sentence, role, kind, day it is dated or None)
SAID = [
    # a paragraph of direct speech whose speaker is named: a statement of its own, said
    # the day it is told, not a follow-up of the figure dated by a quarter
    (
        "L'économie française a progressé de 0,4 % au deuxième trimestre, selon l'Insee.\n\n"
        "« La croissance sera d'au moins 1 % cette année », a expliqué la ministre de "
        "l'Économie Claire Dubois.",
        "2024-07-30",
        "au moins 1 %",
        "event",
        "statement",
        "2024-07-30",
    ),
    # ... but "a ajouté" goes on with the speech before: a follow-up
    (
        "« Nous ne céderons pas », a déclaré mardi le ministre de l'Intérieur.\n\n"
        "« La sécurité des Français passe avant tout », a ajouté le ministre.",
        "2024-03-14",
        "passe avant tout",
        "follow-up",
        "happening",
        None,
    ),
    # a reporting clause with a clause about its speaker, quotes included
    (
        "Un incendie s'est déclaré mardi soir dans un entrepôt de Lille.\n\n"
        "La fumée « ne présente pas de danger », déclare Pierre Martin, le préfet de la "
        "région, qui appelle « par précaution » à rester chez soi.",
        "2024-03-14",
        "pas de danger",
        "event",
        "statement",
        "2024-03-14",
    ),
    # said before the day its paragraph goes on to narrate: said the day it is told
    (
        "« Le navire flotte à nouveau », a annoncé le porte-parole Ahmed Saleh. Le "
        "porte-conteneurs s'était échoué la veille, dimanche 28 mars, dans le canal.",
        "2021-03-29",
        "flotte à nouveau",
        "event",
        "statement",
        "2021-03-29",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "role", "kind", "day"), SAID)
def test_what_someone_named_says_and_when(body, published, words, role, kind, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == (role, kind)
    if day is None:
        assert sentence.date is None
    else:
        assert sentence.date is not None and sentence.date.start == day
