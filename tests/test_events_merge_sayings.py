"""One speaker's occasions are not one statement (issue 9, ``events.sayings``): news follows
a speaker over days and channels (a claim on Wednesday, a tweet on Saturday saying the same;
an address in the night, a tweet the next day, a speech that evening, each promising the
same). Words said on two days, as each article tells its day, or on two channels of one day
(a tweet, an address, a communiqué, an interview), are two statements whatever words they
share; words said and a happening another subject relays (the media announcing a result)
are two events. One statement told by two outlets, on one day and one channel, stays one.
Invented French articles run through the whole pipeline (extraction with spaCy, assembly);
each row says which two sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

SAYINGS = [
    # (case, articles, one sentence, another, one event?)
    (
        "a claim of Wednesday and a tweet told on Saturday's page after its day",
        {
            "2015-05-20-a": "Le maire sortant Pierre Lagarde a affirmé mercredi avoir gagné "
            "l'élection, alors que le dépouillement se poursuit.",
            "2015-05-23-b": "Ce 23 mai, les médias ont annoncé l'élection d'Ana Lopes. Presque "
            "au même moment, le maire sortant a écrit sur Twitter qu'il avait gagné l'élection.",
        },
        "a|a affirmé mercredi",
        "b|a écrit sur Twitter",
        False,
    ),
    (
        "a coach's words of Monday and his words again on Thursday's page (sport)",
        {
            "2019-03-04-a": "L'entraîneur Marc Vidal a assuré lundi que son équipe jouerait "
            "le titre jusqu'au bout.",
            "2019-03-07-b": "Ce jeudi, le club a présenté son nouveau gardien. L'entraîneur "
            "Marc Vidal a répété que son équipe jouerait le titre jusqu'au bout.",
        },
        "a|a assuré lundi",
        "b|a répété que",
        False,
    ),
    (
        "a tweet and an address of one day: two channels",
        {
            "2015-05-23-a": "Ce 23 mai, Ana Lopes a été élue maire de Porto. Peu après, Ana "
            "Lopes s'est dite « honorée » sur Twitter et a promis d'être la maire de tous.",
            "2015-05-23-b": "Vers 2 heures, la candidate s'est exprimée devant ses partisans "
            "à Porto. Ana Lopes a promis d'être la maire de tous les habitants.",
        },
        "a|sur Twitter",
        "b|Ana Lopes a promis",
        False,
    ),
    (
        "a communiqué and a radio interview of one day (justice)",
        {
            "2021-06-09-a": "Dans un communiqué, l'avocat Jean Morel a dénoncé mercredi une "
            "décision « injuste » du tribunal de Lyon.",
            "2021-06-09-b": "Au micro de France Bleu, l'avocat Jean Morel a dénoncé mercredi "
            "une décision « injuste » du tribunal.",
        },
        "a|Dans un communiqué",
        "b|Au micro de France Bleu",
        False,
    ),
    (
        "the media announcing a result and the winner's promise",
        {
            "2015-05-23-a": "Ce 23 mai, les médias ont annoncé l'élection d'Ana Lopes à la "
            "mairie de Porto.",
            "2015-05-23-b": "Vers 2 heures, la candidate s'est exprimée devant ses partisans. "
            "Ana Lopes a promis de représenter toute la ville une fois élue.",
        },
        "a|les médias ont annoncé",
        "b|Ana Lopes a promis",
        False,
    ),
    (
        "one claim told by two outlets on its day, one without the day",
        {
            "2015-05-20-a": "Le maire sortant Pierre Lagarde a affirmé mercredi avoir gagné "
            "l'élection municipale de Vernon.",
            "2015-05-20-b": "Le maire sortant de Vernon, Pierre Lagarde, a affirmé avoir gagné "
            "l'élection municipale.",
        },
        "a|a affirmé mercredi",
        "b|a affirmé avoir gagné",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), SAYINGS, ids=[r[0] for r in SAYINGS]
)
def test_one_speakers_occasions_are_not_one_statement(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    together: bool,
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
