"""A day inside a direct quotation that is counted from the moment of speaking ("hier",
"avant-hier", "lundi") is the speaker's: it tells what the quoted words speak of, and
anchors nothing outside the quotation (a clock time of the reporting clause, "diffusée à
12h40", is of the day the narration tells, not of the day the speaker named). Inside the
quotation it anchors as any day does; a date named in full is anyone's, and the narration
may take it up ("ce jour-là").

Rows: (text, publication date, expected surface, value). Invented articles of the shapes of
French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

QUOTED_DAYS = [
    # a clock of the reporting clause, after a day of the speaker's: the narration's day
    (
        "Le sélectionneur a défendu jeudi ses choix devant la presse. « Nous avons perdu "
        "hier un match que nous devions gagner », a reconnu l'entraîneur lors d'une "
        "conférence de presse organisée à 11h30.",
        dt.date(2019, 9, 12),
        "11h30",
        "2019-09-12T11:30",
    ),
    (
        "La directrice du CHU s'est exprimée vendredi. « Avant-hier, nous avons dû "
        "transférer douze malades vers Angers », a-t-elle expliqué lors d'un point presse "
        "à 17 heures.",
        dt.date(2021, 3, 5),
        "17 heures",
        "2021-03-05T17:00",
    ),
    # the quotation runs over two sentences
    (
        "L'avocat de la famille a réagi jeudi matin. « Mon client a appris hier soir la "
        "décision de la cour. Il est effondré », a déclaré Me Durand dans un entretien "
        "diffusé à 9h15.",
        dt.date(2018, 6, 14),
        "9h15",
        "2018-06-14T09:15",
    ),
    (
        "Le PDG a pris la parole mercredi devant les salariés. \"Lundi, j'ai signé la "
        "cession de l'usine\", a-t-il annoncé dans un message vidéo publié à 14h.",
        dt.date(2020, 1, 22),
        "14h",
        "2020-01-22T14:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), QUOTED_DAYS)
def test_a_day_of_the_speakers_anchors_nothing_out_of_the_quotation(text, dct, surface, value):
    check(text, dct, surface, value)


# the rule's bounds: each row fails under a rule that hid every day of a quotation from
# everything (the first) or every day of a quotation from what is out of it (the second)
QUOTED_DAYS_KEPT = [
    # inside the quotation, the speaker's day anchors the speaker's clock
    (
        "« Nous avons appris hier la nouvelle. A 18h, nous avons fermé les portes », a "
        "raconté le gérant du magasin.",
        dt.date(2021, 3, 5),
        "18h",
        "2021-03-04T18:00",
    ),
    # a date named in full inside the quotation: the narration takes it up
    (
        "« La dernière crue remonte au 12 mars 1998 », rappelle le maire. Ce jour-là, "
        "l'eau avait envahi la place du marché.",
        dt.date(2021, 3, 5),
        "Ce jour-là",
        "1998-03-12",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), QUOTED_DAYS_KEPT)
def test_a_quoted_day_anchors_the_quotation_and_a_full_date_anyone(text, dct, surface, value):
    check(text, dct, surface, value)
