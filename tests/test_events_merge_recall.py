"""Merging's recall: evidence that two reports tell the same happening although their words
differ (issue 9). Each phenomenon is a table of invented French articles run through the
whole pipeline (extraction with spaCy, assembly), a must-merge row beside a must-not-merge
twin, checking which sentences end up cited by one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.articles import load_articles
from timeline.chronology import assemble_chronology
from timeline.events.extract import extract_articles


def events_of(tmp_path: Path, articles: dict[str, str]) -> list[list[tuple[str, str]]]:
    """(article slug, sentence) of the sources of each published event, for articles
    (one outlet each; the file's stem opens with its day)."""
    folder = tmp_path / "content"
    folder.mkdir()
    for stem, body in articles.items():
        front = f'---\ntitle: "Essai {stem}"\ndate: {stem[:10]}\nsource: {stem}\n---\n\n'
        (folder / f"{stem}.md").write_text(front + body + "\n", encoding="utf-8")
    loaded = load_articles(folder)
    chronology = assemble_chronology(loaded, extract_articles(loaded), folder)
    return [[(s.article, s.sentence) for s in event.sources] for event in chronology.events]


def cites(cited: list[tuple[str, str]], needle: str) -> bool:
    """An event's sources hold ``needle``: words of a sentence, or "STEM|words" for a
    sentence of the article whose file name ends with STEM."""
    stem, _, words = needle.rpartition("|")
    return any(words in sentence and article.endswith(stem) for article, sentence in cited)


def check(tmp_path: Path, articles: dict[str, str], together: bool, one: str, other: str) -> None:
    events = events_of(tmp_path, articles)
    assert any(cites(cited, one) for cited in events), (one, events)
    assert any(cites(cited, other) for cited in events), (other, events)
    found = any(cites(cited, one) and cites(cited, other) for cited in events)
    assert found == together, (one, other, events)


COLLAPSE = "Deux immeubles se sont effondrés lundi matin rue de la Paix à Lyon."

# --- a definite noun naming the article's own happening retells its lead ---------------------

RETOLD = [
    # (case, article, one of its sentences, another, one happening?)
    (
        "les faits: the lead's collapse",
        f"{COLLAPSE} Les faits se sont produits peu avant 9 heures dans le quartier de Perrache.",
        "Deux immeubles",
        "Les faits se sont produits",
        True,
    ),
    (
        "le drame: the lead's fire",
        "Un incendie a ravagé dimanche un entrepôt de Brest. Le drame s'est produit vers "
        "3 heures du matin près du port de commerce.",
        "Un incendie a ravagé",
        "Le drame s'est produit",
        True,
    ),
    (
        "un accident: another happening, told as new",
        f"{COLLAPSE} Un accident s'est produit peu avant 9 heures dans le quartier de Perrache.",
        "Deux immeubles",
        "Un accident s'est produit",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "one", "other", "together"), RETOLD, ids=[r[0] for r in RETOLD]
)
def test_a_definite_noun_of_the_happening_taking_place_retells_the_lead(
    tmp_path, case, body, one, other, together
):
    check(tmp_path, {"2024-03-04-lyon": body}, together, one, other)
