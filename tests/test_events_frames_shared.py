"""One act of several people told part by part is one happening (issue 9,
``frames.mark_shared``): a verb told of what undergoes it with an adverb of addition or of
simultaneity ("dans le même temps", "au même moment", "eux aussi") tells its act as
befalling others too: a part of the act its article told before on that day, with another
outlet's report of that act naming one of its people, and the plural told of the act in
that outlet ("Les trois mineurs ont tous été remontés"). And its veto: the same act told in
the pluperfect in an article that tells it in the compound past is an earlier act, another
happening ("une trentaine de militants avaient été libérés" / "les journalistes ont été
libérés": an exchange, one verb for two acts; ``frames.earlier_act``, a veto of
merging). Invented French articles of topics no development set tells, run through the
whole pipeline, written before the tool ran on them; each row fails on main."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.articles import load_articles
from timeline.events import merge
from timeline.events.assemble import merge_reports
from timeline.events.extract import extract_articles
from timeline.events.frames import earlier_act

ONE_ACT_OF_SEVERAL = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two outlets: three miners brought up one by one, then all three",
        {
            "2024-02-08-a": "Le mineur Pablo Ortega a été remonté jeudi à la surface "
            "après trois jours sous terre. Son collègue Luis Ferrer a été remonté dans le "
            "même temps.",
            "2024-02-08-b": "Les trois mineurs bloqués dans le puits de Mieres ont tous été "
            "remontés jeudi soir.",
        },
        "a|Luis Ferrer a été remonté dans le même temps",
        "b|ont tous été remontés",
        True,
    ),
    (
        "two outlets: a skipper rescued, his crewmate at the same moment",
        {
            "2024-11-18-a": "Le skipper Jean Morel a été secouru lundi au large des Açores. "
            "Son équipier, Luc Fabre, a été secouru au même moment.",
            "2024-11-19-b": "Jean Morel a été secouru lundi par un cargo norvégien.",
        },
        "a|Luc Fabre, a été secouru au même moment",
        "b|Jean Morel a été secouru lundi par un cargo",
        True,
    ),
]

EARLIER_ACT_OF_THE_KIND = [
    # (case, article, the act told in the pluperfect, the act told in the compound past)
    (
        "militants freed early in the week, the journalists freed on Thursday",
        "Les deux journalistes Paul Vidal et Marc Rey ont été libérés jeudi par la junte. "
        "En début de semaine, une trentaine de militants avaient été libérés par la junte.",
        "une trentaine de militants",
        "Les deux journalistes",
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    ONE_ACT_OF_SEVERAL,
    ids=[row[0] for row in ONE_ACT_OF_SEVERAL],
)
def test_one_act_of_several(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


@pytest.mark.parametrize(
    ("case", "body", "earlier", "later"),
    EARLIER_ACT_OF_THE_KIND,
    ids=[row[0] for row in EARLIER_ACT_OF_THE_KIND],
)
def test_earlier_act_of_the_kind_is_another_happening(
    tmp_path: Path, case: str, body: str, earlier: str, later: str
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "2024-04-11-a.md").write_text(
        f"---\ntitle: Essai\ndate: 2024-04-11\nsource: a\n---\n\n{body}\n", encoding="utf-8"
    )
    articles = load_articles(folder)
    reports = merge_reports(articles, extract_articles(articles), folder)
    merge.mark_parts(reports)
    one = next(r for r in reports if earlier in r.sentence)
    other = next(r for r in reports if later in r.sentence)
    assert merge.blocked(one, other) and earlier_act(one, other), case
