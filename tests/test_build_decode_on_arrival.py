"""A cold build's extractions decoded as each batch arrives from the workers (the building
process waits on them meanwhile), not all at once after the run (``pipeline._extract_all``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline import distributed, pipeline
from timeline.articles import load_articles


def make_articles(root: Path, count: int) -> None:
    (root / "content").mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (root / "content" / f"2015-10-{1 + i % 28:02d}-article-{i:03d}.md").write_text(
            f"---\ntitle: Article {i}\ndate: 2015-10-{1 + i % 28:02d}\nsource: Essai\n---\n\n"
            f"Le conseil municipal a voté le budget numéro {i} mardi.\n",
            encoding="utf-8",
        )


def extract(articles: list[Any]) -> list[dict[str, Any]]:
    return [{"slug": a.slug, "length": len(a.text)} for a in articles]


@pytest.mark.parametrize("batches", [[[0, 1, 2], [3, 4], [5]], [[5, 3], [0, 1, 2, 4]]])
def test_each_batch_is_decoded_when_it_arrives(
    tmp_path: Path, monkeypatch, batches: list[list[int]]
):
    """Every payload of a batch is decoded before the next batch arrives (in the order the
    batches arrive, whatever it is), stored in the cache as the worker's text, and the
    payloads are those of the texts."""
    make_articles(tmp_path, 6)
    articles = load_articles(tmp_path / "content")
    keys = [pipeline.article_key(a) for a in articles]
    decoded: list[int] = []
    at_arrival: list[list[int]] = []

    def run_batches(items, todo, task, store, **kwargs) -> distributed.RunReport:
        assert sorted(todo) == list(range(6))
        for batch in batches:
            at_arrival.append(list(decoded))
            store(list(zip(batch, task([items[i] for i in batch]), strict=True)))
        return distributed.RunReport(kwargs["plan"])

    def decode(payload: dict[str, Any]) -> Any:
        decoded.append(next(i for i, a in enumerate(articles) if a.slug == payload["slug"]))
        return ("decoded", payload["slug"], payload["length"])

    monkeypatch.setattr(distributed, "run_batches", run_batches)
    settings = pipeline.BuildSettings(root=tmp_path, workers=2, progress=False)
    stats = pipeline.BuildStats()
    with pipeline._open_cache(settings, stats, "rules") as cache:
        payloads = pipeline._extract_all(
            settings, stats, cache, articles, keys, extract, decode=decode, progress=lambda n: None
        )
        stored = cache.get_many(keys)
    arrived = [i for batch in batches for i in batch]
    assert at_arrival == [arrived[: sum(map(len, batches[:k]))] for k in range(len(batches))]
    assert decoded == arrived
    assert payloads == [("decoded", a.slug, len(a.text)) for a in articles]
    assert [stored[key] for key in keys] == [json.loads(json.dumps(p)) for p in extract(articles)]
