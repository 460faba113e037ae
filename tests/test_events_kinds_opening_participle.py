"""A period since ("depuis le 2 mai") inside the past participle's phrase that opens a sentence
and describes its subject, up to the comma before the main clause ("Arrêté en mars au Brésil,
où il est accusé de fraude, et assigné à résidence à Rio depuis le 2 mai, l'ancien banquier
a fui"): how long the subject's state had lasted, neither the day of the act the main clause
tells nor a state of the sentence (issue 9's other side: gold reports not published; dev27's
K3, where the tagger reads the opening participle as a noun and the relative clause cuts the
parse in two). Invented French; the last rows are the twins (the same period in the main
clause: a state since then, background).

Each row: (body, words of the sentence, roles it may have, the day that dates it or None)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, extraction_of

PUBLISHED = "2021-08-09"

ROWS = [
    (
        "Arrêté en mars au Brésil, où il est accusé de fraude, et assigné à résidence à Rio "
        "depuis le 2 mai, l'ancien banquier Paulo Reis a fui : il se trouve au Portugal.",
        "a fui",
        EVENT,
        None,
    ),
    (
        "Interpellé en juin, où il passait ses vacances, et placé en détention depuis le 2 "
        "juillet, le suspect a été libéré.",
        "libéré",
        EVENT,
        None,
    ),
    # ... the period in the main clause: the state since then
    (
        "Arrêté en mars au Brésil, l'ancien banquier est assigné à résidence à Rio depuis le 2 "
        "mai.",
        "assigné",
        NO_EVENT,
        "2021-05-02",
    ),
    (
        "Depuis le 2 mai, l'ancien banquier Paulo Reis est assigné à résidence à Rio.",
        "assigné",
        NO_EVENT,
        "2021-05-02",
    ),
]


@pytest.mark.parametrize(("body", "words", "roles", "day"), ROWS)
def test_a_period_in_an_opening_participle_dates_no_act(body, words, roles, day):
    extraction = extraction_of(body, PUBLISHED)
    [sentence] = [s for s in extraction.sentences if words in s.text]
    dated = extraction.timexes[sentence.timex].value if sentence.timex is not None else None
    assert (sentence.role in roles, dated) == (True, day)
