"""A speaker's words recalled in the pluperfect, with no occasion named anywhere, are the
one unnamed occasion another outlet tells of that speaker's day only when what they say
meets (issue 9, ``frames.mark_declarations``, ``frames._recalled_apart``): "En milieu de
semaine, X avait martelé que ..." (an article of the Saturday) is no part of "X a répondu
jeudi que le navire poursuivait sa « croisière »" (dev29), "Le matin, X avait ..." no part of
"Un peu plus tôt dans l'après-midi, X a demandé ..." (dev9's shape); "X avait dénoncé la « part de
cynisme »" is "X a parlé du « cynisme »" retold. Words told in the past by both outlets are
one unnamed occasion whatever each quotes ("Guy Dollé a affirmé lundi ..." / "« ... », a
estimé lundi Guy Dollé", dev8). Invented French articles run through the whole pipeline;
each row says which two sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

RECALLED = [
    # (case, articles, one sentence, another, one statement?)
    (
        "words recalled two days later, meeting none of the day's account: two statements",
        {
            "2024-05-16-a": "Paul Girard a estimé jeudi que la situation était « très "
            "préoccupante ».",
            "2024-05-18-b": "Le conseil municipal de Brest s'est réuni vendredi. Jeudi, Paul "
            "Girard avait dénoncé « l'abandon de l'État ».",
        },
        "a|très préoccupante",
        "b|l'abandon de l'État",
        False,
    ),
    (
        "words recalled the next day from another moment of that day: two statements",
        {
            "2024-05-13-a": "Dans l'après-midi, Paul Girard a demandé lundi à être déchargé "
            "de sa mission de médiateur.",
            "2024-05-14-b": "Lundi matin, Paul Girard avait jugé « encore possible » un "
            "accord entre les deux syndicats.",
        },
        "a|déchargé",
        "b|encore possible",
        False,
    ),
    (
        "words recalled two days later, meeting the day's account: one statement",
        {
            "2024-05-16-a": "Paul Girard a estimé jeudi que la fermeture du quai était « une "
            "erreur ».",
            "2024-05-18-b": "Le conseil municipal de Brest s'est réuni vendredi. Jeudi, Paul "
            "Girard avait dénoncé la fermeture du quai.",
        },
        "a|une erreur",
        "b|avait dénoncé la fermeture",
        True,
    ),
    (
        "words told in the past by both outlets, quoting other things: one statement",
        {
            "2024-05-13-a": "Paul Girard a estimé lundi que la situation était « très "
            "préoccupante ».",
            "2024-05-13-b": "« Nous ne lâcherons rien », a déclaré lundi Paul Girard.",
        },
        "a|très préoccupante",
        "b|Nous ne lâcherons rien",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), RECALLED, ids=[r[0] for r in RECALLED]
)
def test_words_recalled_in_the_pluperfect_join_the_days_account_when_they_meet(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
