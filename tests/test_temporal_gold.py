"""The tagger against gold data: the seed page (and its articles) and French TimeBank dev.

Floors sit slightly below what the tagger reaches (seed: value-F1 1.00, strict 1.00; FTiB
dev: value-F1 0.90, strict 0.92 when written; FTiB leaves "depuis" out of durations, the
seed gold keeps it, and so does the tagger), so a regression fails here. Full figures:
``bench/tagger.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.articles import load_articles
from timeline.temporal import tag
from timeline.temporal.evaluate import evaluate, gold_doc_from_seed, load_seed_gold

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
SEED = load_seed_gold(DATA / "seed" / "seed-timex.yml")


def system_doc(doc_id: str, text: str, dct: dt.date, shift: int = 0) -> dict:
    timexes = []
    for timex in tag(text, dct):
        data = timex.to_dict()
        data["start"] += shift
        data["end"] += shift
        timexes.append(data)
    return {"doc_id": doc_id, "timexes": timexes}


@pytest.fixture(scope="module")
def seed_score():
    text = (DATA / "seed" / "000_2c733891f9fe3bf4.txt").read_text(encoding="utf-8")
    gold = gold_doc_from_seed(SEED, "seed", text, SEED.dct)
    return evaluate([gold], [system_doc("seed", text, dt.date(2015, 10, 7))])


def test_seed_page_every_expression_with_an_accepted_value(seed_score):
    assert seed_score.gold == 20
    assert seed_score.value.f1 == 1.0, seed_score.errors


def test_seed_page_strict_extents(seed_score):
    assert seed_score.strict.f1 >= 0.95, seed_score.errors


def test_seed_page_no_negative_tagged(seed_score):
    assert seed_score.negatives_total > 0
    assert seed_score.negatives_tagged == []


def test_seed_articles_in_content():
    articles = load_articles(ROOT / "content")
    assert len(articles) == 4
    golds, systems = [], []
    for article in articles:
        gold = gold_doc_from_seed(SEED, article.slug, article.text, article.date)
        golds.append(gold)
        systems.append(system_doc(article.slug, article.body, article.date, article.body_start))
    score = evaluate(golds, systems)
    assert score.gold == 19  # the page header's date is front matter, not body text
    assert score.value.f1 == 1.0, score.errors
    assert score.negatives_tagged == []


@pytest.fixture(scope="module")
def ftib_score():
    with (DATA / "ftib" / "dev.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    systems = [system_doc(d["doc_id"], d["text"], dt.date.fromisoformat(d["dct"])) for d in docs]
    return evaluate(docs, systems)


def test_ftib_dev_value_f1(ftib_score):
    assert ftib_score.gold == 230
    assert ftib_score.value.f1 >= 0.89


def test_ftib_dev_strict_extent_f1(ftib_score):
    assert ftib_score.strict.f1 >= 0.91
    assert ftib_score.relaxed.f1 >= 0.94
