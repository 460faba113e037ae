"""Several invented articles, one outlet each, as the merging tests write them (their file
stems open with their day): the sentences each published event of their chronology cites,
shared by ``test_events_false_merges.py`` and ``test_events_merge_recall.py``."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.articles import load_articles
from timeline.chronology import assemble_chronology
from timeline.events.extract import extract_articles


def events_of(
    tmp_path: Path, articles: dict[str, str], titles: dict[str, str] | None = None
) -> list[list[tuple[str, str]]]:
    """(article slug, sentence) of the sources of each published event, for articles
    (one outlet each; the file's stem opens with its day), each titled "Essai STEM" unless
    ``titles`` gives its stem a title of its own."""
    return [cited for _, cited in dated_events_of(tmp_path, articles, titles)]


def dated_events_of(
    tmp_path: Path, articles: dict[str, str], titles: dict[str, str] | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """``events_of`` with each event's first day (ISO)."""
    folder = tmp_path / "content"
    folder.mkdir()
    for stem, body in articles.items():
        title = json.dumps((titles or {}).get(stem, f"Essai {stem}"), ensure_ascii=False)
        front = f"---\ntitle: {title}\ndate: {stem[:10]}\nsource: {stem}\n---\n\n"
        (folder / f"{stem}.md").write_text(front + body + "\n", encoding="utf-8")
    loaded = load_articles(folder)
    chronology = assemble_chronology(loaded, extract_articles(loaded), folder)
    return [
        (event.start, [(s.article, s.sentence) for s in event.sources])
        for event in chronology.events
    ]


def cites(cited: list[tuple[str, str]], needle: str) -> bool:
    """An event's sources hold ``needle``: words of a sentence, or "STEM|words" for a
    sentence of the article whose file name ends with STEM."""
    stem, _, words = needle.rpartition("|")
    return any(words in sentence and article.endswith(stem) for article, sentence in cited)


def cited_together(events: list[list[tuple[str, str]]], one: str, other: str) -> bool:
    """Some event cites both ``one`` and ``other`` (as ``cites`` reads them)."""
    return any(cites(cited, one) and cites(cited, other) for cited in events)


def assert_cited(
    events: list[list[tuple[str, str]]], one: str, other: str, together: bool, label: object
) -> None:
    """Some event cites ``one``, some event cites ``other`` (as ``cites`` reads them), and
    one event cites both exactly when ``together``; ``label`` names the case on failure."""
    assert any(cites(cited, one) for cited in events), (one, events)
    assert any(cites(cited, other) for cited in events), (other, events)
    assert cited_together(events, one, other) == together, (label, events)
