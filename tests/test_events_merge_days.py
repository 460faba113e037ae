"""Merging across days: a statement dated by its page alone is uncertain (issue 9). A
morning paper relays the eve's words without naming the day; such a report may be the
statement another outlet dates the day before, and the event then takes the day that
outlet names (or, none naming it, the earliest page). Each row is a table of invented
French articles (file stems open with their day) run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import cites, dated_events_of

QUOTE = "« C'est une catastrophe pour toute la région »"
PREFECT = "le préfet du Finistère, Marc Leroy"
THURSDAY = f"{QUOTE}, a déclaré jeudi soir {PREFECT}, après l'incendie de l'usine de Landerneau."

DAYS = [
    # (case, the outlets' articles, one sentence, another, the one event's day or None:
    # two events)
    (
        "the eve's words relayed the next morning, no day named",
        {
            "2024-03-07-ouest": THURSDAY,
            "2024-03-08-matin": f"{QUOTE}, a déploré {PREFECT}.",
        },
        "ouest|a déclaré jeudi soir",
        "matin|a déploré",
        "2024-03-07",
    ),
    (
        "two pages relaying the words, neither naming the day: the earliest page's",
        {
            "2024-03-07-ouest": f"{QUOTE}, déplore {PREFECT}.",
            "2024-03-08-matin": f"{QUOTE}, a déploré {PREFECT}.",
        },
        "ouest|déplore",
        "matin|a déploré",
        "2024-03-07",
    ),
    (
        "relayed two days after: another day's words",
        {
            "2024-03-07-ouest": THURSDAY,
            "2024-03-09-samedi": f"{QUOTE}, a déploré {PREFECT}.",
        },
        "ouest|a déclaré jeudi soir",
        "samedi|a déploré",
        None,
    ),
    (
        "like words said by another person (the same words are one statement, whoever "
        "an outlet gives them to: merge.blocked)",
        {
            "2024-03-07-ouest": THURSDAY,
            "2024-03-08-matin": "« C'est une catastrophe pour toute la commune », a déploré "
            "le maire de Brest, Jean Durand.",
        },
        "ouest|a déclaré jeudi soir",
        "matin|a déploré",
        None,
    ),
    (
        "the later page names its own day",
        {
            "2024-03-07-ouest": THURSDAY,
            "2024-03-08-matin": f"{QUOTE}, a déploré vendredi matin {PREFECT}.",
        },
        "ouest|a déclaré jeudi soir",
        "matin|a déploré",
        None,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "day"), DAYS, ids=[row[0] for row in DAYS]
)
def test_a_statement_dated_by_its_page_alone_may_be_the_eves(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    day: str | None,
) -> None:
    events = dated_events_of(tmp_path, articles)
    assert any(cites(cited, one) for _, cited in events), (one, events)
    assert any(cites(cited, other) for _, cited in events), (other, events)
    together = [start for start, cited in events if cites(cited, one) and cites(cited, other)]
    assert together == ([day] if day else []), (case, events)
