"""The same sentence printed by two outlets is one report (issue 9, ``merge.same_print``):
an agency's copy, printed word for word by two pages that name nothing in common, is one
happening; a sentence of a few words written alike of two stories is not. Invented French
articles run through the whole pipeline (extraction with spaCy, assembly)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

COPY = "Les sapeurs-pompiers sont appelés sur les lieux en pleine nuit par un voisin."

PRINTS = [
    # (case, articles, one sentence, another, one happening?)
    (
        "an agency's sentence printed by two pages naming nothing in common",
        {
            "2022-08-09-a": f"Un incendie a détruit mardi un hangar agricole à Saint-Jory. {COPY}",
            "2022-08-09-b": f"Un hangar plein de fourrage a brûlé dans la nuit. {COPY}",
        },
        "a|Les sapeurs-pompiers",
        "b|Les sapeurs-pompiers",
        True,
    ),
    (
        "a sentence of a few words written alike of two fires",
        {
            "2022-08-09-a": "Un incendie a détruit mardi un entrepôt à Lille. Les pompiers "
            "sont intervenus rapidement.",
            "2022-08-09-b": "Un incendie a ravagé mardi une usine de Nantes. Les pompiers "
            "sont intervenus rapidement.",
        },
        "a|Les pompiers sont intervenus",
        "b|Les pompiers sont intervenus",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), PRINTS, ids=[r[0] for r in PRINTS]
)
def test_the_same_sentence_printed_by_two_outlets_is_one_report(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
