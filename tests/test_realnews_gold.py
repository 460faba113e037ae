"""The real-news gold files (tests/data/realnews) agree with their articles.

Every evidence of an event or context item lies in its article exactly once and spans no
sentence end (a substring of one sentence); every not-event occurs in its article; every
article of a set is in its gold and loads as a content file; the dossiers are real
multi-outlet stories (several outlets, several days); no story is in two sets.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from timeline.articles import load_articles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eventscore import REALNEWS_SETS, load_gold  # noqa: E402

DATA = ROOT / "tests/data/realnews"
SETS = list(REALNEWS_SETS)
# sets holding a multi-outlet dossier (fresh's stories are each told on one day)
DOSSIER_SETS = [name for name in SETS if name != "fresh"]
# A sentence end inside an evidence string: final punctuation (and a closing quote) then a
# capital or an opening quote, or a line break; "M. Macron" and the like are not ends.
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bDr)[.!?…][»”\"]?\s+[A-ZÀ-ÖØ-Þ«\"“]|\n"
)


def gold_of(name: str):
    return load_gold(DATA / f"{name}-events.yml")


def bodies(name: str) -> dict[str, str]:
    return {a.path.stem: a.body for a in load_articles(DATA / name)}


@pytest.mark.parametrize("name", SETS)
def test_every_article_is_in_the_gold_and_loads(name):
    gold = gold_of(name)
    assert sorted(gold.articles.values()) == sorted(bodies(name))


@pytest.mark.parametrize("name", SETS)
def test_evidence_occurs_exactly_once_in_its_article(name):
    gold, texts = gold_of(name), bodies(name)
    items = [(g.key, g.evidence) for g in gold.events] + [(c.key, c.evidence) for c in gold.context]
    for key, evidence in items:
        for ev in evidence:
            assert ev.article is not None, key
            assert texts[ev.article].count(ev.text) == 1, (key, ev.text)
            assert not SENTENCE_END.search(ev.text), (key, ev.text)
    for ev in gold.not_events:
        assert ev.article is not None and ev.text in texts[ev.article], ev.text


@pytest.mark.parametrize("name", SETS)
def test_no_sentence_is_evidence_of_two_gold_items(name):
    gold = gold_of(name)
    seen: dict[tuple[str | None, str], str] = {}
    for key, evidence in [(g.key, g.evidence) for g in gold.events] + [
        (c.key, c.evidence) for c in gold.context
    ]:
        for ev in evidence:
            assert seen.setdefault((ev.article, ev.text), key) == key, ev.text


@pytest.mark.parametrize("name", SETS)
def test_accepted_dates_are_not_after_publication(name):
    gold = gold_of(name)
    published = {stem: dt.date.fromisoformat(stem[:10]) for stem in gold.articles.values()}
    for g in gold.events:
        latest = max(published[ev.article] for ev in g.evidence if ev.article)
        if g.kind != "announcement":
            for day in g.start.days:
                assert dt.date.fromisoformat(day) <= latest, (g.key, day)


@pytest.mark.parametrize("name", DOSSIER_SETS)
def test_dossiers_are_followed_by_several_outlets_over_several_days(name):
    gold = gold_of(name)
    sources = {a.path.stem: a.source for a in load_articles(DATA / name)}
    assert gold.dossiers
    for stems in gold.dossiers.values():
        days = {stem[:10] for stem in stems}
        assert len({sources[s] for s in stems}) >= 4 and len(days) >= 3
        dossier = gold.restricted(stems)
        several = [g for g in dossier.events if len({sources[e.article] for e in g.evidence}) > 1]
        assert len(several) >= 4


def test_no_article_or_url_is_in_two_sets():
    seen: dict[str, str] = {}
    for name in SETS:
        for article in load_articles(DATA / name):
            for key in (article.path.stem, article.url or article.path.stem):
                assert seen.setdefault(key, name) == name, (key, name, seen[key])


def test_dev_set_is_large_and_varied_enough():
    gold = gold_of("dev")
    articles = load_articles(DATA / "dev")
    assert len(articles) >= 20
    assert len({a.source for a in articles}) >= 10
    assert len({a.date.year for a in articles}) >= 5
    assert len(max(gold.dossiers.values(), key=len)) >= 8
