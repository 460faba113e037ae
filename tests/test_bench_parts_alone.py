"""bench/parts_alone.py: an article's part of assembly made alone and renamed into a set's
entity ids, compared with the part the set makes of it. Invented articles: a minister named
in full in one article and as "Mme" and her surname in the next (alone, the surname is its own
id; in the set, the full name's), a fire with no name in common."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import parts_alone  # noqa: E402

from timeline.articles import load_articles  # noqa: E402
from timeline.events.entities import Mention  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402

ARTICLES = {
    "2025-03-03-pont.md": (
        "Pont",
        "La ministre Hélène Garnier a inauguré lundi le nouveau pont de Saumur. "
        "Hélène Garnier a salué le travail des ouvriers.",
    ),
    "2025-03-04-usine.md": (
        "Usine",
        "Mme Garnier a annoncé mardi la fermeture de l'usine de Vierzon. Elle a promis "
        "un plan de reclassement pour les salariés.",
    ),
    "2025-03-05-grange.md": (
        "Grange",
        "Un incendie a détruit mercredi une grange près de Chinon. Les pompiers sont "
        "restés sur place toute la nuit.",
    ),
}


def placeholder(n: int) -> str:
    return f"\ue000{n:04d}\ue001"


def mention(start: int, surface: str, entity: str) -> Mention:
    return Mention(start, start + len(surface), surface, entity, "")


CORRESPONDENCES = {
    "the same names, other ids": (
        [mention(0, "Garnier", placeholder(0)), mention(20, "Saumur", placeholder(1))],
        [mention(0, "Garnier", "helene-garnier"), mention(20, "Saumur", "saumur")],
        "",
        {0: "helene-garnier", 1: "saumur"},
    ),
    "another surface": (
        [mention(0, "Garnier", placeholder(0))],
        [mention(0, "Garnie", "helene-garnier")],
        "mentions differ",
        {},
    ),
    "one name alone, two in the set": (
        [mention(0, "Garnier", placeholder(0)), mention(20, "Garnier", placeholder(0))],
        [mention(0, "Garnier", "helene-garnier"), mention(20, "Garnier", "paul-garnier")],
        "not one to one",
        {},
    ),
    "two names alone, one in the set": (
        [mention(0, "Garnier", placeholder(0)), mention(20, "Saumur", placeholder(1))],
        [mention(0, "Garnier", "saumur"), mention(20, "Saumur", "saumur")],
        "not one to one",
        {},
    ),
}


@pytest.mark.parametrize("name", sorted(CORRESPONDENCES))
def test_names_correspond_only_mention_for_mention_one_to_one(name):
    mine, theirs, why, names = CORRESPONDENCES[name]
    assert parts_alone.correspondence({0: mine}, {0: theirs}) == (why, names)


def test_placeholders_are_renamed_wherever_they_are_written():
    value = {"speakers": {3: placeholder(1)}, "words": ["@" + placeholder(0), "pont"]}
    names = {0: "saumur", 1: "helene-garnier"}
    assert parts_alone.renamed(value, names, 2) == {
        "speakers": {3: "helene-garnier"},
        "words": ["@saumur", "pont"],
    }


def test_a_part_made_alone_and_renamed_is_the_sets(tmp_path, capsys):
    folder = tmp_path / "content"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        text = f'---\ntitle: "{title}"\ndate: {name[:10]}\nsource: essai\n---\n\n{body}\n'
        (folder / name).write_text(text, encoding="utf-8")
    articles = load_articles(folder)
    parts_alone.measure("essai", articles, extract_articles(articles), folder)
    told = capsys.readouterr().out
    assert "names the same up to the ids: 3" in told
    assert "some ids other than alone: 1" in told  # "Mme Garnier": Hélène Garnier's
    assert "renamed part the same: 3" in told
