"""Search entries of the generated event and source pages (search_index.py), on the seed
chronology of tests/site_fixture.py, and their addition to Material's search index."""

from __future__ import annotations

import copy
import functools
import html
import json
import logging
import os
import re
from pathlib import Path

import pytest
import yaml
from mkdocs.utils import get_relative_url
from site_fixture import ROOT, SEED_EVENT_IDS, make_chronology

from timeline.articles import load_articles
from timeline.mkdocs_plugin import search_index
from timeline.mkdocs_plugin.pages import SitePages
from timeline.mkdocs_plugin.search_index import entries, extend_search_index
from timeline.present.labels import long_date
from timeline.records import Chronology, Event, Source

CONTENT = ROOT / "content"
ALLOWED_TAG = re.compile(r"</?p>")


def site_of(chronology: Chronology) -> SitePages:
    articles = {a.slug: a for a in load_articles(CONTENT)}
    return SitePages(
        chronology,
        articles,
        url_of=lambda uri: uri.removesuffix("index.md"),
        relative=get_relative_url,
    )


@functools.cache
def _seed() -> tuple[SitePages, list[dict[str, str]]]:
    site = site_of(make_chronology(CONTENT))
    return site, entries(site)


@pytest.fixture
def seed() -> tuple[SitePages, list[dict[str, str]]]:
    return _seed()


def squeeze(text: str) -> str:
    """ASCII whitespace collapsed; no-break spaces (French typography) kept."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def by_location(found: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {entry["location"]: entry for entry in found}


# -- entries --------------------------------------------------------------------------------


def test_one_entry_per_event_entity_day_and_source_page(seed):
    site, found = seed
    expected = [e.url for e in site.chronology.events]
    expected += [site.article_urls[a.slug] for a in site.chronology.articles]
    expected += [e.url for e in site.entities.values()] + [d.url for d in site.days.values()]
    assert sorted(entry["location"] for entry in found) == sorted(expected)
    assert len(set(expected)) == len(expected)
    assert len(found) >= len(SEED_EVENT_IDS) + len(list(CONTENT.glob("*.md")))
    for entry in found:
        boosted = entry["location"].startswith(("entites/", "jours/"))
        keys = {"location", "title", "text"} | ({"boost"} if boosted else set())
        assert set(entry) == keys, entry["location"]


def test_entity_entries_carry_every_alias_in_the_title_and_are_boosted(seed):
    site, found = seed
    located = by_location(found)
    prose = max(entry.get("boost", 1.0) for entry in found)
    for entity in site.entities.values():
        entry = located[entity.url]
        for name in (entity.name, *entity.aliases):
            assert html.escape(name, quote=False) in entry["title"], (entity.id, name)
        for event in site.events_of_entity(entity):
            assert html.escape(squeeze(event.title), quote=False) in entry["text"]
        assert entry["boost"] > 1 and entry["boost"] == prose  # the highest of all entries
    assert any(e.aliases for e in site.entities.values())


def test_day_entries_name_the_day_and_its_events(seed):
    site, found = seed
    located = by_location(found)
    assert site.days
    for day in site.days.values():
        entry = located[day.url]
        assert entry["title"] == html.escape(long_date(day.day, weekday=True), quote=False)
        assert day.day in entry["text"]
        for event in (*day.starting, *day.continuing):
            assert html.escape(squeeze(event.title), quote=False) in entry["text"]
        assert entry["boost"] > 1


@pytest.mark.parametrize("event_id", SEED_EVENT_IDS)
def test_event_entry_says_what_the_page_says(seed, event_id):
    site, found = seed
    event = site.events[event_id]
    entry = by_location(found)[f"evenements/{event_id}/"]
    assert entry["title"] == html.escape(event.title, quote=False)
    text = entry["text"]
    assert html.escape(event.display_date, quote=False) in text
    for source in event.sources:
        assert f"<p>{html.escape(squeeze(source.sentence), quote=False)}</p>" in text
        assert html.escape(site.refs[source.article].title, quote=False) in text
    for eid in (*event.actors, *event.places, *event.organizations):
        assert html.escape(site.entities[eid].name, quote=False) in text
        for alias in site.entities[eid].aliases:  # "Daech" finds the Etat islamique's events
            assert html.escape(alias, quote=False) in text
    assert squeeze(text) == text


@pytest.mark.parametrize(
    ("event_id", "period"),
    [
        ("2015-10-03-violations-espace-aerien-turc", "du 3 au 4 octobre 2015"),
        ("2015-09-30-frappes-aeriennes-russes", "du 30 septembre au 7 octobre 2015 (en cours)"),
        ("2014-10-07-coalition-frappes-quotidiennes", "début avant le 7 octobre 2014"),
    ],
)
def test_interval_entries_give_the_period(seed, event_id, period):
    _, found = seed
    assert html.escape(period, quote=False) in by_location(found)[f"evenements/{event_id}/"]["text"]


def test_source_entry_has_outlet_date_and_every_paragraph(seed):
    site, found = seed
    located = by_location(found)
    for ref in site.chronology.articles:
        entry = located[site.article_urls[ref.slug]]
        assert entry["title"] == html.escape(ref.title, quote=False)
        assert html.escape(ref.source, quote=False) in entry["text"]
        assert long_date(ref.date, weekday=True) in entry["text"]
        article = site.articles[ref.slug]
        paragraphs = article.paragraphs()
        assert len(paragraphs) > 1
        for start, end in paragraphs:
            body = html.escape(squeeze(article.text[start:end]), quote=False)
            assert body in entry["text"], body[:60]


def test_only_paragraph_markup_in_entries(seed):
    _, found = seed
    for entry in found:
        assert "<" not in entry["title"]
        assert "<" not in ALLOWED_TAG.sub("", entry["text"]), entry["location"]


HOSTILE = "R&D <script>alert(1)</script> > fin"


@pytest.mark.parametrize("field", ["title", "summary", "sentence", "entity", "article_title"])
def test_untrusted_text_is_escaped(field):
    chronology = make_chronology(CONTENT)
    event = chronology.events[0]
    if field == "title":
        event.title = HOSTILE
    elif field == "summary":
        event.summary = HOSTILE
    elif field == "sentence":
        event.sources.append(Source(event.sources[0].article, None, 1, HOSTILE))
    elif field == "entity":
        chronology.entities[0].name = HOSTILE
        event.actors.append(chronology.entities[0].id)
    else:
        chronology.articles[0].title = HOSTILE
        slug = chronology.articles[0].slug
        event.sources.append(Source(slug, None, 1, "Une phrase."))
    found = entries(site_of(chronology))
    everything = json.dumps(found, ensure_ascii=False)
    assert "<script>" not in everything
    assert "R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; &gt; fin" in everything
    for entry in found:
        assert "<" not in ALLOWED_TAG.sub("", entry["text"])


def test_an_event_without_sources_or_entities_still_has_its_entry():
    bare = Event("2015-10-05-bare", "2015-10-05", "2015-10-05", "day", None, "Nu", "", "x")
    site = site_of(make_chronology(CONTENT, extra_events=[bare]))
    entry = by_location(entries(site))["evenements/2015-10-05-bare/"]
    assert entry == {
        "location": "evenements/2015-10-05-bare/",
        "title": "Nu",
        "text": "<p>lundi 5 octobre 2015</p>",
    }


def test_generated_event_and_source_pages_are_excluded_from_material_search(seed):
    site, _ = seed
    pages = site.render_all()
    generated = [site.layout.event(e) for e in SEED_EVENT_IDS]
    generated += [site.layout.source(a.slug) for a in site.chronology.articles]
    for uri in generated:
        meta = yaml.safe_load(pages[uri].split("---\n", 2)[1])
        assert meta["search"] == {"exclude": True}, uri


# -- extend_search_index ----------------------------------------------------------------------

CONFIG = {"lang": ["fr"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]}
HAND = [
    {"location": "", "title": "Chronologie", "text": "<p>accueil</p>"},
    {"location": "guide/", "title": "Guide", "text": "<p>installer</p>"},
]
OURS = [
    {"location": "evenements/a/", "title": "A", "text": "<p>a</p>"},
    {"location": "sources/b/", "title": "B", "text": "<p>b</p>"},
]


def write_index(site_dir: Path, docs: list[dict[str, str]]) -> Path:
    path = site_dir / "search" / "search_index.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"config": CONFIG, "docs": docs}, separators=(",", ":")))
    return path


def test_extend_appends_and_keeps_the_rest(tmp_path):
    path = write_index(tmp_path, HAND)
    assert extend_search_index(tmp_path, OURS) is True
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"config": CONFIG, "docs": HAND + OURS}


def test_extend_replaces_entries_of_the_same_pages(tmp_path):
    stale = [
        {"location": "evenements/a/", "title": "old", "text": ""},
        {"location": "evenements/a/#audit", "title": "old section", "text": ""},
    ]
    path = write_index(tmp_path, HAND + stale)
    assert extend_search_index(tmp_path, OURS) is True
    assert json.loads(path.read_text(encoding="utf-8"))["docs"] == HAND + OURS


def test_extend_twice_is_harmless(tmp_path):
    path = write_index(tmp_path, HAND)
    extend_search_index(tmp_path, OURS)
    once = path.read_bytes()
    assert extend_search_index(tmp_path, OURS) is True
    assert path.read_bytes() == once


def test_extend_writes_atomically(tmp_path, monkeypatch):
    path = write_index(tmp_path, HAND)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        extend_search_index(tmp_path, OURS)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["search_index.json"]


def test_no_index_no_write(tmp_path):
    assert extend_search_index(tmp_path, OURS) is False
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"config": {}}', b'{"docs": 3}', b"\xff\xfe{}"],
    ids=["syntax", "list", "no-docs", "docs-not-list", "not-utf8"],
)
def test_malformed_index_is_left_alone(tmp_path, caplog, content):
    path = tmp_path / "search" / "search_index.json"
    path.parent.mkdir()
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.timeline"):
        assert extend_search_index(tmp_path, OURS) is False
    assert path.read_bytes() == content
    assert any("search index" in r.getMessage() for r in caplog.records)


def test_seed_entries_round_trip_through_the_index(tmp_path, seed):
    _, found = seed
    path = write_index(tmp_path, HAND)
    assert extend_search_index(tmp_path, copy.deepcopy(found))
    assert json.loads(path.read_text(encoding="utf-8"))["docs"] == HAND + found


@pytest.mark.parametrize(
    "text",
    [
        "Moscou a frappé des positions rebelles",
        "  deux  espaces ",
        "une\ttabulation",
        "une ligne\npuis une autre",
        "fin de ligne\r\n suivie",
        "saut\fde page\vvertical",
        "les deux-points\u00a0: l'espace insécable reste",
        "",
        " ",
    ],
)
def test_squeeze_collapses_ascii_whitespace_alone(text):
    assert search_index.squeeze(text) == re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")


def test_a_text_with_nothing_to_squeeze_does_not_go_through_the_pattern(monkeypatch):
    """Most texts of the index (titles, sentences) have nothing to squeeze: the 3,793 of a
    200-article dossier's events took 0.11 s through the pattern, 11 ms looked through."""
    used = []

    class Counting:
        def sub(self, replacement: str, text: str) -> str:
            used.append(text)
            return re.sub(r"[ \t\n\r\f\v]+", replacement, text)

    monkeypatch.setattr(search_index, "SPACES", Counting())
    assert search_index.squeeze(" Le Kremlin a démenti\u00a0! ") == "Le Kremlin a démenti\u00a0!"
    assert used == []
    assert search_index.squeeze("Le Kremlin\na démenti") == "Le Kremlin a démenti"
    assert used == ["Le Kremlin\na démenti"]
